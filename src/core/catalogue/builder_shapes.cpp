// catalogue/builder_shapes: reads and checks the pattern shapes (data/catalogue/pattern-shapes/<muscle>.json, made by
// tools/patterns/gen.py), the one place that ties how a pattern is drawn to the regions the ranking uses.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "builder_shapes_internal.h"
#include "catalogue/pattern_shapes.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace tmap::catalogue {

namespace {

// How far past its regions (or the figure) a shape may reach: about a grid cell of the generator and a half.
constexpr double kTolerance = 0.004;
// A coordinate may lie a little past the view's frame (the figure's edges touch it), not anywhere.
constexpr double kFrameSlack = 0.05;

std::string percent(double share)
{
    std::ostringstream text;
    text.precision(0);
    text << std::fixed << share * 100 << "%";
    return text.str();
}

std::optional<std::vector<body::Polygon>> readRings(
    const json& rings, const std::string& file, const std::string& path, std::vector<std::string>& problems)
{
    auto problem = [&](const std::string& at, const std::string& message) {
        problems.push_back(file + ": " + at + ": " + message);
        return std::nullopt;
    };
    if (!rings.is_array() || rings.empty())
        return problem(path, "expected a non-empty array of rings");
    std::vector<body::Polygon> out;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        const std::string at = path + "/" + std::to_string(r);
        const json& ring = rings[r];
        if (!ring.is_array() || ring.size() < 3)
            return problem(at, "expected a ring of at least 3 points");
        body::Polygon polygon;
        for (std::size_t k = 0; k < ring.size(); ++k) {
            const json& p = ring[k];
            if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
                return problem(at + "/" + std::to_string(k), "expected a point [x, y]");
            const double x = p[0].get<double>();
            const double y = p[1].get<double>();
            if (!std::isfinite(x) || !std::isfinite(y) || x < -kFrameSlack || x > 1 + kFrameSlack || y < -kFrameSlack
                || y > 1 + kFrameSlack)
                return problem(at + "/" + std::to_string(k), "point outside the view");
            polygon.push_back({x, y});
        }
        out.push_back(std::move(polygon));
    }
    return out;
}

const char* kindName(ZoneKind kind)
{
    return kind == ZoneKind::Main ? "main" : "spillover";
}

// The rules a shape must keep, checked on the body map: inside its zones' regions and the figure, each region
// visibly covered.
void checkFit(const body::BodyMap& map, const TriggerPoint& tp, const PatternShape& shape, const std::string& file,
    const std::string& at, std::vector<std::string>& problems)
{
    const ShapeFit fit = shapeFit(map, tp, shape, kTolerance);
    if (fit.outsideRegions > 0)
        problems.push_back(file + ": " + at + ": " + percent(fit.outsideRegions)
            + " of the shape lies outside the regions of its " + kindName(shape.kind)
            + " zones (run tools/patterns/gen.py)");
    if (fit.outsideFigure > 0)
        problems.push_back(
            file + ": " + at + ": " + percent(fit.outsideFigure) + " of the shape lies outside the figure");
    for (const auto& [instance, cover] : fit.cover)
        if (cover < kMinShapeCover)
            problems.push_back(file + ": " + at + ": covers " + percent(cover) + " of " + instance + ", less than "
                + percent(kMinShapeCover) + " (the zone would not show)");
}

} // namespace

void readPatternShapes(
    const fs::path& dir, std::vector<Muscle>& muscles, const body::BodyMap& map, std::vector<std::string>& problems)
{
    // A data folder without shapes (a test's own muscles) draws its patterns as regions; with the folder, every
    // muscle's points need theirs.
    if (!fs::is_directory(dir))
        return;
    std::map<std::string, Muscle*> byId;
    for (auto& m : muscles)
        byId[m.id] = &m;
    std::set<std::string> seen;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        const std::string file = path.string();
        const std::string id = path.stem().string();
        const auto it = byId.find(id);
        if (it == byId.end()) {
            problems.push_back(file + ": /: no muscle \"" + id + "\" (data/catalogue/muscles/" + id + ".json)");
            continue;
        }
        Muscle& muscle = *it->second;
        seen.insert(id);
        json doc;
        try {
            std::ifstream in(path, std::ios::binary);
            doc = json::parse(in);
        } catch (const json::exception& e) {
            problems.push_back(file + ": /: not valid JSON: " + e.what());
            continue;
        }
        const json* points = doc.is_object() && doc.contains("trigger_points") ? &doc["trigger_points"] : nullptr;
        if (!points || !points->is_object()) {
            problems.push_back(file + ": /trigger_points: expected an object of trigger point ids");
            continue;
        }
        for (const auto& [pointId, shapes] : points->items()) {
            const std::string path0 = "/trigger_points/" + pointId;
            // A copy: clang 14 cannot capture a structured binding in a lambda.
            const std::string wanted = pointId;
            auto tp = std::find_if(muscle.triggerPoints.begin(), muscle.triggerPoints.end(),
                [&](const TriggerPoint& p) { return p.id == wanted; });
            if (tp == muscle.triggerPoints.end()) {
                problems.push_back(file + ": " + path0 + ": no trigger point \"" + pointId + "\" in " + id);
                continue;
            }
            if (!shapes.is_array()) {
                problems.push_back(file + ": " + path0 + ": expected an array of shapes");
                continue;
            }
            for (std::size_t k = 0; k < shapes.size(); ++k) {
                const std::string at = path0 + "/" + std::to_string(k);
                const json& s = shapes[k];
                if (!s.is_object() || !s.contains("view") || !s["view"].is_string() || !s.contains("kind")
                    || !s["kind"].is_string() || !s.contains("polygons")) {
                    problems.push_back(file + ": " + at + ": expected {\"view\", \"kind\", \"polygons\"}");
                    continue;
                }
                PatternShape shape;
                shape.view = s["view"].get<std::string>();
                const std::string kind = s["kind"].get<std::string>();
                const body::View* view = map.view(shape.view);
                if (!view || view->mirrored) {
                    problems.push_back(file + ": " + at + "/view: \"" + shape.view
                        + (view ? "\" is drawn from another view: shapes are the right side's (use \"side\")"
                                : "\" is no view of the body map"));
                    continue;
                }
                if (kind != "main" && kind != "spillover") {
                    problems.push_back(file + ": " + at + "/kind: expected \"main\" or \"spillover\"");
                    continue;
                }
                shape.kind = kind == "main" ? ZoneKind::Main : ZoneKind::Spillover;
                if (std::any_of(tp->shapes.begin(), tp->shapes.end(),
                        [&](const PatternShape& o) { return o.view == shape.view && o.kind == shape.kind; })) {
                    problems.push_back(file + ": " + at + ": a second " + kind + " shape in view " + shape.view);
                    continue;
                }
                auto rings = readRings(s["polygons"], file, at + "/polygons", problems);
                if (!rings)
                    continue;
                shape.polygons = std::move(*rings);
                checkFit(map, *tp, shape, file, at, problems);
                tp->shapes.push_back(std::move(shape));
            }
        }
        // Every view and kind the zones reach has its shape; none where they do not.
        for (const auto& tp : muscle.triggerPoints) {
            const auto needed = shapesNeeded(map, tp);
            for (const auto& need : needed) // no structured binding: clang 14 cannot capture one in a lambda
                if (std::none_of(tp.shapes.begin(), tp.shapes.end(),
                        [&](const PatternShape& s) { return s.view == need.first && s.kind == need.second; }))
                    problems.push_back(file + ": /trigger_points/" + tp.id + ": no " + kindName(need.second)
                        + " shape in view " + need.first + ", where its zones are drawn (run tools/patterns/gen.py)");
            for (const auto& s : tp.shapes)
                if (std::find(needed.begin(), needed.end(), std::pair {s.view, s.kind}) == needed.end())
                    problems.push_back(file + ": /trigger_points/" + tp.id + ": a " + kindName(s.kind)
                        + " shape in view " + s.view + ", where none of its zones of that kind is drawn");
        }
    }
    for (const auto& m : muscles)
        if (!m.triggerPoints.empty() && !seen.count(m.id))
            problems.push_back((dir / (m.id + ".json")).string()
                + ": /: missing: the pattern shapes of every trigger point (run tools/patterns/gen.py)");
}

} // namespace tmap::catalogue
