// Pattern shapes: every trigger point's referral pattern is drawn as shapes that lie inside the body outline and
// inside the regions its zones name, and cover each of those regions visibly (the ranking keeps using the regions);
// the left side is the mirror image; the check fails on a shape that strays or leaves a zone bare; every chart in
// tools/patterns/charts.json cites its muscle's chapter and is drawn (no Qt).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "../support/catalogue_fixture.h"
#include "catalogue/pattern_shapes.h"

using namespace tmap::catalogue;
using tmap::body::Point;
using tmap::body::Polygon;
using tmap::body::Side;

namespace {

const tmap::body::BodyMap& body()
{
    return builtCatalogue().body();
}

Polygon square(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

// A right-side point with one main zone on the temple: its shape in the side view is the test's to make.
TriggerPoint templePoint(std::vector<Polygon> rings)
{
    TriggerPoint tp;
    tp.id = "test-1";
    tp.sites = {"head.temple"};
    tp.zones = {{"head.temple", ZoneKind::Main, Frequency::Usual, false}};
    tp.shapes = {{"side", ZoneKind::Main, std::move(rings)}};
    return tp;
}

const tmap::body::Shape& templeInSide()
{
    const auto* view = body().view("side");
    REQUIRE(view);
    const auto* shape = view->shape("head.temple:right");
    REQUIRE(shape);
    return *shape;
}

} // namespace

TEST_CASE("pattern shapes: every point has a shape in each view and zone kind its regions reach", "[shapes]")
{
    std::size_t points = 0, shapes = 0;
    for (const auto* tp : builtCatalogue().triggerPoints()) {
        ++points;
        INFO(tp->id);
        const auto needed = shapesNeeded(body(), *tp);
        CHECK(needed.empty() == tp->noReferredPain);
        for (const auto& [view, kind] : needed) {
            INFO(view << (kind == ZoneKind::Main ? " main" : " spillover"));
            const auto n = std::count_if(tp->shapes.begin(), tp->shapes.end(),
                [&](const PatternShape& s) { return s.view == view && s.kind == kind; });
            CHECK(n == 1);
        }
        CHECK(tp->shapes.size() == needed.size());
        shapes += tp->shapes.size();
    }
    CHECK(points == 216);
    CHECK(shapes > points);
}

TEST_CASE("pattern shapes: inside the body outline and their regions, covering each region visibly", "[shapes]")
{
    for (const auto* tp : builtCatalogue().triggerPoints())
        for (const auto& shape : tp->shapes) {
            INFO(tp->id << " " << shape.view << (shape.kind == ZoneKind::Main ? " main" : " spillover"));
            const ShapeFit fit = shapeFit(body(), *tp, shape);
            CHECK(fit.area > 0);
            CHECK(fit.outsideFigure == 0);
            CHECK(fit.outsideRegions == 0);
            CHECK_FALSE(fit.cover.empty());
            for (const auto& [instance, cover] : fit.cover) {
                INFO(instance);
                CHECK(cover >= kMinShapeCover);
            }
        }
}

TEST_CASE("pattern shapes: the check finds a shape that strays from its regions or leaves one bare", "[shapes]")
{
    const auto& temple = templeInSide();
    SECTION("the region itself fits and covers it")
    {
        const auto tp = templePoint(temple.polygons);
        const auto fit = shapeFit(body(), tp, tp.shapes[0]);
        CHECK(fit.outsideRegions == 0);
        CHECK(fit.outsideFigure == 0);
        REQUIRE(fit.cover.size() == 1);
        CHECK(fit.cover[0].first == "head.temple:right");
        CHECK(fit.cover[0].second > 0.95);
    }
    SECTION("a shape twice the region's size reaches outside it")
    {
        const double w = temple.maxX - temple.minX, h = temple.maxY - temple.minY;
        const auto tp
            = templePoint({square(temple.minX - w / 2, temple.minY - h / 2, temple.maxX + w / 2, temple.maxY + h / 2)});
        const auto fit = shapeFit(body(), tp, tp.shapes[0]);
        CHECK(fit.outsideRegions > 0.3);
        CHECK(fit.cover[0].second > 0.95);
    }
    SECTION("a dot in the region covers too little of it")
    {
        const Point c = temple.centre;
        const auto tp = templePoint({square(c.x - 0.002, c.y - 0.002, c.x + 0.002, c.y + 0.002)});
        const auto fit = shapeFit(body(), tp, tp.shapes[0]);
        CHECK(fit.outsideRegions == 0);
        CHECK(fit.cover[0].second < kMinShapeCover);
    }
    SECTION("a shape off the figure")
    {
        const auto tp = templePoint({square(0.01, 0.5, 0.05, 0.55)});
        const auto fit = shapeFit(body(), tp, tp.shapes[0]);
        CHECK(fit.outsideFigure == 1);
        CHECK(fit.outsideRegions == 1);
    }
}

TEST_CASE(
    "pattern shapes: a left point shows the mirror image, its lateral shapes in the left lateral view", "[shapes]")
{
    const auto* tp = builtCatalogue().triggerPoint("temporalis-1");
    REQUIRE(tp);
    const auto right = patternShapes(*tp, Side::Right, "side");
    REQUIRE_FALSE(right.empty());
    CHECK_FALSE(right.front().mirrored);
    // Spillover first, so the essential zone is drawn on top.
    CHECK(right.front().kind == ZoneKind::Spillover);
    CHECK(right.back().kind == ZoneKind::Main);
    CHECK(patternShapes(*tp, Side::Right, "side-left").empty());
    CHECK(patternShapes(*tp, Side::Left, "side").empty());
    const auto left = patternShapes(*tp, Side::Left, "side-left");
    REQUIRE(left.size() == right.size());
    CHECK(left.front().mirrored);
    CHECK(left.front().polygons == right.front().polygons);
    const auto front = patternShapes(*tp, Side::Left, "front");
    REQUIRE_FALSE(front.empty());
    CHECK(front.front().mirrored);
}

TEST_CASE("pattern shapes: the charts the issue names follow the references, not the regions", "[shapes]")
{
    // The hand-authored shapes (tools/patterns/charts.json) are narrower than the regions they lie in: a stripe,
    // a band, a question mark. A default shape covers most of each region; these cover clearly less of one.
    for (const char* id : {"temporalis-1", "upper-trapezius-1", "infraspinatus-1", "gluteus-minimus-1",
             "quadratus-lumborum-1", "scalenes-1", "soleus-1"}) {
        INFO(id);
        const auto* tp = builtCatalogue().triggerPoint(id);
        REQUIRE(tp);
        double least = 1;
        for (const auto& shape : tp->shapes)
            for (const auto& [instance, cover] : shapeFit(body(), *tp, shape).cover)
                least = std::min(least, cover);
        CHECK(least < 0.75);
    }
}

TEST_CASE(
    "pattern shapes: every chart cites its muscle's Travell & Simons chapter and is drawn where it points", "[shapes]")
{
    // tools/patterns/gen.py uses a chart's piece only in a view and zone kind that the point's zones reach, and
    // drops any other silently: a piece whose view or kind is wrong would never be drawn. And a chart names the
    // figure it follows: its volume and chapter must be one the muscle's sources cite.
    const auto charts = nlohmann::json::parse(std::ifstream(TM_SOURCE_DIR "/tools/patterns/charts.json"));
    const std::regex cite(R"(^Travell & Simons vol\. (\d)(, 2nd ed\.)?, ch\. (\d+), Figs?\. \d+\.\d)");
    for (const auto& [id, chart] : charts.items()) {
        if (id.starts_with("_"))
            continue;
        INFO(id);
        const auto* tp = builtCatalogue().triggerPoint(id);
        REQUIRE(tp);
        const auto* muscle = builtCatalogue().muscle(tp->muscleId);
        REQUIRE(muscle);
        std::smatch m;
        const auto text = chart.at("chart").get<std::string>();
        REQUIRE(std::regex_search(text, m, cite));
        const std::string ref = "travell-simons-v" + m[1].str();
        CHECK(std::any_of(muscle->sources.begin(), muscle->sources.end(),
            [&](const SourceRef& s) { return s.ref == ref && s.chapter == m[3].str(); }));
        for (const auto& piece : chart.at("shapes")) {
            const auto view = piece.at("view").get<std::string>();
            const auto kind = piece.at("kind").get<std::string>() == "main" ? ZoneKind::Main : ZoneKind::Spillover;
            INFO(view << " " << piece.at("kind").get<std::string>());
            CHECK(std::any_of(tp->shapes.begin(), tp->shapes.end(),
                [&](const PatternShape& s) { return s.view == view && s.kind == kind; }));
        }
    }
}
