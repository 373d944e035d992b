// bodymap/body_painter: drawing a body view - figure, borders, spots, patterns, muscles, the X - in palette colours.
#include "app/bodymap/body_painter.h"
#include "catalogue/outline.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>
#include <unordered_set>

#include "catalogue/pattern_shapes.h"

namespace tmap::app {

namespace {

void addPolygon(QPainterPath& path, const body::Polygon& polygon, bool close)
{
    if (polygon.empty())
        return;
    path.moveTo(polygon[0].x, polygon[0].y);
    for (std::size_t i = 1; i < polygon.size(); ++i)
        path.lineTo(polygon[i].x, polygon[i].y);
    if (close)
        path.closeSubpath();
}

/// Every edge between regions once: neighbouring regions store their shared edges in both polygons (with the same
/// points), and stroking them twice cost 40% more of the first frame. Runs of kept edges stay one polyline.
QPainterPath bordersOf(const body::View& view)
{
    struct EdgeHash {
        std::size_t operator()(const std::array<double, 4>& e) const
        {
            std::size_t h = 0;
            for (const double v : e)
                h = h * 1000003u ^ std::hash<double> {}(v);
            return h;
        }
    };
    std::unordered_set<std::array<double, 4>, EdgeHash> seen;
    QPainterPath path;
    for (const auto& shape : view.shapes)
        for (const auto& polygon : shape.polygons) {
            bool running = false;
            for (std::size_t i = 0; i < polygon.size(); ++i) {
                const body::Point& a = polygon[i];
                const body::Point& b = polygon[(i + 1) % polygon.size()];
                const bool forward = std::tie(a.x, a.y) < std::tie(b.x, b.y);
                const std::array<double, 4> key
                    = forward ? std::array {a.x, a.y, b.x, b.y} : std::array {b.x, b.y, a.x, a.y};
                if (!seen.insert(key).second) {
                    running = false;
                    continue;
                }
                if (!running)
                    path.moveTo(a.x, a.y);
                path.lineTo(b.x, b.y);
                running = true;
            }
        }
    return path;
}

QPainterPath toPath(const std::vector<body::Polygon>& polygons)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const auto& polygon : polygons)
        addPolygon(path, polygon, true);
    return path;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

BodyColours BodyColours::from(const QPalette& palette)
{
    BodyColours c;
    const bool dark = isDark(palette);
    c.background = palette.color(QPalette::Base);
    c.figure = dark ? QColor(0x5b, 0x56, 0x52) : QColor(0xee, 0xe4, 0xda);
    c.outline = dark ? QColor(0xb8, 0xae, 0xa6) : QColor(0x8c, 0x7b, 0x6e);
    // Each border is drawn once; these are the colours two overlapping strokes of alpha 40 and 48 gave before.
    c.border = dark ? QColor(255, 255, 255, 74) : QColor(90, 70, 55, 88);
    c.text = palette.color(QPalette::Text);
    c.hover = palette.color(QPalette::Highlight);
    c.hover.setAlpha(70);
    c.focus = palette.color(QPalette::Highlight);
    c.spot = dark ? QColor(0xff, 0xa0, 0x3c) : QColor(0xe8, 0x7d, 0x0e);
    c.main = dark ? QColor(0xff, 0x4d, 0x4d) : QColor(0xc6, 0x1a, 0x1a);
    c.spill = c.main;
    c.marker = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x20, 0x10, 0x10);
    // A muted plum, apart from the red of the pattern and the orange of the spots in both schemes.
    c.muscle = dark ? QColor(0xd8, 0xb4, 0xe6) : QColor(0x6e, 0x3c, 0x78);
    return c;
}

double BodyPainter::markerRadius(double figureHeight)
{
    // Half the X's width: a little under 1% of the figure's height (about a fingertip on the body), so that it
    // grows with the map, the zoomed entry pictures and the printed page; never smaller than a legible mark.
    return std::clamp(figureHeight * 0.0085, 3.5, 10.0);
}

double BodyPainter::pictureMarkerRadius(double pictureHeight)
{
    // About 3% of the picture: in an entry's 210 px pictures the X of the map at a usual window size (6 px), whether
    // the picture shows a foot or a whole thigh.
    return std::clamp(pictureHeight * 0.03, 4.0, 10.0);
}

bool BodyPainter::markerHides(const QPointF& at, double r, const std::vector<QPainterPath>& zones)
{
    // A zone that the X with its halo would mostly cover: one smaller than the X, or a thin strip under it.
    const double halo = r + 3;
    const QRectF x(at - QPointF(halo, halo), QSizeF(2 * halo, 2 * halo));
    return std::any_of(zones.begin(), zones.end(), [&x](const QPainterPath& zone) {
        const QRectF b = zone.boundingRect();
        if (!b.intersects(x))
            return false;
        int in = 0;
        int covered = 0;
        constexpr int n = 12;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const QPointF p(b.left() + (i + 0.5) * b.width() / n, b.top() + (j + 0.5) * b.height() / n);
                if (zone.contains(p)) {
                    ++in;
                    covered += x.contains(p) ? 1 : 0;
                }
            }
        return in > 0 && covered * 2 > in;
    });
}

void BodyPainter::paintMarker(QPainter& painter, const QPointF& at, double r, const std::vector<QPainterPath>& zones,
    const BodyColours& c, bool clinicianOnly)
{
    // The X is always where the point is: a person presses where the X is. Over a zone it would hide, it is drawn
    // slim and without its halo, so that the zone shows between its arms. (It used to move beside the zone with a
    // line back to the point, and was read as the place to press: on the forehead for a point in the temple.)
    const bool slim = markerHides(at, r, zones);
    const double stroke = slim ? std::max(1.4, r * 0.24) : std::max(1.6, r * 0.36);
    const double halo = stroke + std::max(2.0, r * 0.4);
    std::vector<std::pair<QColor, double>> passes;
    if (!slim)
        passes.emplace_back(c.figure, halo);
    passes.emplace_back(c.marker, stroke);
    painter.setBrush(Qt::NoBrush);
    for (const auto& [colour, width] : passes) {
        painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
        if (clinicianOnly) {
            // A circle crossed once: "not here" (it must not read as the X of a point to press).
            const double ring = r * 1.1;
            painter.drawEllipse(at, ring, ring);
            const double d = ring * std::sqrt(0.5);
            painter.drawLine(at + QPointF(-d, -d), at + QPointF(d, d));
            continue;
        }
        painter.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
        painter.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
    }
}

void BodyPainter::paintMuscle(QPainter& painter, const QPainterPath& outline, bool deep, const BodyColours& c)
{
    QColor fill = c.muscle;
    fill.setAlphaF(deep ? 0.12 : 0.2);
    painter.fillPath(outline, fill);
    QColor line = c.muscle;
    line.setAlphaF(deep ? 0.65 : 0.75);
    // Cosmetic: the same line width on the screen, in the zoomed entry pictures and on paper.
    QPen pen(line, 1.3, deep ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    painter.strokePath(outline, pen);
}

BodyPainter::BodyPainter(const body::BodyMap& map)
    : map_(map)
{
}

const BodyPainter::ViewPaths& BodyPainter::pathsFor(const QString& viewId) const
{
    // Built on first use: the app starts on one view, and entry pages draw only a few.
    if (const auto it = cache_.constFind(viewId); it != cache_.constEnd())
        return *it;
    ViewPaths paths;
    paths.view = viewId;
    if (const body::View* view = map_.view(viewId.toStdString())) {
        paths.borders = bordersOf(*view);
        paths.outline = toPath(view->outline);
        for (const auto& stroke : view->strokes)
            addPolygon(paths.strokes, stroke, false);
    }
    return *cache_.insert(viewId, paths);
}

QPainterPath BodyPainter::regionPath(const ViewPaths& paths, const QString& instance) const
{
    if (instance.isEmpty())
        return {};
    if (const auto it = paths.regions.constFind(instance); it != paths.regions.constEnd())
        return *it;
    QPainterPath path;
    if (const body::View* view = map_.view(paths.view.toStdString())) {
        const std::string id = instance.toStdString();
        // An instance, or a sided place without a side (asked about on either side): the place on both sides.
        for (const auto& one : map_.instancesOf(id))
            if (const body::Shape* shape = view->shape(one))
                path.addPath(toPath(shape->polygons));
    }
    paths.regions.insert(instance, path);
    return path;
}

QRectF BodyPainter::fitRect(const body::View& view, const QRectF& area)
{
    const QRectF inner = area.adjusted(6, 6, -6, -6);
    double w = inner.width();
    double h = w / view.aspect;
    if (h > inner.height()) {
        h = inner.height();
        w = h * view.aspect;
    }
    return QRectF(inner.center().x() - w / 2, inner.center().y() - h / 2, w, h);
}

QTransform BodyPainter::toTarget(const body::View& view, const QRectF& area)
{
    const QRectF r = fitRect(view, area);
    return QTransform(r.width(), 0, 0, r.height(), r.left(), r.top());
}

QPainterPath BodyPainter::path(const QString& view, const QString& instance) const
{
    return regionPath(pathsFor(view), instance);
}

std::vector<PatternPart> Pattern::parts() const
{
    std::vector<PatternPart> all;
    if (!point)
        return all;
    all.push_back({point, side});
    for (const auto& p : others)
        if (p.point && std::none_of(all.begin(), all.end(), [&](const PatternPart& q) {
                return q.point == p.point && q.side == p.side;
            }))
            all.push_back(p);
    return all;
}

std::vector<catalogue::PatternRegion> BodyPainter::patternRegions(const Pattern& pattern) const
{
    std::vector<catalogue::PatternRegion> all;
    for (const auto& part : pattern.parts())
        for (auto& r : catalogue::patternRegions(map_, *part.point, part.side))
            all.push_back(std::move(r));
    return all;
}

std::vector<std::pair<bool, QPainterPath>> BodyPainter::patternPaths(const Pattern& pattern, const QString& view) const
{
    // Spillover of every part first, then the essential zones, so that no part's light spillover covers
    // another's solid zone; each part's paths built once.
    std::vector<std::pair<bool, QPainterPath>> paths;
    for (const auto& part : pattern.parts())
        for (auto& path : patternPaths(part, view))
            paths.push_back(std::move(path));
    std::stable_partition(paths.begin(), paths.end(), [](const auto& p) { return !p.first; });
    return paths;
}

std::vector<std::pair<bool, QPainterPath>> BodyPainter::patternPaths(const PatternPart& part, const QString& view) const
{
    std::vector<std::pair<bool, QPainterPath>> paths;
    if (!part.point)
        return paths;
    if (!part.point->shapes.empty()) {
        // The shapes the references' charts give (catalogue/pattern_shapes.h): the builder proved that they lie
        // inside the regions the zones name, inside the figure, and cover each of those regions.
        for (const auto& shape : catalogue::patternShapes(*part.point, part.side, view.toStdString())) {
            QPainterPath p;
            p.setFillRule(Qt::OddEvenFill);
            for (const auto& ring : *shape.polygons) {
                if (ring.empty())
                    continue;
                auto at = [&](const body::Point& q) { return QPointF(shape.mirrored ? 1 - q.x : q.x, q.y); };
                p.moveTo(at(ring[0]));
                for (std::size_t i = 1; i < ring.size(); ++i)
                    p.lineTo(at(ring[i]));
                p.closeSubpath();
            }
            paths.emplace_back(shape.kind == catalogue::ZoneKind::Main, p);
        }
        return paths;
    }
    // A catalogue without shapes (a test's own data): the regions themselves, spillover first.
    const ViewPaths& cached = pathsFor(view);
    const auto regions = catalogue::patternRegions(map_, *part.point, part.side);
    for (const bool main : {false, true})
        for (const auto& r : regions)
            if (r.main == main)
                if (auto p = regionPath(cached, QString::fromStdString(r.instance)); !p.isEmpty())
                    paths.emplace_back(main, std::move(p));
    return paths;
}

std::optional<QPointF> BodyPainter::marker(const Pattern& pattern, const QString& view)
{
    return pattern ? marker(PatternPart {pattern.point, pattern.side}, view) : std::nullopt;
}

std::optional<QPointF> BodyPainter::marker(const PatternPart& part, const QString& view)
{
    if (!part.point)
        return std::nullopt;
    const auto m = catalogue::patternMarker(*part.point, part.side, view.toStdString());
    return m ? std::optional<QPointF>(QPointF(m->x, m->y)) : std::nullopt;
}

QRectF BodyPainter::patternBounds(const Pattern& pattern, const QString& view) const
{
    QRectF bounds;
    const ViewPaths& paths = pathsFor(view);
    for (const auto& r : patternRegions(pattern))
        if (const auto path = regionPath(paths, QString::fromStdString(r.instance)); !path.isEmpty())
            bounds = bounds.isNull() ? path.boundingRect() : bounds.united(path.boundingRect());
    for (const auto& part : pattern.parts())
        if (const auto m = marker(part, view))
            bounds
                = bounds.isNull() ? QRectF(*m, QSizeF(0.001, 0.001)) : bounds.united(QRectF(*m, QSizeF(0.001, 0.001)));
    return bounds;
}

namespace {

/// Where paintFocused() puts the whole view: scaled so the focus fits the target, placed so the focus is centred.
QRectF focusedArea(const QRectF& target, const QRectF& focus, double aspect)
{
    const double heightPx = std::min(target.height() / focus.height(), target.width() / (focus.width() * aspect));
    const double widthPx = heightPx * aspect;
    return {target.center().x() - focus.center().x() * widthPx, target.center().y() - focus.center().y() * heightPx,
        widthPx, heightPx};
}

} // namespace

void BodyPainter::paintFocused(QPainter& painter, const QRectF& target, const QRectF& focus, const BodyScene& scene,
    const BodyColours& colours) const
{
    const body::View* view = map_.view(scene.view.toStdString());
    if (!view || focus.isEmpty())
        return paint(painter, target, scene, colours);
    const QRectF full = focusedArea(target, focus, view->aspect);
    BodyScene picture = scene;
    if (picture.markerRadius <= 0)
        picture.markerRadius = pictureMarkerRadius(target.height());
    painter.save();
    painter.setClipRect(target);
    paint(painter, full.adjusted(-6, -6, 6, 6), picture, colours); // paint() keeps a 6 px margin inside its area
    painter.restore();
}

QPointF BodyPainter::focusedPoint(
    const QRectF& target, const QRectF& focus, const QString& view, const QPointF& at) const
{
    const body::View* v = map_.view(view.toStdString());
    if (!v || focus.isEmpty())
        return {};
    const QRectF full = focusedArea(target, focus, v->aspect);
    return toTarget(*v, full.adjusted(-6, -6, 6, 6)).map(at);
}

void BodyPainter::paint(
    QPainter& painter, const QRectF& area, const BodyScene& scene, const BodyColours& c, Layers layers) const
{
    const body::View* view = map_.view(scene.view.toStdString());
    if (!view)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform t = toTarget(*view, area);
    const ViewPaths& cached = pathsFor(scene.view);

    // Everything is drawn in normalised view coordinates under one transform, with cosmetic pens, so that
    // no path is copied per paint; only hatching is mapped to device space, where its pattern stays legible.
    painter.save();
    painter.setTransform(t, true);

    // Figure: soft fill.
    if (layers & Base) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(c.figure);
        painter.drawPath(cached.outline);
    }
    if (!(layers & Dynamic)) {
        painter.restore();
    } else {

        // Heat map (reports) or spots; and the referral pattern.
        const bool hasPattern = bool(scene.pattern);
        if (!scene.heat.isEmpty()) {
            for (auto it = scene.heat.begin(); it != scene.heat.end(); ++it) {
                const QPainterPath p = regionPath(cached, it.key());
                if (p.isEmpty() || it.value() <= 0)
                    continue;
                painter.fillPath(p, heatColour(c, it.value()));
            }
        }
        // The muscle under the skin, faintly, beneath the pattern: on each side the pattern is drawn on.
        if (scene.pattern.muscle) {
            std::vector<body::Side> sides;
            for (const auto& part : scene.pattern.parts())
                if (std::find(sides.begin(), sides.end(), part.side) == sides.end())
                    sides.push_back(part.side);
            for (const auto side : sides)
                if (const auto shape = catalogue::muscleOutline(*scene.pattern.muscle, side, scene.view.toStdString()))
                    paintMuscle(painter, toPath(shape->polygons), shape->deep, c);
        }
        // The pattern as drawn (patternPaths): spillover first, light and hatched, then the essential zone solid.
        const auto zones = patternPaths(scene.pattern, scene.view);
        for (const auto& [main, p] : zones) {
            QColor fill = c.main;
            fill.setAlphaF(main ? 0.78 : 0.22);
            painter.fillPath(p, fill);
        }
        painter.restore();
        for (const auto& [main, p] : zones) {
            if (main)
                continue;
            // Hatching in device space, where its pattern stays legible.
            QColor hatch = c.spill;
            hatch.setAlphaF(0.85);
            painter.fillPath(t.map(p), QBrush(hatch, Qt::BDiagPattern));
        }
        if (!zones.empty() && scene.pattern && !scene.pattern.point->shapes.empty()) {
            // A crisp edge: a shape ends inside its regions, so its own outline says where the pattern stops.
            for (const auto& [main, p] : zones) {
                QColor edge = c.main;
                edge.setAlphaF(main ? 0.95 : 0.6);
                painter.strokePath(t.map(p), QPen(edge, main ? 1.2 : 1.0, main ? Qt::SolidLine : Qt::DashLine));
            }
        }
        for (auto it = scene.spots.begin(); it != scene.spots.end(); ++it) {
            const QPainterPath src = regionPath(cached, it.key());
            if (src.isEmpty())
                continue;
            const QPainterPath p = t.map(src);
            QColor fill = c.spot;
            if (!hasPattern) {
                fill.setAlphaF(0.35 + 0.55 * it.value() / 10.0);
                painter.fillPath(p, fill);
            } else {
                fill.setAlphaF(0.9);
                painter.fillPath(p, QBrush(fill, Qt::Dense6Pattern));
            }
            painter.strokePath(p, QPen(c.spot.darker(115), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }

    // Faint borders between regions, the decorative strokes, then the silhouette on top.
    if (layers & Lines) {
        painter.save();
        painter.setTransform(t, true);
        painter.setBrush(Qt::NoBrush);
        QPen border(c.border, 0.9);
        border.setCosmetic(true);
        painter.setPen(border);
        painter.drawPath(cached.borders);
        QColor detailColour = c.outline;
        detailColour.setAlphaF(0.55);
        QPen detail(detailColour, 1.0);
        detail.setCosmetic(true);
        painter.setPen(detail);
        painter.drawPath(cached.strokes);
        // Width 1 keeps the raster engine on its fast cosmetic path (wider pens go through the general stroker).
        QPen silhouette(c.outline, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        silhouette.setCosmetic(true);
        painter.setPen(silhouette);
        painter.drawPath(cached.outline);
        painter.restore();
    }
    if (!(layers & Top)) {
        painter.restore();
        return;
    }

    if (const auto highlight = regionPath(cached, scene.highlight); !highlight.isEmpty()) {
        const QPainterPath p = t.map(highlight);
        if (scene.highlightFilled) {
            painter.fillPath(p, c.hover);
            painter.strokePath(p, QPen(c.focus, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        } else {
            // A frame in the text's colour around the spot, drawn outside it only: on a thin region (the side of
            // the neck) a line over its edge covered the spot's orange.
            QPainterPath outside;
            outside.addRect(p.boundingRect().adjusted(-8, -8, 8, 8));
            painter.save();
            painter.setClipPath(outside.subtracted(p));
            painter.strokePath(p, QPen(c.text, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.restore();
        }
    }
    if (const auto hover = regionPath(cached, scene.hover); !hover.isEmpty()) {
        const QPainterPath p = t.map(hover);
        painter.fillPath(p, c.hover);
        QPen pen(c.focus, 1.4);
        painter.strokePath(p, pen);
    }
    if (const auto focus = regionPath(cached, scene.focus); !focus.isEmpty()) {
        QPen pen(c.focus, 2.4, Qt::DashLine);
        painter.strokePath(t.map(focus), pen);
    }

    // The trigger points: an X with a halo so it reads on any fill, sized with the figure; one for each part.
    const double markerR = scene.markerRadius > 0 ? scene.markerRadius : markerRadius(fitRect(*view, area).height());
    for (const auto& part : scene.pattern.parts()) {
        if (const auto m = marker(part, scene.view)) {
            std::vector<QPainterPath> zones;
            for (const auto& [main, p] : patternPaths(part, scene.view))
                zones.push_back(t.map(p));
            paintMarker(painter, t.map(*m), markerR, zones, c, part.point->clinicianOnly);
        }
    }

    if (scene.showLabels) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPointSizeF(std::max(8.0, font.pointSizeF()));
        painter.setFont(font);
        painter.setPen(c.text);
        const QRectF fitted = fitRect(*view, area);
        for (const auto& label : view->labels) {
            const QPointF at = t.map(QPointF(label.at.x, label.at.y));
            // The labels of data/body/geometry.json ("R", "L", "Right side", and "Left side" in the mirrored view), in
            // the interface's language; any other label as written.
            [[maybe_unused]] static const char* const known[]
                = {QT_TRANSLATE_NOOP("BodyLabel", "R"), QT_TRANSLATE_NOOP("BodyLabel", "L"),
                    QT_TRANSLATE_NOOP("BodyLabel", "Right side"), QT_TRANSLATE_NOOP("BodyLabel", "Left side")};
            const QString text = QCoreApplication::translate("BodyLabel", label.text.c_str());
            // As wide as the text, and inside the area: a small map must not cut "Right side" to "ght sid". A long
            // label
            // ("rechte Seite") grows away from the figure, into the margin, not over the head it names.
            const double textWidth = QFontMetricsF(font).horizontalAdvance(text) + 4;
            const double reach = std::min(textWidth / 2, fitted.width() * 0.06);
            QRectF box(0, 0, textWidth, 24);
            box.moveCenter(at);
            if (label.at.x < 0.5)
                box.moveRight(at.x() + reach);
            else
                box.moveLeft(at.x() - reach);
            if (at.x() - textWidth / 2 < area.left())
                box.translate(area.left() - (at.x() - textWidth / 2), 0);
            else if (at.x() + textWidth / 2 > area.right())
                box.translate(area.right() - (at.x() + textWidth / 2), 0);
            // A zoomed map shows part of the area: the labels keep to the part shown (its top corners, for R and
            // L), so that the sides stay named while a session frames the neck.
            const QRectF shown = painter.device()
                ? area.intersected(QRectF(0, 0, painter.device()->width(), painter.device()->height()))
                : area;
            const bool zoomed = shown.width() < area.width() - 1 || shown.height() < area.height() - 1;
            if (zoomed && shown.width() >= box.width() + 8 && shown.height() >= box.height() + 8) {
                // Zoomed in: in the shown part's top corner on the label's side, on a patch of the background, so
                // that "rechte Seite" never lies over the figure it names.
                box.moveTop(shown.top() + 4);
                if (label.at.x < 0.5)
                    box.moveLeft(shown.left() + 4);
                else
                    box.moveRight(shown.right() - 4);
                QColor patch = c.background;
                patch.setAlphaF(0.85);
                painter.save();
                painter.setPen(Qt::NoPen);
                painter.setBrush(patch);
                painter.drawRoundedRect(box, 4, 4);
                painter.restore();
            } else if (shown.width() >= box.width() && shown.height() >= box.height()) {
                box.moveLeft(std::clamp(box.left(), shown.left(), shown.right() - box.width()));
                box.moveTop(std::clamp(box.top(), shown.top(), shown.bottom() - box.height()));
            }
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }
    painter.restore();
}

QColor BodyPainter::heatColour(const BodyColours& colours, double heat)
{
    QColor h = colours.main;
    h.setAlphaF(0.15 + 0.75 * std::clamp(heat, 0.0, 1.0));
    return h;
}

} // namespace tmap::app
