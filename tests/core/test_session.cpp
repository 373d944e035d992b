// treat/session: the steps of a guided session, driven by made-up clock readings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>

#include "../support/catalogue_fixture.h"
#include "catalogue/catalogue.h"
#include "treat/session.h"

using namespace tmap::treat;

namespace {

/// A plan with round numbers: 2 s get ready, 30 s holds (2 of them), 20 s stretches (3 of them).
Plan roundPlan(int repetitions = 2, int stretches = 3)
{
    Plan p;
    p.getReadyMs = 2'000;
    p.setUpMs = 2'000;
    p.stretchSetUpMs = 2'000;
    p.holdMs = 30'000;
    p.repetitions = repetitions;
    p.stretchHoldMs = 20'000;
    p.stretchRepetitions = stretches;
    return p;
}

} // namespace

TEST_CASE("session: get ready, hold, repeat, stretch, after", "[session]")
{
    Session s(roundPlan());
    CHECK(s.phase() == Phase::Before);
    CHECK_FALSE(s.update(10'000)); // nothing runs before start
    s.setPainBefore(6);
    s.setPressTest(PressTest::Yes);
    s.start(1'000);
    CHECK(s.phase() == Phase::GetReady);
    CHECK(s.remaining(2'000) == 1'000);
    CHECK(s.update(3'000));
    CHECK(s.phase() == Phase::Hold);
    CHECK(s.repetition() == 1);
    CHECK(s.repetitions() == 2);
    CHECK(s.remaining(13'000) == 20'000);
    s.update(33'000);
    CHECK(s.phase() == Phase::GetReady);
    CHECK(s.repetition() == 2);
    s.update(35'000);
    s.update(65'000);
    CHECK(s.phase() == Phase::StretchGetReady);
    CHECK(s.holdsDone() == 2);
    CHECK(s.repetition() == 1);
    CHECK(s.repetitions() == 3);
    s.update(67'000);
    CHECK(s.phase() == Phase::Stretch);
    s.update(67'000 + 2 * 22'000 + 20'000);
    CHECK(s.phase() == Phase::After);
    s.finish(3, 200'000);
    CHECK(s.phase() == Phase::Done);
    CHECK(s.elapsed(999'999) == 199'000);
    // The note's pain is the pain as the session ended; the treatment keeps both.
    const auto note = s.toNote("2026-11-25T08:30:00+01:00", 200'000);
    CHECK(note.intensity == 3);
    REQUIRE(note.treatments.size() == 1);
    CHECK(note.treatments[0].before == 6);
    CHECK(note.treatments[0].after == 3);
}

TEST_CASE("session: a stop on the rating step keeps the pain after, a stop before it has none", "[session]")
{
    Session rated(roundPlan(1, 0));
    rated.start(0);
    rated.update(2'000);
    rated.update(32'000);
    REQUIRE(rated.phase() == Phase::After);
    rated.stop(StopReason::SharpSpreadingOrNumb, 33'000, 4);
    CHECK(rated.phase() == Phase::Stopped);
    CHECK(rated.painAfter() == 4); // dropped before: the rating given was lost with the stop
    Session holding(roundPlan(1, 0));
    holding.start(0);
    holding.update(2'000);
    REQUIRE(holding.phase() == Phase::Hold);
    holding.stop(StopReason::SharpSpreadingOrNumb, 5'000, 4); // no rating yet: whatever the box says is not one
    CHECK_FALSE(holding.painAfter());
}

TEST_CASE("session: plannedMs is the time from Start to the rating after, as a run takes it", "[session]")
{
    CHECK(plannedMs(roundPlan()) == 2'000 + 2 * 30'000 + 2'000 + 2'000 + 3 * 20'000 + 2 * 2'000);
    CHECK(plannedMs(roundPlan(1, 0)) == 2'000 + 30'000);
    CHECK(plannedMs(roundPlan(0, 2)) == 2'000 + 2 * 20'000 + 2'000);
    CHECK(plannedMs(roundPlan(0, 0)) == 0);
    // A run whose clock is looked at every 100 ms reaches the rating after at that time, not before.
    for (const auto& plan : {roundPlan(), roundPlan(3, 0), roundPlan(0, 2)}) {
        Session s(plan);
        s.start(0);
        const Millis planned = plannedMs(plan);
        for (Millis t = 0; t < planned; t += 100)
            s.update(t);
        CHECK(s.phase() != Phase::After);
        s.update(planned);
        CHECK(s.phase() == Phase::After);
    }
    // Strokes are counted by the person: only the getting ready is on the clock.
    Plan strokes = roundPlan(2, 0);
    strokes.holdMs = 0;
    strokes.strokes = 10;
    CHECK(plannedMs(strokes) == 2'000 + 2'000);
}

TEST_CASE("session: a plan's step runs at its own point, or at its muscle's first self-care point", "[session]")
{
    const auto& cat = builtCatalogue();
    using tmap::journal::PlanStep;
    const auto* own = stepPoint(cat, PlanStep {"levator-scapulae", "levator-scapulae-2", tmap::body::Side::Left, ""});
    REQUIRE(own);
    CHECK(own->id == "levator-scapulae-2");
    const auto* whole = stepPoint(cat, PlanStep {"iliopsoas", "", tmap::body::Side::Right, ""});
    REQUIRE(whole);
    CHECK(whole == selfCarePoints(*cat.muscle("iliopsoas")).front());
    CHECK_FALSE(whole->clinicianOnly);
    // A point the entry leaves to a clinician, or one the catalogue no longer has, runs nowhere.
    REQUIRE(cat.triggerPoint("iliopsoas-3")->clinicianOnly);
    CHECK(stepPoint(cat, PlanStep {"iliopsoas", "iliopsoas-3", tmap::body::Side::Right, ""}) == nullptr);
    CHECK(stepPoint(cat, PlanStep {"no-such-muscle", "", tmap::body::Side::Right, ""}) == nullptr);
    CHECK(stepPoint(cat, PlanStep {"upper-trapezius", "upper-trapezius-99", tmap::body::Side::Right, ""}) == nullptr);
}

TEST_CASE("session: a late look catches up with the clock, never more holds than planned", "[session]")
{
    Session s(roundPlan(3, 0));
    s.start(0);
    // Hidden for ten minutes: all three holds are over, not one; the session waits for the rating.
    CHECK(s.update(600'000));
    CHECK(s.phase() == Phase::After);
    CHECK(s.holdsDone() == 3);
}

TEST_CASE("session: pausing stops the step's clock", "[session]")
{
    Session s(roundPlan(1, 0));
    s.start(0);
    s.update(2'000);
    REQUIRE(s.phase() == Phase::Hold);
    s.pause(12'000);
    CHECK(s.paused());
    CHECK(s.remaining(50'000) == 20'000);
    CHECK_FALSE(s.update(50'000));
    s.resume(60'000);
    CHECK(s.remaining(60'000) == 20'000);
    s.update(79'999);
    CHECK(s.phase() == Phase::Hold);
    s.update(80'000);
    CHECK(s.phase() == Phase::After);
}

TEST_CASE("session: next ends a step early, a stroke hold waits for it", "[session]")
{
    auto plan = roundPlan(1, 0);
    plan.holdMs = 0;
    plan.strokes = 6;
    Session s(plan);
    s.start(0);
    s.update(2'000);
    REQUIRE(s.phase() == Phase::Hold);
    CHECK_FALSE(s.update(1'000'000)); // counted, not timed
    s.next(1'000'000);
    CHECK(s.phase() == Phase::After);
}

TEST_CASE("session: stop ends at once with its reason and goes into the note", "[session]")
{
    const auto& cat = builtCatalogue();
    const auto* point = cat.triggerPoint("upper-trapezius-1");
    REQUIRE(point);
    const auto* muscle = cat.muscle(point->muscleId);
    auto plan = planFor(*muscle, *point, tmap::body::Side::Right);
    Session s(plan);
    s.setPainBefore(7);
    s.setPressTest(PressTest::NotSure);
    s.start(0);
    s.update(10'000);
    s.stop(StopReason::SharpSpreadingOrNumb, 70'000);
    CHECK(s.phase() == Phase::Stopped);
    CHECK(s.finished());
    CHECK_FALSE(s.update(500'000));
    s.finish(2, 80'000); // too late: a stopped session stays stopped
    CHECK(s.phase() == Phase::Stopped);
    const auto note = s.toNote("2026-11-25T08:30:00+01:00", 90'000);
    REQUIRE(note.treatments.size() == 1);
    CHECK(note.treatments[0].muscle == muscle->id);
    CHECK(note.treatments[0].triggerPoint == "upper-trapezius-1");
    CHECK(note.treatments[0].technique == plan.pressure->name);
    CHECK(note.treatments[0].minutes == 2); // 70 s rounded up
    CHECK(note.treatments[0].before == 7);
    CHECK_FALSE(note.treatments[0].after);
    CHECK(note.intensity == 7);
    CHECK(note.tags == std::vector<std::string> {"session", "stopped:sharp-spreading-or-numb"});
    // The press test is kept as "Narrow it down" keeps it, so that "Last time it hurt here" counts it.
    REQUIRE(note.answers.size() == 1);
    CHECK(note.answers[0].question == "press:upper-trapezius-1:right");
    CHECK(note.answers[0].reply == tmap::journal::Reply::Unsure);
    const auto answer = s.pressAnswer();
    REQUIRE(answer);
    CHECK(answer->question.id() == "press:upper-trapezius-1:right");
    CHECK(answer->reply == tmap::match::Reply::Unsure);
    // A session without a side (from an entry) cannot say which side was pressed: "press:POINT" would read as the
    // right in the journal. Its reply is kept as a tag.
    Session sideless(planFor(*muscle, *point, tmap::body::Side::None));
    sideless.setPainBefore(5);
    sideless.setPressTest(PressTest::Yes);
    sideless.start(0);
    sideless.stop(StopReason::UserStopped, 5'000);
    const auto kept = sideless.toNote("2026-11-25T08:30:00+01:00", 6'000);
    CHECK(kept.answers.empty());
    CHECK(std::find(kept.tags.begin(), kept.tags.end(), "press-test:yes") != kept.tags.end());
}

TEST_CASE("session: the plan of every trigger point keeps its entry's limits", "[session]")
{
    const auto& cat = builtCatalogue();
    for (const auto* point : cat.triggerPoints()) {
        INFO(point->id);
        const auto* muscle = cat.muscle(point->muscleId);
        REQUIRE(muscle);
        if (point->clinicianOnly) {
            CHECK_THROWS_AS(planFor(*muscle, *point, tmap::body::Side::None), std::invalid_argument);
            continue;
        }
        const auto plan = planFor(*muscle, *point, tmap::body::Side::None);
        if (!plan.pressure)
            continue;
        const auto dose = tmap::catalogue::doseOf(*plan.pressure);
        CHECK(plan.repetitions == tmap::catalogue::repetitionLimit(dose));
        CHECK(plan.repetitions >= 1);
        CHECK((plan.holdMs > 0 || plan.strokes > 0));
        // The shortened plan for tests times less but repeats exactly as often.
        const auto fast = planFor(*muscle, *point, tmap::body::Side::None, 0.01);
        CHECK(fast.repetitions == plan.repetitions);
        CHECK(fast.stretchRepetitions == plan.stretchRepetitions);
        CHECK(fast.holdMs < plan.holdMs);
        // Run it to the end: exactly the planned number of holds.
        Session s(fast);
        s.start(0);
        s.update(10'000'000);
        CHECK(s.phase() == Phase::After);
        CHECK(s.holdsDone() == plan.repetitions);
    }
}

TEST_CASE("session: the first hold waits longer when the position means lying down, later ones do not", "[session]")
{
    Plan p = roundPlan();
    p.setUpMs = 15'000;
    p.stretchSetUpMs = 5'000;
    Session s(p);
    s.start(0);
    CHECK(s.stepLength() == 15'000); // getting onto the floor
    s.update(15'000);
    REQUIRE(s.phase() == Phase::Hold);
    s.update(45'000);
    REQUIRE(s.phase() == Phase::GetReady);
    CHECK(s.stepLength() == 2'000); // already in place
    s.update(47'000 + 30'000);
    REQUIRE(s.phase() == Phase::StretchGetReady);
    CHECK(s.stepLength() == 5'000);
    // From the entries: a ball on the floor or lying on a bed takes 15 s to get into, sitting or standing 5 s.
    const auto& cat = builtCatalogue();
    int lying = 0, seated = 0;
    for (const auto* point : cat.triggerPoints()) {
        if (point->clinicianOnly)
            continue;
        const auto plan = planFor(*cat.muscle(point->muscleId), *point, tmap::body::Side::Right);
        if (!plan.pressure)
            continue;
        INFO(point->id << ": " << plan.pressure->position);
        const bool down = plan.pressure->position.find("ying") != std::string::npos
            || plan.pressure->position.find("floor") != std::string::npos;
        if (down)
            CHECK(plan.setUpMs == 15'000);
        (plan.setUpMs == 15'000 ? lying : seated) += 1;
        CHECK((plan.setUpMs == 5'000 || plan.setUpMs == 15'000));
    }
    CHECK(lying > 10);
    CHECK(seated > 10);
}

TEST_CASE("session: a point on one side only is planned on that side", "[session]")
{
    const auto& cat = builtCatalogue();
    const auto* point = cat.triggerPoint("rectus-abdominis-6");
    REQUIRE(point);
    REQUIRE(point->onlySide == tmap::body::Side::Left);
    const auto* muscle = cat.muscle(point->muscleId);
    CHECK(planFor(*muscle, *point, tmap::body::Side::None).side == tmap::body::Side::Left);
    CHECK(planFor(*muscle, *point, tmap::body::Side::Right).side == tmap::body::Side::Left);
    const auto* both = cat.triggerPoint("upper-trapezius-1");
    CHECK(planFor(*cat.muscle(both->muscleId), *both, tmap::body::Side::None).side == tmap::body::Side::None);
}

TEST_CASE("session: a point the entry leaves to a clinician is never planned for self-treatment", "[session]")
{
    // Iliopsoas' third point lies beside the femoral pulse: its entry says "leave that one to a clinician".
    const auto& cat = builtCatalogue();
    const auto* psoas = cat.muscle("iliopsoas");
    REQUIRE(psoas);
    const auto* groin = cat.triggerPoint("iliopsoas-3");
    REQUIRE(groin);
    CHECK(groin->clinicianOnly);
    CHECK_THROWS_AS(planFor(*psoas, *groin, tmap::body::Side::Right), std::invalid_argument);
    const auto own = selfCarePoints(*psoas);
    CHECK(own.size() == psoas->triggerPoints.size() - 1);
    CHECK(std::find(own.begin(), own.end(), groin) == own.end());
    // The flag is rare and deliberate: this point, pectineus' under the femoral vessels, and the pelvic floor's points
    // that only a clinician reaches (from inside). Each point whose entry leaves it to a clinician carries it; no
    // other does.
    const std::set<std::string> expected {"iliopsoas-3", "anal-sphincter-1", "levator-ani-1", "levator-ani-2",
        "coccygeus-1", "bulbospongiosus-1", "ischiocavernosus-1", "pectineus-1",
        "pectoralis-major-5"}; // linked with an irregular heartbeat: assessed first (since 2026-12-06)
    std::set<std::string> flagged;
    for (const auto* point : cat.triggerPoints()) {
        if (point->clinicianOnly)
            flagged.insert(point->id);
        // "examined by a clinician", "reached from inside by a clinician" - unless it can also be reached from
        // outside ("or indirectly from the hollow beside the sitting bone").
        const std::string& where = point->location;
        const bool leftToClinician
            = (where.find("by a clinician") != std::string::npos || where.find("(clinician only)") != std::string::npos)
            && where.find("indirectly") == std::string::npos;
        INFO(point->id << ": " << where);
        CHECK(point->clinicianOnly == leftToClinician);
    }
    CHECK(flagged == expected);
    // A muscle with no point for self-care offers no guided session at all.
    const auto* sling = cat.muscle("levator-ani");
    REQUIRE(sling);
    CHECK(selfCarePoints(*sling).empty());
}
