// catalogue/pattern: a trigger point's pattern laid on the body's regions and views.
#include "catalogue/pattern.h"

#include <map>

namespace tmap::catalogue {

std::vector<PatternRegion> patternRegions(const body::BodyMap& map, const TriggerPoint& point, body::Side side)
{
    std::map<std::string, bool> regions; // instance -> main
    for (const auto& zone : point.zones) {
        const body::Region* region = map.region(zone.region);
        if (!region)
            continue;
        const bool main = zone.kind == ZoneKind::Main;
        std::vector<body::Instance> instances;
        if (!region->sided)
            instances.push_back({zone.region, body::Side::None});
        else {
            instances.push_back({zone.region, side});
            if (zone.bothSides)
                instances.push_back({zone.region, body::opposite(side)});
        }
        for (const auto& i : instances)
            regions[i.id()] |= main;
    }
    std::vector<PatternRegion> result;
    result.reserve(regions.size());
    for (const auto& [instance, main] : regions)
        result.push_back({instance, main});
    return result;
}

std::optional<body::Point> patternMarker(const TriggerPoint& point, body::Side side, std::string_view view)
{
    // The builder places the markers of the right side, in the views drawn from the data: a left point's are
    // their mirror images, and its lateral marker shows in the left lateral view, the mirror of "side".
    const bool left = side == body::Side::Left;
    for (const auto& m : point.markers) {
        const body::Point at {m.x, m.y};
        if (m.view == "side") {
            if (view == (left ? "side-left" : "side"))
                return left ? body::mirrored(at) : at;
        } else if (m.view == view) {
            return left ? body::mirrored(at) : at;
        }
    }
    return std::nullopt;
}

bool patternShows(const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view view)
{
    if (patternMarker(point, side, view))
        return true;
    const body::View* v = map.view(view);
    if (!v)
        return false;
    for (const auto& r : patternRegions(map, point, side))
        if (v->shape(r.instance))
            return true;
    return false;
}

std::string bestPatternView(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view current)
{
    const auto regions = patternRegions(map, point, side);
    std::string best(current);
    int bestScore = -1;
    for (const auto& view : map.views()) {
        int score = 0;
        for (const auto& r : regions)
            if (view.shape(r.instance))
                score += r.main ? 2 : 1;
        if (patternMarker(point, side, view.id))
            score += 1;
        if (score > bestScore || (score == bestScore && view.id == current)) {
            bestScore = score;
            best = view.id;
        }
    }
    return best;
}

} // namespace tmap::catalogue
