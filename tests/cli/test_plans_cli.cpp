// tpmap plans: make, fill, reorder, rename and delete a plan as a user would, JSON and text; bad input exits 2
// with a message naming the problem; plans travel with `notes export` / `notes import`.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "../support/catalogue_fixture.h"
#include "../support/run_command.h"
#include "../support/temp_dir.h"
#include "treat/session.h"

namespace {

struct Box {
    tmap::test::TempDir dir {"tm-plans-cli"};
    tmap::test::Run tpmap(const std::string& args, const std::string& journal = "journal.sqlite") const
    {
        return tmap::test::runCommand("XDG_DATA_HOME='" + dir.file("xdg") + "' " + TM_TPMAP + " --catalogue "
            + TM_TEST_CATALOGUE + " " + args + " --journal '" + dir.file(journal) + "'"
            + (args.find("--json") == std::string::npos ? " 2>&1" : " 2>/dev/null"));
    }
};

} // namespace

TEST_CASE("plans cli: new, add, show, move-step, remove, rename, move, delete", "[cli][plans]")
{
    Box box;
    CHECK(box.tpmap("plans list").code == 2); // no journal at that name yet: nothing to list
    REQUIRE(box.tpmap("notes add --spot head.temple:right").code == 0);
    CHECK_THAT(box.tpmap("plans list").out, Catch::Contains("No plans yet"));
    const auto made = box.tpmap("plans new 'Desk neck routine'");
    REQUIRE(made.code == 0);
    CHECK(made.out.size() == 37); // a UUID and a newline
    REQUIRE(box.tpmap("plans add 'desk neck routine' upper-trapezius-1:right --technique 'side-bend neck stretch'").code
        == 0);
    REQUIRE(box.tpmap("plans add 'Desk neck routine' levator-scapulae-1:left").code == 0);
    REQUIRE(box.tpmap("plans add 'Desk neck routine' infraspinatus:right --at 1").code == 0);
    auto plan = nlohmann::json::parse(box.tpmap("plans show 'Desk neck routine' --json").out);
    REQUIRE(plan["steps"].size() == 3);
    CHECK(plan["steps"][0]["muscle"] == "infraspinatus");
    CHECK(plan["steps"][0]["trigger_point"].is_null());
    CHECK(plan["steps"][1]["trigger_point"] == "upper-trapezius-1");
    CHECK(plan["steps"][1]["side"] == "right");
    CHECK(plan["steps"][1]["technique"] == "Side-bend neck stretch");
    CHECK(plan["steps"][2]["technique"] == "");

    REQUIRE(box.tpmap("plans move-step 'Desk neck routine' 1 --to 3").code == 0);
    REQUIRE(box.tpmap("plans remove 'Desk neck routine' 2").code == 0);
    plan = nlohmann::json::parse(box.tpmap("plans show 'Desk neck routine' --json").out);
    REQUIRE(plan["steps"].size() == 2);
    CHECK(plan["steps"][0]["trigger_point"] == "upper-trapezius-1");
    CHECK(plan["steps"][1]["muscle"] == "infraspinatus");
    const auto text = box.tpmap("plans show 'Desk neck routine'");
    CHECK_THAT(text.out, Catch::Contains("1. Upper trapezius, front fibres (TrP1) (right): Side-bend neck stretch"));
    // A step of the whole muscle without a technique: the point a run presses and the techniques it uses, by name.
    const auto* infraspinatus = builtCatalogue().muscle("infraspinatus");
    REQUIRE(infraspinatus);
    const auto* first = tmap::treat::stepPoint(builtCatalogue(), {"infraspinatus", "", tmap::body::Side::Right, {}});
    REQUIRE(first);
    const auto plan2 = tmap::treat::planFor(*infraspinatus, *first, tmap::body::Side::Right);
    REQUIRE(plan2.pressure);
    REQUIRE(plan2.stretch);
    CHECK_THAT(text.out,
        Catch::Contains(
            "2. " + first->name + " (right): " + plan2.pressure->name + ", then stretch: " + plan2.stretch->name));
    CHECK_THAT(text.out, !Catch::Contains("the entry's own technique"));

    // change: another side, another technique, or both; what is not given stays; a mistake changes nothing.
    REQUIRE(box.tpmap("plans change 'Desk neck routine' 1 --side left").code == 0);
    REQUIRE(box.tpmap("plans change 'Desk neck routine' 2 --technique 'hand up the back'").code == 0);
    plan = nlohmann::json::parse(box.tpmap("plans show 'Desk neck routine' --json").out);
    CHECK(plan["steps"][0]["side"] == "left");
    CHECK(plan["steps"][0]["technique"] == "Side-bend neck stretch");
    CHECK(plan["steps"][1]["side"] == "right");
    CHECK(plan["steps"][1]["technique"] == "Hand up the back");
    for (const char* bad : {"plans change 'Desk neck routine' 1", "plans change 'Desk neck routine' 3 --side left",
             "plans change 'Desk neck routine' 1 --side up", "plans change 'Desk neck routine' 1 --technique nope"}) {
        INFO(bad);
        CHECK(box.tpmap(bad).code == 2);
    }
    CHECK(nlohmann::json::parse(box.tpmap("plans show 'Desk neck routine' --json").out) == plan);
    REQUIRE(box.tpmap("plans change 'Desk neck routine' 1 --side right").code == 0);

    REQUIRE(box.tpmap("plans new 'Low back'").code == 0);
    REQUIRE(box.tpmap("plans move 'low back' --to 1").code == 0);
    // A German capital is found as the journal compares names ("übungen" could be made beside "Übungen" once).
    REQUIRE(box.tpmap("plans new '\xC3\x9C"
                      "bungen'")
                .code
        == 0);
    CHECK(box.tpmap("plans show '\xC3\xBC"
                    "bungen' --json")
              .code
        == 0);
    REQUIRE(box.tpmap("plans delete '\xC3\xBC"
                      "bungen'")
                .code
        == 0);
    REQUIRE(box.tpmap("plans rename 'Desk neck routine' 'Neck, short'").code == 0);
    auto list = nlohmann::json::parse(box.tpmap("plans list --json").out);
    REQUIRE(list["plans"].size() == 2);
    CHECK(list["plans"][0]["name"] == "Low back");
    CHECK(list["plans"][1]["name"] == "Neck, short");
    REQUIRE(box.tpmap("plans delete 'Low back'").code == 0);
    list = nlohmann::json::parse(box.tpmap("plans list --json").out);
    CHECK(list["plans"].size() == 1);
}

TEST_CASE("plans cli: mistakes exit 2 and say what is wrong - nothing changes", "[cli][plans]")
{
    Box box;
    // A name that cannot be saved starts no journal ("started a new journal", then "plan not saved").
    const auto tab = box.tpmap("plans new \"$(printf 'tab\\there')\"");
    CHECK(tab.code == 2);
    CHECK_THAT(tab.out, Catch::Contains("control character") && !Catch::Contains("started a new journal"));
    CHECK_FALSE(std::filesystem::exists(box.dir.file("journal.sqlite")));
    REQUIRE(box.tpmap("plans new Neck").code == 0);
    auto run = box.tpmap("plans new NECK");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("already a plan called \"Neck\""));
    // Places from 1, the same check everywhere: --at 0 is no "end", --to beyond the list no "last".
    for (const char* bad :
        {"plans add Neck upper-trapezius-1:right --at 0", "plans move Neck --to 0", "plans move Neck --to 99"}) {
        INFO(bad);
        run = box.tpmap(bad);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains(" 1 to 1"));
    }
    // Spaces around the name are not part of it; the message speaks of the plan, not of "/name".
    run = box.tpmap("plans new ' neck '");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("plan not saved: there is already a plan called") && !Catch::Contains("/name"));
    run = box.tpmap("plans add Neck no-such-point");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("no trigger point or muscle \"no-such-point\""));
    run = box.tpmap("plans add Neck upper-trapezius-1:up");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("left or right"));
    run = box.tpmap("plans add Neck iliopsoas-3:right"); // beside the femoral pulse: for a clinician only
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("for a clinician only"));
    run = box.tpmap("plans add Neck upper-trapezius-1:left --technique yoga");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("Side-bend neck stretch"));
    run = box.tpmap("plans add Neck upper-trapezius-1"); // a session presses on one side
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("say the side that hurts, e.g. upper-trapezius-1:right"));
    run = box.tpmap("plans add Neck infraspinatus");
    CHECK(run.code == 2);
    // A point of one side only, asked for on the other: said, not stored on its own side unsaid.
    run = box.tpmap("plans add Neck rectus-abdominis-6:right");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("lies on the left side only") && Catch::Contains("rectus-abdominis-6:left"));
    run = box.tpmap("plans add Neck upper-trapezius-1:left --at 3"); // the plan has no step: only place 1
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("a new step goes at 1 to 1"));
    run = box.tpmap("plans remove Neck 1");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("has 0 steps"));
    run = box.tpmap("plans show Back");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("no plan \"Back\""));
    run = box.tpmap("plans new ''");
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("needs a name"));
    CHECK(nlohmann::json::parse(box.tpmap("plans list --json").out)["plans"].size() == 1);
}

TEST_CASE("plans cli: words that are one plan's id and another's name are refused, naming both", "[cli][plans]")
{
    // The id won: "plans delete ID" erased Desk when the plan named so, listed with that name, may have been meant.
    Box box;
    REQUIRE(box.tpmap("plans new Desk").code == 0);
    const auto listed = nlohmann::json::parse(box.tpmap("plans list --json").out);
    const std::string id = listed["plans"][0]["id"];
    REQUIRE(box.tpmap("plans new '" + id + "'").code == 0); // a plan named like Desk's id
    const std::string other = nlohmann::json::parse(box.tpmap("plans list --json").out)["plans"][1]["id"];
    const auto refused = box.tpmap("plans delete " + id);
    CHECK(refused.code == 2);
    CHECK_THAT(refused.out,
        Catch::Contains("both the id of the plan \"Desk\"") && Catch::Contains("id " + other)
            && Catch::Contains("\"Desk\" or " + other));
    CHECK(nlohmann::json::parse(box.tpmap("plans list --json").out)["plans"].size() == 2); // nothing deleted
    // Either is reached another way.
    REQUIRE(box.tpmap("plans delete Desk").code == 0);
    const auto left = nlohmann::json::parse(box.tpmap("plans list --json").out)["plans"];
    REQUIRE(left.size() == 1);
    CHECK(left[0]["name"] == id);
    // With Desk gone the words name one plan only, by its name.
    CHECK(box.tpmap("plans show " + id).code == 0);
    // A name is found as it is saved, without the spaces around it.
    REQUIRE(box.tpmap("plans new Desk").code == 0);
    CHECK(box.tpmap("plans show ' desk '").code == 0);
}

TEST_CASE("plans cli: plans travel with the journal's export and import", "[cli][plans]")
{
    Box box;
    REQUIRE(box.tpmap("plans new Neck").code == 0);
    REQUIRE(box.tpmap("plans add Neck upper-trapezius-1:right").code == 0);
    REQUIRE(box.tpmap("notes export --format json --output '" + box.dir.file("out.json") + "'").code == 0);
    const auto run = box.tpmap("notes import '" + box.dir.file("out.json") + "'", "other.sqlite");
    REQUIRE(run.code == 0);
    CHECK_THAT(run.out, Catch::Contains("plans: 1 added"));
    const auto list = nlohmann::json::parse(box.tpmap("plans list --json", "other.sqlite").out);
    REQUIRE(list["plans"].size() == 1);
    CHECK(list["plans"][0]["steps"][0]["trigger_point"] == "upper-trapezius-1");
}

TEST_CASE("plans cli: steps added by four programs at once are all kept", "[cli][plans][concurrency]")
{
    // Each add reads the plan, adds its step and saves: in two writes, a second program's save dropped the first's
    // step (40 adds kept 21). In one write (Journal::editPlan) none is lost.
    Box box;
    REQUIRE(box.tpmap("plans new race").code == 0);
    const std::string one = std::string(TM_TPMAP) + " --catalogue " + TM_TEST_CATALOGUE
        + " plans add race masseter-1:left --journal '" + box.dir.file("journal.sqlite") + "' > /dev/null 2>&1";
    const auto run = tmap::test::runCommand(
        "for p in 1 2 3 4; do (for i in 1 2 3 4 5 6; do " + one + " || echo failed; done) & done; wait");
    CHECK(run.out.find("failed") == std::string::npos);
    const auto plan = nlohmann::json::parse(box.tpmap("plans show race --json").out);
    CHECK(plan["steps"].size() == 24);
}

TEST_CASE("plans cli: a step and a treatment take a muscle by the names tpmap muscle takes", "[cli][plans]")
{
    // "tpmap muscle QL" worked, "plans add Neck QL:left" and "notes add --treated QL" did not, though the help says
    // they name muscles as tpmap muscle does.
    Box box;
    REQUIRE(box.tpmap("notes add --spot back.lumbar:left --treated QL --before 6 --after 4").code == 0);
    const auto notes = nlohmann::json::parse(box.tpmap("notes list --json").out);
    REQUIRE(notes["notes"].size() == 1);
    CHECK(notes["notes"][0]["treatments"][0]["muscle"] == "quadratus-lumborum");
    REQUIRE(box.tpmap("plans new Back").code == 0);
    REQUIRE(box.tpmap("plans add Back 'Quadratus lumborum:left'").code == 0);
    REQUIRE(box.tpmap("plans add Back QL:right").code == 0);
    const auto plan = nlohmann::json::parse(box.tpmap("plans show Back --json").out);
    REQUIRE(plan["steps"].size() == 2);
    CHECK(plan["steps"][0]["muscle"] == "quadratus-lumborum");
    CHECK(plan["steps"][1]["side"] == "right");
    // A name that is no muscle's is still an error naming it.
    const auto wrong = box.tpmap("plans add Back Quadratic:left");
    CHECK(wrong.code == 2);
    CHECK_THAT(wrong.out, Catch::Contains("no trigger point or muscle \"Quadratic\""));
}
