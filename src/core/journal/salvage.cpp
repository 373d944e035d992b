// journal/salvage: reads another journal file's notes and plans around any damage (salvage.h).
#include "journal/salvage.h"

#include <filesystem>
#include <fstream>
#include <limits>

#include "journal/note_rules.h"
#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

namespace {

constexpr std::int64_t kLowest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kHighest = std::numeric_limits<std::int64_t>::max();

/// Reads the rows of a table with an INTEGER PRIMARY KEY (`key`) in key order around the damaged pages: after a
/// read fails, the smallest key from which reading works again is searched for (doubling, then halving), and the
/// rows from there on are read. `select` reads the row's columns, the key first, "WHERE key >= ?1 ORDER BY key";
/// `visit` gets each row. Returns how many damaged stretches were stepped over.
template <typename Visit> int readAround(db::Database& db, const std::string& select, Visit visit)
{
    auto st = db.prepare(select);
    int damaged = 0;
    std::int64_t from = kLowest;
    // Whether reading from `at` on yields its first row without an error (or no row: the end).
    auto works = [&](std::int64_t at) {
        try {
            st.reset();
            st.bind(1, at);
            st.step();
            return true;
        } catch (const db::Error& e) {
            if (!e.damaged()) // damage is read around; the disk or memory failing is not
                throw;
            return false;
        }
    };
    while (true) {
        try {
            st.reset();
            st.bind(1, from);
            while (st.step()) {
                const std::int64_t id = st.integer(0);
                if (id < from)
                    continue; // a damaged page can hand back keys out of order: each row once, always forward
                visit(st, id);
                if (id == kHighest)
                    return damaged;
                from = id + 1;
            }
            return damaged;
        } catch (const db::Error& e) {
            if (!e.damaged())
                throw;
        }
        ++damaged;
        // `from` fails. The first key past the damage: double the step until a read works, then halve back.
        std::int64_t bad = from;
        std::int64_t step = 1;
        std::int64_t good = kHighest;
        bool found = false;
        while (true) {
            const std::int64_t at = bad > kHighest - step ? kHighest : bad + step;
            if (works(at)) {
                good = at;
                found = true;
                break;
            }
            bad = at;
            if (at == kHighest)
                break;
            step = step > kHighest / 2 ? kHighest : step * 2;
        }
        if (!found)
            return damaged; // nothing after the damage can be read
        while (good - bad > 1) {
            const std::int64_t mid = bad + (good - bad) / 2;
            (works(mid) ? good : bad) = mid;
        }
        from = good;
    }
}

/// Reads the rows of one of a note's or a plan's lists into `row`: false when they cannot all be read (damage).
template <typename Row> bool readList(db::Statement* st, std::int64_t owner, Row row)
{
    if (!st)
        return true; // a table the file's version does not have: the list is empty
    try {
        st->reset();
        st->bind(1, owner);
        while (st->step())
            row(*st);
        return true;
    } catch (const db::Error& e) {
        if (!e.damaged())
            throw;
        return false;
    }
}

/// A statement on a table the file may lack (version 2 has no answers and no plans): null when it has none.
bool hasTable(db::Database& db, const std::string& table)
{
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    exists.bind(1, table);
    return exists.step();
}

std::unique_ptr<db::Statement> prepareIfTable(db::Database& db, const std::string& table, const std::string& sql)
{
    return hasTable(db, table) ? std::make_unique<db::Statement>(db, sql) : nullptr;
}

} // namespace

bool looksLikeDatabase(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == sizeof header
        && std::string_view(header, sizeof header) == std::string_view("SQLite format 3\0", 16);
}

ExportDocument readJournalFile(const std::string& path, const Vocabulary& vocabulary)
{
    ExportDocument result;
    std::error_code ec;
    // A -wal beside it holds the last changes, which SQLite reads only through a -shm; without one, nothing at all
    // is made beside the file (a backup stays exactly as it was).
    const bool wal = detail::hasPendingLog(path);
    std::unique_ptr<db::Database> owned;
    try {
        owned
            = std::make_unique<db::Database>(path, wal ? db::Database::Mode::ReadOnly : db::Database::Mode::Immutable);
    } catch (const db::Error& e) {
        throw ImportError(path, "", std::string("cannot open it as a journal: ") + e.what(),
            ImportError::Reason::CannotOpenJournal, {.detail = e.what()});
    }
    auto& db = *owned;
    int version = 0;
    try {
        // A file shorter than its header says (cut off by a full disk or a failed copy) is read as far as it goes:
        // SQLite refuses it outright otherwise. The connection is read-only, so nothing can be written through it.
        db.exec("PRAGMA writable_schema = ON");
        auto id = db.prepare("PRAGMA application_id");
        id.step();
        if (id.integer(0) != kApplicationId)
            throw ImportError(path, "",
                "this database is not a Trigger Map journal; nothing was imported - choose a journal, one of its "
                "backups, or a file written by Export (JSON or CSV)",
                ImportError::Reason::NotAJournal);
        version = db.userVersion();
        db.prepare("SELECT count(*) FROM sqlite_master").step();
    } catch (const db::Error& e) {
        if (!e.damaged())
            throw JournalError(path + ": cannot read the file: " + sqlite3_errstr(e.code()));
        throw ImportError(path, "",
            "the journal is too damaged to read anything from it (its list of tables cannot be read); nothing was "
            "imported",
            ImportError::Reason::JournalTooDamaged);
    }
    if (version > kSchemaVersion)
        throw ImportError(path, "",
            "this journal was written by a newer version of Trigger Map (format " + std::to_string(version)
                + "); nothing was imported - update Trigger Map to read it",
            ImportError::Reason::NewerJournal, {.count = static_cast<std::uint64_t>(version)});
    if (version < 2)
        throw ImportError(path, "",
            "this journal is in the first format of Trigger Map 0.1's early builds; nothing was imported - open it "
            "once as a journal first (tpmap notes list --journal FILE brings it to the current format and keeps it as "
            "it was in its backups folder), then import it",
            ImportError::Reason::OldestJournal);

    // A table the file's version has but the file lacks was lost to the damage (its entry in the list of tables
    // wiped): its lists are read as unreadable, not as empty - the notes say so (recovered in part), and plans or
    // notes without their table are a part that could not be read. Before, the answers went without a word and a
    // missing table of plans failed the whole import.
    // (The list of tables may be damaged where it names them: then whether one is there is not known here, and
    // reading it below finds the damage and counts it.)
    auto lost = [&](const char* table, int since) {
        try {
            return version >= since && !hasTable(db, table);
        } catch (const db::Error&) {
            return false;
        }
    };
    const bool spotsLost = lost("spot", 2), tagsLost = lost("note_tag", 2), factorsLost = lost("note_factor", 2),
               treatmentsLost = lost("treatment", 2), answersLost = lost("note_answer", 4);
    result.answersUnknown = version < 4; // a journal from before the answers
    if (lost("note", 2))
        ++result.damagedParts;
    else
        try {
            auto spots = prepareIfTable(db, "spot", detail::kSpotsSql);
            auto tags = prepareIfTable(db, "note_tag", detail::kTagsSql);
            auto factors = prepareIfTable(db, "note_factor", detail::kFactorsSql);
            auto treatments = prepareIfTable(db, "treatment", detail::kTreatmentsSql);
            auto answers = prepareIfTable(db, "note_answer", detail::kAnswersSql);
            result.damagedParts += readAround(db,
                std::string("SELECT ") + detail::kNoteColumns + " FROM note n WHERE n.nid >= ?1 ORDER BY n.nid",
                [&](db::Statement& row, std::int64_t nid) {
                    Note note = detail::Reader::head(row);
                    // Each list whole or empty (a list cut at the damage would misstate the note), every list tried.
                    auto wholeOrNone = [](auto& list, bool read) {
                        if (!read)
                            list.clear();
                        return read;
                    };
                    bool whole
                        = wholeOrNone(note.spots, !spotsLost && readList(spots.get(), nid, [&](db::Statement& s) {
                              note.spots.push_back(detail::spotOf(s));
                          }));
                    whole &= wholeOrNone(note.tags, !tagsLost && readList(tags.get(), nid, [&](db::Statement& s) {
                        note.tags.push_back(s.text(0));
                    }));
                    whole &= wholeOrNone(
                        note.factors, !factorsLost && readList(factors.get(), nid, [&](db::Statement& s) {
                            note.factors.push_back(s.text(0));
                        }));
                    whole &= wholeOrNone(
                        note.treatments, !treatmentsLost && readList(treatments.get(), nid, [&](db::Statement& s) {
                            note.treatments.push_back(detail::treatmentOf(s));
                        }));
                    whole &= wholeOrNone(
                        note.answers, !answersLost && readList(answers.get(), nid, [&](db::Statement& s) {
                            note.answers.push_back(detail::answerOf(s));
                        }));
                    // Kept with what could be read, and marked so: its text and time are worth more than nothing, and
                    // the tag tells the user (and a later import) that a list of it was lost.
                    if (!whole) {
                        ++result.incomplete;
                        if (note.tags.size() < kMaxTags)
                            note.tags.emplace_back(kRecoveredInPartTag);
                    }
                    if (!validateNote(note, vocabulary, true).empty()) {
                        result.incomplete -= whole ? 0 : 1;
                        ++result.unusable;
                        return;
                    }
                    result.notes.push_back(std::move(note));
                });
        } catch (const db::Error& e) {
            if (!e.damaged())
                throw JournalError(path + ": cannot read the file: " + sqlite3_errstr(e.code()));
            ++result.damagedParts; // the notes' table itself cannot be opened
        }

    if (lost("plan", 3) || lost("plan_step", 3))
        ++result.damagedParts; // the plans, or all of their steps
    else
        try {
            auto steps = prepareIfTable(db, "plan_step", detail::kPlanStepsSql);
            if (steps) {
                std::vector<std::pair<std::int64_t, Plan>> plans;
                result.damagedParts += readAround(db,
                    "SELECT pid, id, name, created_at, updated_at, position FROM plan WHERE pid >= ?1 ORDER BY pid",
                    [&](db::Statement& row, std::int64_t pid) {
                        Plan plan {row.text(1), row.text(2), {}, row.text(3), row.text(4)};
                        const bool whole = readList(
                            steps.get(), pid, [&](db::Statement& s) { plan.steps.push_back(detail::planStepOf(s)); });
                        if (!whole || !validatePlan(plan, vocabulary, true).empty()) {
                            ++result.unusable;
                            return;
                        }
                        plans.emplace_back(row.integer(5), std::move(plan));
                    });
                // In the journal's own order of plans.
                std::stable_sort(
                    plans.begin(), plans.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
                for (auto& p : plans)
                    result.plans.push_back(std::move(p.second));
            }
        } catch (const db::Error& e) {
            if (!e.damaged())
                throw JournalError(path + ": cannot read the file: " + sqlite3_errstr(e.code()));
            ++result.damagedParts;
        }
    return result;
}

} // namespace tmap::journal
