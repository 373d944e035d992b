// journal/clinician_summary: the figures of the report's first page, the one a clinician reads in a minute - the
// pain drawings at the start and the end of the range and its average, the views that hold pain, the worst regions
// with how they changed, the overall trend, what helped and what went with worse days (journal/insights), and the
// areas of the standard body maps (journal/body_map_export). The core decides every figure and its rule; the front
// ends only word and draw them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "journal/body_map_export.h"
#include "journal/insights.h"
#include "journal/summary.h"

namespace tmap::body {
class BodyMap;
}

namespace tmap::journal {

/// The longest start or end window, in days: the first and the last week of a range of three weeks or more.
inline constexpr int kSummaryWindowDays = 7;
/// A change of the daily pain of at least this many points (0-10) between the start and the end is "better" or
/// "worse"; less is "about the same".
inline constexpr double kTrendThreshold = 1.0;
/// At most this many worst regions, helpful techniques and aggravating factors on the page.
inline constexpr std::size_t kSummaryWorstRegions = 8;
inline constexpr std::size_t kSummaryHelped = 3;
inline constexpr std::size_t kSummaryFactors = 3;

/// One pain drawing of the page: the days it covers and the mean intensity of each region noted in them.
struct PeriodDrawing {
    std::string since; ///< first local day, "" when the range holds no note
    std::string until; ///< last local day
    int notes = 0;
    std::vector<RegionMean> regions; ///< worst first, as Summary::regions
};

/// A worst region of the range and how it fared from the start window to the end window.
struct RegionChange {
    std::string region; ///< "head.temple:right"
    Mean average; ///< over the whole range
    std::optional<double> start; ///< mean in the start window; none when it was not noted then
    std::optional<double> end; ///< mean in the end window
};

enum class TrendDirection {
    Unknown, ///< fewer than two days with a pain reading, or the windows share their days
    Better, ///< the end window's daily pain is at least kTrendThreshold lower than the start window's
    Same,
    Worse,
};

/// The daily pain (a note's overall pain, else its worst spot; a day's is the mean of its notes) at the start and
/// at the end of the range.
struct OverallTrend {
    Mean start; ///< over the days with a reading in the start window
    Mean end; ///< over the days with a reading in the end window
    TrendDirection direction = TrendDirection::Unknown;
    double change = 0; ///< end - start, when both are known
    std::vector<DayMean> days; ///< every day with a reading, oldest first (the page's small chart)
};

/// Everything the report's first page shows.
struct ClinicianSummary {
    Summary summary; ///< counts, first and last day; `regions` is the average drawing
    int windowDays = 0; ///< the length of the start and end windows (0 without notes)
    PeriodDrawing start; ///< the first windowDays days from the first day noted
    PeriodDrawing end; ///< the last windowDays days up to the last day noted
    PeriodDrawing average; ///< the whole range
    /// The views that show a region of any of the three drawings, in the body map's order (a region on the right
    /// side shows in "side", one on the left in "side-left").
    std::vector<std::string> views;
    std::vector<RegionChange> worst; ///< the kSummaryWorstRegions worst regions of the range
    OverallTrend trend;
    /// Up to kSummaryHelped techniques with enough sessions whose pain dropped, largest drop first.
    std::vector<TechniqueInsight> helped;
    /// Up to kSummaryFactors factors with enough days on which the pain was at least kTrendThreshold higher, largest
    /// difference first.
    std::vector<FactorInsight> worseWith;
    int insightMinimum = kInsightMinimum;
    /// The range on the standard body maps: CHOIR segments, Michigan Body Map areas and the Widespread Pain Index
    /// (whose score is the number of its 19 areas endorsed).
    BodyMapDrawing choir, mbm, wpi;
};

/// The first page's figures for the live notes of `range`. `body` places the regions in the views. Throws
/// JournalError when the file fails.
ClinicianSummary clinicianSummary(Journal& journal, const body::BodyMap& body, const Range& range = {});

} // namespace tmap::journal
