// catalogue/pattern: a trigger point's pattern laid on the body's regions and views.
#include "catalogue/pattern.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "catalogue/catalogue.h"
#include "catalogue/outline.h"

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

namespace {

/// bestPatternView(), over the views `allowed` accepts; `current` when none is.
template <typename Allowed>
std::string bestViewOf(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view current, Allowed allowed)
{
    const auto regions = patternRegions(map, point, side);
    std::string best(current);
    int bestScore = -1;
    for (const auto& view : map.views()) {
        if (!allowed(view))
            continue;
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

} // namespace

std::string bestPatternView(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view current)
{
    return bestViewOf(map, point, side, current, [](const body::View&) { return true; });
}

std::string bestPressView(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view current)
{
    const bool anyMarker = std::any_of(map.views().begin(), map.views().end(),
        [&](const body::View& v) { return patternMarker(point, side, v.id).has_value(); });
    if (!anyMarker)
        return bestPatternView(map, point, side, current);
    return bestViewOf(
        map, point, side, current, [&](const body::View& v) { return patternMarker(point, side, v.id).has_value(); });
}

bool concerns(const body::BodyMap& map, const TriggerPoint& point, const std::string& instance)
{
    const auto parsed = body::parseInstance(instance);
    if (!parsed)
        return false;
    if (std::find(point.sites.begin(), point.sites.end(), parsed->base) != point.sites.end())
        return true;
    for (const body::Side side : {body::Side::Right, body::Side::Left}) {
        if (point.onlySide != body::Side::None && point.onlySide != side)
            continue;
        for (const auto& r : patternRegions(map, point, side))
            if (r.instance == instance)
                return true;
    }
    return false;
}

bool treatmentConcerns(
    const Catalogue& catalogue, const std::string& muscle, const std::string& point, const std::string& instance)
{
    if (const auto* tp = point.empty() ? nullptr : catalogue.triggerPoint(point))
        return concerns(catalogue.body(), *tp, instance);
    const auto* m = catalogue.muscle(muscle);
    return !m || std::any_of(m->triggerPoints.begin(), m->triggerPoints.end(), [&](const TriggerPoint& tp) {
        return concerns(catalogue.body(), tp, instance);
    });
}

body::Side pictureSide(const TriggerPoint& point)
{
    return point.onlySide != body::Side::None ? point.onlySide : body::Side::Right;
}

namespace {

/// How much of a view the trigger point's own place takes (the area of its site regions, in the figure's height
/// squared): where to press reads best in the view that draws that place largest.
double siteArea(const body::View& view, const TriggerPoint& point, body::Side side)
{
    double area = 0;
    for (const auto& site : point.sites)
        for (const body::Side s : {side, body::Side::None}) {
            const body::Shape* shape = view.shape(body::Instance {site, s}.id());
            if (!shape)
                continue;
            for (const auto& polygon : shape->polygons)
                area += body::area(polygon) * view.aspect;
            break;
        }
    return area;
}

} // namespace

std::vector<std::string> pictureViews(
    const body::BodyMap& map, const Muscle& muscle, const TriggerPoint& point, body::Side side, std::size_t count)
{
    const std::string lateral = side == body::Side::Left ? "side-left" : "side";
    std::vector<std::string> views;
    for (const char* v : {"front", "back", lateral.c_str(), "soles"})
        if (map.view(v) && patternShows(map, point, side, v))
            views.emplace_back(v);
    if (views.size() <= count)
        return views;
    const auto regions = patternRegions(map, point, side);
    // The view with an X that draws the point's own place largest: infraspinatus' X under the spine of the shoulder
    // blade reads in the back view, while at the back edge of the lateral view it was a guess (that view won by the
    // arm's spillover it also draws).
    std::string pressView;
    double pressArea = -1;
    for (const auto& v : views)
        if (patternMarker(point, side, v))
            if (const double area = siteArea(*map.view(v), point, side); area > pressArea) {
                pressArea = area;
                pressView = v;
            }
    // What a set of views shows, compared in this order; the lateral view counts against a set between equals.
    // Tibialis anterior's front view shows its whole pattern: the back view added only a sliver of the foot's inner
    // edge and won by leaving out the lateral view, which draws the shin, ankle and toe again (`appearances`).
    struct Shows {
        std::size_t main = 0;
        int marker = 0; ///< 0 no X, 1 an X, 2 the X in pressView
        std::size_t spillover = 0;
        bool outline = false;
        std::size_t appearances = 0; ///< the pattern's regions each view draws, counted per view
        bool noLateral = false;
        auto operator<=>(const Shows&) const = default;
    };
    auto shows = [&](const std::vector<std::string>& chosen) {
        Shows s;
        std::set<std::string> seen;
        for (const auto& v : chosen) {
            const body::View* view = map.view(v);
            for (const auto& r : regions) {
                if (!view->shape(r.instance))
                    continue;
                ++s.appearances;
                if (seen.insert(r.instance).second)
                    ++(r.main ? s.main : s.spillover);
            }
            if (patternMarker(point, side, v))
                s.marker = std::max(s.marker, v == pressView ? 2 : 1);
            s.outline = s.outline || muscleOutline(muscle, side, v).has_value();
        }
        s.noLateral = std::find(chosen.begin(), chosen.end(), lateral) == chosen.end();
        return s;
    };
    // Every choice of `count` views, in order (four views at most: six pairs).
    std::vector<std::string> best;
    Shows bestShows;
    std::vector<bool> pick(views.size(), false);
    std::fill(pick.begin(), pick.begin() + static_cast<std::ptrdiff_t>(count), true);
    do {
        std::vector<std::string> chosen;
        for (std::size_t i = 0; i < views.size(); ++i)
            if (pick[i])
                chosen.push_back(views[i]);
        const Shows s = shows(chosen);
        if (best.empty() || s > bestShows) {
            best = chosen;
            bestShows = s;
        }
    } while (std::prev_permutation(pick.begin(), pick.end()));
    return best;
}

std::vector<CrowdedMarkers> crowdedMarkers(const Muscle& muscle, const body::BodyMap& map, double minApart)
{
    std::vector<CrowdedMarkers> crowded;
    const auto& points = muscle.triggerPoints;
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j) {
            const auto& a = points[i];
            const auto& b = points[j];
            for (const body::Side side : {body::Side::Right, body::Side::Left}) {
                auto occurs
                    = [&](const TriggerPoint& tp) { return tp.onlySide == body::Side::None || tp.onlySide == side; };
                if (!occurs(a) || !occurs(b))
                    continue;
                for (const auto& view : map.views()) {
                    const auto ma = patternMarker(a, side, view.id);
                    const auto mb = patternMarker(b, side, view.id);
                    if (!ma || !mb)
                        continue;
                    const double apart = std::hypot((ma->x - mb->x) * view.aspect, ma->y - mb->y);
                    if (apart < minApart)
                        crowded.push_back({a.id, b.id, view.id, apart});
                }
            }
        }
    return crowded;
}

namespace {

void include(std::optional<Frame>& frame, const Frame& box)
{
    if (!frame)
        frame = box;
    else
        frame = Frame {std::min(frame->minX, box.minX), std::min(frame->minY, box.minY),
            std::max(frame->maxX, box.maxX), std::max(frame->maxY, box.maxY)};
}

Frame boxOf(const body::Shape& shape)
{
    return {shape.minX, shape.minY, shape.maxX, shape.maxY};
}

bool overlaps(const Frame& a, const Frame& b)
{
    return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

// The parts of the figure a picture shows whole and uses as landmarks: the head, each hand, each foot.
enum class Landmark { Head, Hand, Foot };

std::optional<Landmark> landmarkOf(std::string_view area)
{
    if (area == "head")
        return Landmark::Head;
    if (area == "hand")
        return Landmark::Hand;
    if (area == "foot")
        return Landmark::Foot;
    return std::nullopt;
}

// The landmark a point's picture includes, from the area of its first site: the head for the head and neck, the
// hand for the forearm, wrist and hand, the foot for the lower leg, ankle and foot.
std::optional<Landmark> landmarkFor(const TriggerPoint& point)
{
    if (point.sites.empty())
        return std::nullopt;
    const std::string_view site = point.sites.front();
    const std::string_view area = site.substr(0, site.find('.'));
    if (area == "head" || area == "neck")
        return Landmark::Head;
    if (area == "forearm" || area == "wrist" || area == "hand")
        return Landmark::Hand;
    if (area == "leg" || area == "ankle" || area == "foot")
        return Landmark::Foot;
    return std::nullopt;
}

// The bounding boxes of the landmarks drawn in a view: the head once, a hand and a foot per side.
std::vector<std::pair<Landmark, std::pair<body::Side, Frame>>> landmarks(
    const body::BodyMap& map, const body::View& view)
{
    std::map<std::pair<Landmark, body::Side>, std::optional<Frame>> boxes;
    for (const auto& shape : view.shapes) {
        const auto instance = body::parseInstance(shape.instance);
        if (!instance)
            continue;
        const body::Region* region = map.region(instance->base);
        const auto landmark = region ? landmarkOf(region->area()) : std::nullopt;
        if (!landmark)
            continue;
        // The head is one landmark; hands and feet are one per side.
        const body::Side side = *landmark == Landmark::Head ? body::Side::None : instance->side;
        include(boxes[{*landmark, side}], boxOf(shape));
    }
    std::vector<std::pair<Landmark, std::pair<body::Side, Frame>>> result;
    for (const auto& [key, box] : boxes)
        if (box)
            result.push_back({key.first, {key.second, *box}});
    return result;
}

// Grows the frame about its centre to the picture's shape (width / height in view-height units).
Frame toAspect(Frame f, double viewAspect, double pictureAspect)
{
    const double w = f.width() * viewAspect;
    const double h = f.height();
    if (w / h < pictureAspect) {
        const double grow = (h * pictureAspect - w) / viewAspect / 2;
        f.minX -= grow;
        f.maxX += grow;
    } else {
        const double grow = (w / pictureAspect - h) / 2;
        f.minY -= grow;
        f.maxY += grow;
    }
    return f;
}

} // namespace

std::optional<Frame> headFrame(const body::BodyMap& map, std::string_view viewId)
{
    const body::View* view = map.view(viewId);
    if (!view)
        return std::nullopt;
    for (const auto& [landmark, box] : landmarks(map, *view))
        if (landmark == Landmark::Head)
            return box.second;
    return std::nullopt;
}

std::optional<Frame> patternFrame(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view viewId, double pictureAspect)
{
    const body::View* view = map.view(viewId);
    if (!view || pictureAspect <= 0)
        return std::nullopt;
    std::optional<Frame> frame;
    for (const auto& r : patternRegions(map, point, side))
        if (const body::Shape* shape = view->shape(r.instance))
            include(frame, boxOf(*shape));
    // The X with room for its arms: about 2% of the view's height each way.
    const double xArm = 0.02;
    if (const auto m = patternMarker(point, side, viewId))
        include(frame, {m->x - xArm / view->aspect, m->y - xArm, m->x + xArm / view->aspect, m->y + xArm});
    if (!frame)
        return std::nullopt;
    const auto marks = landmarks(map, *view);
    // The landmark: the one nearest the pattern (the hand or foot of the point's side).
    if (const auto wanted = landmarkFor(point)) {
        const Frame* nearest = nullptr;
        double nearestDistance = 0;
        const double cx = (frame->minX + frame->maxX) / 2;
        const double cy = (frame->minY + frame->maxY) / 2;
        for (const auto& [landmark, at] : marks) {
            if (landmark != *wanted)
                continue;
            const Frame& box = at.second;
            const double d
                = std::hypot(((box.minX + box.maxX) / 2 - cx) * view->aspect, (box.minY + box.maxY) / 2 - cy);
            if (!nearest || d < nearestDistance) {
                nearest = &box;
                nearestDistance = d;
            }
        }
        if (nearest)
            include(frame, *nearest);
    }
    // A margin, a size that still shows where on the body this is, then the picture's shape; a landmark the
    // picture reaches into is taken in whole (which may reach further, so repeat until nothing changes).
    const double margin = 0.025;
    Frame f {frame->minX - margin / view->aspect, frame->minY - margin, frame->maxX + margin / view->aspect,
        frame->maxY + margin};
    const double minHeight = 0.2;
    if (f.height() < minHeight) {
        const double grow = (minHeight - f.height()) / 2;
        f.minY -= grow;
        f.maxY += grow;
    }
    f = toAspect(f, view->aspect, pictureAspect);
    for (int round = 0; round < 4; ++round) {
        bool grew = false;
        for (const auto& [landmark, at] : marks) {
            const Frame& box = at.second;
            if (overlaps(f, box) && !f.contains(box)) {
                std::optional<Frame> g = f;
                include(g,
                    {box.minX - 0.01 / view->aspect, box.minY - 0.01, box.maxX + 0.01 / view->aspect, box.maxY + 0.01});
                f = *g;
                grew = true;
            }
        }
        if (!grew)
            break;
        f = toAspect(f, view->aspect, pictureAspect);
    }
    return f;
}

} // namespace tmap::catalogue
