// Trigger point markers: authored per point in the muscle files, one place per point (two places the references
// name are two places on the body), and entry pictures framed around them (no Qt).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "catalogue/builder.h"
#include "catalogue/pattern.h"
#include "../support/catalogue_fixture.h"

using namespace tmap::catalogue;
using tmap::body::Side;

namespace {

const tmap::body::BodyMap& body()
{
    return builtCatalogue().body();
}

TriggerPoint pointAt(const std::string& id, std::vector<Marker> markers, std::vector<std::string> sites = {})
{
    TriggerPoint tp;
    tp.id = id;
    tp.sites = std::move(sites);
    tp.markers = std::move(markers);
    return tp;
}

} // namespace

TEST_CASE("markers: no two points of one muscle are drawn less than 1% of the view's height apart", "[markers]")
{
    for (const auto& m : builtCatalogue().muscles())
        for (const auto& c : crowdedMarkers(m, body(), 0.01)) {
            INFO(c.first << " and " << c.second << " in view " << c.view << ": " << c.apart << " of its height");
            CHECK(c.apart >= 0.01);
        }
}

TEST_CASE("markers: the check finds two points of one muscle drawn at one place", "[markers]")
{
    Muscle m;
    m.id = "test";
    m.triggerPoints = {pointAt("test-1", {{"back", 0.60, 0.25}, {"side", 0.33, 0.25}}),
        pointAt("test-2", {{"back", 0.60, 0.255}, {"side", 0.40, 0.25}}), pointAt("test-3", {{"front", 0.4, 0.3}})};
    const auto crowded = crowdedMarkers(m, body(), 0.01);
    // Too close in the back view, on either side (the left is the mirror image); apart in the side views.
    REQUIRE(crowded.size() == 2);
    for (const auto& c : crowded) {
        CHECK(c.first == "test-1");
        CHECK(c.second == "test-2");
        CHECK(c.view == "back");
        CHECK(c.apart == Approx(0.005));
    }
    // A point the references place on one side only is not compared on the other side.
    m.triggerPoints[1].onlySide = Side::Right;
    CHECK(crowdedMarkers(m, body(), 0.01).size() == 1);
}

TEST_CASE("markers: every trigger point's markers are authored, none computed from its site", "[markers]")
{
    const auto data = loadSources(std::string(TM_SOURCE_DIR) + "/data");
    std::size_t points = 0;
    for (const auto& m : data.muscles)
        for (const auto& tp : m.triggerPoints) {
            ++points;
            INFO(tp.id);
            CHECK_FALSE(tp.markersComputed);
            CHECK_FALSE(tp.markers.empty());
        }
    CHECK(points > 200);
}

TEST_CASE("markers: the named examples are apart on the body", "[markers]")
{
    const auto& cat = builtCatalogue();
    auto at = [&](const char* id, const char* view) {
        const auto* tp = cat.triggerPoint(id);
        REQUIRE(tp);
        const auto m = patternMarker(*tp, Side::Right, view);
        REQUIRE(m);
        return *m;
    };
    // Temporalis: four points from front to back above the ear, in the side view (the figure faces +x).
    CHECK(at("temporalis-1", "side").x > at("temporalis-2", "side").x);
    CHECK(at("temporalis-2", "side").x > at("temporalis-3", "side").x);
    CHECK(at("temporalis-3", "side").x > at("temporalis-4", "side").x);
    // Upper trapezius TrP2 lies lower and behind TrP1 (the right side is at x > 0.5 in the back view).
    CHECK(at("upper-trapezius-2", "back").y > at("upper-trapezius-1", "back").y);
    // Infraspinatus: TrP1 under the spine, TrP2 further out and lower, TrP3 near the inner edge.
    CHECK(at("infraspinatus-2", "back").x > at("infraspinatus-1", "back").x);
    CHECK(at("infraspinatus-3", "back").x < at("infraspinatus-1", "back").x);
    CHECK(at("infraspinatus-2", "back").y > at("infraspinatus-1", "back").y);
    // Gluteus medius along the crest, from the sacrum outward, in the back view.
    CHECK(at("gluteus-medius-1", "back").x < at("gluteus-medius-2", "back").x);
    CHECK(at("gluteus-medius-2", "back").x < at("gluteus-medius-3", "back").x);
    // Masseter: TrP1 high in front, TrP3 low, TrP4 up by the jaw joint.
    CHECK(at("masseter-1", "side").y < at("masseter-2", "side").y);
    CHECK(at("masseter-2", "side").y < at("masseter-3", "side").y);
    CHECK(at("masseter-4", "side").x < at("masseter-1", "side").x);
}

TEST_CASE("markers: an entry picture shows the X, the whole pattern and a whole head", "[markers]")
{
    const auto& cat = builtCatalogue();
    const double picture = 170.0 / 210.0;
    for (const auto* tp : cat.triggerPoints())
        for (const char* viewId : {"front", "back", "side", "soles"}) {
            const auto frame = patternFrame(body(), *tp, Side::Right, viewId, picture);
            if (!frame)
                continue;
            INFO(tp->id << " in " << viewId);
            const auto* view = body().view(viewId);
            REQUIRE(view);
            CHECK(frame->width() * view->aspect / frame->height() == Approx(picture).epsilon(0.01));
            if (const auto m = patternMarker(*tp, Side::Right, viewId)) {
                CHECK(frame->minX < m->x);
                CHECK(m->x < frame->maxX);
                CHECK(frame->minY < m->y);
                CHECK(m->y < frame->maxY);
            }
            // Every region of the pattern whole, and every head, hand or foot it reaches into whole too.
            for (const auto& r : patternRegions(body(), *tp, Side::Right))
                if (const auto* shape = view->shape(r.instance))
                    CHECK(frame->contains({shape->minX, shape->minY, shape->maxX, shape->maxY}));
            for (const auto& shape : view->shapes) {
                const auto area = shape.instance.substr(0, shape.instance.find('.'));
                if (area != "head" && area != "hand")
                    continue;
                const bool inside = frame->contains({shape.minX, shape.minY, shape.maxX, shape.maxY});
                const bool outside = shape.maxX <= frame->minX || shape.minX >= frame->maxX || shape.maxY <= frame->minY
                    || shape.minY >= frame->maxY;
                INFO(shape.instance);
                CHECK((inside || outside));
            }
        }
}

TEST_CASE("markers: a neck point's picture includes the head, a forearm point's the hand", "[markers]")
{
    const auto& cat = builtCatalogue();
    auto includes = [&](const char* id, const char* viewId, const char* instance) {
        const auto* tp = cat.triggerPoint(id);
        REQUIRE(tp);
        const auto frame = patternFrame(body(), *tp, Side::Right, viewId, 170.0 / 210.0);
        REQUIRE(frame);
        const auto* shape = body().view(viewId)->shape(instance);
        REQUIRE(shape);
        return frame->contains({shape->minX, shape->minY, shape->maxX, shape->maxY});
    };
    CHECK(includes("scalenes-1", "front", "head.vertex"));
    CHECK(includes("scalenes-2", "back", "head.occiput:right"));
    CHECK(includes("extensor-digitorum-1", "back", "hand.middle_back:right"));
    CHECK(includes("flexor-digitorum-superficialis-1", "front", "hand.middle:right"));
}

TEST_CASE("markers: an entry's two pictures show all main zones where two views can, and the X", "[markers]")
{
    const auto& map = body();
    int covered = 0;
    for (const auto& m : builtCatalogue().muscles())
        for (const auto& tp : m.triggerPoints) {
            INFO(tp.id);
            const Side side = pictureSide(tp);
            const auto views = pictureViews(map, m, tp, side);
            REQUIRE(views.size() <= 2);
            // Each main region instance of the pattern, and the views that draw it.
            std::map<std::string, std::set<std::string>> drawnIn;
            std::set<std::string> showing;
            for (const auto& v : map.views()) {
                if (v.id == (side == Side::Left ? "side" : "side-left"))
                    continue;
                if (patternShows(map, tp, side, v.id))
                    showing.insert(v.id);
                for (const auto& r : patternRegions(map, tp, side))
                    if (r.main && v.shape(r.instance))
                        drawnIn[r.instance].insert(v.id);
            }
            for (const auto& v : views)
                CHECK(showing.count(v) == 1);
            CHECK(views.size() == std::min<std::size_t>(2, showing.size()));
            // If some two views draw every main zone, the pictures do.
            auto coversAll = [&](const std::set<std::string>& chosen) {
                return std::all_of(drawnIn.begin(), drawnIn.end(), [&](const auto& d) {
                    return std::any_of(
                        d.second.begin(), d.second.end(), [&](const auto& v) { return chosen.count(v) > 0; });
                });
            };
            bool twoCan = false;
            for (const auto& a : showing)
                for (const auto& b : showing)
                    twoCan = twoCan || coversAll({a, b});
            if (twoCan) {
                CHECK(coversAll(std::set<std::string>(views.begin(), views.end())));
                ++covered;
            }
        }
    CHECK(covered > 200);
    // The calf points whose pain is on the sole picture the sole and, beside it, the X.
    for (const char* id : {"gastrocnemius-1", "flexor-hallucis-longus-1", "flexor-digitorum-longus-1"}) {
        INFO(id);
        const auto* tp = builtCatalogue().triggerPoint(id);
        REQUIRE(tp);
        const auto views = pictureViews(map, *builtCatalogue().muscle(tp->muscleId), *tp, Side::Right);
        CHECK(std::find(views.begin(), views.end(), "soles") != views.end());
        CHECK(std::any_of(views.begin(), views.end(), [&](const std::string& v) {
            return patternMarker(*tp, Side::Right, v).has_value();
        }));
    }
    // Between pictures that show as much, the pair that draws more of the pattern: tibialis anterior's shin, ankle
    // and big toe from the front and the side, not a sliver of the foot's inner edge from the back.
    {
        const auto* shin = builtCatalogue().triggerPoint("tibialis-anterior-1");
        REQUIRE(shin);
        const auto views = pictureViews(map, *builtCatalogue().muscle("tibialis-anterior"), *shin, Side::Right);
        CHECK(views == std::vector<std::string> {"front", "side"});
    }
    // The X in the view that draws the point's own place largest: infraspinatus' points under the spine of the
    // shoulder blade from the back (pictured from the front and the side, the X stood at the back edge of the side
    // view); serratus anterior's on the side of the chest from the side.
    for (const char* id : {"infraspinatus-1", "infraspinatus-2", "suboccipitals-1"}) {
        INFO(id);
        const auto* tp = builtCatalogue().triggerPoint(id);
        REQUIRE(tp);
        const auto views = pictureViews(map, *builtCatalogue().muscle(tp->muscleId), *tp, Side::Right);
        CHECK(std::find(views.begin(), views.end(), "back") != views.end());
    }
    {
        const auto* side = builtCatalogue().triggerPoint("serratus-anterior-1");
        REQUIRE(side);
        const auto views = pictureViews(map, *builtCatalogue().muscle("serratus-anterior"), *side, Side::Right);
        CHECK(std::find(views.begin(), views.end(), "side") != views.end());
    }
    // A point of the left side only is pictured on the left: never in the right lateral view.
    const auto* chest = builtCatalogue().triggerPoint("rectus-abdominis-6");
    REQUIRE(chest);
    CHECK(pictureSide(*chest) == Side::Left);
    for (const auto& v : pictureViews(map, *builtCatalogue().muscle("rectus-abdominis"), *chest, Side::Left))
        CHECK(v != "side");
}

TEST_CASE("markers: a trigger point concerns the places its pattern reaches on either side, and where it lies",
    "[markers]")
{
    const auto& cat = builtCatalogue();
    const auto* trap = cat.triggerPoint("upper-trapezius-1");
    const auto* calf = cat.triggerPoint("gastrocnemius-1");
    REQUIRE(trap);
    REQUIRE(calf);
    CHECK(concerns(body(), *trap, "head.temple:right"));
    CHECK(concerns(body(), *trap, "head.temple:left"));
    CHECK(concerns(body(), *trap, "shoulder.top:left")); // where it lies
    CHECK_FALSE(concerns(body(), *trap, "leg.calf_upper:left"));
    CHECK(concerns(body(), *calf, "foot.arch:left"));
    CHECK_FALSE(concerns(body(), *calf, "neck.back:right"));
    CHECK_FALSE(concerns(body(), *calf, "no-such-region"));
    // A point of one side only concerns that side alone.
    const auto* chest = cat.triggerPoint("rectus-abdominis-6");
    REQUIRE(chest);
    CHECK(concerns(body(), *chest, "chest.pectoral:left"));
    CHECK_FALSE(concerns(body(), *chest, "chest.pectoral:right"));
}

TEST_CASE("markers: a treatment concerns a place through its point, or any point of its muscle", "[markers]")
{
    const auto& cat = builtCatalogue();
    CHECK(treatmentConcerns(cat, "upper-trapezius", "upper-trapezius-1", "head.temple:left"));
    CHECK_FALSE(treatmentConcerns(cat, "upper-trapezius", "upper-trapezius-1", "leg.calf_upper:left"));
    CHECK(treatmentConcerns(cat, "gastrocnemius", "", "foot.arch:right")); // the muscle as a whole
    CHECK_FALSE(treatmentConcerns(cat, "gastrocnemius", "", "neck.back:right"));
    CHECK(treatmentConcerns(cat, "gastrocnemius", "no-such-point", "foot.arch:right")); // its muscle's points
    CHECK(treatmentConcerns(cat, "no-such-muscle", "", "neck.back:right")); // kept: not this catalogue's to judge
}

