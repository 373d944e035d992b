// match::reasons: a result's reasons as structure - grouped by how each spot is explained, each place once, named
// in full where two drawn places share a name - which the app and tpmap word alike.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/catalogue_fixture.h"
#include "match/matcher.h"
#include "match/reasons.h"

using namespace tmap::match;
using tmap::body::Side;

namespace {

const Matcher& matcher()
{
    static const Matcher m(builtCatalogue());
    return m;
}

std::vector<Result> rank(std::initializer_list<const char*> spots)
{
    Drawing d;
    for (const char* s : spots)
        d.spots.push_back(parseSpot(builtCatalogue().body(), s));
    return matcher().rank(d, 0);
}

const Result& rowOf(const std::vector<Result>& results, const std::string& muscle)
{
    const auto it
        = std::find_if(results.begin(), results.end(), [&](const Result& r) { return r.muscle->id == muscle; });
    REQUIRE(it != results.end());
    return *it;
}

const ReasonGroup* groupOf(const Reasons& reasons, ReasonKind kind)
{
    const auto it = std::find_if(
        reasons.groups.begin(), reasons.groups.end(), [kind](const ReasonGroup& g) { return g.kind == kind; });
    return it == reasons.groups.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("reasons: a place drawn on both sides and explained alike is one place on both sides", "[match][reasons]")
{
    const auto results = rank({"back.lumbar:left", "back.lumbar:right"});
    const auto reasons = tmap::match::reasons(rowOf(results, "longissimus-thoracis"), builtCatalogue().body());
    const auto* main = groupOf(reasons, ReasonKind::Main);
    REQUIRE(main);
    REQUIRE(main->places.size() == 1);
    CHECK(main->places[0].base == "back.lumbar");
    CHECK(main->places[0].bothSides);
    CHECK(main->places[0].by == nullptr); // the row's own point
}

TEST_CASE("reasons: another point of the muscle is named, once for both sides it explains", "[match][reasons]")
{
    // A tension band on both sides: splenius cervicis' row explains the back of the neck by its lower point on
    // both sides (tpmap said the place twice, "(left) [...]" and "(right) [..., right side]").
    const auto results = rank({"head.occiput:left", "head.occiput:right", "neck.back:left", "neck.back:right"});
    const Result& row = rowOf(results, "splenius-cervicis");
    REQUIRE(row.evidence.combined);
    const auto reasons = tmap::match::reasons(row, builtCatalogue().body());
    bool named = false;
    for (const auto& g : reasons.groups)
        for (const auto& p : g.places)
            if (p.by) {
                CHECK(p.by != row.point);
                CHECK(p.by->muscleId == "splenius-cervicis");
                if (p.bothSides)
                    CHECK(p.bySide == Side::None);
                named = true;
            }
    CHECK(named);
    CHECK(reasons.combined != Combined::No);
}

TEST_CASE("reasons: a row of another point of a muscle listed above names that muscle's row", "[match][reasons]")
{
    // Both front ends worked it out for themselves (the app's "the muscle of row 2", tpmap's heading).
    const auto results = rank({"head.temple:right"});
    bool another = false;
    for (const auto& r : results) {
        const auto first
            = std::find_if(results.begin(), results.end(), [&](const Result& o) { return o.muscle == r.muscle; });
        CHECK(r.muscleRank == first->rank);
        another = another || r.muscleRank != r.rank;
    }
    CHECK(another); // the temple's list has more than one temporalis point
}

TEST_CASE("reasons: two parts of one place drawn are named in full, unexplained places once", "[match][reasons]")
{
    const auto results = rank({"thigh.back_upper:right", "thigh.back_lower:right", "foot.heel:left",
        "foot.heel:right"});
    const Result& row = results.front();
    const auto reasons = tmap::match::reasons(row, builtCatalogue().body());
    int parts = 0;
    for (const auto& g : reasons.groups)
        for (const auto& p : g.places)
            if (p.base == "thigh.back_upper" || p.base == "thigh.back_lower") {
                CHECK(p.fullName);
                ++parts;
            }
    CHECK(parts >= 2);
    // The heels, unexplained by a thigh pattern, are one place on both sides.
    const auto heel = std::find_if(reasons.unexplained.begin(), reasons.unexplained.end(),
        [](const ReasonPlace& p) { return p.base == "foot.heel"; });
    REQUIRE(heel != reasons.unexplained.end());
    CHECK(heel->bothSides);
    CHECK(reasons.unexplained.size() < row.unexplained.size());
}
