// tpmap notes insights: what helps this person - per trigger point and technique the drop in pain right after and
// the next day against other days, per perpetuating factor the pain on days with it against days without, each
// with the counts it rests on and withheld below the minimum (journal::insights()). --json for programs.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

#include "cli.h"
#include "journal/insights.h"
#include "journal/journal.h"

namespace tmap::cli {

namespace {

nlohmann::json figureJson(const journal::Figure& f)
{
    return {{"mean", f.mean ? nlohmann::json(*f.mean) : nlohmann::json(nullptr)}, {"count", f.count}};
}

std::string mean(const journal::Figure& f)
{
    if (!f.mean)
        return "too few to tell";
    // Halves away from zero, as the app and the report show them (5.25 read 5.2 here, 5.3 there: printf rounds an
    // exact half to even).
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", std::round(*f.mean * 10) / 10);
    return text;
}

std::string count(int n, const std::string& noun)
{
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

} // namespace

nlohmann::json insightsJson(const journal::Insights& in)
{
    nlohmann::json techniques = nlohmann::json::array();
    for (const auto& t : in.techniques)
        techniques.push_back({{"muscle", t.muscle},
            {"trigger_point", t.triggerPoint.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.triggerPoint)},
            {"technique", t.technique}, {"treatments", t.treatments}, {"sessions", t.drop.count},
            {"drop", figureJson(t.drop)}, {"next_day", figureJson(t.nextDay)}, {"other_days", figureJson(t.otherDays)},
            {"too_few", t.tooFew()}});
    nlohmann::json factors = nlohmann::json::array();
    for (const auto& f : in.factors)
        factors.push_back({{"factor", f.factor}, {"with", figureJson(f.with)}, {"without", figureJson(f.without)},
            {"too_few", f.tooFew()}});
    return {{"minimum", in.minimum}, {"days", in.days}, {"techniques", techniques}, {"factors", factors}};
}

void addNotesInsightsCommand(CLI::App& notes, Context& ctx, const JournalOpener& openJournal)
{
    struct Options {
        std::string journal;
        std::string since;
        std::string until;
        int minimum = journal::kInsightMinimum;
    };
    auto opts = std::make_shared<Options>();
    auto* cmd = notes.add_subcommand("insights", "what went with less pain in your notes: techniques and factors");
    cmd->add_option("--since", opts->since, "first day, e.g. 2026-11-01");
    cmd->add_option("--until", opts->until, "last day (inclusive)");
    cmd->add_option("--minimum", opts->minimum, "fewer sessions or days than this are too few to tell (default 3)")
        ->check(wholeNumber(1, 1000, "a number from 1 to 1000"));
    cmd->add_flag("--json", ctx.json, "JSON output");
    addJournalOption(*cmd, opts->journal);
    cmd->callback([&ctx, opts, openJournal] {
        const journal::Range range = checkRange(opts->since, opts->until);
        auto j = openJournal(opts->journal, JournalUse::Read);
        const auto in = journal::insights(*j, range, opts->minimum);
        if (ctx.json) {
            auto out = insightsJson(in);
            out["journal"] = j->path();
            printJson(out);
            return;
        }
        std::cout << "What went together in your notes (" << count(in.days, "day") << " with a pain rating; under "
                  << in.minimum << " is too few to tell). This shows what happened, not why.\n";
        if (in.techniques.empty() && in.factors.empty())
            std::cout << "No treatments or factors noted yet.\n";
        for (const auto& t : in.techniques) {
            // In words, as the app names them: "Upper trapezius, upper fibres - Pincer grip on ...".
            // A treatment noted without its technique: "Upper trapezius, technique not named" (it read "- :").
            std::cout << "  " << pointOrMuscleName(ctx.catalogue(), t.muscle, t.triggerPoint)
                      << (t.technique.empty() ? ", technique not named" : " - " + t.technique) << ": ";
            if (t.tooFew())
                std::cout << "too few to tell";
            else
                std::cout << mean(t.drop) << " points less right after";
            std::cout << " (" << count(t.drop.count, "session") << ")";
            if (t.nextDay.mean && t.otherDays.mean)
                std::cout << "; next day " << mean(t.nextDay) << " (" << count(t.nextDay.count, "day") << ") against "
                          << mean(t.otherDays) << " (" << count(t.otherDays.count, "other day") << ")";
            std::cout << "\n";
        }
        for (const auto& f : in.factors) {
            // Its name as the app shows it ("Long sitting and inactivity"); the id where the catalogue lacks it.
            const auto* known = ctx.catalogue().factor(f.factor);
            std::cout << "  " << (known ? known->name : f.factor) << ": ";
            if (f.tooFew())
                std::cout << "too few to tell";
            else
                std::cout << "pain " << mean(f.with) << " with it, " << mean(f.without) << " without";
            std::cout << " (" << count(f.with.count, "day") << " with, " << f.without.count << " without)\n";
        }
    });
}

} // namespace tmap::cli
