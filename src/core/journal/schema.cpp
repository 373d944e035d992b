// journal/schema.cpp owns the journal's schema (version 3), the connection settings and the forward migrations.
#include "journal/journal.h"
#include "journal/note_rules.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace {

// ---- Schema -------------------------------------------------------------------------------------------------
//
// Version 1 (Trigger Map 0.0.x, kept here for the record; migrate1to2() reads it):
//   CREATE TABLE note (id TEXT PRIMARY KEY NOT NULL, felt_at TEXT NOT NULL, created_at TEXT NOT NULL,
//                      intensity INTEGER, text TEXT NOT NULL DEFAULT '',
//                      spots TEXT NOT NULL DEFAULT '[]',  -- JSON: [{"region": "head.temple:right", "intensity": 6}]
//                      tags TEXT NOT NULL DEFAULT '');    -- comma-separated
//   CREATE INDEX note_felt ON note (felt_at);
//   PRAGMA application_id = 0x544D4A4E; PRAGMA user_version = 1;
//
// Version 2: one row per note, child tables for the lists, an FTS5 index kept in step by save().
// Version 3: version 2 and the saved plans (kPlansV3); an upgrade adds their empty tables.
// Version 4 (current): version 3 and a note's "Narrow it down" answers (kAnswersV4), added empty on upgrade.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE note (
    nid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    felt_at TEXT NOT NULL,
    day TEXT NOT NULL,
    at_utc INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    intensity INTEGER CHECK (intensity BETWEEN 0 AND 10),
    text TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
);
CREATE INDEX note_live_by_day ON note (day, at_utc) WHERE deleted_at IS NULL;
CREATE INDEX note_trash ON note (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TABLE spot (
    nid INTEGER NOT NULL REFERENCES note (nid) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    region TEXT NOT NULL,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    quality TEXT NOT NULL DEFAULT ''
        CHECK (quality IN ('', 'aching', 'sharp', 'burning', 'throbbing', 'tingling', 'numb', 'stiff')),
    PRIMARY KEY (nid, ordinal)
) WITHOUT ROWID;
CREATE INDEX spot_by_region ON spot (region, nid);
CREATE TABLE note_tag (
    nid INTEGER NOT NULL REFERENCES note (nid) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (nid, ordinal)
) WITHOUT ROWID;
CREATE TABLE note_factor (
    nid INTEGER NOT NULL REFERENCES note (nid) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    factor TEXT NOT NULL,
    PRIMARY KEY (nid, ordinal)
) WITHOUT ROWID;
CREATE TABLE treatment (
    nid INTEGER NOT NULL REFERENCES note (nid) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    muscle TEXT NOT NULL,
    trigger_point TEXT NOT NULL DEFAULT '',
    technique TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
    intensity_before INTEGER CHECK (intensity_before BETWEEN 0 AND 10),
    intensity_after INTEGER CHECK (intensity_after BETWEEN 0 AND 10),
    PRIMARY KEY (nid, ordinal)
) WITHOUT ROWID;
CREATE INDEX treatment_by_muscle ON treatment (muscle, nid);
CREATE VIRTUAL TABLE note_search USING fts5(text, tags, regions, tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Version 3 adds the plans: a named, ordered list of steps (journal/plan.h), kept in the user's order.
constexpr const char* kPlansV3 = R"sql(
CREATE TABLE IF NOT EXISTS plan (
    pid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS plan_step (
    pid INTEGER NOT NULL REFERENCES plan (pid) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    muscle TEXT NOT NULL,
    trigger_point TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT '' CHECK (side IN ('', 'left', 'right')),
    technique TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (pid, ordinal)
) WITHOUT ROWID;
)sql";

// Version 4 adds a note's answers to the questions that narrowed its drawing down (journal/note.h, Answer).
constexpr const char* kAnswersV4 = R"sql(
CREATE TABLE IF NOT EXISTS note_answer (
    nid INTEGER NOT NULL REFERENCES note (nid) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    question TEXT NOT NULL,
    reply TEXT NOT NULL CHECK (reply IN ('yes', 'no', 'unsure')),
    PRIMARY KEY (nid, ordinal)
) WITHOUT ROWID;
)sql";

} // namespace

void Journal::configure()
{
    try {
        auto mode = db_->prepare("PRAGMA journal_mode = WAL");
        mode.step();
        if (mode.text(0) != "wal")
            throw JournalError(
                path_ + ": cannot switch the journal to write-ahead logging (mode " + mode.text(0) + ")");
        mode.reset();
        // secure_delete: a note erased for good is overwritten in the file, not only unlinked.
        db_->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
    } catch (const db::Error& e) {
        if (isDamage(e.code()))
            throw Broken {sqlite3_errstr(e.code())}; // SQLite's words for the damage, not the query it met it in
        throw failure(path_, e);
    }
}

namespace {

/// A journal's tables and their columns, one "table: column type notnull pk" per column in order; FTS5's own tables
/// are left out, since their columns are SQLite's to change.
std::map<std::string, std::string> tablesOf(db::Database& db)
{
    std::map<std::string, std::string> tables;
    auto columns = db.prepare("SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master AS m, "
                              "pragma_table_info(m.name) AS p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' "
                              "AND m.name NOT LIKE 'note_search_%' ORDER BY m.name, p.cid");
    while (columns.step())
        tables[columns.text(0)]
            += columns.text(1) + " " + columns.text(2) + " " + columns.text(3) + " " + columns.text(4) + ", ";
    return tables;
}

/// The tables the schema of format `version` (2 or later) makes, from the schema itself (made once, in memory).
const std::map<std::string, std::string>& tablesOfFormat(int version)
{
    static const auto formats = [] {
        std::map<int, std::map<std::string, std::string>> made;
        for (int v = 2; v <= kSchemaVersion; ++v) {
            db::Database expected(":memory:");
            expected.exec(kSchemaV2);
            if (v >= 3)
                expected.exec(kPlansV3);
            if (v >= 4)
                expected.exec(kAnswersV4);
            made[v] = tablesOf(expected);
        }
        return made;
    }();
    return formats.at(version);
}

} // namespace

std::string Journal::layoutProblem(int version)
{
    const auto& want = tablesOfFormat(version);
    const auto have = tablesOf(*db_);
    for (const auto& [name, columns] : want) {
        const auto found = have.find(name);
        if (found == have.end())
            return "its table " + name + " is missing, as if it was changed outside Trigger Map";
        if (found->second != columns)
            return "its table " + name + " does not have the columns format " + std::to_string(version)
                + " gives it, as if it was changed outside Trigger Map";
    }
    // A table the format does not make is left alone: an update makes a later format's tables only where they are
    // missing, then checks them like this.
    return {};
}

void Journal::ensureSchema()
{
    // A journal already in the current format needs no write to open: a read says so, so that opening never
    // waits for another program that is writing (in WAL mode a read does not wait for a writer).
    try {
        if (db_->userVersion() == kSchemaVersion)
            return;
    } catch (const db::Error& e) {
        if (isDamage(e.code()))
            throw Broken {sqlite3_errstr(e.code())}; // SQLite's words for the damage, not the query it met it in
        throw failure(path_, e);
    }
    int from = 0;
    write([&] {
        from = db_->userVersion();
        if (from == kSchemaVersion)
            return;
        if (from == 0) {
            db_->exec(kSchemaV2);
            db_->exec(kPlansV3);
            db_->exec(kAnswersV4);
            db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db_->setUserVersion(kSchemaVersion);
            return;
        }
        if (from == 1)
            migrate1to2();
        if (from <= 2)
            db_->exec(kPlansV3); // 2 -> 3: the plans' tables, empty
        if (from >= 2)
            db_->exec(kAnswersV4); // 3 -> 4: the answers' table, empty (1 -> 2 made it already)
        // A file whose number was set back by hand already has the later tables: kept if they are the right ones.
        if (std::string problem = layoutProblem(kSchemaVersion); !problem.empty())
            throw Broken {problem};
        db_->setUserVersion(kSchemaVersion);
    });
    if (from == 0)
        report_.created = true;
    else if (from != kSchemaVersion)
        report_.migratedFrom = from;
}

void Journal::migrate1to2()
{
    db_->exec("ALTER TABLE note RENAME TO note_v1");
    db_->exec(kSchemaV2);
    db_->exec(kAnswersV4); // the writer below writes a note's answers too
    Writer writer(*db_);
    auto rows
        = db_->prepare("SELECT id, felt_at, created_at, intensity, text, spots, tags FROM note_v1 ORDER BY rowid");
    // One bad row must not block every open forever: what the rules refuse is left out (a spot or a tag) or the
    // note skipped, and the user is told - but only when the untouched version-1 file is kept beside it.
    int partial = 0;
    int skipped = 0;
    std::string first;
    auto problem = [&](const std::string& id, const std::string& what) {
        if (migrationCopy_.empty())
            throw JournalError(path_ + ": cannot migrate note " + id + ": " + what
                + " (and no copy of the journal could be kept, so nothing was changed)");
        if (first.empty())
            first = "note " + id.substr(0, 40) + ": " + what;
    };
    while (rows.step()) {
        Note note;
        note.id = rows.text(0);
        note.when = rows.text(1);
        note.created = rows.text(2);
        note.updated = note.created;
        note.intensity = optionalInt(rows, 3);
        note.text = rows.text(4);
        bool incomplete = false;
        const auto spots = nlohmann::json::parse(rows.text(5), nullptr, false);
        if (!spots.is_array()) {
            problem(note.id, "its spots are not a JSON list");
            incomplete = true;
        } else {
            for (const auto& s : spots) {
                if (!s.is_object() || !s.value("region", nlohmann::json()).is_string()
                    || !s.value("intensity", nlohmann::json()).is_number_integer()) {
                    problem(note.id, "a spot is malformed");
                    incomplete = true;
                    continue;
                }
                const auto intensity = s["intensity"].get<std::int64_t>();
                note.spots.push_back({s["region"].get<std::string>(),
                    static_cast<int>(std::clamp<std::int64_t>(intensity, -1, 11)), Quality::None});
            }
        }
        const std::string tags = rows.text(6);
        for (std::size_t start = 0; start <= tags.size();) {
            const auto comma = std::min(tags.find(',', start), tags.size());
            std::string tag = tags.substr(start, comma - start);
            tag.erase(0, tag.find_first_not_of(' '));
            tag.erase(tag.find_last_not_of(' ') + 1);
            if (!tag.empty() && std::find(note.tags.begin(), note.tags.end(), tag) == note.tags.end())
                note.tags.push_back(tag);
            start = comma + 1;
        }
        // Migrated notes meet the same rules as saved ones (regions against the vocabulary when there is one).
        auto problems = validateNote(note, vocabulary_, true);
        std::set<std::size_t> badSpots, badTags;
        bool whole = false, badIntensity = false;
        for (const auto& p : problems) {
            std::size_t index = 0;
            if (std::sscanf(p.pointer.c_str(), "/spots/%zu", &index) == 1)
                badSpots.insert(index);
            else if (std::sscanf(p.pointer.c_str(), "/tags/%zu", &index) == 1)
                badTags.insert(index);
            else if (p.pointer == "/intensity")
                badIntensity = true; // the overall pain is left out, as a bad spot is; the note's text is kept
            else if (!isEmptyNoteProblem(p))
                whole = true;
            problem(note.id, p.pointer + ": " + p.message);
        }
        for (auto i = badSpots.rbegin(); i != badSpots.rend(); ++i)
            note.spots.erase(note.spots.begin() + static_cast<std::ptrdiff_t>(*i));
        for (auto i = badTags.rbegin(); i != badTags.rend(); ++i)
            note.tags.erase(note.tags.begin() + static_cast<std::ptrdiff_t>(*i));
        if (badIntensity)
            note.intensity.reset();
        // Judged after the parts are left out: a note whose only spot was refused says nothing any more, and an
        // empty note is refused everywhere else (its own export could not be imported again).
        if (whole || isEmptyNote(note)) {
            ++skipped;
            continue;
        }
        if (incomplete || !problems.empty())
            ++partial;
        writer.put(note, std::nullopt);
    }
    db_->exec("DROP TABLE note_v1");
    report_.migratedPartly = partial;
    report_.notMigrated = skipped;
    if (partial + skipped > 0)
        report_.warnings.push_back(std::to_string(partial) + " note(s) were updated without a part this version "
            + "refuses and " + std::to_string(skipped) + " could not be updated (first: " + first
            + "); the journal as it was is kept in " + migrationCopy_);
}

} // namespace tmap::journal
