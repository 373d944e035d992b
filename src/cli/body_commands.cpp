// tpmap regions / tpmap hit: the body map's vocabulary and hit-testing.
#include <cstdio>
#include <iostream>

#include "cli.h"

namespace tmap::cli {

namespace {

body::Point parsePoint(const std::string& text)
{
    double x = 0, y = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "%lf,%lf%c", &x, &y, &extra) != 2)
        throw UsageError("--at \"" + text + "\": expected X,Y, e.g. --at 0.46,0.06");
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) // NaN compares false: "nan,nan" is refused too
        throw UsageError("--at \"" + text + "\": coordinates are normalised, from 0 to 1");
    return {x, y};
}

const body::View& requireView(const body::BodyMap& map, const std::string& id)
{
    if (const auto* v = map.view(id))
        return *v;
    std::string known;
    for (const auto& v : map.views())
        known += (known.empty() ? "" : ", ") + v.id;
    throw UsageError("unknown view \"" + id + "\" (views: " + known + ")");
}

} // namespace

void addBodyCommands(CLI::App& app, Context& ctx)
{
    auto* regions = app.add_subcommand("regions", "list the body regions (one per side) and the views showing them");
    auto regionsView = std::make_shared<std::string>();
    regions->add_option(
        "--view", *regionsView, "only the regions drawn in this view (front, back, side, side-left, soles)");
    regions->add_flag("--json", ctx.json, "JSON output");
    regions->callback([&ctx, regionsView] {
        const auto& map = ctx.catalogue().body();
        if (!regionsView->empty())
            requireView(map, *regionsView);
        nlohmann::json list = nlohmann::json::array();
        for (const auto& id : map.instances()) {
            const auto views = map.viewsOf(id);
            if (!regionsView->empty() && std::find(views.begin(), views.end(), *regionsView) == views.end())
                continue;
            const auto instance = body::parseInstance(id);
            const auto* region = map.region(instance->base);
            list.push_back({{"id", id}, {"region", instance->base},
                {"side", instance->side == body::Side::None ? nullptr : nlohmann::json(body::sideName(instance->side))},
                {"views", views}, {"description", region->description}});
        }
        if (ctx.json) {
            printJson({{"count", list.size()}, {"regions", list}});
            return;
        }
        for (const auto& r : list) {
            std::string views;
            for (const auto& v : r["views"])
                views += (views.empty() ? "" : ",") + v.get<std::string>();
            std::printf("%-28s %-30s %s\n", r["id"].get<std::string>().c_str(), views.c_str(),
                r["description"].get<std::string>().c_str());
        }
        std::fprintf(stderr, "%zu region instances\n", list.size());
    });

    auto* hit = app.add_subcommand("hit", "which region lies at a normalised point of a view");
    auto hitView = std::make_shared<std::string>();
    auto hitAt = std::make_shared<std::string>();
    hit->add_option("--view", *hitView, "view id")->required();
    hit->add_option("--at", *hitAt, "X,Y in 0..1 from the view's top-left corner")->required();
    hit->add_flag("--json", ctx.json, "JSON output");
    hit->callback([&ctx, hitView, hitAt] {
        const auto& map = ctx.catalogue().body();
        requireView(map, *hitView);
        const auto p = parsePoint(*hitAt);
        const auto found = map.hit(*hitView, p);
        if (ctx.json) {
            printJson({{"view", *hitView}, {"x", p.x}, {"y", p.y},
                {"region", found ? nlohmann::json(*found) : nlohmann::json(nullptr)},
                {"description", found ? nlohmann::json(map.describe(*found)) : nlohmann::json(nullptr)}});
        } else if (found) {
            std::cout << *found << "\t" << map.describe(*found) << "\n";
        } else {
            std::cout << "none: the point is outside the figure\n";
        }
    });
}

} // namespace tmap::cli
