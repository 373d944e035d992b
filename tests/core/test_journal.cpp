// The pain journal database: notes round-trip, listing and search, aggregates, schema migration, and what happens
// to broken, foreign, read-only and locked files. Every test works in its own temporary folder.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <thread>
#include <utility>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "body/body_map.h"
#include "db/database.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal/plan.h"
#include "journal/uuid.h"

namespace fs = std::filesystem;
using namespace tmap::journal;

#include "../support/catalogue_fixture.h"
#include "journal_fixture.h"

namespace {

using tmap::test::bodyMap;
using tmap::test::query;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

Note sample(const std::string& when = "2026-11-25T08:30:00+01:00")
{
    Note n;
    n.when = when;
    n.spots = {{"head.temple:right", 7, Quality::Throbbing}, {"neck.side:right", 4, Quality::None}};
    n.intensity = 6;
    n.text = "Headache after a long day at the desk";
    n.tags = {"work", "desk"};
    n.factors = {"long-sitting", "stress-tension"};
    n.treatments = {{"upper-trapezius", "", "ball against the wall", 5, 7, 4}};
    return n;
}

std::vector<std::string> filesIn(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

unsigned modeOf(const std::string& path)
{
    struct stat st { };
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

/// The version-1 layout as Trigger Map 0.0.x wrote it: the fixture the 1 -> 2 migration is tested against.
void writeVersion1Journal(const std::string& path)
{
    tmap::db::Database db(path);
    db.exec("CREATE TABLE note (id TEXT PRIMARY KEY NOT NULL, felt_at TEXT NOT NULL, created_at TEXT NOT NULL, "
            "intensity INTEGER, text TEXT NOT NULL DEFAULT '', spots TEXT NOT NULL DEFAULT '[]', "
            "tags TEXT NOT NULL DEFAULT '');"
            "CREATE INDEX note_felt ON note (felt_at);"
            "PRAGMA application_id = 0x544D4A4E; PRAGMA user_version = 1;");
    auto insert = db.prepare("INSERT INTO note VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, "0b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60")
        .bind(2, "2025-03-01T08:30:00+01:00")
        .bind(3, "2025-03-01T07:35:00Z")
        .bind(4, 6)
        .bind(5, "Stiff neck after the night train")
        .bind(6, R"([{"region": "neck.back:left", "intensity": 6}, {"region": "head.occiput:left", "intensity": 3}])")
        .bind(7, "travel, sleep")
        .run();
    insert.bind(1, "5a1f0e2d-9c8b-4a7d-b6e5-f4d3c2b1a098")
        .bind(2, "2025-03-02T21:00:00+01:00")
        .bind(3, "2025-03-02T20:01:00Z")
        .bind(4, std::nullopt)
        .bind(5, "better")
        .bind(6, "[]")
        .bind(7, "")
        .run();
}

} // namespace

TEST_CASE("journal: a note round-trips through save, get, edit, trash, restore and purge", "[journal]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->setVocabulary({&bodyMap(), nullptr});
    CHECK(journal->report().created);

    const Note saved = journal->save(sample());
    CHECK(isUuid(saved.id));
    CHECK(parseTimestamp(saved.created));
    CHECK(saved.updated == saved.created);
    auto loaded = journal->get(saved.id);
    REQUIRE(loaded);
    CHECK(*loaded == saved);
    CHECK(loaded->treatments[0].before == 7);
    CHECK(loaded->spots[0].quality == Quality::Throbbing);

    Note edit = *loaded;
    edit.text = "Edited: it eased in the evening";
    edit.spots.pop_back();
    edit.intensity.reset();
    edit.treatments[0].after.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // updated_at has whole seconds
    const Note edited = journal->save(edit);
    CHECK(edited.created == saved.created);
    CHECK(edited.updated != saved.updated);
    loaded = journal->get(saved.id);
    CHECK(*loaded == edited);
    CHECK(loaded->spots.size() == 1);
    CHECK_FALSE(loaded->intensity);
    CHECK_FALSE(loaded->treatments[0].after);
    CHECK(journal->count({}) == 1);

    CHECK(journal->trash(saved.id));
    CHECK_FALSE(journal->trash(saved.id));
    CHECK(journal->count({}) == 0);
    CHECK(journal->list({}).empty());
    ListQuery trash;
    trash.trash = true;
    REQUIRE(journal->list(trash).size() == 1);
    CHECK_FALSE(journal->get(saved.id)->deleted.empty());
    CHECK(journal->restore(saved.id));
    CHECK_FALSE(journal->restore(saved.id));
    CHECK(journal->count({}) == 1);
    CHECK(journal->get(saved.id)->deleted.empty());

    // A live note is not erased: only one in the trash is.
    CHECK(journal->purge(saved.id) == Journal::Purged::NotInTrash);
    CHECK(journal->get(saved.id));
    CHECK(journal->trash(saved.id));
    CHECK(journal->purge(saved.id) == Journal::Purged::Erased);
    CHECK_FALSE(journal->get(saved.id));
    CHECK(journal->purge(saved.id) == Journal::Purged::NoSuchNote);
    CHECK(journal->list(query("desk")).empty()); // the search index forgot it too

    const Note a = journal->save(sample());
    journal->save(sample());
    journal->trash(a.id);
    CHECK(journal->emptyTrash() == 1);
    CHECK(journal->count({}) == 1);
    CHECK(journal->integrityProblem().empty());
}

TEST_CASE("journal: a new journal is private, write-ahead logged and versioned", "[journal]")
{
    TempDir dir;
    const std::string path = (dir.path / "deep" / "er" / "journal.sqlite").string();
    {
        auto journal = Journal::open(path, quiet());
        journal->save(sample());
    }
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf((dir.path / "deep").string()) == 0700);
    CHECK(modeOf((dir.path / "deep" / "er").string()) == 0700);
    tmap::db::Database db(path, tmap::db::Database::Mode::ReadOnly);
    CHECK(db.userVersion() == kSchemaVersion);
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    auto appId = db.prepare("PRAGMA application_id");
    REQUIRE(appId.step());
    CHECK(appId.integer(0) == kApplicationId);

    // A journal left group-readable by some other tool is made private again.
    ::chmod(path.c_str(), 0644);
    Journal::open(path, quiet());
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("journal: the default file follows XDG_DATA_HOME, else ~/.local/share", "[journal]")
{
    const char* oldXdg = std::getenv("XDG_DATA_HOME");
    const std::string savedXdg = oldXdg ? oldXdg : "";
    const std::string savedHome = std::getenv("HOME") ? std::getenv("HOME") : "";
    ::setenv("XDG_DATA_HOME", "/tmp/tm-xdg-test", 1);
    CHECK(defaultJournalPath() == "/tmp/tm-xdg-test/trigger-map/journal.sqlite");
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", "/tmp/tm-home-test", 1);
    CHECK(defaultJournalPath() == "/tmp/tm-home-test/.local/share/trigger-map/journal.sqlite");
    ::setenv("XDG_DATA_HOME", "relative/is/ignored", 1);
    CHECK(defaultJournalPath() == "/tmp/tm-home-test/.local/share/trigger-map/journal.sqlite");
    ::setenv("HOME", savedHome.c_str(), 1);
    if (oldXdg)
        ::setenv("XDG_DATA_HOME", savedXdg.c_str(), 1);
    else
        ::unsetenv("XDG_DATA_HOME");
}

TEST_CASE("journal: save refuses bad notes and writes nothing", "[journal]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->setVocabulary({&bodyMap(), nullptr});
    auto refused = [&](Note n, const std::string& pointer) {
        INFO("expect a problem at " << pointer);
        try {
            journal->save(std::move(n));
            FAIL("saved a bad note");
        } catch (const InvalidNote& e) {
            bool found = false;
            for (const auto& p : e.problems())
                found = found || p.pointer == pointer;
            CHECK(found);
        }
    };
    Note n = sample();
    n.spots[0].intensity = 11;
    refused(n, "/spots/0/intensity");
    n = sample();
    n.spots[1].intensity = -1;
    refused(n, "/spots/1/intensity");
    n = sample();
    n.intensity = 42;
    refused(n, "/intensity");
    n = sample();
    n.treatments[0].before = 12;
    refused(n, "/treatments/0/before");
    n = sample();
    n.treatments[0].minutes = 100000;
    refused(n, "/treatments/0/minutes");
    n = sample();
    n.spots[0].region = "head.nowhere:right";
    refused(n, "/spots/0/region");
    n = sample();
    n.spots[0].region = "head.temple"; // sided region without its side
    refused(n, "/spots/0/region");
    n = sample();
    n.spots[1].region = n.spots[0].region;
    refused(n, "/spots/1/region");
    n = sample();
    n.when = "2026-11-25 08:30";
    refused(n, "/when");
    n = sample();
    n.when = "2026-02-30T08:30:00+01:00";
    refused(n, "/when");
    n = sample();
    n.text = std::string("bad \xC3\x28 utf-8");
    refused(n, "/text");
    n = sample();
    n.tags = {"ok", ""};
    refused(n, "/tags/1");
    n = sample();
    n.factors = {"Not An Id!"};
    refused(n, "/factors/0");
    n = sample();
    n.id = "not-a-uuid";
    refused(n, "/id");
    CHECK(journal->count({}) == 0);
}

TEST_CASE("journal: listing is newest first, paged, by inclusive local days", "[journal]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    // Ten days, three notes a day; one note's local day differs from its UTC day.
    for (int day = 1; day <= 10; ++day)
        for (const char* time : {"08:00:00", "13:00:00", "21:30:00"}) {
            Note n
                = sample(std::string("2026-11-") + (day < 10 ? "0" : "") + std::to_string(day) + "T" + time + "+01:00");
            n.text = "day " + std::to_string(day) + " " + time;
            journal->save(n);
        }
    journal->save(sample("2026-11-11T00:30:00+02:00")); // 2026-11-10T22:30Z, but the 11th where it was felt

    auto all = journal->list(query({}, {}, 0, 100));
    REQUIRE(all.size() == 31);
    CHECK(all.front().when == "2026-11-11T00:30:00+02:00");
    CHECK(all[1].when == "2026-11-10T21:30:00+01:00");
    CHECK(all.back().when == "2026-11-01T08:00:00+01:00");
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].when.substr(0, 10) >= all[i].when.substr(0, 10));

    const auto page2 = journal->list(query({}, {}, 3, 3));
    REQUIRE(page2.size() == 3);
    CHECK(page2[0].id == all[3].id);
    CHECK(page2[2].id == all[5].id);
    CHECK(journal->list(query({}, {}, 30, 50)).size() == 1);

    const ListQuery days = query({}, {"2026-11-03", "2026-11-04"}, 0, 100);
    const auto two = journal->list(days);
    CHECK(two.size() == 6);
    CHECK(journal->count(days) == 6);
    CHECK(journal->count(query({}, {"2026-11-11", ""})) == 1);
    CHECK(journal->count(query({}, {"", "2026-11-01"})) == 3);
    CHECK_THROWS_AS(journal->list(query({}, {"yesterday", ""})), std::invalid_argument);
}

TEST_CASE("journal: search finds text, tags and regions, SQL and FTS metacharacters are only words", "[journal]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    Note a = sample();
    a.text = "Robert'); DROP TABLE note; -- \"quoted\" * NEAR(x y) OR AND";
    a.tags = {"it's", "100%_sure"};
    journal->save(a);
    Note b = sample("2026-11-26T09:00:00+01:00");
    b.text = "Kopfschmerz nach dem Café";
    b.spots = {{"chest.sternum", 3, Quality::Aching}};
    b.tags = {"travel"};
    b = journal->save(b);

    CHECK(journal->count(query("DROP TABLE")) == 1);
    CHECK(journal->count(query("'); DROP TABLE note; --")) == 1);
    CHECK(journal->count(query("\"quoted\"")) == 1);
    CHECK(journal->count(query("NEAR(x")) == 1);
    CHECK(journal->count(query("OR")) == 1);
    CHECK(journal->count(query("*")) == 0);
    CHECK(journal->count(query("%")) == 0);
    CHECK(journal->count(query("' OR 'zz'='zz")) == 0);
    CHECK(journal->count(query("cafe")) == 1); // diacritics folded
    CHECK(journal->count(query("kopf")) == 1); // prefixes match
    CHECK(journal->count(query("travel")) == 1);
    CHECK(journal->count(query("sternum")) == 1);
    CHECK(journal->count(query("temple right")) == 1);
    CHECK(journal->count(query("temple travel")) == 0); // every word must match
    CHECK(journal->count(query(std::string(5000, 'x'))) == 0);
    CHECK(journal->list(query("desk", {}, 0, 10)).empty());
    CHECK(journal->count({}) == 2); // the table is still there
    journal->trash(b.id);
    CHECK(journal->count(query("travel")) == 0);
}

TEST_CASE("journal: very long text is kept up to 100 000 characters and refused beyond", "[journal]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    Note n = sample();
    std::string text;
    while (text.size() < kMaxTextChars - 10)
        text += "ache\xC3\xA9 "; // 6 characters, 7 bytes
    text.resize(kMaxTextChars - 20);
    text += " needle";
    n.text = text;
    const auto saved = journal->save(n);
    CHECK(journal->get(saved.id)->text == text);
    CHECK(journal->count(query("needle")) == 1);
    n.text = std::string(kMaxTextChars + 1, 'a');
    CHECK_THROWS_AS(journal->save(n), InvalidNote);
}

TEST_CASE("journal: a problem a person can make in the editor names its rule and figures, for the app to word",
    "[journal][i18n]")
{
    using Rule = Problem::Rule;
    auto first = [](const Note& n, const std::string& pointer) {
        for (const auto& p : validateNote(n, {}))
            if (p.pointer == pointer)
                return p;
        FAIL("no problem at " << pointer);
        return Problem {};
    };
    Note n = sample();
    n.text = std::string(kMaxTextChars + 3, 'a');
    Problem p = first(n, "/text");
    CHECK(p.rule == Rule::TooLong);
    CHECK(p.count == static_cast<std::int64_t>(kMaxTextChars + 3));
    CHECK(p.limit == static_cast<std::int64_t>(kMaxTextChars));
    n = sample();
    n.tags = {"work", "work", "", "a\tb"};
    p = first(n, "/tags/1");
    CHECK(p.rule == Rule::Twice);
    CHECK(p.value == "work");
    CHECK(first(n, "/tags/2").rule == Rule::Empty);
    CHECK(first(n, "/tags/3").rule == Rule::ControlCharacter);
    n = sample();
    n.tags.assign(kMaxTags + 1, "x");
    for (std::size_t i = 0; i < n.tags.size(); ++i)
        n.tags[i] += std::to_string(i);
    p = first(n, "/tags");
    CHECK(p.rule == Rule::TooMany);
    CHECK(p.count == static_cast<std::int64_t>(kMaxTags + 1));
    CHECK(p.limit == static_cast<std::int64_t>(kMaxTags));
    n = sample();
    n.spots[0].intensity = 11;
    p = first(n, "/spots/0/intensity");
    CHECK(p.rule == Rule::OutOfRange);
    CHECK(p.count == 11);
    CHECK(p.limit == 10);
    // A plan's name, and a step's technique (checked by the note's rules, its rule kept under the step's place).
    Plan plan;
    plan.name = "two\nlines";
    plan.steps = {{"upper-trapezius", "", tmap::body::Side::Right, std::string(kMaxShortChars + 1, 't')}};
    const auto planProblems = validatePlan(plan, {});
    REQUIRE(planProblems.size() == 2);
    CHECK(planProblems[0].rule == Rule::NotOneLine);
    CHECK(planProblems[1].pointer == "/steps/0/technique");
    CHECK(planProblems[1].rule == Rule::TooLong);
    plan.name = " ";
    CHECK(validatePlan(plan, {}).front().rule == Rule::Empty);
    // An unknown id names its rule and the id: a muscle typed in the editor that is not in its list is one.
    n = sample();
    n.factors = {"no-such-factor"};
    CHECK(validateNote(n, {nullptr, &builtCatalogue()}).front().rule == Rule::Unknown);
    CHECK(validateNote(n, {nullptr, &builtCatalogue()}).front().value == "no-such-factor");
    n = sample();
    n.treatments = {{"calf", "", "", 0, std::nullopt, std::nullopt}};
    const auto unknownMuscle = validateNote(n, {nullptr, &builtCatalogue()});
    REQUIRE_FALSE(unknownMuscle.empty());
    CHECK(unknownMuscle.front().pointer == "/treatments/0/muscle");
    CHECK(unknownMuscle.front().rule == Rule::Unknown);
    n = sample();
    n.spots = {{"head.temple", 5, Quality::None}};
    const auto sideless = validateNote(n, {&bodyMap(), nullptr});
    REQUIRE_FALSE(sideless.empty());
    CHECK(sideless.front().rule == Rule::NeedsSide);
    CHECK(sideless.front().value == "head.temple");
}

TEST_CASE("journal: aggregates give a region's and a muscle's days and which treatments helped", "[journal]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    auto note = [&](const std::string& day, int temple, std::vector<Treatment> treatments) {
        Note n;
        n.when = day + "T10:00:00+01:00";
        n.spots = {{"head.temple:right", temple, Quality::None}};
        n.treatments = std::move(treatments);
        return journal->save(n);
    };
    note("2026-11-01", 8, {{"upper-trapezius", "", "Ball", 5, 8, 5}, {"scalenes", "", "stretch", 3, 8, 7}});
    note("2026-11-01", 6, {{"upper-trapezius", "", "ball ", 5, 6, 2}});
    note("2026-11-02", 4,
        {{"upper-trapezius", "", "stretch", 2, 4, 4}, {"upper-trapezius", "", "ball", 2, std::nullopt, 1}});
    const Note trashed = note("2026-11-03", 10, {{"scalenes", "", "stretch", 3, 10, 0}});
    journal->trash(trashed.id);

    const auto temple = journal->regionTrend("head.temple:right");
    REQUIRE(temple.size() == 2);
    CHECK(temple[0].day == "2026-11-01");
    CHECK(temple[0].mean == Approx(7));
    CHECK(temple[0].max == 8);
    CHECK(temple[0].count == 2);
    CHECK(temple[1].mean == Approx(4));
    CHECK(journal->regionTrend("head.temple:right", {"2026-11-02", "2026-11-02"}).size() == 1);
    CHECK(journal->regionTrend("head.temple:left").empty());

    const auto trapezius = journal->muscleTrend("upper-trapezius");
    REQUIRE(trapezius.size() == 2);
    CHECK(*trapezius[0].before == Approx(7));
    CHECK(*trapezius[0].after == Approx(3.5));
    CHECK(trapezius[1].count == 2);
    CHECK(*trapezius[1].before == Approx(4)); // the treatment without "before" does not count there
    CHECK(*trapezius[1].after == Approx(2.5));
}

TEST_CASE("journal: a version-1 journal is migrated to version 2 with every note", "[journal][migration]")
{
    TempDir dir;
    const std::string path = dir.file();
    writeVersion1Journal(path);
    auto journal = Journal::open(path, quiet());
    CHECK(journal->report().migratedFrom == 1);
    CHECK_FALSE(journal->report().created);
    CHECK(journal->count({}) == 2);
    const auto first = journal->get("0b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60");
    REQUIRE(first);
    CHECK(first->when == "2025-03-01T08:30:00+01:00");
    CHECK(first->created == "2025-03-01T07:35:00Z");
    CHECK(first->updated == first->created);
    CHECK(first->intensity == 6);
    REQUIRE(first->spots.size() == 2);
    CHECK(first->spots[0] == Spot {"neck.back:left", 6, Quality::None});
    CHECK(first->tags == std::vector<std::string> {"travel", "sleep"});
    const auto second = journal->get("5a1f0e2d-9c8b-4a7d-b6e5-f4d3c2b1a098");
    REQUIRE(second);
    CHECK_FALSE(second->intensity);
    CHECK(second->tags.empty());
    CHECK(journal->count(query("train")) == 1);
    CHECK(journal->count(query("occiput")) == 1);
    CHECK(journal->integrityProblem().empty());
    journal.reset();
    tmap::db::Database db(path, tmap::db::Database::Mode::ReadOnly);
    CHECK(db.userVersion() == kSchemaVersion); // 1 -> 2 -> 3 in one open
    // The file as it was is kept, and still reads as version 1.
    const auto before = dir.path / "backups" / "journal-before-migration-v1.sqlite";
    REQUIRE(fs::exists(before));
    CHECK(tmap::db::Database(before.string(), tmap::db::Database::Mode::ReadOnly).userVersion() == 1);
    // Reopening does nothing more.
    CHECK(Journal::open(path, quiet())->report().migratedFrom == 0);
}

TEST_CASE("journal: the copy kept before a migration is listed with the backups and can be restored",
    "[journal][migration][backup]")
{
    // The copy was written, but neither the backups dialog nor `tpmap notes backups` showed it.
    TempDir dir;
    const std::string path = dir.file();
    writeVersion1Journal(path);
    auto journal = Journal::open(path, quiet());
    REQUIRE(journal->report().migratedFrom == 1);
    // A file that only looks like one is not listed.
    std::ofstream(dir.path / "backups" / "journal-before-migration-vX.sqlite") << "x";
    std::vector<BackupFile> kept;
    for (const auto& f : Journal::backupFiles(path))
        if (f.kind == BackupFile::Kind::BeforeMigration)
            kept.push_back(f);
    REQUIRE(kept.size() == 1);
    CHECK(fs::path(kept[0].path).filename() == "journal-before-migration-v1.sqlite");
    CHECK(kept[0].fromVersion == 1);
    CHECK(kept[0].bytes == fs::file_size(kept[0].path));
    // Written just now: today's local day and a time of day.
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char today[16];
    std::strftime(today, sizeof today, "%Y-%m-%d", &local);
    CHECK(kept[0].day == today);
    CHECK(std::regex_match(kept[0].time, std::regex("[0-2][0-9]:[0-5][0-9]:[0-5][0-9]")));
    // Looked into by a command that only reads, it is a backup: no daily backup of its own is written beside it.
    const auto notes = journal->count({});
    {
        OpenOptions reading = quiet();
        reading.dailyBackup = true;
        reading.readOnlyWhenNotWritable = true;
        CHECK(Journal::open(kept[0].path, reading)->count({}) == notes);
        CHECK(Journal::backups(kept[0].path).empty());
    }
    // Restoring it gives back the version-1 journal's notes, updated.
    journal->save(sample());
    journal->restoreBackup(kept[0].path);
    CHECK(journal->count({}) == notes);
}

TEST_CASE("journal: bad rows of a version-1 journal do not block the migration, the old file is kept",
    "[journal][migration][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    writeVersion1Journal(path);
    {
        tmap::db::Database db(path);
        auto insert = db.prepare("INSERT INTO note VALUES (?, ?, ?, ?, ?, ?, ?)");
        // Spots that are not JSON; a region the body map does not have and an intensity of 12; a time that is not one.
        insert.bind(1, "aaaaaaaa-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "2025-03-03T08:00:00+01:00");
        insert.bind(3, "2025-03-03T07:00:00Z").bind(4, 5).bind(5, "spots broken").bind(6, "[{").bind(7, "").run();
        insert.bind(1, "bbbbbbbb-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "2025-03-04T08:00:00+01:00");
        insert.bind(3, "2025-03-04T07:00:00Z").bind(4, 5).bind(5, "two bad spots of three");
        insert
            .bind(6,
                R"([{"region": "head.temple:right", "intensity": 4}, {"region": "head.nowhere:left", )"
                R"("intensity": 3}, {"region": "chest.sternum", "intensity": 12}])")
            .bind(7, "a, b")
            .run();
        insert.bind(1, "cccccccc-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "yesterday").bind(3, "2025-03-05T07:00:00Z");
        insert.bind(4, 2).bind(5, "no time").bind(6, "[]").bind(7, "").run();
        // An overall pain of 15: the pain is left out, the note and its text are kept (the whole note was dropped).
        insert.bind(1, "dddddddd-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "2025-03-06T08:00:00+01:00");
        insert.bind(3, "2025-03-06T07:00:00Z").bind(4, 15).bind(5, "pain out of range").bind(6, "[]").bind(7, "");
        insert.run();
        // Its only spot in no region and nothing else: left with nothing, it is not written as an empty note (its
        // export could not be imported again).
        insert.bind(1, "eeeeeeee-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "2025-03-07T08:00:00+01:00");
        insert.bind(3, "2025-03-07T07:00:00Z").bind(4, std::nullopt).bind(5, "");
        insert.bind(6, R"([{"region": "head.nowhere:left", "intensity": 3}])").bind(7, "").run();
    }
    OpenOptions options = quiet();
    options.vocabulary = {&bodyMap(), nullptr};
    auto journal = Journal::open(path, options);
    CHECK(journal->report().migratedFrom == 1);
    CHECK(journal->count({}) == 5); // the two good notes, and the three whose bad parts were left out
    CHECK(journal->report().migratedPartly == 3);
    CHECK(journal->report().notMigrated == 2);
    const auto outOfRange = journal->get("dddddddd-3f2d-4c5b-8a6e-1d2c3b4a5f60");
    REQUIRE(outOfRange);
    CHECK_FALSE(outOfRange->intensity);
    CHECK(outOfRange->text == "pain out of range");
    CHECK_FALSE(journal->get("eeeeeeee-3f2d-4c5b-8a6e-1d2c3b4a5f60"));
    for (const auto& note : journal->list({}))
        CHECK_FALSE(tmap::journal::isEmptyNote(note));
    const auto partial = journal->get("bbbbbbbb-3f2d-4c5b-8a6e-1d2c3b4a5f60");
    REQUIRE(partial);
    CHECK(partial->spots == std::vector<Spot> {{"head.temple:right", 4, Quality::None}});
    CHECK(partial->tags == std::vector<std::string> {"a", "b"});
    CHECK(journal->get("aaaaaaaa-3f2d-4c5b-8a6e-1d2c3b4a5f60")->spots.empty());
    CHECK_FALSE(journal->get("cccccccc-3f2d-4c5b-8a6e-1d2c3b4a5f60"));
    REQUIRE(journal->report().warnings.size() == 1);
    CHECK_THAT(journal->report().warnings.front(),
        Catch::Contains("3 note(s)") && Catch::Contains("2 could not") && Catch::Contains("before-migration-v1"));
    // The version-1 file as it was holds every row, the skipped one too.
    tmap::db::Database before(
        (dir.path / "backups" / "journal-before-migration-v1.sqlite").string(), tmap::db::Database::Mode::ReadOnly);
    auto rows = before.prepare("SELECT count(*) FROM note");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 7);
}

TEST_CASE("journal: a journal the user named starts only in a folder that exists, when asked so", "[journal][safety]")
{
    // The app made a mistyped --journal's folders and an empty journal in them, without a word.
    TempDir dir;
    const fs::path path = dir.path / "no-such-folder" / "pain.sqlite";
    OpenOptions named = quiet();
    named.makeFolder = false;
    try {
        Journal::open(path.string(), named);
        FAIL("opened a journal in a folder that does not exist");
    } catch (const JournalError& e) {
        CHECK(e.reason() == JournalError::Reason::NoFolder);
        CHECK(e.file() == path.string());
        CHECK(e.detail() == (dir.path / "no-such-folder").string());
        CHECK_THAT(e.what(), Catch::Contains("no-such-folder"));
    }
    CHECK_FALSE(fs::exists(dir.path / "no-such-folder"));
    // In a folder that exists it starts as usual; the app's own journal makes its folder.
    CHECK(Journal::open(dir.file("named.sqlite"), named)->report().created);
    CHECK(Journal::open(path.string(), quiet())->report().created);
}

TEST_CASE("journal: files that are not journals are moved aside, never overwritten", "[journal][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    SECTION("a text file")
    {
        writeAll(path, "my shopping list\nmilk\n");
    }
    SECTION("random bytes of an SQLite size")
    {
        std::string bytes(8192, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 7919) % 251);
        writeAll(path, bytes);
    }
    SECTION("another program's SQLite database")
    {
        tmap::db::Database other(path);
        other.exec("CREATE TABLE photos (name TEXT); INSERT INTO photos VALUES ('cat.jpg');");
    }
    SECTION("an SQLite header and nothing else")
    {
        writeAll(path, std::string("SQLite format 3") + std::string(1, '\0') + std::string(84, 'x'));
    }
    const std::string original = readAll(path);
    auto journal = Journal::open(path, quiet());
    const auto& report = journal->report();
    REQUIRE_FALSE(report.movedAside.empty());
    CHECK(report.movedAside.rfind(path + ".broken-", 0) == 0);
    CHECK_FALSE(report.problem.empty());
    CHECK(report.created);
    CHECK(readAll(report.movedAside) == original);
    journal->save(sample());
    CHECK(journal->count({}) == 1);
    CHECK(readAll(report.movedAside) == original);
}

TEST_CASE("journal: a damaged journal moved aside is never written to, only read", "[journal][safety]")
{
    // "notes add --journal FILE.broken-..." moved the damaged file aside again and started a new journal under its
    // name, which backups then listed as the damaged one; the damaged file was listed nowhere.
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(sample());
    writeAll(path, std::string("SQLite format 3") + std::string(1, '\0') + std::string(84, 'x'));
    const std::string aside = Journal::open(path, quiet())->report().movedAside;
    REQUIRE_FALSE(aside.empty());
    const std::string damaged = readAll(aside);
    try {
        Journal::open(aside, quiet())->save(sample());
        FAIL("wrote to a damaged journal moved aside");
    } catch (const JournalError& e) {
        CHECK(e.reason() == JournalError::Reason::IsDamagedCopy);
        CHECK_THAT(e.what(), Catch::Contains(aside) && Catch::Contains("import"));
    }
    CHECK(readAll(aside) == damaged);
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(path).parent_path()))
        files += entry.path().filename().string().find(".broken-") != std::string::npos ? 1 : 0;
    CHECK(files == 1); // not moved aside a second time
    // Names that only look alike are journals like any other.
    for (const char* name : {"notes.broken-2026.sqlite", "a.broken-20261206-1427", "a.broken-20261206-142727-x"}) {
        INFO(name);
        CHECK_NOTHROW(Journal::open(dir.file(name), quiet())->save(sample()));
    }
    CHECK_THROWS_AS(Journal::open(aside + "-2", quiet()), JournalError); // the second of one second
}

TEST_CASE("journal: a damaged journal reached through a link is moved aside where it lies, the link kept",
    "[journal][safety]")
{
    // The link itself was moved aside: the damaged file stayed at the far end under its own name, and the new notes
    // went to a local file in the link's place.
    TempDir dir;
    fs::create_directories(dir.file("synced"));
    const std::string real = dir.file("synced/journal.sqlite");
    const std::string link = dir.file("journal.sqlite");
    Journal::open(real, quiet())->save(sample());
    fs::create_symlink(real, link);
    writeAll(real, std::string("SQLite format 3") + std::string(1, '\0') + std::string(84, 'x'));
    auto opened = Journal::open(link, quiet());
    const std::string aside = opened->report().movedAside;
    REQUIRE_FALSE(aside.empty());
    CHECK(fs::path(aside).parent_path() == fs::path(real).parent_path());
    CHECK(fs::is_symlink(link));
    CHECK(fs::read_symlink(link) == fs::path(real));
    opened->save(sample());
    opened.reset();
    CHECK(fs::is_regular_file(real)); // the new journal, behind the link
    OpenOptions reading = quiet();
    reading.readOnly = true;
    CHECK(Journal::open(real, reading)->count({}) == 1);
    // The damaged copy is listed with the backups of the journal as the user names it (through the link).
    const auto files = Journal::backupFiles(link);
    CHECK(std::any_of(files.begin(), files.end(),
        [&aside](const BackupFile& b) { return b.kind == BackupFile::Kind::Damaged && b.path == aside; }));
}

TEST_CASE("journal: no journal is started or written under a name SQLite gives a working file", "[journal][safety]")
{
    // "--journal pain.sqlite-journal" started a journal that the next open of pain.sqlite took for its leftover
    // rollback journal and deleted, every note with it.
    TempDir dir;
    for (const char* name : {"pain.sqlite-journal", "pain.sqlite-wal", "notes-shm"}) {
        INFO(name);
        try {
            Journal::open(dir.file(name), quiet())->save(sample());
            FAIL("a journal was written under a working file's name");
        } catch (const JournalError& e) {
            CHECK(e.reason() == JournalError::Reason::WorkingFileName);
            CHECK_THAT(e.what(), Catch::Contains(dir.file(name)) && Catch::Contains("nothing was written"));
        }
        CHECK_FALSE(fs::exists(dir.file(name)));
    }
    // One made before (by an earlier version) is read as it lies, and refused for writing with a word to rename it.
    Journal::open(dir.file("old.sqlite"), quiet())->save(sample());
    fs::copy_file(dir.file("old.sqlite"), dir.file("kept-journal"));
    CHECK_THROWS_WITH(Journal::open(dir.file("kept-journal"), quiet()), Catch::Contains("rename this file first"));
    OpenOptions reading = quiet();
    reading.readOnly = true;
    CHECK(Journal::open(dir.file("kept-journal"), reading)->count({}) == 1);
    // ... and by a command that only reads (tpmap notes list, export), which opens to write where it can.
    OpenOptions looking = quiet();
    looking.readOnlyWhenNotWritable = true;
    CHECK(Journal::open(dir.file("kept-journal"), looking)->count({}) == 1);
    // Names that only contain the words are journals like any other.
    for (const char* name : {"wal.sqlite", "my-journal.sqlite", "shm-notes"}) {
        INFO(name);
        CHECK_NOTHROW(Journal::open(dir.file(name), quiet())->save(sample()));
    }
}

TEST_CASE("journal: with moveAsideForeign off, a file of another kind is refused and left alone", "[journal][safety]")
{
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    writeAll(path, "not a journal");
    ::chmod(path.c_str(), 0644);
    OpenOptions o = quiet();
    o.moveAsideForeign = false;
    CHECK_THROWS_WITH(Journal::open(path, o), Catch::Contains(path) && Catch::Contains("left as it is"));
    CHECK(readAll(path) == "not a journal");
    CHECK(modeOf(path) == 0644);
    CHECK(filesIn(dir.path) == std::vector<std::string> {"notes.txt"});
    // A damaged journal is still moved aside: it is ours.
    const std::string journalPath = dir.file();
    Journal::open(journalPath, quiet())->save(sample());
    std::string bytes = readAll(journalPath);
    bytes.resize(bytes.size() / 2);
    writeAll(journalPath, bytes);
    CHECK_FALSE(Journal::open(journalPath, o)->report().movedAside.empty());
}

TEST_CASE("journal: an empty file becomes a journal in place", "[journal][safety]")
{
    TempDir dir;
    writeAll(dir.file(), "");
    auto journal = Journal::open(dir.file(), quiet());
    CHECK(journal->report().movedAside.empty());
    CHECK(journal->report().created);
    journal->save(sample());
    CHECK(filesIn(dir.path) == std::vector<std::string> {"journal.sqlite", "journal.sqlite-shm", "journal.sqlite-wal"});
}

TEST_CASE("journal: a truncated or corrupt journal is moved aside and the newest backup offered", "[journal][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    std::string id;
    {
        OpenOptions o;
        o.day = "2026-11-20";
        auto journal = Journal::open(path, o);
        for (int i = 0; i < 300; ++i) {
            Note n = sample();
            n.text = std::string(500, static_cast<char>('a' + i % 26));
            id = journal->save(n).id;
        }
        journal->backupNow("2026-11-21");
    }
    REQUIRE(fs::file_size(path) > 100'000);
    std::string bytes = readAll(path);
    SECTION("truncated to half, found by the cheap checks")
    {
        bytes.resize(bytes.size() / 2);
        writeAll(path, bytes);
        auto journal = Journal::open(path, quiet());
        CHECK_FALSE(journal->report().movedAside.empty());
        CHECK(readAll(journal->report().movedAside) == bytes);
        CHECK(journal->report().newestBackup == (dir.path / "backups" / "journal-2026-11-21.sqlite").string());
    }
    SECTION("pages overwritten with garbage, found by the integrity check")
    {
        for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 20000; ++i)
            bytes[i] = static_cast<char>(i * 31);
        writeAll(path, bytes);
        OpenOptions o;
        o.day = "2026-11-22"; // the first open of a day runs the full check before it backs up
        auto journal = Journal::open(path, o);
        const auto& report = journal->report();
        CHECK_FALSE(report.movedAside.empty());
        CHECK_THAT(report.problem, Catch::Contains("integrity") || Catch::Contains("malformed"));
        CHECK(readAll(report.movedAside) == bytes);
        CHECK(report.newestBackup == (dir.path / "backups" / "journal-2026-11-21.sqlite").string());
        CHECK(report.backupWritten.empty()); // a fresh, empty journal is not worth a backup slot
        // The moved-aside file is listed with the backups, as damaged (its -wal and -shm are not).
        int damaged = 0;
        for (const auto& f : Journal::backupFiles(path))
            if (f.kind == BackupFile::Kind::Damaged) {
                ++damaged;
                CHECK(f.path == report.movedAside);
                CHECK(f.day.size() == 10);
            }
        CHECK(damaged == 1);

        // The app offers the backup; restoring it brings the notes back.
        const std::string safety = journal->restoreBackup(report.newestBackup).kept;
        CHECK(fs::exists(safety));
        CHECK(journal->count({}) == 300);
        CHECK(journal->get(id));
        CHECK(journal->integrityProblem().empty());
        journal->save(sample());
        CHECK(journal->count({}) == 301);
    }
    SECTION("Check::Always finds it on any open")
    {
        for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 20000; ++i)
            bytes[i] = static_cast<char>(i * 31);
        writeAll(path, bytes);
        OpenOptions o = quiet();
        o.check = OpenOptions::Check::Always;
        CHECK_FALSE(Journal::open(path, o)->report().movedAside.empty());
    }
}

TEST_CASE("journal: a read-only file or folder gives a clear error naming the file", "[journal][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(sample());
    const std::string before = readAll(path);
    SECTION("read-only file")
    {
        ::chmod(path.c_str(), 0400);
        try {
            Journal::open(path, quiet());
            FAIL("opened a read-only journal");
        } catch (const JournalError& e) {
            CHECK_THAT(e.what(), Catch::Contains(path) && Catch::Contains("read-only"));
            // In structure too, for the app to say it in the user's language.
            CHECK(e.reason() == JournalError::Reason::FileReadOnly);
            CHECK(e.file() == path);
        }
        ::chmod(path.c_str(), 0600);
    }
    SECTION("read-only folder")
    {
        ::chmod(dir.path.c_str(), 0500);
        try {
            Journal::open(path, quiet());
            FAIL("opened a journal in a read-only folder");
        } catch (const JournalError& e) {
            CHECK_THAT(e.what(), Catch::Contains(path) && Catch::Contains("read-only"));
            CHECK(e.reason() == JournalError::Reason::FolderReadOnly);
            CHECK(fs::path(e.detail()) == fs::path(dir.path));
        }
        ::chmod(dir.path.c_str(), 0700);
    }
    SECTION("a folder where the file should be")
    {
        const std::string folder = dir.file("folder.sqlite");
        fs::create_directory(folder);
        CHECK_THROWS_WITH(Journal::open(folder, quiet()), Catch::Contains(folder) && Catch::Contains("folder"));
        try {
            Journal::open(folder, quiet());
            FAIL("opened a folder as a journal");
        } catch (const JournalError& e) {
            CHECK(e.reason() == JournalError::Reason::IsFolder);
            CHECK(e.file() == folder);
        }
    }
    CHECK(readAll(path) == before);
}

TEST_CASE("journal: a journal of a newer schema is refused and left alone", "[journal][safety]")
{
    TempDir dir;
    Journal::open(dir.file(), quiet());
    {
        tmap::db::Database db(dir.file());
        db.setUserVersion(kSchemaVersion + 1);
    }
    const std::string before = readAll(dir.file());
    CHECK_THROWS_WITH(Journal::open(dir.file(), quiet()), Catch::Contains("newer version"));
    try {
        Journal::open(dir.file(), quiet());
        FAIL("opened a journal of a newer schema");
    } catch (const JournalError& e) {
        CHECK(e.reason() == JournalError::Reason::NewerVersion);
    }
    CHECK(readAll(dir.file()) == before);
    CHECK(filesIn(dir.path) == std::vector<std::string> {"journal.sqlite"});
}

TEST_CASE(
    "journal: a journal whose tables were changed by hand is called damaged, not failed on later", "[journal][safety]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(sample());
    std::string table;
    SECTION("a table removed")
    {
        tmap::db::Database(path).exec("DROP TABLE note_answer");
        table = "note_answer is missing";
    }
    SECTION("a column removed")
    {
        tmap::db::Database(path).exec("ALTER TABLE plan_step DROP COLUMN technique");
        table = "plan_step does not have the columns";
    }
    SECTION("a column removed from a journal whose number was set back: its update is refused and undone")
    {
        tmap::db::Database db(path);
        db.exec("ALTER TABLE plan_step DROP COLUMN technique");
        db.setUserVersion(2);
        table = "plan_step does not have the columns";
    }
    const std::string before = readAll(path);
    OpenOptions keep = quiet();
    keep.moveAsideDamaged = false; // as tpmap opens it: said, and left as it is
    try {
        Journal::open(path, keep);
        FAIL("opened a journal with a changed table");
    } catch (const JournalError& e) {
        CHECK_THAT(e.what(), Catch::Contains(path) && Catch::Contains("damaged") && Catch::Contains(table));
    }
    CHECK(readAll(path) == before);
    // The app keeps it aside and starts a new journal, as for any damage.
    auto journal = Journal::open(path, quiet());
    CHECK_THAT(journal->report().problem, Catch::Contains(table));
    REQUIRE_FALSE(journal->report().movedAside.empty());
    CHECK(readAll(journal->report().movedAside) == before);
    journal->save(sample());
    CHECK(journal->count({}) == 1);
}

TEST_CASE("journal: a journal whose version was set back by hand is updated and keeps its notes and plans",
    "[journal][migration]")
{
    TempDir dir;
    const std::string path = dir.file();
    {
        auto journal = Journal::open(path, quiet());
        journal->save(sample());
        Plan plan;
        plan.name = "Evening";
        plan.steps.push_back({"upper-trapezius", "", tmap::body::Side::None, ""});
        journal->savePlan(plan);
    }
    tmap::db::Database(path).setUserVersion(2); // its tables are those of the current format
    auto journal = Journal::open(path, quiet());
    CHECK(journal->report().migratedFrom == 2);
    CHECK(journal->count({}) == 1);
    CHECK(journal->plans().size() == 1);
}

TEST_CASE("journal: a journal lost beside its backups is said so, and nothing pushes its backups out while it is "
          "empty",
    "[journal][backup][safety]")
{
    // A deleted (or emptied) journal started over without a word, and the next day's backup of the empty one
    // pushed out the oldest backup of the old notes, a day at a time.
    TempDir dir;
    const std::string path = dir.file();
    OpenOptions o;
    o.day = "2026-11-01";
    Journal::open(path, o)->save(sample());
    o.day = "2026-11-02";
    REQUIRE_FALSE(Journal::open(path, o)->report().backupWritten.empty());
    const auto before = Journal::backups(path);
    REQUIRE(before.size() == 1);
    SECTION("deleted")
    {
        fs::remove(path);
    }
    SECTION("emptied")
    {
        writeAll(path, "");
    }
    o.day = "2026-11-03";
    {
        auto journal = Journal::open(path, o);
        CHECK(journal->report().created);
        CHECK(journal->report().besideBackups);
        CHECK(journal->report().newestBackup == before.front());
    }
    // Opened again, empty: no backup of nothing, so none of the old ones goes; and it is not asked about again.
    for (const char* day : {"2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08", "2026-11-09",
             "2026-11-10", "2026-11-11", "2026-11-12"}) {
        o.day = day;
        auto journal = Journal::open(path, o);
        CHECK(journal->report().backupWritten.empty());
        CHECK_FALSE(journal->report().besideBackups);
    }
    CHECK(Journal::backups(path) == before);
    // The way back: its newest backup.
    auto journal = Journal::open(path, o);
    journal->restoreBackup(before.front());
    CHECK(journal->count({}) == 1);
}

TEST_CASE("journal: a command that writes refuses an automatic backup, which stays as it is", "[journal][backup]")
{
    TempDir dir;
    const std::string path = dir.file();
    OpenOptions o;
    o.day = "2026-11-01";
    Journal::open(path, o)->save(sample());
    o.day = "2026-11-02";
    const std::string backup = Journal::open(path, o)->report().backupWritten;
    REQUIRE_FALSE(backup.empty());
    const std::string before = readAll(backup);
    try {
        Journal::open(backup, quiet())->save(sample());
        FAIL("wrote to a backup");
    } catch (const JournalError& e) {
        CHECK(e.reason() == JournalError::Reason::IsBackup);
        CHECK_THAT(e.what(), Catch::Contains(backup) && Catch::Contains("restore"));
    }
    CHECK(readAll(backup) == before);
    CHECK_FALSE(fs::exists(backup + "-wal"));
    // Reached through a link, to the file or to its folder, it is the same backup (judged by the path's spelling,
    // a link let a note be written into it).
    fs::create_symlink(backup, dir.file("link.sqlite"));
    fs::create_directory_symlink(fs::path(backup).parent_path(), dir.file("linked"));
    const std::string name = fs::path(backup).filename().string();
    for (const std::string& link : {dir.file("link.sqlite"), dir.file("linked/" + name)}) {
        INFO(link);
        try {
            Journal::open(link, quiet())->save(sample());
            FAIL("wrote to a backup through a link");
        } catch (const JournalError& e) {
            CHECK(e.reason() == JournalError::Reason::IsBackup);
        }
    }
    CHECK(readAll(backup) == before);
    // Reading it stays possible.
    OpenOptions reading = quiet();
    reading.readOnlyWhenNotWritable = true;
    CHECK(Journal::open(backup, reading)->count({}) == 1);
    CHECK(readAll(backup) == before);
}

TEST_CASE("journal: a backup that cannot be written is a warning that says the journal is fine", "[journal][backup]")
{
    TempDir dir;
    const std::string path = dir.file();
    OpenOptions o;
    o.day = "2026-11-01";
    Journal::open(path, o)->save(sample());
    writeAll(dir.file("backups"), "a file where the backups folder goes");
    o.day = "2026-11-02";
    auto journal = Journal::open(path, o);
    REQUIRE(journal->report().warnings.size() == 1);
    CHECK_THAT(journal->report().warnings.front(),
        Catch::Contains("no backup today") && Catch::Contains("the journal itself is fine")
            && !Catch::Contains("nothing was changed"));
    journal->save(sample());
    CHECK(journal->count({}) == 2);
}

TEST_CASE("journal: backups are made once a day, the last 7 kept", "[journal][backup]")
{
    TempDir dir;
    const std::string path = dir.file();
    OpenOptions o;
    o.day = "2026-11-01";
    Journal::open(path, o)->save(sample()); // created today: nothing to back up yet
    CHECK_FALSE(fs::exists(dir.path / "backups"));
    for (int day = 1; day <= 10; ++day) {
        o.day = std::string("2026-11-") + (day < 10 ? "0" : "") + std::to_string(day);
        auto journal = Journal::open(path, o);
        CHECK(journal->report().backupWritten == (dir.path / "backups" / ("journal-" + o.day + ".sqlite")).string());
        journal->save(sample());
        const auto stamp = fs::last_write_time(journal->report().backupWritten);
        CHECK(Journal::open(path, o)->report().backupWritten.empty()); // the second open that day does nothing
        CHECK(fs::last_write_time(journal->report().backupWritten) == stamp);
    }
    const auto list = Journal::backups(path);
    REQUIRE(list.size() == 7);
    CHECK(list.front() == (dir.path / "backups" / "journal-2026-11-10.sqlite").string());
    CHECK(list.back() == (dir.path / "backups" / "journal-2026-11-04.sqlite").string());
    CHECK(modeOf((dir.path / "backups").string()) == 0700);
    CHECK(modeOf(list.front()) == 0600);
    // Each backup is a standalone, sound journal holding the notes of its day.
    OpenOptions plain = quiet();
    plain.check = OpenOptions::Check::Always;
    const std::string copy = dir.file("copy.sqlite");
    fs::copy_file(list.front(), copy);
    auto restored = Journal::open(copy, plain);
    CHECK(restored->report().movedAside.empty());
    CHECK(restored->count({}) == 10);
}

TEST_CASE("journal: journals whose names share a stem keep their own backups", "[journal][backup]")
{
    // pain.sqlite, pain.db, pain (no extension) and pain.db.sqlite in one folder: each lists, restores and prunes
    // only its own.
    TempDir dir;
    const std::vector<std::string> names {"pain.sqlite", "pain.db", "pain", "pain.db.sqlite"};
    OpenOptions o;
    o.keepBackups = 2;
    for (const auto& name : names) {
        o.day = "2026-11-01";
        Journal::open(dir.file(name), o)->save(sample());
    }
    for (int day = 2; day <= 4; ++day)
        for (std::size_t i = 0; i < names.size(); ++i) {
            o.day = "2026-11-0" + std::to_string(day);
            auto journal = Journal::open(dir.file(names[i]), o);
            for (std::size_t n = 0; n <= i; ++n) // a different number of notes in each journal
                journal->save(sample());
        }
    const std::vector<std::string> keys {"pain", "pain.db", "pain.", "pain.db.sqlite"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        INFO(names[i]);
        const auto list = Journal::backups(dir.file(names[i]));
        REQUIRE(list.size() == 2);
        CHECK(list.front() == (dir.path / "backups" / (keys[i] + "-2026-11-04.sqlite")).string());
        CHECK(list.back() == (dir.path / "backups" / (keys[i] + "-2026-11-03.sqlite")).string());
        CHECK(Journal::backupFiles(dir.file(names[i])).size() == 2);
        // The newest backup holds this journal's notes: 1 on the first day, then i + 1 more each day before it.
        const std::string copy = dir.file("copy-" + std::to_string(i) + ".sqlite");
        fs::copy_file(list.front(), copy);
        CHECK(Journal::open(copy, quiet())->count({}) == 1 + 2 * static_cast<int>(i + 1));
    }
    CHECK(filesIn((dir.path / "backups").string()).size() == 8); // nothing of one journal pruned by another
    // A restore saves the current content under the journal's own name.
    o.day = "2026-11-04";
    auto db = Journal::open(dir.file("pain.db"), o);
    const std::string safety = db->restoreBackup(Journal::backups(dir.file("pain.db")).back()).kept;
    CHECK(fs::path(safety).filename().string().starts_with("pain.db-before-restore-"));
    CHECK(Journal::backupFiles(dir.file("pain.db")).size() == 3);
    CHECK(Journal::backupFiles(dir.file("pain.sqlite")).size() == 2);
    CHECK(Journal::backupFiles(dir.file("pain")).size() == 2);
    CHECK(Journal::backupFiles(dir.file("pain.db.sqlite")).size() == 2);
}

TEST_CASE("journal: restoring refuses a damaged or foreign backup", "[journal][backup]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->save(sample());
    writeAll(dir.file("junk.sqlite"), "nope");
    CHECK_THROWS_WITH(journal->restoreBackup(dir.file("junk.sqlite")), Catch::Contains("junk.sqlite"));
    CHECK_THROWS_WITH(journal->restoreBackup(dir.file("missing.sqlite")), Catch::Contains("missing.sqlite"));
    {
        tmap::db::Database other(dir.file("other.sqlite"));
        other.exec("CREATE TABLE t (a)");
    }
    CHECK_THROWS_AS(journal->restoreBackup(dir.file("other.sqlite")), JournalError);
    // The journal itself is not a backup: restoring it would replace the only copy kept before a restore.
    CHECK_THROWS_WITH(journal->restoreBackup(dir.file()), Catch::Contains("the journal itself"));
    CHECK(journal->count({}) == 1);
    CHECK_FALSE(fs::exists(dir.path / "backups"));
}

TEST_CASE("journal: every restore keeps the journal as it was, also two in the same second", "[journal][backup]")
{
    TempDir dir;
    OpenOptions o; // with the daily backup
    o.day = "2026-11-01";
    auto journal = Journal::open(dir.file(), o);
    journal->save(sample());
    const std::string oneNote = journal->backupNow("2026-11-01");
    for (int i = 0; i < 3; ++i)
        journal->save(sample());
    REQUIRE(journal->count({}) == 4);
    // Restored twice in a row (well within a second): the first copy holds the 4 notes, the second the 1 restored.
    const std::string first = journal->restoreBackup(oneNote).kept;
    const std::string second = journal->restoreBackup(oneNote).kept;
    CHECK(first != second);
    OpenOptions reading = quiet(); // as a command that only reads opens a file (a backup is never written to)
    reading.readOnlyWhenNotWritable = true;
    CHECK(Journal::open(first, reading)->count({}) == 4);
    CHECK(Journal::open(second, reading)->count({}) == 1);
    // Both are listed as copies kept before a restore, newest first.
    const auto files = Journal::backupFiles(dir.file());
    int kept = 0;
    for (const auto& f : files)
        kept += f.kind == BackupFile::Kind::BeforeRestore;
    CHECK(kept == 2);
}

TEST_CASE("journal: a backup in an older format is restored already updated, the backup left as it was",
    "[journal][backup][migration]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->save(sample());
    journal->save(sample());
    // Two older backups: version 3 (before the answers' table) and version 1 (Trigger Map 0.0.x).
    const std::string v3 = journal->backupNow("2026-11-02");
    tmap::db::Database(v3).exec("DROP TABLE note_answer; PRAGMA user_version = 3;");
    const std::string v1 = (dir.path / "backups" / "journal-2026-11-01.sqlite").string();
    writeVersion1Journal(v1);
    {
        // One row whose spots are not JSON: its update leaves them out (the backup keeps the row as it was).
        tmap::db::Database db(v1);
        auto insert = db.prepare("INSERT INTO note VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, "aaaaaaaa-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "2025-03-03T08:00:00+01:00");
        insert.bind(3, "2025-03-03T07:00:00Z").bind(4, 5).bind(5, "spots broken").bind(6, "[{").bind(7, "").run();
    }
    const auto v1Bytes = readAll(v1);
    journal->save(sample());
    REQUIRE(journal->count({}) == 3);

    journal->restoreBackup(v3);
    CHECK(journal->count({}) == 2);
    CHECK(tmap::db::Database(dir.file(), tmap::db::Database::Mode::ReadOnly).userVersion() == kSchemaVersion);
    // The restored journal takes a note with answers at once: its tables are the current ones.
    Note answered = sample();
    answered.answers = {{"press:upper-trapezius-1:right", Reply::Yes}};
    const Note saved = journal->save(answered);
    CHECK(journal->get(saved.id)->answers.size() == 1);

    // Updated in place after the restore, that row stopped the update with the journal in the old format (no copy
    // of it as it was could be kept); updated first, in a copy, it is kept without its broken spots.
    CHECK(journal->restoreBackup(v1).notesWithoutAPart == 1); // said, not only done
    CHECK(journal->count({}) == 3);
    CHECK(journal->get("aaaaaaaa-3f2d-4c5b-8a6e-1d2c3b4a5f60")->spots.empty());
    const auto old = journal->get("0b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60");
    REQUIRE(old);
    CHECK(old->tags == std::vector<std::string> {"travel", "sleep"});
    CHECK(tmap::db::Database(dir.file(), tmap::db::Database::Mode::ReadOnly).userVersion() == kSchemaVersion);
    // The backups themselves are untouched.
    CHECK(readAll(v1) == v1Bytes);
    CHECK(tmap::db::Database(v3, tmap::db::Database::Mode::ReadOnly).userVersion() == 3);
    // A folder an interrupted restore left behind goes once it is a day old; a newer one (another program's restore
    // may be under way) stays.
    const fs::path stale = dir.path / "backups" / ".restoring-journal-20261101-080000";
    const fs::path fresh = dir.path / "backups" / ".restoring-journal-20261205-080000";
    fs::create_directories(stale);
    fs::create_directories(fresh);
    writeAll((stale / "journal.sqlite").string(), "half a copy");
    fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::hours(25));
    journal->restoreBackup(v3);
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(fresh));
    fs::remove(fresh);
    const auto left = filesIn(dir.path / "backups");
    CAPTURE(left);
    // The copies updated on the way are gone: only the two backups and the three copies kept before the restores.
    CHECK(left.size() == 5);
    for (const auto& name : left)
        CHECK((name.starts_with("journal-2026-11-0") || name.starts_with("journal-before-restore-")));
}

TEST_CASE("journal: a backup in an older format whose update would leave whole notes out is not restored",
    "[journal][backup][migration][safety]")
{
    // Restored, its update dropped the notes the rules refuse and said only "Restored": they were gone from the
    // journal once the backup aged out, and the copy the update kept went with the staging folder.
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->save(sample());
    fs::create_directories(dir.path / "backups");
    const std::string v1 = (dir.path / "backups" / "journal-2026-11-01.sqlite").string();
    writeVersion1Journal(v1);
    {
        tmap::db::Database db(v1);
        auto insert = db.prepare("INSERT INTO note VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, "cccccccc-3f2d-4c5b-8a6e-1d2c3b4a5f60").bind(2, "yesterday").bind(3, "2025-03-05T07:00:00Z");
        insert.bind(4, 2).bind(5, "no time").bind(6, "[]").bind(7, "").run();
    }
    const auto v1Bytes = readAll(v1);
    const auto before = journal->list({});
    REQUIRE_THROWS_WITH(journal->restoreBackup(v1),
        Catch::Contains("1 of its notes could not be brought up to date") && Catch::Contains("nothing was restored")
            && Catch::Contains("the backup is unchanged"));
    CHECK(journal->list({}) == before);
    CHECK(readAll(v1) == v1Bytes);
    for (const auto& name : filesIn(dir.path / "backups")) // no staging folder, no copy of the journal left
        CHECK(name == "journal-2026-11-01.sqlite");
}

TEST_CASE("journal: a backup opened to look into it gets no backup of its own", "[journal][backup]")
{
    TempDir dir;
    OpenOptions o; // with the daily backup
    o.day = "2026-11-01";
    auto journal = Journal::open(dir.file(), o);
    journal->save(sample());
    const std::string daily = journal->backupNow("2026-11-01");
    const std::string kept = journal->restoreBackup(daily).kept;
    journal.reset();
    o.day = "2026-11-02";
    o.readOnlyWhenNotWritable = true; // as a command that only reads opens it (one that writes is refused)
    for (const auto& backup : {daily, kept}) {
        INFO(backup);
        CHECK(Journal::open(backup, o)->count({}) == 1);
        CHECK_FALSE(fs::exists(dir.path / "backups" / "backups"));
    }
    // A journal of its own in a folder that happens to be called backups is backed up as any other.
    fs::create_directories(dir.path / "mine" / "backups");
    const std::string own = (dir.path / "mine" / "backups" / "journal.sqlite").string();
    o.readOnlyWhenNotWritable = false;
    Journal::open(own, o)->save(sample());
    o.day = "2026-11-03";
    Journal::open(own, o); // the first open of a day backs up (not the one that made the journal)
    CHECK(fs::exists(dir.path / "mine" / "backups" / "backups"));
}

TEST_CASE("journal: two connections write at the same time and lose nothing", "[journal][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet());
    constexpr int kPerWriter = 150;
    std::atomic<int> failures {0};
    auto writer = [&](int who) {
        try {
            auto journal = Journal::open(path, quiet());
            for (int i = 0; i < kPerWriter; ++i) {
                Note n = sample();
                n.text = std::string("writer ") + (who == 1 ? "alpha" : "beta") + " note " + std::to_string(i);
                journal->save(n);
                if (i % 10 == 0)
                    journal->list(query({}, {}, 0, 20));
            }
        } catch (const std::exception& e) {
            ++failures;
            WARN(e.what());
        }
    };
    std::thread a(writer, 1), b(writer, 2);
    a.join();
    b.join();
    CHECK(failures == 0);
    auto journal = Journal::open(path, quiet());
    CHECK(journal->count({}) == 2 * kPerWriter);
    CHECK(journal->count(query("writer beta")) == kPerWriter);
    CHECK(journal->integrityProblem().empty());
}

// Run only as the other program of the test below (hidden, and a no-op without its journal).
TEST_CASE("journal: (another program) opens the journal", "[.][helper]")
{
    const char* path = std::getenv("TM_OTHER_PROGRAM_JOURNAL");
    if (!path)
        return;
    CHECK(Journal::open(path, quiet())->count({}) == 1);
}

TEST_CASE("journal: another program that opens and closes the journal never deletes the log this one writes to",
    "[journal][concurrency]")
{
    // The app holds two connections (a writer and a reader); a second Journal opened in the same process must not
    // drop the first one's locks (POSIX locks belong to the process, and closing any descriptor of the file releases
    // them all). Then `tpmap`, another process, took the file for unused when it closed it and deleted the -wal and
    // -shm: the app's later saves went to a deleted file and were lost when it closed.
    TempDir dir;
    const std::string path = dir.file();
    auto writer = Journal::open(path, quiet());
    writer->save(sample());
    auto reader = Journal::open(path, quiet());
    REQUIRE(reader->count({}) == 1);
    // The other program: this test binary again, a new process (not a fork: SQLite's state must not be shared).
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::setenv("TM_OTHER_PROGRAM_JOURNAL", path.c_str(), 1);
        ::execl("/proc/self/exe", "core_tests", "--warn", "NoTests", "journal: (another program) opens the journal",
            static_cast<char*>(nullptr));
        std::_Exit(3);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(fs::exists(path + "-wal"));
    CHECK(fs::exists(path + "-shm"));
    Note later = sample("2026-11-26T09:00:00+01:00");
    later.text = "saved after the other program closed the journal";
    writer->save(later);
    reader.reset();
    writer.reset();
    CHECK(Journal::open(path, quiet())->count(query("other program closed")) == 1);
}

TEST_CASE("journal: a write waits out another program's lock, and says busy when it lasts", "[journal][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file();
    auto journal = Journal::open(path, quiet());
    std::atomic<bool> locked {false};
    auto holdLock = [&](int ms) {
        tmap::db::Database other(path, tmap::db::Database::Mode::ReadWrite);
        other.exec("BEGIN IMMEDIATE");
        locked = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        other.exec("COMMIT");
    };
    {
        std::thread holder(holdLock, 400);
        while (!locked)
            std::this_thread::yield();
        const auto t0 = std::chrono::steady_clock::now();
        journal->save(sample());
        CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(300));
        holder.join();
    }
    CHECK(journal->count({}) == 1);

    OpenOptions impatient = quiet();
    impatient.busyTimeoutMs = 20;
    auto hurried = Journal::open(path, impatient);
    locked = false;
    std::thread holder(holdLock, 1500);
    while (!locked)
        std::this_thread::yield();
    CHECK_THROWS_WITH(hurried->save(sample()), Catch::Contains(path) && Catch::Contains("busy"));
    holder.join();
    CHECK(journal->count({}) == 1);
}

TEST_CASE(
    "journal: a write that waits for another program says so once, as it starts to wait", "[journal][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(sample());
    OpenOptions o = quiet();
    o.busyTimeoutMs = 20;
    o.writeAttempts = 3;
    int said = 0;
    o.onWait = [&said] { ++said; };
    auto journal = Journal::open(path, o);
    tmap::db::Database other(path);
    other.exec("BEGIN IMMEDIATE");
    CHECK_THROWS_WITH(journal->save(sample()), Catch::Contains("busy"));
    CHECK(said == 1);
    other.exec("ROLLBACK");
    journal->save(sample());
    CHECK(said == 1);
    CHECK(journal->count({}) == 2);
}

TEST_CASE("journal: a write that may not wait says busy at once, waitUntilWritable waits on its own connection",
    "[journal][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file();
    auto journal = Journal::open(path, quiet());
    journal->save(sample());
    journal->setBusyWait(100, 1); // what the app does: its UI thread never waits on a lock
    tmap::db::Database other(path);
    other.exec("BEGIN IMMEDIATE");
    const auto start = std::chrono::steady_clock::now();
    try {
        journal->save(sample());
        FAIL("saved while another program held the lock");
    } catch (const JournalError& e) {
        CHECK(e.busy());
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(400));
    std::atomic<bool> cancel {false};
    CHECK_FALSE(Journal::waitUntilWritable(path, 200, cancel)); // still held
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.exec("ROLLBACK");
    });
    CHECK(Journal::waitUntilWritable(path, 10000, cancel));
    release.join();
    journal->save(sample());
    CHECK(journal->count({}) == 2);
    other.exec("BEGIN IMMEDIATE");
    cancel = true;
    const auto cancelled = std::chrono::steady_clock::now();
    CHECK_FALSE(Journal::waitUntilWritable(path, 10000, cancel));
    CHECK(std::chrono::steady_clock::now() - cancelled < std::chrono::milliseconds(500));
    other.exec("ROLLBACK");
}

TEST_CASE("journal: opening a current journal takes no write lock, so it never waits for another program",
    "[journal][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file();
    Journal::open(path, quiet())->save(sample());
    tmap::db::Database other(path);
    other.exec("BEGIN IMMEDIATE"); // another program is writing
    other.exec("DELETE FROM note_tag");
    OpenOptions firstOfDay; // the integrity check and the backup of the day's first open only read
    firstOfDay.day = "2031-05-01";
    firstOfDay.busyTimeoutMs = 20;
    firstOfDay.writeAttempts = 1;
    const auto start = std::chrono::steady_clock::now();
    auto journal = Journal::open(path, firstOfDay);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(1000));
    CHECK_FALSE(journal->report().backupWritten.empty());
    CHECK(journal->count({}) == 1);
    other.exec("ROLLBACK");

    // A new journal must write its schema: under another program's lock that is a busy error the caller can wait
    // out (and nothing is left half made: the next open creates it).
    const std::string fresh = dir.file("fresh.sqlite");
    {
        tmap::db::Database creator(fresh);
        creator.exec("PRAGMA journal_mode = WAL");
        creator.exec("BEGIN IMMEDIATE");
        OpenOptions hurried = quiet();
        hurried.busyTimeoutMs = 20;
        hurried.writeAttempts = 1;
        try {
            Journal::open(fresh, hurried);
            FAIL("created the schema under another program's lock");
        } catch (const JournalError& e) {
            CHECK(e.busy());
            CHECK_THAT(e.what(), Catch::Contains(fresh));
        }
        creator.exec("ROLLBACK");
    }
    CHECK(Journal::open(fresh, quiet())->report().created);
}

TEST_CASE("journal: calendar arithmetic holds across the epoch and over leap days and centuries", "[journal]")
{
    // Seconds since 1970-01-01T00:00:00Z, from `date -u -d ... +%s`.
    const std::pair<const char*, std::int64_t> known[] = {
        {"1970-01-01T00:00:00Z", 0},
        {"1969-12-31T23:59:59Z", -1},
        {"0001-01-01T00:00:00Z", -62135596800},
        {"1900-03-01T00:00:00Z", -2203891200},
        {"2000-02-29T12:00:00Z", 951825600},
        {"2100-03-01T00:00:00Z", 4107542400},
        {"9999-12-31T23:59:59Z", 253402300799},
    };
    for (const auto& [text, utc] : known) {
        const auto t = parseTimestamp(text);
        REQUIRE(t);
        CHECK(t->utc == utc);
        CHECK(formatTimestamp(utc, 0) == std::string(text).substr(0, 19) + "+00:00");
    }
    // A local day that is another UTC day, both ways.
    CHECK(parseTimestamp("2026-01-01T00:30:00+01:00")->utc == parseTimestamp("2025-12-31T23:30:00Z")->utc);
    CHECK(formatTimestamp(parseTimestamp("2025-12-31T23:30:00Z")->utc, 60) == "2026-01-01T00:30:00+01:00");
    CHECK(formatTimestamp(0, -60) == "1969-12-31T23:00:00-01:00");
    CHECK(isDay("2000-02-29"));
    CHECK_FALSE(isDay("1900-02-29"));
    CHECK_FALSE(isDay("2100-02-29"));
    CHECK_FALSE(isDay("0000-01-01"));
    CHECK_FALSE(isDay("2026-00-10"));
    CHECK_FALSE(isDay("2026-04-00"));
}

TEST_CASE("journal: timestamps and days parse strictly", "[journal]")
{
    const auto t = parseTimestamp("2026-11-25T08:30:00+01:00");
    REQUIRE(t);
    CHECK(t->day == "2026-11-25");
    CHECK(t->offsetMinutes == 60);
    CHECK(t->utc == parseTimestamp("2026-11-25T07:30:00Z")->utc);
    CHECK(formatTimestamp(t->utc, 60) == "2026-11-25T08:30:00+01:00");
    CHECK(formatTimestamp(t->utc, -330) == "2026-11-25T02:00:00-05:30");
    CHECK(parseTimestamp("2024-02-29T23:59:59-12:00"));
    for (const char* bad : {"", "2026-11-25", "2026-11-25T08:30:00", "2026-11-25T08:30+01:00", "2026-13-01T00:00:00Z",
             "2025-02-29T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T08:30:00+15:00", "2026-11-25T08:30:00+01:00 ",
             "2026-11-25 08:30:00Z", "२०२६-11-25T08:30:00Z"})
        CHECK_FALSE(parseTimestamp(bad));
    CHECK(isDay("2026-11-25"));
    CHECK_FALSE(isDay("2026-11-31"));
    CHECK(parseTimestamp(nowLocal()));
    CHECK(parseTimestamp(nowUtc()));
}

TEST_CASE("journal: ids are random version-4 UUIDs", "[journal]")
{
    std::set<std::string> ids;
    for (int i = 0; i < 10000; ++i) {
        const auto id = newUuid();
        REQUIRE(isUuid(id));
        CHECK(id[14] == '4');
        CHECK(std::string("89ab").find(id[19]) != std::string::npos);
        ids.insert(id);
    }
    CHECK(ids.size() == 10000);
    CHECK_FALSE(isUuid("0B7E9C1A-3F2D-4C5B-8A6E-1D2C3B4A5F60"));
    CHECK_FALSE(isUuid("0b7e9c1a3f2d4c5b8a6e1d2c3b4a5f60"));
}

TEST_CASE("journal: search pages are exact whether the newest notes hold the page or not", "[journal][search]")
{
    // Notes are saved out of time order, so row ids and days disagree; "common" is in two notes of three, "rare"
    // in one of fifty. Every page must equal the brute-force answer: all live notes, newest first, filtered here.
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    std::mt19937 random(7);
    std::vector<Note> all;
    for (int i = 0; i < 900; ++i) {
        const int day = 1 + static_cast<int>(random() % 28);
        Note n = sample("2026-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "T"
            + std::to_string(10 + static_cast<int>(random() % 10)) + ":00:00+01:00");
        n.text = std::string(i % 3 ? "common words here" : "other text") + (i % 50 == 0 ? " rare" : "");
        n.tags.clear();
        journal->save(n);
    }
    ListQuery everything = query({}, {}, 0, 100000);
    const auto newestFirst = journal->list(everything);
    REQUIRE(newestFirst.size() == 900);
    for (const std::string word : {"common", "rare", "commo"}) {
        std::vector<std::string> expected;
        for (const auto& n : newestFirst)
            if (n.text.find(word) != std::string::npos)
                expected.push_back(n.id);
        for (const std::int64_t offset : {0, 50, 550, 580, 700}) {
            std::vector<std::string> got;
            for (const auto& n : journal->list(query(word, {}, offset, 50)))
                got.push_back(n.id);
            const auto from = std::min<std::size_t>(expected.size(), static_cast<std::size_t>(offset));
            const auto to = std::min<std::size_t>(expected.size(), from + 50);
            INFO("search " << word << " offset " << offset);
            CHECK(got
                == std::vector<std::string>(expected.begin() + static_cast<std::ptrdiff_t>(from),
                    expected.begin() + static_cast<std::ptrdiff_t>(to)));
        }
    }
}
