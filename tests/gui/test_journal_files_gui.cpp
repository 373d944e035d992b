// Nothing the user does in the Journal tab freezes the window: over a large journal an export, the report and a
// region's or a muscle's trend read and write off the UI thread (a 5 ms timer keeps firing), with a busy bar and
// Cancel; Cancel leaves no file; a second export does not start while one runs; a file the user did not confirm is
// never replaced; a later trend choice supersedes an earlier one.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "../../bench/bench_journal_data.h"
#include "../support/catalogue_fixture.h"
#include "../support/message_boxes.h"
#include "../support/shot_settings.h"
#include "../support/stall_meter.h"
#include "app/journal/busy_bar.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/trend_chart.h"
#include "app/report/report_writer.h"
#include "app/shell/app_options.h"
#include "app/shell/main_window.h"
#include "catalogue/catalogue.h"
#include "journal/journal.h"

using namespace tmap;
using namespace tmap::app;
using tmap::test::StallMeter;

namespace {

/// Notes in the large journal: its export takes about a third of a second, a trend a tenth (on the UI thread,
/// before these reads moved off it, the timer paused that long).
constexpr int kNotes = 30000;

/// The journal at `path`, opened as a test's source of notes: no daily backup beside it.
std::unique_ptr<journal::Journal> openWithoutBackup(const QString& path)
{
    journal::OpenOptions plain;
    plain.dailyBackup = false;
    return journal::Journal::open(path.toStdString(), plain);
}

/// The benchmarks' journal of kNotes notes (bench/bench_journal_data.h), made once per run; each test copies it.
QString largeJournal()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath("large.sqlite");
        openWithoutBackup(file)->saveAll(bench::benchNotes(kNotes), journal::OnDuplicate::Skip);
        return file;
    }();
    return path;
}

/// A copy of the large journal at `path`; returns `path`.
QString copyOfLargeJournal(const QString& path)
{
    REQUIRE(QFile::copy(largeJournal(), path));
    return path;
}

/// A copy of the large journal in `dir`, its Journal tab shown and read.
struct LargePage {
    explicit LargePage(const QTemporaryDir& dir)
        : path(copyOfLargeJournal(dir.filePath("journal.sqlite")))
        , session(builtCatalogue(), path)
        , page(session)
    {
        session.setInteractive(false);
        page.setReportWriting(&ReportWriter::writeTo); // as the shell gives it
        page.resize(1280, 800);
        page.show();
        REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() > 0 && !page.figuresPending(); }, 60000));
        REQUIRE(QTest::qWaitFor([&] { return !page.trendPending(); }, 60000));
    }
    int subject(const QString& id) const { return page.trendSubject()->findData(id); }
    QString path;
    JournalSession session;
    JournalPage page;
};

/// The Journal tab of the journal at `path` (made when missing), shown and read, ready for an import: `ended`
/// records how each import ended.
struct ImportPage {
    explicit ImportPage(const QString& path, bool interactive = false)
        : session(builtCatalogue(), path)
        , page(session)
        , ended(&page, &JournalPage::importEnded)
    {
        session.setInteractive(interactive);
        page.resize(1280, 800);
        page.show();
        page.ensureLoaded();
    }
    /// Starts Import of `file` and waits until it has ended; returns whether it imported.
    bool import(const QString& file)
    {
        ended.clear();
        REQUIRE(page.importChecked(file));
        REQUIRE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, 120000));
        return ended.front().at(1).toBool();
    }
    JournalSession session;
    JournalPage page;
    QSignalSpy ended;
};

/// The files in `dir` whose name begins with `name` (an export and its temporary files).
QStringList filesNamed(const QTemporaryDir& dir, const QString& name)
{
    return QDir(dir.path()).entryList({name + "*"}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("journal files: an export and a trend of a large journal never freeze the window", "[gui][journal][busy]")
{
    QTemporaryDir dir;
    LargePage p(dir);
    const int region = p.subject("region:head.temple:right");
    const int muscle = p.subject("muscle:upper-trapezius");
    REQUIRE(region > 0);
    REQUIRE(muscle > 0);
    const QString json = dir.filePath("export.json");
    {
        StallMeter meter;
        p.page.trendSubject()->setCurrentIndex(region);
        CHECK(p.page.exportTo(json, journal::Format::Json));
        REQUIRE(QTest::qWaitFor([&] { return p.page.messageText()->text().contains("Exported"); }, 60000));
        REQUIRE(QTest::qWaitFor([&] { return !p.page.chartView()->lines().isEmpty(); }, 60000));
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    CHECK(p.page.messageText()->text().contains(QRegularExpression("Exported 30.?000 notes")));
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count("\"id\"") >= kNotes);
    CHECK(p.page.chartView()->lines().front().name == "Highest");

    // A later choice supersedes an earlier one: the chart reads, then shows the muscle's lines, never the region's.
    QSignalSpy shown(&p.page, &JournalPage::trendShown);
    p.page.trendSubject()->setCurrentIndex(p.subject("region:neck.side:right"));
    CHECK(p.page.chartView()->isReading());
    CHECK(p.page.chartView()->lines().isEmpty());
    p.page.trendSubject()->setCurrentIndex(muscle);
    REQUIRE(QTest::qWaitFor([&] { return !p.page.trendPending(); }, 60000));
    QTest::qWait(300); // an answer of the first choice, had it not been dropped, would have arrived by now
    CHECK(shown.count() == 1);
    CHECK_FALSE(p.page.chartView()->isReading());
    REQUIRE(p.page.chartView()->lines().size() == 2);
    CHECK(p.page.chartView()->lines().front().name == "Before");
    CHECK_FALSE(p.page.chartView()->lines().front().points.isEmpty());

    // Read again for the same subject and days (after a save): the chart keeps its lines until the new ones come,
    // rather than flashing "Reading...".
    bool readingSeen = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] { readingSeen = readingSeen || p.page.chartView()->isReading(); });
    watch.start(1);
    journal::Note note;
    note.when = journal::nowLocal();
    note.spots = {{"head.temple:right", 5, journal::Quality::Aching}};
    REQUIRE(p.session.save(note));
    CHECK(p.page.figuresPending());
    REQUIRE(QTest::qWaitFor([&] { return !p.page.figuresPending() && !p.page.trendPending(); }, 60000));
    watch.stop();
    CHECK_FALSE(readingSeen);
    CHECK(shown.count() == 2);
    CHECK(p.page.chartView()->lines().front().name == "Before");

    // The report of the same journal: written aside as well.
    const QString pdf = dir.filePath("report.pdf");
    {
        StallMeter meter;
        QSignalSpy written(&p.page, &JournalPage::fileWritten);
        CHECK(p.page.writeReportTo(pdf));
        REQUIRE(QTest::qWaitFor([&] { return !written.isEmpty(); }, 120000));
        CHECK(written.front().at(1).toBool());
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    QFile report(pdf);
    REQUIRE(report.open(QIODevice::ReadOnly));
    CHECK(report.read(5) == "%PDF-");
    CHECK((report.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("journal files: Cancel stops an export and leaves no file and an existing file is kept unless confirmed",
    "[gui][journal][busy]")
{
    QTemporaryDir dir;
    LargePage p(dir);
    const QString csv = dir.filePath("export.csv");
    QSignalSpy written(&p.page, &JournalPage::fileWritten);

    // Cancel once the export has started writing (the bar says how many notes): the window ran all along, nothing
    // of the file is left, and the message names it.
    bool started = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!started && p.page.fileBusyBar()->textLabel()->text().contains(" notes ")) {
            started = true;
            p.page.fileBusyBar()->cancelButton()->click();
        }
    });
    poll.start(1);
    {
        StallMeter meter;
        REQUIRE(p.page.exportTo(csv, journal::Format::Csv));
        CHECK(p.page.isWritingFile());
        CHECK_FALSE(p.page.exportCsvAction()->isEnabled());
        CHECK_FALSE(p.page.exportTo(dir.filePath("second.json"), journal::Format::Json)); // one at a time
        CHECK(p.page.messageText()->text().contains("still being written"));
        REQUIRE(QTest::qWaitFor([&] { return !written.isEmpty(); }, 60000));
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    poll.stop();
    CHECK(started);
    CHECK_FALSE(written.front().at(1).toBool());
    CHECK_FALSE(QFileInfo::exists(csv));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("second.json")));
    CHECK(filesNamed(dir, "export.csv").isEmpty()); // no temporary file either
    CHECK(p.page.messageText()->text().contains("Stopped"));
    CHECK(p.page.messageText()->text().contains(QDir::toNativeSeparators(csv)));
    CHECK_FALSE(p.page.isWritingFile());
    CHECK(p.page.exportCsvAction()->isEnabled());
    CHECK_FALSE(p.page.fileBusyBar()->isVisible());

    // The report, stopped at once: no PDF, no temporary file; the bar said it was stopping.
    const QString pdf = dir.filePath("report.pdf");
    written.clear();
    REQUIRE(p.page.writeReportTo(pdf));
    p.page.cancelFileWrite();
    CHECK(p.page.fileBusyBar()->textLabel()->text().contains("Stopping"));
    CHECK_FALSE(p.page.fileBusyBar()->cancelButton()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !written.isEmpty(); }, 60000));
    CHECK_FALSE(written.front().at(1).toBool());
    CHECK(filesNamed(dir, "report.pdf").isEmpty());
    CHECK(p.page.messageText()->text().contains("was not created"));

    // A file that exists is replaced only when the user confirmed it (the save dialog asks): else it is left.
    const QString mine = dir.filePath("mine.json");
    {
        QFile f(mine);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("the user's own file");
    }
    CHECK_FALSE(p.page.exportTo(mine, journal::Format::Json));
    CHECK(p.session.lastError().contains("already exists"));
    CHECK(p.session.lastError().contains(QDir::toNativeSeparators(mine)));
    const auto readMine = [&] {
        QFile f(mine);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    CHECK(readMine() == "the user's own file");
    written.clear();
    REQUIRE(p.page.exportBodyMapTo(mine, journal::BodyMapFormat::Wpi, true));
    REQUIRE(QTest::qWaitFor([&] { return !written.isEmpty(); }, 60000));
    CHECK(written.front().at(1).toBool());
    CHECK(readMine().contains("\"wpi\""));
}

TEST_CASE(
    "journal files: an import of a large file is checked off the UI thread and can be stopped", "[gui][journal][busy]")
{
    // An export of the large journal, imported into a new, empty journal.
    QTemporaryDir dir;
    const QString json = dir.filePath("notes.json");
    {
        auto source = openWithoutBackup(largeJournal());
        REQUIRE(journal::exportToFile(*source, json.toStdString(), journal::Format::Json) == kNotes);
    }
    ImportPage p(dir.filePath("target.sqlite"));
    auto& [session, page, ended] = p;

    // Stopped while its file is checked: nothing imported, the window ran all along, the message says so.
    {
        StallMeter meter;
        REQUIRE(page.importChecked(json));
        CHECK(page.isWritingFile());
        CHECK_FALSE(page.importAction()->isEnabled());
        CHECK(page.fileBusyBar()->textLabel()->text().contains("notes.json"));
        CHECK_FALSE(page.importChecked(json)); // one at a time
        CHECK(page.messageText()->text().contains("still being checked"));
        page.cancelFileWrite();
        REQUIRE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, 60000));
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    CHECK_FALSE(ended.front().at(1).toBool());
    CHECK(page.messageText()->text().contains("nothing was imported"));
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.importAction()->isEnabled());

    // Checked and imported: the window never froze for the check (before, it read and checked 30 000 notes on
    // the UI thread), and every note arrived.
    ended.clear();
    {
        StallMeter meter;
        REQUIRE(page.importChecked(json));
        REQUIRE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, 120000));
        CHECK(meter.longest() < tmap::test::kWaitedOnJournal);
    }
    CHECK(ended.front().at(1).toBool());
    CHECK(page.messageText()->text().contains(QRegularExpression("30.?000 notes added")));
    CHECK(session.journal()->count({}) == kNotes);

    // Again: all already here; not interactive, so the user's versions are kept.
    CHECK(p.import(json));
    CHECK(page.messageText()->text().contains("already here"));

    // A damaged file: nothing imported, the message names it.
    QFile broken(dir.filePath("broken.json"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"trigger-map-journal\", \"notes\": [");
    broken.close();
    CHECK_FALSE(p.import(broken.fileName()));
    CHECK(session.lastError().contains("broken.json"));
    CHECK(session.journal()->count({}) == kNotes);
}

TEST_CASE(
    "journal files: Import takes another journal file, a backup or a damaged one, and says what came", "[gui][journal]")
{
    QTemporaryDir dir;
    const QString other = dir.filePath("other.sqlite");
    {
        auto source = openWithoutBackup(other);
        for (int i = 0; i < 5; ++i) {
            journal::Note n;
            n.when = "2026-11-2" + std::to_string(i) + "T08:00:00+01:00";
            n.text = "from the other computer";
            source->save(n);
        }
    }
    const QByteArray before = [&] {
        QFile f(other);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ImportPage p(dir.filePath("mine.sqlite"));
    auto& [session, page, ended] = p;
    CHECK(p.import(other));
    CHECK(page.messageText()->text().contains("Imported other.sqlite: 5 notes added."));
    CHECK_FALSE(page.messageText()->text().contains("damaged"));
    CHECK(session.journal()->count({}) == 5);
    QFile f(other);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before); // read, never written
    CHECK_FALSE(QFileInfo::exists(other + "-shm"));
}

TEST_CASE("journal files: Import saves the file as it was checked, read once", "[gui][journal]")
{
    QTemporaryDir dir;
    const QString json = dir.filePath("notes.json");
    {
        // The file holds a note this journal has and one it has not.
        auto source = openWithoutBackup(dir.filePath("source.sqlite"));
        journal::Note n;
        n.when = "2026-11-20T08:00:00+01:00";
        n.text = "in both";
        const journal::Note both = source->save(n);
        n.id.clear();
        n.text = "only in the file";
        source->save(n);
        REQUIRE(journal::exportToFile(*source, json.toStdString(), journal::Format::Json) == 2);
        openWithoutBackup(dir.filePath("mine.sqlite"))->saveAll({both}, {}, journal::OnDuplicate::Skip);
    }
    ImportPage p(dir.filePath("mine.sqlite"), true);
    // While the question about the note already here is open, the file is spoilt: what is imported is what was
    // checked and asked about (before, the file was read a second time, and this import failed).
    QStringList said;
    const tmap::test::MessageBoxAnswer answer([&](QMessageBox& box) {
        said << box.text();
        if (said.size() == 1) {
            QFile spoilt(json);
            REQUIRE(spoilt.open(QIODevice::WriteOnly | QIODevice::Truncate));
            spoilt.write("not an export");
        }
        box.defaultButton()->click(); // Keep mine (then: any message after it, closed)
        return true;
    });
    CHECK(p.import(json));
    CHECK(said.join(" / ").toStdString() == "1 of the 2 notes in notes.json are already in your journal.");
    CHECK(p.page.messageText()->text().contains("Imported notes.json: 1 note added, 1 already here"));
    CHECK(p.session.journal()->count({}) == 2);
}

TEST_CASE("journal files: pictures of refused imports' messages for review", "[.][shot]")
{
    // TM_SHOT_DIR, TM_SHOT_LANGUAGE, TM_SHOT_DARK: each message box as the Journal tab shows it.
    const tmap::test::ShotSettings settings;
    QTemporaryDir dir;
    ImportPage p(dir.filePath("journal.sqlite"), true);
    const std::string note = R"({"id": "3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c", "when": "2026-11-25T08:30:00+01:00", )";
    const std::pair<const char*, std::string> files[] {
        {"import-refused-notes.json",
            R"({"format": "trigger-map-journal", "version": 3, "notes": [)" + note
                + R"("spots": [{"region": "neck.back:left", "intensity": 12, "quality": "stechend"}], "mood": 1}]})"},
        {"import-refused-other.json", R"({"name": "a shopping list", "items": []})"},
        {"import-refused-semicolons.csv", "note_id;when;created_at\n1;2;3\n"},
    };
    for (const auto& [name, text] : files) {
        const QString file = dir.filePath(name);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text.data(), static_cast<qint64>(text.size()));
        out.close();
        bool shot = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); box && !shot) {
                shot = true;
                box->grab().save(settings.out + "/" + QFileInfo(name).completeBaseName() + ".png");
                box->accept();
            }
        });
        poll.start(20);
        CHECK_FALSE(p.import(file));
        CHECK(shot);
    }
}

TEST_CASE("journal files: pictures of an export's busy bar for review", "[.][shot]")
{
    // TM_SHOT_DIR, TM_SHOT_LANGUAGE (the interface, the catalogue's texts and the locale), TM_SHOT_DARK
    const tmap::test::ShotSettings settings;
    const QString& out = settings.out;
    for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)}) {
        QTemporaryDir dir;
        LargePage p(dir);
        p.page.resize(size);
        QApplication::processEvents();
        const QRegularExpression count("\\d");
        // The busy bar once it shows, with the chart reading a region's trend beside it.
        bool shot = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (!shot && p.page.fileBusyBar()->isVisible()
                && p.page.fileBusyBar()->textLabel()->text().contains(count)) {
                shot = true;
                p.page.trendSubject()->setCurrentIndex(p.subject("region:head.temple:right"));
                p.page.grab().save(QString("%1/export-busy-%2.png").arg(out).arg(size.width()));
            }
        });
        poll.start(1);
        QSignalSpy written(&p.page, &JournalPage::fileWritten);
        CHECK(p.page.exportTo(dir.filePath("pain-journal.json"), journal::Format::Json));
        CHECK(QTest::qWaitFor([&] { return !written.isEmpty() && !p.page.trendPending(); }, 60000));
        // Then an export stopped as soon as it writes: what the message bar says.
        poll.stop();
        QObject::disconnect(&poll, nullptr, nullptr, nullptr);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (p.page.isWritingFile() && p.page.fileBusyBar()->textLabel()->text().contains(count))
                p.page.cancelFileWrite();
        });
        poll.start(1);
        written.clear();
        CHECK(p.page.exportTo(dir.filePath("pain-journal-2.json"), journal::Format::Json));
        CHECK(QTest::qWaitFor([&] { return !written.isEmpty(); }, 60000));
        QApplication::processEvents();
        p.page.grab().save(QString("%1/export-stopped-%2.png").arg(out).arg(size.width()));
    }
}

TEST_CASE("journal files: the tab offers the report only once the shell gives its writer", "[gui][journal][report]")
{
    QTemporaryDir dir;
    JournalSession session(builtCatalogue(), dir.filePath("journal.sqlite"));
    session.setInteractive(false);
    JournalPage page(session);
    CHECK_FALSE(page.reportAction()->isVisible());
    CHECK_FALSE(page.writeReportTo(dir.filePath("report.pdf")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("report.pdf")));
    page.setReportWriting(&ReportWriter::writeTo);
    CHECK(page.reportAction()->isVisible());
    // The window's Journal tab has it.
    MainWindow window(builtCatalogue(), dir.filePath("journal.sqlite"));
    window.tabs()->setCurrentIndex(2);
    auto* tab = window.findChild<JournalPage*>();
    REQUIRE(tab);
    CHECK(tab->reportAction()->isVisible());
}
