// tpmap notes export --format choir|mbm|wpi: the journal as a clinician's standard body map (CHOIR, Michigan Body
// Map, Widespread Pain Index) - per period the areas endorsed, with the highest intensity of each.
#include <iostream>

#include "cli.h"
#include "journal/body_map_export.h"
#include "journal/journal.h"

namespace tmap::cli {

void writeBodyMapExport(journal::Journal& journal, journal::BodyMapFormat format, const journal::Range& range,
    const std::string& per, const std::string& output, journal::Existing existing)
{
    const auto period = per == "day" ? journal::BodyMapPeriod::Day
        : per == "month"             ? journal::BodyMapPeriod::Month
                                     : journal::BodyMapPeriod::Whole;
    if (output == "-") {
        const auto drawings = journal::exportBodyMap(journal, format, range, period);
        printJson(journal::bodyMapJson(format, range, drawings));
        return;
    }
    const auto count = journal::exportBodyMapToFile(journal, output, format, range, period, existing);
    journal::ListQuery inRange;
    inRange.range = range;
    std::cerr << "tpmap: exported " << count << " " << journal::bodyMapFormatName(format) << " drawing"
              << (count == 1 ? "" : "s") << " to " << output
              << (journal.count(inRange) == 0 ? " (no notes in this range: nothing is marked on it)" : "") << "\n";
}

} // namespace tmap::cli
