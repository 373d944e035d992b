// tpmap muscles / muscle / search / symptoms / guide: reading the catalogue.
#include <algorithm>
#include <cctype>
#include <iostream>

#include "catalogue/guide_text.h"
#include "catalogue/symptom_words.h"
#include "cli.h"

namespace tmap::cli {

namespace {

using nlohmann::json;

json pointJson(const catalogue::TriggerPoint& tp)
{
    json zones = json::array();
    for (const auto& z : tp.zones)
        zones.push_back({{"region", z.region}, {"kind", z.kind == catalogue::ZoneKind::Main ? "main" : "spillover"},
            {"frequency", z.frequency == catalogue::Frequency::Usual ? "usual" : "occasional"},
            {"side", z.bothSides ? "both" : "same"}});
    json markers = json::array();
    for (const auto& m : tp.markers)
        markers.push_back({{"view", m.view}, {"x", m.x}, {"y", m.y}});
    json out = {{"id", tp.id}, {"name", tp.name}, {"location", tp.location}, {"site", tp.sites}, {"zones", zones},
        {"symptoms", tp.symptoms}, {"markers", markers}};
    if (tp.onlySide != body::Side::None)
        out["only_side"] = body::sideName(tp.onlySide);
    if (tp.clinicianOnly)
        out["clinician_only"] = true;
    if (tp.grip)
        out["grip"] = true;
    return out;
}

json muscleJson(const catalogue::Catalogue& cat, const catalogue::Muscle& m)
{
    json symptoms = json::array();
    for (const auto& s : m.symptoms) {
        const auto* sym = cat.symptom(s.id);
        symptoms.push_back({{"id", s.id}, {"name", sym ? sym->name : s.id}, {"note", s.note}});
    }
    json factors = json::array();
    for (const auto& f : m.factors) {
        const auto* fac = cat.factor(f.id);
        factors.push_back({{"id", f.id}, {"name", fac ? fac->name : f.id}, {"note", f.note},
            {"prevention", fac ? fac->prevention : ""}});
    }
    json points = json::array();
    for (const auto& tp : m.triggerPoints)
        points.push_back(pointJson(tp));
    json techniques = json::array();
    for (const auto& t : m.techniques)
        techniques.push_back({{"kind", catalogue::techniqueKindName(t.kind)}, {"name", t.name}, {"tool", t.tool},
            {"position", t.position}, {"steps", t.steps}, {"duration", t.duration}, {"frequency", t.frequency},
            {"intensity", t.intensity}, {"precautions", t.precautions}});
    json redFlags = json::array();
    for (const auto& id : m.redFlags)
        if (const auto* r = cat.redFlag(id))
            redFlags.push_back({{"id", r->id}, {"title", r->title}, {"signs", r->signs}, {"action", r->action}});
    json sources = json::array();
    for (const auto& s : m.sources) {
        const auto* src = cat.source(s.ref);
        sources.push_back({{"ref", s.ref}, {"chapter", s.chapter}, {"citation", src ? src->citation : ""}});
    }
    return {{"id", m.id}, {"name", m.name}, {"other_names", m.otherNames}, {"latin", m.latin}, {"area", m.area},
        {"overview", m.overview}, {"location", m.location}, {"action", m.action}, {"palpation", m.palpation},
        {"symptoms", symptoms}, {"factors", factors}, {"trigger_points", points}, {"techniques", techniques},
        {"precautions", m.precautions}, {"tips", m.tips}, {"red_flags", redFlags}, {"red_flag_notes", m.redFlagNotes},
        {"related", m.related}, {"sources", sources},
        {"evidence", {{"pattern", m.patternEvidence}, {"technique", m.techniqueEvidence}}}};
}

void printList(const char* title, const std::vector<std::string>& items)
{
    if (items.empty())
        return;
    std::cout << "\n" << title << "\n";
    for (const auto& i : items)
        std::cout << "  - " << i << "\n";
}

void printMuscle(const catalogue::Catalogue& cat, const catalogue::Muscle& m)
{
    const auto& map = cat.body();
    std::cout << m.name;
    if (!m.latin.empty())
        std::cout << "  (" << m.latin << ")";
    std::cout << "\n" << std::string(m.name.size(), '=') << "\n";
    if (!m.otherNames.empty()) {
        std::cout << "Also called: ";
        for (std::size_t i = 0; i < m.otherNames.size(); ++i)
            std::cout << (i ? ", " : "") << m.otherNames[i];
        std::cout << "\n";
    }
    std::cout << "Body area: " << catalogue::areaName(m.area) << "\n";
    std::cout << "How sure: pain pattern - " << m.patternEvidence << "; technique - " << m.techniqueEvidence
              << " (see the guide, \"How sure is this?\")\n\n"
              << m.overview << "\n";
    std::cout << "\nWhere it is\n  " << m.location << "\n\nWhat it does\n  " << m.action << "\n";
    // The safety text comes before how to find it and the steps, as on the entry page: the signs that send a person
    // to a clinician first, then the precautions.
    {
        std::vector<std::string> items;
        for (const auto& id : m.redFlags)
            if (const auto* r = cat.redFlag(id))
                items.push_back(r->title + ": " + r->signs + " " + r->action);
        items.insert(items.end(), m.redFlagNotes.begin(), m.redFlagNotes.end());
        printList("Warning signs: if one applies, see a doctor instead of treating it yourself", items);
    }
    if (const auto precautions = catalogue::precautionsFor(m); !precautions.empty()) {
        std::cout << "\nBefore you press\n";
        printPrecautions(precautions, "  ");
    }
    std::cout << "\nHow to find it\n  " << m.palpation << "\n";
    std::cout << "\nTrigger points\n";
    for (const auto& tp : m.triggerPoints) {
        std::cout << "  * " << tp.name << "\n    Where: " << tp.location << "\n";
        if (tp.clinicianOnly)
            std::cout << "    For a clinician only: do not press this point yourself.\n";
        std::string mainZones, spill;
        for (const auto& z : tp.zones) {
            const auto* r = map.region(z.region);
            std::string text = r ? r->description : z.region;
            if (z.frequency == catalogue::Frequency::Occasional)
                text += " (sometimes)";
            if (z.bothSides)
                text += " (either side)";
            auto& into = z.kind == catalogue::ZoneKind::Main ? mainZones : spill;
            into += (into.empty() ? "" : "; ") + text;
        }
        if (tp.noReferredPain)
            std::cout << "    Main pain: none the references draw; it is tender where it lies\n";
        else
            std::cout << "    Main pain: " << mainZones << "\n";
        if (!spill.empty())
            std::cout << "    Spillover: " << spill << "\n";
    }
    if (!m.symptoms.empty()) {
        std::vector<std::string> items;
        for (const auto& s : m.symptoms) {
            const auto* sym = cat.symptom(s.id);
            items.push_back((sym ? sym->name : s.id) + (s.note.empty() ? "" : ": " + s.note));
        }
        printList("Other symptoms", items);
    }
    {
        std::vector<std::string> items;
        for (const auto& f : m.factors) {
            const auto* fac = cat.factor(f.id);
            items.push_back((fac ? fac->name : f.id) + (f.note.empty() ? "" : ": " + f.note)
                + (fac ? "\n    Prevent it: " + fac->prevention : ""));
        }
        printList("Causes and what keeps it going", items);
    }
    std::cout << "\nSelf-release\n";
    for (const auto& t : m.techniques) {
        std::cout << "  " << t.name << " (" << catalogue::techniqueKindName(t.kind)
                  << (t.hasTool() ? ", " + t.tool : "") << ")\n";
        if (!t.position.empty())
            std::cout << "    Position: " << t.position << "\n";
        for (std::size_t i = 0; i < t.steps.size(); ++i)
            std::cout << "    " << i + 1 << ". " << t.steps[i] << "\n";
        if (!t.duration.empty())
            std::cout << "    How long: " << t.duration << "\n";
        if (!t.frequency.empty())
            std::cout << "    How often: " << t.frequency << "\n";
        if (!t.intensity.empty())
            std::cout << "    How hard: " << t.intensity << "\n";
    }
    printList("Tips for lasting relief", m.tips);
    {
        std::vector<std::string> items;
        for (const auto& id : m.related)
            if (const auto* r = cat.muscle(id))
                items.push_back(r->name + " (" + id + ")");
        printList("Related muscles", items);
    }
    {
        std::vector<std::string> items;
        for (const auto& s : m.sources) {
            const auto* src = cat.source(s.ref);
            items.push_back((src ? src->citation : s.ref) + (s.chapter.empty() ? "" : " Chapter " + s.chapter + "."));
        }
        printList("Sources", items);
    }
    std::cout << "\nSelf-care information, not a diagnosis.\n";
}

} // namespace

void addCatalogueCommands(CLI::App& app, Context& ctx)
{
    auto* muscles = app.add_subcommand("muscles", "list the muscles of the catalogue");
    auto area = std::make_shared<std::string>();
    muscles->add_option("--area", *area, "only one body area (head, neck, shoulder, ...)");
    muscles->add_flag("--json", ctx.json, "JSON output");
    muscles->callback([&ctx, area] {
        const auto& cat = ctx.catalogue();
        json list = json::array();
        std::size_t points = 0;
        for (const auto& m : cat.muscles()) {
            if (!area->empty() && m.area != *area)
                continue;
            json ids = json::array();
            for (const auto& tp : m.triggerPoints)
                ids.push_back(tp.id);
            points += m.triggerPoints.size();
            list.push_back({{"id", m.id}, {"name", m.name}, {"area", m.area}, {"trigger_points", ids}});
        }
        if (!area->empty() && list.empty()) {
            std::vector<std::string> areas; // the catalogue's areas (the builder holds every muscle to one), A to Z
            for (const auto& [areaId, areaTitle] : catalogue::areas())
                areas.push_back(areaId);
            std::sort(areas.begin(), areas.end());
            std::string known;
            for (const auto& a : areas)
                known += (known.empty() ? "" : ", ") + a;
            throw UsageError("no muscles in area \"" + *area + "\" (the areas: " + known + ")");
        }
        if (ctx.json) {
            printJson({{"muscle_count", list.size()}, {"trigger_point_count", points}, {"muscles", list}});
            return;
        }
        // Each body area once, head to foot (the list itself is in id order), its muscles by id under it.
        bool first = true;
        for (const auto& [areaId, areaTitle] : catalogue::areas()) {
            bool heading = false;
            for (const auto& m : list) {
                if (m["area"] != areaId)
                    continue;
                if (!heading)
                    std::cout << (first ? "" : "\n") << areaTitle << "\n";
                heading = true;
                first = false;
                const auto name = m["name"].get<std::string>();
                // A name longer than its column gets the room it needs, and the count follows after two spaces.
                std::printf("  %-34s %-*s  %zu trigger point(s)\n", m["id"].get<std::string>().c_str(),
                    static_cast<int>(std::max<std::size_t>(30, name.size())), name.c_str(), m["trigger_points"].size());
            }
        }
        std::fprintf(stderr, "%zu muscles, %zu trigger points\n", list.size(), points);
    });

    auto* muscle = app.add_subcommand("muscle", "print one catalogue entry");
    muscle->alias("show"); // "tpmap show quadratus-lumborum", as people guess it
    auto id = std::make_shared<std::string>();
    muscle->add_option("ID", *id, "muscle id or name, e.g. upper-trapezius, \"Quadratus lumborum\" or QL")->required();
    muscle->add_flag("--json", ctx.json, "JSON output");
    muscle->callback([&ctx, id] {
        const auto& cat = ctx.catalogue();
        const auto* m = cat.muscleNamed(*id);
        // A trigger point's id (as `where` and `ask` print them) stands for its muscle.
        if (const auto* point = m ? nullptr : cat.triggerPoint(*id))
            m = cat.muscle(point->muscleId);
        if (!m) {
            // The ids spelled nearly so ("trapezus", "pirifromis"), else what a search finds.
            std::string typed = lowered(*id);
            std::replace(typed.begin(), typed.end(), ' ', '-'); // "upper trapezius" as an id
            std::vector<std::string> near;
            const std::size_t most = std::max<std::size_t>(2, typed.size() / 4);
            std::size_t best = most + 1;
            for (const auto& known : cat.muscles()) {
                // The whole id, or one of its words ("trapezus" is one letter off "trapezius").
                std::size_t d = catalogue::editDistance(typed, known.id, most);
                for (std::size_t at = 0; at < known.id.size();) {
                    const auto end = std::min(known.id.find('-', at), known.id.size());
                    d = std::min(d, catalogue::editDistance(typed, known.id.substr(at, end - at), most));
                    at = end + 1;
                }
                if (d > most)
                    continue;
                if (d < best) {
                    best = d;
                    near.clear();
                }
                if (d == best && near.size() < 3)
                    near.push_back(known.id);
            }
            if (near.empty() && typed.size() >= 3)
                for (const auto& h : cat.search(*id, 3))
                    near.push_back(h.muscle->id);
            std::string hint;
            for (const auto& n : near)
                hint += (hint.empty() ? " (did you mean: " : ", ") + n;
            throw UsageError("unknown muscle \"" + *id + "\"" + (hint.empty() ? "" : hint + ")"));
        }
        if (ctx.json)
            printJson(muscleJson(cat, *m));
        else
            printMuscle(cat, *m);
    });

    auto* search = app.add_subcommand("search", "full-text search over names, symptoms and descriptions");
    auto query = std::make_shared<std::vector<std::string>>();
    search->add_option("WORDS", *query, "words to find; each matches as a prefix (\"tinnit\")")->required();
    search->add_flag("--json", ctx.json, "JSON output");
    search->callback([&ctx, query] {
        std::string text;
        for (const auto& w : *query)
            text += w + " ";
        // Nothing to look for ("", or only punctuation) finds nothing: a mistake to say, not "0 result(s)".
        if (std::none_of(text.begin(), text.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
            }))
            throw UsageError("search: give a word to look for, e.g. tpmap search tinnitus");
        const auto hits = ctx.catalogue().search(text, 1000); // every muscle that matches, as the app lists them
        if (ctx.json) {
            json list = json::array();
            for (const auto& h : hits)
                list.push_back({{"id", h.muscle->id}, {"name", h.muscle->name}, {"area", h.muscle->area}});
            printJson({{"query", text.substr(0, text.size() - 1)}, {"results", list}});
            return;
        }
        for (const auto& h : hits)
            std::printf("%-34s %s\n", h.muscle->id.c_str(), h.muscle->name.c_str());
        std::fprintf(stderr, "%zu result(s)\n", hits.size());
    });

    auto* symptoms = app.add_subcommand("symptoms", "list the symptoms that can be given to `tpmap where --symptom`");
    symptoms->add_flag("--json", ctx.json, "JSON output");
    symptoms->callback([&ctx] {
        const auto& cat = ctx.catalogue();
        json list = json::array();
        for (const auto& s : cat.data().symptoms)
            list.push_back({{"id", s.id}, {"name", s.name}, {"words", s.words}});
        if (ctx.json) {
            printJson(list);
            return;
        }
        for (const auto& s : cat.data().symptoms)
            std::printf("%-24s %s\n", s.id.c_str(), s.name.c_str());
    });

    auto* guide = app.add_subcommand("guide", "print the general guide to trigger points and self-release");
    guide->callback([&ctx] {
        // Safety text is underlined with "!" so that it stands out in a terminal.
        for (const auto& s : ctx.catalogue().data().guide)
            std::cout << s.title << "\n"
                      << std::string(s.title.size(), s.warning ? '!' : '-') << "\n"
                      << catalogue::guidePlainText(s.body) << "\n\n";
    });
}

} // namespace tmap::cli
