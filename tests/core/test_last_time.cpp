// journal/insights: "Last time" - what was tried on past days whose drawing overlapped today's, best first, with
// the counts every figure rests on. Known answers on a made-up journal.
#include <catch2/catch.hpp>

#include "journal/insights.h"
#include "journal/journal.h"

using namespace tmap::journal;

namespace {

Note drawn(const std::string& day, std::vector<Spot> spots, std::vector<Treatment> treatments = {},
    const std::string& time = "09:00:00")
{
    Note n;
    n.when = day + "T" + time + "+01:00";
    n.spots = std::move(spots);
    n.treatments = std::move(treatments);
    return n;
}

Note pain(const std::string& day, int intensity)
{
    Note n;
    n.when = day + "T20:00:00+01:00";
    n.intensity = intensity;
    return n;
}

const Spot neck {"neck.back:right", 6, Quality::Aching};
const Spot temple {"head.temple:right", 5, Quality::None};
const Spot knee {"knee.front:left", 4, Quality::None};

Treatment ball(std::optional<int> before, std::optional<int> after)
{
    return {"upper-trapezius", "upper-trapezius-1", "Ball against the wall", 5, before, after};
}

Treatment stretch(std::optional<int> before, std::optional<int> after)
{
    return {"upper-trapezius", "", "Stretch", 3, before, after};
}

} // namespace

TEST_CASE("last time: what was tried when it hurt here, best first, with what each figure rests on", "[last-time]")
{
    const std::vector<Note> notes {
        // 1 Nov: neck drawn; the ball 7 -> 4; the next day's pain 3.
        drawn("2026-11-01", {neck}, {ball(7, 4)}),
        pain("2026-11-02", 3),
        // 5 Nov: temple and neck drawn; a guided session in a note of its own (no drawing): the ball 6 -> 5 and a
        // stretch 6 -> 6 ("stretch" in another case: the same technique).
        drawn("2026-11-05", {temple, neck}),
        drawn("2026-11-05", {}, {ball(6, 5), {"upper-trapezius", "", "stretch", 3, 6, 6}}, "10:00:00"),
        // 8 Nov: only the knee: not this pain.
        drawn("2026-11-08", {knee}, {{"vastus-medialis", "", "Ball", 5, 5, 1}}),
        // 10 Nov: neck, a stretch without ratings; next day 2 and 4 (mean 3).
        drawn("2026-11-10", {neck}, {stretch(std::nullopt, std::nullopt)}),
        pain("2026-11-11", 2),
        pain("2026-11-11", 4),
        // Today (20 Nov) is the current episode: its own treatment is not "last time".
        drawn("2026-11-20", {neck}, {stretch(8, 1)}),
    };
    const auto last = lastTime(notes, {"neck.back:right", "shoulder.top:right"}, "2026-11-20");
    CHECK(last.days == 3);
    REQUIRE(last.tries.size() == 2);

    const auto& first = last.tries[0];
    CHECK(first.technique == "Ball against the wall");
    CHECK(first.triggerPoint == "upper-trapezius-1");
    CHECK(first.times == 2);
    CHECK(first.drop.count == 2);
    REQUIRE(first.drop.mean);
    CHECK(*first.drop.mean == Approx(2.0)); // (3 + 1) / 2
    CHECK(first.nextDay.count == 1); // 2 Nov; nothing was noted on 6 Nov
    REQUIRE(first.nextDay.mean);
    CHECK(*first.nextDay.mean == Approx(3.0));
    CHECK(first.lastDay == "2026-11-05");
    CHECK(first.lastBefore == 6);
    CHECK(first.lastAfter == 5);
    CHECK(first.regions == std::vector<std::string> {"neck.back:right"});

    const auto& second = last.tries[1];
    CHECK(second.technique == "stretch"); // as first written
    CHECK(second.triggerPoint.empty());
    CHECK(second.times == 2);
    CHECK(second.drop.count == 1); // only 5 Nov noted both
    REQUIRE(second.drop.mean);
    CHECK(*second.drop.mean == Approx(0.0));
    CHECK(second.nextDay.count == 1); // 11 Nov
    REQUIRE(second.nextDay.mean);
    CHECK(*second.nextDay.mean == Approx(3.0));
    CHECK(second.lastDay == "2026-11-10");
    CHECK_FALSE(second.lastBefore);
}

TEST_CASE("last time: nothing overlapping, nothing tried, or no figures", "[last-time]")
{
    CHECK(lastTime({}, {"neck.back:right"}, "2026-11-20").tries.empty());
    const std::vector<Note> notes {
        drawn("2026-11-01", {knee}, {ball(7, 4)}),
        drawn("2026-11-02", {neck}),
        drawn("2026-11-03", {neck}, {ball(std::nullopt, std::nullopt)}),
        drawn("2026-11-04", {neck}, {stretch(5, std::nullopt)}),
        drawn("2026-11-04", {neck}, {stretch(std::nullopt, 4)}),
    };
    // The other side is another place.
    CHECK(lastTime(notes, {"neck.back:left"}, "2026-11-20").days == 0);
    const auto last = lastTime(notes, {"neck.back:right"}, "2026-11-20");
    CHECK(last.days == 3);
    REQUIRE(last.tries.size() == 2);
    // Neither has a drop (no treatment noted both before and after). The ball's next day (4 Nov) has a reading,
    // the worst spot, 6: a figure, so it comes first; the stretch has none (nothing on 5 Nov) though tried twice.
    CHECK(last.tries[0].technique == "Ball against the wall");
    CHECK_FALSE(last.tries[0].drop.mean);
    CHECK(last.tries[0].drop.count == 0);
    REQUIRE(last.tries[0].nextDay.mean);
    CHECK(*last.tries[0].nextDay.mean == Approx(6.0));
    CHECK(last.tries[0].nextDay.count == 1);
    CHECK(last.tries[1].technique == "Stretch");
    CHECK(last.tries[1].times == 2);
    CHECK_FALSE(last.tries[1].nextDay.mean);
}

TEST_CASE("last time: the press tests of those days, most often positive first", "[last-time]")
{
    auto withAnswers = [](Note n, std::vector<Answer> answers) {
        n.answers = std::move(answers);
        return n;
    };
    const std::vector<Note> notes {
        // Neck drawn on three days; pressing upper trapezius 1 (right) brought the pain on twice, levator once not.
        withAnswers(drawn("2026-11-01", {neck}),
            {{"press:upper-trapezius-1:right", Reply::Yes}, {"press:levator-scapulae-1:right", Reply::No}}),
        withAnswers(drawn("2026-11-03", {neck}), {{"press:upper-trapezius-1:right", Reply::Yes}}),
        // Two notes on one day: the later answer of the day counts, once.
        withAnswers(drawn("2026-11-04", {neck}), {{"press:levator-scapulae-1:right", Reply::Yes}}),
        withAnswers(drawn("2026-11-04", {neck}, {}, "18:00:00"), {{"press:levator-scapulae-1:right", Reply::No}}),
        // "Not sure" and other questions say nothing here; the knee's day is another pain.
        withAnswers(drawn("2026-11-05", {neck}),
            {{"press:splenius-cervicis-1:right", Reply::Unsure}, {"region:head.temple:right", Reply::Yes}}),
        withAnswers(drawn("2026-11-06", {knee}), {{"press:vastus-medialis-1:left", Reply::Yes}}),
    };
    const auto last = lastTime(notes, {"neck.back:right"}, "2026-11-20");
    CHECK(last.days == 4);
    REQUIRE(last.presses.size() == 2);
    CHECK(last.presses[0].triggerPoint == "upper-trapezius-1");
    CHECK(last.presses[0].side == "right");
    CHECK(last.presses[0].yes == 2);
    CHECK(last.presses[0].no == 0);
    CHECK(last.presses[0].lastDay == "2026-11-03");
    CHECK(last.presses[1].triggerPoint == "levator-scapulae-1");
    CHECK(last.presses[1].yes == 0);
    CHECK(last.presses[1].no == 2);
    CHECK(last.presses[1].lastDay == "2026-11-04");
}

TEST_CASE("last time: only what was tried for the places drawn today counts, when the caller can tell", "[last-time]")
{
    // A day of neck and knee pain with neck work and knee work: for today's knee, only the knee work is "what was
    // tried here" (a reviewer saw neck techniques offered for calf pain).
    const std::vector<Note> notes {
        drawn("2026-11-08", {neck, knee}, {ball(6, 3), {"vastus-medialis", "", "Ball", 5, 5, 1}}),
    };
    auto concerns = [](const std::string& muscle, const std::string&, const std::string& region) {
        return region.starts_with("knee.") ? muscle == "vastus-medialis" : muscle == "upper-trapezius";
    };
    const auto knees = lastTime(notes, {"knee.front:left"}, "2026-12-01", concerns);
    CHECK(knees.days == 1);
    REQUIRE(knees.tries.size() == 1);
    CHECK(knees.tries.front().muscle == "vastus-medialis");
    CHECK(knees.tries.front().regions == std::vector<std::string> {"knee.front:left"});
    // Both places today: each treatment counts for its own place.
    const auto both = lastTime(notes, {"knee.front:left", "neck.back:right"}, "2026-12-01", concerns);
    REQUIRE(both.tries.size() == 2);
    for (const auto& t : both.tries) {
        INFO(t.muscle);
        REQUIRE(t.regions.size() == 1);
        CHECK(t.regions.front().starts_with(t.muscle == "vastus-medialis" ? "knee." : "neck."));
    }
    // Without a judge, every treatment of the day counts, as before.
    CHECK(lastTime(notes, {"knee.front:left"}, "2026-12-01").tries.size() == 2);
}
