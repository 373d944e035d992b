// catalogue/catalogue: opens the catalogue database, validates it at open (every key, count and id the reader will
// use, docs/reliability.md) and reads it into memory. Over 600 lines because the validation mirrors the reader
// table by table; keeping both in one file keeps them in step.
#include "catalogue/catalogue.h"
#include "catalogue/symptom_words.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "catalogue/schema.h"
#include "db/database.h"
#include "outline_internal.h"

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace tmap::catalogue {

namespace {

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const auto end = text.find('\n', start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

/// The shared lists and the body geometry: all the first window needs.
void loadLists(db::Database& db, CatalogueData& data)
{
    for (auto st = db.prepare("SELECT id, citation FROM source ORDER BY rowid"); st.step();)
        data.sources.push_back({st.text(0), st.text(1)});
    for (auto st = db.prepare("SELECT id, name, words, drawn_as FROM symptom ORDER BY rowid"); st.step();)
        data.symptoms.push_back({st.text(0), st.text(1), splitLines(st.text(2)), splitLines(st.text(3))});
    for (auto st = db.prepare("SELECT id, name, description, prevention FROM factor ORDER BY rowid"); st.step();)
        data.factors.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
    for (auto st = db.prepare("SELECT id, title, signs, action, hold_self_care FROM red_flag ORDER BY rowid");
         st.step();) {
        data.redFlags.push_back({st.text(0), st.text(1), st.text(2), st.text(3), {}, {}, {}, st.integer(4) != 0});
    }
    // Each list in one pass, in its rows' order (a statement per warning and list was ~36 prepares at start-up).
    auto flagLists = [&](const char* sql, std::vector<std::string> RedFlag::*list) {
        for (auto st = db.prepare(sql); st.step();) {
            const std::string_view id = st.view(0);
            const auto flag = std::find_if(
                data.redFlags.begin(), data.redFlags.end(), [&](const RedFlag& r) { return r.id == id; });
            if (flag != data.redFlags.end()) // a row of no warning: the references' check names it
                ((*flag).*list).push_back(st.text(1));
        }
    };
    flagLists("SELECT red_flag_id, region FROM red_flag_region ORDER BY rowid", &RedFlag::regions);
    flagLists("SELECT red_flag_id, symptom_id FROM red_flag_symptom ORDER BY rowid", &RedFlag::symptoms);
    flagLists("SELECT red_flag_id, symptom_id FROM red_flag_sign ORDER BY rowid", &RedFlag::signSymptoms);
    for (auto st = db.prepare("SELECT id, title, body, warning FROM guide_section ORDER BY rowid"); st.step();)
        data.guide.push_back({st.text(0), st.text(1), st.text(2), st.integer(3) != 0});
    {
        std::map<std::int64_t, std::size_t> guides; // pain_guide.id -> index
        for (auto st = db.prepare("SELECT id FROM pain_guide ORDER BY id"); st.step();) {
            guides[st.integer(0)] = data.painGuides.size();
            data.painGuides.emplace_back();
        }
        auto guide = [&](std::int64_t id) -> PainGuide& {
            const auto it = guides.find(id);
            if (it == guides.end())
                throw CatalogueError("damaged catalogue: pain guide " + std::to_string(id) + " does not exist");
            return data.painGuides[it->second];
        };
        for (auto st = db.prepare("SELECT guide_id, region FROM pain_guide_region ORDER BY rowid"); st.step();)
            guide(st.integer(0)).regions.push_back(st.text(1));
        for (auto st
             = db.prepare("SELECT guide_id, muscle_id, kind, place FROM pain_guide_muscle ORDER BY guide_id, ordinal");
             st.step();) {
            auto& g = guide(st.integer(0));
            // Places start at 0 and grow by at most one per muscle (the schema's CHECK cannot see the order).
            const std::int64_t place = st.integer(3);
            const std::int64_t next = g.muscles.empty() ? 0 : g.muscles.back().place + 1;
            if (place < 0 || place > next || (!g.muscles.empty() && place < g.muscles.back().place))
                throw CatalogueError("damaged catalogue: pain guide " + std::to_string(st.integer(0)) + " has muscle \""
                    + st.text(1) + "\" out of place");
            g.muscles.push_back(
                {st.text(1), st.text(2) == "main" ? ZoneKind::Main : ZoneKind::Spillover, static_cast<int>(place)});
        }
        for (auto st
             = db.prepare("SELECT guide_id, source_id, chapter FROM pain_guide_source ORDER BY guide_id, ordinal");
             st.step();)
            guide(st.integer(0)).sources.push_back({st.text(1), st.text(2)});
    }
    auto lines = [](const std::string& text) {
        std::vector<std::string> out;
        std::size_t at = 0;
        while (at < text.size()) {
            const auto end = std::min(text.find('\n', at), text.size());
            out.push_back(text.substr(at, end - at));
            at = end + 1;
        }
        return out;
    };
    for (auto st = db.prepare("SELECT words, means, not_phrases FROM search_synonym ORDER BY ordinal"); st.step();)
        data.searchSynonyms.push_back({lines(st.text(0)), lines(st.text(1)), lines(st.text(2))});
    for (auto st = db.prepare("SELECT name, content FROM body_data"); st.step();)
        if (st.text(0) == "regions.tsv")
            data.regionsTsv = st.text(1);
    for (auto st = db.prepare("SELECT id, title, aspect, outline, strokes, labels FROM body_view ORDER BY rowid");
         st.step();) {
        body::View v;
        v.id = st.text(0);
        v.title = st.text(1);
        v.aspect = st.real(2);
        if (!(v.aspect > 0.05 && v.aspect < 20)) // it divides and scales everything drawn
            throw body::BodyError(
                "damaged body geometry: view " + v.id + " has the aspect ratio " + std::to_string(v.aspect));
        v.outline = body::decodePolygons(st.view(3));
        for (auto& stroke : body::decodePolygons(st.view(4)))
            v.strokes.push_back(std::move(stroke));
        for (const auto& l : nlohmann::json::parse(st.text(5)))
            v.labels.push_back({l.value("text", ""), {l.value("x", 0.0), l.value("y", 0.0)}});
        data.views.push_back(std::move(v));
    }
    {
        auto st = db.prepare("SELECT view_id, instance, centre_x, centre_y, polygons FROM body_shape ORDER BY rowid");
        while (st.step()) {
            const std::string_view viewId = st.view(0);
            auto view = std::find_if(
                data.views.begin(), data.views.end(), [&](const body::View& v) { return v.id == viewId; });
            if (view == data.views.end())
                continue;
            body::Shape shape;
            shape.instance = st.text(1);
            shape.centre = {st.real(2), st.real(3)};
            shape.polygons = body::decodePolygons(st.view(4));
            view->shapes.push_back(std::move(shape));
        }
    }
}

/// A column's value as SQL's quote() shows it: NULL, a number, or a string in single quotes.
std::string quoted(const db::Statement& st, int column)
{
    if (st.isNull(column))
        return "NULL";
    const std::string_view value = st.view(column);
    if (!value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::string(value);
    std::string out = "'";
    for (const char c : value.substr(0, 80)) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

[[noreturn]] void brokenReference(
    const char* table, const char* column, const char* parent, const db::Statement& st, int at)
{
    throw CatalogueError(std::string(table) + "." + column + " refers to " + parent + " " + quoted(st, at)
        + ", which is not in the catalogue");
}

template <typename T> std::set<std::string, std::less<>> idsOf(const std::vector<T>& items)
{
    std::set<std::string, std::less<>> ids;
    for (const auto& item : items)
        ids.insert(item.id);
    return ids;
}

/// The muscles with their trigger points, techniques and the rest: what ranking, entries and search need.
/// Every reference a row makes is checked as it is read (the muscle, trigger point or technique it belongs to, the
/// symptom, factor, warning, source, region or view it names): a row that names one the catalogue lacks throws,
/// naming the table, the column and the value; it is never skipped or read as another. (The references this reader
/// does not follow are checked by firstBrokenReference.)
void loadMuscles(db::Database& db, std::vector<Muscle>& out, const CatalogueData& lists, const body::BodyMap& body)
{
    // Children are read table by table in one pass each, then attached by id: a few queries, not one per row.
    // The builder inserts every table in order (muscles, views and guide sections by ordinal, children by their
    // index), so rowid order is their order: no sorting at open.
    std::map<std::string, Muscle*, std::less<>> muscles;
    {
        auto st = db.prepare("SELECT id, name, latin, area, overview, location, action, palpation, pattern_evidence, "
                             "technique_evidence FROM muscle ORDER BY rowid");
        while (st.step()) {
            Muscle m;
            m.id = st.text(0);
            m.name = st.text(1);
            m.latin = st.text(2);
            m.area = st.text(3);
            m.overview = st.text(4);
            m.location = st.text(5);
            m.action = st.text(6);
            m.palpation = st.text(7);
            m.patternEvidence = st.text(8);
            m.techniqueEvidence = st.text(9);
            out.push_back(std::move(m));
        }
        for (auto& m : out)
            muscles[m.id] = &m;
    }
    const auto symptoms = idsOf(lists.symptoms);
    const auto factors = idsOf(lists.factors);
    const auto redFlags = idsOf(lists.redFlags);
    const auto sources = idsOf(lists.sources);
    // Column 1 of `st` names an item of `known` (a list's id), else the row is refused.
    auto require = [](const std::set<std::string, std::less<>>& known, const char* table, const char* column,
                       const char* parent, const db::Statement& st) {
        if (st.isNull(1) || !known.count(st.view(1)))
            brokenReference(table, column, parent, st, 1);
    };
    auto each = [&](const char* table, const char* sql, auto&& fn) {
        auto st = db.prepare(sql);
        while (st.step()) {
            const auto it = muscles.find(st.view(0));
            if (it == muscles.end() || st.isNull(0))
                brokenReference(table, "muscle_id", "muscle", st, 0);
            fn(*it->second, st);
        }
    };
    each("muscle_other_name", "SELECT muscle_id, name FROM muscle_other_name ORDER BY rowid",
        [](Muscle& m, db::Statement& st) { m.otherNames.push_back(st.text(1)); });
    each("muscle_also_in", "SELECT muscle_id, area FROM muscle_also_in ORDER BY rowid",
        [](Muscle& m, db::Statement& st) { m.alsoIn.push_back(st.text(1)); });
    each("muscle_symptom", "SELECT muscle_id, symptom_id, note FROM muscle_symptom ORDER BY rowid",
        [&](Muscle& m, db::Statement& st) {
            require(symptoms, "muscle_symptom", "symptom_id", "symptom", st);
            m.symptoms.push_back({st.text(1), st.text(2)});
        });
    each("muscle_factor", "SELECT muscle_id, factor_id, note FROM muscle_factor ORDER BY rowid",
        [&](Muscle& m, db::Statement& st) {
            require(factors, "muscle_factor", "factor_id", "factor", st);
            m.factors.push_back({st.text(1), st.text(2)});
        });
    each("muscle_precaution", "SELECT muscle_id, text FROM muscle_precaution ORDER BY rowid",
        [](Muscle& m, db::Statement& st) { m.precautions.push_back(st.text(1)); });
    each("muscle_tip", "SELECT muscle_id, text FROM muscle_tip ORDER BY rowid",
        [](Muscle& m, db::Statement& st) { m.tips.push_back(st.text(1)); });
    each("muscle_red_flag", "SELECT muscle_id, red_flag_id FROM muscle_red_flag ORDER BY rowid",
        [&](Muscle& m, db::Statement& st) {
            require(redFlags, "muscle_red_flag", "red_flag_id", "red_flag", st);
            m.redFlags.push_back(st.text(1));
        });
    each("muscle_red_flag_note", "SELECT muscle_id, text FROM muscle_red_flag_note ORDER BY rowid",
        [](Muscle& m, db::Statement& st) { m.redFlagNotes.push_back(st.text(1)); });
    each("related_muscle", "SELECT muscle_id, related_id FROM related_muscle ORDER BY rowid",
        [&](Muscle& m, db::Statement& st) {
            if (st.isNull(1) || !muscles.count(st.view(1)))
                brokenReference("related_muscle", "related_id", "muscle", st, 1);
            m.related.push_back(st.text(1));
        });
    each("muscle_source", "SELECT muscle_id, source_id, chapter FROM muscle_source ORDER BY rowid",
        [&](Muscle& m, db::Statement& st) {
            require(sources, "muscle_source", "source_id", "source", st);
            m.sources.push_back({st.text(1), st.text(2)});
        });
    each("trigger_point",
        "SELECT muscle_id, id, name, location, only_side, clinician_only, less_common, grip, no_referred_pain "
        "FROM trigger_point "
        "ORDER BY rowid",
        [](Muscle& m, db::Statement& st) {
            TriggerPoint tp;
            tp.muscleId = m.id;
            tp.id = st.text(1);
            tp.name = st.text(2);
            tp.location = st.text(3);
            tp.onlySide = body::parseSide(st.view(4)).value_or(body::Side::None);
            tp.clinicianOnly = st.integer(5) != 0;
            tp.lessCommon = st.integer(6) != 0;
            tp.grip = st.integer(7) != 0;
            tp.noReferredPain = st.integer(8) != 0;
            m.triggerPoints.push_back(std::move(tp));
        });
    // Technique ids are row ids; they are mapped to the techniques once the vectors stopped growing.
    std::vector<std::tuple<std::int64_t, Muscle*, std::size_t>> techniqueRows;
    each("technique",
        "SELECT muscle_id, kind, name, tool, position, duration, frequency, intensity, id FROM technique "
        "ORDER BY rowid",
        [&](Muscle& m, db::Statement& st) {
            const auto kind = parseTechniqueKind(st.view(1));
            if (!kind)
                throw CatalogueError("technique.kind is " + quoted(st, 1) + ", not pressure, stretch or other");
            Technique t {*kind, st.text(2), st.text(3), st.text(4), {}, st.text(5), st.text(6), st.text(7), {}};
            m.techniques.push_back(std::move(t));
            techniqueRows.emplace_back(st.integer(8), &m, m.techniques.size() - 1);
        });
    std::map<std::int64_t, Technique*> techniques;
    for (const auto& [id, m, index] : techniqueRows)
        techniques[id] = &m->techniques[index];
    // Column 0 of `st` is the id of a technique read above: a whole number, not text that starts like one.
    auto technique = [&](const char* table, const db::Statement& st) {
        const auto it = techniques.find(st.integer(0));
        if (st.isNull(0) || it == techniques.end() || st.view(0) != std::to_string(st.integer(0)))
            brokenReference(table, "technique_id", "technique", st, 0);
        return it->second;
    };
    for (auto st = db.prepare("SELECT technique_id, text FROM technique_step ORDER BY rowid"); st.step();)
        technique("technique_step", st)->steps.push_back(st.text(1));
    for (auto st = db.prepare("SELECT technique_id, text FROM technique_precaution ORDER BY rowid"); st.step();)
        technique("technique_precaution", st)->precautions.push_back(st.text(1));

    std::map<std::string, TriggerPoint*, std::less<>> points;
    for (auto& m : out)
        for (auto& tp : m.triggerPoints)
            points[tp.id] = &tp;
    auto eachPoint = [&](const char* table, const char* sql, auto&& fn) {
        auto st = db.prepare(sql);
        while (st.step()) {
            const auto it = points.find(st.view(0));
            if (it == points.end() || st.isNull(0))
                brokenReference(table, "trigger_point_id", "trigger_point", st, 0);
            fn(*it->second, st);
        }
    };
    auto region = [&](const char* table, const db::Statement& st) {
        const std::string_view id = st.view(1);
        if (st.isNull(1) || (!body.region(id) && !body.isInstance(id)))
            throw CatalogueError(std::string(table) + " names the region \"" + std::string(id.substr(0, 80))
                + "\", which the body map does not have");
        return std::string(id);
    };
    auto view = [&](const char* table, const db::Statement& st) {
        const std::string_view id = st.view(1);
        if (st.isNull(1) || !body.view(id))
            throw CatalogueError(std::string(table) + " names the view \"" + std::string(id.substr(0, 80))
                + "\", which the body map does not have");
        return std::string(id);
    };
    eachPoint("trigger_point_site", "SELECT trigger_point_id, region FROM trigger_point_site ORDER BY rowid",
        [&](TriggerPoint& tp, db::Statement& st) { tp.sites.push_back(region("trigger_point_site", st)); });
    eachPoint("trigger_point_marker", "SELECT trigger_point_id, view, x, y FROM trigger_point_marker ORDER BY rowid",
        [&](TriggerPoint& tp, db::Statement& st) {
            tp.markers.push_back({view("trigger_point_marker", st), st.real(2), st.real(3)});
        });
    // Decoding checks every count against the blob's length before it allocates (body::decodePolygons).
    eachPoint("pattern_shape", "SELECT trigger_point_id, view, kind, polygons FROM pattern_shape ORDER BY rowid",
        [&](TriggerPoint& tp, db::Statement& st) {
            tp.shapes.push_back({view("pattern_shape", st), st.view(2) == "main" ? ZoneKind::Main : ZoneKind::Spillover,
                body::decodePolygons(st.view(3))});
        });
    eachPoint("trigger_point_symptom", "SELECT trigger_point_id, symptom_id FROM trigger_point_symptom ORDER BY rowid",
        [&](TriggerPoint& tp, db::Statement& st) {
            require(symptoms, "trigger_point_symptom", "symptom_id", "symptom", st);
            tp.symptoms.push_back(st.text(1));
        });
    eachPoint("zone", "SELECT trigger_point_id, region, kind, frequency, side FROM zone ORDER BY rowid",
        [&](TriggerPoint& tp, db::Statement& st) {
            tp.zones.push_back({region("zone", st), st.view(2) == "main" ? ZoneKind::Main : ZoneKind::Spillover,
                st.view(3) == "usual" ? Frequency::Usual : Frequency::Occasional, st.view(4) == "both"});
        });
    // A point refers pain to an essential zone, or says it refers none and has no zones: zones lost to damage must
    // not read as "none the references draw".
    for (const auto& m : out)
        for (const auto& tp : m.triggerPoints) {
            const bool main
                = std::any_of(tp.zones.begin(), tp.zones.end(), [](const Zone& z) { return z.kind == ZoneKind::Main; });
            if (tp.noReferredPain ? !tp.zones.empty() : !main)
                throw CatalogueError("trigger_point " + tp.id
                    + (tp.noReferredPain ? ": said to refer no pain, yet it has zones"
                                         : ": has no essential zone (zone rows missing?)"));
        }
    loadOutlines(db, out);
}

/// A reference from one table's column to another table's key, as the reader follows it.
struct Reference {
    const char* table;
    const char* column;
    const char* parent;
    const char* key;
};

/// The references that loadMuscles does not check as it reads: those of the lists and the body, read at open, and
/// those of the muscles' outlines.
constexpr Reference kReferences[] = {
    {"red_flag_region", "red_flag_id", "red_flag", "id"},
    {"red_flag_symptom", "red_flag_id", "red_flag", "id"},
    {"red_flag_symptom", "symptom_id", "symptom", "id"},
    {"red_flag_sign", "red_flag_id", "red_flag", "id"},
    {"red_flag_sign", "symptom_id", "symptom", "id"},
    {"body_shape", "view_id", "body_view", "id"},
    {"muscle_outline", "muscle_id", "muscle", "id"},
};

/// The views the programs show by name; a catalogue without one of them is not one they can draw.
constexpr const char* kRequiredViews[] = {"front", "back", "side", "soles"};

/// Checks what the muscles' reader (loadMuscles) does not check as it reads: the foreign keys above, every CHECK
/// rule of the schema, the required views, the regions of the warnings and the views of the outlines. Returns the
/// first problem in words, or "".
std::string firstBrokenReference(db::Database& db, const body::BodyMap& body)
{
    for (const auto& r : kReferences) {
        // Fixed names from the table above: no user text goes into this SQL.
        const std::string sql = std::string("SELECT quote(c.") + r.column + ") FROM " + r.table + " c WHERE c."
            + r.column + " IS NULL OR NOT EXISTS (SELECT 1 FROM " + r.parent + " p WHERE p." + r.key + " = c."
            + r.column + ") LIMIT 1";
        auto st = db.prepare(sql);
        if (st.step())
            return std::string(r.table) + "." + r.column + " refers to " + r.parent + " " + st.text(0).substr(0, 80)
                + ", which is not in the catalogue";
    }
    // Every CHECK of the schema holds (a kind is main or spillover, a side same or both...): a damaged or hand-edited
    // file could hold other words, which the reader would take for one of them without a word.
    for (const std::string_view sql : {std::string_view(kSchemaSql), std::string_view(kOutlineSchemaSql)}) {
        constexpr std::string_view create = "CREATE TABLE ";
        for (auto at = sql.find(create); at != std::string_view::npos;) {
            at += create.size();
            const auto table = std::string(sql.substr(at, sql.find_first_of(" (", at) - at));
            const auto end = sql.find(create, at);
            const auto text = sql.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
            constexpr std::string_view check = "CHECK (";
            for (auto c = text.find(check); c != std::string_view::npos; c = text.find(check, c + 1)) {
                std::size_t depth = 0;
                const std::size_t open = c + check.size() - 1;
                std::size_t close = open;
                for (; close < text.size(); ++close) {
                    depth += text[close] == '(';
                    if (text[close] == ')' && --depth == 0)
                        break;
                }
                const auto condition = std::string(text.substr(open, close - open + 1));
                // The schema's own text: no user text goes into this SQL.
                auto st = db.prepare("SELECT rowid FROM " + table + " WHERE NOT " + condition + " LIMIT 1");
                if (st.step())
                    return table + " row " + std::to_string(st.integer(0)) + " breaks the rule " + condition;
            }
            at = end;
        }
    }
    for (const char* view : kRequiredViews)
        if (!body.view(view))
            return std::string("the body view \"") + view + "\" is missing";
    for (auto st = db.prepare("SELECT region FROM red_flag_region"); st.step();) {
        const std::string region = st.text(0);
        if (!body.region(region) && !body.isInstance(region))
            return "red_flag_region names the region \"" + region.substr(0, 80)
                + "\", which the body map does not have";
    }
    for (auto st = db.prepare("SELECT DISTINCT view FROM muscle_outline"); st.step();)
        if (const body::View* view = body.view(st.text(0)); !view || view->mirrored)
            return "muscle_outline names the view \"" + st.text(0).substr(0, 80)
                + "\", which the body map does not draw from its data";
    return {};
}

/// The first table that kSchemaSql or kOutlineSchemaSql creates and the file lacks, or "" when all are there.
std::string missingTables(db::Database& db)
{
    std::set<std::string, std::less<>> present;
    for (auto st = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'"); st.step();)
        present.insert(st.text(0));
    constexpr std::string_view create = "CREATE TABLE ";
    constexpr std::string_view createVirtual = "CREATE VIRTUAL TABLE ";
    for (const std::string_view sql : {std::string_view(kSchemaSql), std::string_view(kOutlineSchemaSql)}) {
        for (auto at = sql.find(create); at != std::string_view::npos; at = sql.find(create, at)) {
            at += create.size();
            const auto name = sql.substr(at, sql.find_first_of(" (", at) - at);
            if (!present.count(name))
                return std::string(name);
        }
        // A full-text table and the tables SQLite keeps it in (fts5): search fails without any of them.
        for (auto at = sql.find(createVirtual); at != std::string_view::npos; at = sql.find(createVirtual, at)) {
            at += createVirtual.size();
            const std::string name(sql.substr(at, sql.find_first_of(" (", at) - at));
            for (const char* part : {"", "_data", "_idx", "_content", "_docsize", "_config"})
                if (!present.count(name + part))
                    return name + part;
        }
    }
    return {};
}

} // namespace

Catalogue::~Catalogue() = default;

std::unique_ptr<Catalogue> Catalogue::open(const std::string& path, Checks checks)
{
    if (path.empty() || !fs::exists(path))
        throw CatalogueError((path.empty() ? std::string("catalogue.sqlite") : path)
            + ": catalogue not found (build it, or set TRIGGER_MAP_CATALOGUE)");
    // A folder, a pipe or a device is no catalogue (reading a pipe waited for ever).
    if (std::error_code ec; !fs::is_regular_file(path, ec))
        throw CatalogueError(path
            + ": not a Trigger Map catalogue (not a plain file); the catalogue is the "
              "catalogue.sqlite built with the program");
    std::unique_ptr<Catalogue> cat(new Catalogue());
    cat->path_ = path;
    try {
        cat->db_ = std::make_unique<db::Database>(path, db::Database::Mode::ReadOnly);
        // Read through a memory map rather than one read() per page: a cold start reads the whole file once,
        // and on a small machine each system call counts. The file is never changed in place (the builder
        // renames a finished file over it), so the map stays valid.
        cat->db_->exec("PRAGMA mmap_size = 268435456");
        const int version = cat->db_->userVersion();
        // Another program's database (a pain journal given as the catalogue) is not an old catalogue to rebuild.
        auto muscles = cat->db_->prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'muscle'");
        if (!muscles.step())
            throw CatalogueError(path
                + ": not a Trigger Map catalogue (it holds no muscles); the catalogue is the "
                  "catalogue.sqlite built with the program");
        muscles.reset();
        if (version != kSchemaVersion)
            throw CatalogueError(path + ": catalogue schema version " + std::to_string(version) + ", expected "
                + std::to_string(kSchemaVersion) + " (rebuild the catalogue)");
        // The muscles are read on first use; check now, before anything is read, that every table of the schema
        // is there, so that a damaged file is reported as one here and not in the middle of a session.
        if (const auto missing = missingTables(*cat->db_); !missing.empty())
            throw CatalogueError(
                path + ": damaged catalogue: table " + missing + " is missing (rebuild the catalogue)");
        loadLists(*cat->db_, cat->data_);
        cat->body_ = std::make_unique<body::BodyMap>(
            body::BodyMap::fromViews(cat->data_.regionsTsv, std::move(cat->data_.views), path));
        if (checks == Checks::AtOpen)
            cat->checkReferences();
    } catch (const CatalogueError& e) {
        // Every message names the file, including those of the readers that do not know it.
        const std::string message = e.what();
        if (message.rfind(path, 0) == 0)
            throw;
        throw CatalogueError(path + ": " + message + " (rebuild the catalogue)");
    } catch (const db::Error& e) {
        throw CatalogueError(std::string(e.what()) + " (not a Trigger Map catalogue?)");
    } catch (const body::BodyError& e) {
        throw CatalogueError(path + ": " + e.what());
    } catch (const nlohmann::json::exception& e) {
        throw CatalogueError(path + ": damaged body geometry: " + e.what());
    } catch (const std::exception& e) { // e.g. std::bad_alloc: never without the file's name
        throw CatalogueError(path + ": cannot read the catalogue: " + e.what());
    }
    return cat;
}

void Catalogue::checkReferences() const
{
    // The SQL checks of what the reader does not follow, then the muscles, read with every reference they make
    // checked as it is read: one pass over the rows, not one to check them and another to read them. If anything
    // fails, nothing half-read stays behind and the next call tries again (std::call_once).
    std::call_once(referencesChecked_, [this] {
        std::string problem;
        try {
            problem = firstBrokenReference(*db_, *body_);
        } catch (const db::Error& e) {
            throw CatalogueError(std::string(e.what()) + " (not a Trigger Map catalogue?)");
        }
        if (!problem.empty())
            throw CatalogueError(path_ + ": damaged catalogue: " + problem + " (rebuild the catalogue)");
        try {
            loadMuscles(*db_, muscles_, data_, *body_);
        } catch (const db::Error& e) {
            muscles_.clear();
            throw CatalogueError(std::string(e.what()) + " (damaged catalogue?)");
        } catch (const std::exception& e) {
            muscles_.clear();
            throw CatalogueError(path_ + ": damaged catalogue: " + e.what() + " (rebuild the catalogue)");
        }
        for (const auto& m : muscles_) {
            muscleIndex_.emplace(m.id, &m);
            for (const auto& tp : m.triggerPoints) {
                points_.push_back(&tp);
                pointIndex_.emplace(tp.id, &tp);
            }
        }
    });
}

void Catalogue::readMuscles() const
{
    checkReferences(); // reads them, once
}

const std::vector<Muscle>& Catalogue::muscles() const
{
    readMuscles();
    return muscles_;
}

const std::vector<const TriggerPoint*>& Catalogue::triggerPoints() const
{
    readMuscles();
    return points_;
}

const Muscle* Catalogue::muscle(std::string_view id) const
{
    readMuscles();
    const auto it = muscleIndex_.find(id);
    return it == muscleIndex_.end() ? nullptr : it->second;
}

const Muscle* Catalogue::muscleNamed(std::string_view text) const
{
    if (const auto* m = muscle(text))
        return m;
    auto fold = [](std::string_view s) {
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
            s.remove_prefix(1);
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
            s.remove_suffix(1);
        std::string out(s);
        for (auto& c : out)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    const std::string wanted = fold(text);
    if (wanted.empty())
        return nullptr;
    const Muscle* found = nullptr;
    for (const auto& m : muscles()) {
        bool named = fold(m.id) == wanted || fold(m.name) == wanted || (!m.latin.empty() && fold(m.latin) == wanted);
        for (const auto& o : m.otherNames)
            named = named || fold(o) == wanted;
        if (!named)
            continue;
        if (found)
            return nullptr; // two muscles go by that name: the caller asks for the id
        found = &m;
    }
    return found;
}

const TriggerPoint* Catalogue::triggerPoint(std::string_view id) const
{
    readMuscles();
    const auto it = pointIndex_.find(id);
    return it == pointIndex_.end() ? nullptr : it->second;
}

template <typename T> static const T* findById(const std::vector<T>& items, std::string_view id)
{
    for (const auto& item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

const Symptom* Catalogue::symptom(std::string_view id) const
{
    return findById(data_.symptoms, id);
}
const Factor* Catalogue::factor(std::string_view id) const
{
    return findById(data_.factors, id);
}
const RedFlag* Catalogue::redFlag(std::string_view id) const
{
    return findById(data_.redFlags, id);
}
const Source* Catalogue::source(std::string_view id) const
{
    return findById(data_.sources, id);
}

std::vector<const Symptom*> Catalogue::findSymptoms(std::string_view word) const
{
    std::vector<std::string> regionIds;
    for (const auto& r : body_->regions())
        regionIds.push_back(r.id);
    return matchSymptoms(data_.symptoms, word, placeWordsOf(regionIds), kMinSymptomPrefix);
}

std::vector<const Symptom*> Catalogue::symptomsSpelledNearly(std::string_view word) const
{
    return nearSymptoms(data_.symptoms, word, 3);
}

std::vector<std::string> Catalogue::placesNamedBy(std::string_view word) const
{
    std::vector<std::string> regionIds;
    std::vector<std::string> descriptions;
    for (const auto& r : body_->regions()) {
        regionIds.push_back(r.id);
        descriptions.push_back(r.description);
    }
    return placesNamed(word, regionIds, descriptions);
}

namespace {

/// A user's words as the search sees them: ASCII letters lower-cased, apostrophes dropped ("golfer's" ->
/// "golfers"); quotes, operators and other punctuation only separate words.
std::vector<std::string> searchWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u == '\'')
            continue;
        if (text.substr(i, 3) == "\xE2\x80\x99") { // a typographic apostrophe
            i += 2;
            continue;
        }
        if (std::isalnum(u) || u >= 0x80) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

/// An FTS5 phrase of `words`, its last word stemmed and matched as a prefix.
std::string phrase(std::vector<std::string> words)
{
    std::string text;
    words.back() = searchStem(words.back());
    for (const auto& w : words)
        text += (text.empty() ? "" : " ") + w;
    return "\"" + text + "\"*";
}

/// An FTS5 phrase that must appear as it is.
std::string exactPhrase(const std::vector<std::string>& words)
{
    std::string text;
    for (const auto& w : words)
        text += (text.empty() ? "" : " ") + w;
    return "\"" + text + "\"";
}

bool sameWords(const std::vector<std::string>& typed, std::size_t at, const std::vector<std::string>& words)
{
    if (words.empty() || at + words.size() > typed.size())
        return false;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (searchStem(typed[at + i]) != searchStem(words[i]))
            return false;
    return true;
}

/// The place a German word for pain in a place names ("kieferschmerzen" -> "kiefer", "armschmerzen" -> "arm"; "" for
/// any other word, and for a place of fewer than three letters). Not "weh": "Heimweh" and "Fernweh" are no pain.
std::string placeOfPainCompound(std::string_view word)
{
    static constexpr std::string_view tails[] {"beschwerden", "schmerzen", "schmerz"};
    for (const auto tail : tails)
        if (word.size() > tail.size() && word.ends_with(tail)) {
            const std::string_view place = word.substr(0, word.size() - tail.size());
            // Letters, not bytes: "fuß" is three.
            const auto letters = std::count_if(
                place.begin(), place.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
            return letters >= 3 ? std::string(place) : std::string();
        }
    return {};
}

} // namespace

std::string searchStem(std::string_view word)
{
    // Longest first. English and German endings alike; the stem is then matched as a prefix, so cutting a little
    // too much only widens the search. "er" is left alone: "shoulder" is not "should".
    static constexpr std::string_view suffixes[] {
        "ungen", "ness", "lich", "isch", "ing", "ies", "ung", "ful", "es", "ed", "en", "ig", "ly", "e", "n", "s", "y"};
    for (const auto suffix : suffixes)
        if (word.size() >= suffix.size() + 3 && word.ends_with(suffix)) {
            // German "ie" is one sound: "Knie" cut to "kni" found "knirschen" (grinding) before the knee.
            if (suffix == "e" && word.ends_with("ie"))
                break;
            return std::string(word.substr(0, word.size() - suffix.size()));
        }
    return std::string(word);
}

std::string ftsQuery(std::string_view text, const std::vector<SearchSynonym>& synonyms)
{
    const std::vector<std::string> typed = searchWords(text);
    std::string query;
    for (std::size_t at = 0; at < typed.size();) {
        // The longest synonym that starts here ("tennis elbow" before "tennis").
        const SearchSynonym* found = nullptr;
        std::size_t length = 1;
        for (const auto& syn : synonyms)
            for (const auto& w : syn.words) {
                const auto words = searchWords(w);
                if (sameWords(typed, at, words) && (!found || words.size() > length)) {
                    found = &syn;
                    length = words.size();
                }
            }
        const std::vector<std::string> here(
            typed.begin() + static_cast<std::ptrdiff_t>(at), typed.begin() + static_cast<std::ptrdiff_t>(at + length));
        std::string group = phrase(here);
        // A German compound of a place and its pain ("Kieferschmerzen", "Nackenbeschwerden", "Zahnweh") is also
        // looked for by its place ("Kiefer"): the entries name the place and the pain apart, and it found nothing.
        if (!found)
            if (const std::string place = placeOfPainCompound(here.front()); !place.empty())
                group = "(" + group + " OR \"" + place + "\"*)"; // the place as it is: stemmed, "hals" found "hallucis"
        if (found) {
            std::string any = group;
            for (const auto& m : found->means)
                if (const auto words = searchWords(m); !words.empty())
                    any += " OR " + phrase(words);
            group = found->means.empty() ? group : "(" + any + ")";
            std::string none;
            for (const auto& n : found->notPhrases)
                if (const auto words = searchWords(n); !words.empty())
                    none += (none.empty() ? "" : " OR ") + exactPhrase(words);
            if (!none.empty())
                group = "(" + group + " NOT (" + none + "))";
        }
        query += (query.empty() ? "" : " AND ") + group;
        at += length;
    }
    return query;
}

std::vector<SearchHit> Catalogue::search(std::string_view text, int limit) const
{
    std::vector<SearchHit> hits;
    const std::string query = ftsQuery(text, data_.searchSynonyms);
    if (query.empty())
        return hits;
    readMuscles();
    // Names weigh most, then other names, then symptoms and the places the muscle sends pain to, then the
    // descriptions. The warnings (which name conditions such as "carpal tunnel syndrome", and other muscles'
    // places) are read only when nothing else matches.
    try {
        for (const char* columns :
            {"{name other_names symptoms pain body}", "{name other_names symptoms pain body warnings}"}) {
            auto st = db_->prepare("SELECT muscle_id, bm25(muscle_search, 0, 10.0, 6.0, 3.0, 3.0, 1.0, 1.0) AS r "
                                   "FROM muscle_search WHERE muscle_search MATCH ? ORDER BY r LIMIT ?");
            st.bind(1, std::string(columns) + " : (" + query + ")").bind(2, limit);
            while (st.step())
                if (const Muscle* m = muscle(st.text(0)))
                    hits.push_back({m, st.real(1)});
            if (!hits.empty())
                break;
        }
    } catch (const db::Error& e) {
        throw CatalogueError(std::string(e.what()) + " (damaged catalogue? rebuild it)");
    }
    // A muscle whose name is what was typed comes first ("upper trapezius": the other parts mention it in their
    // text and ranked above it), then one whose name starts with it; otherwise the ranking's order.
    const std::vector<std::string> typed = searchWords(text);
    auto nameRank = [&](const Muscle& m) {
        const std::vector<std::string> name = searchWords(m.name);
        if (name == typed)
            return 0;
        return name.size() > typed.size() && std::equal(typed.begin(), typed.end(), name.begin()) ? 1 : 2;
    };
    std::vector<std::pair<int, SearchHit>> ranked; // each name read once, not at every comparison
    for (const auto& h : hits)
        ranked.emplace_back(nameRank(*h.muscle), h);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < hits.size(); ++i)
        hits[i] = ranked[i].second;
    return hits;
}

std::string findCatalogue(const std::string& programDir)
{
    if (const char* env = std::getenv("TRIGGER_MAP_CATALOGUE"); env && *env)
        return env;
    const fs::path dir(programDir);
    for (const fs::path& candidate : {dir / "catalogue.sqlite", dir / ".." / "catalogue.sqlite",
             dir / ".." / "share" / "trigger-map" / "catalogue.sqlite"}) {
        std::error_code ec;
        if (fs::exists(candidate, ec))
            return fs::weakly_canonical(candidate, ec).string();
    }
    return {};
}

const std::vector<std::string>& Catalogue::languages() const
{
    const std::lock_guard<std::mutex> lock(translationsMutex_);
    if (!languages_) {
        std::vector<std::string> found;
        try {
            for (auto st = db_->prepare("SELECT DISTINCT language FROM translation ORDER BY language"); st.step();)
                found.push_back(st.text(0));
        } catch (const db::Error& e) {
            throw CatalogueError(std::string(e.what()) + " (damaged catalogue?)");
        }
        languages_ = std::move(found);
    }
    return *languages_;
}

const std::string& Catalogue::translated(
    std::string_view language, std::string_view key, const std::string& english) const
{
    // Each language is read on its first use (start-up reads none: the first frame of an English window needs
    // none, a German one only the region and view names it shows).
    const std::lock_guard<std::mutex> lock(translationsMutex_);
    auto lang = translations_.find(language);
    if (lang == translations_.end()) {
        std::map<std::string, std::string, std::less<>> strings;
        try {
            auto st = db_->prepare("SELECT key, text FROM translation WHERE language = ?");
            st.bind(1, std::string(language));
            while (st.step())
                strings.emplace(st.text(0), st.text(1));
        } catch (const db::Error& e) {
            throw CatalogueError(std::string(e.what()) + " (damaged catalogue?)");
        }
        lang = translations_.emplace(std::string(language), std::move(strings)).first;
    }
    const auto it = lang->second.find(key);
    return it == lang->second.end() ? english : it->second;
}

bool Catalogue::hasTranslation(std::string_view language, std::string_view key) const
{
    static const std::string none;
    return &translated(language, key, none) != &none; // translated() hands back the fallback itself when it has none
}

} // namespace tmap::catalogue
