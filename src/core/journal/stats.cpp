// journal/stats.cpp owns the per-day aggregates: region and muscle trends, treatment effects.
#include "journal/journal.h"

#include <filesystem>

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

// ---- Aggregates ---------------------------------------------------------------------------------------------------

std::vector<DayIntensity> Journal::regionTrend(std::string_view region, const Range& range)
{
    std::vector<std::string> values {std::string(region)};
    const std::string clause = rangeClause(range, values);
    auto st = db_->prepare("SELECT n.day, avg(s.intensity), max(s.intensity), count(*) FROM spot s "
                           "JOIN note n ON n.nid = s.nid WHERE s.region = ? AND n.deleted_at IS NULL"
        + clause + " GROUP BY n.day ORDER BY n.day");
    for (std::size_t i = 0; i < values.size(); ++i)
        st.bind(static_cast<int>(i + 1), values[i]);
    std::vector<DayIntensity> days;
    while (st.step())
        days.push_back({st.text(0), st.real(1), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3))});
    return days;
}

std::vector<DayTreatment> Journal::muscleTrend(std::string_view muscle, const Range& range)
{
    std::vector<std::string> values {std::string(muscle)};
    const std::string clause = rangeClause(range, values);
    auto st = db_->prepare("SELECT n.day, avg(t.intensity_before), avg(t.intensity_after), count(*) FROM treatment t "
                           "JOIN note n ON n.nid = t.nid WHERE t.muscle = ? AND n.deleted_at IS NULL"
        + clause + " GROUP BY n.day ORDER BY n.day");
    for (std::size_t i = 0; i < values.size(); ++i)
        st.bind(static_cast<int>(i + 1), values[i]);
    std::vector<DayTreatment> days;
    while (st.step()) {
        DayTreatment d;
        d.day = st.text(0);
        if (!st.isNull(1))
            d.before = st.real(1);
        if (!st.isNull(2))
            d.after = st.real(2);
        d.count = static_cast<int>(st.integer(3));
        days.push_back(d);
    }
    return days;
}

} // namespace tmap::journal
