// bench_journal: a journal of 100 000 notes (made in a temp folder): opening it and reading the first page of 50,
// a full-text search, and a JSON export. Prints one line per figure: name, median, p99 (microseconds), repetitions.
// Targets: open + first page < 50 ms, search < 30 ms, export < 2 s.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/uuid.h"

namespace fs = std::filesystem;
using namespace tmap::journal;

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

    // Three years of notes, about 90 a day; words from a small vocabulary so searches hit realistic numbers.
    static const char* words[] = {"headache", "desk", "stiff", "morning", "after", "run", "sleep", "stress", "travel",
        "meeting", "garden", "lifting", "better", "worse", "jaw", "neck", "shoulder", "ache"};
    static const char* regions[] = {"head.temple:right", "head.temple:left", "neck.side:right", "neck.back:left",
        "shoulder.top:right", "head.jaw:right", "chest.sternum", "head.occiput:left"};
    std::mt19937 random(42);
    {
        auto journal = Journal::open(path, plain());
        std::vector<Note> notes;
        notes.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            Note n;
            n.id = newUuid();
            const std::int64_t utc = 1'700'000'000 + static_cast<std::int64_t>(i) * 950;
            n.when = formatTimestamp(utc, 60);
            n.created = n.updated = formatTimestamp(utc, 0).substr(0, 19) + "Z";
            for (int s = 0; s < 1 + static_cast<int>(random() % 3); ++s) {
                const std::string region = regions[random() % 8];
                if (std::none_of(n.spots.begin(), n.spots.end(), [&](const Spot& x) { return x.region == region; }))
                    n.spots.push_back({region, static_cast<int>(random() % 11), Quality::Aching});
            }
            n.intensity = static_cast<int>(random() % 11);
            for (int w = 0; w < 12; ++w)
                n.text += std::string(words[random() % 18]) + " ";
            if (i % 1000 == 0)
                n.text += "rareword ";
            n.tags = {words[random() % 18]};
            if (i % 3 == 0)
                n.treatments = {{"upper-trapezius", "", "ball", 5, 7, 3}};
            notes.push_back(std::move(n));
        }
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

    auto effects = measure(20, [&] { sink += journal->treatmentEffects().size(); });
    report("journal_treatment_effects", effects);

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
