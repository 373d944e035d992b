// The journal under injected faults (tests/support/faulty_vfs.h): a read that fails is an I/O error, never
// "damage" - the file stays where it is - and a full disk is called a full disk, whatever SQLite calls it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "journal/journal.h"

#include "../support/faulty_vfs.h"
#include "journal_fixture.h"

namespace fs = std::filesystem;
using namespace tmap::journal;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

namespace {

Note note(int i)
{
    Note n;
    n.when = formatTimestamp(1767225600 + std::int64_t {i} * 3600, 60);
    n.spots = {{"head.temple:right", i % 11, Quality::Throbbing}, {"neck.side:right", 4, Quality::None}};
    n.text = std::string(400, static_cast<char>('a' + i % 26)) + " note " + std::to_string(i);
    n.tags = {"work"};
    return n;
}

std::vector<std::string> movedAside(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder))
        if (e.path().filename().string().find(".broken-") != std::string::npos)
            names.push_back(e.path().filename().string());
    return names;
}

constexpr int kNotes = 60;

void fill(const std::string& path)
{
    auto journal = Journal::open(path, quiet());
    for (int i = 0; i < kNotes; ++i)
        journal->save(note(i));
    // Notes deleted for good leave free pages: the check reads the freelist too (and words a failed read there
    // differently: "failed to get page N").
    for (int i = 0; i < 15; ++i) {
        const std::string id = journal->save(note(100 + i)).id;
        journal->trash(id);
        journal->purge(id);
    }
}

} // namespace

TEST_CASE("journal faults: a read error while checking the journal is an I/O error and the file stays",
    "[journal][faults][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    fill(path);
    tmap::test::FaultyVfs vfs;
    int ioErrors = 0;
    int opened = 0;
    // Fail the 1st, 2nd, ... read of an open that checks the whole file, until an open makes fewer reads than that.
    for (int n = 1; n < 2000; ++n) {
        OpenOptions options;
        options.day = formatTimestamp(1767225600 + std::int64_t {n} * 86400, 0).substr(0, 10); // a first open each day
        options.check = n % 2 ? OpenOptions::Check::Daily : OpenOptions::Check::Always;
        vfs.failRead(n, 1);
        const int before = vfs.readFailures();
        try {
            auto journal = Journal::open(path, options);
            ++opened;
        } catch (const JournalError& e) {
            ++ioErrors;
            INFO(e.what());
            CHECK_THAT(e.what(), Catch::Contains(path));
        }
        vfs.heal();
        INFO("read " << n << " failed");
        REQUIRE(movedAside(dir.path).empty());
        if (vfs.readFailures() == before)
            break; // this open needed fewer than n reads: every position has been tried
    }
    CHECK(ioErrors > 0);
    CHECK(opened > 0);
    auto journal = Journal::open(path, quiet());
    CHECK(journal->count({}) == kNotes);
    CHECK(journal->integrityProblem().empty());
}

TEST_CASE("journal faults: a disk that keeps failing reads is reported, not moved aside", "[journal][faults][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    fill(path);
    tmap::test::FaultyVfs vfs;
    OpenOptions options;
    options.check = OpenOptions::Check::Always;
    vfs.failRead(4, -1);
    CHECK_THROWS_AS(Journal::open(path, options), JournalError);
    vfs.heal();
    CHECK(movedAside(dir.path).empty());
    CHECK(Journal::open(path, quiet())->count({}) == kNotes);
}

TEST_CASE("journal faults: a full disk is called a full disk, and nothing is half-written", "[journal][faults]")
{
    TempDir dir;
    const std::string path = dir.file();
    fill(path);
    tmap::test::FaultyVfs vfs;
    auto journal = Journal::open(path, quiet());
    SECTION("SQLite's own full-disk error")
    {
        vfs.failWrite(1, -1, SQLITE_FULL);
    }
    SECTION("an I/O error whose cause is ENOSPC")
    {
        vfs.failWrite(1, -1, SQLITE_IOERR_WRITE, ENOSPC);
    }
    try {
        journal->save(note(99));
        FAIL("saved on a full disk");
    } catch (const JournalError& e) {
        CHECK_THAT(e.what(),
            Catch::Contains(path) && Catch::Contains("the disk is full") && !Catch::Contains("disk I/O error"));
        CHECK(e.reason() == JournalError::Reason::DiskFull);
    }
    vfs.heal();
    CHECK(journal->count({}) == kNotes);
    journal.reset();
    CHECK(Journal::open(path, quiet())->count({}) == kNotes);
}

TEST_CASE("journal faults: on a full disk a command that only reads still reads the journal", "[journal][faults]")
{
    // `notes list`, `export -` and the report all said "the disk is full": the notes could not even be exported to
    // another disk.
    TempDir dir;
    const std::string path = dir.file();
    fill(path);
    tmap::test::FaultyVfs vfs;
    vfs.failWrite(1, -1, SQLITE_FULL);
    vfs.failShm(); // the -shm a write-ahead-logged journal is read through cannot be made
    OpenOptions reading = quiet();
    reading.readOnlyWhenNotWritable = true;
    SECTION("as tpmap's reading commands open it") {}
    SECTION("as the report opens it")
    {
        reading.readOnly = true;
        reading.check = OpenOptions::Check::Always;
    }
    auto journal = Journal::open(path, reading);
    CHECK(journal->count({}) == kNotes);
    CHECK(journal->report().readOnly == "the disk is full");
    // A command that writes is told the disk is full, as before.
    CHECK_THROWS_WITH(Journal::open(path, quiet()), Catch::Contains("the disk is full"));
}

TEST_CASE("journal faults: a new journal on a full disk says so", "[journal][faults]")
{
    TempDir dir;
    tmap::test::FaultyVfs vfs;
    vfs.failWrite(1, -1, SQLITE_IOERR_WRITE, ENOSPC);
    CHECK_THROWS_WITH(Journal::open(dir.file(), quiet()), Catch::Contains("the disk is full"));
    vfs.heal();
    CHECK(movedAside(dir.path).empty());
    // The disk has room again: the same open now works (nothing was left in a state that blocks it).
    auto journal = Journal::open(dir.file(), quiet());
    CHECK(journal->report().created);
}

TEST_CASE("journal faults: damage found after the day's check is told as damage", "[journal][faults]")
{
    // The check runs on the first open of a day; a file damaged later (a disk, a sync tool) shows when its pages are
    // read. The error then says it is damage (isDamaged), so that the front ends point to the backups.
    TempDir dir;
    const std::string path = dir.file();
    {
        auto journal = Journal::open(path, quiet());
        for (int i = 0; i < 300; ++i) {
            Note n;
            n.when = "2026-11-01T08:00:00+01:00";
            n.text = std::string(300, 'x') + std::to_string(i);
            journal->save(n);
        }
    }
    auto journal = Journal::open(path, quiet());
    {
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096 * 20);
        const std::string zeros(4096 * 10, '\0');
        file.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    }
    bool told = false;
    try {
        ListQuery all;
        all.limit = 1000;
        journal->list(all);
    } catch (const std::exception& e) {
        told = isDamaged(e);
        INFO(e.what());
        CHECK(told);
    }
    CHECK(told);
    CHECK_FALSE(isDamaged(JournalError("the journal is busy", true)));
    CHECK_FALSE(isDamaged(std::runtime_error("something else")));
}
