// journal/summary: the range's figures, each one SQL query over the note, spot and treatment tables.
#include "journal/summary.h"

#include <algorithm>

#include "db/database.h"

namespace tmap::journal {

namespace {

/// " AND n.day >= ? AND n.day <= ?" for the ends the range has, the values appended to `values`.
std::string rangeSql(const Range& range, std::vector<std::string>& values)
{
    std::string sql;
    if (!range.since.empty()) {
        sql += " AND n.day >= ?";
        values.push_back(range.since);
    }
    if (!range.until.empty()) {
        sql += " AND n.day <= ?";
        values.push_back(range.until);
    }
    return sql;
}

/// Runs `select` (which ends in a WHERE clause over the live notes `n`) limited to the range, with `rest` after it.
template <class Row>
void query(db::Database& db, const std::string& select, const Range& range, const std::string& rest, Row&& row)
{
    std::vector<std::string> values;
    const std::string where = rangeSql(range, values);
    auto st = db.prepare(select + where + rest);
    for (std::size_t i = 0; i < values.size(); ++i)
        st.bind(static_cast<int>(i + 1), values[i]);
    while (st.step())
        row(st);
}

std::vector<DayMean> perDay(db::Database& db, const std::string& select, const Range& range)
{
    std::vector<DayMean> days;
    query(db, select, range, " GROUP BY n.day ORDER BY n.day", [&](db::Statement& st) {
        days.push_back({st.text(0), {st.real(1), static_cast<int>(st.integer(2))}});
    });
    return days;
}

std::vector<TrendSubject> subjects(db::Database& db, const std::string& select, const Range& range)
{
    std::vector<TrendSubject> list;
    query(db, select, range, " GROUP BY 1 ORDER BY 2 DESC, 1", [&](db::Statement& st) {
        list.push_back({st.text(0), static_cast<int>(st.integer(1))});
    });
    return list;
}

} // namespace

std::vector<RegionMean> Summary::worstRegions(std::size_t n) const
{
    return {regions.begin(), regions.begin() + static_cast<std::ptrdiff_t>(std::min(n, regions.size()))};
}

Summary summarize(Journal& journal, const Range& range)
{
    db::Database& db = *journal.db_;
    Summary s;
    s.range = range;
    query(db, "SELECT count(*), count(DISTINCT n.day), min(n.day), max(n.day) FROM note n WHERE n.deleted_at IS NULL",
        range, "", [&](db::Statement& st) {
            s.notes = static_cast<int>(st.integer(0));
            s.days = static_cast<int>(st.integer(1));
            s.first = st.isNull(2) ? std::string() : st.text(2);
            s.last = st.isNull(3) ? std::string() : st.text(3);
        });
    query(db,
        "SELECT s.region, avg(s.intensity), count(*) FROM spot s JOIN note n ON n.nid = s.nid "
        "WHERE n.deleted_at IS NULL",
        range, " GROUP BY s.region ORDER BY 2 DESC, 3 DESC, 1", [&](db::Statement& st) {
            s.regions.push_back({st.text(0), {st.real(1), static_cast<int>(st.integer(2))}});
        });
    s.overallPerDay = perDay(db,
        "SELECT n.day, avg(n.intensity), count(*) FROM note n WHERE n.deleted_at IS NULL AND n.intensity IS NOT NULL",
        range);
    s.spotsPerDay = perDay(db,
        "SELECT n.day, avg(s.intensity), count(*) FROM spot s JOIN note n ON n.nid = s.nid WHERE n.deleted_at IS NULL",
        range);
    // painOf() in SQL: a note's overall pain, else its worst spot.
    s.painPerDay = perDay(db,
        "SELECT n.day, avg(coalesce(n.intensity, (SELECT max(s.intensity) FROM spot s WHERE s.nid = n.nid))), "
        "count(*) FROM note n WHERE n.deleted_at IS NULL "
        "AND (n.intensity IS NOT NULL OR EXISTS (SELECT 1 FROM spot s WHERE s.nid = n.nid))",
        range);
    s.regionSubjects = subjects(
        db, "SELECT s.region, count(*) FROM spot s JOIN note n ON n.nid = s.nid WHERE n.deleted_at IS NULL", range);
    s.muscleSubjects = subjects(db,
        "SELECT t.muscle, count(*) FROM treatment t JOIN note n ON n.nid = t.nid WHERE n.deleted_at IS NULL", range);
    return s;
}

} // namespace tmap::journal
