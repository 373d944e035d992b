// journal/journal_internal.h owns the helpers the journal's source files share (not public API: include only from
// src/core/journal/*.cpp): what a failed SQLite call means, private files, the row reader and writer, Broken.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <sqlite3.h>

#include "db/database.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal/plan.h"
#include "journal/user_files.h"

namespace tmap::journal::detail {

// ---- What a failed SQLite call means (files.cpp) ----------------------------------------------------------------

bool isBusy(int code);
bool isDamage(int code);
bool isFull(const db::Error& e);
/// A full disk, also when SQLite saw it only as an I/O error without the reason (growing the -shm or the WAL):
/// then the file system of `path` is asked whether it has room left.
bool isFull(const db::Error& e, const std::string& path);
/// What failed, in words: "the disk is full" for a full disk, whatever SQLite calls it, else SQLite's message
/// with the system's reason when there is one.
std::string describeFailure(const db::Error& e);
/// A JournalError for a failed SQLite call: SQLite's message naming the file, or for a full disk (which SQLite
/// may call "disk I/O error") that the disk is full.
JournalError failure(const std::string& path, const db::Error& e);
/// The error code of an unreadable page named in an integrity_check result, 0 when there is none.
int readFailureIn(std::string_view result);

// ---- Files (files.cpp) ------------------------------------------------------------------------------------------

/// "SQLite format 3\0" and a header whose page count the file can hold; `suspect` when it cannot.
std::string checkHeader(const std::filesystem::path& file, bool& suspect);
/// The same, on the file's first bytes (`start`, at most 100) and its `size`, as read by the caller.
std::string checkHeader(const std::filesystem::path& file, std::string_view start, std::uintmax_t size, bool& suspect);
std::string backupFolder(const std::string& journalPath);
/// The folder a file lies in ("." for a bare file name).
std::filesystem::path folderOf(const std::string& path);
/// Whether a -wal beside the database at `path` holds changes not yet in the file: without one the file can be read
/// as it lies (db::Database::Mode::Immutable), nothing made beside it.
bool hasPendingLog(const std::string& path);
/// Where a damaged journal at `journalPath` is moved aside: beside it, or beside the file a link there points to
/// (a journal in a synced folder), each once - the folder and the file name its copies start with (NAME.broken-).
std::vector<std::pair<std::filesystem::path, std::string>> damagedCopyPlaces(const std::string& journalPath);
/// backups/<key>-<day>.sqlite: the daily backup of the journal at `journalPath` for `day` (backupKey, below).
std::filesystem::path dailyBackupPath(const std::string& journalPath, const std::string& day);
/// What the names of a journal's backups start with (before "-<day>.sqlite" and the like): the journal's file name
/// without ".sqlite" ("pain.sqlite": "pain"), else its whole name ("pain.db": "pain.db"; "pain": "pain."), so that
/// journals of one folder whose names share a stem never share, list or prune each other's backups.
std::string backupKey(const std::string& journalPath);
/// Copies a live database into `target` (through a private temporary file of this process, synced, then renamed)
/// as a standalone rollback-journal file.
void writeCopy(db::Database& from, const std::filesystem::path& target, Existing existing = Existing::Replace);
/// Whether `journalPath` names a backup rather than a journal: a file in a folder called backups/ named as the
/// daily backups (<key>-YYYY-MM-DD.sqlite) or the copies kept before a restore (<key>-before-restore-...) are. Such a
/// file, opened to look into it, gets no backups of its own.
bool isBackupFile(const std::string& journalPath);
/// Whether `journalPath` names a damaged journal moved aside: FILE.broken-YYYYMMDD-HHMMSS, or with -N after it.
bool isDamagedCopy(const std::string& journalPath);

/// What an import with OnDuplicate::Update does with a record (a note, a plan) the journal already has.
enum class Duplicate {
    Unchanged, ///< here exactly as in the file: nothing to write, not counted as updated
    NewerHere, ///< changed here after the file's copy: the journal's stays (an older export never undoes an edit)
    Replace, ///< the file's copy replaces it
};
/// `file`: the file's copy, its times as the file gives them; `here`: the journal's; `now`: the import's time. A
/// file without times is compared as if it had the stored ones. A time from a wrong clock (more than a day ahead,
/// recordTimeNotAhead) is not trusted to be newer than the journal's copy: re-imported, the same old file would
/// otherwise undo every edit made here since.
template <class Record> Duplicate meetDuplicate(Record file, const Record& here, const std::string& now)
{
    const bool wrongClock = recordTimeNotAhead(file.updated, now) != file.updated;
    if (file.created.empty() || recordTimeNotAhead(file.created, now) != file.created)
        file.created = here.created;
    if (file.updated.empty() || wrongClock)
        file.updated = here.updated;
    if (file == here)
        return Duplicate::Unchanged;
    const auto ours = parseTimestamp(here.updated);
    const auto theirs = parseTimestamp(file.updated);
    return wrongClock || (ours && theirs && ours->utc > theirs->utc) ? Duplicate::NewerHere : Duplicate::Replace;
}

/// Thrown inside open() when the file is not a sound journal; open() moves it aside.
struct Broken {
    std::string problem;
    bool foreign = false; ///< not a journal at all, rather than a damaged one
};

/// Thrown inside open() when a journal opened only to read is in an older format (it would need a migration).
struct OlderFormat {
    std::string message;
};

// ---- Time (time.cpp) --------------------------------------------------------------------------------------------

/// Local time as YYYYMMDD-HHMMSS, for the names of moved-aside files and before-restore copies.
std::string compactLocalTime();

// ---- Search by name (search_names.cpp) ----------------------------------------------------------------------

/// One typed word and what it finds besides the full-text index (text, tags, region ids): the ids whose names -
/// in English and in every language the catalogue translates to - have a word that begins with it.
struct SearchWord {
    std::string fts; ///< the word as an FTS5 query (stemmed, prefix)
    std::set<std::string> regions; ///< region instances ("head.temple:right")
    std::set<std::string> muscles;
    std::set<std::string> points; ///< trigger point ids
    std::set<std::string> techniques; ///< technique texts as notes hold them
    std::set<std::string> factors;
    std::set<std::string> tags; ///< tags the word names in words (a ticked symptom's "symptom:ID")
    std::set<std::string> tagFamilies; ///< starts of tags the word names ("press-test:": every press test)
};
struct NoteSearch {
    std::vector<SearchWord> words; ///< every one must match; empty when the text held no word
};
/// The words of `text` and what each names. Without a catalogue only region names (from the body map, when the
/// vocabulary has one) and the techniques written in the notes are known.
NoteSearch noteSearch(db::Database& db, const Vocabulary& vocabulary, std::string_view text);

// ---- Text (validation.cpp) --------------------------------------------------------------------------------------

/// The characters of UTF-8 `text` (code points; a byte that continues a character does not count).
std::size_t codePoints(std::string_view text);
/// Whether `text` holds a control character (DEL, or below 0x20 but for line breaks and tabs when `allowNewlines`).
bool hasControl(std::string_view text, bool allowNewlines);
/// "too many WHAT: COUNT, at most LIMIT" at `pointer`, as Problem::Rule::TooMany.
Problem tooMany(const std::string& pointer, std::string_view what, std::size_t count, std::size_t limit);
/// "\"TEXT\" is not a time like 2026-11-25T07:30:00Z" at `pointer` (`withOffset`: "... with UTC offset like
/// 2026-11-25T08:30:00+01:00", a note's "when"), as Problem::Rule::NotATime; TEXT cut to 60 bytes.
Problem notATime(const std::string& pointer, const std::string& text, bool withOffset = false);
/// The first `bytes` of `text` or fewer, never cutting a UTF-8 character in two (for quoting user text in a message).
std::string headOf(std::string_view text, std::size_t bytes);

// ---- Rows (notes.cpp) -------------------------------------------------------------------------------------------

void bindOptional(db::Statement& st, int index, const std::optional<int>& value);
std::optional<int> optionalInt(const db::Statement& st, int column);
std::string joined(const std::vector<std::string>& words);
void checkRange(const Range& range);
/// " AND n.day >= ? AND n.day <= ?" for a range, its values appended to `values`.
std::string rangeClause(const Range& range, std::vector<std::string>& values);

/// The statements a save needs, prepared once per transaction.
struct Writer {
    explicit Writer(db::Database& db)
        : find(db.prepare("SELECT nid, created_at FROM note WHERE id = ?1"))
        , insertNote(db.prepare("INSERT INTO note (id, felt_at, day, at_utc, created_at, updated_at, intensity, text, "
                                "deleted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
        , updateNote(
              db.prepare("UPDATE note SET felt_at = ?2, day = ?3, at_utc = ?4, created_at = ?5, updated_at = ?6, "
                         "intensity = ?7, text = ?8 WHERE nid = ?1"))
        , clearSpots(db.prepare("DELETE FROM spot WHERE nid = ?1"))
        , clearTags(db.prepare("DELETE FROM note_tag WHERE nid = ?1"))
        , clearFactors(db.prepare("DELETE FROM note_factor WHERE nid = ?1"))
        , clearTreatments(db.prepare("DELETE FROM treatment WHERE nid = ?1"))
        , clearAnswers(db.prepare("DELETE FROM note_answer WHERE nid = ?1"))
        , clearSearch(db.prepare("DELETE FROM note_search WHERE rowid = ?1"))
        , insertSpot(
              db.prepare("INSERT INTO spot (nid, ordinal, region, intensity, quality) VALUES (?1, ?2, ?3, ?4, ?5)"))
        , insertTag(db.prepare("INSERT INTO note_tag (nid, ordinal, tag) VALUES (?1, ?2, ?3)"))
        , insertFactor(db.prepare("INSERT INTO note_factor (nid, ordinal, factor) VALUES (?1, ?2, ?3)"))
        , insertTreatment(db.prepare("INSERT INTO treatment (nid, ordinal, muscle, trigger_point, technique, minutes, "
                                     "intensity_before, intensity_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        , insertAnswer(db.prepare("INSERT INTO note_answer (nid, ordinal, question, reply) VALUES (?1, ?2, ?3, ?4)"))
        , insertSearch(db.prepare("INSERT INTO note_search (rowid, text, tags, regions) VALUES (?1, ?2, ?3, ?4)"))
        , db_(db)
    {
    }

    struct Found {
        std::int64_t nid;
        std::string created;
    };
    std::optional<Found> lookup(std::string_view id)
    {
        find.bind(1, id);
        std::optional<Found> found;
        if (find.step())
            found = Found {find.integer(0), find.text(1)};
        find.reset();
        return found;
    }

    /// Inserts the note, or replaces every part of the note stored under `nid`.
    void put(const Note& note, std::optional<std::int64_t> nid)
    {
        const auto when = parseTimestamp(note.when);
        if (!when) // validateNote() lets no such note through; a v1 row might
            throw JournalError(db_.path() + ": note " + note.id + " has an invalid time \"" + note.when + "\"");
        db::Statement& st = nid ? updateNote : insertNote;
        if (nid) {
            st.bind(1, *nid);
        } else {
            st.bind(1, note.id);
            if (note.deleted.empty())
                st.bind(9, std::nullopt);
            else
                st.bind(9, note.deleted);
        }
        st.bind(2, note.when).bind(3, when->day).bind(4, when->utc).bind(5, note.created).bind(6, note.updated);
        bindOptional(st, 7, note.intensity);
        st.bind(8, note.text);
        st.run();
        std::int64_t key = 0;
        if (nid) {
            key = *nid;
            for (auto* clear : {&clearSpots, &clearTags, &clearFactors, &clearTreatments, &clearAnswers, &clearSearch})
                clear->bind(1, key).run();
        } else {
            key = db_.lastInsertRowId();
        }
        std::vector<std::string> regions;
        for (std::size_t i = 0; i < note.spots.size(); ++i) {
            const auto& s = note.spots[i];
            insertSpot.bind(1, key)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, s.region)
                .bind(4, s.intensity)
                .bind(5, qualityName(s.quality))
                .run();
            regions.push_back(s.region);
        }
        for (std::size_t i = 0; i < note.tags.size(); ++i)
            insertTag.bind(1, key).bind(2, static_cast<std::int64_t>(i)).bind(3, note.tags[i]).run();
        for (std::size_t i = 0; i < note.factors.size(); ++i)
            insertFactor.bind(1, key).bind(2, static_cast<std::int64_t>(i)).bind(3, note.factors[i]).run();
        for (std::size_t i = 0; i < note.treatments.size(); ++i) {
            const auto& t = note.treatments[i];
            insertTreatment.bind(1, key)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, t.muscle)
                .bind(4, t.triggerPoint)
                .bind(5, t.technique)
                .bind(6, t.minutes);
            bindOptional(insertTreatment, 7, t.before);
            bindOptional(insertTreatment, 8, t.after);
            insertTreatment.run();
        }
        for (std::size_t i = 0; i < note.answers.size(); ++i)
            insertAnswer.bind(1, key)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, note.answers[i].question)
                .bind(4, replyName(note.answers[i].reply))
                .run();
        insertSearch.bind(1, key).bind(2, note.text).bind(3, joined(note.tags)).bind(4, joined(regions)).run();
    }

    db::Statement find, insertNote, updateNote, clearSpots, clearTags, clearFactors, clearTreatments, clearAnswers,
        clearSearch, insertSpot, insertTag, insertFactor, insertTreatment, insertAnswer, insertSearch;

private:
    db::Database& db_;
};

constexpr const char* kNoteColumns
    = "n.nid, n.id, n.felt_at, n.created_at, n.updated_at, n.deleted_at, n.intensity, n.text";

/// A note's lists and a plan's steps: each one's query (its owner's nid or pid as ?1) and the value of one of its
/// rows - shared by the journal's own reads and the reader of another, maybe damaged, journal file (salvage.cpp).
constexpr const char* kSpotsSql = "SELECT region, intensity, quality FROM spot WHERE nid = ?1 ORDER BY ordinal";
constexpr const char* kTagsSql = "SELECT tag FROM note_tag WHERE nid = ?1 ORDER BY ordinal";
constexpr const char* kFactorsSql = "SELECT factor FROM note_factor WHERE nid = ?1 ORDER BY ordinal";
constexpr const char* kTreatmentsSql = "SELECT muscle, trigger_point, technique, minutes, intensity_before, "
                                       "intensity_after FROM treatment WHERE nid = ?1 ORDER BY ordinal";
constexpr const char* kAnswersSql = "SELECT question, reply FROM note_answer WHERE nid = ?1 ORDER BY ordinal";
constexpr const char* kPlanStepsSql
    = "SELECT muscle, trigger_point, side, technique FROM plan_step WHERE pid = ?1 ORDER BY ordinal";

inline Spot spotOf(const db::Statement& row)
{
    return {row.text(0), static_cast<int>(row.integer(1)), parseQuality(row.text(2)).value_or(Quality::None)};
}
inline Treatment treatmentOf(const db::Statement& row)
{
    return {row.text(0), row.text(1), row.text(2), static_cast<int>(row.integer(3)), optionalInt(row, 4),
        optionalInt(row, 5)};
}
inline Answer answerOf(const db::Statement& row)
{
    return {row.text(0), parseReply(row.text(1)).value_or(Reply::Unsure)};
}
inline PlanStep planStepOf(const db::Statement& row)
{
    return {row.text(0), row.text(1), body::parseSide(row.view(2)).value_or(body::Side::None), row.text(3)};
}

/// Reads notes and their lists, with the child statements prepared once.
struct Reader {
    explicit Reader(db::Database& db)
        : spots(db.prepare(kSpotsSql))
        , tags(db.prepare(kTagsSql))
        , factors(db.prepare(kFactorsSql))
        , treatments(db.prepare(kTreatmentsSql))
        , answers(db.prepare(kAnswersSql))
    {
    }

    /// The note's own columns of a row of kNoteColumns, without its lists (also what a damaged journal's reader
    /// starts from, journal/salvage.cpp).
    static Note head(const db::Statement& row)
    {
        Note note;
        note.id = row.text(1);
        note.when = row.text(2);
        note.created = row.text(3);
        note.updated = row.text(4);
        note.deleted = row.text(5);
        note.intensity = optionalInt(row, 6);
        note.text = row.text(7);
        return note;
    }

    /// A note from a row of kNoteColumns.
    Note read(db::Statement& row)
    {
        Note note = head(row);
        const std::int64_t nid = row.integer(0);
        spots.bind(1, nid);
        while (spots.step())
            note.spots.push_back(spotOf(spots));
        spots.reset();
        tags.bind(1, nid);
        while (tags.step())
            note.tags.push_back(tags.text(0));
        tags.reset();
        factors.bind(1, nid);
        while (factors.step())
            note.factors.push_back(factors.text(0));
        factors.reset();
        treatments.bind(1, nid);
        while (treatments.step())
            note.treatments.push_back(treatmentOf(treatments));
        treatments.reset();
        answers.bind(1, nid);
        while (answers.step())
            note.answers.push_back(answerOf(answers));
        answers.reset();
        return note;
    }

    db::Statement spots, tags, factors, treatments, answers;
};

} // namespace tmap::journal::detail

namespace tmap::journal {

// One transaction, retried while another program holds the lock; every write of the journal goes through it.
template <class F> void Journal::write(F&& body)
{
    for (int attempt = 1;; ++attempt) {
        try {
            db::Transaction tx(*db_);
            body();
            tx.commit();
            return;
        } catch (const db::Error& e) {
            if (detail::isBusy(e.code()) && attempt < std::max(1, options_.writeAttempts)) {
                if (attempt == 1 && options_.onWait)
                    options_.onWait();
                std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt));
                continue;
            }
            if (detail::isBusy(e.code()))
                throw JournalError(path_
                        + ": the journal is busy: another program has been writing to it for too long; "
                          "nothing was saved, try again",
                    true);
            if ((e.code() & 0xFF) == SQLITE_READONLY)
                throw JournalError(JournalError::Reason::ReadOnly, path_,
                    path_ + ": cannot write: the journal or its folder is read-only");
            if (detail::isFull(e, path_))
                throw JournalError(JournalError::Reason::DiskFull, path_,
                    path_ + ": cannot write: the disk is full; nothing was saved");
            throw detail::failure(path_, e);
        }
    }
}

} // namespace tmap::journal
