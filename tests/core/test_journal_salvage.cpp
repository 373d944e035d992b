// Reading another journal file for an import (journal/salvage.h): a backup or another computer's journal whole, and
// a damaged journal around its damage - so that its newest backup plus what can still be read loses nothing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <sqlite3.h>

#include "../support/catalogue_fixture.h"
#include "body/body_map.h"
#include "db/database.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal/plan.h"
#include "journal/salvage.h"

namespace fs = std::filesystem;
using namespace tmap::journal;

#include "journal_fixture.h"

namespace {

using tmap::test::bodyMap;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

Note note(int i)
{
    Note n;
    n.when = "2026-11-" + std::to_string(10 + i % 15) + "T08:30:00+01:00";
    n.spots = {{"head.temple:right", i % 11, Quality::Throbbing}, {"neck.side:right", 4, Quality::None}};
    n.text = "note " + std::to_string(i) + " " + std::string(400, static_cast<char>('a' + i % 26));
    n.tags = {"work"};
    n.treatments = {{"upper-trapezius", "", "ball against the wall", 5, 7, 4}};
    return n;
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// The b-tree leaf pages of `table`, in page order (SQLite's dbstat table).
std::vector<int> leafPages(const std::string& path, const std::string& table)
{
    tmap::db::Database db(path, tmap::db::Database::Mode::ReadOnly);
    auto st = db.prepare("SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY pageno");
    st.bind(1, table);
    std::vector<int> pages;
    while (st.step())
        pages.push_back(static_cast<int>(st.integer(0)));
    return pages;
}

/// Overwrites the start of page `page` (from 1) of the file with bytes no b-tree page starts with.
void damagePage(const std::string& path, int page)
{
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(page - 1) * 4096);
    const std::string garbage(64, '\xff');
    f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

} // namespace

TEST_CASE("salvage: another journal or a backup is read whole and left exactly as it was", "[journal][import]")
{
    TempDir dir;
    const std::string other = dir.file("other.sqlite");
    std::set<std::string> ids;
    std::string trashedId;
    {
        auto journal = Journal::open(other, quiet());
        for (int i = 0; i < 30; ++i)
            ids.insert(journal->save(note(i)).id);
        auto trashed = journal->save(note(99));
        journal->trash(trashed.id);
        ids.insert(trashed.id);
        trashedId = trashed.id;
        Plan plan;
        plan.name = "Evening";
        plan.steps.push_back({"upper-trapezius", "", tmap::body::Side::Right, ""});
        journal->savePlan(plan);
    }
    const std::string before = readAll(other);
    const auto read = readJournalFile(other, {&bodyMap(), nullptr});
    CHECK_FALSE(read.damaged());
    REQUIRE(read.notes.size() == 31);
    for (const auto& n : read.notes)
        CHECK(ids.count(n.id) == 1);
    CHECK(read.notes.front().spots.size() == 2);
    CHECK(read.notes.front().treatments.size() == 1);
    REQUIRE(read.plans.size() == 1);
    CHECK(read.plans.front().name == "Evening");
    // Looking into it changed nothing and made nothing beside it.
    CHECK(readAll(other) == before);
    CHECK_FALSE(fs::exists(other + "-shm"));
    CHECK_FALSE(fs::exists(other + "-wal"));

    // Imported into a journal: every note (the trashed one to the trash) and the plan; a second time, nothing new.
    auto mine = Journal::open(dir.file("mine.sqlite"), quiet());
    mine->save(note(100));
    const auto first = importFile(*mine, other);
    CHECK(first.added == 31);
    CHECK(first.plansAdded == 1);
    CHECK(first.unusable == 0);
    CHECK(first.damagedParts == 0);
    CHECK(mine->count({}) == 31); // 30 live + its own; the trashed one is in the trash
    CHECK(first.inTrash == 1);
    REQUIRE(mine->get(trashedId));
    CHECK_FALSE(mine->get(trashedId)->deleted.empty());
    const auto again = importFile(*mine, other);
    CHECK(again.added == 0);
    CHECK(again.skipped == 31);

    // Not a journal, or a newer one: refused by name, nothing read.
    {
        tmap::db::Database foreign(dir.file("foreign.sqlite"));
        foreign.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    }
    CHECK_THROWS_WITH(readJournalFile(dir.file("foreign.sqlite")), Catch::Contains("not a Trigger Map journal"));
    tmap::db::Database(other).setUserVersion(kSchemaVersion + 1);
    CHECK_THROWS_WITH(readJournalFile(other), Catch::Contains("newer version"));
    CHECK(looksLikeDatabase(other));
    CHECK_FALSE(looksLikeDatabase(dir.file("nothing-here.json")));
}

TEST_CASE("salvage: a damaged journal's newest backup plus what can still be read of it loses no note",
    "[journal][import][safety]")
{
    TempDir dir;
    const std::string path = dir.file("journal.sqlite");
    std::set<std::string> sinceBackup;
    std::set<std::string> all;
    {
        OpenOptions o = quiet();
        o.day = "2026-11-20";
        auto journal = Journal::open(path, o);
        for (int i = 0; i < 300; ++i)
            all.insert(journal->save(note(i)).id);
        REQUIRE_FALSE(journal->backupNow("2026-11-21").empty());
        for (int i = 300; i < 320; ++i) {
            const auto id = journal->save(note(i)).id;
            all.insert(id);
            sinceBackup.insert(id);
        }
    }
    const auto pages = leafPages(path, "note");
    REQUIRE(pages.size() > 10);
    damagePage(path, pages[pages.size() / 2]); // a page of notes from before the backup
    const std::string damaged = readAll(path);

    const auto read = readJournalFile(path, {&bodyMap(), nullptr});
    CHECK(read.damagedParts == 1);
    CHECK(read.notes.size() < 320);
    CHECK(read.notes.size() > 300); // one page of notes lost, no more
    std::set<std::string> readIds;
    for (const auto& n : read.notes)
        readIds.insert(n.id);
    for (const auto& id : sinceBackup)
        CHECK(readIds.count(id) == 1); // every note after the damaged page, including all those since the backup
    CHECK(readAll(path) == damaged);

    // As the app does it: the open moves the damaged file aside, the newest backup is restored, and what can be
    // read of the damaged file is imported on top.
    OpenOptions o = quiet();
    o.check = OpenOptions::Check::Always;
    auto journal = Journal::open(path, o);
    const auto report = journal->report();
    REQUIRE_FALSE(report.movedAside.empty());
    journal->restoreBackup(report.newestBackup);
    CHECK(journal->count({}) == 300);
    const auto recovered = importFile(*journal, report.movedAside, {OnDuplicate::Skip, {&bodyMap(), nullptr}});
    CHECK(recovered.added == 20);
    CHECK(recovered.damagedParts == 1);
    CHECK(journal->count({}) == 320);
    for (const auto& id : all)
        CHECK(journal->get(id));
    CHECK(readAll(report.movedAside) == damaged);
}

TEST_CASE(
    "salvage: a note whose lists cannot all be read is kept with the rest, marked, and never replaces a whole one",
    "[journal][import]")
{
    TempDir dir;
    const std::string path = dir.file("journal.sqlite");
    {
        auto journal = Journal::open(path, quiet());
        for (int i = 0; i < 300; ++i)
            journal->save(note(i));
    }
    const std::string copy = dir.file("whole.sqlite");
    fs::copy_file(path, copy);
    const auto pages = leafPages(path, "spot");
    REQUIRE(pages.size() > 2);
    damagePage(path, pages[pages.size() / 2]);
    const auto read = readJournalFile(path, {&bodyMap(), nullptr});
    CHECK(read.incomplete > 0);
    CHECK(read.unusable == 0); // each still has its text
    CHECK(read.notes.size() == 300);
    int marked = 0;
    for (const auto& n : read.notes) {
        const bool inPart = std::find(n.tags.begin(), n.tags.end(), kRecoveredInPartTag) != n.tags.end();
        marked += inPart ? 1 : 0;
        CHECK(n.spots.size() == (inPart ? 0U : 2U)); // a list whole, or not at all
        CHECK(n.text.starts_with("note "));
    }
    CHECK(marked == read.incomplete);

    // Into the whole journal, even with "replace with imported": the whole notes stay as they are.
    auto whole = Journal::open(copy, quiet());
    const auto result = importFile(*whole, path, {OnDuplicate::Update, {&bodyMap(), nullptr}});
    CHECK(result.incomplete == read.incomplete);
    CHECK(result.skipped >= read.incomplete);
    whole->forEach({}, [](const Note& n) { CHECK(n.spots.size() == 2); });
}

TEST_CASE(
    "salvage: a table the journal's format has but the file lost is said, never read as empty", "[journal][import]")
{
    // A journal whose list of tables lost an entry: its answers went without a word, its plans without their steps
    // were left out unsaid, and a missing table of plans failed the whole import ("SQL logic error").
    TempDir dir;
    const std::string whole = dir.file("whole.sqlite");
    {
        auto j = Journal::open(whole, quiet());
        Note n = note(1);
        n.answers = {{"press:temporalis-1:right", Reply::Yes}};
        j->save(n);
        j->savePlan({"", "Evening", {{"upper-trapezius", "", tmap::body::Side::Right, ""}}, "", ""});
    }
    const auto without = [&](const std::string& table) {
        const std::string path = dir.file("without-" + table + ".sqlite");
        fs::copy_file(whole, path, fs::copy_options::overwrite_existing);
        tmap::db::Database db(path);
        db.exec("DROP TABLE " + table);
        return path;
    };
    SECTION("a note's answers")
    {
        const auto read = readJournalFile(without("note_answer"), {&bodyMap(), nullptr});
        REQUIRE(read.notes.size() == 1);
        CHECK(read.incomplete == 1);
        const auto& tags = read.notes.front().tags;
        CHECK(std::find(tags.begin(), tags.end(), kRecoveredInPartTag) != tags.end());
        CHECK(read.plans.size() == 1);
    }
    for (const char* table : {"plan_step", "plan"}) {
        DYNAMIC_SECTION("the plans' table " << table)
        {
            const auto read = readJournalFile(without(table), {&bodyMap(), nullptr});
            CHECK(read.notes.size() == 1); // the notes come in
            CHECK(read.incomplete == 0);
            CHECK(read.plans.empty());
            CHECK(read.damagedParts == 1); // and the plans' loss is said
        }
    }
}
