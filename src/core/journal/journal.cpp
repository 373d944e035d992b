#include "journal/journal.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "body/body_map.h"
#include "catalogue/catalogue.h"
#include "db/backup.h"
#include "db/database.h"
#include "journal/note_rules.h"
#include "journal/user_files.h"
#include "journal/uuid.h"

namespace fs = std::filesystem;

namespace tmap::journal {

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
// Version 2 (current): one row per note, child tables for the lists, an FTS5 index kept in step by save().
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

bool isBusy(int code)
{
    return (code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED;
}

bool isDamage(int code)
{
    return (code & 0xFF) == SQLITE_CORRUPT || (code & 0xFF) == SQLITE_NOTADB;
}

bool isFull(const db::Error& e)
{
    return (e.code() & 0xFF) == SQLITE_FULL || e.systemErrno() == ENOSPC || e.systemErrno() == EDQUOT;
}

/// A full disk, also when SQLite saw it only as an I/O error without the reason (growing the -shm or the WAL):
/// then the file system of `path` is asked whether it has room left.
bool isFull(const db::Error& e, const std::string& path)
{
    if (isFull(e))
        return true;
    if ((e.code() & 0xFF) != SQLITE_IOERR)
        return false;
    const fs::path folder = fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
    struct statvfs st { };
    return ::statvfs(folder.c_str(), &st) == 0 && st.f_bavail == 0;
}

/// What failed, in words: "the disk is full" for a full disk, whatever SQLite calls it, else SQLite's message
/// with the system's reason when there is one.
std::string describeFailure(const db::Error& e)
{
    if (isFull(e))
        return "the disk is full";
    if ((e.code() & 0xFF) == SQLITE_IOERR && e.systemErrno() != 0)
        return std::string(sqlite3_errstr(e.code())) + ": " + std::strerror(e.systemErrno());
    return sqlite3_errstr(e.code());
}

/// A JournalError for a failed SQLite call: SQLite's message naming the file, or for a full disk (which SQLite
/// may call "disk I/O error") that the disk is full.
JournalError failure(const std::string& path, const db::Error& e)
{
    if (isFull(e, path))
        return JournalError(path + ": the disk is full; nothing was changed - free some space and try again");
    return JournalError(e.what());
}

/// PRAGMA integrity_check words a page it could not read (SQLite 3.40) as "unable to get the page. error code=266",
/// "failed to get page 62" (a freelist page) or "Failed to read ptrmap key=9": the error code when the result
/// says so (SQLITE_IOERR when it gives none), else 0. A code that means damage is damage.
int readFailureIn(std::string_view result)
{
    if (result.find("failed to get page") != std::string_view::npos
        || result.find("Failed to read ptrmap") != std::string_view::npos)
        return SQLITE_IOERR;
    constexpr std::string_view marker = "error code=";
    const auto at = result.find(marker);
    if (at == std::string_view::npos)
        return 0;
    int code = 0;
    for (auto i = at + marker.size(); i < result.size() && result[i] >= '0' && result[i] <= '9' && code < 100000; ++i)
        code = code * 10 + (result[i] - '0');
    return code == 0 || isDamage(code) ? 0 : code;
}

// ---- Time -----------------------------------------------------------------------------------------------------

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, unsigned& month, unsigned& day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2));
}

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value)
{
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

unsigned daysInMonth(int year, int month)
{
    static constexpr std::array<unsigned, 12> days {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

bool parseDay(std::string_view text, int& y, int& m, int& d)
{
    return text.size() == 10 && digits(text, 0, 4, y) && text[4] == '-' && digits(text, 5, 2, m) && text[7] == '-'
        && digits(text, 8, 2, d) && y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= static_cast<int>(daysInMonth(y, m));
}

std::string twoDigits(int value)
{
    return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

std::string compactLocalTime()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &local);
    return buffer;
}

// ---- Text -----------------------------------------------------------------------------------------------------

std::size_t codePoints(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

bool hasControl(std::string_view text, bool allowNewlines)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0x7F || (u < 0x20 && !(allowNewlines && (u == '\n' || u == '\r' || u == '\t'))))
            return true;
    }
    return false;
}

/// "upper-trapezius", "long-sitting", "scalenes-1": lower-case words joined by '-', '_' or '.'.
bool isIdLike(std::string_view text)
{
    if (text.empty() || text.size() > 100)
        return false;
    for (const char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return false;
    return std::isalnum(static_cast<unsigned char>(text.front())) != 0;
}

/// "head.temple:right" / "chest.sternum" in form only (the body's parser, without its vocabulary).
bool isRegionLike(std::string_view text)
{
    return body::isCanonicalInstance(text) && isIdLike(text.substr(0, text.find(':')));
}

void checkString(std::vector<Problem>& problems, const std::string& pointer, std::string_view text,
    std::size_t maxChars, bool allowNewlines)
{
    std::size_t bad = 0;
    if (!isValidUtf8(text, &bad))
        problems.push_back({pointer, "not valid UTF-8 (byte " + std::to_string(bad) + ")"});
    else if (codePoints(text) > maxChars)
        problems.push_back({pointer,
            "too long: " + std::to_string(codePoints(text)) + " characters, at most " + std::to_string(maxChars)});
    else if (hasControl(text, allowNewlines))
        problems.push_back({pointer, "contains a control character"});
}

void checkIntensity(std::vector<Problem>& problems, const std::string& pointer, int value)
{
    if (value < 0 || value > 10)
        problems.push_back({pointer, "intensity " + std::to_string(value) + " is out of range 0-10"});
}

// ---- Files ----------------------------------------------------------------------------------------------------

std::string errnoText()
{
    return std::strerror(errno);
}

/// Creates the missing folders of `folder`, each private to the user (0700).
void makePrivateDirs(const fs::path& folder)
{
    if (folder.empty())
        return;
    fs::path partial;
    for (const auto& part : folder) {
        partial /= part;
        struct stat st { };
        if (::stat(partial.c_str(), &st) == 0)
            continue;
        if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST)
            throw JournalError(partial.string() + ": cannot create the folder: " + errnoText());
    }
}

/// Creates an empty file readable by the user only (SQLite gives its -wal and -shm the same mode).
void createPrivateFile(const fs::path& file)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return;
        throw JournalError(file.string() + ": cannot create the file: " + errnoText());
    }
    ::close(fd);
}

/// A read-only file or folder is the user's decision: say so instead of failing deep inside SQLite.
void refuseReadOnly(const fs::path& file)
{
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    struct stat st { };
    if (::stat(file.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            throw JournalError(file.string() + ": is a folder, not a journal file");
        if ((st.st_mode & S_IWUSR) == 0 || ::access(file.c_str(), R_OK | W_OK) != 0)
            throw JournalError(file.string()
                + ": the journal file is read-only; make it writable (chmod u+rw) "
                  "or choose another file");
    }
    if (::stat(folder.c_str(), &st) == 0 && ((st.st_mode & S_IWUSR) == 0 || ::access(folder.c_str(), W_OK | X_OK) != 0))
        throw JournalError(file.string() + ": the folder " + folder.string()
            + " is read-only; the journal needs to write there (chmod u+w) or choose another file");
}

void tightenMode(const fs::path& file)
{
    struct stat st { };
    if (::stat(file.c_str(), &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 077) != 0)
        ::chmod(file.c_str(), 0600);
}

/// Moves a broken journal (and its -wal/-shm) to FILE.broken-YYYYMMDD-HHMMSS; returns the new path.
std::string moveAside(const fs::path& file)
{
    std::string target = file.string() + ".broken-" + compactLocalTime();
    for (int n = 2; fs::exists(target) || fs::exists(target + "-wal"); ++n)
        target = file.string() + ".broken-" + compactLocalTime() + "-" + std::to_string(n);
    if (::rename(file.c_str(), target.c_str()) != 0)
        throw JournalError(
            file.string() + ": the journal is damaged and cannot be moved aside to " + target + ": " + errnoText());
    for (const char* suffix : {"-wal", "-shm"}) {
        const std::string from = file.string() + suffix;
        if (fs::exists(from) && ::rename(from.c_str(), (target + suffix).c_str()) != 0)
            throw JournalError(from + ": cannot move it aside to " + target + suffix + ": " + errnoText());
    }
    return target;
}

/// "SQLite format 3\0" and a header whose page count the file can hold; `suspect` when it cannot.
std::string checkHeader(const fs::path& file, bool& suspect)
{
    suspect = false;
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        throw JournalError(file.string() + ": cannot read the file: " + ec.message());
    if (size == 0)
        return {};
    std::array<unsigned char, 100> header {};
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw JournalError(file.string() + ": cannot read the file");
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    static constexpr char magic[] = "SQLite format 3";
    if (static_cast<std::size_t>(in.gcount()) < header.size() || std::memcmp(header.data(), magic, 16) != 0)
        return "not an SQLite database";
    auto be32 = [&](std::size_t at) {
        return (std::uint32_t {header[at]} << 24) | (std::uint32_t {header[at + 1]} << 16)
            | (std::uint32_t {header[at + 2]} << 8) | std::uint32_t {header[at + 3]};
    };
    std::uint32_t pageSize = (std::uint32_t {header[16]} << 8) | header[17];
    if (pageSize == 1)
        pageSize = 65536;
    const bool countValid = be32(24) == be32(92) && be32(28) != 0;
    // A file shorter than its header says is truncated - unless a WAL still holds a checkpoint in progress.
    if (countValid && std::uint64_t {be32(28)} * pageSize > size && !fs::exists(file.string() + "-wal"))
        suspect = true;
    return {};
}

std::string backupFolder(const std::string& journalPath)
{
    const fs::path file(journalPath);
    return (file.parent_path() / "backups").string();
}

/// Copies a live database into `target` (through a private temporary file of this process, synced, then renamed) as
/// a standalone rollback-journal file.
void writeCopy(db::Database& from, const fs::path& target)
{
    makePrivateDirs(target.parent_path());
    writeAtomically(target.string(), [&](const std::string& temporary) {
        db::Database to(temporary, db::Database::Mode::ReadWrite);
        db::copyDatabase(from, to);
        to.exec("PRAGMA journal_mode = DELETE");
    });
}

// ---- Reading and writing rows -----------------------------------------------------------------------------------

void bindOptional(db::Statement& st, int index, const std::optional<int>& value)
{
    if (value)
        st.bind(index, *value);
    else
        st.bind(index, std::nullopt);
}

std::optional<int> optionalInt(const db::Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return static_cast<int>(st.integer(column));
}

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const auto& w : words)
        text += (text.empty() ? "" : " ") + w;
    return text;
}

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
        , clearSearch(db.prepare("DELETE FROM note_search WHERE rowid = ?1"))
        , insertSpot(
              db.prepare("INSERT INTO spot (nid, ordinal, region, intensity, quality) VALUES (?1, ?2, ?3, ?4, ?5)"))
        , insertTag(db.prepare("INSERT INTO note_tag (nid, ordinal, tag) VALUES (?1, ?2, ?3)"))
        , insertFactor(db.prepare("INSERT INTO note_factor (nid, ordinal, factor) VALUES (?1, ?2, ?3)"))
        , insertTreatment(db.prepare("INSERT INTO treatment (nid, ordinal, muscle, trigger_point, technique, minutes, "
                                     "intensity_before, intensity_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
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
            for (auto* clear : {&clearSpots, &clearTags, &clearFactors, &clearTreatments, &clearSearch})
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
        insertSearch.bind(1, key).bind(2, note.text).bind(3, joined(note.tags)).bind(4, joined(regions)).run();
    }

    db::Statement find, insertNote, updateNote, clearSpots, clearTags, clearFactors, clearTreatments, clearSearch,
        insertSpot, insertTag, insertFactor, insertTreatment, insertSearch;

private:
    db::Database& db_;
};

constexpr const char* kNoteColumns
    = "n.nid, n.id, n.felt_at, n.created_at, n.updated_at, n.deleted_at, n.intensity, n.text";

/// Reads notes and their lists, with the child statements prepared once.
struct Reader {
    explicit Reader(db::Database& db)
        : spots(db.prepare("SELECT region, intensity, quality FROM spot WHERE nid = ?1 ORDER BY ordinal"))
        , tags(db.prepare("SELECT tag FROM note_tag WHERE nid = ?1 ORDER BY ordinal"))
        , factors(db.prepare("SELECT factor FROM note_factor WHERE nid = ?1 ORDER BY ordinal"))
        , treatments(db.prepare("SELECT muscle, trigger_point, technique, minutes, intensity_before, intensity_after "
                                "FROM treatment WHERE nid = ?1 ORDER BY ordinal"))
    {
    }

    /// A note from a row of kNoteColumns.
    Note read(db::Statement& row)
    {
        Note note;
        const std::int64_t nid = row.integer(0);
        note.id = row.text(1);
        note.when = row.text(2);
        note.created = row.text(3);
        note.updated = row.text(4);
        note.deleted = row.text(5);
        note.intensity = optionalInt(row, 6);
        note.text = row.text(7);
        spots.bind(1, nid);
        while (spots.step())
            note.spots.push_back({spots.text(0), static_cast<int>(spots.integer(1)),
                parseQuality(spots.text(2)).value_or(Quality::None)});
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
            note.treatments.push_back({treatments.text(0), treatments.text(1), treatments.text(2),
                static_cast<int>(treatments.integer(3)), optionalInt(treatments, 4), optionalInt(treatments, 5)});
        treatments.reset();
        return note;
    }

    db::Statement spots, tags, factors, treatments;
};

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

void checkRange(const Range& range)
{
    if (!range.since.empty() && !isDay(range.since))
        throw std::invalid_argument("since: \"" + range.since + "\" is not a date like 2026-11-25");
    if (!range.until.empty() && !isDay(range.until))
        throw std::invalid_argument("until: \"" + range.until + "\" is not a date like 2026-11-25");
}

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

std::string rangeClause(const Range& range, std::vector<std::string>& values)
{
    checkRange(range);
    std::string clause;
    if (!range.since.empty()) {
        clause += " AND n.day >= ?";
        values.push_back(range.since);
    }
    if (!range.until.empty()) {
        clause += " AND n.day <= ?";
        values.push_back(range.until);
    }
    return clause;
}

} // namespace

// ---- Free functions ---------------------------------------------------------------------------------------------

InvalidNote::InvalidNote(std::vector<Problem> problems)
    : std::invalid_argument(problems.empty()
            ? std::string("invalid note")
            : (problems.front().pointer.empty() ? "" : problems.front().pointer + ": ") + problems.front().message)
    , problems_(std::move(problems))
{
}

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (text.size() < 20 || !parseDay(text.substr(0, 10), y, mo, d) || text[10] != 'T' || !digits(text, 11, 2, h)
        || text[13] != ':' || !digits(text, 14, 2, mi) || text[16] != ':' || !digits(text, 17, 2, s) || h > 23
        || mi > 59 || s > 59)
        return std::nullopt;
    int offset = 0;
    if (text.size() == 20 && text[19] == 'Z') {
        offset = 0;
    } else if (text.size() == 25 && (text[19] == '+' || text[19] == '-') && text[22] == ':') {
        int oh = 0, om = 0;
        if (!digits(text, 20, 2, oh) || !digits(text, 23, 2, om) || oh > 14 || om > 59 || oh * 60 + om > 14 * 60)
            return std::nullopt;
        offset = (text[19] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    Timestamp t;
    const std::int64_t local
        = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + s;
    t.utc = local - std::int64_t {offset} * 60;
    t.offsetMinutes = offset;
    t.day = std::string(text.substr(0, 10));
    return t;
}

bool isDay(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    return parseDay(text, y, m, d);
}

std::string formatTimestamp(std::int64_t utc, int offsetMinutes)
{
    const std::int64_t local = utc + std::int64_t {offsetMinutes} * 60;
    std::int64_t days = local / 86400;
    std::int64_t seconds = local % 86400;
    if (seconds < 0) {
        seconds += 86400;
        --days;
    }
    int year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, year, month, day);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", year, month, day,
        static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    std::string text = buffer;
    const int abs = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    text += (offsetMinutes < 0 ? "-" : "+") + twoDigits(abs / 60) + ":" + twoDigits(abs % 60);
    return text;
}

std::string nowLocal()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return formatTimestamp(now, static_cast<int>(local.tm_gmtoff / 60));
}

std::string nowUtc()
{
    std::string text = formatTimestamp(std::time(nullptr), 0);
    return text.substr(0, 19) + "Z";
}

std::string today()
{
    return nowLocal().substr(0, 10);
}

bool isValidUtf8(std::string_view text, std::size_t* where)
{
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto fail = [&] {
        if (where)
            *where = i;
        return false;
    };
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
        } else {
            return fail();
        }
        if (i + length > n)
            return fail();
        for (std::size_t k = 1; k < length; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return fail();
            code = (code << 6) | (cc & 0x3F);
        }
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return fail();
        i += length;
    }
    return true;
}

std::string defaultJournalPath()
{
    const char* xdg = std::getenv("XDG_DATA_HOME");
    fs::path base;
    if (xdg && *xdg && fs::path(xdg).is_absolute()) {
        base = xdg;
    } else {
        const char* home = std::getenv("HOME");
        if (!home || !*home)
            throw JournalError("cannot find the journal: neither XDG_DATA_HOME nor HOME is set");
        base = fs::path(home) / ".local" / "share";
    }
    return (base / "trigger-map" / "journal.sqlite").string();
}

std::vector<Problem> validateNote(const Note& note, const Vocabulary& vocabulary, bool requireId)
{
    std::vector<Problem> problems;
    const body::BodyMap* body = vocabulary.body;
    if (!body && vocabulary.catalogue)
        body = &vocabulary.catalogue->body();
    const catalogue::Catalogue* cat = vocabulary.catalogue;

    if ((requireId || !note.id.empty()) && !isUuid(note.id))
        problems.push_back({"/id", "\"" + note.id.substr(0, 60) + "\" is not a lower-case UUID"});
    if (!parseTimestamp(note.when))
        problems.push_back({"/when",
            "\"" + note.when.substr(0, 60) + "\" is not a time with UTC offset like 2026-11-25T08:30:00+01:00"});
    if (!note.created.empty() && !parseTimestamp(note.created))
        problems.push_back(
            {"/created_at", "\"" + note.created.substr(0, 60) + "\" is not a time like 2026-11-25T07:30:00Z"});
    if (!note.updated.empty() && !parseTimestamp(note.updated))
        problems.push_back(
            {"/updated_at", "\"" + note.updated.substr(0, 60) + "\" is not a time like 2026-11-25T07:30:00Z"});
    if (note.intensity)
        checkIntensity(problems, "/intensity", *note.intensity);
    checkString(problems, "/text", note.text, kMaxTextChars, true);

    if (note.spots.size() > kMaxSpots)
        problems.push_back({"/spots",
            "too many spots: " + std::to_string(note.spots.size()) + ", at most " + std::to_string(kMaxSpots)});
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < note.spots.size() && i < kMaxSpots; ++i) {
        const auto& s = note.spots[i];
        const std::string at = "/spots/" + std::to_string(i);
        const bool known = body ? body->isInstance(s.region) : isRegionLike(s.region);
        if (!known) {
            std::string hint;
            if (body && body->region(s.region) && body->region(s.region)->sided)
                hint = " (it needs a side: " + s.region + ":left or " + s.region + ":right)";
            problems.push_back({at + "/region", "unknown region \"" + s.region.substr(0, 80) + "\"" + hint});
        } else if (!seen.insert(s.region).second) {
            problems.push_back({at + "/region", "region \"" + s.region + "\" is listed twice"});
        }
        checkIntensity(problems, at + "/intensity", s.intensity);
    }

    if (note.tags.size() > kMaxTags)
        problems.push_back(
            {"/tags", "too many tags: " + std::to_string(note.tags.size()) + ", at most " + std::to_string(kMaxTags)});
    seen.clear();
    for (std::size_t i = 0; i < note.tags.size() && i < kMaxTags; ++i) {
        const std::string at = "/tags/" + std::to_string(i);
        if (note.tags[i].empty())
            problems.push_back({at, "a tag cannot be empty"});
        else if (!seen.insert(note.tags[i]).second)
            problems.push_back({at, "tag \"" + note.tags[i] + "\" is listed twice"});
        checkString(problems, at, note.tags[i], kMaxShortChars, false);
    }

    if (note.factors.size() > kMaxFactors)
        problems.push_back({"/factors", "too many factors: " + std::to_string(note.factors.size())});
    seen.clear();
    for (std::size_t i = 0; i < note.factors.size() && i < kMaxFactors; ++i) {
        const std::string& f = note.factors[i];
        const std::string at = "/factors/" + std::to_string(i);
        if (!isIdLike(f) || (cat && !cat->factor(f)))
            problems.push_back({at, "unknown factor \"" + f.substr(0, 80) + "\" (see the catalogue's factors)"});
        else if (!seen.insert(f).second)
            problems.push_back({at, "factor \"" + f + "\" is listed twice"});
    }

    if (note.treatments.size() > kMaxTreatments)
        problems.push_back({"/treatments", "too many treatments: " + std::to_string(note.treatments.size())});
    for (std::size_t i = 0; i < note.treatments.size() && i < kMaxTreatments; ++i) {
        const auto& t = note.treatments[i];
        const std::string at = "/treatments/" + std::to_string(i);
        if (!isIdLike(t.muscle) || (cat && !cat->muscle(t.muscle)))
            problems.push_back({at + "/muscle", "unknown muscle \"" + t.muscle.substr(0, 80) + "\""});
        if (!t.triggerPoint.empty()) {
            const catalogue::TriggerPoint* point = cat ? cat->triggerPoint(t.triggerPoint) : nullptr;
            if (!isIdLike(t.triggerPoint) || (cat && !point))
                problems.push_back(
                    {at + "/trigger_point", "unknown trigger point \"" + t.triggerPoint.substr(0, 80) + "\""});
            else if (point && point->muscleId != t.muscle)
                problems.push_back({at + "/trigger_point",
                    "trigger point \"" + t.triggerPoint + "\" belongs to " + point->muscleId + ", not " + t.muscle});
        }
        checkString(problems, at + "/technique", t.technique, kMaxShortChars, false);
        if (t.minutes < 0 || t.minutes > kMaxMinutes)
            problems.push_back({at + "/minutes", std::to_string(t.minutes) + " minutes is out of range 0-1440"});
        if (t.before)
            checkIntensity(problems, at + "/before", *t.before);
        if (t.after)
            checkIntensity(problems, at + "/after", *t.after);
    }
    if (auto empty = emptyNoteProblem(note))
        problems.push_back(*empty);
    return problems;
}

// ---- Opening ----------------------------------------------------------------------------------------------------

namespace {

/// Thrown inside open() when the file is not a sound journal; open() moves it aside.
struct Broken {
    std::string problem;
    bool foreign = false; ///< not a journal at all, rather than a damaged one
};

} // namespace

Journal::Journal(const std::string& path, const OpenOptions& options)
    : path_(path)
    , options_(options)
    , vocabulary_(options.vocabulary)
{
    try {
        db_ = std::make_unique<db::Database>(
            path, options.readOnly ? db::Database::Mode::ReadOnly : db::Database::Mode::ReadWrite);
        db_->setBusyTimeout(options.busyTimeoutMs);
    } catch (const db::Error& e) {
        throw failure(path, e);
    }

    bool suspect = false;
    if (std::string problem = checkHeader(path, suspect); !problem.empty())
        throw Broken {problem, true};
    // Look before touching anything: switching to WAL writes the header of whatever file this is.
    try {
        auto objects = db_->prepare("SELECT count(*) FROM sqlite_master");
        objects.step();
        const auto count = objects.integer(0);
        auto appId = db_->prepare("PRAGMA application_id");
        appId.step();
        const auto id = appId.integer(0);
        const int version = db_->userVersion();
        if (id != kApplicationId && (id != 0 || count != 0))
            throw Broken {"another program's SQLite database", true};
        if (version > kSchemaVersion)
            throw JournalError(path + ": the journal was written by a newer version of Trigger Map (schema "
                + std::to_string(version) + "; this version reads up to " + std::to_string(kSchemaVersion)
                + "); it was left as it is");
        if (count != 0 && (suspect || options.check == OpenOptions::Check::Always))
            if (std::string problem = integrityProblem(); !problem.empty())
                throw Broken {problem};
        if (options.readOnly) {
            if (count == 0)
                throw Broken {"an empty file", true};
            if (version < kSchemaVersion)
                throw JournalError(path + ": the journal is in an older format (version " + std::to_string(version)
                    + "); open it once in Trigger Map or with tpmap to update it - it was left as it is");
            return; // no write-ahead log switch, no migration: nothing is written
        }
    } catch (const db::Error& e) {
        if (isDamage(e.code()))
            throw Broken {e.what()};
        throw failure(path_, e);
    }
    configure();
    // Keep the file as it was before a migration: the one moment its layout is rewritten.
    if (const int version = db_->userVersion(); version >= 1 && version < kSchemaVersion) {
        const auto copy = fs::path(backupFolder(path_))
            / (fs::path(path_).stem().string() + "-before-migration-v" + std::to_string(version) + ".sqlite");
        try {
            writeCopy(*db_, copy);
            migrationCopy_ = copy.string();
        } catch (const std::exception& e) {
            report_.warnings.push_back(std::string("no copy before the migration: ") + e.what());
        }
    }
    ensureSchema();
}

Journal::~Journal() = default;

void Journal::configure()
{
    try {
        auto mode = db_->prepare("PRAGMA journal_mode = WAL");
        mode.step();
        if (mode.text(0) != "wal")
            throw JournalError(
                path_ + ": cannot switch the journal to write-ahead logging (mode " + mode.text(0) + ")");
        mode.reset();
        db_->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    } catch (const db::Error& e) {
        if (isDamage(e.code()))
            throw Broken {e.what()};
        throw failure(path_, e);
    }
}

template <class F> void Journal::write(F&& body)
{
    for (int attempt = 1;; ++attempt) {
        try {
            db::Transaction tx(*db_);
            body();
            tx.commit();
            return;
        } catch (const db::Error& e) {
            if (isBusy(e.code()) && attempt < std::max(1, options_.writeAttempts)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt));
                continue;
            }
            if (isBusy(e.code()))
                throw JournalError(path_
                        + ": the journal is busy: another program has been writing to it for too long; "
                          "nothing was saved, try again",
                    true);
            if ((e.code() & 0xFF) == SQLITE_READONLY)
                throw JournalError(path_ + ": cannot write: the journal or its folder is read-only");
            if (isFull(e, path_))
                throw JournalError(path_ + ": cannot write: the disk is full; nothing was saved");
            throw failure(path_, e);
        }
    }
}

void Journal::ensureSchema()
{
    int from = 0;
    write([&] {
        from = db_->userVersion();
        if (from == kSchemaVersion)
            return;
        if (from == 0) {
            db_->exec(kSchemaV2);
            db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db_->setUserVersion(kSchemaVersion);
            return;
        }
        if (from == 1)
            migrate1to2();
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
        bool whole = false;
        for (const auto& p : problems) {
            std::size_t index = 0;
            if (std::sscanf(p.pointer.c_str(), "/spots/%zu", &index) == 1)
                badSpots.insert(index);
            else if (std::sscanf(p.pointer.c_str(), "/tags/%zu", &index) == 1)
                badTags.insert(index);
            else
                whole = true;
            problem(note.id, p.pointer + ": " + p.message);
        }
        if (whole) {
            ++skipped;
            continue;
        }
        for (auto i = badSpots.rbegin(); i != badSpots.rend(); ++i)
            note.spots.erase(note.spots.begin() + static_cast<std::ptrdiff_t>(*i));
        for (auto i = badTags.rbegin(); i != badTags.rend(); ++i)
            note.tags.erase(note.tags.begin() + static_cast<std::ptrdiff_t>(*i));
        if (incomplete || !problems.empty())
            ++partial;
        writer.put(note, std::nullopt);
    }
    db_->exec("DROP TABLE note_v1");
    if (partial + skipped > 0)
        report_.warnings.push_back(std::to_string(partial) + " note(s) were updated without a part this version "
            + "refuses and " + std::to_string(skipped) + " could not be updated (first: " + first
            + "); the journal as it was is kept in " + migrationCopy_);
}

std::unique_ptr<Journal> Journal::open(const std::string& path, const OpenOptions& options)
{
    if (path.empty())
        throw JournalError("no journal file given");
    const fs::path file(path);
    if (options.readOnly) {
        std::error_code ec;
        if (!fs::is_regular_file(file, ec))
            throw JournalError(path + ": there is no pain journal here");
        try {
            return std::unique_ptr<Journal>(new Journal(path, options));
        } catch (const Broken& broken) {
            throw JournalError(path + (broken.foreign ? ": not a Trigger Map journal (" : ": the journal is damaged (")
                + broken.problem + "); it was left as it is - open it in Trigger Map to repair it");
        }
    }
    makePrivateDirs(file.parent_path());
    refuseReadOnly(file);
    createPrivateFile(file);
    // What a killed backup left behind (a partial copy of the journal) goes now.
    removeStaleTemporaries(backupFolder(path), file.stem().string() + "-");

    std::string movedAside;
    std::string problem;
    auto fresh = [&](const std::string& why) {
        movedAside = moveAside(file);
        problem = why;
        createPrivateFile(file);
        return std::unique_ptr<Journal>(new Journal(path, options));
    };
    std::unique_ptr<Journal> journal;
    try {
        journal.reset(new Journal(path, options));
    } catch (const Broken& broken) {
        if (broken.foreign && !options.moveAsideForeign)
            throw JournalError(path + ": not a Trigger Map journal (" + broken.problem
                + "); it was left as it is - choose another file");
        journal = fresh(broken.problem);
    }
    tightenMode(file); // only now that it is known to be a journal

    // The first open of a day checks the whole file, then backs it up: a damaged journal never replaces a backup.
    const std::string day = options.day.empty() ? today() : options.day;
    std::vector<std::string> warnings;
    const auto todays = fs::path(backupFolder(path)) / (file.stem().string() + "-" + day + ".sqlite");
    std::error_code ec;
    if (options.dailyBackup && !fs::exists(todays, ec)) {
        if (options.check == OpenOptions::Check::Daily && movedAside.empty() && !journal->report_.created) {
            if (std::string why = journal->integrityProblem(); !why.empty()) {
                journal.reset();
                journal = fresh(why);
            }
        }
        if (!journal->report_.created) {
            try {
                journal->report_.backupWritten = journal->backupNow(day);
            } catch (const std::exception& e) {
                warnings.push_back(std::string("no backup today: ") + e.what());
            }
        }
    }
    auto& report = journal->report_;
    report.movedAside = movedAside;
    report.problem = problem;
    report.warnings.insert(report.warnings.end(), warnings.begin(), warnings.end());
    if (!movedAside.empty()) {
        const auto list = backups(path);
        if (!list.empty())
            report.newestBackup = list.front();
    }
    return journal;
}

std::string Journal::integrityProblem()
{
    // Damage is only what the check says about pages it could read. A read that failed (a bad sector, a cable, a
    // network share) is an I/O error: reported as one, and the file stays where it is - moving a healthy journal
    // aside for it would start the user on an empty one.
    auto unreadable = [&](const std::string& why) {
        return JournalError(path_ + ": cannot read the journal to check it (" + why
            + "); it was left as it is - try again, and check the disk if it happens again");
    };
    try {
        auto check = [&] {
            auto st = db_->prepare("PRAGMA integrity_check(1)");
            return st.step() ? st.text(0) : std::string("integrity check returned nothing");
        };
        const std::string result = check();
        if (result == "ok")
            return {};
        if (const int code = readFailureIn(result); code != 0)
            throw unreadable(sqlite3_errstr(code));
        // A read that failed in a way the check does not name can still show as nonsense. Damage is what a second
        // look sees the same way; a complaint that does not come back was the disk, not the file.
        if (const std::string again = check(); again != result)
            throw unreadable("a problem that a second check did not see again: " + result.substr(0, 200));
        return "integrity check failed: " + result;
    } catch (const db::Error& e) {
        if (isDamage(e.code()))
            return e.what();
        throw unreadable(describeFailure(e));
    }
}

// ---- Notes ------------------------------------------------------------------------------------------------------

Note Journal::save(Note note)
{
    if (auto problems = validateNote(note, vocabulary_); !problems.empty())
        throw InvalidNote(std::move(problems));
    if (note.id.empty())
        note.id = newUuid();
    const std::string now = nowUtc();
    write([&] {
        Writer writer(*db_);
        const auto found = writer.lookup(note.id);
        note.created = found ? found->created : (note.created.empty() ? now : note.created);
        note.updated = now;
        if (found) {
            auto deleted = db_->prepare("SELECT deleted_at FROM note WHERE nid = ?1");
            deleted.bind(1, found->nid);
            deleted.step();
            note.deleted = deleted.text(0);
        }
        writer.put(note, found ? std::optional(found->nid) : std::nullopt);
    });
    return note;
}

SaveAllResult Journal::saveAll(const std::vector<Note>& notes, OnDuplicate onDuplicate)
{
    SaveAllResult result;
    const std::string now = nowUtc();
    write([&] {
        result = {};
        Writer writer(*db_);
        for (const auto& original : notes) {
            assert(!original.id.empty());
            const auto found = writer.lookup(original.id);
            if (found && onDuplicate == OnDuplicate::Skip) {
                ++result.skipped;
                continue;
            }
            Note note = original;
            if (note.created.empty())
                note.created = found ? found->created : now;
            if (note.updated.empty())
                note.updated = now;
            note.deleted.clear();
            writer.put(note, found ? std::optional(found->nid) : std::nullopt);
            ++(found ? result.updated : result.added);
        }
    });
    return result;
}

std::optional<Note> Journal::get(std::string_view id)
{
    auto st = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM note n WHERE n.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Reader reader(*db_);
    return reader.read(st);
}

bool Journal::contains(std::string_view id)
{
    auto st = db_->prepare("SELECT 1 FROM note WHERE id = ?1");
    st.bind(1, id);
    return st.step();
}

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

void Journal::forEach(const Range& range, const std::function<void(const Note&)>& visit)
{
    std::vector<std::string> values;
    const std::string clause = rangeClause(range, values);
    auto st = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM note n WHERE n.deleted_at IS NULL" + clause
        + " ORDER BY n.day, n.at_utc, n.nid");
    for (std::size_t i = 0; i < values.size(); ++i)
        st.bind(static_cast<int>(i + 1), values[i]);
    Reader reader(*db_);
    // One read transaction, so an export is a consistent snapshot even while the app keeps writing.
    db_->exec("BEGIN");
    try {
        while (st.step())
            visit(reader.read(st));
    } catch (...) {
        st.reset();
        db_->exec("ROLLBACK");
        throw;
    }
    st.reset();
    db_->exec("COMMIT");
}

bool Journal::trash(std::string_view id)
{
    bool changed = false;
    const std::string now = nowUtc();
    write([&] {
        auto st = db_->prepare("UPDATE note SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL");
        st.bind(1, id).bind(2, now).run();
        changed = db_->changes() == 1;
    });
    return changed;
}

bool Journal::restore(std::string_view id)
{
    bool changed = false;
    write([&] {
        auto st = db_->prepare("UPDATE note SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL");
        st.bind(1, id).run();
        changed = db_->changes() == 1;
    });
    return changed;
}

bool Journal::purge(std::string_view id)
{
    bool changed = false;
    write([&] {
        auto find = db_->prepare("SELECT nid FROM note WHERE id = ?1");
        find.bind(1, id);
        if (!find.step())
            return;
        const auto nid = find.integer(0);
        db_->prepare("DELETE FROM note_search WHERE rowid = ?1").bind(1, nid).run();
        db_->prepare("DELETE FROM note WHERE nid = ?1").bind(1, nid).run();
        changed = true;
    });
    return changed;
}

int Journal::emptyTrash()
{
    int removed = 0;
    write([&] {
        db_->exec("DELETE FROM note_search WHERE rowid IN (SELECT nid FROM note WHERE deleted_at IS NOT NULL)");
        db_->exec("DELETE FROM note WHERE deleted_at IS NOT NULL");
        removed = db_->changes();
    });
    return removed;
}

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

std::vector<TreatmentEffect> Journal::treatmentEffects(const Range& range, int minNotes)
{
    std::vector<std::string> values;
    const std::string clause = rangeClause(range, values);
    auto st = db_->prepare(
        "SELECT t.muscle, min(t.technique), avg(t.intensity_before - t.intensity_after), count(DISTINCT t.nid), "
        "count(*) FROM treatment t JOIN note n ON n.nid = t.nid "
        "WHERE t.intensity_before IS NOT NULL AND t.intensity_after IS NOT NULL AND n.deleted_at IS NULL"
        + clause
        + " GROUP BY t.muscle, lower(trim(t.technique)) HAVING count(DISTINCT t.nid) >= ? "
          "ORDER BY 3 DESC, 4 DESC, t.muscle");
    int index = 0;
    for (const auto& v : values)
        st.bind(++index, v);
    st.bind(++index, minNotes);
    std::vector<TreatmentEffect> effects;
    while (st.step())
        effects.push_back(
            {st.text(0), st.text(1), st.real(2), static_cast<int>(st.integer(3)), static_cast<int>(st.integer(4))});
    return effects;
}

// ---- Backups ------------------------------------------------------------------------------------------------------

std::string Journal::backupNow(const std::string& day)
{
    const std::string when = day.empty() ? today() : day;
    if (!isDay(when))
        throw std::invalid_argument("backup day \"" + when + "\" is not a date like 2026-11-25");
    const fs::path file(path_);
    const fs::path target = fs::path(backupFolder(path_)) / (file.stem().string() + "-" + when + ".sqlite");
    try {
        writeCopy(*db_, target);
    } catch (const db::Error& e) {
        throw failure(target.string(), e);
    }
    // Keep the newest few; the list holds only this journal's daily backups, never the before-restore copies.
    const auto list = backups(path_);
    for (std::size_t i = static_cast<std::size_t>(std::max(options_.keepBackups, 1)); i < list.size(); ++i) {
        std::error_code ec;
        fs::remove(list[i], ec);
    }
    return target.string();
}

void Journal::setBusyWait(int timeoutMs, int attempts)
{
    options_.busyTimeoutMs = timeoutMs;
    options_.writeAttempts = attempts;
    db_->setBusyTimeout(timeoutMs);
}

bool Journal::waitUntilWritable(const std::string& path, int timeoutMs, const std::atomic<bool>& cancel)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    try {
        db::Database db(path, db::Database::Mode::ReadWrite);
        db.setBusyTimeout(50); // short steps, so that a cancel is seen at once
        while (!cancel && std::chrono::steady_clock::now() < until) {
            try {
                db.exec("BEGIN IMMEDIATE");
                db.exec("ROLLBACK");
                return true;
            } catch (const db::Error& e) {
                if (!isBusy(e.code()))
                    return true; // not a lock: let the write itself fail and say why
            }
        }
    } catch (const db::Error&) {
        return true;
    }
    return false;
}

std::vector<std::string> Journal::backups(const std::string& journalPath)
{
    const std::string stem = fs::path(journalPath).stem().string();
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backupFolder(journalPath), ec)) {
        const std::string name = entry.path().filename().string();
        // <stem>-YYYY-MM-DD.sqlite
        if (name.size() == stem.size() + 1 + 10 + 7 && name.starts_with(stem + "-") && name.ends_with(".sqlite")
            && isDay(std::string_view(name).substr(stem.size() + 1, 10)))
            found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end(), std::greater<>());
    return found;
}

std::string Journal::restoreBackup(const std::string& backupPath)
{
    bool suspect = false;
    if (!fs::exists(backupPath))
        throw JournalError(backupPath + ": no such backup");
    if (std::string problem = checkHeader(backupPath, suspect); !problem.empty() || fs::file_size(backupPath) == 0)
        throw JournalError(backupPath + ": not a journal backup (" + (problem.empty() ? "empty file" : problem) + ")");
    try {
        db::Database source(backupPath, db::Database::Mode::ReadOnly);
        auto appId = source.prepare("PRAGMA application_id");
        appId.step();
        const int version = source.userVersion();
        if (appId.integer(0) != kApplicationId || version < 1 || version > kSchemaVersion)
            throw JournalError(backupPath + ": not a journal backup this version can read");
        auto check = source.prepare("PRAGMA integrity_check(1)");
        if (!check.step() || check.text(0) != "ok")
            throw JournalError(backupPath + ": the backup is damaged: " + check.text(0));
        check.reset();

        const fs::path file(path_);
        const fs::path safety = fs::path(backupFolder(path_))
            / (file.stem().string() + "-before-restore-" + compactLocalTime() + ".sqlite");
        writeCopy(*db_, safety);
        db::copyDatabase(source, *db_);
        configure();
        ensureSchema();
        return safety.string();
    } catch (const db::Error& e) {
        throw JournalError(backupPath + ": cannot restore: " + e.what());
    }
}

} // namespace tmap::journal
