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

TEST_CASE("painter: the X stays on its point, slim over a small zone so that the zone shows", "[gui][markers]")
{
    using tmap::app::BodyPainter;
    const QPointF at(100, 100);
    const double r = 8;
    QPainterPath small; // a zone smaller than the X, under it
    small.addEllipse(at, 4, 4);
    QPainterPath strip; // a thin strip under the X (the temple zone beside temporalis' points)
    strip.addRect(97, 85, 6, 30);
    QPainterPath wide; // a large zone the X does not hide
    wide.addRect(0, 0, 200, 200);
    QPainterPath apart; // a small zone elsewhere
    apart.addEllipse(QPointF(150, 150), 4, 4);
    CHECK(BodyPainter::markerHides(at, r, {small}));
    CHECK(BodyPainter::markerHides(at, r, {strip}));
    CHECK_FALSE(BodyPainter::markerHides(at, r, {wide}));
    CHECK_FALSE(BodyPainter::markerHides(at, r, {apart}));

    // Drawn: the X's centre is the point itself, and most of the small zone still shows.
    const tmap::app::BodyColours colours = tmap::app::BodyColours::from(QPalette());
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillPath(small, colours.main);
        BodyPainter::paintMarker(painter, at, r, {small}, colours);
    }
    auto near = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 60;
    };
    CHECK(near(image.pixelColor(at.toPoint()), colours.marker));
    int zone = 0;
    int shows = 0;
    for (int y = 94; y <= 106; ++y)
        for (int x = 94; x <= 106; ++x)
            if (small.contains(QPointF(x + 0.5, y + 0.5))) {
                ++zone;
                shows += near(image.pixelColor(x, y), colours.main) ? 1 : 0;
            }
    INFO(shows << " of " << zone << " pixels of the zone show");
    CHECK(shows * 4 >= zone); // with the halo of a full X, none did
}
