// bench_journal_data: the benchmarks' large journal - `count` notes over about three years (about 90 a day), with
// words from a small vocabulary so that searches hit realistic numbers. Shared by bench_journal and bench_gui.
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "journal/journal.h"
#include "journal/uuid.h"

namespace tmap::bench {

inline std::vector<journal::Note> benchNotes(int count)
{
    using namespace tmap::journal;
    static const char* words[] = {"headache", "desk", "stiff", "morning", "after", "run", "sleep", "stress", "travel",
        "meeting", "garden", "lifting", "better", "worse", "jaw", "neck", "shoulder", "ache"};
    static const char* regions[] = {"head.temple:right", "head.temple:left", "neck.side:right", "neck.back:left",
        "shoulder.top:right", "head.jaw:right", "chest.sternum", "head.occiput:left"};
    std::mt19937 random(42);
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
    return notes;
}

} // namespace tmap::bench
