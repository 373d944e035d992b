// journal::ClinicianSummary: the figures of the report's first page - start, end and average drawings, the views
// that hold pain, the worst regions, the overall trend, what helped, the standard body-map areas (no Qt).
#include <catch2/catch.hpp>

#include <algorithm>

#include "journal/clinician_summary.h"
#include "journal/journal.h"

using namespace tmap::journal;

#include "journal_fixture.h"

namespace {

using tmap::test::bodyMap;
using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

Note note(const std::string& day, std::vector<Spot> spots, std::optional<int> intensity,
    std::vector<Treatment> treatments = {}, std::vector<std::string> factors = {})
{
    Note n;
    n.when = day + "T09:00:00+01:00";
    n.spots = std::move(spots);
    n.intensity = intensity;
    n.treatments = std::move(treatments);
    n.factors = std::move(factors);
    return n;
}

bool has(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

TEST_CASE("clinician summary: day arithmetic across months and years", "[journal][summary][clinician]")
{
    CHECK(addDays("2026-11-25", 6) == "2026-12-01");
    CHECK(addDays("2026-01-01", -1) == "2025-12-31");
    CHECK(addDays("2028-02-28", 1) == "2028-02-29");
    CHECK(daysBetween("2026-11-25", "2026-11-25") == 1);
    CHECK(daysBetween("2026-11-01", "2026-11-30") == 30);
    CHECK(daysBetween("2025-12-30", "2026-01-02") == 4);
    CHECK(dayNumber("1970-01-02") == 1);
    CHECK(dayNumber("2026-03-01") - dayNumber("2026-02-28") == 1);
    // Read strictly, as every day of the journal is: "2026-2-30" and a day the month lacks are no days.
    CHECK_THROWS_AS(addDays("2026-02-30", 1), JournalError);
    CHECK_THROWS_AS(dayNumber("2026-2-3"), JournalError);
}

TEST_CASE(
    "clinician summary: an empty range has no drawings, no trend and endorses no area", "[journal][summary][clinician]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    const auto c = clinicianSummary(*j, bodyMap());
    CHECK(c.summary.notes == 0);
    CHECK(c.windowDays == 0);
    CHECK(c.start.regions.empty());
    CHECK(c.end.regions.empty());
    CHECK(c.views.empty());
    CHECK(c.worst.empty());
    CHECK(c.trend.direction == TrendDirection::Unknown);
    CHECK(c.helped.empty());
    CHECK(c.choir.areas.empty());
    CHECK(c.wpi.areas.empty());
}

TEST_CASE("clinician summary: four weeks that get better - first and last week, views, worst regions, trend, "
          "what helped, standard areas",
    "[journal][summary][clinician]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    // 2026-11-01 to 2026-11-28: the temple eases from 8 to 3; the jaw joint (only in the side view) hurts in the
    // first week only; the left calf in the last week only. A ball on the trapezius drops the pain each time;
    // on the days with long sitting the pain is higher.
    for (int d = 0; d < 28; ++d) {
        const std::string day = addDays("2026-11-01", d);
        std::vector<Spot> spots {{"head.temple:right", d < 7 ? 8 : d >= 21 ? 3 : 5}};
        if (d < 7)
            spots.push_back({"head.jaw_joint:right", 6});
        if (d >= 21)
            spots.push_back({"leg.calf_upper:left", 4});
        const bool sitting = d % 4 == 0;
        std::vector<Treatment> treatments;
        if (d % 3 == 0)
            treatments.push_back({"upper-trapezius", "", "ball against the wall", 5, 6, 3});
        j->save(note(day, spots,
            (d < 7            ? 7
                    : d >= 21 ? 3
                              : 5)
                + (sitting ? 2 : 0),
            treatments, sitting ? std::vector<std::string> {"long-sitting"} : std::vector<std::string> {}));
    }
    j->save(note("2026-10-01", {{"head.vertex", 9}}, 9)); // outside the range asked for

    const auto c = clinicianSummary(*j, bodyMap(), {"2026-11-01", "2026-11-30"});
    CHECK(c.summary.notes == 28);
    CHECK(c.windowDays == 7);
    CHECK(c.start.since == "2026-11-01");
    CHECK(c.start.until == "2026-11-07");
    CHECK(c.end.since == "2026-11-22");
    CHECK(c.end.until == "2026-11-28");
    CHECK(c.start.notes == 7);
    CHECK(c.end.notes == 7);

    REQUIRE(c.start.regions.size() == 2);
    CHECK(c.start.regions[0].region == "head.temple:right");
    CHECK(c.start.regions[0].intensity.mean == Approx(8));
    CHECK(c.start.regions[1].region == "head.jaw_joint:right");
    REQUIRE(c.end.regions.size() == 2);
    CHECK(c.end.regions[0].region == "leg.calf_upper:left");
    CHECK(c.end.regions[1].intensity.mean == Approx(3));
    CHECK(c.average.regions.size() == 3);

    // The jaw joint shows only in the right side view; the left calf in the back and the left side view.
    CHECK(has(c.views, "front"));
    CHECK(has(c.views, "side"));
    CHECK(has(c.views, "side-left"));
    CHECK_FALSE(has(c.views, "soles"));
    CHECK(std::is_sorted(c.views.begin(), c.views.end(), [](const std::string& a, const std::string& b) {
        const auto& v = bodyMap().views();
        auto at = [&](const std::string& id) {
            return std::find_if(v.begin(), v.end(), [&](const auto& x) { return x.id == id; }) - v.begin();
        };
        return at(a) < at(b);
    }));

    REQUIRE(c.worst.size() == 3);
    CHECK(c.worst[0].region == "head.jaw_joint:right");
    CHECK(c.worst[0].start == Approx(6));
    CHECK_FALSE(c.worst[0].end);
    const auto temple
        = std::find_if(c.worst.begin(), c.worst.end(), [](const auto& r) { return r.region == "head.temple:right"; });
    REQUIRE(temple != c.worst.end());
    CHECK(*temple->start == Approx(8));
    CHECK(*temple->end == Approx(3));

    // Daily pain: 7 (+ 2 on the sitting days 0 and 4) in the first week, 3 (+ 2 on day 24) in the last.
    CHECK(c.trend.days.size() == 28);
    CHECK(c.trend.start.count == 7);
    CHECK(c.trend.start.mean == Approx(7 + 2.0 * 2 / 7));
    CHECK(c.trend.end.mean == Approx(3 + 2.0 / 7));
    CHECK(c.trend.change == Approx(-4 - 2.0 / 7));
    CHECK(c.trend.direction == TrendDirection::Better);

    REQUIRE(c.helped.size() == 1);
    CHECK(c.helped[0].muscle == "upper-trapezius");
    CHECK(*c.helped[0].drop.mean == Approx(3));
    REQUIRE(c.worseWith.size() == 1);
    CHECK(c.worseWith[0].factor == "long-sitting");

    // The standard maps: the right temple, the jaw joint and the left calf endorse areas; the WPI's jaw is one.
    CHECK_FALSE(c.choir.areas.empty());
    CHECK_FALSE(c.mbm.areas.empty());
    const auto& wpi = BodyMapTable::get(BodyMapFormat::Wpi);
    const bool rightJaw = std::any_of(c.wpi.areas.begin(), c.wpi.areas.end(), [&](const EndorsedArea& a) {
        const auto* area = wpi.area(a.code);
        return area && area->side == tmap::body::Side::Right && a.intensity == 6;
    });
    CHECK(rightJaw);
}

TEST_CASE("clinician summary: the trend needs two windows apart, small changes are about the same",
    "[journal][summary][clinician]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->save(note("2026-11-01", {{"head.temple:right", 5}}, 5));
    auto one = clinicianSummary(*j, bodyMap());
    CHECK(one.windowDays == 1);
    CHECK(one.trend.direction == TrendDirection::Unknown); // a single day: start and end are the same

    j->save(note("2026-11-04", {{"head.temple:right", 5}}, std::nullopt)); // worst spot 5 stands for the day
    j->save(note("2026-11-05", {}, 6));
    const auto small = clinicianSummary(*j, bodyMap());
    CHECK(small.windowDays == 1);
    CHECK(small.trend.change == Approx(1.0));
    CHECK(small.trend.direction == TrendDirection::Worse);

    j->save(note("2026-11-05", {}, 5)); // the last day's mean is now 5.5
    const auto same = clinicianSummary(*j, bodyMap());
    CHECK(same.trend.change == Approx(0.5));
    CHECK(same.trend.direction == TrendDirection::Same);
}
