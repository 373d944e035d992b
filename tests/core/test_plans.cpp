// journal/plans: saved plans in the journal file - rules, the user's order, rename, delete, the 2 -> 3 migration,
// and their round trip through the JSON export (version 2; version-1 documents still import).
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "../support/catalogue_fixture.h"
#include "db/database.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/uuid.h"
#include "journal_fixture.h"

using namespace tmap::journal;
using tmap::body::Side;
using tmap::test::quiet;
using tmap::test::TempDir;

namespace {

Plan deskNeck()
{
    return {"", "Desk neck routine",
        {{"upper-trapezius", "upper-trapezius-1", Side::Right, "Ball or cane-hook pressure on the top of the shoulder"},
            {"levator-scapulae", "levator-scapulae-1", Side::None, ""}},
        "", ""};
}

Note aNote()
{
    Note n;
    n.when = "2026-11-20T09:00:00+01:00";
    n.intensity = 5;
    n.spots = {{"neck.back:right", 5, Quality::Aching}};
    return n;
}

} // namespace

TEST_CASE("plans: saved in order, read back, renamed, reordered, deleted", "[plans]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    CHECK(j->plans().empty());
    const auto desk = j->savePlan(deskNeck());
    CHECK(isUuid(desk.id));
    CHECK_FALSE(desk.created.empty());
    const auto low = j->savePlan(
        {"", "Low back", {{"quadratus-lumborum", "", Side::Left, "Side-lying and standing side bend"}}, "", ""});
    const auto empty = j->savePlan({"", "Later", {}, "", ""}); // made now, filled with "Add to plan" later
    auto all = j->plans();
    REQUIRE(all.size() == 3);
    CHECK(all[0] == desk);
    CHECK(all[1].name == "Low back");
    CHECK(all[1].steps[0].side == Side::Left);
    CHECK(all[2].steps.empty());

    // Rename and add a step: the same plan, in the same place.
    auto edited = desk;
    edited.name = "Desk neck (short)";
    edited.steps.push_back({"infraspinatus", "infraspinatus-1", Side::Right, ""});
    j->savePlan(edited);
    all = j->plans();
    CHECK(all[0].id == desk.id);
    CHECK(all[0].name == "Desk neck (short)");
    CHECK(all[0].steps.size() == 3);
    CHECK(all[0].created == desk.created);

    CHECK(j->movePlan(empty.id, 0));
    CHECK(j->movePlan(desk.id, 99)); // past the end: last
    all = j->plans();
    CHECK(all[0].id == empty.id);
    CHECK(all[1].id == low.id);
    CHECK(all[2].id == desk.id);
    CHECK_FALSE(j->movePlan("no-such-plan", 0));

    CHECK(j->deletePlan(low.id));
    CHECK_FALSE(j->deletePlan(low.id));
    CHECK(j->plans().size() == 2);
    CHECK_FALSE(j->plan(low.id));
    CHECK(j->plan(desk.id)->name == "Desk neck (short)");
}

TEST_CASE("plans: bad plans are refused with where and why, and nothing is written", "[plans]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    auto refused = [&](Plan plan, const std::string& pointer, const std::string& words) {
        try {
            j->savePlan(std::move(plan));
            FAIL("accepted");
        } catch (const InvalidPlan& e) {
            CHECK(e.problems().front().pointer == pointer);
            CHECK_THAT(e.problems().front().message, Catch::Contains(words));
        }
    };
    refused({"", "  ", {}, "", ""}, "/name", "needs a name");
    refused({"", "two\nlines", {}, "", ""}, "/name", "one line");
    refused({"", "tab\there", {}, "", ""}, "/name", "control character"); // a newline was refused, a tab kept
    refused({"", std::string(201, 'x'), {}, "", ""}, "/name", "longer than 200");
    refused({"", "p", {{"no-such-muscle", "", Side::None, ""}}, "", ""}, "/steps/0/muscle", "unknown muscle");
    refused({"", "p", {{"upper-trapezius", "levator-scapulae-1", Side::None, ""}}, "", ""}, "/steps/0/trigger_point",
        "belongs to levator-scapulae");
    refused({"", "p", std::vector<PlanStep>(kMaxPlanSteps + 1, {"upper-trapezius", "", Side::None, ""}), "", ""},
        "/steps", "too many steps");
    refused({"not-a-uuid", "p", {}, "", ""}, "/id", "not an id");
    CHECK(j->plans().empty());
    j->savePlan(deskNeck());
    refused({"", "DESK NECK ROUTINE", {}, "", ""}, "/name", "already a plan called \"Desk neck routine\"");
    // Spaces around a name are not part of it: the same name again, and a name saved without them.
    refused({"", " Desk neck routine\t", {}, "", ""}, "/name", "already a plan called");
    // German names compare as the app compares them: "übungen" is "Übungen" (its capital is not ASCII).
    CHECK(planNameKey("\xC3\x9C"
                      "bungen \xC3\x89T\xC3\x89 \xC3\x97")
        == "\xC3\xBC"
           "bungen \xC3\xA9t\xC3\xA9 \xC3\x97");
    j->savePlan({"",
        "\xC3\x9C"
        "bungen",
        {}, "", ""});
    refused({"",
                "\xC3\xBC"
                "bungen",
                {}, "", ""},
        "/name", "already a plan called");
    // ... and typed as a letter and its accent (NFD, "U" + U+0308, as some systems write it): the same name.
    refused({"",
                "U\xCC\x88"
                "bungen",
                {}, "", ""},
        "/name", "already a plan called");
    CHECK(planNameKey("Cafe\xCC\x81 Nin\xCC\x83o") == planNameKey("Caf\xC3\xA9 Ni\xC3\xB1o"));
    CHECK(planNameKey("x\xCC\x88") == "x\xCC\x88"); // an accent on a letter Latin-1 has no such letter for stays
    CHECK(planNameKey("\xCC\x88"
                      "a")
        == "\xCC\x88"
           "a"); // a mark with nothing before it too
    j->deletePlan(j->plans().back().id);
    CHECK(j->savePlan({"", "  Evening  ", {}, "", ""}).name == "Evening");
    CHECK(j->plans().size() == 2);
    CHECK(j->plans().back().name == "Evening");
}

TEST_CASE("plans: a new step is one a session can run - a step saved before stays", "[plans]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    auto refused = [&](PlanStep step, const std::string& pointer, const std::string& words) {
        try {
            j->savePlan({"", "p", {std::move(step)}, "", ""});
            FAIL("accepted");
        } catch (const InvalidPlan& e) {
            REQUIRE_FALSE(e.problems().empty());
            CHECK(e.problems().front().pointer == pointer);
            CHECK_THAT(e.problems().front().message, Catch::Contains(words));
        }
    };
    // Beside the femoral pulse: for a clinician only.
    refused({"iliopsoas", "iliopsoas-3", Side::Right, ""}, "/steps/0/trigger_point", "for a clinician only");
    // Rectus abdominis' chest-pain point is on the left only: a step on the right would be listed there, pressed on
    // the left.
    refused({"rectus-abdominis", "rectus-abdominis-6", Side::Right, ""}, "/steps/0/side", "left side only");
    // Pectoralis major's point linked with an irregular heartbeat: a clinician's, like the one by the femoral pulse.
    refused(
        {"pectoralis-major", "pectoralis-major-5", Side::Right, ""}, "/steps/0/trigger_point", "for a clinician only");
    // A technique the muscle does not have would run the entry's first one without a word.
    refused({"upper-trapezius", "upper-trapezius-1", Side::Right, "Foam roller on the shins"}, "/steps/0/technique",
        "not one of upper-trapezius's techniques");
    CHECK(j->plans().empty());
    CHECK(j->savePlan({"", "ok", {{"rectus-abdominis", "rectus-abdominis-6", Side::Left, ""}}, "", ""}).steps.size()
        == 1);
    // A plan whose step a catalogue update made one for a clinician only (an import keeps it, as the session
    // leaves it out and says so) still takes new steps; that step itself cannot be added again.
    const Plan old {newUuid(), "old", {{"iliopsoas", "iliopsoas-3", Side::Right, ""}}, "", ""};
    j->saveAll({}, {old}, OnDuplicate::Skip);
    const auto edited = j->editPlan(old.id, [](Plan& plan) {
        plan.steps.push_back({"upper-trapezius", "upper-trapezius-1", Side::Right, ""});
    });
    REQUIRE(edited);
    CHECK(edited->steps.size() == 2);
    CHECK_THROWS_AS(j->editPlan(old.id, [](Plan& plan) { plan.steps.push_back(plan.steps.front()); }), InvalidPlan);
}

TEST_CASE("plans: a version-2 journal gains the plans' tables and keeps its notes", "[plans][migration]")
{
    TempDir dir;
    std::string id;
    {
        auto j = Journal::open(dir.file(), quiet());
        id = j->save(aNote()).id;
    }
    {
        // Version 2 is version 3 without the plans' tables.
        tmap::db::Database db(dir.file());
        db.exec("DROP TABLE plan_step; DROP TABLE plan; PRAGMA user_version = 2;");
    }
    auto j = Journal::open(dir.file(), quiet());
    CHECK(j->report().migratedFrom == 2);
    CHECK(j->plans().empty());
    CHECK(j->get(id));
    j->savePlan(deskNeck());
    CHECK(j->plans().size() == 1);
    tmap::db::Database db(dir.file());
    CHECK(db.userVersion() == tmap::journal::kSchemaVersion);
}

TEST_CASE("plans: exported and imported with the notes (round trip) - old exports still import", "[plans][import]")
{
    TempDir dir;
    auto from = Journal::open(dir.file("from.sqlite"), quiet());
    from->save(aNote());
    const auto a = from->savePlan(deskNeck());
    const auto b = from->savePlan(
        {"", "Low back", {{"quadratus-lumborum", "", Side::Left, "Side-lying and standing side bend"}}, "", ""});
    std::ostringstream out;
    exportJson(*from, out, {"2030-01-01", ""}); // a range without notes: the plans still go
    auto doc = nlohmann::json::parse(out.str());
    CHECK(doc["version"] == tmap::journal::kExportVersion);
    CHECK(doc["notes"].empty());
    REQUIRE(doc["plans"].size() == 2);
    CHECK(doc["plans"][0]["name"] == "Desk neck routine");
    CHECK(doc["plans"][0]["steps"][0]["side"] == "right");
    CHECK(doc["plans"][0]["steps"][1]["side"].is_null());

    out.str("");
    exportToFile(*from, dir.file("export.json"), Format::Json);
    auto to = Journal::open(dir.file("to.sqlite"), quiet());
    to->savePlan({"", "Mine", {}, "", ""});
    ImportOptions options;
    options.vocabulary = {nullptr, &builtCatalogue()};
    const auto result = importJson(*to, dir.file("export.json"), options);
    CHECK(result.added == 1);
    CHECK(result.plansAdded == 2);
    auto plans = to->plans();
    REQUIRE(plans.size() == 3);
    CHECK(plans[0].name == "Mine"); // what was there keeps its place; the imported follow in their order
    CHECK(plans[1] == a);
    CHECK(plans[2] == b);
    // Again: nothing new; with Update, an edited plan is replaced in its place.
    CHECK(importJson(*to, dir.file("export.json"), options).plansSkipped == 2);
    auto renamed = a;
    renamed.name = "Desk neck, renamed";
    from->savePlan(renamed);
    exportToFile(*from, dir.file("export.json"), Format::Json);
    options.onDuplicate = OnDuplicate::Update;
    const auto updated = importJson(*to, dir.file("export.json"), options);
    CHECK(updated.plansUpdated == 1);
    CHECK(updated.plansUnchanged == 1); // "Low back" is here as it is in the file: not counted as updated
    CHECK(to->plans()[1].name == "Desk neck, renamed");

    // An older export imported again never undoes an edit made here since (as for notes): a step added here after
    // the file was written stays, and the import says so.
    auto file = nlohmann::json::parse(std::ifstream(dir.file("export.json")));
    for (auto& p : file["plans"])
        p["updated_at"] = "2026-01-01T00:00:00Z";
    file["plans"][0]["name"] = "Desk neck, as it was";
    std::ofstream(dir.file("older.json")) << file.dump();
    auto edited = to->plans()[1];
    edited.steps.push_back({"levator-scapulae", "", Side::Right, ""});
    to->savePlan(edited);
    const auto older = importJson(*to, dir.file("older.json"), options);
    CHECK(older.plansUpdated == 0);
    CHECK(older.plansSkipped == 2);
    CHECK(older.plansNewerHere == 2);
    CHECK(to->plans()[1].name == "Desk neck, renamed");
    CHECK(to->plans()[1].steps.size() == edited.steps.size());

    // The user's own edit always writes, even over a plan whose stored time is ahead of this computer's clock (one
    // imported from a computer whose clock ran an hour fast): the import's rule is for imports only.
    const std::time_t hourLater = std::time(nullptr) + 3600;
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&hourLater));
    file["plans"][0]["updated_at"] = stamp;
    file["plans"][0]["name"] = "From a fast clock";
    std::ofstream(dir.file("fast.json")) << file.dump();
    REQUIRE(importJson(*to, dir.file("fast.json"), options).plansUpdated == 1);
    auto own = to->plans()[1];
    REQUIRE(own.name == "From a fast clock");
    own.name = "Renamed here";
    to->savePlan(own);
    CHECK(to->plans()[1].name == "Renamed here");

    // A version-1 document (notes only) still imports; one that claims plans is refused.
    nlohmann::json v1 {{"format", kExportFormat}, {"version", 1}, {"notes", nlohmann::json::array()}};
    CHECK(parseExportDocument(v1.dump(), "old.json").plans.empty());
    v1["plans"] = nlohmann::json::array();
    CHECK_THROWS_WITH(parseExportDocument(v1.dump(), "old.json"), Catch::Contains("/plans"));
}

TEST_CASE("plans: a bad plan in an import names the file and the place - nothing is written", "[plans][import]")
{
    const auto base = [] {
        return nlohmann::json {{"format", kExportFormat}, {"version", 2}, {"notes", nlohmann::json::array()},
            {"plans",
                {{{"id", "3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c"}, {"name", "Neck"},
                    {"steps", {{{"muscle", "upper-trapezius"}, {"side", "right"}}}}}}}};
    };
    const Vocabulary vocabulary {nullptr, &builtCatalogue()};
    CHECK(parseExportDocument(base().dump(), "p.json", vocabulary).plans.size() == 1);
    auto refused = [&](const nlohmann::json& doc, const std::string& pointer) {
        try {
            parseExportDocument(doc.dump(), "p.json", vocabulary);
            FAIL("accepted");
        } catch (const ImportError& e) {
            CHECK(e.file() == "p.json");
            CHECK(e.pointer() == pointer);
        }
    };
    auto doc = base();
    doc["plans"][0]["steps"][0]["side"] = "up";
    refused(doc, "/plans/0/steps/0/side");
    doc = base();
    doc["plans"][0]["steps"][0]["muscle"] = "no-such-muscle";
    refused(doc, "/plans/0/steps/0/muscle");
    doc = base();
    doc["plans"][0]["colour"] = "red";
    refused(doc, "/plans/0/colour");
    doc = base();
    doc["plans"].push_back(doc["plans"][0]);
    refused(doc, "/plans/1/id");
    doc["plans"][1]["id"] = "5a1f0e2d-9c8b-4a7d-b6e5-f4d3c2b1a098";
    doc["plans"][1]["name"] = "NECK";
    refused(doc, "/plans/1/name");
    doc = base();
    doc["plans"][0].erase("name");
    refused(doc, "/plans/0/name");
    // Names that differ only in case are one name, beyond ASCII too (as savePlan and tpmap's plan lookup read them).
    doc = base();
    doc["plans"][0]["name"] = "Übungen";
    doc["plans"].push_back(doc["plans"][0]);
    doc["plans"][1]["id"] = "5a1f0e2d-9c8b-4a7d-b6e5-f4d3c2b1a098";
    doc["plans"][1]["name"] = "übungen";
    refused(doc, "/plans/1/name");
}

TEST_CASE("plans: one import lists the problems of its notes, of each of its plans", "[plans][import]")
{
    // A bad note, then two bad plans and a good one between them: all three problems are named at once, so that
    // one look at the message (or one edit of the file) mends them all.
    nlohmann::json doc {{"format", kExportFormat}, {"version", 2},
        {"notes",
            {{{"id", "0b7e9c1a-3f2d-4c5b-8a6e-1d2c3b4a5f60"}, {"when", "2025-03-01T08:30:00+01:00"},
                {"spots", {{{"region", "head.temple:right"}, {"intensity", 12}}}}}}},
        {"plans",
            {{{"id", "3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c"}, {"name", "Neck"},
                 {"steps", {{{"muscle", "upper-trapezius"}, {"side", "up"}}}}},
                {{"id", "5a1f0e2d-9c8b-4a7d-b6e5-f4d3c2b1a098"}, {"name", "Back"},
                    {"steps", {{{"muscle", "quadratus-lumborum"}, {"side", "left"}}}}},
                {{"id", "7c2b1a09-4d3e-4f5a-8b6c-9d0e1f2a3b4c"}, {"name", "Legs"},
                    {"steps", {{{"muscle", "no-such-muscle"}, {"side", "left"}}}}}}}};
    const Vocabulary vocabulary {&tmap::test::bodyMap(), &builtCatalogue()};
    try {
        parseExportDocument(doc.dump(), "p.json", vocabulary);
        FAIL("accepted");
    } catch (const ImportError& e) {
        CHECK(e.pointer() == "/notes/0/spots/0/intensity");
        CHECK_THAT(e.problem(), Catch::Contains("plan 1, step 1, side") && Catch::Contains("plan 3, step 1, muscle"));
        CHECK_THAT(e.problem(), !Catch::Contains("plan 2"));
    }
}

TEST_CASE("plans: an imported plan that meets another plan's name is renamed, never a second of the same name",
    "[plans][import]")
{
    TempDir dir;
    auto from = Journal::open(dir.file("from.sqlite"), quiet());
    from->savePlan(deskNeck());
    exportToFile(*from, dir.file("export.json"), Format::Json);
    auto to = Journal::open(dir.file("to.sqlite"), quiet());
    const auto mine = to->savePlan({"", "DESK NECK ROUTINE", {}, "", ""});
    importJson(*to, dir.file("export.json"));
    auto plans = to->plans();
    REQUIRE(plans.size() == 2);
    CHECK(plans[0] == mine);
    CHECK(plans[1].name == "Desk neck routine (2)");
    // Both can still be edited: their names differ.
    plans[1].steps.pop_back();
    CHECK_NOTHROW(to->savePlan(plans[1]));
    // A long name keeps within the limit with its number.
    auto longName = deskNeck();
    longName.name = std::string(199, 'x') + "\xC3\xA9"; // 200 characters, the last one two bytes
    from = Journal::open(dir.file("from2.sqlite"), quiet());
    from->savePlan(longName);
    exportToFile(*from, dir.file("export2.json"), Format::Json);
    to->savePlan({"", longName.name, {}, "", ""});
    importJson(*to, dir.file("export2.json"));
    plans = to->plans();
    REQUIRE(plans.size() == 4);
    CHECK(plans[3].name == std::string(196, 'x') + " (2)");
    CHECK(validatePlan(plans[3], {}).empty());
}

TEST_CASE("plans: two journals that share their plans both ways keep each plan's name, and a rename is said",
    "[plans][import]")
{
    // Each way the import renamed the other's "Morning" to "Morning (2)" without a word; back again the laptop's own
    // plan took its renamed copy's name, and was renamed again: "Morning (2) (2)".
    TempDir dir;
    auto laptop = Journal::open(dir.file("laptop.sqlite"), quiet());
    auto desktop = Journal::open(dir.file("desktop.sqlite"), quiet());
    auto morning = deskNeck();
    morning.name = "Morning";
    const auto own = laptop->savePlan(morning);
    const auto theirs = desktop->savePlan(morning);
    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    exportToFile(*laptop, dir.file("laptop.json"), Format::Json);
    auto result = importFile(*desktop, dir.file("laptop.json"), update);
    CHECK(result.plansAdded == 1);
    REQUIRE(result.plansRenamed.size() == 1);
    CHECK(result.plansRenamed[0] == std::pair<std::string, std::string>("Morning", "Morning (2)"));
    exportToFile(*desktop, dir.file("desktop.json"), Format::Json);
    result = importFile(*laptop, dir.file("desktop.json"), update);
    CHECK(result.plansAdded == 1);
    CHECK(result.plansUnchanged == 1); // its own plan, back from the desktop as "Morning (2)"
    CHECK(result.plansUpdated == 0);
    REQUIRE(result.plansRenamed.size() == 1);
    CHECK(result.plansRenamed[0].second == "Morning (2)");
    CHECK(laptop->plan(own.id)->name == "Morning");
    CHECK(laptop->plan(theirs.id)->name == "Morning (2)");
    // A name really changed there still comes in.
    desktop->editPlan(own.id, [](Plan& p) { p.name = "Evening"; });
    exportToFile(*desktop, dir.file("again.json"), Format::Json);
    result = importFile(*laptop, dir.file("again.json"), update);
    CHECK(laptop->plan(own.id)->name == "Evening");
    CHECK(result.plansRenamed.empty());
}

TEST_CASE("plans: an edit reads and saves in one write, so another program's edit is never lost", "[plans]")
{
    // Two programs on one journal (the app and tpmap): each adds a step. Read, change, save in two writes let the
    // second save drop the first one's step; editPlan holds the journal's write lock from the read to the save.
    TempDir dir;
    auto app = Journal::open(dir.file(), quiet());
    app->setVocabulary({nullptr, &builtCatalogue()});
    auto options = quiet();
    options.busyTimeoutMs = 0;
    options.writeAttempts = 1;
    auto cli = Journal::open(dir.file(), options);
    cli->setVocabulary({nullptr, &builtCatalogue()});
    const auto desk = app->savePlan(deskNeck());

    const auto edited = app->editPlan(desk.id, [&](Plan& plan) {
        // Meanwhile the other program cannot write: it is told the journal is busy, and saves nothing.
        auto theirs = *cli->plan(desk.id);
        theirs.steps.push_back({"infraspinatus", "infraspinatus-1", Side::Left, ""});
        CHECK_THROWS_AS(cli->savePlan(theirs), JournalError);
        plan.steps.push_back({"infraspinatus", "infraspinatus-1", Side::Right, ""});
    });
    REQUIRE(edited);
    CHECK(edited->steps.size() == 3);
    // Once it is done, the other program's edit reads the plan as saved and keeps the step added.
    cli->editPlan(desk.id, [](Plan& plan) { plan.steps.push_back({"levator-scapulae", "", Side::Left, ""}); });
    const auto now = app->plan(desk.id);
    REQUIRE(now);
    REQUIRE(now->steps.size() == 4);
    CHECK(now->steps[2].side == Side::Right);
    CHECK(now->steps[3].muscle == "levator-scapulae");

    // What the change throws leaves the plan as it was; a plan that is not there is std::nullopt.
    CHECK_THROWS_AS(app->editPlan(desk.id,
                        [](Plan& plan) {
                            plan.steps.clear();
                            throw std::out_of_range("no step 9");
                        }),
        std::out_of_range);
    CHECK(app->plan(desk.id)->steps.size() == 4);
    CHECK_FALSE(app->editPlan("no-such-plan", [](Plan&) {}));
}
