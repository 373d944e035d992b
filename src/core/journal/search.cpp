// journal/search.cpp owns listing and counting notes: the filters of a query and the search, whose words are looked
// for in the full-text index and, through the names search_names.cpp finds, in the notes' spots, treatments and
// factors.
#include "journal/journal.h"

#include <algorithm>
#include <optional>
#include <set>
#include <variant>

#include <nlohmann/json.hpp>

#include "journal_internal.h"

namespace tmap::journal {

using namespace detail;

namespace {

/// A value to bind: text, or a whole number (a row id bound: text would never compare equal to one).
using Value = std::variant<std::string, std::int64_t>;

/// WHERE clauses for a query, with the values to bind in order. Only fixed SQL text goes into the statement.
struct Filter {
    std::string where;
    std::vector<Value> values;
    bool nothing = false; ///< a search with no words in it matches nothing

    void add(const std::string& clause, std::vector<Value> bound = {})
    {
        where += (where.empty() ? " WHERE " : " AND ") + clause;
        for (auto& v : bound)
            values.push_back(std::move(v));
    }
    /// Binds the values from parameter `after` + 1 on; returns the last index bound.
    int bindTo(db::Statement& st, int after = 0) const
    {
        int index = after;
        for (const auto& v : values) {
            if (const auto* text = std::get_if<std::string>(&v))
                st.bind(++index, *text);
            else
                st.bind(++index, std::get<std::int64_t>(v));
        }
        return index;
    }
};

/// The days and live-or-trash part of a query.
Filter plainFilter(const ListQuery& query)
{
    checkRange(query.range);
    Filter f;
    f.add(query.trash ? "n.deleted_at IS NOT NULL" : "n.deleted_at IS NULL");
    if (!query.range.since.empty())
        f.add("n.day >= ?", {query.range.since});
    if (!query.range.until.empty())
        f.add("n.day <= ?", {query.range.until});
    return f;
}

/// A JSON list of strings, bound as one value and read back in SQL with json_each().
std::string jsonList(const std::set<std::string>& items)
{
    return nlohmann::json(items).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// Adds one clause per typed word: the word is in the note's text, tags or region ids (the full-text index), or
/// names one of its regions, muscles, trigger points, techniques or factors (search_names.cpp). Only rows from
/// `minNid` on are asked of the index and the child tables (list() narrows them to the newest notes first).
void addSearch(Filter& f, const NoteSearch& search, std::int64_t minNid)
{
    if (search.words.empty()) {
        f.nothing = true;
        return;
    }
    for (const auto& word : search.words) {
        std::string any = "n.nid IN (SELECT rowid FROM note_search WHERE note_search MATCH ? AND rowid >= ?)";
        std::vector<Value> values {word.fts, minNid};
        auto child = [&](const char* sql, const std::set<std::string>& items) {
            if (items.empty())
                return;
            any += std::string(" OR n.nid IN (") + sql + ")";
            values.push_back(jsonList(items));
            values.push_back(minNid);
        };
        child("SELECT nid FROM spot WHERE region IN (SELECT value FROM json_each(?)) AND nid >= ?", word.regions);
        child("SELECT nid FROM treatment WHERE muscle IN (SELECT value FROM json_each(?)) AND nid >= ?", word.muscles);
        child("SELECT nid FROM treatment WHERE trigger_point IN (SELECT value FROM json_each(?)) AND nid >= ?",
            word.points);
        child("SELECT nid FROM treatment WHERE technique IN (SELECT value FROM json_each(?)) AND nid >= ?",
            word.techniques);
        child(
            "SELECT nid FROM note_factor WHERE factor IN (SELECT value FROM json_each(?)) AND nid >= ?", word.factors);
        child("SELECT nid FROM note_tag WHERE tag IN (SELECT value FROM json_each(?)) AND nid >= ?", word.tags);
        // A family's tags run from its start ("press-test:") to that start followed by '~', past the ids' ASCII.
        child("SELECT nid FROM note_tag, json_each(?) AS family WHERE tag >= family.value "
              "AND tag < family.value || '~' AND nid >= ?",
            word.tagFamilies);
        f.add("(" + any + ")", std::move(values));
    }
}

/// A search of spaces only is no search (as an empty one): every note, not none.
bool searches(const ListQuery& query)
{
    return query.search.find_first_not_of(" \t\r\n") != std::string::npos;
}

} // namespace

std::vector<Note> Journal::list(const ListQuery& query)
{
    const Filter plain = plainFilter(query);
    std::vector<Note> notes;
    if (query.limit <= 0)
        return notes;
    std::optional<NoteSearch> search;
    if (searches(query)) {
        search = noteSearch(*db_, vocabulary_, query.search);
        if (search->words.empty())
            return notes;
    }
    // Words found in most notes make the full-text index return tens of thousands of rows before the newest page
    // can be picked (65 ms at 100 000 notes). So first look only at the newest notes: the index and the child
    // tables are asked only for rows from the smallest row id among them on (FTS5 seeks to a rowid bound cheaply),
    // and if those notes hold the whole page, that is the exact answer. Otherwise - rare words - the full query
    // below runs.
    constexpr std::int64_t kSearchWindow = 600;
    const std::int64_t offset = std::max<std::int64_t>(0, query.offset);
    if (search && !query.trash && offset + query.limit <= kSearchWindow) {
        const std::string window = "SELECT * FROM note n" + plain.where
            + " ORDER BY n.day DESC, n.at_utc DESC, n.nid DESC LIMIT " + std::to_string(kSearchWindow);
        auto low = db_->prepare("SELECT min(nid) FROM (" + window + ")");
        plain.bindTo(low);
        if (low.step() && !low.isNull(0)) {
            Filter words;
            addSearch(words, *search, low.integer(0));
            auto st = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM (" + window + ") n" + words.where
                + " ORDER BY n.day DESC, n.at_utc DESC, n.nid DESC LIMIT ? OFFSET ?");
            const int index = words.bindTo(st, plain.bindTo(st));
            st.bind(index + 1, query.limit).bind(index + 2, offset);
            Reader reader(*db_);
            while (st.step())
                notes.push_back(reader.read(st));
            if (static_cast<std::int64_t>(notes.size()) == query.limit)
                return notes;
            notes.clear();
        }
    }
    Filter f = plain;
    if (search)
        addSearch(f, *search, 0);
    const char* order
        = query.trash ? " ORDER BY n.deleted_at DESC, n.nid DESC" : " ORDER BY n.day DESC, n.at_utc DESC, n.nid DESC";
    auto st
        = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM note n" + f.where + order + " LIMIT ? OFFSET ?");
    const int next = f.bindTo(st);
    st.bind(next + 1, query.limit).bind(next + 2, offset);
    Reader reader(*db_);
    while (st.step())
        notes.push_back(reader.read(st));
    return notes;
}

std::int64_t Journal::count(const ListQuery& query)
{
    Filter f = plainFilter(query);
    if (searches(query)) {
        const NoteSearch search = noteSearch(*db_, vocabulary_, query.search);
        addSearch(f, search, 0);
        if (f.nothing)
            return 0;
    }
    auto st = db_->prepare("SELECT count(*) FROM note n" + f.where);
    f.bindTo(st);
    st.step();
    return st.integer(0);
}

} // namespace tmap::journal
