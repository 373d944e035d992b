// journal/summary: the figures of a range of notes that the report and the Journal tab's trend show - counts,
// days, per-region and per-day means, the worst regions and the trend's subjects - computed by SQL over every
// note of the range. The front ends only present them.
#pragma once

#include <string>
#include <vector>

#include "journal/journal.h"

namespace tmap::journal {

/// A mean over some intensities (0-10) and how many it rests on.
struct Mean {
    double mean = 0;
    int count = 0;
    bool operator==(const Mean&) const = default;
};

/// The mean intensity of one region instance over the range.
struct RegionMean {
    std::string region; ///< "head.temple:right"
    Mean intensity;
    bool operator==(const RegionMean&) const = default;
};

/// A mean over one local day.
struct DayMean {
    std::string day; ///< "2026-11-25"
    Mean intensity;
    bool operator==(const DayMean&) const = default;
};

/// Something the trend can follow (a region noted, a muscle treated) and how often it was noted.
struct TrendSubject {
    std::string id; ///< a region instance or a muscle id
    int count = 0; ///< spots of the region / treatments of the muscle in the range
    bool operator==(const TrendSubject&) const = default;
};

/// What the live notes of a range add up to.
struct Summary {
    Range range;
    int notes = 0;
    int days = 0; ///< local days with at least one note
    std::string first; ///< the first day with a note, "" when there is none
    std::string last; ///< the last day with a note
    /// Every region noted, worst first: highest mean intensity, then most often noted, then by id.
    std::vector<RegionMean> regions;
    /// Per day, the overall intensity of the notes that gave one, oldest day first.
    std::vector<DayMean> overallPerDay;
    /// Per day, the intensity of every spot noted, oldest day first.
    std::vector<DayMean> spotsPerDay;
    /// Per day, the day's pain as every front end shows it: each note's overall pain, else its worst spot (painOf,
    /// journal/insights.h), the mean of the day's notes that have either; oldest day first.
    std::vector<DayMean> painPerDay;
    /// The regions noted, most often first (then by id): the trend's pain subjects.
    std::vector<TrendSubject> regionSubjects;
    /// The muscles treated, most often first (then by id): the trend's before-and-after subjects.
    std::vector<TrendSubject> muscleSubjects;

    /// The `n` worst regions (all when fewer).
    std::vector<RegionMean> worstRegions(std::size_t n) const;
};

/// The summary of the live notes of `range` (the trash is left out). Throws JournalError when the file fails.
Summary summarize(Journal& journal, const Range& range = {});

} // namespace tmap::journal
