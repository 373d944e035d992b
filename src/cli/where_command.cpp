// tpmap where: rank the trigger points that may cause a pain drawing. The JSON shape is a stable contract.
#include <iostream>

#include "cli.h"
#include "match/matcher.h"

namespace tmap::cli {

void addWhereCommand(CLI::App& app, Context& ctx)
{
    struct Options {
        std::vector<std::string> spots;
        std::vector<std::string> symptoms;
        int limit = 10;
    };
    auto opts = std::make_shared<Options>();
    auto* where = app.add_subcommand("where", "rank the trigger points that may cause your pain");
    where->add_option("SPOT", opts->spots, "REGION[:SIDE][=INTENSITY], e.g. head.temple:right=7");
    where->add_option("--symptom", opts->symptoms, "a symptom such as tinnitus or headache (repeatable)");
    where->add_option("--limit", opts->limit, "how many results (0: all)")->check(CLI::NonNegativeNumber);
    where->add_flag("--json", ctx.json, "JSON output");
    where->footer("Examples:\n  tpmap where head.temple:right=7 head.jaw:right\n  tpmap where --symptom tinnitus");
    where->callback([&ctx, opts] {
        if (opts->spots.empty() && opts->symptoms.empty())
            throw UsageError("where: give at least one SPOT or --symptom (see tpmap where --help)");
        const auto& cat = ctx.catalogue();
        match::Drawing drawing;
        for (const auto& text : opts->spots) {
            try {
                drawing.spots.push_back(match::parseSpot(cat.body(), text));
            } catch (const std::invalid_argument& e) {
                throw UsageError(e.what());
            }
        }
        for (const auto& word : opts->symptoms) {
            const auto found = cat.findSymptoms(word);
            if (found.empty())
                throw UsageError("unknown symptom \"" + word + "\" (see tpmap symptoms)");
            for (const auto* s : found)
                if (std::find(drawing.symptoms.begin(), drawing.symptoms.end(), s->id) == drawing.symptoms.end())
                    drawing.symptoms.push_back(s->id);
        }
        const match::Matcher matcher(cat);
        const auto results = matcher.rank(drawing, static_cast<std::size_t>(opts->limit));

        if (ctx.json) {
            nlohmann::json spots = nlohmann::json::array();
            for (const auto& s : drawing.spots)
                spots.push_back({{"spot", s.instance}, {"intensity", s.intensity}});
            nlohmann::json list = nlohmann::json::array();
            for (const auto& r : results) {
                nlohmann::json explains = nlohmann::json::array();
                for (const auto& e : r.explains)
                    explains.push_back({{"spot", e.spot}, {"zone", match::howName(e.how)},
                        {"frequency", e.occasional ? "occasional" : "usual"}, {"local", e.alsoLocal}});
                list.push_back({{"rank", r.rank}, {"score", std::round(r.score * 10000) / 10000}, {"side", r.side},
                    {"muscle", {{"id", r.muscle->id}, {"name", r.muscle->name}}},
                    {"trigger_point", {{"id", r.point->id}, {"name", r.point->name}}}, {"explains", explains},
                    {"unexplained", r.unexplained}, {"symptoms", r.symptoms}, {"reason", r.reason(cat.body())}});
            }
            printJson({{"query", {{"spots", spots}, {"symptoms", drawing.symptoms}, {"limit", opts->limit}}},
                {"results", list}});
            return;
        }
        if (results.empty()) {
            std::cout << "No trigger point in the catalogue refers pain to that drawing.\n";
            return;
        }
        std::printf("%-4s %-6s %-6s %-28s %s\n", "rank", "score", "side", "muscle", "trigger point");
        for (const auto& r : results) {
            std::printf("%-4d %-6.2f %-6s %-28s %s\n", r.rank, r.score, r.side.c_str(), r.muscle->name.c_str(),
                r.point->name.c_str());
            std::printf("                   %s\n", r.reason(cat.body()).c_str());
            if (!r.unexplained.empty()) {
                std::string list;
                for (const auto& u : r.unexplained)
                    list += (list.empty() ? "" : ", ") + u;
                std::printf("                   does not explain: %s\n", list.c_str());
            }
        }
        std::cout << "\nSelf-care information, not a diagnosis. See `tpmap muscle ID` for how to release each one.\n";
    });
}

} // namespace tmap::cli
