// Pattern geometry: which region instances a trigger point colours, where its X goes and which view shows it best,
// on the body map the build compiled (no Qt).
#include <catch2/catch.hpp>

#include <algorithm>

#include "catalogue/pattern.h"
#include "../support/catalogue_fixture.h"

using namespace tmap::catalogue;
using tmap::body::Side;

namespace {

const tmap::body::BodyMap& body()
{
    return builtCatalogue().body();
}

TriggerPoint point(std::vector<Zone> zones, std::vector<Marker> markers = {})
{
    TriggerPoint tp;
    tp.id = "test-1";
    tp.zones = std::move(zones);
    tp.markers = std::move(markers);
    return tp;
}

} // namespace

TEST_CASE("pattern: a point colours its zones on its own side, midline regions once", "[pattern]")
{
    const auto tp = point(
        {{"head.temple", ZoneKind::Main}, {"chest.sternum", ZoneKind::Spillover}, {"no.such-region", ZoneKind::Main}});
    CHECK(patternRegions(body(), tp, Side::Right)
        == std::vector<PatternRegion> {{"chest.sternum", false}, {"head.temple:right", true}});
    CHECK(patternRegions(body(), tp, Side::Left)
        == std::vector<PatternRegion> {{"chest.sternum", false}, {"head.temple:left", true}});
}

TEST_CASE("pattern: a zone felt on both sides colours both, main wins where zones overlap", "[pattern]")
{
    Zone both {"head.temple", ZoneKind::Spillover, Frequency::Usual, true};
    const auto tp = point({both, {"head.temple", ZoneKind::Main}});
    CHECK(patternRegions(body(), tp, Side::Left)
        == std::vector<PatternRegion> {{"head.temple:left", true}, {"head.temple:right", false}});
}

TEST_CASE("pattern: markers are the right side's, a left point's are mirrored", "[pattern]")
{
    const auto tp = point({}, {{"front", 0.3, 0.2}, {"side", 0.6, 0.4}});
    const auto right = patternMarker(tp, Side::Right, "front");
    REQUIRE(right);
    CHECK(right->x == Approx(0.3));
    CHECK(right->y == Approx(0.2));
    const auto left = patternMarker(tp, Side::Left, "front");
    REQUIRE(left);
    CHECK(left->x == Approx(0.7));
    CHECK(left->y == Approx(0.2));

    // The right lateral view shows a right point; its mirror, the left lateral view, a left one.
    CHECK(patternMarker(tp, Side::Right, "side"));
    CHECK_FALSE(patternMarker(tp, Side::Right, "side-left"));
    CHECK_FALSE(patternMarker(tp, Side::Left, "side"));
    const auto leftSide = patternMarker(tp, Side::Left, "side-left");
    REQUIRE(leftSide);
    CHECK(leftSide->x == Approx(0.4));
    CHECK_FALSE(patternMarker(tp, Side::Right, "back"));
}

TEST_CASE("pattern: the best view shows most of it, the current view wins a tie", "[pattern]")
{
    // The sole regions are drawn only in the soles view.
    const auto sole = point({{"foot.arch", ZoneKind::Main}, {"foot.ball", ZoneKind::Spillover}});
    CHECK(bestPatternView(body(), sole, Side::Right, "front") == "soles");
    CHECK(patternShows(body(), sole, Side::Right, "soles"));
    CHECK_FALSE(patternShows(body(), sole, Side::Right, "front"));

    // The temple shows in the front and the lateral view of its side: the current one of these stays.
    const auto temple = point({{"head.temple", ZoneKind::Main}});
    CHECK(bestPatternView(body(), temple, Side::Right, "front") == "front");
    CHECK(bestPatternView(body(), temple, Side::Right, "side") == "side");
    CHECK(bestPatternView(body(), temple, Side::Left, "side-left") == "side-left");
    CHECK(bestPatternView(body(), temple, Side::Right, "soles") != "soles");

    // Every trigger point of the catalogue shows best in a view where it shows at all.
    for (const auto* tp : builtCatalogue().triggerPoints())
        for (const Side side : {Side::Right, Side::Left}) {
            const auto& views = body().views();
            const bool anywhere = std::any_of(
                views.begin(), views.end(), [&](const auto& v) { return patternShows(body(), *tp, side, v.id); });
            INFO(tp->id);
            CHECK(anywhere);
            CHECK(patternShows(body(), *tp, side, bestPatternView(body(), *tp, side, "front")));
        }
}

TEST_CASE("pattern: the view to press in shows the X, and of those the most of the pattern", "[pattern]")
{
    // Flexor hallucis longus: the point lies in the calf, its pain under the big toe. The soles view shows the pain
    // best but not the X; a guided session must show where to press.
    const auto* fhl = builtCatalogue().triggerPoint("flexor-hallucis-longus-1");
    REQUIRE(fhl);
    CHECK(bestPatternView(body(), *fhl, Side::Right, "front") == "soles");
    const auto press = bestPressView(body(), *fhl, Side::Right, "front");
    CHECK(press != "soles");
    CHECK(patternMarker(*fhl, Side::Right, press));

    // Every point: its press view shows its X, on either side; a point whose X shows where its pattern shows best
    // keeps that view.
    for (const auto* tp : builtCatalogue().triggerPoints())
        for (const Side side : {Side::Right, Side::Left}) {
            INFO(tp->id);
            const auto view = bestPressView(body(), *tp, side, "front");
            CHECK(patternMarker(*tp, side, view));
            const auto best = bestPatternView(body(), *tp, side, "front");
            if (patternMarker(*tp, side, best))
                CHECK(view == best);
        }
}

TEST_CASE("pattern: the head's box in a view holds every head region drawn there, and only the head", "[pattern]")
{
    const auto& body = builtCatalogue().body();
    for (const auto& view : {"front", "back", "side", "side-left"}) {
        INFO(view);
        const auto head = tmap::catalogue::headFrame(body, view);
        REQUIRE(head);
        for (const auto& shape : body.view(view)->shapes) {
            if (!shape.instance.starts_with("head."))
                continue;
            INFO(shape.instance);
            CHECK(shape.minX >= head->minX - 1e-9);
            CHECK(shape.maxX <= head->maxX + 1e-9);
            CHECK(shape.minY >= head->minY - 1e-9);
            CHECK(shape.maxY <= head->maxY + 1e-9);
        }
        CHECK(head->maxY < 0.25); // the head, not the figure
    }
    CHECK_FALSE(tmap::catalogue::headFrame(body, "soles"));
    CHECK_FALSE(tmap::catalogue::headFrame(body, "no-such-view"));
}
