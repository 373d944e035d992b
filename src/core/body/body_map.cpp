// body/body_map: reading the vocabulary and each view's geometry (left side mirrored), instance ids, hit-testing.
#include "body/body_map.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace tmap::body {

using json = nlohmann::json;

std::string_view sideName(Side side)
{
    switch (side) {
    case Side::Left:
        return "left";
    case Side::Right:
        return "right";
    case Side::None:
        break;
    }
    return "";
}

std::optional<Side> parseSide(std::string_view text)
{
    if (text == "left")
        return Side::Left;
    if (text == "right")
        return Side::Right;
    return std::nullopt;
}

Side opposite(Side side)
{
    if (side == Side::Left)
        return Side::Right;
    if (side == Side::Right)
        return Side::Left;
    return Side::None;
}

std::string Instance::id() const
{
    if (side == Side::None)
        return base;
    return base + ":" + std::string(sideName(side));
}

std::optional<Instance> parseInstance(std::string_view text)
{
    Instance result;
    const auto colon = text.find(':');
    result.base = std::string(text.substr(0, colon));
    if (result.base.empty())
        return std::nullopt;
    if (colon != std::string_view::npos) {
        const auto side = text.substr(colon + 1);
        if (const auto parsed = parseSide(side))
            result.side = *parsed;
        else if (side == "l")
            result.side = Side::Left;
        else if (side == "r")
            result.side = Side::Right;
        else
            return std::nullopt;
    }
    return result;
}

bool isCanonicalInstance(std::string_view text)
{
    const auto instance = parseInstance(text);
    return instance && instance->id() == text;
}

std::string mirrorInstance(std::string_view id)
{
    auto instance = parseInstance(id);
    if (!instance)
        return std::string(id);
    instance->side = opposite(instance->side);
    return instance->id();
}

std::string shortPlace(const BodyMap& map, const std::string& base)
{
    const auto* region = map.region(base);
    return region ? region->description.substr(0, region->description.find(',')) : base;
}

std::set<std::string> namedInFull(const BodyMap& map, const std::vector<std::string>& bases)
{
    std::map<std::string, std::set<std::string>> naming; // place -> the bases it names
    for (const auto& base : bases)
        naming[shortPlace(map, base)].insert(base);
    std::set<std::string> full;
    for (const auto& [name, named] : naming)
        if (named.size() > 1)
            full.insert(named.begin(), named.end());
    return full;
}

std::vector<PlaceOnSides> placesOnce(const std::vector<std::string>& instances, const std::vector<std::string>& tags)
{
    std::vector<PlaceOnSides> places;
    for (std::size_t i = 0; i < instances.size(); ++i) {
        const std::string tag = i < tags.size() ? tags[i] : std::string();
        const auto parsed = parseInstance(instances[i]);
        PlaceOnSides place {parsed ? parsed->base : instances[i], parsed ? parsed->side : Side::None, false, tag};
        const auto same = std::find_if(places.begin(), places.end(), [&](const PlaceOnSides& p) {
            return p.base == place.base && p.tag == place.tag
                && (p.bothSides || p.side == place.side || (p.side != Side::None && place.side != Side::None));
        });
        if (same == places.end())
            places.push_back(std::move(place));
        else if (same->side != place.side)
            same->bothSides = true;
    }
    return places;
}

bool contains(const Polygon& polygon, Point p)
{
    // Crossing-number test with half-open edges, so a point on an edge shared by two polygons lands in one.
    bool inside = false;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point a = polygon[i];
        const Point b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < x)
                inside = !inside;
        }
    }
    return inside;
}

double distanceToEdges(const Polygon& polygon, Point p)
{
    double best = 1e9;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point a = polygon[j];
        const Point b = polygon[i];
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        const double ex = a.x + t * dx - p.x;
        const double ey = a.y + t * dy - p.y;
        best = std::min(best, std::sqrt(ex * ex + ey * ey));
    }
    return best;
}

double area(const Polygon& polygon)
{
    double sum = 0;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        sum += polygon[j].x * polygon[i].y - polygon[i].x * polygon[j].y;
    return std::abs(sum) / 2;
}

namespace {

// A point deep inside the largest polygon: the best of a grid search refined twice (a cheap "pole of
// inaccessibility"), so labels and test clicks never fall on a border or outside a concave shape.
Point innerPoint(const Shape& shape, double aspect)
{
    const Polygon* largest = &shape.polygons.front();
    for (const auto& polygon : shape.polygons)
        if (area(polygon) > area(*largest))
            largest = &polygon;
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (const auto& p : *largest) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    // Distances are measured in real proportions, so stretch x by the aspect ratio.
    Polygon scaled = *largest;
    for (auto& p : scaled)
        p.x *= aspect;
    Point best {(minX + maxX) / 2, (minY + maxY) / 2};
    double bestDistance = -1e9;
    double cx = best.x, cy = best.y, w = maxX - minX, h = maxY - minY;
    for (int round = 0; round < 3; ++round) {
        constexpr int steps = 24;
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const Point p {cx - w / 2 + w * i / steps, cy - h / 2 + h * j / steps};
                if (!contains(*largest, p))
                    continue;
                // A slight pull towards the box centre breaks ties the same way for a shape and its mirror.
                const double pull = std::hypot((p.x - (minX + maxX) / 2) * aspect, p.y - (minY + maxY) / 2);
                const double d = distanceToEdges(scaled, {p.x * aspect, p.y}) - 0.05 * pull;
                if (d > bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        cx = best.x;
        cy = best.y;
        w /= 4;
        h /= 4;
    }
    return best;
}

Point readPoint(const json& value, const std::string& where)
{
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        throw BodyError(where + ": expected a point [x, y]");
    const Point p {value[0].get<double>(), value[1].get<double>()};
    if (p.x < 0 || p.x > 1 || p.y < 0 || p.y > 1)
        throw BodyError(where + ": point outside the normalised range [0, 1]");
    return p;
}

Polygon readPolygon(const json& value, const std::string& where)
{
    if (!value.is_array() || value.size() < 3)
        throw BodyError(where + ": expected a polygon of at least 3 points");
    Polygon polygon;
    polygon.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i)
        polygon.push_back(readPoint(value[i], where + "[" + std::to_string(i) + "]"));
    return polygon;
}

void finishShape(Shape& shape, double aspect, std::optional<Point> centre)
{
    for (const auto& polygon : shape.polygons) {
        for (const auto& p : polygon) {
            shape.minX = std::min(shape.minX, p.x);
            shape.maxX = std::max(shape.maxX, p.x);
            shape.minY = std::min(shape.minY, p.y);
            shape.maxY = std::max(shape.maxY, p.y);
        }
    }
    shape.centre = centre && shape.contains(*centre) ? *centre : innerPoint(shape, aspect);
}

std::string swapSideWords(std::string text)
{
    if (text == "R")
        return "L";
    if (text == "L")
        return "R";
    for (auto [from, to] : {std::pair {"right", "left"}, std::pair {"Right", "Left"}, std::pair {"R ", "L "}}) {
        const auto at = text.find(from);
        if (at != std::string::npos)
            return text.replace(at, std::string_view(from).size(), to);
    }
    return text;
}

// The left lateral view is the right lateral view seen in a mirror, with every sided instance on the other side.
View mirroredSideView(const View& right)
{
    View left = right;
    left.id = "side-left";
    left.title = "Left side";
    left.mirrored = true;
    auto flip = [](Polygon& polygon) {
        for (auto& p : polygon)
            p = mirrored(p);
        std::reverse(polygon.begin(), polygon.end());
    };
    for (auto& polygon : left.outline)
        flip(polygon);
    for (auto& stroke : left.strokes)
        for (auto& p : stroke)
            p = mirrored(p);
    for (auto& shape : left.shapes) {
        shape.instance = mirrorInstance(shape.instance);
        for (auto& polygon : shape.polygons)
            flip(polygon);
        const double minX = shape.minX;
        shape.minX = 1 - shape.maxX;
        shape.maxX = 1 - minX;
        shape.centre = mirrored(shape.centre);
    }
    for (auto& label : left.labels) {
        label.at = mirrored(label.at);
        label.text = swapSideWords(label.text);
    }
    return left;
}

// The left side next to the right (front, back, right side, left side, soles), as every view switcher lists them.
void addMirroredSide(std::vector<View>& views)
{
    const auto has = [&](std::string_view id) {
        return std::find_if(views.begin(), views.end(), [&](const View& v) { return v.id == id; });
    };
    const auto side = has("side");
    if (side == views.end() || has("side-left") != views.end())
        return;
    View left = mirroredSideView(*side);
    views.insert(std::next(side), std::move(left));
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw BodyError(path + ": cannot read the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

bool Shape::contains(Point p) const
{
    if (p.x < minX || p.x > maxX || p.y < minY || p.y > maxY)
        return false;
    return std::any_of(polygons.begin(), polygons.end(), [p](const Polygon& poly) { return body::contains(poly, p); });
}

const Shape* View::shape(std::string_view instance) const
{
    for (const auto& s : shapes)
        if (s.instance == instance)
            return &s;
    return nullptr;
}

const Shape* View::hit(Point p) const
{
    for (const auto& s : shapes)
        if (s.contains(p))
            return &s;
    return nullptr;
}

bool View::insideOutline(Point p) const
{
    return std::any_of(outline.begin(), outline.end(), [p](const Polygon& poly) { return contains(poly, p); });
}

void BodyMap::readVocabulary(std::string_view regionsTsv, std::string_view regionsName)
{
    BodyMap& map = *this;
    const std::string rname(regionsName);
    std::istringstream lines {std::string(regionsTsv)};
    std::string line;
    int lineNo = 0;
    while (std::getline(lines, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.starts_with('#') || (lineNo == 1 && line.starts_with("id\t")))
            continue;
        std::vector<std::string> cells;
        std::istringstream row(line);
        std::string cell;
        while (std::getline(row, cell, '\t'))
            cells.push_back(cell);
        const std::string where = rname + ": line " + std::to_string(lineNo);
        if (cells.size() != 4)
            throw BodyError(where + ": expected 4 tab-separated columns (id, sided, views, description)");
        Region region;
        region.id = cells[0];
        if (cells[1] != "yes" && cells[1] != "no")
            throw BodyError(where + ": sided must be yes or no");
        region.sided = cells[1] == "yes";
        std::istringstream views(cells[2]);
        std::string v;
        while (std::getline(views, v, ','))
            region.views.push_back(v);
        region.description = cells[3];
        if (map.regionIndex_.count(region.id))
            throw BodyError(where + ": duplicate region id " + region.id);
        map.regionIndex_.emplace(region.id, map.regions_.size());
        map.regions_.push_back(std::move(region));
    }
    if (map.regions_.empty())
        throw BodyError(rname + ": no regions");
    std::vector<std::string> bases;
    for (const auto& r : map.regions_)
        bases.push_back(r.id);
    for (auto& base : namedInFull(map, bases))
        map.sharedPlaces_.insert(std::move(base));
}

BodyMap BodyMap::fromText(std::string_view regionsTsv, std::string_view geometryJson, std::string_view regionsName,
    std::string_view geometryName)
{
    BodyMap map;
    map.readVocabulary(regionsTsv, regionsName);
    const std::string gname(geometryName);
    json doc;
    try {
        doc = json::parse(geometryJson);
    } catch (const json::parse_error& e) {
        throw BodyError(gname + ": not valid JSON: " + e.what());
    }
    if (!doc.is_object() || !doc.contains("views") || !doc["views"].is_array())
        throw BodyError(gname + ": /views: expected an array of views");
    const auto& views = doc["views"];
    for (std::size_t vi = 0; vi < views.size(); ++vi) {
        const auto& jv = views[vi];
        const std::string where = gname + ": /views/" + std::to_string(vi);
        View view;
        view.id = jv.value("id", "");
        view.title = jv.value("title", view.id);
        view.aspect = jv.value("aspect", 0.5);
        if (view.id.empty())
            throw BodyError(where + "/id: missing view id");
        if (!(view.aspect > 0.05 && view.aspect < 20))
            throw BodyError(where + "/aspect: must be a positive width/height ratio");
        for (std::size_t i = 0; i < jv.value("outline", json::array()).size(); ++i)
            view.outline.push_back(readPolygon(jv["outline"][i], where + "/outline/" + std::to_string(i)));
        std::set<std::string> seen;
        const auto regions = jv.value("regions", json::array());
        for (std::size_t ri = 0; ri < regions.size(); ++ri) {
            const auto& jr = regions[ri];
            const std::string rwhere = where + "/regions/" + std::to_string(ri);
            Shape shape;
            shape.instance = jr.value("id", "");
            if (!map.isInstance(shape.instance))
                throw BodyError(rwhere + "/id: unknown region instance \"" + shape.instance + "\"");
            if (!seen.insert(shape.instance).second)
                throw BodyError(rwhere + "/id: " + shape.instance + " appears twice in view " + view.id);
            const auto polys = jr.value("polygons", json::array());
            if (polys.empty())
                throw BodyError(rwhere + "/polygons: a region needs at least one polygon");
            for (std::size_t pi = 0; pi < polys.size(); ++pi)
                shape.polygons.push_back(readPolygon(polys[pi], rwhere + "/polygons/" + std::to_string(pi)));
            finishShape(shape, view.aspect, std::nullopt);
            view.shapes.push_back(std::move(shape));
        }
        for (const auto& js : jv.value("strokes", json::array())) {
            std::vector<Point> stroke;
            for (const auto& p : js)
                stroke.push_back(readPoint(p, where + "/strokes"));
            view.strokes.push_back(std::move(stroke));
        }
        for (const auto& jl : jv.value("labels", json::array()))
            view.labels.push_back({jl.value("text", ""), {jl.value("x", 0.0), jl.value("y", 0.0)}});
        map.views_.push_back(std::move(view));
    }
    addMirroredSide(map.views_);
    return map;
}

BodyMap BodyMap::fromViews(std::string_view regionsTsv, std::vector<View> views, std::string_view sourceName)
{
    BodyMap map;
    map.readVocabulary(regionsTsv, sourceName);
    for (auto& view : views) {
        for (auto& shape : view.shapes) {
            if (!map.isInstance(shape.instance))
                throw BodyError(std::string(sourceName) + ": view " + view.id + ": unknown region instance \""
                    + shape.instance + "\"");
            if (shape.polygons.empty())
                throw BodyError(
                    std::string(sourceName) + ": view " + view.id + ": " + shape.instance + " has no polygon");
            const Point centre = shape.centre;
            finishShape(shape, view.aspect, centre);
        }
    }
    map.views_ = std::move(views);
    addMirroredSide(map.views_);
    return map;
}

std::string encodePolygons(const std::vector<Polygon>& polygons)
{
    // [count][points][x y]...[points][x y]... as native 32-bit counts and doubles: read back on the same machine.
    std::string blob;
    auto put = [&blob](const auto& value) { blob.append(reinterpret_cast<const char*>(&value), sizeof value); };
    put(static_cast<std::uint32_t>(polygons.size()));
    for (const auto& polygon : polygons) {
        put(static_cast<std::uint32_t>(polygon.size()));
        for (const auto& p : polygon) {
            put(p.x);
            put(p.y);
        }
    }
    return blob;
}

std::vector<Polygon> decodePolygons(std::string_view blob)
{
    std::size_t at = 0;
    auto get = [&](auto& value) {
        if (at + sizeof value > blob.size())
            throw BodyError("geometry blob is truncated");
        std::memcpy(&value, blob.data() + at, sizeof value);
        at += sizeof value;
    };
    // Every count is checked against the bytes left before anything is allocated: one changed byte in a count
    // must not allocate gigabytes. A polygon takes at least its count; a point two doubles.
    auto left = [&] { return blob.size() - at; };
    std::uint32_t count = 0;
    get(count);
    if (count > left() / sizeof(std::uint32_t))
        throw BodyError("geometry blob is corrupt (" + std::to_string(count) + " polygons in "
            + std::to_string(blob.size()) + " bytes)");
    std::vector<Polygon> polygons(count);
    for (auto& polygon : polygons) {
        std::uint32_t points = 0;
        get(points);
        if (points > left() / (2 * sizeof(double)))
            throw BodyError("geometry blob is corrupt (" + std::to_string(points) + " points in "
                + std::to_string(left()) + " bytes)");
        polygon.resize(points);
        for (auto& p : polygon) {
            get(p.x);
            get(p.y);
            if (!std::isfinite(p.x) || !std::isfinite(p.y))
                throw BodyError("geometry blob is corrupt (a coordinate is not a number)");
        }
    }
    if (at != blob.size())
        throw BodyError("geometry blob is corrupt (" + std::to_string(left()) + " bytes too many)");
    return polygons;
}

BodyMap BodyMap::fromDirectory(const std::string& dataDir)
{
    const std::string regions = dataDir + "/body/regions.tsv";
    const std::string geometry = dataDir + "/body/geometry.json";
    return fromText(readFile(regions), readFile(geometry), regions, geometry);
}

const Region* BodyMap::region(std::string_view baseId) const
{
    const auto it = regionIndex_.find(baseId);
    return it == regionIndex_.end() ? nullptr : &regions_[it->second];
}

std::vector<std::string> BodyMap::instances() const
{
    std::vector<std::string> result;
    for (const auto& r : regions_) {
        if (r.sided) {
            result.push_back(r.id + ":right");
            result.push_back(r.id + ":left");
        } else {
            result.push_back(r.id);
        }
    }
    return result;
}

bool BodyMap::isInstance(std::string_view id) const
{
    if (!isCanonicalInstance(id))
        return false;
    const auto instance = parseInstance(id);
    const Region* r = region(instance->base);
    return r && r->sided == (instance->side != Side::None);
}

bool BodyMap::isEitherSide(std::string_view id) const
{
    const Region* r = id.find(':') == std::string_view::npos ? region(id) : nullptr;
    return r && r->sided;
}

std::vector<std::string> BodyMap::instancesOf(std::string_view place) const
{
    if (isInstance(place))
        return {std::string(place)};
    if (isEitherSide(place))
        return {Instance {std::string(place), Side::Left}.id(), Instance {std::string(place), Side::Right}.id()};
    return {};
}

std::optional<Instance> BodyMap::resolve(std::string_view text) const
{
    auto instance = parseInstance(text);
    if (!instance)
        return std::nullopt;
    const Region* r = region(instance->base);
    if (!r || r->sided != (instance->side != Side::None))
        return std::nullopt;
    return instance;
}

const View* BodyMap::view(std::string_view id) const
{
    for (const auto& v : views_)
        if (v.id == id)
            return &v;
    return nullptr;
}

std::vector<std::string> BodyMap::viewsOf(std::string_view instance) const
{
    std::vector<std::string> result;
    for (const auto& v : views_)
        if (v.shape(instance))
            result.push_back(v.id);
    return result;
}

std::optional<std::string> BodyMap::hit(std::string_view viewId, Point p) const
{
    const View* v = view(viewId);
    if (!v)
        return std::nullopt;
    if (const Shape* s = v->hit(p))
        return s->instance;
    return std::nullopt;
}

std::string BodyMap::describe(std::string_view id) const
{
    const auto instance = parseInstance(id);
    if (!instance)
        return std::string(id);
    const Region* r = region(instance->base);
    std::string text = r ? r->description : instance->base;
    if (instance->side == Side::None)
        return text;
    // "top of the hip bone (iliac crest, left)", not "(iliac crest) (left)": as the app says it (BodyNames).
    if (text.ends_with(')'))
        return text.substr(0, text.size() - 1) + ", " + std::string(sideName(instance->side)) + ")";
    return text + " (" + std::string(sideName(instance->side)) + ")";
}

} // namespace tmap::body
