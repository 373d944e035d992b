// treat/routine: several points in one session, point after point, and the one note they leave.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "../support/catalogue_fixture.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "treat/routine.h"
#include "treat/tags.h"

using namespace tmap::treat;

namespace {

Plan planOf(const char* pointId, tmap::body::Side side = tmap::body::Side::Right)
{
    const auto& cat = builtCatalogue();
    const auto* point = cat.triggerPoint(pointId);
    REQUIRE(point);
    return planFor(*cat.muscle(point->muscleId), *point, side, 0.001);
}

/// Runs the current point of `r` from `now` to its after-rating and rates it; returns the time it ended.
Millis runCurrent(Routine& r, Millis now, int before, int after, PressTest press = PressTest::Yes)
{
    auto& s = r.current();
    s.setPainBefore(before);
    s.setPressTest(press);
    s.start(now);
    s.update(now + 10'000'000);
    REQUIRE(s.phase() == Phase::After);
    s.finish(after, now + 10'000'000);
    return now + 10'000'000;
}

} // namespace

TEST_CASE("routine: point after point, '2 of 3', one note listing every point", "[routine]")
{
    Routine r({planOf("upper-trapezius-1"), planOf("levator-scapulae-1"), planOf("infraspinatus-1")});
    CHECK(r.count() == 3);
    CHECK(r.index() == 0);
    CHECK_FALSE(r.next(0)); // the first point is not done yet
    Millis t = runCurrent(r, 0, 6, 4);
    CHECK(r.next(t));
    CHECK(r.index() == 1); // "2 of 3"
    CHECK(r.current().plan().point->id == "levator-scapulae-1");
    CHECK(r.current().painBefore() == 4); // where the last point left the pain
    t = runCurrent(r, t, 4, 3, PressTest::No);
    r.next(t);
    CHECK(r.last());
    t = runCurrent(r, t, 3, 2, PressTest::NotSure);
    CHECK_FALSE(r.finished());
    CHECK(r.next(t));
    CHECK(r.finished());
    CHECK_FALSE(r.stopReason());

    const auto note = r.toNote("2026-11-25T08:30:00+01:00", t);
    REQUIRE(note.treatments.size() == 3);
    CHECK(note.treatments[0].triggerPoint == "upper-trapezius-1");
    CHECK(note.treatments[1].triggerPoint == "levator-scapulae-1");
    CHECK(note.treatments[2].triggerPoint == "infraspinatus-1");
    CHECK(note.treatments[0].before == 6);
    CHECK(note.treatments[0].after == 4);
    CHECK(note.treatments[2].after == 2);
    CHECK(note.intensity == 2); // the pain as the plan ended, not as it began (6)
    CHECK(note.tags == std::vector<std::string> {"session", "points:3"});
    REQUIRE(note.answers.size() == 3);
    CHECK(note.answers[0].question == "press:upper-trapezius-1:right");
    CHECK(note.answers[0].reply == tmap::journal::Reply::Yes);
    CHECK(note.answers[1].question == "press:levator-scapulae-1:right");
    CHECK(note.answers[1].reply == tmap::journal::Reply::No);
    CHECK(note.answers[2].question == "press:infraspinatus-1:right");
    CHECK(note.answers[2].reply == tmap::journal::Reply::Unsure);
    CHECK(r.pressAnswers().size() == 3);
}

TEST_CASE("routine: a point pressed twice without a side leaves one press-test tag, the later reply", "[routine]")
{
    // The same tag twice made a note the journal refuses (a tag listed twice): the session's note could not be
    // saved. A plan may hold the same point twice; pressed without a side, its reply is a tag.
    Routine r({planOf("upper-trapezius-1", tmap::body::Side::None),
        planOf("levator-scapulae-1", tmap::body::Side::None), planOf("upper-trapezius-1", tmap::body::Side::None)});
    Millis t = runCurrent(r, 0, 6, 5, PressTest::No);
    r.next(t);
    t = runCurrent(r, t, 5, 4, PressTest::Yes);
    r.next(t);
    t = runCurrent(r, t, 4, 3, PressTest::Yes);
    r.next(t);
    REQUIRE(r.finished());
    const auto note = r.toNote("2026-11-25T08:30:00+01:00", t);
    std::size_t trapezius = 0;
    for (const auto& tag : note.tags)
        trapezius += tag.find("upper-trapezius-1") != std::string::npos ? 1 : 0;
    CHECK(trapezius == 1);
    CHECK(std::set<std::string>(note.tags.begin(), note.tags.end()).size() == note.tags.size());
    CHECK(std::find(note.tags.begin(), note.tags.end(), pressTestTag("upper-trapezius-1", tmap::match::Reply::Yes))
        != note.tags.end());
    CHECK(tmap::journal::validateNote(note, {}).empty());
}

TEST_CASE("routine: a skipped point is not listed - a stop for warning signs ends everything", "[routine]")
{
    Routine r({planOf("upper-trapezius-1"), planOf("levator-scapulae-1"), planOf("infraspinatus-1")});
    r.skip(0);
    CHECK(r.index() == 1);
    CHECK(r.skipped(0));
    auto& s = r.current();
    s.setPainBefore(5);
    s.start(1'000);
    s.update(1'010);
    REQUIRE_FALSE(s.finished());
    r.stop(StopReason::SharpSpreadingOrNumb, 61'000);
    CHECK(r.finished());
    CHECK(r.index() == 1); // never reaches the third point
    CHECK(r.at(1).phase() == Phase::Stopped);
    CHECK(r.at(2).phase() == Phase::Before);
    CHECK_FALSE(r.next(70'000));
    r.skip(70'000); // nothing after the end
    CHECK(r.index() == 1);
    const auto note = r.toNote("2026-11-25T08:30:00+01:00", 90'000);
    REQUIRE(note.treatments.size() == 1);
    CHECK(note.treatments[0].triggerPoint == "levator-scapulae-1");
    CHECK(note.treatments[0].minutes == 1);
    CHECK(note.treatments[0].before == 5);
    CHECK_FALSE(note.treatments[0].after);
    CHECK(note.tags == std::vector<std::string> {"session", "stopped:sharp-spreading-or-numb"});
}

TEST_CASE("routine: one point leaves the same note as a one-point session", "[routine]")
{
    Routine r({planOf("upper-trapezius-1")});
    CHECK(r.last());
    const Millis t = runCurrent(r, 0, 7, 5);
    const auto single = r.current().toNote("2026-11-25T08:30:00+01:00", t);
    r.next(t);
    CHECK(r.finished());
    CHECK(r.toNote("2026-11-25T08:30:00+01:00", t) == single);
}

TEST_CASE("routine: skipping a point part-way keeps what was done - stopping before a point lists none", "[routine]")
{
    Routine r({planOf("upper-trapezius-1"), planOf("levator-scapulae-1")});
    r.current().setPainBefore(6);
    r.current().start(0);
    r.skip(30'000); // left part-way: it was tried
    CHECK_FALSE(r.skipped(0));
    CHECK(r.at(0).phase() == Phase::Stopped);
    r.stop(StopReason::UserStopped, 31'000); // before the second point started
    CHECK(r.skipped(1));
    const auto note = r.toNote("2026-11-25T08:30:00+01:00", 31'000);
    REQUIRE(note.treatments.size() == 1);
    CHECK(note.treatments[0].triggerPoint == "upper-trapezius-1");
    CHECK(note.tags == std::vector<std::string> {"session", "stopped:stopped"});
}

TEST_CASE(
    "routine: a plan's chosen technique replaces the entry's first, a stretch alone is only stretched", "[routine]")
{
    const auto& cat = builtCatalogue();
    const auto* point = cat.triggerPoint("upper-trapezius-1");
    const auto& muscle = *cat.muscle(point->muscleId);
    const auto own = planFor(muscle, *point, tmap::body::Side::Right);
    REQUIRE(own.pressure);
    CHECK(own.pressure->name == "Pincer grip on the top of the shoulder");
    const auto ball = planFor(muscle, *point, tmap::body::Side::Right, 1.0,
        "ball or cane-hook pressure on the top "
        "of the shoulder");
    REQUIRE(ball.pressure);
    CHECK(ball.pressure->name == "Ball or cane-hook pressure on the top of the shoulder");
    CHECK(ball.stretch == own.stretch);
    const auto stretch = planFor(muscle, *point, tmap::body::Side::Right, 1.0, "Side-bend neck stretch");
    CHECK_FALSE(stretch.pressure);
    REQUIRE(stretch.stretch);
    CHECK(stretch.repetitions == 0);
    CHECK(stretch.stretchRepetitions >= 1);
    Session s(stretch);
    s.start(0);
    CHECK(s.phase() == Phase::StretchGetReady);
    CHECK(s.toNote("2026-11-25T08:30:00+01:00", 0).treatments[0].technique == "Side-bend neck stretch");
    // A name the entry does not have: its own techniques.
    CHECK(planFor(muscle, *point, tmap::body::Side::Right, 1.0, "yoga").pressure == own.pressure);
}

TEST_CASE("tags: the tags a session and a drawing write are read back, the user's own words left", "[treat]")
{
    const auto& cat = builtCatalogue();
    using Kind = TagMeaning::Kind;
    CHECK(tagMeaning("session", cat).kind == Kind::Session);
    const auto points = tagMeaning("points:3", cat);
    CHECK(points.kind == Kind::Points);
    CHECK(points.points == 3);
    const auto press = tagMeaning("press-test:upper-trapezius-1:no", cat);
    CHECK(press.kind == Kind::PressTest);
    CHECK(press.reply == tmap::match::Reply::No);
    REQUIRE(press.point);
    CHECK(press.point->id == "upper-trapezius-1");
    const auto bare = tagMeaning("press-test:yes", cat);
    CHECK(bare.kind == Kind::PressTest);
    CHECK(bare.point == nullptr);
    const auto stopped = tagMeaning(std::string("stopped:") + stopReasonName(StopReason::SharpSpreadingOrNumb), cat);
    CHECK(stopped.kind == Kind::Stopped);
    CHECK(stopped.stopReason == StopReason::SharpSpreadingOrNumb);
    const auto symptom = tagMeaning(tmap::journal::symptomTag("dizziness"), cat);
    CHECK(symptom.kind == Kind::Symptom);
    REQUIRE(symptom.symptom);
    CHECK(symptom.symptom->id == "dizziness");
    // Words that only look like the app's are the user's own; so is a bare symptom id, which a user may type.
    for (const char* own : {"work", "points:x", "points:0", "press-test:maybe", "press-test:no-such-point:yes",
             "stopped:bored", "Session", "", "dizziness", "headache", "symptom:no-such-symptom"})
        CHECK(tagMeaning(own, cat).kind == Kind::Own);
}

TEST_CASE("tags: every tag a stopped session of two points writes reads back as the app's", "[treat]")
{
    // The writers (Session, Routine) and the reader (tagMeaning) share one spelling of each tag.
    const auto& cat = builtCatalogue();
    Routine routine(
        {planOf("upper-trapezius-1", tmap::body::Side::None), planOf("levator-scapulae-1", tmap::body::Side::None)});
    Millis t = runCurrent(routine, 0, 6, 4, PressTest::Yes);
    REQUIRE(routine.next(t));
    routine.current().start(t);
    routine.stop(StopReason::SharpSpreadingOrNumb, t += 10);
    const auto note = routine.toNote("2026-12-05T10:00:00+01:00", t);
    REQUIRE(note.tags.size() == 4); // session, points:2, the first point's press test (no side), stopped
    std::set<TagMeaning::Kind> kinds;
    for (const auto& tag : note.tags) {
        INFO(tag);
        const auto m = tagMeaning(tag, cat);
        CHECK(m.kind != TagMeaning::Kind::Own);
        kinds.insert(m.kind);
    }
    CHECK(kinds.count(TagMeaning::Kind::Points) == 1);
    CHECK(kinds.count(TagMeaning::Kind::PressTest) == 1);
    CHECK(kinds.count(TagMeaning::Kind::Stopped) == 1);
}
