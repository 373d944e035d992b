// Journal export and import: the JSON document round-trips, CSV quotes per RFC 4180, and a bad import file -
// malformed, wrongly typed, out of range, oversized, not UTF-8, unknown ids - is named with the place in it and the
// problem, and changes nothing.
#include <catch2/catch.hpp>

#include <ctime>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support/catalogue_fixture.h"
#include "body/body_map.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal/user_files.h"

namespace fs = std::filesystem;
using namespace tmap::journal;
using nlohmann::json;

#include "journal_fixture.h"

namespace {

using tmap::test::bodyMap;
using tmap::test::query;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

json validNote(const std::string& id)
{
    return {{"id", id}, {"when", "2026-11-25T08:30:00+01:00"}, {"created_at", "2026-11-25T07:31:00Z"},
        {"updated_at", "2026-11-25T07:31:00Z"}, {"intensity", 6}, {"text", "Headache"},
        {"spots", {{{"region", "head.temple:right"}, {"intensity", 7}, {"quality", "throbbing"}}}}, {"tags", {"work"}},
        {"factors", {"long-sitting"}},
        {"treatments",
            {{{"muscle", "upper-trapezius"}, {"trigger_point", nullptr}, {"technique", "ball"}, {"minutes", 5},
                {"before", 7}, {"after", 4}}}}};
}

json document(std::vector<json> notes)
{
    return {
        {"format", "trigger-map-journal"}, {"version", 1}, {"exported_at", "2026-11-25T09:00:00Z"}, {"notes", notes}};
}

const char* kId1 = "11111111-2222-4333-8444-555555555555";
const char* kId2 = "66666666-7777-4888-9999-aaaaaaaaaaaa";

/// Expects parseExport to refuse `text` at `pointer` with a message containing `words`.
void refused(const std::string& text, const std::string& pointer, const std::string& words,
    const Vocabulary& vocabulary = {&bodyMap(), nullptr})
{
    INFO("expect " << (pointer.empty() ? "(file)" : pointer) << ": " << words);
    try {
        parseExport(text, "notes.json", vocabulary);
        FAIL("accepted a bad document");
    } catch (const ImportError& e) {
        CHECK(e.file() == "notes.json");
        CHECK(e.pointer() == pointer);
        CHECK_THAT(e.problem(), Catch::Contains(words));
        CHECK_THAT(e.what(), Catch::Contains("notes.json"));
    }
}

void write(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST_CASE("import: an export round-trips into another journal", "[journal][import]")
{
    TempDir dir;
    auto source = Journal::open(dir.file("a.sqlite"), quiet());
    Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.spots = {{"head.temple:right", 7, Quality::Throbbing}, {"chest.sternum", 2, Quality::None}};
    n.text = "Line one\nLine \"two\", with comma; and unicode: Schläfe 頭痛";
    n.tags = {"work", "a,b"};
    n.factors = {"poor-sleep"};
    n.treatments
        = {{"upper-trapezius", "upper-trapezius-1", "ball", 5, 7, 4}, {"scalenes", "", "", 0, std::nullopt, 3}};
    const Note a = source->save(n);
    n.when = "2026-11-26T08:30:00+01:00";
    const Note b = source->save(n);
    source->trash(source->save(n).id); // the trash is not exported

    const std::string file = dir.file("export.json");
    CHECK(exportToFile(*source, file, Format::Json) == 2);
    auto target = Journal::open(dir.file("b.sqlite"), quiet());
    const auto result = importJson(*target, file, {OnDuplicate::Skip, {&bodyMap(), nullptr}});
    CHECK(result.added == 2);
    CHECK(*target->get(a.id) == a);
    CHECK(*target->get(b.id) == b);

    std::ifstream in(file);
    const auto doc = json::parse(in);
    CHECK(doc["format"] == "trigger-map-journal");
    CHECK(doc["version"] == kExportVersion);
    CHECK(doc["plans"].empty()); // version 2: the plans go with every export
    CHECK(parseTimestamp(doc["exported_at"].get<std::string>()));
    CHECK(doc["notes"][0]["id"] == a.id); // oldest first

    std::ostringstream ranged;
    CHECK(exportJson(*source, ranged, {"2026-11-26", "2026-11-26"}) == 1);
    CHECK(json::parse(ranged.str())["notes"][0]["id"] == b.id);
    std::ostringstream none;
    CHECK(exportJson(*source, none, {"2030-01-01", ""}) == 0);
    CHECK(json::parse(none.str())["notes"].empty());
}

TEST_CASE("import: the journal itself or its working files are refused before they are opened", "[journal][import]")
{
    TempDir dir;
    const std::string path = dir.file("j.sqlite");
    auto journal = Journal::open(path, quiet());
    write(dir.file("one.json"), document({validNote(kId1)}).dump());
    REQUIRE(importJson(*journal, dir.file("one.json")).added == 1);
    fs::create_symlink(path, dir.file("link.sqlite"));
    for (const std::string& file : {path, path + "-wal", path + "-shm", dir.file("link.sqlite")}) {
        INFO(file);
        REQUIRE(fs::exists(file));
        try {
            importFile(*journal, file);
            FAIL("imported the journal's own file");
        } catch (const ImportError& e) {
            CHECK(e.file() == file);
            CHECK_THAT(e.problem(), Catch::Contains("the pain journal itself"));
        }
        CHECK_THROWS_AS(importJson(*journal, file), ImportError);
    }
    CHECK(journal->count({}) == 1);
    // An export beside it is not the journal.
    CHECK_FALSE(isJournalOrWorkingFile(dir.file("one.json"), path));
    CHECK(isJournalOrWorkingFile(path, path));
    // A backup is read as a journal (its notes, here all already in it: nothing added); a JSON import calls it a
    // database; an empty file is called what it is (not a CSV without its header).
    REQUIRE(journal->backupNow("2026-11-01").size() > 0);
    const std::string backup = Journal::backups(path).front();
    const auto fromBackup = importFile(*journal, backup);
    CHECK(fromBackup.added == 0);
    CHECK(fromBackup.skipped == 1);
    CHECK_THROWS_WITH(importJson(*journal, backup), Catch::Contains("a database"));
    write(dir.file("empty.json"), " \n");
    CHECK_THROWS_WITH(importFile(*journal, dir.file("empty.json")), Catch::Contains("the file is empty"));
    CHECK(journal->count({}) == 1);
}

TEST_CASE("import: duplicates are skipped or updated as the caller chooses", "[journal][import]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file("j.sqlite"), quiet());
    write(dir.file("one.json"), document({validNote(kId1)}).dump());
    CHECK(importJson(*journal, dir.file("one.json")).added == 1);
    json changed = validNote(kId1);
    changed["text"] = "changed";
    write(dir.file("two.json"), document({changed, validNote(kId2)}).dump());
    auto skip = importJson(*journal, dir.file("two.json"), {OnDuplicate::Skip, {}});
    CHECK(skip.added == 1);
    CHECK(skip.skipped == 1);
    CHECK(journal->get(kId1)->text == "Headache");
    auto update = importJson(*journal, dir.file("two.json"), {OnDuplicate::Update, {}});
    CHECK(update.updated == 1); // the changed one
    CHECK(update.unchanged == 1); // the other is here exactly as in the file: not written, not counted as updated
    const auto again = importJson(*journal, dir.file("two.json"), {OnDuplicate::Update, {}});
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 2);
    CHECK(journal->get(kId1)->text == "changed");
    CHECK(journal->count({}) == 2);
    CHECK(journal->count(query("changed")) == 1);
    CHECK(journal->count(query("headache")) == 1);
    // A note of the file that is in the trash here is counted as such, skipped or unchanged (it stays there).
    CHECK(again.inTrash == 0);
    REQUIRE(journal->trash(kId1));
    CHECK(importJson(*journal, dir.file("two.json"), {OnDuplicate::Skip, {}}).inTrash == 1);
    CHECK(importJson(*journal, dir.file("two.json"), {OnDuplicate::Update, {}}).inTrash == 1);
    REQUIRE(journal->restore(kId1));
    // A changed note from a file without update times is stamped now, not with the time it had here.
    json later = validNote(kId2);
    later["text"] = "changed later";
    later.erase("updated_at");
    write(dir.file("three.json"), document({later}).dump());
    CHECK(importJson(*journal, dir.file("three.json"), {OnDuplicate::Update, {}}).updated == 1);
    CHECK(journal->get(kId2)->updated != "2026-11-25T07:31:00Z");
    // An older export imported again does not undo an edit made here since: the note changed here later stays.
    Note edited = *journal->get(kId1);
    edited.text = "edited here since";
    journal->save(edited);
    const auto older = importJson(*journal, dir.file("two.json"), {OnDuplicate::Update, {}});
    // (kId2 too: three.json's import above stamped it now, after two.json's copy.)
    CHECK(older.updated == 0);
    CHECK(older.skipped == 2);
    CHECK(older.newerHere == 2);
    CHECK(journal->get(kId1)->text == "edited here since");
    CHECK(journal->get(kId2)->text == "changed later");

    // An update time from a wrong clock (year 9999) is taken as the import's: kept, it made the journal's copy newer
    // than any later file's, and no import could update the note again.
    const std::string kId3 = "33333333-3333-4333-8333-333333333333";
    json wrongClock = validNote(kId3);
    wrongClock["text"] = "from a wrong clock";
    wrongClock["updated_at"] = "9999-12-31T23:59:59Z";
    write(dir.file("ahead.json"), document({wrongClock}).dump());
    CHECK(importJson(*journal, dir.file("ahead.json"), {OnDuplicate::Update, {}}).added == 1);
    CHECK(journal->get(kId3)->updated.substr(0, 4) != "9999");
    // The same file again is not newer than the journal's copy: an edit made here since stays.
    Note mine = *journal->get(kId3);
    mine.text = "edited here";
    journal->save(mine);
    const auto reimported = importJson(*journal, dir.file("ahead.json"), {OnDuplicate::Update, {}});
    CHECK(reimported.newerHere == 1);
    CHECK(journal->get(kId3)->text == "edited here");
    // A copy corrected since (an hour later, by a clock set right) updates it.
    const std::time_t hourLater = std::time(nullptr) + 3600;
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&hourLater));
    json corrected = validNote(kId3);
    corrected["text"] = "corrected";
    corrected["updated_at"] = stamp;
    write(dir.file("corrected.json"), document({corrected}).dump());
    CHECK(importJson(*journal, dir.file("corrected.json"), {OnDuplicate::Update, {}}).updated == 1);
    CHECK(journal->get(kId3)->text == "corrected");
}

TEST_CASE("import: malformed JSON names the file, the byte and the problem", "[journal][import]")
{
    refused("", "", "not valid JSON");
    refused("{\"format\": ", "", "not valid JSON at byte");
    refused("{\"notes\": [1, 2,]}", "", "line 1");
    refused("{\n\"a\": 1\n\"b\": 2}", "", "line 3");
    // In the reader's words: no library exception name, the place said once.
    try {
        parseExport("{bad json", "notes.json", {&bodyMap(), nullptr});
        FAIL("accepted a bad document");
    } catch (const ImportError& e) {
        const std::string problem = e.problem();
        CHECK(problem.find("json.exception") == std::string::npos);
        CHECK(problem.find("line 1") == problem.rfind("line 1"));
        CHECK_THAT(problem, Catch::Contains("syntax error"));
    }
    // A file cut off inside a long note: the message quotes only the end of what was read, not the whole note.
    try {
        std::string text = "{\"format\": \"trigger-map-journal\", \"notes\": [{\"text\": \"";
        for (int i = 0; i < 300; ++i)
            text += "private words ";
        parseExport(text, "notes.json", {&bodyMap(), nullptr});
        FAIL("accepted a bad document");
    } catch (const ImportError& e) {
        const std::string problem = e.problem();
        CHECK(problem.size() < 300);
        CHECK_THAT(problem,
            Catch::Contains("missing closing quote") && Catch::Contains("last read: '...")
                && Catch::Contains("private words"));
    }
    refused("[]", "", "must be an object");
    refused("null", "", "must be an object");
    refused("{\"format\": 1E8888888}", "", "number overflow"); // found by fuzz_journal_import
    refused("{\"notes\": [{\"intensity\": -88888888888888888888888888888888888888888E88888}]}", "", "not valid JSON");
    refused(std::string(1000, '['), "", "nested");
    refused("{\"x\":" + std::string(100, '{') + std::string(100, '}') + "}", "", "nested");
}

TEST_CASE(
    "import: a problem's place is said in words counted from 1, and the next few problems follow", "[journal][import]")
{
    CHECK(ImportError::describe("/notes/3/spots/0/region") == "note 4, spot 1, region (/notes/3/spots/0/region)");
    CHECK(ImportError::describe("/plans/0/steps/11/side") == "plan 1, step 12, side (/plans/0/steps/11/side)");
    CHECK(ImportError::describe("/format") == "format (/format)");
    CHECK(ImportError::describe("/a~1b") == "a/b (/a~1b)");
    CHECK(ImportError::describe("line 5, column region") == "line 5, column region");
    // Without the pointer, for a place not in a file (a plan's step given to `tpmap plans`).
    CHECK(ImportError::inWords("/steps/2/technique") == "step 3, technique");
    CHECK(ImportError::inWords("/steps") == "steps");
    json doc = document({});
    for (int i = 0; i < 8; ++i) {
        json n = validNote(kId1);
        n["id"] = "11111111-2222-4333-8444-55555555555" + std::to_string(i);
        n["spots"][0]["region"] = "nowhere";
        doc["notes"].push_back(n);
    }
    try {
        parseExport(doc.dump(), "notes.json", {&bodyMap(), nullptr});
        FAIL("accepted a bad document");
    } catch (const ImportError& e) {
        const std::string what = e.what();
        INFO(what);
        CHECK(e.pointer() == "/notes/0/spots/0/region");
        CHECK_THAT(what, Catch::StartsWith("notes.json: at note 1, spot 1, region (/notes/0/spots/0/region): "));
        CHECK_THAT(what, Catch::Contains("\n- at note 2, spot 1, region"));
        CHECK_THAT(what, Catch::Contains("\n- at note 5, spot 1, region"));
        CHECK_THAT(what, !Catch::Contains("note 6,"));
        CHECK_THAT(what, Catch::EndsWith("\n(and 3 more)"));
    }
}

TEST_CASE("import: wrongly typed and missing fields are reported by JSON pointer", "[journal][import]")
{
    auto with = [](const std::function<void(json&)>& change) {
        json doc = document({validNote(kId1), validNote(kId2)});
        change(doc);
        return doc.dump();
    };
    refused(with([](json& d) { d["format"] = "something-else"; }), "/format", "trigger-map-journal");
    refused(with([](json& d) { d.erase("format"); }), "/format", "not a Trigger Map journal export");
    // Another program's JSON is called that, not refused field by field.
    refused("{\"hello\": 1, \"items\": []}", "/format", "not a Trigger Map journal export");
    refused(with([](json& d) { d["version"] = kExportVersion + 1; }), "/version", "newer");
    refused(with([](json& d) { d["version"] = "1"; }), "/version", "whole number");
    refused(with([](json& d) { d["version"] = 0; }), "/version", "1 or more"); // stored unsigned: was let through
    refused(with([](json& d) { d["version"] = -1; }), "/version", "1 or more");
    refused(with([](json& d) { d["notes"] = json::object(); }), "/notes", "list");
    refused(with([](json& d) { d["extra"] = 1; }), "/extra", "unknown field");
    refused(with([](json& d) { d["notes"][1] = "note"; }), "/notes/1", "object");
    refused(with([](json& d) { d["notes"][1].erase("id"); }), "/notes/1/id", "missing");
    refused(with([](json& d) { d["notes"][1]["id"] = 42; }), "/notes/1/id", "string");
    refused(with([](json& d) { d["notes"][1]["id"] = "abc"; }), "/notes/1/id", "UUID");
    refused(with([](json& d) { d["notes"][1]["id"] = kId1; }), "/notes/1/id", "also used by /notes/0");
    refused(with([](json& d) { d["notes"][0]["when"] = "yesterday"; }), "/notes/0/when", "UTC offset");
    refused(with([](json& d) { d["notes"][0]["spots"][0]["intensity"] = "7"; }), "/notes/0/spots/0/intensity",
        "whole number");
    refused(with([](json& d) { d["notes"][0]["spots"][0]["intensity"] = 7.5; }), "/notes/0/spots/0/intensity",
        "whole number");
    refused(
        with([](json& d) { d["notes"][0]["spots"][0].erase("intensity"); }), "/notes/0/spots/0/intensity", "missing");
    refused(with([](json& d) { d["notes"][0]["spots"][0]["quality"] = "stabbing"; }), "/notes/0/spots/0/quality",
        "unknown quality");
    refused(
        with([](json& d) { d["notes"][0]["spots"][0]["colour"] = "red"; }), "/notes/0/spots/0/colour", "unknown field");
    refused(with([](json& d) { d["notes"][0]["tags"] = "work"; }), "/notes/0/tags", "list");
    refused(with([](json& d) { d["notes"][0]["tags"][0] = true; }), "/notes/0/tags/0", "string");
    refused(with([](json& d) { d["notes"][0]["treatments"][0]["minutes"] = -1; }), "/notes/0/treatments/0/minutes",
        "out of range");
    refused(with([](json& d) { d["notes"][0]["treatments"][0].erase("muscle"); }), "/notes/0/treatments/0/muscle",
        "missing");
}

TEST_CASE("import: each problem of a refused document carries its rule and figures, for a front end to word",
    "[journal][import]")
{
    using Rule = Problem::Rule;
    auto first = [](const std::function<void(json&)>& change) {
        json doc = document({validNote(kId1), validNote(kId2)});
        change(doc);
        try {
            parseExport(doc.dump(), "notes.json", {&bodyMap(), nullptr});
        } catch (const ImportError& e) {
            REQUIRE(e.reason() == ImportError::Reason::Problems);
            REQUIRE_FALSE(e.problems().empty());
            CHECK(e.problems().front().pointer == e.pointer());
            return e.problems().front();
        }
        FAIL("accepted a bad document");
        return Problem();
    };
    const Problem newer = first([](json& d) { d["version"] = kExportVersion + 1; });
    CHECK(newer.rule == Rule::NewerVersion);
    CHECK(newer.count == kExportVersion + 1);
    CHECK(newer.limit == kExportVersion);
    CHECK(first([](json& d) { d["version"] = 0; }).rule == Rule::TooSmall);
    const Problem text = first([](json& d) { d["version"] = "1"; });
    CHECK(text.rule == Rule::WrongType);
    CHECK(static_cast<ValueKind>(text.count) == ValueKind::Text);
    CHECK(static_cast<ValueKind>(text.limit) == ValueKind::WholeNumber);
    CHECK(static_cast<ValueKind>(first([](json& d) { d["notes"][0]["tags"] = 1; }).limit) == ValueKind::TextList);
    CHECK(first([](json& d) {
        d["version"] = 1;
        d["plans"] = json::array();
    }).rule
        == Rule::TooEarly);
    CHECK(first([](json& d) { d["extra"] = 1; }).rule == Rule::UnknownField);
    CHECK(first([](json& d) { d["notes"][1].erase("id"); }).rule == Rule::Missing);
    CHECK(first([](json& d) { d["notes"][1]["id"] = "abc"; }).rule == Rule::NotAnId);
    const Problem twice = first([](json& d) { d["notes"][1]["id"] = kId1; });
    CHECK(twice.rule == Rule::Twice);
    CHECK(twice.value == kId1);
    const Problem when = first([](json& d) { d["notes"][0]["when"] = "yesterday"; });
    CHECK(when.rule == Rule::NotATime);
    CHECK(when.value == "yesterday");
    CHECK(when.limit == 1); // "when" has its UTC offset
    const Problem exported = first([](json& d) { d["exported_at"] = "now"; });
    CHECK(exported.rule == Rule::NotATime);
    CHECK(exported.limit == 0); // a time in UTC
    const Problem quality = first([](json& d) { d["notes"][0]["spots"][0]["quality"] = "stabbing"; });
    CHECK(quality.rule == Rule::NotOneOf);
    CHECK(quality.value == "stabbing");
    const Problem range = first([](json& d) { d["notes"][0]["spots"][0]["intensity"] = 12; });
    CHECK(range.rule == Rule::OutOfRange);
    CHECK(range.count == 12);
    CHECK(range.limit == 10);
    // A note's own rules keep theirs, at the note's place in the file.
    const Problem region = first([](json& d) { d["notes"][1]["spots"][0]["region"] = "nowhere"; });
    CHECK(region.pointer == "/notes/1/spots/0/region");
    CHECK(region.rule == Rule::Unknown);
    const Problem empty = first([](json& d) {
        d["notes"][1] = {{"id", kId2}, {"when", "2026-11-25T08:30:00+01:00"}, {"text", "  "}};
    });
    CHECK(empty.rule == Rule::EmptyNote);
    CHECK(empty.pointer == "/notes/1");
}

TEST_CASE("import: a file refused as a whole says why in structure", "[journal][import]")
{
    using Reason = ImportError::Reason;
    TempDir dir;
    auto reasonOf = [&](const std::string& text) {
        const std::string path = (dir.path / "in.txt").string();
        write(path, text);
        try {
            readImport(path, {});
        } catch (const ImportError& e) {
            return e;
        }
        FAIL("accepted " << text);
        return ImportError("", "", "");
    };
    CHECK(reasonOf(" \n").reason() == Reason::Empty);
    // A database's first bytes and nothing after them: nothing in it can be read.
    CHECK(reasonOf(std::string("SQLite format 3\0 and more", 25)).reason() == Reason::JournalTooDamaged);
    const ImportError notJson = reasonOf("{\n  \"format\": }");
    CHECK(notJson.reason() == Reason::NotJson);
    CHECK(notJson.facts().line == 2);
    CHECK_FALSE(notJson.facts().detail.empty());
    CHECK(reasonOf("[1, 2]").reason() == Reason::NotAnObject);
    CHECK(reasonOf(R"({"format": "x"})").reason() == Reason::NotAnExport);
    // Trigger Map's own body-map export is called what it is (it "had no format" before, though it had one).
    const ImportError bodyMap = reasonOf(R"({"format": "trigger-map-body-map", "version": 1})");
    CHECK(bodyMap.reason() == Reason::BodyMapExport);
    CHECK_THAT(bodyMap.what(), Catch::Contains("body-map export"));
    const ImportError twice = reasonOf(R"({"format": "trigger-map-journal", "format": "x"})");
    CHECK(twice.reason() == Reason::DuplicateKey);
    CHECK(twice.facts().value == "format");
    CHECK(reasonOf("{\"a\": \"\xff\"}").reason() == Reason::NotUtf8);
    CHECK(reasonOf(std::string(40, '[') + std::string(40, ']')).reason() == Reason::TooDeep);
    CHECK(reasonOf("sep=,\nnote_id,when\n").reason() == Reason::CsvSpreadsheetLine);
    const ImportError column = reasonOf("note_id,when,made\n");
    CHECK(column.reason() == Reason::CsvWrongColumn);
    CHECK(column.facts().count == 3);
    CHECK(column.facts().value == "made");
    CHECK(column.facts().detail == "created_at");
    CHECK(reasonOf("note_id,when\n").reason() == Reason::CsvHeaderShort);
    CHECK(reasonOf("a\"b,c\n").reason() == Reason::CsvStrayQuote);
    const std::string header = "note_id,when,created_at,updated_at,note_intensity,region,region_name,spot_intensity,"
                               "quality,tags,factors,factor_names,treatments,treatment_names,text,answers\n";
    const ImportError open = reasonOf(header + "\"never closed\n");
    CHECK(open.reason() == Reason::CsvOpenQuote);
    CHECK(open.facts().line == 2);
    CHECK(reasonOf("\"a\"b,c\n").reason() == Reason::CsvAfterQuote);
    const std::string folder = (dir.path / "folder").string();
    fs::create_directory(folder);
    try {
        readImport(folder, {});
        FAIL("read a folder");
    } catch (const ImportError& e) {
        CHECK(e.reason() == Reason::IsFolder);
    }
}

TEST_CASE("import: intensities out of range are refused", "[journal][import]")
{
    for (const json& bad : {json(11), json(-1), json(1000000000000LL), json(18446744073709551615ULL)}) {
        json doc = document({validNote(kId1)});
        doc["notes"][0]["spots"][0]["intensity"] = bad;
        refused(doc.dump(), "/notes/0/spots/0/intensity", "out of range");
        doc = document({validNote(kId1)});
        doc["notes"][0]["intensity"] = bad;
        refused(doc.dump(), "/notes/0/intensity", "out of range");
        doc = document({validNote(kId1)});
        doc["notes"][0]["treatments"][0]["after"] = bad;
        refused(doc.dump(), "/notes/0/treatments/0/after", "out of range");
    }
}

TEST_CASE("import: unknown regions, factors, muscles and trigger points are refused", "[journal][import]")
{
    json doc = document({validNote(kId1)});
    doc["notes"][0]["spots"][0]["region"] = "head.crown:left";
    refused(doc.dump(), "/notes/0/spots/0/region", "unknown region");
    doc["notes"][0]["spots"][0]["region"] = "'; DROP TABLE note; --";
    refused(doc.dump(), "/notes/0/spots/0/region", "unknown region");
    doc["notes"][0]["spots"][0]["region"] = "head.temple";
    refused(doc.dump(), "/notes/0/spots/0/region", "needs a side");

    const Vocabulary withCatalogue {nullptr, &builtCatalogue()};
    CHECK(parseExport(document({validNote(kId1)}).dump(), "notes.json", withCatalogue).size() == 1);
    doc = document({validNote(kId1)});
    doc["notes"][0]["factors"][0] = "too-much-coffee";
    refused(doc.dump(), "/notes/0/factors/0", "unknown factor", withCatalogue);
    doc = document({validNote(kId1)});
    doc["notes"][0]["treatments"][0]["muscle"] = "biceps-imaginarius";
    refused(doc.dump(), "/notes/0/treatments/0/muscle", "unknown muscle", withCatalogue);
    doc = document({validNote(kId1)});
    doc["notes"][0]["treatments"][0]["trigger_point"] = "scalenes-1";
    refused(doc.dump(), "/notes/0/treatments/0/trigger_point", "belongs to scalenes", withCatalogue);
}

TEST_CASE("import: text that is not UTF-8 is refused with its byte", "[journal][import]")
{
    std::string text = document({validNote(kId1)}).dump();
    const auto at = text.find("Headache");
    text[at + 2] = static_cast<char>(0xFF);
    refused(text, "", "not valid UTF-8 at byte " + std::to_string(at + 2));
    text[at + 2] = static_cast<char>(0xC0); // overlong start
    refused(text, "", "UTF-8");
    std::string surrogate = document({validNote(kId1)}).dump();
    surrogate.replace(surrogate.find("Headache"), 3, "\xED\xA0\x80");
    refused(surrogate, "", "UTF-8");
    // Valid UTF-8, but a C1 control (U+0085, U+009D: what a Windows-1252 text read as Latin-1 is full of) is a
    // control character like the ASCII ones; the letters next to them (U+00A0 and on: "\xC2\xA0", "\xC3\xBC") are not.
    for (const char* c1 : {"\xC2\x85", "\xC2\x9D", "\xC2\x80"}) {
        auto t = validNote(kId1);
        t["text"] = std::string("Head") + c1 + "ache";
        refused(document({t}).dump(), "/notes/0/text", "control character");
    }
    auto fine = validNote(kId1);
    fine["text"] = "Kopfschmerz\xC2\xA0\xC3\xBC\xC2\xB0";
    CHECK(parseExport(document({fine}).dump(), "notes.json", {&bodyMap(), nullptr}).size() == 1);
}

TEST_CASE("import: oversized files and fields are refused before anything is written", "[journal][import]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file("j.sqlite"), quiet());
    SECTION("a file over the size limit")
    {
        {
            std::ofstream out(dir.file("big.json"), std::ios::binary);
            out << "{\"format\": \"trigger-map-journal\", \"version\": 1, \"notes\": [], \"pad\": \"";
            const std::string chunk(1 << 20, 'x');
            for (int i = 0; i < 65; ++i)
                out << chunk;
            out << "\"}";
        }
        try {
            importJson(*journal, dir.file("big.json"));
            FAIL("imported a 65 MiB file");
        } catch (const ImportError& e) {
            CHECK_THAT(e.what(), Catch::Contains("big.json") && Catch::Contains("larger than the limit"));
        }
    }
    SECTION("a 5 MB text in one note")
    {
        json note = validNote(kId1);
        note["text"] = std::string(5'000'000, 'a');
        write(dir.file("long.json"), document({validNote(kId2), note}).dump());
        CHECK_THROWS_WITH(importJson(*journal, dir.file("long.json")),
            Catch::Contains("/notes/1/text") && Catch::Contains("too long"));
    }
    SECTION("too many spots, tags and a long tag")
    {
        json note = validNote(kId1);
        note["tags"] = json::array();
        for (int i = 0; i < 60; ++i)
            note["tags"].push_back("t" + std::to_string(i));
        write(dir.file("tags.json"), document({note}).dump());
        CHECK_THROWS_WITH(importJson(*journal, dir.file("tags.json")), Catch::Contains("/notes/0/tags"));
        note = validNote(kId1);
        note["tags"] = {std::string(500, 'x')};
        write(dir.file("tag.json"), document({note}).dump());
        CHECK_THROWS_WITH(importJson(*journal, dir.file("tag.json")), Catch::Contains("/notes/0/tags/0"));
        note = validNote(kId1);
        note["spots"] = json::array();
        for (int i = 0; i < 400; ++i)
            note["spots"].push_back({{"region", "head.temple:right"}, {"intensity", 1}});
        write(dir.file("spots.json"), document({note}).dump());
        CHECK_THROWS_WITH(importJson(*journal, dir.file("spots.json")), Catch::Contains("too many spots"));
    }
    SECTION("a missing file and a folder")
    {
        CHECK_THROWS_WITH(importJson(*journal, dir.file("missing.json")), Catch::Contains("missing.json"));
        CHECK_THROWS_WITH(importJson(*journal, dir.path.string()), Catch::Contains("folder"));
    }
    CHECK(journal->count({}) == 0);
}

TEST_CASE("import: one bad note anywhere means nothing is written", "[journal][import]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file("j.sqlite"), quiet());
    std::vector<json> notes;
    for (int i = 0; i < 500; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "%08x-0000-4000-8000-000000000000", i);
        notes.push_back(validNote(id));
    }
    notes[499]["spots"][0]["intensity"] = 12;
    write(dir.file("bad.json"), document(notes).dump(1));
    try {
        importJson(*journal, dir.file("bad.json"));
        FAIL("imported a bad file");
    } catch (const ImportError& e) {
        CHECK(e.pointer() == "/notes/499/spots/0/intensity");
        CHECK_THAT(e.what(),
            Catch::Contains("bad.json") && Catch::Contains("/notes/499/spots/0/intensity")
                && Catch::Contains("out of range 0-10"));
    }
    CHECK(journal->count({}) == 0);
    notes[499]["spots"][0]["intensity"] = 2;
    write(dir.file("good.json"), document(notes).dump());
    CHECK(importJson(*journal, dir.file("good.json")).added == 500);
}

TEST_CASE("export: CSV has a header and quotes commas, quotes and line breaks (RFC 4180)", "[journal][export]")
{
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField("cr\r") == "\"cr\r\"");
    CHECK(csvField("") == "");

    TempDir dir;
    auto journal = Journal::open(dir.file("j.sqlite"), quiet());
    Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.spots = {{"head.temple:right", 7, Quality::Sharp}, {"chest.sternum", 2, Quality::None}};
    n.text = "He said \"ouch\", twice\nthen slept";
    n.tags = {"a,b", "c"};
    n.treatments = {{"upper-trapezius", "", "ball", 5, 7, 4}};
    const Note saved = journal->save(n);
    Note bare; // no spots: an overall pain only (a note may not be empty)
    bare.when = "2026-11-26T08:30:00+01:00";
    bare.intensity = 3;
    journal->save(bare);

    std::ostringstream out;
    CHECK(exportCsv(*journal, out) == 2);
    const std::string csv = out.str();
    const std::string header = "note_id,when,created_at,updated_at,note_intensity,region,region_name,spot_intensity,"
                               "quality,tags,factors,factor_names,treatments,treatment_names,text,answers\r\n";
    REQUIRE(csv.rfind(header, 0) == 0);
    CHECK_THAT(csv, Catch::Contains(saved.id + ",2026-11-25T08:30:00+01:00,"));
    CHECK_THAT(csv,
        Catch::Contains(",head.temple:right,,7,sharp,\"a,b; c\",,,\"upper-trapezius: ball, 5 min, 7->4\","
                        "upper-trapezius,\"He said \"\"ouch\"\", twice\nthen slept\",\r\n"));
    CHECK_THAT(csv, Catch::Contains(",chest.sternum,,2,,"));
    // Rows: header, two spots of the first note, one row for the note without spots.
    std::size_t rows = 0;
    for (std::size_t at = 0; (at = csv.find("\r\n", at)) != std::string::npos; at += 2)
        ++rows;
    CHECK(rows == 4);
    CHECK(exportToFile(*journal, dir.file("out.csv"), Format::Csv, {"2026-11-26", ""}) == 1);
}

TEST_CASE("import: a field given twice in one object is refused, not the last one kept", "[journal][import]")
{
    refused(R"({"format": "trigger-map-journal", "version": 1, "version": 1, "notes": []})", "/version", "twice");
    const std::string note = validNote(kId1).dump();
    const std::string twice = note.substr(0, note.size() - 1) + R"(, "intensity": 2})";
    refused(
        R"({"format": "trigger-map-journal", "version": 1, "notes": [)" + validNote(kId2).dump() + ", " + twice + "]}",
        "/notes/1/intensity", "\"intensity\" appears twice");
    auto spot = document({validNote(kId1)}).dump();
    const auto at = spot.find(R"("region")");
    spot.insert(at, R"("region": "chest.sternum", )");
    refused(spot, "/notes/0/spots/0/region", "twice");
}

TEST_CASE("import: a whole number too large to store is called that", "[journal][import]")
{
    auto doc = document({validNote(kId1)}).dump();
    const auto at = doc.find(R"("intensity":6)");
    REQUIRE(at != std::string::npos);
    doc.replace(at, 13, R"("intensity":99999999999999999999999)");
    refused(doc, "/notes/0/intensity", "a whole number too large");
}

TEST_CASE("import: notes dated in the future come in as they are, counted with the latest", "[journal][import]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file("j.sqlite"), quiet());
    auto ahead = validNote(kId1);
    ahead["when"] = "2999-01-01T08:00:00+00:00";
    auto later = validNote("99999999-2222-4333-8444-555555555555");
    later["when"] = "2999-06-01T08:00:00+00:00";
    write(dir.file("ahead.json"), document({validNote(kId2), ahead, later}).dump());
    const auto result = importFile(*journal, dir.file("ahead.json"));
    CHECK(result.added == 3);
    CHECK(result.ahead == 2);
    CHECK(result.latestAhead == "2999-06-01T08:00:00+00:00");
    // A day ahead is within a clock's or a time zone's slip, and not counted.
    const std::int64_t now = 1'800'000'000;
    Note soon;
    soon.when = "2027-01-15T10:00:00+00:00"; // 1800000000 is 2027-01-15T08:00:00Z
    CHECK(notesAhead({soon}, now).count == 0);
    soon.when = "2027-01-16T09:00:00+00:00";
    CHECK(notesAhead({soon}, now).count == 1);
    CHECK(notesAhead({}, now).latest.empty());
}
