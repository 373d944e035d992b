// catalogue/outline: muscle outlines for a side and view (mirroring), the distance from a point to an outline,
// the marker check, and reading the outlines from the catalogue database (outline_internal.h).
#include "catalogue/outline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "db/database.h"
#include "outline_internal.h"

namespace tmap::catalogue {

std::optional<OutlineShape> muscleOutline(const Muscle& muscle, body::Side side, std::string_view view)
{
    const bool left = side == body::Side::Left;
    for (const auto& o : muscle.outlines) {
        const bool shows = o.view == "side" ? view == (left ? "side-left" : "side") : o.view == view;
        if (!shows)
            continue;
        OutlineShape shape {o.polygons, o.deep};
        if (left)
            for (auto& polygon : shape.polygons)
                for (auto& p : polygon)
                    p = body::mirrored(p);
        return shape;
    }
    return std::nullopt;
}

double outlineDistance(const std::vector<body::Polygon>& polygons, body::Point p, double aspect)
{
    // Even-odd over all rings, as the painter fills them; distances in physical units (x scaled by the aspect).
    bool in = false;
    double best = INFINITY;
    for (const auto& polygon : polygons) {
        const std::size_t n = polygon.size();
        for (std::size_t i = 0; i < n; ++i) {
            const body::Point a = polygon[i];
            const body::Point b = polygon[(i + 1) % n];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                in = !in;
            const double ax = a.x * aspect, bx = b.x * aspect, px = p.x * aspect;
            const double dx = bx - ax, dy = b.y - a.y;
            const double length2 = dx * dx + dy * dy;
            const double t = length2 > 0 ? std::clamp(((px - ax) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
            best = std::min(best, std::hypot(px - ax - t * dx, p.y - a.y - t * dy));
        }
    }
    return in ? 0.0 : best;
}

std::vector<StrayMarker> strayMarkers(const Muscle& muscle, const body::BodyMap& map, double near)
{
    std::vector<StrayMarker> out;
    for (const auto& o : muscle.outlines) {
        const body::View* view = map.view(o.view);
        if (!view)
            continue;
        for (const auto& tp : muscle.triggerPoints)
            for (const auto& m : tp.markers)
                if (m.view == o.view)
                    if (const double d = outlineDistance(o.polygons, {m.x, m.y}, view->aspect); d > near)
                        out.push_back({tp.id, o.view, d});
    }
    return out;
}

void loadOutlines(db::Database& db, std::vector<Muscle>& muscles)
{
    std::map<std::string, Muscle*, std::less<>> byId;
    for (auto& m : muscles)
        byId[m.id] = &m;
    // decodePolygons checks every count against the bytes left before it allocates: a damaged blob throws.
    for (auto st = db.prepare("SELECT muscle_id, view, deep, polygons FROM muscle_outline ORDER BY rowid"); st.step();)
        if (const auto it = byId.find(st.view(0)); it != byId.end())
            it->second->outlines.push_back({st.text(1), st.integer(2) != 0, body::decodePolygons(st.view(3))});
}

} // namespace tmap::catalogue
