// journal::Summary: the figures of the report and the trend, computed by SQL over every note of a range (no Qt).
#include <map>

#include <catch2/catch.hpp>

#include "journal/insights.h"
#include "journal/journal.h"
#include "journal/summary.h"
#include "journal/uuid.h"

using namespace tmap::journal;

#include "journal_fixture.h"

namespace {

using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

Note note(const std::string& when, std::vector<Spot> spots, std::optional<int> intensity = std::nullopt,
    std::vector<Treatment> treatments = {})
{
    Note n;
    n.when = when;
    n.spots = std::move(spots);
    n.intensity = intensity;
    n.treatments = std::move(treatments);
    if (n.spots.empty() && !n.intensity && n.treatments.empty())
        n.text = "something";
    return n;
}

} // namespace

TEST_CASE("summary: an empty journal adds up to nothing", "[journal][summary]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    const auto s = summarize(*j);
    CHECK(s.notes == 0);
    CHECK(s.days == 0);
    CHECK(s.first.empty());
    CHECK(s.last.empty());
    CHECK(s.regions.empty());
    CHECK(s.overallPerDay.empty());
    CHECK(s.spotsPerDay.empty());
    CHECK(s.regionSubjects.empty());
    CHECK(s.muscleSubjects.empty());
}

TEST_CASE("summary: per-region and per-day means, days, worst regions, trend subjects", "[journal][summary]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->save(note("2026-11-01T08:00:00+01:00", {{"head.temple:right", 8}, {"neck.side:right", 2}}, 6,
        {{"upper-trapezius", "", "ball", 5, 7, 4}}));
    j->save(note("2026-11-01T20:00:00+01:00", {{"head.temple:right", 6}}, 4));
    j->save(note("2026-11-03T09:00:00+01:00", {{"neck.side:right", 4}, {"chest.sternum", 8}}, std::nullopt,
        {{"upper-trapezius", "", "stretch", 2, std::nullopt, std::nullopt}, {"masseter", "", "", 0, 5, 3}}));
    j->save(note("2026-11-05T09:00:00+01:00", {}, std::nullopt)); // text only: a day, no figures
    const auto trashed = j->save(note("2026-11-04T09:00:00+01:00", {{"head.temple:right", 0}}, 0));
    REQUIRE(j->trash(trashed.id));

    const auto s = summarize(*j);
    CHECK(s.notes == 4);
    CHECK(s.days == 3); // the 1st, 3rd and 5th; the trashed note's day does not count
    CHECK(s.first == "2026-11-01");
    CHECK(s.last == "2026-11-05");

    // Worst first: highest mean, then most often noted, then by id.
    REQUIRE(s.regions.size() == 3);
    CHECK(s.regions[0] == RegionMean {"chest.sternum", {8.0, 1}});
    CHECK(s.regions[1] == RegionMean {"head.temple:right", {7.0, 2}});
    CHECK(s.regions[2] == RegionMean {"neck.side:right", {3.0, 2}});
    CHECK(s.worstRegions(2).size() == 2);
    CHECK(s.worstRegions(2)[1].region == "head.temple:right");
    CHECK(s.worstRegions(10).size() == 3);

    CHECK(s.overallPerDay == std::vector<DayMean> {{"2026-11-01", {5.0, 2}}});
    CHECK(s.spotsPerDay == std::vector<DayMean> {{"2026-11-01", {16.0 / 3, 3}}, {"2026-11-03", {6.0, 2}}});
    // The day's pain as every front end shows it: overall pain, else the worst spot (the 3rd: 8); the text-only note
    // of the 5th has neither. The same as painOf() note by note.
    CHECK(s.painPerDay == std::vector<DayMean> {{"2026-11-01", {5.0, 2}}, {"2026-11-03", {8.0, 1}}});
    std::map<std::string, std::pair<double, int>> byNote;
    j->forEach({}, [&](const Note& n) {
        if (const auto pain = painOf(n)) {
            auto& [sum, count] = byNote[n.when.substr(0, 10)];
            sum += *pain;
            ++count;
        }
    });
    REQUIRE(byNote.size() == s.painPerDay.size());
    for (const auto& d : s.painPerDay)
        CHECK(byNote[d.day].first / byNote[d.day].second == Approx(d.intensity.mean));

    // Most often noted first, ties by id.
    CHECK(s.regionSubjects
        == std::vector<TrendSubject> {{"head.temple:right", 2}, {"neck.side:right", 2}, {"chest.sternum", 1}});
    CHECK(s.muscleSubjects == std::vector<TrendSubject> {{"upper-trapezius", 2}, {"masseter", 1}});
}

TEST_CASE("summary: a range keeps only its days", "[journal][summary]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->save(note("2026-11-01T08:00:00+01:00", {{"head.temple:right", 8}}, 6));
    j->save(note("2026-11-02T08:00:00+01:00", {{"head.temple:left", 4}}, 2));
    j->save(note("2026-11-03T08:00:00+01:00", {{"chest.sternum", 1}}, 1));
    const auto s = summarize(*j, {"2026-11-02", "2026-11-02"});
    CHECK(s.notes == 1);
    CHECK(s.days == 1);
    CHECK(s.first == "2026-11-02");
    CHECK(s.last == "2026-11-02");
    REQUIRE(s.regions.size() == 1);
    CHECK(s.regions[0].region == "head.temple:left");
    CHECK(summarize(*j, {"2026-11-02", ""}).notes == 2);
    CHECK(summarize(*j, {"", "2026-11-02"}).notes == 2);
}

TEST_CASE("summary: trend subjects count every note of the range, not only the newest", "[journal][summary]")
{
    // The Journal tab once counted the 500 newest notes: a region noted often long ago came out too low.
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    std::vector<Note> notes;
    for (int i = 0; i < 600; ++i) {
        Note n = note("2026-01-01T08:00:00+01:00", {{i < 100 ? "chest.sternum" : "head.temple:right", 5}});
        n.id = tmap::journal::newUuid();
        n.created = n.updated = "2026-01-01T07:00:00Z";
        notes.push_back(n);
    }
    for (int i = 0; i < 550; ++i)
        notes[static_cast<std::size_t>(i)].spots.push_back({"neck.side:left", 3});
    j->saveAll(notes, OnDuplicate::Skip);
    const auto s = summarize(*j);
    CHECK(s.notes == 600);
    CHECK(s.regionSubjects
        == std::vector<TrendSubject> {{"neck.side:left", 550}, {"head.temple:right", 500}, {"chest.sternum", 100}});
}
