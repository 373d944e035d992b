#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "body/body_map.h"

using namespace tmap::body;

namespace {

const BodyMap& bodyMap()
{
    static const BodyMap map = BodyMap::fromDirectory(TM_SOURCE_DIR "/data");
    return map;
}

// The view a vocabulary row's "side" stands for, for one instance.
std::string lateralView(const std::string& instance)
{
    const auto parsed = parseInstance(instance);
    return parsed && parsed->side == Side::Left ? "side-left" : "side";
}

double nearestEdge(const View& view, Point p)
{
    double best = 1;
    for (const auto& shape : view.shapes)
        for (const auto& polygon : shape.polygons)
            best = std::min(best, distanceToEdges(polygon, p));
    for (const auto& polygon : view.outline)
        best = std::min(best, distanceToEdges(polygon, p));
    return best;
}

} // namespace

TEST_CASE("body: instance ids parse and mirror", "[body]")
{
    CHECK(parseInstance("head.temple:right")->side == Side::Right);
    CHECK(parseInstance("chest.sternum")->side == Side::None);
    CHECK_FALSE(parseInstance("head.temple:up"));
    CHECK(mirrorInstance("head.temple:right") == "head.temple:left");
    CHECK(mirrorInstance("chest.sternum") == "chest.sternum");
    CHECK(bodyMap().isInstance("head.temple:left"));
    CHECK_FALSE(bodyMap().isInstance("head.temple"));
    // What a place stands for: itself, both sides of a sided place named without one, nothing unknown.
    CHECK(bodyMap().instancesOf("head.temple:left") == std::vector<std::string> {"head.temple:left"});
    CHECK(bodyMap().instancesOf("chest.sternum") == std::vector<std::string> {"chest.sternum"});
    CHECK(bodyMap().instancesOf("head.temple") == std::vector<std::string> {"head.temple:left", "head.temple:right"});
    CHECK(bodyMap().instancesOf("head.nowhere").empty());
    CHECK_FALSE(bodyMap().isInstance("chest.sternum:left"));
}

TEST_CASE("body: the vocabulary holds every shared region id and 223 instances", "[body]")
{
    CHECK(bodyMap().regions().size() == 116);
    CHECK(bodyMap().instances().size() == 223);
    CHECK(bodyMap().region("head.temple"));
    CHECK(bodyMap().region("foot.inner_edge"));
}

TEST_CASE("body: describe says the side after the region's words, inside a closing bracket", "[body]")
{
    const auto& map = bodyMap();
    CHECK(map.describe("hip.crest:left") == "top of the hip bone (iliac crest, left)");
    CHECK(map.describe("neck.side:right") == "side of the neck (right)");
    CHECK(map.describe("chest.sternum") == "breastbone");
}

TEST_CASE("body: every instance is drawn in every view its row lists", "[body]")
{
    const auto& map = bodyMap();
    for (const auto& id : map.instances()) {
        const auto* region = map.region(parseInstance(id)->base);
        for (const auto& view : region->views) {
            const std::string viewId = view == "side" ? lateralView(id) : view;
            INFO(id << " in view " << viewId);
            REQUIRE(map.view(viewId));
            CHECK(map.view(viewId)->shape(id));
        }
    }
}

TEST_CASE("body: laterality follows anatomical position", "[body]")
{
    const auto& map = bodyMap();
    for (const auto& [viewId, rightOnViewersLeft] :
        {std::pair {"front", true}, std::pair {"back", false}, std::pair {"soles", false}}) {
        const View* view = map.view(viewId);
        REQUIRE(view);
        for (const auto& shape : view->shapes) {
            const auto side = parseInstance(shape.instance)->side;
            if (side == Side::None)
                continue;
            INFO(viewId << ": " << shape.instance << " centre x " << shape.centre.x);
            const bool onViewersLeft = shape.centre.x < 0.5;
            CHECK(onViewersLeft == ((side == Side::Right) == rightOnViewersLeft));
        }
    }
    // The right lateral view shows only the right side; the left one only the left.
    for (const auto& shape : map.view("side")->shapes)
        CHECK(parseInstance(shape.instance)->side != Side::Left);
    for (const auto& shape : map.view("side-left")->shapes)
        CHECK(parseInstance(shape.instance)->side != Side::Right);
}

TEST_CASE("body: left and right instances are exact mirror images", "[body]")
{
    const auto& map = bodyMap();
    for (const char* viewId : {"front", "back", "soles"}) {
        const View* view = map.view(viewId);
        for (const auto& shape : view->shapes) {
            if (parseInstance(shape.instance)->side != Side::Right)
                continue;
            const Shape* other = view->shape(mirrorInstance(shape.instance));
            INFO(viewId << ": " << shape.instance);
            REQUIRE(other);
            REQUIRE(other->polygons.size() == shape.polygons.size());
            // Every vertex of one side has its mirror among the other side's vertices.
            for (std::size_t i = 0; i < shape.polygons.size(); ++i) {
                for (const auto& p : shape.polygons[i]) {
                    bool found = false;
                    for (const auto& polygon : other->polygons)
                        for (const auto& q : polygon)
                            found = found || (std::abs(1 - p.x - q.x) < 1e-6 && std::abs(p.y - q.y) < 1e-6);
                    CHECK(found);
                }
            }
            CHECK(other->centre.x == Approx(1 - shape.centre.x).margin(0.02));
        }
    }
}

TEST_CASE("body: regions tile the figure without gaps or overlaps", "[body]")
{
    const auto& map = bodyMap();
    constexpr int columns = 240;
    for (const auto& view : map.views()) {
        const int rows = static_cast<int>(columns / view.aspect);
        int inside = 0, gaps = 0, overlaps = 0, outsideHits = 0;
        std::string firstProblem;
        for (int i = 0; i < columns; ++i) {
            for (int j = 0; j < rows; ++j) {
                const Point p {(i + 0.5) / columns, (j + 0.5) / rows};
                int hits = 0;
                for (const auto& shape : view.shapes)
                    hits += shape.contains(p) ? 1 : 0;
                const bool in = view.insideOutline(p);
                if ((in && hits == 1) || (!in && hits == 0)) {
                    inside += in ? 1 : 0;
                    continue;
                }
                if (nearestEdge(view, p) < 0.002)
                    continue; // on a border, where rounding decides
                if (in && hits == 0)
                    ++gaps;
                else if (hits > 1)
                    ++overlaps;
                else
                    ++outsideHits;
                if (firstProblem.empty())
                    firstProblem = std::to_string(p.x) + "," + std::to_string(p.y);
            }
        }
        INFO("view " << view.id << ": first problem at " << firstProblem);
        CHECK(inside > 1000);
        CHECK(gaps == 0);
        CHECK(overlaps == 0);
        CHECK(outsideHits == 0);
    }
}

TEST_CASE("body: a click at a region's centre hits that region", "[body]")
{
    const auto& map = bodyMap();
    for (const auto& view : map.views()) {
        for (const auto& shape : view.shapes) {
            INFO(view.id << ": " << shape.instance);
            CHECK(map.hit(view.id, shape.centre) == shape.instance);
        }
    }
    CHECK_FALSE(map.hit("front", {0.001, 0.001}));
    CHECK_FALSE(map.hit("nope", {0.5, 0.5}));
}

TEST_CASE("body: malformed geometry is reported with the file and place", "[body]")
{
    const std::string tsv = "id\tsided\tviews\tdescription\nhead.vertex\tno\tfront\ttop of the head\n";
    CHECK_THROWS_WITH(BodyMap::fromText(tsv, "{", "r.tsv", "g.json"), Catch::Contains("g.json: not valid JSON"));
    CHECK_THROWS_WITH(
        BodyMap::fromText(tsv,
            R"({"views":[{"id":"front","regions":[{"id":"head.nope","polygons":[[[0,0],[1,0],[1,1]]]}]}]})", "r.tsv",
            "g.json"),
        Catch::Contains("g.json: /views/0/regions/0/id: unknown region instance \"head.nope\""));
    CHECK_THROWS_WITH(
        BodyMap::fromText("id\tsided\tviews\tdescription\nx\tmaybe\tfront\td\n", "{\"views\":[]}", "r.tsv"),
        Catch::Contains("r.tsv: line 2: sided must be yes or no"));
}

TEST_CASE("body: one parser of sides and region instances", "[body]")
{
    using tmap::body::Side;
    CHECK(tmap::body::parseSide("left") == Side::Left);
    CHECK(tmap::body::parseSide("right") == Side::Right);
    CHECK_FALSE(tmap::body::parseSide("either"));
    CHECK_FALSE(tmap::body::parseSide(""));
    CHECK_FALSE(tmap::body::parseSide("Left"));

    CHECK(tmap::body::isCanonicalInstance("head.temple:right"));
    CHECK(tmap::body::isCanonicalInstance("chest.sternum"));
    CHECK_FALSE(tmap::body::isCanonicalInstance("head.temple:r")); // the shorthand parses but is not written
    CHECK(tmap::body::parseInstance("head.temple:r")->side == Side::Right);
    CHECK_FALSE(tmap::body::isCanonicalInstance("head.temple:"));
    CHECK_FALSE(tmap::body::isCanonicalInstance(":left"));
    CHECK_FALSE(tmap::body::isCanonicalInstance("a:b:c"));

    const tmap::body::Point p {0.25, 0.5};
    CHECK(tmap::body::mirrored(p).x == Approx(0.75));
    CHECK(tmap::body::mirrored(p).y == Approx(0.5));
}

TEST_CASE("body: a list names each place once, a place drawn on both sides as one", "[body]")
{
    using tmap::body::placesOnce;
    using tmap::body::Side;
    const auto places = placesOnce({"back.lumbar:left", "head.temple:right", "back.lumbar:right", "back.lumbar:left",
        "chest.sternum", "chest.sternum", "not an instance"});
    REQUIRE(places.size() == 4);
    CHECK(places[0].base == "back.lumbar");
    CHECK(places[0].bothSides);
    CHECK(places[1].base == "head.temple");
    CHECK(places[1].side == Side::Right);
    CHECK_FALSE(places[1].bothSides);
    CHECK(places[2].base == "chest.sternum");
    CHECK(places[2].side == Side::None);
    CHECK(places[3].base == "not an instance");
    // Two explanations of one place (tags) stay apart: "low back (left) [A]", "low back (right) [B]".
    const auto tagged = placesOnce({"back.lumbar:left", "back.lumbar:right"}, {"[A]", "[B]"});
    REQUIRE(tagged.size() == 2);
    CHECK(tagged[0].tag == "[A]");
    CHECK(tagged[1].side == Side::Right);
    CHECK_FALSE(tagged[1].bothSides);
}

TEST_CASE("body: places that share a name in a list are named in full, the others short", "[body]")
{
    // "back of the thigh" names its upper and its lower half: a list naming both says which is which (tpmap said
    // "back of the thigh (right), back of the thigh (right)"); the temple keeps its short name.
    const auto full
        = tmap::body::namedInFull(bodyMap(), {"thigh.back_upper", "head.temple", "thigh.back_lower", "head.temple"});
    CHECK(full == std::set<std::string> {"thigh.back_lower", "thigh.back_upper"});
    CHECK(tmap::body::namedInFull(bodyMap(), {"thigh.back_upper", "head.temple"}).empty());
    // Over the whole vocabulary, as a name standing alone needs it (the journal's list, the report).
    CHECK(bodyMap().sharesPlace("thigh.back_upper"));
    CHECK(bodyMap().sharesPlace("thigh.back_lower"));
    CHECK_FALSE(bodyMap().sharesPlace("head.temple"));
}
