// The user's files: an export never replaces the journal or a backup (whatever the path is called), writes are
// atomic and private, temporary files never outlive a failure or a killed run, concurrent backups do not collide.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "db/database.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/user_files.h"
#include "journal/uuid.h"

#include "journal_fixture.h"

namespace fs = std::filesystem;
using namespace tmap::journal;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

namespace {

Note note(const std::string& day)
{
    Note n;
    n.when = day + "T08:30:00+01:00";
    n.spots = {{"head.temple:right", 7, Quality::Throbbing}};
    n.text = "note of " + day;
    return n;
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

unsigned modeOf(const std::string& path)
{
    struct stat st { };
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

std::vector<std::string> temporariesIn(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.path().filename().string().find(".tmp") != std::string::npos)
            names.push_back(e.path().string());
    return names;
}

/// A process id that is certainly not running: a child that has exited and been reaped.
pid_t deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

/// Notes in the journal at `path`, live and trashed.
std::int64_t allNotes(const std::string& path)
{
    auto j = Journal::open(path, quiet());
    ListQuery trash;
    trash.trash = true;
    return j->count({}) + j->count(trash);
}

} // namespace

TEST_CASE("user files: an export naming the journal, however spelt, is refused and the journal kept",
    "[journal][export][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    {
        auto journal = Journal::open(path, quiet());
        journal->save(note("2026-11-01"));
        journal->save(note("2026-11-02"));
        journal->trash(journal->save(note("2026-11-03")).id);
    }
    fs::create_directory(dir.path / "sub");
    fs::create_symlink(path, dir.file("link.sqlite"));
    REQUIRE(::link(path.c_str(), dir.file("hard.sqlite").c_str()) == 0);
    const std::vector<std::string> spellings {path, (dir.path / "sub" / ".." / "journal.sqlite").string(),
        (dir.path / "." / "journal.sqlite").string(), dir.file("link.sqlite"), dir.file("hard.sqlite")};
    for (const auto& output : spellings) {
        INFO(output);
        auto journal = Journal::open(path, quiet());
        for (const auto format : {Format::Json, Format::Csv})
            CHECK_THROWS_WITH(exportToFile(*journal, output, format, {"2026-11-02", "2026-11-02"}),
                Catch::Contains(output) && Catch::Contains("the pain journal itself"));
    }
    // The WAL of an open journal is refused too.
    {
        auto journal = Journal::open(path, quiet());
        journal->save(note("2026-11-04"));
        REQUIRE(fs::exists(path + "-wal"));
        CHECK_THROWS_AS(exportToFile(*journal, path + "-wal", Format::Json), JournalError);
    }
    CHECK(allNotes(path) == 4);
    CHECK(temporariesIn(dir.path).empty());
}

TEST_CASE("user files: an export over a backup or a moved-aside journal is refused", "[journal][export][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(note("2026-11-01"));
    OpenOptions daily;
    daily.day = "2026-11-02";
    auto journal = Journal::open(path, daily);
    const std::string backup = journal->report().backupWritten;
    REQUIRE_FALSE(backup.empty());
    const std::string before = readAll(backup);
    CHECK_THROWS_WITH(exportToFile(*journal, backup, Format::Json), Catch::Contains("a backup of the pain journal"));
    CHECK(readAll(backup) == before);
    std::ofstream(dir.file("journal.sqlite.broken-20261101-120000")) << "kept for the user";
    CHECK_THROWS_AS(
        exportToFile(*journal, dir.file("journal.sqlite.broken-20261101-120000"), Format::Csv), JournalError);
    CHECK(readAll(dir.file("journal.sqlite.broken-20261101-120000")) == "kept for the user");
    // Any other file is written, privately, and replaces what was there.
    std::ofstream(dir.file("old.json")) << "old";
    fs::permissions(dir.file("old.json"), fs::perms(0644));
    CHECK(exportToFile(*journal, dir.file("old.json"), Format::Json) == 1);
    CHECK(modeOf(dir.file("old.json")) == 0600);
    CHECK(readAll(dir.file("old.json")).find("trigger-map-journal") != std::string::npos);
}

TEST_CASE("user files: a failed write leaves no temporary file and names the file", "[journal][export][safety]")
{
    TempDir dir;
    const std::string target = dir.file("out.pdf");
    CHECK_THROWS_WITH(writeAtomically(target, [](const std::string&) { throw JournalError("no paper"); }),
        Catch::Contains("no paper"));
    CHECK(temporariesIn(dir.path).empty());
    CHECK_FALSE(fs::exists(target));
    // A folder that cannot be written: the error names the target.
    CHECK_THROWS_WITH(
        writeAtomically(dir.file("missing/out.pdf"), [](const std::string&) {}), Catch::Contains("missing/out.pdf"));
    try {
        writeAtomically(dir.file("missing/out.pdf"), [](const std::string&) {});
        FAIL("wrote into a folder that does not exist");
    } catch (const JournalError& e) {
        // In structure too, with the system's reason, for the app to say it in the user's language.
        CHECK(e.reason() == JournalError::Reason::CannotWrite);
        CHECK(e.file() == dir.file("missing/out.pdf"));
        CHECK(e.systemError() == ENOENT);
    }
    writeAtomically(target, [](const std::string& temporary) {
        CHECK(modeOf(temporary) == 0600);
        std::ofstream(temporary) << "%PDF";
    });
    CHECK(readAll(target) == "%PDF");
    CHECK(modeOf(target) == 0600);
    CHECK(temporariesIn(dir.path).empty());
    CHECK(describeErrno(ENOSPC) == "the disk is full");
}

TEST_CASE(
    "user files: what a killed export or backup left behind is removed at the next one", "[journal][export][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(note("2026-11-01"));
    const pid_t dead = deadPid();
    const std::string deadTemp = dir.file("out.json.tmp-" + std::to_string(dead));
    const std::string deadTemp2 = dir.file("out.json.tmp-" + std::to_string(dead) + "-3");
    const std::string liveTemp = dir.file("out.json.tmp-" + std::to_string(::getppid()));
    const std::string otherFile = dir.file("notes.tmp-" + std::to_string(dead)); // not one of this export's
    for (const auto& f : {deadTemp, deadTemp2, liveTemp, otherFile})
        std::ofstream(f) << "partial health data";
    {
        auto journal = Journal::open(path, quiet());
        exportToFile(*journal, dir.file("out.json"), Format::Json);
    }
    CHECK_FALSE(fs::exists(deadTemp));
    CHECK_FALSE(fs::exists(deadTemp2));
    CHECK(fs::exists(liveTemp)); // its program may still be writing
    CHECK(fs::exists(otherFile));

    // A killed backup's copy in backups/ goes at the next open.
    fs::create_directories(dir.path / "backups");
    const std::string deadBackup
        = (dir.path / "backups" / "journal-2026-11-01.sqlite.tmp-").string() + std::to_string(dead) + "-1";
    std::ofstream(deadBackup) << "partial copy";
    std::ofstream(deadBackup + "-journal") << "its rollback journal"; // what SQLite leaves beside a killed copy
    Journal::open(path, quiet());
    CHECK_FALSE(fs::exists(deadBackup));
    CHECK_FALSE(fs::exists(deadBackup + "-journal"));
}

TEST_CASE("user files: temporary names are unique in a process and among processes", "[journal][backup]")
{
    const auto a = temporaryNameFor("/x/journal-2026-11-01.sqlite");
    const auto b = temporaryNameFor("/x/journal-2026-11-01.sqlite");
    CHECK(a != b);
    CHECK(a.find(".tmp-" + std::to_string(::getpid()) + "-") != std::string::npos);
}

TEST_CASE("user files: two programs backing up the same day at once both succeed", "[journal][backup][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file();
    {
        auto journal = Journal::open(path, quiet());
        for (int i = 1; i <= 20; ++i)
            journal->save(note("2026-11-" + std::string(i < 10 ? "0" : "") + std::to_string(i)));
    }
    std::atomic<int> failures {0};
    std::mutex lock;
    std::string firstError;
    auto backUp = [&] {
        auto journal = Journal::open(path, quiet());
        for (int i = 0; i < 15; ++i) {
            try {
                journal->backupNow("2026-11-30");
            } catch (const std::exception& e) {
                const std::lock_guard<std::mutex> guard(lock);
                if (failures++ == 0)
                    firstError = e.what();
            }
        }
    };
    std::thread first(backUp);
    std::thread second(backUp);
    first.join();
    second.join();
    INFO(firstError);
    CHECK(failures == 0);
    const std::string backup = (dir.path / "backups" / "journal-2026-11-30.sqlite").string();
    REQUIRE(fs::exists(backup));
    tmap::db::Database copy(backup, tmap::db::Database::Mode::ReadOnly);
    auto check = copy.prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == "ok");
    CHECK(temporariesIn(dir.path).empty());
}

TEST_CASE("user files: Existing::Keep never replaces a file, also one that appears while the file is written",
    "[journal][export][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(note("2026-11-01"));
    auto journal = Journal::open(path, quiet());
    const std::string output = dir.file("mine.json");
    std::ofstream(output) << "the user's own file";
    CHECK_THROWS_WITH(exportToFile(*journal, output, Format::Json, {}, {}, Existing::Keep),
        Catch::Contains(output) && Catch::Contains("already exists"));
    CHECK(readAll(output) == "the user's own file");
    // A file that appears under the name while the export runs (another program, a second export) is kept too.
    const std::string late = dir.file("late.csv");
    CHECK_THROWS_WITH(writeAtomically(
                          late,
                          [&](const std::string& temporary) {
                              std::ofstream(temporary) << "new";
                              std::ofstream(late) << "appeared meanwhile";
                          },
                          path, Existing::Keep),
        Catch::Contains("already exists"));
    CHECK(readAll(late) == "appeared meanwhile");
    CHECK(temporariesIn(dir.path).empty());
    // A new name is written, privately; Replace (the default) still replaces.
    CHECK(exportToFile(*journal, dir.file("new.json"), Format::Json, {}, {}, Existing::Keep) == 1);
    CHECK(modeOf(dir.file("new.json")) == 0600);
    CHECK(exportToFile(*journal, output, Format::Json) == 1);
    CHECK(readAll(output).find("trigger-map-journal") != std::string::npos);
}

TEST_CASE("user files: replacing writes through a link and refuses what is not a plain file",
    "[journal][export][safety]")
{
    namespace fs = std::filesystem;
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(note("2026-11-01"));
    auto journal = Journal::open(path, quiet());
    // pain.json is a link into a synced folder: the file there gets the export, the link stays a link.
    fs::create_directory(dir.path / "cloud");
    std::ofstream(dir.path / "cloud" / "pain.json") << "last week's export";
    fs::create_symlink(dir.path / "cloud" / "pain.json", dir.path / "pain.json");
    CHECK(exportToFile(*journal, dir.file("pain.json"), Format::Json) == 1);
    CHECK(fs::is_symlink(dir.path / "pain.json"));
    CHECK(readAll((dir.path / "cloud" / "pain.json").string()).find("trigger-map-journal") != std::string::npos);
    CHECK(temporariesIn(dir.path).empty());
    CHECK(temporariesIn(dir.path / "cloud").empty());
    // A pipe would be replaced by a plain file that its reader never sees: refused, and left as it is.
    const std::string pipe = dir.file("reader.fifo");
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    CHECK_THROWS_WITH(exportToFile(*journal, pipe, Format::Json),
        Catch::Contains(pipe) && Catch::Contains("not a plain file"));
    CHECK(fs::is_fifo(pipe));
    // A link to nothing names the problem; nothing is written in its place.
    fs::create_symlink(dir.path / "gone" / "x.json", dir.path / "dangling.json");
    CHECK_THROWS_WITH(exportToFile(*journal, dir.file("dangling.json"), Format::Json),
        Catch::Contains("dangling.json") && Catch::Contains("cannot be reached"));
    CHECK(fs::is_symlink(fs::symlink_status(dir.path / "dangling.json")));
}

TEST_CASE("user files: an interrupted export stops at once and leaves no file behind", "[journal][export][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    {
        auto j = Journal::open(path, quiet());
        std::vector<Note> notes;
        for (int i = 0; i < 400; ++i) {
            Note n = note("2026-10-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1));
            n.id = newUuid();
            notes.push_back(n);
        }
        j->saveAll(notes, OnDuplicate::Skip);
    }
    OpenOptions reading;
    reading.readOnly = true;
    auto journal = Journal::open(path, reading);
    std::atomic<bool> stop {false};
    journal->setInterrupt(&stop);
    // Stopped after the first notes are written: the read fails, the half-written temporary file is removed.
    int written = 0;
    const std::string output = dir.file("out.json");
    CHECK_THROWS(writeStreamAtomically(
        output,
        [&](std::ostream& out) {
            journal->forEach({}, [&](const Note& n) {
                out << noteToJson(n).dump() << "\n";
                if (++written == 10)
                    stop = true;
            });
        },
        path));
    CHECK(written < 400);
    CHECK_FALSE(fs::exists(output));
    CHECK(temporariesIn(dir.path).empty());
    // Set before a read, nothing is read; cleared, the same connection reads again.
    CHECK_THROWS(exportToFile(*journal, output, Format::Csv));
    CHECK_FALSE(fs::exists(output));
    stop = false;
    CHECK(exportToFile(*journal, output, Format::Json) == 400);
    CHECK(journal->regionTrend("head.temple:right").size() == 28);
    journal->setInterrupt(nullptr);
    stop = true;
    CHECK(journal->count({}) == 400);
}
