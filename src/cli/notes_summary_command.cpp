// tpmap notes summary: what the notes of a range add up to - counts, days, the worst regions, per-day means and
// the trend's subjects - as journal::summarize() computes them for the app's report and trend. --json prints the
// figures for programs (a stable contract); without it, a short text.
#include <cstdio>
#include <iostream>

#include "cli.h"
#include "journal/journal.h"
#include "journal/summary.h"

namespace tmap::cli {

namespace {

nlohmann::json meanJson(const journal::Mean& m)
{
    return {{"mean", m.mean}, {"count", m.count}};
}

nlohmann::json daysJson(const std::vector<journal::DayMean>& days)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& d : days) {
        auto item = meanJson(d.intensity);
        item["day"] = d.day;
        list.push_back(item);
    }
    return list;
}

nlohmann::json subjectsJson(const std::vector<journal::TrendSubject>& subjects)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : subjects)
        list.push_back({{"id", s.id}, {"count", s.count}});
    return list;
}

nlohmann::json dayOrNull(const std::string& day)
{
    return day.empty() ? nlohmann::json(nullptr) : nlohmann::json(day);
}

} // namespace

nlohmann::json summaryJson(const journal::Summary& s)
{
    nlohmann::json regions = nlohmann::json::array();
    for (const auto& r : s.regions) {
        auto item = meanJson(r.intensity);
        item["region"] = r.region;
        regions.push_back(item);
    }
    return {{"since", dayOrNull(s.range.since)}, {"until", dayOrNull(s.range.until)}, {"notes", s.notes},
        {"days", s.days}, {"first", dayOrNull(s.first)}, {"last", dayOrNull(s.last)}, {"regions", regions},
        {"pain_per_day", daysJson(s.painPerDay)}, {"overall_per_day", daysJson(s.overallPerDay)},
        {"spots_per_day", daysJson(s.spotsPerDay)},
        {"trend_subjects", {{"regions", subjectsJson(s.regionSubjects)}, {"muscles", subjectsJson(s.muscleSubjects)}}}};
}

void addNotesSummaryCommand(CLI::App& notes, Context& ctx, const JournalOpener& openJournal)
{
    struct Options {
        std::string journal;
        std::string since;
        std::string until;
    };
    auto opts = std::make_shared<Options>();
    auto* summary = notes.add_subcommand("summary", "what the notes add up to: days, worst regions, daily means");
    summary->add_option("--since", opts->since, "first day, e.g. 2026-11-01");
    summary->add_option("--until", opts->until, "last day (inclusive)");
    summary->add_flag("--json", ctx.json, "JSON output");
    addJournalOption(*summary, opts->journal);
    summary->callback([&ctx, opts, openJournal] {
        const journal::Range range = checkRange(opts->since, opts->until);
        auto j = openJournal(opts->journal, JournalUse::Read);
        const auto s = journal::summarize(*j, range);
        if (ctx.json) {
            auto out = summaryJson(s);
            out["journal"] = j->path();
            printJson(out);
            return;
        }
        if (s.notes == 0) {
            std::cout << "No notes" << (s.range.since.empty() && s.range.until.empty() ? "" : " in this range")
                      << ".\n";
            return;
        }
        std::cout << s.notes << " note" << (s.notes == 1 ? "" : "s") << " on " << s.days << " day"
                  << (s.days == 1 ? "" : "s") << ", from " << s.first << " to " << s.last << ".\n";
        if (!s.regions.empty()) {
            std::cout << "Worst regions (mean intensity, times noted):\n";
            const auto worst = s.worstRegions(10);
            std::vector<std::string> names;
            std::size_t width = 0;
            for (const auto& r : worst) {
                names.push_back(ctx.catalogue().body().describe(r.region));
                width = std::max(width, names.back().size());
            }
            // The figures line up under the longest name.
            for (std::size_t i = 0; i < worst.size(); ++i)
                std::printf("  %-*s  %4.1f  %d\n", static_cast<int>(width), names[i].c_str(), worst[i].intensity.mean,
                    worst[i].intensity.count);
        }
        // Per day, as the app's chart and the report give it: each note's overall pain, else its worst spot.
        if (!s.painPerDay.empty()) {
            std::cout << "Daily pain (each note's overall pain, else its worst spot; mean of the day's notes, "
                         "notes):\n";
            for (const auto& d : s.painPerDay)
                std::printf("  %s  %4.1f  %d\n", d.day.c_str(), d.intensity.mean, d.intensity.count);
        }
    });
}

} // namespace tmap::cli
