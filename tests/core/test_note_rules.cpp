// Note rules: an empty note is refused by validation, by save() and by the import, with one message (no Qt).
#include <catch2/catch.hpp>

#include <fstream>

#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/note_rules.h"

using namespace tmap::journal;

#include "journal_fixture.h"

namespace {

using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

Note emptyNote()
{
    Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.tags = {"tags alone say nothing"};
    n.factors = {"poor-sleep"};
    return n;
}

} // namespace

TEST_CASE("note rules: a note must hold a spot, an overall pain, text or a treatment", "[journal][rules]")
{
    Note n = emptyNote();
    CHECK(isEmptyNote(n));
    REQUIRE(emptyNoteProblem(n));
    CHECK(emptyNoteProblem(n)->pointer.empty());
    CHECK(emptyNoteProblem(n)->message == kEmptyNoteMessage);
    CHECK(isEmptyNoteProblem(*emptyNoteProblem(n)));
    CHECK_FALSE(isEmptyNoteProblem(Problem {"/text", std::string(kEmptyNoteMessage)}));
    // Text of spaces and line breaks only says nothing: an import of such a note alone was accepted.
    n.text = " \n\t ";
    CHECK(isEmptyNote(n));
    n.text.clear();

    SECTION("a spot")
    {
        n.spots = {{"head.temple:right", 3, Quality::None}};
    }
    SECTION("an overall pain, even 0")
    {
        n.intensity = 0;
    }
    SECTION("text")
    {
        n.text = "stiff";
    }
    SECTION("a treatment")
    {
        n.treatments = {{"masseter", "", "", 0, std::nullopt, std::nullopt}};
    }
    CHECK_FALSE(isEmptyNote(n));
    CHECK_FALSE(emptyNoteProblem(n));
}

TEST_CASE("note rules: validateNote and save() refuse an empty note", "[journal][rules]")
{
    const auto problems = validateNote(emptyNote(), {});
    REQUIRE(problems.size() == 1);
    CHECK(isEmptyNoteProblem(problems[0]));

    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    CHECK_THROWS_AS(j->save(emptyNote()), InvalidNote);
    CHECK_THROWS_WITH(j->save(emptyNote()), Catch::Contains(std::string(kEmptyNoteMessage)));
    CHECK(j->count({}) == 0);
}

TEST_CASE("note rules: the import refuses a file with an empty note, naming it, and writes nothing", "[journal][rules]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    Note good = emptyNote();
    good.text = "fine";
    j->save(good);
    const std::string file = dir.file("export.json");
    exportToFile(*j, file, Format::Json);

    // The same export with a second, empty note.
    std::ifstream in(file);
    auto doc = nlohmann::json::parse(in);
    auto empty = doc["notes"][0];
    empty["id"] = "0b9e2a57-1c4e-4d2b-9a51-3f6c7d8e9f01";
    empty["text"] = "";
    empty["spots"] = nlohmann::json::array();
    empty["treatments"] = nlohmann::json::array();
    empty.erase("intensity");
    doc["notes"].push_back(empty);
    const std::string bad = dir.file("bad.json");
    std::ofstream(bad) << doc.dump();

    TempDir other;
    auto target = Journal::open(other.file(), quiet());
    try {
        importJson(*target, bad, {});
        FAIL("the import went through");
    } catch (const ImportError& e) {
        CHECK_THAT(e.what(), Catch::Contains("/notes/1") && Catch::Contains(std::string(kEmptyNoteMessage)));
    }
    CHECK(target->count({}) == 0);
}

TEST_CASE("note rules: a note may be up to a day ahead of now, a clock's slip, and no later", "[journal][rules]")
{
    const std::int64_t now = 1'796'000'000; // 2026-11-30T...Z
    CHECK(latestNoteTime(now) == now + 24 * 3600);
    CHECK_FALSE(isTooFarAhead(formatTimestamp(now, 60), now));
    CHECK_FALSE(isTooFarAhead(formatTimestamp(now + 24 * 3600, -300), now)); // a day ahead, another time zone
    CHECK(isTooFarAhead(formatTimestamp(now + 24 * 3600 + 1, 0), now));
    CHECK(isTooFarAhead("2031-05-01T08:00:00+02:00", now));
    CHECK_FALSE(isTooFarAhead("2020-05-01T08:00:00+02:00", now));
    CHECK_FALSE(isTooFarAhead("not a time", now)); // validateNote names that
}
