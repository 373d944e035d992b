// catalogue/builder_outlines: reads and checks the muscles' outlines (data/catalogue/outlines.json) and writes
// them into the catalogue database.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string_view>

#include <nlohmann/json.hpp>

#include "builder_internal.h"
#include "catalogue/outline.h"
#include "db/database.h"

using json = nlohmann::json;

namespace tmap::catalogue {

namespace {

// A muscle's outline is a calm silhouette: a few hundred points at most. A file with more is not what the
// generator writes, and the app would draw it on every frame.
constexpr std::size_t kMaxPoints = 2000;

std::string fixed(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

} // namespace

void readOutlines(const std::filesystem::path& path, const body::BodyMap* map, std::vector<Muscle>& muscles,
    std::vector<std::string>& problems)
{
    const std::string file = path.string();
    auto add = [&](const std::string& at, const std::string& message) {
        problems.push_back(file + ": " + (at.empty() ? "/" : at) + ": " + message);
    };
    json doc;
    {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            add("", "cannot read the file (generate it with tools/outlines/gen.py)");
            return;
        }
        try {
            doc = json::parse(in);
        } catch (const json::parse_error& e) {
            add("", std::string("not valid JSON: ") + e.what());
            return;
        }
    }
    if (!doc.is_object() || !doc.contains("muscles") || !doc["muscles"].is_object()) {
        add("/muscles", "missing: an object of muscle ids");
        return;
    }
    std::map<std::string, Muscle*, std::less<>> byId;
    for (auto& m : muscles)
        byId[m.id] = &m;
    for (const auto& [id, list] : doc["muscles"].items()) {
        const std::string at = "/muscles/" + id;
        const auto muscle = byId.find(id);
        if (muscle == byId.end()) {
            add(at, "unknown muscle \"" + id + "\"");
            continue;
        }
        if (!list.is_array() || list.empty()) {
            add(at, "an array of one outline per view is needed");
            continue;
        }
        std::set<std::string> views;
        for (std::size_t k = 0; k < list.size(); ++k) {
            const std::string itemAt = at + "/" + std::to_string(k);
            const json& item = list[k];
            if (!item.is_object() || !item.contains("view") || !item["view"].is_string()) {
                add(itemAt + "/view", "missing: the id of a body view");
                continue;
            }
            MuscleOutline outline;
            outline.view = item["view"].get<std::string>();
            const body::View* view = map ? map->view(outline.view) : nullptr;
            if (map && (!view || view->mirrored)) {
                add(itemAt + "/view",
                    view ? "\"" + outline.view + "\" is drawn from another view: outlines are the right side's"
                         : "unknown view \"" + outline.view + "\"");
                continue;
            }
            if (!views.insert(outline.view).second) {
                add(itemAt + "/view", "a second outline in view \"" + outline.view + "\"");
                continue;
            }
            if (item.contains("deep") && !item["deep"].is_boolean())
                add(itemAt + "/deep", "true or false");
            outline.deep = item.value("deep", false) == true;
            const json* polygons = item.contains("polygons") ? &item["polygons"] : nullptr;
            if (!polygons || !polygons->is_array() || polygons->empty()) {
                add(itemAt + "/polygons", "missing: an array of polygons");
                continue;
            }
            bool ok = true;
            for (std::size_t r = 0; r < polygons->size() && ok; ++r) {
                const std::string ringAt = itemAt + "/polygons/" + std::to_string(r);
                const json& ring = (*polygons)[r];
                if (!ring.is_array() || ring.size() < 3 || ring.size() > kMaxPoints) {
                    add(ringAt, "a polygon is an array of 3 to " + std::to_string(kMaxPoints) + " points");
                    ok = false;
                    break;
                }
                body::Polygon polygon;
                for (std::size_t i = 0; i < ring.size(); ++i) {
                    const json& p = ring[i];
                    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
                        add(ringAt + "/" + std::to_string(i), "a point is [x, y]");
                        ok = false;
                        break;
                    }
                    const body::Point point {p[0].get<double>(), p[1].get<double>()};
                    if (!std::isfinite(point.x) || !std::isfinite(point.y) || point.x < 0 || point.x > 1 || point.y < 0
                        || point.y > 1) {
                        add(ringAt + "/" + std::to_string(i), "x and y are normalised view coordinates, from 0 to 1");
                        ok = false;
                        break;
                    }
                    if (view && !view->insideOutline(point)) {
                        add(ringAt + "/" + std::to_string(i),
                            "(" + fixed(point.x) + ", " + fixed(point.y) + ") is outside the body outline of view \""
                                + outline.view + "\"");
                        ok = false;
                        break;
                    }
                    polygon.push_back(point);
                }
                if (ok)
                    outline.polygons.push_back(std::move(polygon));
            }
            if (ok)
                muscle->second->outlines.push_back(std::move(outline));
        }
    }
    for (const auto& m : muscles) {
        if (m.outlines.empty()) {
            add("/muscles/" + m.id, "muscle \"" + m.id + "\" has no outline");
            continue;
        }
        if (!map)
            continue;
        for (const auto& stray : strayMarkers(m, *map, kOutlineMarkerNear))
            add("/muscles/" + m.id,
                "the marker of " + stray.point + " in view \"" + stray.view + "\" is " + fixed(stray.distance)
                    + " of the view's height outside the outline (at most " + fixed(kOutlineMarkerNear)
                    + "): move the outline or the marker");
    }
}

void insertOutlines(db::Database& db, const std::vector<Muscle>& muscles)
{
    auto st = db.prepare("INSERT INTO muscle_outline VALUES (?, ?, ?, ?, ?)");
    for (const auto& m : muscles)
        for (std::size_t k = 0; k < m.outlines.size(); ++k) {
            const MuscleOutline& o = m.outlines[k];
            const std::string blob = body::encodePolygons(o.polygons);
            st.bind(1, m.id)
                .bind(2, static_cast<int>(k))
                .bind(3, o.view)
                .bind(4, o.deep ? 1 : 0)
                .bindBlob(5, blob.data(), blob.size())
                .run();
        }
}

} // namespace tmap::catalogue
