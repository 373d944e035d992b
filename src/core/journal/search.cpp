// journal/search.cpp owns listing and counting notes: the filters of a query and the full-text search.
#include "journal/journal.h"

#include <algorithm>
#include <filesystem>

#include "catalogue/catalogue.h"

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace {

/// WHERE clauses for a query, with the values to bind in order. Only fixed SQL text goes into the statement.
struct Filter {
    std::string where;
    std::vector<std::string> values;
    bool nothing = false; ///< a search with no words in it matches nothing

    void add(const std::string& clause, std::string value = {}, bool bound = true)
    {
        where += (where.empty() ? " WHERE " : " AND ") + clause;
        if (bound)
            values.push_back(std::move(value));
    }
    int bindTo(db::Statement& st) const
    {
        int index = 0;
        for (const auto& v : values)
            st.bind(++index, v);
        return index;
    }
};

Filter makeFilter(const ListQuery& query)
{
    checkRange(query.range);
    Filter f;
    f.add(query.trash ? "n.deleted_at IS NOT NULL" : "n.deleted_at IS NULL", {}, false);
    if (!query.range.since.empty())
        f.add("n.day >= ?", query.range.since);
    if (!query.range.until.empty())
        f.add("n.day <= ?", query.range.until);
    if (!query.search.empty()) {
        const std::string fts = catalogue::ftsQuery(query.search);
        if (fts.empty())
            f.nothing = true;
        else
            f.add("n.nid IN (SELECT rowid FROM note_search WHERE note_search MATCH ?)", fts);
    }
    return f;
}

} // namespace

std::vector<Note> Journal::list(const ListQuery& query)
{
    const Filter f = makeFilter(query);
    std::vector<Note> notes;
    if (f.nothing || query.limit <= 0)
        return notes;
    // Words found in most notes make the full-text index return tens of thousands of rows before the newest page
    // can be picked (65 ms at 100 000 notes). So first look only at the newest notes: the index is asked only for
    // rows from the smallest row id among them on (FTS5 seeks to a rowid bound cheaply), and if those notes hold
    // the whole page, that is the exact answer. Otherwise - rare words - the full query below runs.
    constexpr std::int64_t kSearchWindow = 600;
    const std::int64_t offset = std::max<std::int64_t>(0, query.offset);
    if (!query.search.empty() && !query.trash && offset + query.limit <= kSearchWindow) {
        ListQuery unsearched = query;
        unsearched.search.clear();
        const Filter plain = makeFilter(unsearched);
        const std::string window = "SELECT * FROM note n" + plain.where
            + " ORDER BY n.day DESC, n.at_utc DESC, n.nid DESC LIMIT " + std::to_string(kSearchWindow);
        auto low = db_->prepare("SELECT min(nid) FROM (" + window + ")");
        plain.bindTo(low);
        if (low.step() && !low.isNull(0)) {
            const std::int64_t minNid = low.integer(0);
            auto st = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM (" + window
                + ") n WHERE n.nid IN (SELECT rowid FROM note_search WHERE note_search MATCH ? AND "
                  "rowid >= ?) ORDER BY n.day DESC, n.at_utc DESC, n.nid DESC LIMIT ? OFFSET ?");
            const int next = plain.bindTo(st);
            st.bind(next + 1, f.values.back())
                .bind(next + 2, minNid)
                .bind(next + 3, query.limit)
                .bind(next + 4, offset);
            Reader reader(*db_);
            while (st.step())
                notes.push_back(reader.read(st));
            if (static_cast<std::int64_t>(notes.size()) == query.limit)
                return notes;
            notes.clear();
        }
    }
    const char* order
        = query.trash ? " ORDER BY n.deleted_at DESC, n.nid DESC" : " ORDER BY n.day DESC, n.at_utc DESC, n.nid DESC";
    auto st
        = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM note n" + f.where + order + " LIMIT ? OFFSET ?");
    const int next = f.bindTo(st);
    st.bind(next + 1, query.limit).bind(next + 2, std::max<std::int64_t>(0, query.offset));
    Reader reader(*db_);
    while (st.step())
        notes.push_back(reader.read(st));
    return notes;
}

std::int64_t Journal::count(const ListQuery& query)
{
    const Filter f = makeFilter(query);
    if (f.nothing)
        return 0;
    auto st = db_->prepare("SELECT count(*) FROM note n" + f.where);
    f.bindTo(st);
    st.step();
    return st.integer(0);
}

} // namespace tmap::journal
