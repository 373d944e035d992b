// The body painter draws a pattern as its shapes (catalogue/pattern_shapes.h), not as the whole regions its zones
// name: a point on the chart's stripe is red, a point of the same region beside it is not; the left side mirrored.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <optional>

#include "app/bodymap/body_painter.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"
#include "catalogue/pattern_shapes.h"
#include "../support/catalogue_fixture.h"

using namespace tmap;

namespace {


bool inRings(const std::vector<body::Polygon>& rings, body::Point p)
{
    bool in = false;
    for (const auto& ring : rings)
        in = body::contains(ring, p) ? !in : in;
    return in;
}

// A point of `region` well inside it (and its neighbours too, so that borders and antialiasing stay away) that is
// inside the point's shapes, or outside all of them.
std::optional<body::Point> pick(const body::View& view, const body::Shape& region,
    const std::vector<catalogue::PatternShape>& shapes, bool insideShape)
{
    const double d = 0.005;
    for (double y = region.minY; y <= region.maxY; y += 0.002)
        for (double x = region.minX; x <= region.maxX; x += 0.002) {
            bool ok = true;
            for (const body::Point q : {body::Point {x, y}, body::Point {x - d, y}, body::Point {x + d, y},
                     body::Point {x, y - d}, body::Point {x, y + d}}) {
                bool inAny = false;
                for (const auto& s : shapes)
                    inAny = inAny || (s.view == view.id && inRings(s.polygons, q));
                ok = ok && region.contains(q) && inAny == insideShape;
            }
            if (ok)
                return body::Point {x, y};
        }
    return std::nullopt;
}

bool red(const QColor& c)
{
    return c.red() > c.green() + 60;
}

} // namespace

TEST_CASE("painter: a pattern is drawn as its shapes, not whole regions, on either side", "[gui][shapes]")
{
    const auto& cat = builtCatalogue();
    const auto* tp = cat.triggerPoint("gluteus-minimus-1");
    REQUIRE(tp);
    const body::View* view = cat.body().view("side");
    REQUIRE(view);
    // The chart's stripe (buttock, hip and thigh) is narrower than some of the regions it runs through: find one
    // with a part on the stripe and a part left bare (an essential zone: drawn solid).
    std::optional<body::Point> onStripe, beside;
    for (const auto& r : catalogue::patternRegions(cat.body(), *tp, body::Side::Right)) {
        const body::Shape* region = view->shape(r.instance);
        if (!region || !r.main || onStripe)
            continue;
        const auto in = pick(*view, *region, tp->shapes, true);
        const auto out = pick(*view, *region, tp->shapes, false);
        if (in && out) {
            onStripe = in;
            beside = out;
        }
    }
    REQUIRE(onStripe);
    REQUIRE(beside);

    app::BodyPainter painter(cat.body());
    const auto colours = app::BodyColours::from(QApplication::palette());
    for (const body::Side side : {body::Side::Right, body::Side::Left}) {
        const QString viewId = side == body::Side::Right ? "side" : "side-left";
        INFO(viewId.toStdString());
        const body::View* shown = cat.body().view(viewId.toStdString());
        REQUIRE(shown);
        QImage image(600, 1400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            app::BodyScene scene;
            scene.view = viewId;
            scene.pattern = {tp, side};
            scene.showLabels = false;
            painter.paint(p, image.rect(), scene, colours);
        }
        const QTransform t = app::BodyPainter::toTarget(*shown, image.rect());
        auto pixel = [&](body::Point at) {
            const body::Point q = side == body::Side::Left ? body::mirrored(at) : at;
            return image.pixelColor(t.map(QPointF(q.x, q.y)).toPoint());
        };
        CHECK(red(pixel(*onStripe)));
        CHECK_FALSE(red(pixel(*beside)));
    }
}

TEST_CASE("painter: the X moves beside a small zone it would hide, but never off the body", "[gui][markers]")
{
    using tmap::app::BodyPainter;
    const QPointF at(100, 100);
    const double r = 8;
    QPainterPath small; // a zone smaller than the X, under it
    small.addEllipse(at, 4, 4);
    QPainterPath wide; // a large zone the X does not hide
    wide.addRect(0, 0, 200, 200);
    CHECK(BodyPainter::markerPlace(at, r, {wide}) == at);
    // Without a body given it moves beside the small zone.
    const QPointF free = BodyPainter::markerPlace(at, r, {small});
    CHECK(free != at);
    // A big body: it still moves, and lands on the body.
    QPainterPath body;
    body.addRect(0, 0, 200, 200);
    const QPointF onBody = BodyPainter::markerPlace(at, r, {small}, body);
    CHECK(onBody != at);
    CHECK(body.contains(onBody));
    // A body hardly larger than the zone (the tip of a toe, the edge of the head): the X stays on the point.
    QPainterPath tight;
    tight.addEllipse(at, 10, 10);
    CHECK(BodyPainter::markerPlace(at, r, {small}, tight) == at);
    // A point just left of the midline (beside the spine) whose zone lies to its left: moved away from the zone it
    // would cross to the other half of the body; it moves along its own half instead.
    const QPointF nearSpine(96, 100);
    QPainterPath spineZone;
    spineZone.addEllipse(QPointF(93, 100), 4, 4);
    QPainterPath figure;
    figure.addRect(0, 0, 200, 200); // midline at x = 100
    const QPointF kept = BodyPainter::markerPlace(nearSpine, r, {spineZone}, figure);
    CHECK(kept != nearSpine);
    CHECK(kept.x() <= 100 - r / 2);
    // Without the rule the first choice (away from the zone) would have crossed it.
    CHECK(BodyPainter::markerPlace(nearSpine, r, {spineZone}).x() > 100);
}
