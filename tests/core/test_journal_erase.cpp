// Erasing notes for good: purge and empty the trash leave no copy of the note in the journal's file or its log
// (only the backups keep one, for kKeepBackups days), and the backups are listed with their kind, day and size.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "db/database.h"
#include "journal/journal.h"
#include "journal_fixture.h"

using namespace tmap::journal;
using tmap::test::query;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// Whether `word` is anywhere in the journal's file or its write-ahead log.
bool anywhere(const std::string& journal, const std::string& word)
{
    return bytesOf(journal).find(word) != std::string::npos
        || bytesOf(journal + "-wal").find(word) != std::string::npos;
}

Note secret(const std::string& word)
{
    Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.spots = {{"head.temple:right", 7, Quality::None}};
    n.text = "private words " + word;
    n.tags = {word + "tag"};
    return n;
}

} // namespace

TEST_CASE("erase: a purged note leaves no trace in the journal file or its log", "[journal][erase]")
{
    TempDir dir;
    const std::string path = dir.file();
    auto journal = Journal::open(path, quiet());
    const Note kept = journal->save(secret("keepsake"));
    const Note gone = journal->save(secret("xylophonist"));
    journal->trash(gone.id);
    REQUIRE(anywhere(path, "xylophonist"));
    CHECK(journal->purge(gone.id) == Journal::Purged::Erased);
    CHECK_FALSE(journal->get(gone.id));
    CHECK_FALSE(anywhere(path, "xylophonist"));
    CHECK(journal->count(query("keepsake")) == 1); // the search index still serves the others
    CHECK(journal->count(query("xylophonist")) == 0);
    CHECK(journal->purge(gone.id) == Journal::Purged::NoSuchNote);
    CHECK(journal->get(kept.id));
}

TEST_CASE("erase: emptying the trash erases only the notes in it, for good", "[journal][erase]")
{
    TempDir dir;
    const std::string path = dir.file();
    auto journal = Journal::open(path, quiet());
    const Note live = journal->save(secret("keepsake"));
    for (const std::string word : {"quokkas", "wombats"})
        journal->trash(journal->save(secret(word)).id);
    ListQuery trash = query();
    trash.trash = true;
    REQUIRE(journal->count(trash) == 2);
    CHECK(journal->emptyTrash() == 2);
    CHECK(journal->count(trash) == 0);
    CHECK(journal->count({}) == 1);
    CHECK(journal->get(live.id));
    CHECK_FALSE(anywhere(path, "quokkas"));
    CHECK_FALSE(anywhere(path, "wombats"));
    CHECK(journal->emptyTrash() == 0);
}

TEST_CASE("erase: several notes are erased in one write, only those in the trash, leaving no trace", "[journal][erase]")
{
    // One write per note rebuilt the search index once per note, and a failure part-way left some erased.
    TempDir dir;
    const std::string path = dir.file();
    auto journal = Journal::open(path, quiet());
    const Note live = journal->save(secret("keepsake"));
    std::vector<std::string> ids;
    for (const std::string word : {"quokkas", "wombats", "numbats"}) {
        ids.push_back(journal->save(secret(word)).id);
        journal->trash(ids.back());
    }
    const Note stays = journal->save(secret("bilbies"));
    journal->trash(stays.id); // in the trash, not chosen
    ids.push_back(live.id); // live: never erased
    ids.push_back("no-such-note");
    CHECK(journal->purge(ids) == 3);
    CHECK(journal->get(live.id));
    CHECK(journal->get(stays.id));
    for (const std::string word : {"quokkas", "wombats", "numbats"})
        CHECK_FALSE(anywhere(path, word));
    CHECK(journal->count(query("keepsake")) == 1);
    CHECK(journal->purge(ids) == 0);
}

TEST_CASE("backups: listed newest first with their kind, day and size, in backups/ beside the journal",
    "[journal][erase][backups]")
{
    TempDir dir;
    const std::string path = dir.file();
    CHECK(Journal::backupFolder(path) == (dir.path / "backups").string());
    CHECK(Journal::backupFiles(path).empty());
    auto journal = Journal::open(path, quiet());
    journal->save(secret("first"));
    journal->backupNow("2026-11-20");
    journal->backupNow("2026-11-24");
    const std::string saved = journal->restoreBackup(dir.file("backups/journal-2026-11-20.sqlite")).kept;
    std::ofstream(dir.file("backups/journal-notes.txt")) << "not a backup";
    std::ofstream(dir.file("backups/other-2026-11-21.sqlite")) << "another journal's";
    const auto files = Journal::backupFiles(path);
    REQUIRE(files.size() == 3);
    CHECK(files[0].kind == BackupFile::Kind::BeforeRestore); // written today, after the two
    CHECK(files[0].path == saved);
    CHECK(files[0].time.size() == 8);
    CHECK(files[1].kind == BackupFile::Kind::Daily);
    CHECK(files[1].day == "2026-11-24");
    CHECK(files[1].time.empty());
    CHECK(files[2].day == "2026-11-20");
    for (const auto& f : files)
        CHECK(f.bytes == fs::file_size(f.path));
    // The daily ones are kept for kKeepBackups days of use.
    for (int day = 10; day < 20; ++day)
        journal->backupNow("2026-12-" + std::to_string(day));
    CHECK(Journal::backups(path).size() == static_cast<std::size_t>(kKeepBackups));
}

TEST_CASE("backups: a command that only reads looks into a backup without changing it", "[journal][backups][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    std::string backup;
    {
        auto journal = Journal::open(path, quiet());
        journal->save(secret("kept"));
        backup = journal->backupNow("2026-11-20");
    }
    const std::string before = bytesOf(backup);
    OpenOptions reading;
    reading.readOnlyWhenNotWritable = true; // what tpmap's reading commands ask for
    {
        auto journal = Journal::open(backup, reading);
        CHECK(journal->count({}) == 1);
    }
    // Opened to write, the backup would have been switched to write-ahead logging: its header changes.
    CHECK(bytesOf(backup) == before);
    CHECK_FALSE(fs::exists(backup + "-wal"));
    CHECK_FALSE(fs::exists(backup + "-shm"));
    CHECK_FALSE(fs::exists(dir.file("backups/backups")));
    // The journal itself still opens to write when asked only to read (it is not a backup).
    auto journal = Journal::open(path, reading);
    CHECK(journal->report().readOnly.empty());
}

TEST_CASE("backups: an older backup looked into is updated first, or refused with words when only to read",
    "[journal][backups]")
{
    TempDir dir;
    const std::string path = dir.file();
    std::string backup;
    {
        auto journal = Journal::open(path, quiet());
        journal->save(secret("older"));
        backup = journal->backupNow("2026-11-20");
    }
    {
        // Version 3: the journal before the answers' table.
        tmap::db::Database db(backup, tmap::db::Database::Mode::ReadWrite);
        db.exec("DROP TABLE note_answer; PRAGMA user_version = 3;");
    }
    // Asked to open it only to read, whatever else is asked, the older format is a JournalError that says so.
    OpenOptions onlyRead;
    onlyRead.readOnly = true;
    onlyRead.readOnlyWhenNotWritable = true;
    try {
        Journal::open(backup, onlyRead);
        FAIL("opened an older journal only to read");
    } catch (const JournalError& e) {
        CHECK_THAT(e.what(), Catch::Contains("older format"));
    }
    // A command that only reads updates it first (its copy as it was is kept), then reads it.
    OpenOptions reading;
    reading.readOnlyWhenNotWritable = true;
    auto journal = Journal::open(backup, reading);
    CHECK(journal->count({}) == 1);
    CHECK(journal->report().migratedFrom == 3);
}
