// The window never waits on the journal: the Journal tab's first open, the note editor's save and the session's
// writes run off the UI thread while another program holds the journal's write lock; the event loop keeps running
// (a timer keeps firing), the busy state says so with Cancel, and Cancel keeps what the user typed.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../support/catalogue_fixture.h"
#include "../support/message_boxes.h"
#include "../support/shot_settings.h"
#include "../support/stall_meter.h"
#include "app/journal/busy_bar.h"
#include "app/journal/insights_panel.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/note_editor.h"
#include "app/shell/app_options.h"
#include "catalogue/catalogue.h"
#include "db/database.h"
#include "journal/journal.h"

using namespace tmap;
using namespace tmap::app;

namespace {

using tmap::test::StallMeter;

journal::Note spotNote()
{
    journal::Note n;
    n.when = journal::nowLocal();
    n.spots.push_back({builtCatalogue().body().instances().at(0), 6, journal::Quality::Aching});
    return n;
}

} // namespace

TEST_CASE("journal busy: the editor's save waits for another program without freezing, Cancel keeps the note",
    "[gui][journal][busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    JournalSession session(builtCatalogue(), path);
    session.setInteractive(false);
    REQUIRE(session.ensureOpen());
    tmap::db::Database other(path.toStdString());
    other.exec("BEGIN IMMEDIATE"); // another program is writing

    NoteEditor editor(session, spotNote());
    editor.show();
    const QString typed = "Stiff neck after the long drive";
    editor.textEdit()->setPlainText(typed);

    // Save, then Cancel while it waits: nothing saved, the note still in the editor, the editor still open.
    bool busyShown = false;
    auto cancelWhenWaiting = QObject::connect(&session, &JournalSession::waiting, [&](bool now) {
        if (!now)
            return;
        QTimer::singleShot(200, [&] {
            busyShown = editor.isSaving() && editor.busyBar()->isVisible()
                && editor.busyBar()->textLabel()->text().contains("another program");
            QTest::mouseClick(editor.busyBar()->cancelButton(), Qt::LeftButton);
        });
    });
    {
        StallMeter meter;
        editor.accept();
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    QObject::disconnect(cancelWhenWaiting);
    CHECK(busyShown);
    CHECK_FALSE(editor.isSaving());
    CHECK(editor.isVisible());
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.textEdit()->toPlainText() == typed);
    CHECK(editor.problems().contains("stopped waiting"));
    CHECK(editor.textEdit()->isEnabled()); // and it can be edited and saved again
    CHECK(session.journal()->count({}) == 0);
    // Enter saves again (the focus had gone to Cancel while Save was greyed out).
    auto* save = editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    CHECK(save->isDefault());
    CHECK(editor.focusWidget() == save);

    // Save again; the other program finishes meanwhile: the save completes, and the window ran all along.
    QSignalSpy waiting(&session, &JournalSession::waiting);
    QTimer::singleShot(400, [&] { other.exec("ROLLBACK"); });
    QElapsedTimer clock;
    clock.start();
    {
        StallMeter meter;
        editor.accept();
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    CHECK(clock.elapsed() >= 350); // it did wait for the other program
    CHECK(waiting.count() == 2);
    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE(session.journal()->count({}) == 1);
    CHECK(session.journal()->list({}).front().text == typed.toStdString());
}

TEST_CASE("journal busy: the Journal tab opens in the background and says when it waits for another program",
    "[gui][journal][busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    // Another program is creating the journal: a new, empty file whose write lock it holds. Opening must write the
    // schema, so it has to wait.
    tmap::db::Database other(path.toStdString());
    other.exec("PRAGMA journal_mode = WAL");
    other.exec("BEGIN IMMEDIATE");
    JournalSession session(builtCatalogue(), path);
    session.setInteractive(false);
    JournalPage page(session);
    page.resize(1000, 640);
    StallMeter meter;
    page.show();
    CHECK(session.isOpening());
    REQUIRE(QTest::qWaitFor([&] { return page.busyBar()->isVisible(); }, 5000));
    CHECK(QTest::qWaitFor([&] { return page.busyBar()->textLabel()->text().contains("another program"); }, 5000));
    CHECK(page.busyBar()->cancelButton()->isVisible());
    CHECK_FALSE(session.isOpen());

    // Cancel: the tab says the journal was not opened and offers to try again; nothing was created or changed.
    QTest::mouseClick(page.busyBar()->cancelButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !session.isBusy(); }, 5000));
    QApplication::processEvents();
    CHECK_FALSE(session.isOpen());
    CHECK(page.busyBar()->isVisible());
    CHECK(page.busyBar()->retryButton()->isVisible());
    CHECK(page.busyBar()->textLabel()->text().contains("not opened"));
    // No figures of notes it has not read: the panels under the list are hidden, not drawn empty.
    CHECK_FALSE(page.insightsPanel()->isVisible());

    // The other program is done: Try again opens it and the notes show.
    other.exec("ROLLBACK");
    QTest::mouseClick(page.busyBar()->retryButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return session.isOpen() && !page.busyBar()->isVisible(); }, 5000));
    CHECK(session.openReport().created);
    CHECK(page.insightsPanel()->isVisible());
    CHECK(meter.longest() < tmap::test::kWaitedOnJournal);

    // A save from the tab while another program writes waits, off the UI thread, and then lands in the table.
    other.exec("BEGIN IMMEDIATE");
    QTimer::singleShot(300, [&] { other.exec("ROLLBACK"); });
    {
        StallMeter saving;
        CHECK(session.save(spotNote()));
        CHECK(saving.longest() < tmap::test::kWaitedOnJournal);
    }
    CHECK(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 5000));
}

TEST_CASE("journal busy: an open journal's first open of the day never waits for another program's lock",
    "[gui][journal][busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    {
        auto j = journal::Journal::open(path.toStdString());
        for (int i = 0; i < 20; ++i)
            j->save(spotNote());
    }
    QDir(dir.filePath("backups")).removeRecursively(); // so that this open is the first of the day
    tmap::db::Database other(path.toStdString());
    other.exec("BEGIN IMMEDIATE");
    JournalSession session(builtCatalogue(), path);
    session.setInteractive(false);
    QSignalSpy waiting(&session, &JournalSession::waiting);
    StallMeter meter;
    REQUIRE(session.ensureOpen());
    CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    CHECK(waiting.isEmpty()); // the check and the backup only read
    CHECK_FALSE(session.openReport().backupWritten.empty());
    CHECK(session.journal()->count({}) == 20);
    other.exec("ROLLBACK");
}

TEST_CASE("journal busy: pictures of the busy states for review", "[.][shot]")
{
    const tmap::test::ShotSettings settings; // TM_SHOT_DIR, TM_SHOT_LANGUAGE, TM_SHOT_DARK
    const QString& out = settings.out;
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    tmap::db::Database other(path.toStdString());
    other.exec("PRAGMA journal_mode = WAL");
    other.exec("BEGIN IMMEDIATE");
    JournalSession session(builtCatalogue(), path);
    session.setInteractive(false);
    for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)}) {
        JournalPage page(session);
        page.resize(size);
        page.show();
        CHECK(QTest::qWaitFor([&] { return session.isWaitingForOthers(); }, 3000));
        QTest::qWait(400);
        page.grab().save(QString("%1/busy-tab-%2.png").arg(out).arg(size.width()));
        QTest::mouseClick(page.busyBar()->cancelButton(), Qt::LeftButton);
        CHECK(QTest::qWaitFor([&] { return !session.isBusy(); }, 3000));
        QApplication::processEvents();
        page.grab().save(QString("%1/busy-tab-cancelled-%2.png").arg(out).arg(size.width()));
    }
    other.exec("ROLLBACK");
    REQUIRE(session.ensureOpen());
    other.exec("BEGIN IMMEDIATE");
    NoteEditor editor(session, spotNote());
    editor.resize(980, 640);
    editor.show();
    editor.textEdit()->setPlainText("Stiff neck after the long drive");
    QObject::connect(&session, &JournalSession::waiting, [&](bool now) {
        if (!now)
            return;
        QTimer::singleShot(300, [&] {
            editor.grab().save(out + "/busy-editor.png");
            session.cancelWaiting();
        });
    });
    editor.accept();
    QApplication::processEvents();
    editor.grab().save(out + "/busy-editor-cancelled.png");
    other.exec("ROLLBACK");
}

TEST_CASE("journal gui: a damaged journal's message restores the newest backup and adds the notes written since",
    "[gui][journal][safety]")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("journal.sqlite").toStdString();
    std::vector<std::string> sinceBackup;
    {
        journal::OpenOptions o;
        o.day = "2026-11-20";
        auto j = journal::Journal::open(path, o);
        for (int i = 0; i < 300; ++i) {
            auto n = spotNote();
            n.text = std::string(500, static_cast<char>('a' + i % 26));
            j->save(n);
        }
        REQUIRE_FALSE(j->backupNow("2026-11-21").empty());
        for (int i = 0; i < 20; ++i)
            sinceBackup.push_back(j->save(spotNote()).id);
    }
    // Garbage over two pages a third of the way in: notes from before the backup.
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(std::filesystem::file_size(path) / 3 / 4096 * 4096));
        const std::string garbage(8192, '\xa5');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    JournalSession session(builtCatalogue(), QString::fromStdString(path));
    session.setInteractive(true);
    QString said;
    QStringList buttons;
    // The message comes once the open (on the worker thread) has moved the file aside: answered when it shows.
    const tmap::test::MessageBoxAnswer answer([&](QMessageBox& box) {
        said = box.text() + "\n" + box.informativeText();
        for (auto* b : box.buttons())
            buttons << b->text();
        box.defaultButton()->click();
        return false;
    });
    QStringList status;
    QObject::connect(&session, &JournalSession::statusMessage, [&](const QString& m) { status << m; });
    auto* j = session.ensureOpen();
    REQUIRE(j);
    CHECK_THAT(said.toStdString(), Catch::Contains("damaged") && Catch::Contains("notes written since")
        && Catch::Contains("recovered now or later (File > Journal file and backups"));
    CHECK(buttons.contains("Restore the newest backup"));
    // The backup's 300, and every note written after it, read from the damaged file.
    CHECK(j->count({}) == 320);
    for (const auto& id : sinceBackup)
        CHECK(j->get(id));
    CHECK_THAT(status.join("\n").toStdString(), Catch::Contains("Recovered from the damaged file: 20 notes added"));
}
