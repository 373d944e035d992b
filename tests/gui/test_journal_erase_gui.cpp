// The Journal tab's erase and backup wiring: Delete permanently and Empty trash (with the confirmation that names
// how long the backups keep copies), the Journal settings dialog restoring a backup, search by name, CSV import.
#include <catch2/catch.hpp>
#include <filesystem>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include "../support/catalogue_fixture.h"
#include "../support/file_write.h"
#include "../support/shot_settings.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/journal_settings_dialog.h"
#include "catalogue/catalogue.h"
#include "journal/exchange.h"
#include "journal/journal.h"

using namespace tmap;
using namespace tmap::app;
using tmap::test::writtenThrough;

namespace {

journal::Note note(const std::string& when, const std::string& text)
{
    journal::Note n;
    n.when = when;
    n.spots = {{"head.temple:right", 6, journal::Quality::None}};
    n.text = text;
    return n;
}

// A shown Journal tab over three notes, two of them in the trash.
struct PageWithTrash {
    QTemporaryDir dir;
    QString path = dir.filePath("journal.sqlite");
    JournalSession session {builtCatalogue(), path};
    JournalPage page {session};
    PageWithTrash()
    {
        session.setInteractive(false);
        REQUIRE(session.save(note("2026-03-01T09:00:00+01:00", "kept")));
        for (const char* text : {"wombat one", "wombat two"}) {
            const auto saved = session.save(note("2026-03-02T09:00:00+01:00", text));
            REQUIRE(saved);
            REQUIRE(session.trash(QString::fromStdString(saved->id)));
        }
        page.resize(1100, 700);
        page.show();
    }
    journal::Journal& journal() { return *session.journal(); }
};

} // namespace

TEST_CASE(
    "journal gui: Delete permanently asks, naming the backups that keep copies, then erases", "[gui][journal][erase]")
{
    PageWithTrash p;
    auto& page = p.page;
    CHECK_FALSE(page.purgeAction()->isVisible());
    CHECK_FALSE(page.emptyTrashAction()->isVisible());
    CHECK(page.trashAction()->text().remove('&') == "Trash");
    page.trashAction()->trigger();
    REQUIRE(page.model()->rowCount() == 2);
    // In the trash the same button says how to leave it.
    CHECK(page.trashAction()->text().remove('&') == "Back to notes");
    CHECK(page.purgeAction()->isVisible());
    CHECK(page.emptyTrashAction()->isVisible());
    CHECK_FALSE(page.purgeAction()->isEnabled()); // nothing chosen
    page.view()->selectRow(0);
    REQUIRE(page.purgeAction()->isEnabled());
    const QString id = page.model()->index(0, 0).data(NoteIdRole).toString();

    // Interactive: the question names the backup that keeps a copy and for how long; Cancel keeps the note.
    REQUIRE_FALSE(p.journal().backupNow().empty());
    p.session.setInteractive(true);
    QString asked;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = box->text() + "\n" + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    CHECK(page.purgeSelected() == 0);
    CHECK_THAT(asked.toStdString(),
        Catch::Contains("permanently") && Catch::Contains("One of the daily backups still holds a copy")
            && Catch::Contains("the newest " + std::to_string(journal::kKeepBackups) + " are kept"));
    CHECK(p.journal().get(id.toStdString()));

    // Confirmed: gone for good, from the trash and the file.
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (auto* button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    CHECK(page.purgeSelected() == 1);
    CHECK_FALSE(p.journal().get(id.toStdString()));
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.messageText()->text() == "The note was deleted permanently.");
    CHECK(JournalPage::eraseWarning(1, 2, 0).contains(QString::number(journal::kKeepBackups)));
    CHECK(JournalPage::eraseWarning(1, 2, 0).contains("2 of the daily backups still hold a copy"));
    CHECK(JournalPage::eraseWarning(1, 0, 0).contains("No automatic backup holds a copy of it"));
    // A copy kept before a restore stays until it is deleted: not said to be replaced.
    const QString kept = JournalPage::eraseWarning(1, 0, 1);
    CHECK(kept.contains("until you delete them"));
    CHECK_FALSE(kept.contains("replace"));
    CHECK_FALSE(kept.contains("No automatic backup"));
}

TEST_CASE("journal gui: Empty trash erases every note in the trash, none of the others", "[gui][journal][erase]")
{
    PageWithTrash p;
    p.page.trashAction()->trigger();
    REQUIRE(p.page.model()->rowCount() == 2);
    CHECK(p.page.emptyTrashAction()->isEnabled());
    p.page.emptyTrashAction()->trigger();
    CHECK(p.page.model()->rowCount() == 0);
    CHECK_THAT(p.page.messageText()->text().toStdString(), Catch::Contains("2 notes were deleted permanently"));
    CHECK_FALSE(p.page.emptyTrashAction()->isEnabled()); // an empty trash has nothing to empty
    p.page.trashAction()->trigger();
    CHECK(p.page.model()->rowCount() == 1);
    CHECK(p.page.emptyTrash() == 0); // nothing left to erase
}

TEST_CASE("journal gui: the settings dialog shows the backups and restores one, keeping the journal as it was",
    "[gui][journal][backups]")
{
    PageWithTrash p;
    p.journal().backupNow("2026-02-20"); // holds the three notes
    p.journal().emptyTrash();
    REQUIRE(p.page.model()->rowCount() == 1);
    JournalSettingsDialog dialog(p.session, &p.page);
    REQUIRE(dialog.backupList()->topLevelItemCount() == 1);
    CHECK_THAT(dialog.summaryText()->text().toStdString(),
        Catch::Contains("1 daily backup") && Catch::Contains(std::to_string(journal::kKeepBackups)));
    CHECK(dialog.restoreButton()->isEnabled());
    QSignalSpy changed(&p.session, &JournalSession::changed);
    dialog.restoreButton()->click(); // not interactive: no question
    CHECK(changed.count() >= 1);
    REQUIRE(p.session.isOpen());
    journal::ListQuery trash;
    trash.trash = true;
    CHECK(p.journal().count(trash) == 2); // the backup's notes are back
    // The journal as it was before the restore is among the backups now, next to the restored daily backup, and
    // the list shows them.
    const auto files = journal::Journal::backupFiles(p.path.toStdString());
    CHECK(dialog.backupList()->topLevelItemCount() == int(files.size()));
    REQUIRE(files.size() == 2);
    CHECK(files[0].kind == journal::BackupFile::Kind::BeforeRestore);
    CHECK(files[1].day == "2026-02-20");
}

TEST_CASE("journal gui: the settings dialog lists a damaged journal moved aside and recovers its notes",
    "[gui][journal][backups]")
{
    PageWithTrash p;
    const int before = p.journal().count({});
    // A journal moved aside by an open that found it damaged (here whole, so that every note can be read).
    // Written under another name and renamed: nothing writes to a file of that name.
    const std::string moved = p.path.toStdString() + ".broken-20261101-101010";
    {
        journal::OpenOptions plain;
        plain.dailyBackup = false;
        auto old = journal::Journal::open(moved + ".tmp", plain);
        for (int i = 0; i < 2; ++i) {
            journal::Note n;
            n.when = "2026-10-3" + std::to_string(i) + "T08:00:00+01:00";
            n.text = "written before the damage";
            old->save(n);
        }
    }
    std::filesystem::rename(moved + ".tmp", moved);
    JournalSettingsDialog dialog(p.session, &p.page);
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < dialog.backupList()->topLevelItemCount(); ++i)
        if (dialog.backupList()->topLevelItem(i)->text(1) == "Damaged journal, moved aside")
            row = dialog.backupList()->topLevelItem(i);
    REQUIRE(row);
    dialog.backupList()->setCurrentItem(row);
    // Not restored (it is damaged): recovered from.
    CHECK(dialog.recoverButton()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.restoreButton()->isVisibleTo(&dialog));
    QSignalSpy status(&p.session, &JournalSession::statusMessage);
    dialog.recoverButton()->click();
    CHECK(p.journal().count({}) == before + 2);
    REQUIRE(status.count() >= 1);
    CHECK(status.back().at(0).toString().contains("Recovered from the damaged file: 2 notes added"));
    CHECK(QFileInfo::exists(QString::fromStdString(moved))); // left where it is
}

TEST_CASE("journal gui: the settings dialog says when no backup can be written", "[gui][journal][backups]")
{
    // A file named "backups" where the folder goes: the dialog said "There is no daily backup yet" for ever.
    PageWithTrash p;
    const QString folder = p.session.backupFolder();
    QDir(folder).removeRecursively();
    QFile file(folder);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    JournalSettingsDialog dialog(p.session, &p.page);
    CHECK_THAT(dialog.summaryText()->text().toStdString(),
        Catch::Contains("Backups cannot be written") && Catch::Contains("is a file, not a folder"));
}

TEST_CASE(
    "journal gui: the search box finds notes by factor and region names and a CSV export imports", "[gui][journal]")
{
    PageWithTrash p;
    journal::Note sat = note("2026-03-03T09:00:00+01:00", "");
    sat.spots = {{"chest.sternum", 3, journal::Quality::None}};
    sat.factors = {"long-sitting"};
    REQUIRE(p.session.save(sat));
    p.page.setSearch("Sitzen");
    CHECK(p.page.model()->matching() == 1);
    p.page.setSearch("Schläfe");
    CHECK(p.page.model()->matching() == 1); // the kept note; the trash is not searched here
    p.page.setSearch({});

    const QString csv = p.dir.filePath("notes.csv");
    REQUIRE(writtenThrough(p.page, [&] { return p.page.exportTo(csv, journal::Format::Csv); }));
    QTemporaryDir otherDir;
    JournalSession other(builtCatalogue(), otherDir.filePath("journal.sqlite"));
    other.setInteractive(false);
    JournalPage otherPage(other);
    otherPage.show();
    REQUIRE(otherPage.importFrom(csv, journal::OnDuplicate::Skip));
    CHECK(otherPage.model()->matching() == 2);
    CHECK_THAT(otherPage.messageText()->text().toStdString(), Catch::Contains("2 notes added"));
}

TEST_CASE("journal gui: a picture of the backups dialog with a damaged journal moved aside, for review", "[.][shot]")
{
    const tmap::test::ShotSettings settings;
    PageWithTrash p;
    p.journal().backupNow("2026-11-30");
    p.journal().backupNow("2026-12-04");
    {
        // Written under another name and renamed: nothing writes to a file of that name.
        const std::string moved = p.path.toStdString() + ".broken-20261205-081500";
        journal::OpenOptions plain;
        plain.dailyBackup = false;
        journal::Journal::open(moved + ".tmp", plain)->save(note("2026-12-05T07:00:00+01:00", "x"));
        std::filesystem::rename(moved + ".tmp", moved);
    }
    JournalSettingsDialog dialog(p.session, &p.page);
    dialog.show();
    // The damaged file's row chosen: the one whose button is Recover.
    for (int i = 0; i < dialog.backupList()->topLevelItemCount(); ++i) {
        dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(i));
        if (dialog.recoverButton()->isVisibleTo(&dialog))
            break;
    }
    QApplication::processEvents();
    const QString file = settings.out + "/backups-damaged"
        + (settings.language.isEmpty() ? "" : "-" + settings.language) + (settings.dark ? "-dark" : "") + ".png";
    CHECK(dialog.grab().save(file));
}

TEST_CASE("journal gui: an export or the report from a search says the search is not applied, and none from the trash",
    "[gui][journal]")
{
    // With "16 notes match" on the page the report said "All notes - 70 notes" without a word, and the trash view
    // wrote the same full report.
    PageWithTrash p;
    p.page.setReportWriting([](const catalogue::Catalogue&, journal::Journal&, const QString&, const journal::Range&,
                                journal::Existing, const std::atomic<bool>&) {});
    CHECK(p.page.reportAction()->isVisible());
    CHECK(p.page.exportAction()->isVisible());
    p.page.searchEdit()->setText("kept");
    p.session.setInteractive(true);
    QString asked;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    p.page.reportWithDialog(); // cancelled: no file dialog follows
    CHECK_THAT(asked.toStdString(),
        Catch::Contains("every note of the days shown") && Catch::Contains("kept") && Catch::Contains("not applied"));
    p.session.setInteractive(false);
    p.page.searchEdit()->clear();
    p.page.trashAction()->trigger();
    CHECK_FALSE(p.page.reportAction()->isVisible());
    CHECK_FALSE(p.page.exportAction()->isVisible());
    p.page.trashAction()->trigger();
    CHECK(p.page.reportAction()->isVisible());
    CHECK(p.page.exportAction()->isVisible());
    // From the File menu while the trash shows: the notes come back into view first.
    p.page.trashAction()->trigger();
    REQUIRE(p.page.model()->trash());
    p.session.setInteractive(true);
    QTimer::singleShot(0, [] {
        if (auto* box = QApplication::activeModalWidget())
            box->close(); // the file dialog
    });
    p.page.reportWithDialog();
    p.session.setInteractive(false);
    CHECK_FALSE(p.page.model()->trash());
}
