// journal/journal: the pain journal database - a SQLite file the user owns, shared by the app and tpmap.
// Owns the schema (and its migrations), saving, listing, full-text search, the trash, day-by-day aggregates,
// the daily backups, and what happens when the file is broken: it is moved aside, never overwritten.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "journal/note.h"
#include "journal/plan.h"

namespace tmap::body {
class BodyMap;
}
namespace tmap::catalogue {
class Catalogue;
}
namespace tmap::db {
class Database;
}

namespace tmap::journal {

/// The schema this build writes; older files are migrated forward on open.
/// The most different words one search takes (every word must match; more make a query too large for SQLite).
inline constexpr std::size_t kMaxSearchWords = 32;
inline constexpr int kSchemaVersion = 4; ///< 3: plans (journal/plan.h); 4: a note's answers
/// PRAGMA application_id of every journal ("TMJN"), which tells a journal from any other SQLite file.
inline constexpr std::int32_t kApplicationId = 0x544D4A4E;

/// Automatic backups kept: one is written on the first open of each day the journal is used, and the newest this
/// many are kept - so a note erased for good stays in the backups of up to this many days.
inline constexpr int kKeepBackups = 7;

/// One file in the journal's backups folder.
struct BackupFile {
    enum class Kind {
        /// <key>-YYYY-MM-DD.sqlite, written on the first open of a day (key: the journal's file name without
        /// ".sqlite", else its whole name; see detail::backupKey)
        Daily,
        BeforeRestore, ///< <key>-before-restore-YYYYMMDD-HHMMSS.sqlite: the journal as it was before a restore
        /// <key>-before-migration-vN.sqlite: the journal as it was before this version updated its format from
        /// version N (day and time: when the file was last written)
        BeforeMigration,
        /// <journal file>.broken-YYYYMMDD-HHMMSS beside the journal (not in the backups folder): a damaged journal
        /// moved aside by an open. Not restored (it is damaged): importing it adds the notes it still holds.
        Damaged,
    };
    std::string path;
    Kind kind = Kind::Daily;
    std::string day; ///< the local day it was written, "2026-11-25"
    std::string time; ///< BeforeRestore, BeforeMigration and Damaged: "HH:MM:SS"; Daily: ""
    std::uintmax_t bytes = 0;
    int fromVersion = 0; ///< BeforeMigration: the format version N the file is in; else 0
};

/// A file or database problem (read-only file, locked journal, newer schema, disk full), naming the file.
class JournalError final : public std::runtime_error {
public:
    /// What went wrong, for a front end to word in the user's language (what() is the English sentence, for the
    /// command line and as the fallback of Other).
    enum class Reason {
        Other, ///< anything else: what() says it
        DiskFull, ///< the disk is full; nothing was changed
        IsFolder, ///< file() is a folder, not a file
        FileReadOnly, ///< file() is read-only
        FolderReadOnly, ///< the folder of file() is read-only (detail() names it)
        ReadOnly, ///< a write found file() or its folder read-only (made so after it was opened)
        NewerVersion, ///< file() was written by a newer version of Trigger Map; left as it is
        IsBackup, ///< file() is one of the automatic backups, which nothing writes to (restore it instead)
        /// file() is a damaged journal moved aside (FILE.broken-...), which nothing writes to: its notes are added
        /// to a journal by importing it
        IsDamagedCopy,
        /// file()'s name ends as an SQLite working file's does (-wal, -shm, -journal): opening the database of the
        /// name without that end would take it for its working file and delete it; nothing is written under it
        WorkingFileName,
        Missing, ///< there is no journal at file() (a command that only reads does not make one)
        NotAJournal, ///< file() is not a Trigger Map journal (another program's database, or no database); left as is
        CannotWrite, ///< file() could not be written (a user's file: an export, a report); detail() says why
        /// file()'s folder (detail()) does not exist, and a journal the user named starts only in one that does
        NoFolder,
        /// an export or a report was to replace file(), which is a database (a journal, a backup, another
        /// program's): never replaced
        WouldReplaceDatabase,
    };
    using std::runtime_error::runtime_error;
    /// `busy`: another program held the journal's write lock for longer than the write would wait. `damaged`:
    /// SQLite found the file's content corrupt (isDamaged()).
    JournalError(const std::string& message, bool busy, bool damaged = false)
        : std::runtime_error(message)
        , busy_(busy)
        , damaged_(damaged)
    {
    }
    /// A problem a front end words itself: `message` the English sentence, `file` the file it concerns, `detail`
    /// the folder (FolderReadOnly, NoFolder) or the system's reason in English (CannotWrite, with its errno).
    JournalError(
        Reason reason, std::string file, const std::string& message, std::string detail = {}, int systemError = 0)
        : std::runtime_error(message)
        , reason_(reason)
        , file_(std::move(file))
        , detail_(std::move(detail))
        , systemError_(systemError)
    {
    }
    bool busy() const { return busy_; }
    bool damaged() const { return damaged_; }
    Reason reason() const { return reason_; }
    const std::string& file() const { return file_; }
    const std::string& detail() const { return detail_; }
    /// The errno behind a CannotWrite (ENOSPC, EACCES, ...), 0 when none is known.
    int systemError() const { return systemError_; }

private:
    bool busy_ = false;
    bool damaged_ = false;
    Reason reason_ = Reason::Other;
    std::string file_;
    std::string detail_;
    int systemError_ = 0;
};

/// One problem of a note or an import file: where (a JSON pointer such as "/spots/0/intensity") and what: in English
/// (`message`, as tpmap prints it), and for the rules a person can break in the app's editor, which rule with its
/// figures, for a front end to word in its own language.
struct Problem {
    enum class Rule {
        Other, ///< only `message` says it
        TooLong, ///< `count` characters, at most `limit`
        ControlCharacter, ///< a control character (a line break where one line is asked for, a tab...)
        NotUtf8, ///< not valid UTF-8
        Empty, ///< empty where something is needed (a tag, a plan's name)
        Twice, ///< `value` is listed twice
        TooMany, ///< `count` items, at most `limit`
        OutOfRange, ///< `count` is not within 0 and `limit`
        NotOneLine, ///< a name of more than one line
        Unknown, ///< `value` is not one the catalogue or the body map knows (a region, factor, muscle or point)
        NeedsSide, ///< `value` is a region of two sides given without one
        // What an import file can get wrong besides (its fields' and its rows' own rules):
        Missing, ///< a field the format needs is missing
        WrongType, ///< the field holds a ValueKind `count` where the format asks for a ValueKind `limit`
        UnknownField, ///< `value` is a field the format does not have
        NotOneOf, ///< `value` is none of the words the field takes (the field says which: quality, reply, side)
        NotATime, ///< `value` is not a time like 2026-11-25T07:30:00Z (`limit` 1: with its UTC offset, as "when")
        NotAnId, ///< `value` is not a lower-case UUID
        NotAQuestion, ///< `value` is not a question Trigger Map asks (its shape, or a place, symptom or point unknown)
        NewerVersion, ///< version `count` was written by a newer Trigger Map; this one reads up to `limit`
        TooSmall, ///< `count` is less than `limit`
        TooEarly, ///< a document of version `count` cannot hold this field (it came with version `limit`)
        NoRoom, ///< there are `limit` already (plans in a journal), the most there can be
        EmptyNote, ///< the note says nothing: no spot, pain, text or treatment
        ClinicianOnly, ///< trigger point `value` is for a clinician only (not a self-treatment step)
        OneSideOnly, ///< trigger point `value` is on one side only (`limit`: 1 left, 2 right), not the side asked
        NotATechnique, ///< `value` is not one of the muscle's techniques
        // A CSV's rows (`line`; the column is the pointer's last word):
        NotANumber, ///< `value` is not a whole number from 0 to `limit` (empty allowed for a note's overall pain)
        FieldCount, ///< the row has `count` fields and the header `limit`
        RowsApart, ///< note `value` already ended on line `count`: the rows of one note must follow each other
        RowDiffers, ///< differs from line `count`, the first row of the same note
        BadEscape, ///< a backslash that escapes neither ';' nor '\'
        BadItem, ///< item `count` of the list cannot be read (a treatment or an answer; `message` says how)
        NoRegion, ///< a second row of a note without a region (only a note without spots has such a row)
        SpotAfterNone, ///< a note whose first row has no region has a spot on a later row
    };
    Problem() = default;
    Problem(std::string at, std::string text, Rule broken = Rule::Other, std::string what = {}, std::int64_t n = 0,
        std::int64_t most = 0)
        : pointer(std::move(at))
        , message(std::move(text))
        , rule(broken)
        , value(std::move(what))
        , count(n)
        , limit(most)
    {
    }
    std::string pointer; ///< a JSON pointer, or for a CSV's row the place in English ("line 5, column region")
    std::string message;
    Rule rule = Rule::Other;
    std::string value;
    std::int64_t count = 0;
    std::int64_t limit = 0;
    std::size_t line = 0; ///< a CSV's row: its line (then `column`, the header's name, or "" for the whole row)
    std::string column;
};

/// What a JSON value is, for Problem::Rule::WrongType (a number too large to store is not a whole number).
enum class ValueKind { Null, Boolean, WholeNumber, HugeNumber, Fraction, Text, List, TextList, Object, Other };

/// A note that breaks a rule (intensity out of range, unknown region, text too long); nothing was written.
class InvalidNote final : public std::invalid_argument {
public:
    explicit InvalidNote(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

/// A plan that breaks a rule (no name, unknown muscle, too many steps); nothing was written.
class InvalidPlan final : public std::invalid_argument {
public:
    explicit InvalidPlan(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

/// What ids a note may use. Without a body map any well-formed region id passes; without a catalogue any
/// well-formed factor, muscle and trigger point id passes. A catalogue brings its body map too.
struct Vocabulary {
    Vocabulary() = default;
    Vocabulary(const body::BodyMap* map, const catalogue::Catalogue* ids,
        std::vector<std::pair<std::string, std::string>> words = {})
        : body(map)
        , catalogue(ids)
        , tagWords(std::move(words))
    {
    }
    const body::BodyMap* body = nullptr;
    const catalogue::Catalogue* catalogue = nullptr;
    /// The words a front end shows the app's own tags in (treat/tags.h), in the user's language, so that a search
    /// for them finds those notes ("Sitzung", "guided" find a guided session's "session"): each a tag, or the start
    /// of a family of tags ending in ':' ("press-test:"), and its words. Searches only; notes are not checked
    /// against it.
    std::vector<std::pair<std::string, std::string>> tagWords;
};

/// Every problem of a note, with pointers relative to the note ("/spots/0/region"). Empty when valid.
/// `requireId`: the note must carry an id (import); otherwise an empty id is fine (a new note).
std::vector<Problem> validateNote(const Note& note, const Vocabulary& vocabulary, bool requireId = false);

/// A point in time as the journal writes it.
struct Timestamp {
    std::int64_t utc = 0; ///< seconds since 1970-01-01T00:00:00Z
    int offsetMinutes = 0; ///< local offset from UTC
    std::string day; ///< local date, "2026-11-25"
};
/// Parses "2026-11-25T08:30:00+01:00" or "...Z" strictly (valid dates, offsets up to +-14:00).
std::optional<Timestamp> parseTimestamp(std::string_view text);
/// True for a valid "YYYY-MM-DD".
bool isDay(std::string_view text);
// Calendar days, each a valid "YYYY-MM-DD" (JournalError otherwise): the one strict reading of a day behind the
// report's windows and the insights' "the day after" (each had a looser one of its own).
/// The day `days` after (or before, when negative) `day`.
std::string addDays(const std::string& day, int days);
/// Days from `from` to `to` inclusive (1 for the same day).
int daysBetween(const std::string& from, const std::string& to);
/// Days since 1970-01-01.
long dayNumber(const std::string& day);
/// "2026-11-25T08:30:00+01:00": local time with offset for a UTC instant.
std::string formatTimestamp(std::int64_t utc, int offsetMinutes);
/// Now, in local time with the local offset.
std::string nowLocal();
/// Now, in UTC ("...Z").
std::string nowUtc();
/// Today's local date, "2026-11-25".
std::string today();

/// True for valid UTF-8 (no overlong forms, no surrogates); `where` gets the byte offset of the first bad byte.
bool isValidUtf8(std::string_view text, std::size_t* where = nullptr);

/// $XDG_DATA_HOME/trigger-map/journal.sqlite, or ~/.local/share/trigger-map/journal.sqlite.
std::string defaultJournalPath();

/// `error` (a JournalError or the database's own error) says the journal's file is damaged (SQLite found its
/// content corrupt), not the disk or the lock: the check on the first open of a day had not seen it yet. The way on
/// is a backup; the front ends say so.
bool isDamaged(const std::exception& error);

/// Inclusive local days "YYYY-MM-DD"; empty means open-ended.
struct Range {
    std::string since;
    std::string until;
    /// Its first day after its last: no day can match (the front ends say so rather than "no note matches").
    bool reversed() const { return !since.empty() && !until.empty() && since > until; }
};

/// What to list: a day range, words to search for (all must match, prefixes too), a page.
struct ListQuery {
    Range range;
    std::string search;
    std::int64_t offset = 0;
    std::int64_t limit = 50;
    bool trash = false; ///< list the trash instead of the live notes
};

/// How a journal is opened.
struct OpenOptions {
    enum class Check {
        Daily, ///< cheap checks every time; PRAGMA integrity_check on the first open of the day (before the backup)
        Always, ///< PRAGMA integrity_check on every open
    };
    Check check = Check::Daily;
    bool dailyBackup = true; ///< back up on the first open of a day into backups/ next to the journal
    int keepBackups = kKeepBackups; ///< automatic backups kept
    std::string day; ///< "today" for the daily backup and check; empty = the local date (tests set it)
    int busyTimeoutMs = 5000; ///< how long a write waits for another program's write, per attempt
    int writeAttempts = 4; ///< attempts of a write that finds another program writing (the app: 1, then waits aside)
    /// Called once when a write has found another program writing and is about to wait and try again (tpmap says
    /// so, rather than seconds of silence before "busy").
    std::function<void()> onWait;
    /// What to do with a file that is not a journal at all (not SQLite, or another program's database):
    /// true moves it aside like a damaged journal (right for the app's own file); false refuses to open it and
    /// leaves it alone (right for a path the user typed, which may be any file of theirs).
    bool moveAsideForeign = true;
    /// What to do with a damaged journal: true moves it aside and starts a new, empty one (OpenReport::movedAside:
    /// the app, a command that writes); false leaves it as it is and throws JournalError saying how to go on (a
    /// command that only reads must not leave the user with an empty journal and a success).
    bool moveAsideDamaged = true;
    /// Make the journal's folder when it is missing (the app's own journal, in its data folder). False for a path the
    /// user named: a mistyped folder would start a second, empty journal there without a word, so it is a
    /// JournalError (NoFolder) instead.
    bool makeFolder = true;
    /// Only read (the headless report): never create, migrate, repair, move aside, back up or write the journal
    /// (SQLite may add its -wal and -shm beside a write-ahead-logged file to read it). A missing, empty, damaged,
    /// foreign or older file is a JournalError naming it, and the file is left as it is.
    bool readOnly = false;
    /// Read a journal the user made read-only (the file, or its folder) as `readOnly` does instead of refusing it
    /// (for commands that only read; OpenReport::readOnly says why). A writable journal opens as usual, except one of
    /// the automatic backups (backups/<name>-<day>.sqlite, a before-restore copy): it is read as it is too, so that
    /// looking into a backup does not change it (unless it is in an older format, which needs its update first); the
    /// report says nothing of it.
    bool readOnlyWhenNotWritable = false;
    /// With readOnly: read the file as it stands on disk (SQLite's immutable), nothing made beside it. Set by open()
    /// itself for a command that only reads a journal on a full disk (whose log is empty), so that its notes can
    /// still be read and exported elsewhere.
    bool asItStands = false;
    /// The ids notes may use, from the start: a version-1 journal's notes are checked against it as they are
    /// migrated (what it refuses is left out, with a warning; the old file is kept). setVocabulary() may change it.
    Vocabulary vocabulary;
};

/// What open() found and did, for the app to tell the user.
struct OpenReport {
    bool created = false; ///< a new, empty journal was created
    int migratedFrom = 0; ///< the schema version migrated from, or 0
    std::string movedAside; ///< where a broken file was moved to, or ""
    std::string problem; ///< why it was moved aside
    std::string newestBackup; ///< the newest automatic backup (offer it when movedAside or besideBackups is set), or ""
    /// A new journal was started (the file was missing or empty) while the backups folder holds daily backups of a
    /// journal at this path (newestBackup): it was probably lost, and one of them is the way back.
    bool besideBackups = false;
    std::string backupWritten; ///< the backup written by this open, or ""
    std::vector<std::string> warnings; ///< things that did not stop the open (a backup that failed)
    int migratedPartly = 0; ///< notes the update (migratedFrom) brought forward without a part the rules refuse
    int notMigrated = 0; ///< notes the update could not bring forward (the copy of the file as it was keeps them)
    std::string readOnly; ///< why it was opened only to read (readOnlyWhenNotWritable), or ""
};

/// Per local day, the intensity of one region instance.
struct DayIntensity {
    std::string day;
    double mean = 0;
    int max = 0;
    int count = 0; ///< spots that day
};

/// Per local day, the treatments of one muscle: mean intensity before and after (of those that noted them).
struct DayTreatment {
    std::string day;
    std::optional<double> before;
    std::optional<double> after;
    int count = 0; ///< treatments that day
};

/// What to do with an imported note whose id the journal already holds.
enum class OnDuplicate { Skip, Update };

struct SaveAllResult {
    int added = 0;
    int updated = 0; ///< replaced by a note that differs (OnDuplicate::Update)
    int skipped = 0;
    int unchanged = 0; ///< with OnDuplicate::Update, already here exactly as imported: left as they were
    /// With OnDuplicate::Update, of the skipped: changed here after the file's copy (a later update time), kept as
    /// they are here. An older export imported again must not undo an edit made since.
    int newerHere = 0;
    /// Of the skipped, unchanged and updated, those in the trash here, and of the added, those in the trash of the
    /// journal file they come from, put in the trash here (restore them to see them).
    int inTrash = 0;
    int plansAdded = 0;
    int plansUpdated = 0;
    /// An imported journal file (importFile of a database, journal/salvage.h): its notes and plans that were found
    /// but could not be used (damaged, or breaking a rule), and the parts of it that could not be read at all.
    int unusable = 0;
    int damagedParts = 0;
    /// Of the file's notes, those recovered without a list that could not be read (tagged kRecoveredInPartTag; such
    /// a note never replaces one already here, whatever `OnDuplicate` says).
    int incomplete = 0;
    /// Of the file's notes, those dated more than a day ahead of the import (journal/note_rules.h, notesAhead: the
    /// clock of the computer that wrote them was wrong?), and the latest such time ("" when none).
    int ahead = 0;
    std::string latestAhead;
    int plansSkipped = 0;
    /// With OnDuplicate::Update: plans already here exactly as in the file (not counted as updated), and of the
    /// skipped, those changed here after the file's copy (a later update time), kept as they are here, as notes.
    int plansUnchanged = 0;
    int plansNewerHere = 0;
    /// Plans stored under another name than the file's, because another plan here has that name (ignoring case):
    /// the file's name, then the name given here ("Morning" -> "Morning (2)").
    std::vector<std::pair<std::string, std::string>> plansRenamed;
};

struct Summary;

/// An open pain journal. One connection; use one Journal per thread. Other programs may have it open too.
class Journal final {
public:
    /// Opens (creating, migrating, or moving a broken file aside and starting fresh) the journal at `path`.
    /// Throws JournalError for a read-only file or folder, a journal of a newer schema, or an I/O failure.
    static std::unique_ptr<Journal> open(const std::string& path, const OpenOptions& options = {});
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    const std::string& path() const { return path_; }
    const OpenReport& report() const { return report_; }
    /// How long a write waits for another program's write lock, and how often it tries (OpenOptions' two fields).
    void setBusyWait(int timeoutMs, int attempts);
    /// Stops this connection's statements while `*flag` is true (or never, with nullptr): SQLite looks at the flag
    /// every few thousand steps of a statement, so a long read (an export, a report, a trend) ends within
    /// milliseconds with an error (db::Error, SQLITE_INTERRUPT). For a reading connection of one task, whose owner
    /// set the flag and so knows why it failed; `flag` must outlive the connection or the next call.
    void setInterrupt(const std::atomic<bool>* flag);
    /// Ids that save() checks notes against; none by default.
    void setVocabulary(const Vocabulary& vocabulary) { vocabulary_ = vocabulary; }

    /// Saves a note in one transaction: a new one (empty id, or an id not yet present) or an edit.
    /// Sets id, created and updated; returns the note as stored. Throws InvalidNote, JournalError.
    Note save(Note note);
    /// Writes many notes (already validated, with ids) in ONE transaction, keeping their times.
    SaveAllResult saveAll(const std::vector<Note>& notes, OnDuplicate onDuplicate);
    /// The same with plans (validated, with ids), all in ONE transaction (an import). A plan new to the journal goes
    /// after the others; one it already holds keeps its place (and, with Update, takes the name and steps).
    /// `answersUnknown`: the file's format holds no answers (ExportDocument::answersUnknown): a note replaced keeps
    /// the answers it has here.
    SaveAllResult saveAll(const std::vector<Note>& notes, const std::vector<Plan>& plans, OnDuplicate onDuplicate,
        bool answersUnknown = false);

    /// The note with this id, live or in the trash.
    std::optional<Note> get(std::string_view id);
    bool contains(std::string_view id);
    /// The ids (live or in the trash) that start with `prefix`, at most `limit` of them: what a short id that
    /// `tpmap notes list` prints may stand for.
    std::vector<std::string> idsStartingWith(std::string_view prefix, int limit);
    /// Newest first (by local day, then time), paged.
    std::vector<Note> list(const ListQuery& query);
    /// How many notes the query matches, ignoring the page.
    std::int64_t count(const ListQuery& query);
    /// Every live note in the range, oldest first, without holding them all in memory.
    void forEach(const Range& range, const std::function<void(const Note&)>& visit);

    /// Every plan, in the user's order (journal/plans.cpp).
    std::vector<Plan> plans();
    /// The plan with this id.
    std::optional<Plan> plan(std::string_view id);
    /// Saves a new plan (empty id, or an id not yet present; it goes last) or an edit of one (its name and steps,
    /// keeping its place). Sets id, created and updated; returns the plan as stored. Throws InvalidPlan (also for
    /// a name another plan has, ignoring case), JournalError.
    Plan savePlan(Plan plan);
    /// Reads the plan with this id, lets `change` alter it and saves it as savePlan() does, in one write: no other
    /// program (the app, a second tpmap) can change the plan in between, so neither edit is lost. std::nullopt when
    /// there is no such plan; what `change` throws leaves the plan as it was.
    std::optional<Plan> editPlan(std::string_view id, const std::function<void(Plan&)>& change);
    /// Moves a plan to place `to` (0-based; past the end means last); false when there is no such plan.
    bool movePlan(std::string_view id, std::size_t to);
    /// Deletes a plan for good (the notes of its sessions stay); false when there is no such plan.
    bool deletePlan(std::string_view id);

    /// Moves a note to the trash; false when there is no such live note.
    bool trash(std::string_view id);
    /// Brings a note back from the trash; false when it is not there.
    bool restore(std::string_view id);
    /// What purge() did.
    enum class Purged { Erased, NotInTrash, NoSuchNote };
    /// Deletes a note in the trash for good; a live note is never erased (NotInTrash). The check and the erase are
    /// one write, so a note another program restores meanwhile stays. Its rows are overwritten (secure_delete), the
    /// search index is rebuilt without it and the write-ahead log is checkpointed, so that only the backups
    /// (kKeepBackups) still hold it.
    Purged purge(std::string_view id);
    /// purge() of many notes in ONE write, with one rebuild of the search index and one checkpoint after it (one
    /// write each, 500 notes rebuilt the index 500 times, and a failure part-way left some erased and some not):
    /// those in the trash are erased, any other is left; returns how many were erased.
    int purge(const std::vector<std::string>& ids);
    /// Deletes every note in the trash for good, as purge() does; returns how many.
    int emptyTrash();
    /// The ids of the notes in the trash (what emptyTrash() would erase).
    std::vector<std::string> trashIds();

    /// Intensity per day of a region instance ("head.temple:right"), oldest day first.
    std::vector<DayIntensity> regionTrend(std::string_view region, const Range& range = {});
    /// Before/after intensity per day of a muscle's treatments, oldest day first.
    std::vector<DayTreatment> muscleTrend(std::string_view muscle, const Range& range = {});

    /// Runs PRAGMA integrity_check; returns "" when the file is sound, else SQLite's first complaint.
    std::string integrityProblem();
    /// Writes a backup now into backups/<key>-<day>.sqlite (replacing one of that day); returns its path.
    std::string backupNow(const std::string& day = {});
    /// Waits, on a connection of its own (so from any thread), until no other program holds the write lock of the
    /// journal at `path`, at most `timeoutMs`; true when it is free, false on timeout or when `cancel` becomes true.
    /// The app waits here off its UI thread, then retries the write.
    static bool waitUntilWritable(const std::string& path, int timeoutMs, const std::atomic<bool>& cancel);
    /// Automatic backups of the journal at `journalPath`, newest first.
    static std::vector<std::string> backups(const std::string& journalPath);
    /// Every backup of the journal at `journalPath` that can be restored (daily ones and the copies kept before a
    /// restore), newest first.
    static std::vector<BackupFile> backupFiles(const std::string& journalPath);
    /// Of backupFiles(journalPath), those that hold at least one of the notes `ids`: the copies an erase for good
    /// leaves behind until newer backups replace them (a note written since the day's backup is in none). A file
    /// that cannot be read, or whose last changes lie in a -wal beside it, is counted: it may hold them.
    static std::vector<BackupFile> backupsHolding(const std::string& journalPath, const std::vector<std::string>& ids);
    /// The folder the backups of the journal at `journalPath` live in: backups/ beside it.
    static std::string backupFolder(const std::string& journalPath);
    /// What restoreBackup() did.
    struct Restored {
        std::string kept; ///< the copy of the journal as it was before the restore
        /// Notes of a backup in an older format that its update brought forward without a part the rules of this
        /// version refuse (a spot in no region); the backup itself is unchanged and keeps them whole.
        int notesWithoutAPart = 0;
    };
    /// Replaces the journal's content with a backup (checked first); the current content is first saved to
    /// backups/<key>-before-restore-<time>.sqlite (with -2, -3, ... when that name is taken: never replaced).
    /// Refuses the journal itself or its working files as the backup, and a backup in an older format whose update
    /// would leave whole notes out (they would be gone from the journal once the backup ages out).
    Restored restoreBackup(const std::string& backupPath);

private:
    /// open() without its last word: an older format met by a read-only open stays an OlderFormat, which the
    /// reading of a backup turns into an update (journal_internal.h).
    static std::unique_ptr<Journal> openFile(const std::string& path, const OpenOptions& options);
    friend Summary summarize(Journal& journal, const Range& range); // journal/summary.h: SQL over these tables
    Journal(const std::string& path, const OpenOptions& options);
    void configure();
    /// No note (in the trash or not) and no plan.
    bool holdsNothing();
    /// What is wrong with the tables of a journal that says it is in format `version` (2 or later), against the
    /// tables that format's schema makes: "" when they match. A journal whose tables were changed outside Trigger
    /// Map would otherwise fail later, on the first read of the missing part, in SQLite's words.
    std::string layoutProblem(int version);
    void ensureSchema();
    void migrate1to2();
    SaveAllResult putNotes(
        const std::vector<Note>& notes, OnDuplicate onDuplicate, const std::string& now, bool answersUnknown = false);
    /// `imported`: plans of an import file, kept here when changed here since the file's copy; false for the
    /// user's own save, which always writes.
    void putPlans(const std::vector<Plan>& plans, OnDuplicate onDuplicate, const std::string& now,
        SaveAllResult& result, bool imported = true);
    /// After an erase: merges the search index and checkpoints the log, so no old copy of the rows stays behind.
    void eraseTraces();
    template <class F> void write(F&& body);
    /// savePlan()'s work inside a write already begun.
    Plan storePlan(Plan plan);
    std::unique_ptr<db::Database> db_;
    std::string path_;
    OpenOptions options_;
    OpenReport report_;
    Vocabulary vocabulary_;
    std::string migrationCopy_; ///< the copy written before a migration, or ""
};

} // namespace tmap::journal
