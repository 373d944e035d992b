// tpmap notes summary (the figures the app's report and trend show) and the empty-note rule on the command line.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "../support/run_command.h"
#include "../support/temp_dir.h"

namespace {

struct Box {
    tmap::test::TempDir dir {"tm-summary-cli"};
    tmap::test::Run tpmap(const std::string& args, bool mergeErr = false) const
    {
        return tmap::test::runCommand("XDG_DATA_HOME='" + dir.file("xdg") + "' " + TM_TPMAP + " --catalogue "
            + TM_TEST_CATALOGUE + " " + args + " --journal '" + dir.file() + "'"
            + (mergeErr ? " 2>&1" : " 2>/dev/null"));
    }
};

} // namespace

TEST_CASE("notes summary cli: --json prints the summary of the range", "[cli][notes][summary]")
{
    Box box;
    REQUIRE(
        box.tpmap("notes add --spot head.temple:right=8 --spot neck.side:right=2 --when 2026-11-01T08:00").code == 0);
    REQUIRE(box.tpmap("notes add --spot head.temple:right=6 --when 2026-11-01T20:00").code == 0);
    REQUIRE(box.tpmap("notes add --spot chest.sternum=9 --when 2026-11-03T09:00").code == 0);

    const auto run = box.tpmap("notes summary --json");
    REQUIRE(run.code == 0);
    const auto s = nlohmann::json::parse(run.out);
    CHECK(s["notes"] == 3);
    CHECK(s["days"] == 2);
    CHECK(s["first"] == "2026-11-01");
    CHECK(s["last"] == "2026-11-03");
    CHECK(s["since"].is_null());
    REQUIRE(s["regions"].size() == 3);
    CHECK(s["regions"][0]["region"] == "chest.sternum");
    CHECK(s["regions"][1]["region"] == "head.temple:right");
    CHECK(s["regions"][1]["mean"] == 7.0);
    CHECK(s["regions"][1]["count"] == 2);
    CHECK(s["overall_per_day"].empty());
    REQUIRE(s["spots_per_day"].size() == 2);
    CHECK(s["spots_per_day"][1]["day"] == "2026-11-03");
    CHECK(s["trend_subjects"]["regions"][0]["id"] == "head.temple:right");
    CHECK(s["trend_subjects"]["muscles"].empty());

    const auto ranged = nlohmann::json::parse(box.tpmap("notes summary --json --since 2026-11-02").out);
    CHECK(ranged["notes"] == 1);
    CHECK(ranged["since"] == "2026-11-02");

    const auto text = box.tpmap("notes summary");
    CHECK(text.code == 0);
    CHECK_THAT(text.out, Catch::Contains("3 notes on 2 days"));
    // The day's pain as the app's chart and the report give it: these notes give no overall pain, so each note's
    // worst spot (8 and 6 on the 1st: 7.0 over 2 notes).
    CHECK_THAT(text.out, Catch::Contains("Daily pain (each note's overall pain, else its worst spot"));
    CHECK_THAT(text.out, Catch::Contains("2026-11-01   7.0  2") && Catch::Contains("2026-11-03   9.0  1"));
    REQUIRE(s["pain_per_day"].size() == 2);
    CHECK(s["pain_per_day"][0]["mean"] == 7.0);
    CHECK(box.tpmap("notes summary --since yesterday").code == 2);
}

TEST_CASE("notes summary cli: import refuses an empty note with the core's message", "[cli][notes][rules]")
{
    Box box;
    const std::string file = box.dir.file("empty.json");
    std::ofstream(file) << R"({"format": "trigger-map-journal", "version": 1, "notes": [{
        "id": "0b9e2a57-1c4e-4d2b-9a51-3f6c7d8e9f01", "when": "2026-11-25T08:30:00+01:00",
        "created_at": "2026-11-25T07:30:00Z", "updated_at": "2026-11-25T07:30:00Z", "intensity": null,
        "text": "", "spots": [], "tags": ["x"], "factors": [], "treatments": []}]})";
    const auto run = box.tpmap("notes import '" + file + "'", true);
    CHECK(run.code == 2);
    CHECK_THAT(run.out,
        Catch::Contains("/notes/0") && Catch::Contains("the note is empty: mark where it hurt, give an overall pain"));
    CHECK_FALSE(std::filesystem::exists(box.dir.file())); // nothing written, no journal started
}
