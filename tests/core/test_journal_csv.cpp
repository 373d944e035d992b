// The journal's CSV both ways: names beside the ids, an exact round trip (export, import into an empty journal,
// export again: the same bytes), and a bad file refused whole with its line and column.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../support/catalogue_fixture.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal_fixture.h"

using namespace tmap::journal;
using tmap::test::query;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

namespace {

const Vocabulary& vocabulary()
{
    static const Vocabulary v {&builtCatalogue().body(), &builtCatalogue()};
    return v;
}

/// Notes that try every corner of the format: list separators and backslashes in tags and techniques, a technique
/// that looks like the minutes, quotes, commas and line breaks in the text, a note without spots.
std::vector<Note> awkwardNotes()
{
    Note a;
    a.when = "2026-11-25T08:30:00+01:00";
    a.spots = {{"head.temple:right", 7, Quality::Throbbing}, {"chest.sternum", 0, Quality::None}};
    a.intensity = 6;
    a.text = "He said \"ouch\", twice\r\nthen slept;\\ fine\n  trailing  ";
    a.tags = {"a;b", "back\\slash", " spaced", "Schläfe"};
    a.factors = {"long-sitting", "poor-sleep"};
    a.treatments = {{"upper-trapezius", "upper-trapezius-1", "ball: hard, 5 min, 7->4; twice", 0, std::nullopt, 3},
        {"upper-trapezius", "", "", 10, 7, std::nullopt}, {"upper-trapezius", "", "stretch", 1440, 10, 0}};
    Note b;
    b.when = "2026-11-26T21:05:00-05:00";
    b.intensity = 3;
    Note c;
    c.when = "2026-11-27T07:00:00Z";
    c.spots = {{"neck.side:left", 10, Quality::Stiff}};
    c.text = "=1+1";
    return {a, b, c};
}

std::string exported(Journal& journal, const CsvNames& names = {&builtCatalogue(), ""})
{
    std::ostringstream out;
    exportCsv(journal, out, {}, names);
    return out.str();
}

void write(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

/// The CSV of one simple note, to be broken by a test.
std::string simpleCsv()
{
    return "note_id,when,created_at,updated_at,note_intensity,region,region_name,spot_intensity,quality,tags,factors,"
           "factor_names,treatments,treatment_names,text\r\n"
           "0b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60,2026-11-25T08:30:00+01:00,2026-11-25T07:31:02Z,2026-11-25T07:31:02Z,"
           "6,head.temple:right,temple (right),7,sharp,work,,,,,text\r\n"
           "0b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60,2026-11-25T08:30:00+01:00,2026-11-25T07:31:02Z,2026-11-25T07:31:02Z,"
           "6,chest.sternum,breastbone,2,,work,,,,,text\r\n";
}

void refused(const std::string& csv, const std::string& where, const std::string& what)
{
    INFO(csv);
    try {
        parseCsv(csv, "notes.csv", vocabulary());
        FAIL("accepted a bad CSV");
    } catch (const ImportError& e) {
        CHECK(e.file() == "notes.csv");
        CHECK(e.pointer() == where);
        CHECK_THAT(e.problem(), Catch::Contains(what));
        CHECK_THAT(e.what(), Catch::StartsWith(where.empty() ? "notes.csv: " : "notes.csv: at " + where + ": "));
    }
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("csv: export, import into an empty journal, export again gives the same bytes", "[journal][csv]")
{
    TempDir dir;
    auto first = Journal::open(dir.file("first.sqlite"), quiet());
    first->setVocabulary(vocabulary());
    for (const auto& n : awkwardNotes())
        first->save(n);
    for (const std::string language : {"", "de"}) {
        INFO("language " << language);
        const CsvNames names {&builtCatalogue(), language};
        std::ostringstream csv;
        exportCsv(*first, csv, {}, names);
        write(dir.file("notes-" + language + ".csv"), csv.str());

        auto second = Journal::open(dir.file("second-" + language + ".sqlite"), quiet());
        ImportOptions options;
        options.vocabulary = vocabulary();
        const auto result = importFile(*second, dir.file("notes-" + language + ".csv"), options);
        CHECK(result.added == 3);
        CHECK(exported(*second, names) == csv.str());
        // The notes themselves, every field, are those of the first journal.
        const auto a = first->list(query({}, {}, 0, 10));
        const auto b = second->list(query({}, {}, 0, 10));
        CHECK(a == b);
    }
}

TEST_CASE("csv: a cell a spreadsheet would run as a formula is written as text, and read back exactly",
    "[journal][csv][safety]")
{
    TempDir dir;
    auto first = Journal::open(dir.file("first.sqlite"), quiet());
    first->setVocabulary(vocabulary());
    const std::vector<std::string> texts {"=HYPERLINK(\"http://x\",\"ok\")", "+1", "-2+3", "@SUM(A1)", "\tcmd",
        "\rcmd", "'=already", "''+two", "'plain", "plain", "a=b", "'"};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Note n;
        n.when = "2026-11-" + std::to_string(10 + i) + "T08:00:00Z";
        n.text = texts[i];
        // A tag has no control character.
        n.tags = {texts[i].find_first_of("\t\r") == std::string::npos ? texts[i] : "tag"};
        first->save(n);
    }
    const std::string csv = exported(*first);
    // No cell of the file starts (after its opening quote) with = + - @, a tab or a carriage return.
    std::size_t cells = 0;
    bool quoted = false;
    for (std::size_t at = 0; at < csv.size(); ++at) {
        if (csv[at] == '"')
            quoted = !quoted;
        const bool starts = at == 0 || (!quoted && (csv[at - 1] == ',' || csv[at - 1] == '\n'));
        if (!starts || at + 1 >= csv.size())
            continue;
        ++cells;
        if (csv.compare(at, 2, "\r\n") == 0)
            continue; // an empty last cell
        const char c = csv[at] == '"' ? csv[at + 1] : csv[at];
        INFO("cell at byte " << at << ": " << csv.substr(at, 20));
        CHECK(std::string_view("=+-@\t\r").find(c) == std::string_view::npos);
    }
    CHECK(cells > texts.size() * 16); // the header's and every row's
    CHECK_THAT(csv, Catch::Contains(",\"'=HYPERLINK(") && Catch::Contains(",'+1,") && Catch::Contains(",'''+two,")
            && Catch::Contains(",'plain,") && Catch::Contains(",a=b,") && Catch::Contains(",'-2+3,"));
    write(dir.file("notes.csv"), csv);
    auto second = Journal::open(dir.file("second.sqlite"), quiet());
    ImportOptions options;
    options.vocabulary = vocabulary();
    CHECK(importFile(*second, dir.file("notes.csv"), options).added == static_cast<int>(texts.size()));
    CHECK(second->list(query({}, {}, 0, 100)) == first->list(query({}, {}, 0, 100)));
    CHECK(exported(*second) == csv);
}

TEST_CASE("csv: readable names stand next to the ids, in the language asked for", "[journal][csv]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->save(awkwardNotes()[0]);
    const std::string en = exported(*journal);
    CHECK_THAT(en, Catch::Contains(",head.temple:right,temple (right),7,throbbing,"));
    CHECK_THAT(en, Catch::Contains(",chest.sternum,breastbone,0,,"));
    CHECK_THAT(en, Catch::Contains(",long-sitting; poor-sleep,"));
    CHECK_THAT(en, Catch::Contains("Upper trapezius / Upper trapezius, front fibres (TrP1); Upper trapezius;"));
    const std::string de = exported(*journal, {&builtCatalogue(), "de"});
    CHECK_THAT(de, Catch::Contains(",head.temple:right,Schläfe (rechts),"));
    CHECK_THAT(de, Catch::Contains("Langes Sitzen und Bewegungsmangel"));
    CHECK_THAT(de, Catch::Contains("Oberer Trapezmuskel"));
    // Without a catalogue the name columns hold what is known: nothing for regions, the ids otherwise.
    const std::string bare = exported(*journal, {});
    CHECK_THAT(bare, Catch::Contains(",head.temple:right,,7,throbbing,"));
}

TEST_CASE("csv: what a spreadsheet may do to the file is still read", "[journal][csv]")
{
    std::string lf = simpleCsv();
    for (std::size_t at; (at = lf.find("\r\n")) != std::string::npos;)
        lf.replace(at, 2, "\n");
    CHECK(parseCsv(lf, "lf.csv", vocabulary()).size() == 1);
    const auto notes = parseCsv("\xEF\xBB\xBF" + simpleCsv(), "bom.csv", vocabulary());
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].spots.size() == 2);
    CHECK(notes[0].tags == std::vector<std::string> {"work"});
    // Without the last line end too.
    CHECK(parseCsv(simpleCsv().substr(0, simpleCsv().size() - 2), "end.csv", vocabulary()).size() == 1);
    // With empty lines after the last row.
    CHECK(parseCsv(simpleCsv() + "\r\n\r\n", "blank.csv", vocabulary()).size() == 1);
    CHECK(parseCsv(lf + "\n\n\n", "blank-lf.csv", vocabulary()).size() == 1);
}

TEST_CASE("csv: what a spreadsheet did that cannot be read is said as such", "[journal][csv]")
{
    // A German spreadsheet's semicolons, and Excel's "sep=" line, read as a wrong first column.
    std::string semicolons = simpleCsv();
    for (std::size_t at; (at = semicolons.find(',')) != std::string::npos;)
        semicolons[at] = ';';
    refused(semicolons, "line 1", "separated by semicolons");
    refused("sep=,\r\n" + simpleCsv(), "line 1", "spreadsheet's note");
    refused("\xFF\xFEn\0o\0", "line 1", "CSV UTF-8");
    // A row of a great many fields is counted, not held, and refused.
    refused(simpleCsv() + std::string(100000, ',') + "\r\n", "line 4", "the row has 100001 fields");
    // Past a hundred problems the check stops, and does not pretend to know how many more there are.
    std::string many = simpleCsv();
    for (int i = 0; i < 300; ++i)
        many += "x\r\n";
    refused(many, "line 4", "(and more: the check stopped after 101 problems)");
}

TEST_CASE("csv: a bad file is refused whole, naming the line, the column and the problem", "[journal][csv]")
{
    const std::string good = simpleCsv();
    const std::string oneRow = good.substr(0, good.find("\r\n", good.find("\r\n") + 2) + 2); // header, one row
    refused("", "", "the file is empty");
    refused("note_id,when\r\n", "line 1", "the header ends before the column \"created_at\"");
    refused(replaced(good, "region_name", "name"), "line 1", "column 7 must be \"region_name\"");
    refused("note_id,when,created_at,updated_at,note_intensity,region,spot_intensity,quality,tags,factors,treatments,"
            "text\r\n",
        "line 1", "written by an older Trigger Map");
    refused(replaced(good, ",7,sharp,", ",11,sharp,"), "line 2, column spot_intensity", "out of range 0-10");
    refused(replaced(good, ",7,sharp,", ",-1,sharp,"), "line 2, column spot_intensity", "not a whole number 0-10");
    refused(replaced(good, ",7,sharp,", ",7,dull,"), "line 2, column quality", "unknown quality \"dull\"");
    refused(
        replaced(good, "6,chest.sternum", "5,chest.sternum"), "line 3, column note_intensity", "differs from line 2");
    refused(replaced(good, "chest.sternum", "chest.nowhere"), "line 3, column region", "chest.nowhere");
    refused(replaced(oneRow, ",work,,,,,text\r\n", ",work,,,\"nobody, 5 min, 1->2\",,text\r\n"),
        "line 2, column treatments", "");
    refused(replaced(oneRow, ",work,,,,,text\r\n", ",work,,,\"upper-trapezius, five min, 1->2\",,text\r\n"),
        "line 2, column treatments", "is not a number of minutes");
    refused(replaced(good, ",work,", ",wo\\rk,"), "line 2, column tags", "a backslash");
    const std::string row = ",work,,,,,text\r\n"; // the end of line 2
    refused(replaced(good, row, ",work,,,,,text,extra\r\n"), "line 2", "the row has 16 fields");
    refused(replaced(good, row, ",work,,,,,\"text\r\n"), "line 2", "never ends");
    refused(replaced(good, row, ",work,,,,,te\"xt\r\n"), "line 2", "a double quote inside a field");
    refused(replaced(good, row, ",work,,,,,\"text\"x\r\n"), "line 2, column text", "text after the closing quote");
    refused(replaced(good, "2026-11-25T08:30:00+01:00,", "yesterday,"), "line 3, column when",
        "differs from line 2, the first row of the same note");
    refused(replaced(oneRow, "2026-11-25T08:30:00+01:00,", "yesterday,"), "line 2, column when", "");
    const std::string other = replaced(oneRow.substr(oneRow.find("\r\n") + 2), "0b7e9c1a", "1b7e9c1a");
    refused(
        oneRow + other + oneRow.substr(oneRow.find("\r\n") + 2), "line 4, column note_id", "already ended on line 2");
    refused(std::string("note_id\xff"), "line 1", "not valid UTF-8");
}

TEST_CASE("csv: a rejected import writes nothing and a good one writes every note in one go", "[journal][csv]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    ImportOptions options;
    options.vocabulary = vocabulary();
    std::string csv = simpleCsv();
    csv += replaced(replaced(csv.substr(csv.find("\r\n") + 2), "0b7e9c1a", "1b7e9c1a"), "0b7e9c1a", "1b7e9c1a");
    write(dir.file("bad.csv"),
        replaced(csv,
            "1b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60,2026-11-25T08:30:00+01:00,2026-11-25T07:31:02Z,2026-11-25T07:31:02Z,"
            "6,chest",
            "1b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60,2026-11-25T08:30:00+01:00,2026-11-25T07:31:02Z,2026-11-25T07:31:02Z,"
            "6,chest.nowhere"));
    CHECK_THROWS_AS(importFile(*journal, dir.file("bad.csv"), options), ImportError);
    CHECK(journal->count({}) == 0);
    write(dir.file("good.csv"), csv);
    CHECK(importFile(*journal, dir.file("good.csv"), options).added == 2);
    CHECK(journal->count({}) == 2);
    // A JSON export goes through the same door.
    exportToFile(*journal, dir.file("all.json"), Format::Json);
    auto other = Journal::open(dir.file("other.sqlite"), quiet());
    CHECK(importFile(*other, dir.file("all.json"), options).added == 2);
}
