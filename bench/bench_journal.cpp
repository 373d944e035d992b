// bench_journal: a journal of 100 000 notes (made in a temp folder): opening it and reading the first page of 50,
// a full-text search, and a JSON export. Prints one line per figure: name, median, p99 (microseconds), repetitions.
// Targets: open + first page < 50 ms, search < 30 ms, export < 2 s.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "journal/exchange.h"
#include "journal/insights.h"
#include "journal/journal.h"

namespace fs = std::filesystem;
using namespace tmap::journal;

#include "bench_journal_data.h"
#include "bench_report.h"

namespace {

using Clock = std::chrono::steady_clock;

using tmap::bench::report;

template <class F> std::vector<double> measure(int repetitions, F&& body)
{
    std::vector<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        const auto t0 = Clock::now();
        body();
        samples.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    return samples;
}

OpenOptions plain()
{
    OpenOptions o;
    o.dailyBackup = false;
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    std::string pattern = (fs::temp_directory_path() / "tm-bench-journal-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        return 1;
    const fs::path dir = pattern;
    const std::string path = (dir / "journal.sqlite").string();

    {
        auto journal = Journal::open(path, plain());
        const auto notes = tmap::bench::benchNotes(count);
        const auto t0 = Clock::now();
        journal->saveAll(notes, OnDuplicate::Skip);
        std::fprintf(stderr, "bench_journal: wrote %d notes in %.1f s (%.1f MB)\n", count,
            std::chrono::duration<double>(Clock::now() - t0).count(), static_cast<double>(fs::file_size(path)) / 1e6);
    }

    std::size_t sink = 0;
    auto open = measure(30, [&] {
        auto journal = Journal::open(path, plain());
        sink += journal->list({}).size();
    });
    report("journal_open_first_page_50", open);

    auto journal = Journal::open(path, plain());
    auto page = measure(200, [&] { sink += journal->list({}).size(); });
    report("journal_first_page_50", page);

    ListQuery deep;
    deep.offset = 5000;
    auto paged = measure(50, [&] { sink += journal->list(deep).size(); });
    report("journal_page_at_offset_5000", paged);

    ListQuery rare;
    rare.search = "rareword";
    auto search = measure(100, [&] { sink += journal->list(rare).size(); });
    report("journal_search_rare_word_page", search);

    ListQuery common;
    common.search = "headache desk";
    auto searchCommon = measure(50, [&] { sink += journal->list(common).size(); });
    report("journal_search_common_words_page", searchCommon);

    auto counted = measure(20, [&] { sink += static_cast<std::size_t>(journal->count(common)); });
    report("journal_search_common_words_count", counted);

    auto trend = measure(20, [&] { sink += journal->regionTrend("head.temple:right").size(); });
    report("journal_region_trend_all_days", trend);

    // The Journal tab's "What helped most" and "What goes with your pain" (and the report's), from every note.
    auto found = measure(5, [&] { sink += insights(*journal, {}).techniques.size(); });
    report("journal_insights_all", found);

    const std::string out = (dir / "export.json").string();
    auto exported = measure(5, [&] { sink += exportToFile(*journal, out, Format::Json); });
    report("journal_export_json_all", exported);

    OpenOptions daily;
    daily.day = "2000-01-01";
    auto first = measure(3, [&] {
        fs::remove_all(dir / "backups");
        auto j = Journal::open(path, daily); // integrity check + backup: once a day
        sink += j->report().backupWritten.size();
    });
    report("journal_first_open_of_day_check_and_backup", first);

    journal.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
    return sink == 0 ? 1 : 0;
}
