// journal/insights: known answers on made-up journals, including the "too few to tell" edges.
#include <catch2/catch.hpp>

#include "journal/insights.h"
#include "journal/journal.h"
#include "journal_fixture.h"

using namespace tmap::journal;

namespace {

Note note(const std::string& day, std::optional<int> intensity, std::vector<std::string> factors = {},
    std::vector<Treatment> treatments = {})
{
    Note n;
    n.when = day + "T09:00:00+01:00";
    n.intensity = intensity;
    n.factors = std::move(factors);
    n.treatments = std::move(treatments);
    return n;
}

Treatment ball(std::optional<int> before, std::optional<int> after, const std::string& name = "Ball against the wall")
{
    return {"upper-trapezius", "upper-trapezius-1", name, 5, before, after};
}

Treatment stretch(int before, int after)
{
    return {"upper-trapezius", "", "stretch", 3, before, after};
}

/// A week: pain 6 4 6 2 8 3 and 7 (+ a second note with a worst spot of 9 on the 7th: the day's pain is 8).
std::vector<Note> week()
{
    Note spots = note("2026-11-07", std::nullopt, {"stress-tension"});
    spots.spots = {{"head.temple:right", 9, Quality::None}, {"neck.side:right", 2, Quality::None}};
    return {
        note("2026-11-01", 6, {"poor-sleep"}, {ball(7, 4)}),
        note("2026-11-02", 4, {}, {stretch(3, 2)}),
        note("2026-11-03", 6, {"poor-sleep"}, {ball(6, 4), ball(std::nullopt, std::nullopt)}),
        note("2026-11-04", 2, {}, {stretch(2, 1)}),
        note("2026-11-05", 8, {"poor-sleep"}, {ball(5, 4, "BALL AGAINST THE WALL")}),
        note("2026-11-06", 3),
        note("2026-11-07", 7),
        spots,
    };
}

} // namespace

TEST_CASE("insights: a note's pain is its overall intensity, else its worst spot", "[insights]")
{
    CHECK(painOf(week()[0]) == 6);
    CHECK(painOf(week()[7]) == 9);
    CHECK_FALSE(painOf(note("2026-11-01", std::nullopt)));
}

TEST_CASE("insights: per trigger point and technique", "[insights]")
{
    const auto in = insights(week());
    CHECK(in.minimum == 3);
    CHECK(in.days == 7);
    REQUIRE(in.techniques.size() == 2);

    const auto& b = in.techniques[0];
    CHECK(b.muscle == "upper-trapezius");
    CHECK(b.triggerPoint == "upper-trapezius-1");
    CHECK(b.technique == "Ball against the wall"); // as first written, grouped case-insensitively
    CHECK(b.treatments == 4);
    CHECK(b.drop.count == 3); // the one without before and after is not a session
    REQUIRE(b.drop.mean);
    CHECK(*b.drop.mean == Approx(2.0)); // (3 + 2 + 1) / 3
    CHECK_FALSE(b.tooFew());
    // Days after a ball day (2nd, 4th, 6th): 4 2 3; the other days (1st, 3rd, 5th, 7th): 6 6 8 8.
    CHECK(b.nextDay.count == 3);
    CHECK(*b.nextDay.mean == Approx(3.0));
    CHECK(b.otherDays.count == 4);
    CHECK(*b.otherDays.mean == Approx(7.0));

    const auto& s = in.techniques[1]; // too few: last
    CHECK(s.technique == "stretch");
    CHECK(s.triggerPoint.empty());
    CHECK(s.drop.count == 2);
    CHECK_FALSE(s.drop.mean);
    CHECK(s.tooFew());
    CHECK(s.nextDay.count == 2);
    CHECK_FALSE(s.nextDay.mean);
}

TEST_CASE("insights: per factor, days with against days without", "[insights]")
{
    const auto in = insights(week());
    REQUIRE(in.factors.size() == 2);
    const auto& sleep = in.factors[0];
    CHECK(sleep.factor == "poor-sleep");
    CHECK(sleep.with.count == 3); // exactly the minimum: shown
    CHECK(*sleep.with.mean == Approx(20.0 / 3));
    CHECK(sleep.without.count == 4);
    CHECK(*sleep.without.mean == Approx((4 + 2 + 3 + 8) / 4.0));
    CHECK_FALSE(sleep.tooFew());

    const auto& stress = in.factors[1];
    CHECK(stress.factor == "stress-tension");
    CHECK(stress.with.count == 1);
    CHECK_FALSE(stress.with.mean);
    CHECK(stress.without.count == 6);
    CHECK(stress.tooFew());
}

TEST_CASE("insights: the minimum is the edge, and a higher one withholds more", "[insights]")
{
    auto notes = week();
    CHECK(insights(notes, 4).techniques[0].tooFew()); // 3 sessions < 4
    CHECK(insights(notes, 4).factors[0].tooFew()); // 3 days with poor sleep < 4
    CHECK_FALSE(insights(notes, 2).techniques[1].tooFew()); // the stretch's 2 sessions reach 2
    CHECK(*insights(notes, 2).techniques[0].drop.mean == Approx(2.0));
    const auto empty = insights(std::vector<Note> {});
    CHECK(empty.days == 0);
    CHECK(empty.techniques.empty());
    CHECK(empty.factors.empty());
}

TEST_CASE("insights: the next day crosses a month's and a year's end", "[insights]")
{
    std::vector<Note> notes {note("2026-02-28", 5, {}, {ball(5, 3)}), note("2026-03-01", 1),
        note("2025-12-31", 5, {}, {ball(5, 3)}), note("2026-01-01", 3), note("2026-01-02", 9)};
    const auto in = insights(notes, 1);
    REQUIRE(in.techniques.size() == 1);
    CHECK(in.techniques[0].nextDay.count == 2);
    CHECK(*in.techniques[0].nextDay.mean == Approx(2.0));
    CHECK(in.techniques[0].otherDays.count == 3);
}

TEST_CASE("insights: over a journal's live notes", "[insights]")
{
    tmap::test::TempDir dir;
    auto journal = Journal::open(dir.file(), tmap::test::quiet());
    for (auto& n : week())
        journal->save(n);
    const auto in = insights(*journal, {});
    CHECK(in.days == 7);
    REQUIRE_FALSE(in.techniques.empty());
    CHECK(*in.techniques[0].drop.mean == Approx(2.0));
    CHECK(insights(*journal, {"2026-11-06", ""}).techniques.empty());
}
