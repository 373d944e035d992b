// catalogue/pattern_shapes: which pattern shapes a view shows, and how a shape fits the regions its zones name.
#include "catalogue/pattern_shapes.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "catalogue/pattern.h"

namespace tmap::catalogue {

std::vector<ShownShape> patternShapes(const TriggerPoint& point, body::Side side, std::string_view view)
{
    // As for the markers: the data holds the right side's shapes in the views drawn from the data; a left point's
    // are their mirror images, and its lateral shapes show in the left lateral view, the mirror of "side".
    const bool left = side == body::Side::Left;
    std::vector<ShownShape> shown;
    for (const ZoneKind kind : {ZoneKind::Spillover, ZoneKind::Main})
        for (const auto& shape : point.shapes) {
            if (shape.kind != kind)
                continue;
            const bool match = shape.view == "side" ? view == (left ? "side-left" : "side") : shape.view == view;
            if (match)
                shown.push_back({kind, &shape.polygons, left});
        }
    return shown;
}

std::vector<std::pair<std::string, ZoneKind>> shapesNeeded(const body::BodyMap& map, const TriggerPoint& point)
{
    std::vector<std::pair<std::string, ZoneKind>> needed;
    const auto regions = patternRegions(map, point, body::Side::Right);
    for (const auto& view : map.views()) {
        if (view.mirrored)
            continue;
        for (const ZoneKind kind : {ZoneKind::Main, ZoneKind::Spillover}) {
            const bool drawn = std::any_of(regions.begin(), regions.end(),
                [&](const PatternRegion& r) { return r.main == (kind == ZoneKind::Main) && view.shape(r.instance); });
            if (drawn)
                needed.emplace_back(view.id, kind);
        }
    }
    return needed;
}

namespace {

// Distance from p to the rings' edges in view heights (x scaled by the view's aspect, so a circle is round).
double distance(const std::vector<body::Polygon>& rings, body::Point p, double aspect)
{
    double best = std::numeric_limits<double>::infinity();
    for (const auto& ring : rings)
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const body::Point& a = ring[i];
            const body::Point& b = ring[(i + 1) % ring.size()];
            const double ax = a.x * aspect, bx = b.x * aspect, px = p.x * aspect;
            const double dx = bx - ax, dy = b.y - a.y;
            const double length2 = dx * dx + dy * dy;
            double t = length2 > 0 ? ((px - ax) * dx + (p.y - a.y) * dy) / length2 : 0;
            t = std::clamp(t, 0.0, 1.0);
            best = std::min(best, std::hypot(px - (ax + t * dx), p.y - (a.y + t * dy)));
        }
    return best;
}

struct Box {
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
};

Box boxOf(const std::vector<body::Polygon>& rings)
{
    Box box;
    for (const auto& ring : rings)
        for (const auto& p : ring) {
            box.minX = std::min(box.minX, p.x);
            box.minY = std::min(box.minY, p.y);
            box.maxX = std::max(box.maxX, p.x);
            box.maxY = std::max(box.maxY, p.y);
        }
    return box;
}

// Calls fn(point) at the centres of an n x n grid over the box; returns the area of one sample.
template <typename Fn> double sample(const Box& box, double aspect, int n, Fn&& fn)
{
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            fn(body::Point {
                box.minX + (i + 0.5) * (box.maxX - box.minX) / n, box.minY + (j + 0.5) * (box.maxY - box.minY) / n});
    return (box.maxX - box.minX) * aspect * (box.maxY - box.minY) / (n * n);
}

// The samples of sample(box, aspect, n, ...) inside the rings, even-odd over all rings (a ring inside another is a
// hole) when `shape` is null, or as body::Shape::contains() (any ring, within the shape's box) would find them, index i
// * n + j: one pass over the edges per grid row instead of one per sample. The same expressions as sample() and
// body::contains(), so the answers are the same.
std::vector<char> insideGrid(const std::vector<body::Polygon>& rings, const Box& box, int n, const body::Shape* shape)
{
    std::vector<char> result(static_cast<std::size_t>(n * n), 0);
    std::vector<double> xs;
    for (int j = 0; j < n; ++j) {
        const double y = box.minY + (j + 0.5) * (box.maxY - box.minY) / n;
        std::vector<char> row(static_cast<std::size_t>(n), 0);
        for (const auto& ring : rings) {
            xs.clear();
            const std::size_t size = ring.size();
            for (std::size_t i = 0, k = size - 1; i < size; k = i++) {
                const body::Point a = ring[i];
                const body::Point b = ring[k];
                if ((a.y > y) != (b.y > y))
                    xs.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
            }
            std::sort(xs.begin(), xs.end());
            for (int i = 0; i < n; ++i) {
                const double x = box.minX + (i + 0.5) * (box.maxX - box.minX) / n;
                const bool in = (xs.end() - std::upper_bound(xs.begin(), xs.end(), x)) % 2 == 1;
                auto& cell = row[static_cast<std::size_t>(i)];
                cell = shape ? char(cell || in) : char(cell != in); // any ring, or even-odd
            }
        }
        for (int i = 0; i < n; ++i) {
            bool in = row[static_cast<std::size_t>(i)] != 0;
            if (shape) {
                const double x = box.minX + (i + 0.5) * (box.maxX - box.minX) / n;
                in = in && !(x < shape->minX || x > shape->maxX || y < shape->minY || y > shape->maxY);
            }
            result[static_cast<std::size_t>(i * n + j)] = in ? 1 : 0;
        }
    }
    return result;
}

} // namespace

ShapeFit shapeFit(const body::BodyMap& map, const TriggerPoint& point, const PatternShape& shape, double tolerance)
{
    ShapeFit fit;
    const body::View* view = map.view(shape.view);
    if (!view || shape.polygons.empty())
        return fit;
    std::vector<const body::Shape*> regions;
    for (const auto& r : patternRegions(map, point, body::Side::Right))
        if (r.main == (shape.kind == ZoneKind::Main))
            if (const body::Shape* s = view->shape(r.instance))
                regions.push_back(s);
    // Inside: a sample of the shape is fine in one of its regions, or within the tolerance of one's edge.
    constexpr int n = 40;
    int in = 0, outsideRegions = 0, outsideFigure = 0;
    const Box shapeBox = boxOf(shape.polygons);
    const auto inShape = insideGrid(shape.polygons, shapeBox, n, nullptr);
    std::vector<std::vector<char>> inRegion;
    for (const body::Shape* s : regions)
        inRegion.push_back(insideGrid(s->polygons, shapeBox, n, s));
    int at = -1;
    const double cell = sample(shapeBox, view->aspect, n, [&](body::Point p) {
        ++at; // sample() runs i (x) outside, j (y) inside: the grids' index i * n + j
        const auto index = static_cast<std::size_t>(at);
        if (!inShape[index])
            return;
        ++in;
        const bool inAny
            = std::any_of(inRegion.begin(), inRegion.end(), [&](const auto& grid) { return grid[index] != 0; });
        bool near = inAny;
        for (std::size_t r = 0; r < regions.size() && !near; ++r)
            near = distance(regions[r]->polygons, p, view->aspect) <= tolerance;
        outsideRegions += near ? 0 : 1;
        // The regions tile the figure: a sample in one is inside it (the costly outline test only for the rest).
        if (!inAny && !view->insideOutline(p) && distance(view->outline, p, view->aspect) > tolerance)
            ++outsideFigure;
    });
    fit.area = in * cell;
    if (in > 0) {
        fit.outsideRegions = static_cast<double>(outsideRegions) / in;
        fit.outsideFigure = static_cast<double>(outsideFigure) / in;
    }
    // Cover: the share of each region's samples that the shape takes.
    for (const body::Shape* s : regions) {
        int region = 0, covered = 0;
        const Box box {s->minX, s->minY, s->maxX, s->maxY};
        const auto inThisRegion = insideGrid(s->polygons, box, n, s);
        const auto inThisShape = insideGrid(shape.polygons, box, n, nullptr);
        for (std::size_t k = 0; k < inThisRegion.size(); ++k)
            if (inThisRegion[k]) {
                ++region;
                covered += inThisShape[k] ? 1 : 0;
            }
        fit.cover.emplace_back(s->instance, region > 0 ? static_cast<double>(covered) / region : 0.0);
    }
    return fit;
}

} // namespace tmap::catalogue
