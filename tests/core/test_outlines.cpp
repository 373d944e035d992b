// Muscle outlines: every muscle is drawn under the skin in at least one view, where its trigger points' markers
// are (the check that the outlines are where the muscles are), inside the body outline; mirrored for the left
// side; a damaged outline blob is refused, never sized blindly (no Qt).
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "../support/temp_dir.h"
#include "body/body_map.h"
#include "catalogue/outline.h"
#include "../support/catalogue_fixture.h"
#include "db/database.h"

using namespace tmap::catalogue;
using tmap::body::Point;
using tmap::body::Side;
namespace fs = std::filesystem;

namespace {

// The same allowance as the builder's and tools/outlines/gen.py: about the X's half width.
constexpr double kNear = 0.012;

} // namespace

TEST_CASE("outlines: every muscle has an outline in at least one view it is drawn from", "[outlines]")
{
    const auto& cat = builtCatalogue();
    REQUIRE(cat.muscles().size() == 117);
    std::set<std::string> views;
    for (const auto& m : cat.muscles()) {
        INFO(m.id);
        REQUIRE_FALSE(m.outlines.empty());
        for (const auto& o : m.outlines) {
            const auto* view = cat.body().view(o.view);
            REQUIRE(view);
            CHECK_FALSE(view->mirrored);
            CHECK_FALSE(o.polygons.empty());
            views.insert(o.view);
        }
    }
    // The face, the hand and the foot are small but present: every authored view is used.
    CHECK(views == std::set<std::string> {"front", "back", "side", "soles"});
}

TEST_CASE("outlines: every trigger point's marker lies on its muscle's outline", "[outlines]")
{
    const auto& cat = builtCatalogue();
    std::size_t checked = 0;
    for (const auto& m : cat.muscles()) {
        for (const auto& stray : strayMarkers(m, cat.body(), kNear)) {
            INFO(stray.point << " in " << stray.view << " is " << stray.distance << " outside");
            CHECK(stray.distance <= kNear);
        }
        for (const auto& o : m.outlines)
            for (const auto& tp : m.triggerPoints)
                for (const auto& mk : tp.markers)
                    checked += mk.view == o.view ? 1 : 0;
    }
    // Most markers are checked: each muscle is drawn in the view where most of its points are marked.
    CHECK(checked > 250);
}

TEST_CASE("outlines: every outline stays inside the body outline", "[outlines]")
{
    const auto& cat = builtCatalogue();
    for (const auto& m : cat.muscles())
        for (const auto& o : m.outlines) {
            const auto* view = cat.body().view(o.view);
            REQUIRE(view);
            for (const auto& polygon : o.polygons) {
                CHECK(polygon.size() >= 3);
                for (const auto& p : polygon) {
                    INFO(m.id << " in " << o.view << " at " << p.x << ", " << p.y);
                    CHECK(view->insideOutline(p));
                }
            }
        }
}

TEST_CASE(
    "outlines: a left point's outline is the mirror image, the lateral one in the left lateral view", "[outlines]")
{
    const auto& cat = builtCatalogue();
    const Muscle* infraspinatus = cat.muscle("infraspinatus");
    const Muscle* temporalis = cat.muscle("temporalis");
    REQUIRE(infraspinatus);
    REQUIRE(temporalis);

    const auto right = muscleOutline(*infraspinatus, Side::Right, "back");
    const auto left = muscleOutline(*infraspinatus, Side::Left, "back");
    REQUIRE(right);
    REQUIRE(left);
    REQUIRE(right->polygons[0].size() == left->polygons[0].size());
    CHECK(left->polygons[0][3].x == Approx(1 - right->polygons[0][3].x));
    CHECK(left->polygons[0][3].y == Approx(right->polygons[0][3].y));
    CHECK_FALSE(muscleOutline(*infraspinatus, Side::Right, "soles"));

    CHECK(muscleOutline(*temporalis, Side::Right, "side"));
    CHECK_FALSE(muscleOutline(*temporalis, Side::Right, "side-left"));
    CHECK(muscleOutline(*temporalis, Side::Left, "side-left"));
    CHECK_FALSE(muscleOutline(*temporalis, Side::Left, "side"));

    // Deep muscles are marked so (drawn fainter and dashed), those under the skin are not.
    CHECK(muscleOutline(*cat.muscle("quadratus-lumborum"), Side::Right, "back")->deep);
    CHECK_FALSE(muscleOutline(*cat.muscle("soleus"), Side::Right, "back")->deep);
}

TEST_CASE("outlines: the distance to an outline is 0 inside and measured in the view's height", "[outlines]")
{
    const std::vector<tmap::body::Polygon> square {{{0.4, 0.4}, {0.6, 0.4}, {0.6, 0.6}, {0.4, 0.6}}};
    CHECK(outlineDistance(square, {0.5, 0.5}, 0.5) == 0);
    CHECK(outlineDistance(square, {0.5, 0.7}, 0.5) == Approx(0.1));
    // Across the view, x is scaled by the aspect: 0.1 of the width is 0.05 of the height in a view half as wide.
    CHECK(outlineDistance(square, {0.7, 0.5}, 0.5) == Approx(0.05));

    Muscle m;
    m.id = "m";
    m.outlines.push_back({"back", false, square});
    TriggerPoint on, off;
    on.id = "on";
    on.markers = {{"back", 0.5, 0.5}};
    off.id = "off";
    off.markers = {{"back", 0.5, 0.7}, {"front", 0.9, 0.9}}; // the front marker: no outline there, not checked
    m.triggerPoints = {on, off};
    const auto stray = strayMarkers(m, builtCatalogue().body(), kNear);
    REQUIRE(stray.size() == 1);
    CHECK(stray[0].point == "off");
    CHECK(stray[0].view == "back");
}

TEST_CASE("outlines: a damaged outline is refused with the file's name, never sized by its count", "[outlines]")
{
    tmap::test::TempDir dir;
    const std::string copy = (dir.path / "catalogue.sqlite").string();
    fs::copy_file(TM_TEST_CATALOGUE, copy);
    {
        tmap::db::Database db(copy, tmap::db::Database::Mode::ReadWrite);
        // 4 billion polygons claimed in 4 bytes.
        db.exec("UPDATE muscle_outline SET polygons = x'ffffffff' WHERE muscle_id = 'soleus'");
    }
    // Refused at open (the muscles are read there), and at the first read when the check was deferred.
    CHECK_THROWS_WITH(Catalogue::open(copy), Catch::Contains(copy) && Catch::Contains("corrupt"));
    const auto cat = Catalogue::open(copy, Catalogue::Checks::Deferred);
    CHECK_THROWS_WITH(cat->muscles(), Catch::Contains(copy) && Catch::Contains("corrupt"));

    tmap::test::TempDir other;
    const std::string unknownView = (other.path / "catalogue.sqlite").string();
    fs::copy_file(TM_TEST_CATALOGUE, unknownView);
    {
        tmap::db::Database db(unknownView, tmap::db::Database::Mode::ReadWrite);
        db.exec("UPDATE muscle_outline SET view = 'side-left' WHERE muscle_id = 'temporalis'");
    }
    CHECK_THROWS_WITH(Catalogue::open(unknownView), Catch::Contains("muscle_outline") && Catch::Contains("side-left"));
}
