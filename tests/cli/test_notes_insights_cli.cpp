// tpmap notes insights: the core's insights (tested with known answers in tests/core/test_insights.cpp) as JSON
// and as text.
#include <fstream>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../support/run_command.h"
#include "../support/temp_dir.h"

namespace {

struct Box {
    tmap::test::TempDir dir {"tm-insights-cli"};
    tmap::test::Run tpmap(const std::string& args) const
    {
        return tmap::test::runCommand("XDG_DATA_HOME='" + dir.file("xdg") + "' " + TM_TPMAP + " --catalogue "
            + TM_TEST_CATALOGUE + " " + args + " --journal '" + dir.file() + "' 2>/dev/null");
    }
};

} // namespace

TEST_CASE("notes insights cli: factors with their counts, too few to tell below the minimum", "[cli][insights]")
{
    Box box;
    for (int day = 1; day <= 6; ++day) {
        const bool sitting = day <= 3;
        const std::string args = "notes add --spot neck.side:right=" + std::string(sitting ? "8" : "2")
            + " --when 2026-11-0" + std::to_string(day) + "T09:00" + (sitting ? " --factor long-sitting" : "")
            + (day == 6 ? " --factor poor-sleep" : "");
        REQUIRE(box.tpmap(args).code == 0);
    }
    const auto run = box.tpmap("notes insights --json");
    REQUIRE(run.code == 0);
    const auto in = nlohmann::json::parse(run.out);
    CHECK(in["minimum"] == 3);
    CHECK(in["days"] == 6);
    CHECK(in["techniques"].empty());
    REQUIRE(in["factors"].size() == 2);
    CHECK(in["factors"][0]["factor"] == "long-sitting");
    CHECK(in["factors"][0]["with"]["mean"] == 8.0);
    CHECK(in["factors"][0]["with"]["count"] == 3);
    CHECK(in["factors"][0]["without"]["mean"] == 2.0);
    CHECK(in["factors"][0]["too_few"] == false);
    CHECK(in["factors"][1]["factor"] == "poor-sleep");
    CHECK(in["factors"][1]["with"]["mean"].is_null());
    CHECK(in["factors"][1]["with"]["count"] == 1);
    CHECK(in["factors"][1]["too_few"] == true);

    const auto text = box.tpmap("notes insights");
    CHECK(text.code == 0);
    CHECK_THAT(text.out, Catch::Contains("not why"));
    CHECK_THAT(text.out, Catch::Contains("too few to tell"));
    CHECK(box.tpmap("notes insights --since tomorrow").code == 2);
}

TEST_CASE(
    "notes insights cli: a technique is named by its trigger point in words, as the app names it", "[cli][insights]")
{
    Box box;
    const std::string file = box.dir.file("treated.json");
    std::ofstream(file) << R"({"format": "trigger-map-journal", "version": 1, "notes": [{
        "id": "0b9e2a57-1c4e-4d2b-9a51-3f6c7d8e9f01", "when": "2026-11-25T08:30:00+01:00",
        "created_at": "2026-11-25T07:30:00Z", "updated_at": "2026-11-25T07:30:00Z", "intensity": 6,
        "text": "", "spots": [], "tags": [], "factors": [], "treatments": [{"muscle": "upper-trapezius",
        "trigger_point": "upper-trapezius-1", "technique": "Pincer grip on the top of the shoulder", "minutes": 2,
        "before": 6, "after": 3}]}]})";
    REQUIRE(box.tpmap("notes import '" + file + "'").code == 0);
    const auto text = box.tpmap("notes insights").out;
    CHECK_THAT(
        text, Catch::Contains("  Upper trapezius, ") && Catch::Contains(" - Pincer grip on the top of the shoulder"));
    CHECK_THAT(text, !Catch::Contains("upper-trapezius-1"));
    // A treatment noted without its technique says so ("Upper trapezius - : too few to tell" before).
    REQUIRE(box.tpmap("notes add --spot neck.side:right --treated levator-scapulae --before 5 --after 4").code == 0);
    const auto unnamed = box.tpmap("notes insights").out;
    CHECK_THAT(unnamed, Catch::Contains("  Levator scapulae, technique not named: "));
    CHECK_THAT(unnamed, !Catch::Contains(" - : "));
}

TEST_CASE("notes insights cli: a mean is rounded as the app and the report round it", "[cli][insights]")
{
    // Drops of 5, 5, 5 and 6 make 5.25: the app and the report said 5.3, tpmap 5.2 (printf rounds an exact half to
    // even).
    Box box;
    for (const int before : {8, 8, 8, 9})
        REQUIRE(box.tpmap("notes add --spot neck.side:right --treated levator-scapulae --before "
                       + std::to_string(before) + " --after 3")
                    .code
            == 0);
    const auto text = box.tpmap("notes insights").out;
    INFO(text);
    CHECK_THAT(text, Catch::Contains("5.3"));
    CHECK_THAT(text, !Catch::Contains("5.2"));
}
