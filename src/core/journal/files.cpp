// journal/files.cpp owns opening the journal file: private folders and files, the header and integrity checks,
// moving a damaged file aside, waiting for a lock, and what a failed SQLite call means.
#include "journal/journal.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "db/backup.h"
#include "journal/user_files.h"

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace {

/// A name SQLite gives a database's working files: the log, its index, the rollback journal.
bool sqliteWorkingFileName(std::string_view name)
{
    return name.ends_with("-wal") || name.ends_with("-shm") || name.ends_with("-journal");
}

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
            throwCannotWrite(partial.string(), "cannot create the folder", errno);
    }
}

/// Creates an empty file readable by the user only (SQLite gives its -wal and -shm the same mode).
void createPrivateFile(const fs::path& file)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return;
        throwCannotWrite(file.string(), "cannot create the file", errno);
    }
    ::close(fd);
}

/// Whether the folder of `file` takes new files (the user's permission bits, not only root's access).
bool folderWritable(const fs::path& file)
{
    const fs::path folder = folderOf(file.string());
    struct stat st { };
    return ::stat(folder.c_str(), &st) != 0
        || ((st.st_mode & S_IWUSR) != 0 && ::access(folder.c_str(), W_OK | X_OK) == 0);
}

/// Whether the existing journal `file` is one the user made read-only (the file, or its folder).
bool userMadeReadOnly(const fs::path& file)
{
    struct stat st { };
    return ::stat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode)
        && ((st.st_mode & S_IWUSR) == 0 || ::access(file.c_str(), R_OK | W_OK) != 0 || !folderWritable(file));
}

/// A read-only file or folder is the user's decision: say so instead of failing deep inside SQLite.
void refuseReadOnly(const fs::path& file)
{
    struct stat st { };
    if (::stat(file.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            throw JournalError(
                JournalError::Reason::IsFolder, file.string(), file.string() + ": is a folder, not a journal file");
        if ((st.st_mode & S_IWUSR) == 0 || ::access(file.c_str(), R_OK | W_OK) != 0)
            throw JournalError(JournalError::Reason::FileReadOnly, file.string(),
                file.string()
                    + ": the journal file is read-only; make it writable (chmod u+rw) "
                      "or choose another file");
    }
    if (!folderWritable(file))
        throw JournalError(JournalError::Reason::FolderReadOnly, file.string(),
            file.string() + ": the folder " + folderOf(file.string()).string()
                + " is read-only; the journal needs to write there (chmod u+w) or choose another file",
            folderOf(file.string()).string());
}

void tightenMode(const fs::path& file)
{
    struct stat st { };
    if (::stat(file.c_str(), &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 077) != 0)
        ::chmod(file.c_str(), 0600);
}

/// The file a journal's path names: the one a link points to (into a synced folder, say), else the path itself.
fs::path linkedFile(const fs::path& file)
{
    std::error_code ec;
    if (fs::is_symlink(file, ec))
        if (auto real = fs::canonical(file, ec); !ec)
            return real;
    return file;
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

} // namespace

namespace detail {

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
        return JournalError(JournalError::Reason::DiskFull, path,
            path + ": the disk is full; nothing was changed - free some space and try again");
    // Another program's lock (a journal not yet in WAL mode being switched, a read during its recovery): the caller
    // may wait for it and try again.
    return JournalError(e.what(), isBusy(e.code()), e.damaged());
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

std::string checkHeader(const fs::path& file, bool& suspect)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        throw JournalError(file.string() + ": cannot read the file: " + ec.message());
    if (size == 0) {
        suspect = false;
        return {};
    }
    std::string start(100, '\0');
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw JournalError(file.string() + ": cannot read the file");
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<std::size_t>(in.gcount()));
    return checkHeader(file, start, size, suspect);
}

/// "SQLite format 3\0" and a header whose page count the file can hold; `suspect` when it cannot.
std::string checkHeader(const fs::path& file, std::string_view start, std::uintmax_t size, bool& suspect)
{
    suspect = false;
    if (size == 0)
        return {};
    std::array<unsigned char, 100> header {};
    static constexpr char magic[] = "SQLite format 3";
    if (start.size() < header.size() || std::memcmp(start.data(), magic, 16) != 0)
        return "not an SQLite database";
    std::memcpy(header.data(), start.data(), header.size());
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

fs::path folderOf(const std::string& path)
{
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

bool hasPendingLog(const std::string& path)
{
    std::error_code ec;
    return fs::exists(path + "-wal", ec) && fs::file_size(path + "-wal", ec) > 0;
}

std::vector<std::pair<fs::path, std::string>> damagedCopyPlaces(const std::string& journalPath)
{
    std::vector<std::pair<fs::path, std::string>> places {
        {folderOf(journalPath), fs::path(journalPath).filename().string() + ".broken-"}};
    if (const fs::path real = linkedFile(journalPath); real != fs::path(journalPath))
        places.emplace_back(folderOf(real.string()), real.filename().string() + ".broken-");
    return places;
}

fs::path dailyBackupPath(const std::string& journalPath, const std::string& day)
{
    return fs::path(backupFolder(journalPath)) / (backupKey(journalPath) + "-" + day + ".sqlite");
}

std::string backupKey(const std::string& journalPath)
{
    const fs::path file(journalPath);
    // "journal.sqlite" is "journal"; "pain.db.sqlite" keeps its whole name, else it would share "pain.db" with a
    // journal named "pain.db".
    if (file.extension() == ".sqlite" && !file.stem().has_extension())
        return file.stem().string();
    // Not file.stem(): "pain.db" and "pain.sqlite" would share "pain". A name without an extension gets a final dot,
    // else "pain" would share the backups of "pain.sqlite".
    return file.filename().string() + (file.has_extension() ? "" : ".");
}

/// Copies a live database into `target` (through a private temporary file of this process, synced, then renamed) as
/// a standalone rollback-journal file.
void writeCopy(db::Database& from, const fs::path& target, Existing existing)
{
    makePrivateDirs(target.parent_path());
    writeAtomically(
        target.string(),
        [&](const std::string& temporary) {
            db::Database to(temporary, db::Database::Mode::ReadWrite);
            db::copyDatabase(from, to);
            to.exec("PRAGMA journal_mode = DELETE");
        },
        {}, existing);
}

bool isBackupFile(const std::string& journalPath)
{
    // Judged by where the file really is: a link to a backup, or a path through a linked backups folder, is a
    // backup too (read by its spelling, "notes add --journal link" wrote into one).
    std::error_code ec;
    fs::path file = fs::weakly_canonical(fs::path(journalPath), ec);
    if (ec)
        file = fs::path(journalPath);
    if (file.parent_path().filename() != "backups" || file.extension() != ".sqlite")
        return false;
    const std::string stem = file.stem().string();
    if (stem.find("-before-restore-") != std::string::npos || stem.find("-before-migration-v") != std::string::npos)
        return true;
    return stem.size() > 11 && stem[stem.size() - 11] == '-' && isDay(stem.substr(stem.size() - 10));
}

} // namespace detail

bool isDamaged(const std::exception& error)
{
    if (const auto* journal = dynamic_cast<const JournalError*>(&error))
        return journal->damaged();
    const auto* sqlite = dynamic_cast<const db::Error*>(&error);
    return sqlite && sqlite->damaged();
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

Journal::Journal(const std::string& path, const OpenOptions& options)
    : path_(path)
    , options_(options)
    , vocabulary_(options.vocabulary)
{
    try {
        auto mode = options.readOnly ? db::Database::Mode::ReadOnly : db::Database::Mode::ReadWrite;
        // SQLite reads a write-ahead-logged file through a -shm beside it, which a read-only folder cannot take
        // (and which would stay behind a read-only file): nothing writes a journal the user made read-only (Trigger
        // Map refuses to), so it is read as it stands on disk.
        std::error_code ec;
        const bool standing = userMadeReadOnly(fs::path(path)) && !fs::exists(path + "-wal", ec);
        if (options.readOnly && (options.asItStands || standing))
            mode = db::Database::Mode::Immutable;
        db_ = std::make_unique<db::Database>(path, mode);
        db_->setBusyTimeout(options.busyTimeoutMs);
    } catch (const db::Error& e) {
        throw failure(path, e);
    }

    bool suspect = false;
    // Read through the connection just opened: a second descriptor, once closed, would take this process's locks
    // on the file with it (db::Database::readFileStart).
    std::string headerProblem;
    try {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (ec)
            throw JournalError(path + ": cannot read the file: " + ec.message());
        headerProblem = checkHeader(path, db_->readFileStart(100), size, suspect);
    } catch (const db::Error& e) {
        throw failure(path, e);
    }
    if (!headerProblem.empty())
        throw Broken {headerProblem, true};
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
            throw JournalError(JournalError::Reason::NewerVersion, path,
                path + ": the journal was written by a newer version of Trigger Map (schema " + std::to_string(version)
                    + "; this version reads up to " + std::to_string(kSchemaVersion) + "); it was left as it is");
        if (count != 0 && (suspect || options.check == OpenOptions::Check::Always))
            if (std::string problem = integrityProblem(); !problem.empty())
                throw Broken {problem};
        if (count != 0 && version >= 2)
            if (std::string problem = layoutProblem(version); !problem.empty())
                throw Broken {problem};
        if (options.readOnly) {
            if (count == 0)
                throw Broken {"an empty file", true};
            if (version < kSchemaVersion)
                throw OlderFormat {path + ": the journal is in an older format (version " + std::to_string(version)
                    + "); open it once in Trigger Map or with tpmap to update it - it was left as it is"};
            return; // no write-ahead log switch, no migration: nothing is written
        }
    } catch (const db::Error& e) {
        if (isDamage(e.code()))
            throw Broken {sqlite3_errstr(e.code())}; // SQLite's words for the damage, not the query it met it in
        throw failure(path_, e);
    }
    configure();
    // Keep the file as it was before a migration: the one moment its layout is rewritten.
    if (const int version = db_->userVersion(); version >= 1 && version < kSchemaVersion) {
        const auto copy = fs::path(backupFolder(path_))
            / (backupKey(path_) + "-before-migration-v" + std::to_string(version) + ".sqlite");
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

namespace {

/// A damaged journal left where it is, and how to go on.
std::string damagedLeft(const std::string& path, const std::string& problem)
{
    return path + ": the journal is damaged (" + problem
        + "); it was left as it is. To go on, restore a backup (in the app: File > Journal file and backups; "
          "tpmap notes backups, then tpmap notes restore-backup FILE), or open it in the app, which keeps the "
          "damaged file aside and starts a new journal";
}

/// A backup a command only reads (a writable one: a read-only file is read as it is anyway).
bool readBackupAsItIs(const std::string& path, const OpenOptions& options)
{
    return options.readOnlyWhenNotWritable && isBackupFile(path) && !userMadeReadOnly(fs::path(path));
}

} // namespace

std::unique_ptr<Journal> Journal::open(const std::string& path, const OpenOptions& options)
{
    // An older format met by a read-only open is said as a JournalError, whatever options led there.
    try {
        return openFile(path, options);
    } catch (const OlderFormat& older) {
        throw JournalError(older.message);
    } catch (const JournalError& e) {
        // A command that only reads, on a full disk: the -shm a write-ahead-logged journal is read through cannot be
        // made. With nothing in the log, the file as it stands on disk is the journal: read that, so that the notes
        // can still be listed and exported to another disk.
        std::error_code ec;
        const auto log = fs::file_size(path + "-wal", ec);
        if (e.reason() != JournalError::Reason::DiskFull || !(options.readOnlyWhenNotWritable || options.readOnly)
            || options.asItStands || (!ec && log > 0))
            throw;
        OpenOptions reading = options;
        reading.readOnly = true;
        reading.asItStands = true;
        std::unique_ptr<Journal> journal;
        try {
            journal = openFile(path, reading);
        } catch (const std::exception&) {
            throw e; // what the user can act on: the disk is full
        }
        journal->report_.readOnly = "the disk is full";
        return journal;
    }
}

std::unique_ptr<Journal> Journal::openFile(const std::string& path, const OpenOptions& options)
{
    if (path.empty())
        throw JournalError("no journal file given");
    const fs::path file(path);
    // An automatic backup is never written to by a command that changes the journal: a note added there would not
    // be in the journal, and would go when the backup ages out.
    if (!options.readOnly && !options.readOnlyWhenNotWritable && isBackupFile(path))
        throw JournalError(JournalError::Reason::IsBackup, path,
            path
                + ": this is one of the journal's automatic backups; nothing was written to it. To go on from it, "
                  "restore it (tpmap notes restore-backup FILE; in the app: File > Journal file and backups), or "
                  "copy it out of the backups folder first");
    // Nor a file named as SQLite names a database's working files ("pain.sqlite-journal", "x-wal"): opening the
    // database of the name without that end (pain.sqlite) takes it for its own leftover and deletes it, every note
    // with it. Read, it is left as it lies; renamed, it is a journal like any other.
    // (A command that only reads - readOnlyWhenNotWritable - reads one as it lies, below.)
    if (sqliteWorkingFileName(file.filename().string()) && !options.readOnly && options.readOnlyWhenNotWritable) {
        OpenOptions reading = options;
        reading.readOnly = true;
        return openFile(path, reading);
    }
    if (!options.readOnly && sqliteWorkingFileName(file.filename().string()))
        throw JournalError(JournalError::Reason::WorkingFileName, path,
            path
                + ": a journal's name cannot end in -wal, -shm or -journal - SQLite takes such a file for the working "
                  "file of the database named without that end, and deletes it; nothing was written. Choose another "
                  "name"
                + (fs::exists(file) ? " (rename this file first, e.g. to NAME.sqlite)" : std::string()));
    // Nor is a damaged journal moved aside: opened to write, it would be moved aside again and a new journal
    // started under its name, which backups then listed as the damaged one (and the damaged file nowhere).
    if (!options.readOnly && !options.readOnlyWhenNotWritable && isDamagedCopy(path))
        throw JournalError(JournalError::Reason::IsDamagedCopy, path,
            path
                + ": this is a damaged journal moved aside; nothing was written to it. Add the notes it still "
                  "holds to your journal with: tpmap notes import FILE (in the app: File > Import into the journal)");
    if (!options.readOnly && readBackupAsItIs(path, options)) {
        // A backup looked into (tpmap notes list --journal backups/...) stays as it is: opening it to write would
        // switch it to write-ahead logging and leave a -wal and a -shm beside it. One in an older format can only
        // be read once updated, so it opens as usual (its update keeps a copy of it as it was).
        OpenOptions reading = options;
        reading.readOnly = true;
        try {
            return openFile(path, reading); // no word of it: the user asked to look into the backup
        } catch (const OlderFormat&) {
        }
    }
    if (options.readOnlyWhenNotWritable && !options.readOnly && userMadeReadOnly(file)) {
        OpenOptions reading = options;
        reading.readOnly = true;
        auto journal = openFile(path, reading);
        journal->report_.readOnly = folderWritable(file) ? "the journal file is read-only" : "its folder is read-only";
        return journal;
    }
    if (options.readOnly) {
        std::error_code ec;
        if (!fs::is_regular_file(file, ec)) {
            if (fs::is_directory(file, ec))
                throw JournalError(JournalError::Reason::IsFolder, path, path + ": is a folder, not a journal file");
            throw JournalError(JournalError::Reason::Missing, path, path + ": there is no pain journal here");
        }
        try {
            return std::unique_ptr<Journal>(new Journal(path, options));
        } catch (const Broken& broken) { // an OlderFormat goes up: to the backup's fallback, or open() words it
            if (broken.foreign)
                throw JournalError(JournalError::Reason::NotAJournal, path,
                    path + ": not a Trigger Map journal (" + broken.problem + "); it was left as it is");
            throw JournalError(damagedLeft(path, broken.problem));
        }
    }
    if (std::error_code ec; !options.makeFolder && !fs::is_directory(fs::absolute(file).parent_path(), ec)) {
        const std::string folder = fs::absolute(file).parent_path().string();
        throw JournalError(JournalError::Reason::NoFolder, path,
            path + ": there is no folder " + folder
                + " (check the name; a new journal starts only in a folder that exists)",
            folder);
    }
    makePrivateDirs(file.parent_path());
    refuseReadOnly(file);
    createPrivateFile(file);
    // What a killed backup left behind (a partial copy of the journal) goes now.
    removeStaleTemporaries(backupFolder(path), backupKey(path) + "-");

    std::string movedAside;
    std::string problem;
    auto fresh = [&](const std::string& why) {
        if (!options.moveAsideDamaged)
            throw JournalError(damagedLeft(path, why));
        // A journal reached through a link: the file the link points to is moved aside and the new journal starts
        // there, behind the same link (the link itself was moved aside: the damaged file stayed at the far end under
        // its own name, and the new notes went to a local file in the link's place).
        const fs::path real = linkedFile(file);
        movedAside = moveAside(real);
        problem = why;
        createPrivateFile(real);
        return std::unique_ptr<Journal>(new Journal(path, options));
    };
    std::unique_ptr<Journal> journal;
    try {
        journal.reset(new Journal(path, options));
    } catch (const Broken& broken) {
        if (broken.foreign && !options.moveAsideForeign)
            throw JournalError(JournalError::Reason::NotAJournal, path,
                path + ": not a Trigger Map journal (" + broken.problem
                    + "); it was left as it is - choose another file");
        journal = fresh(broken.problem);
    }
    tightenMode(file); // only now that it is known to be a journal

    // The first open of a day checks the whole file, then backs it up: a damaged journal never replaces a backup.
    const std::string day = options.day.empty() ? today() : options.day;
    std::vector<std::string> warnings;
    const auto todays = dailyBackupPath(path, day);
    std::error_code ec;
    // A backup opened to look into it (tpmap notes list --journal backups/...) gets no backups of its own.
    if (options.dailyBackup && !isBackupFile(path) && !fs::exists(todays, ec)) {
        if (options.check == OpenOptions::Check::Daily && movedAside.empty() && !journal->report_.created) {
            if (std::string why = journal->integrityProblem(); !why.empty()) {
                journal.reset();
                journal = fresh(why);
            }
        }
        // Nothing to keep in a journal without notes or plans: a copy of it would only push out an older backup
        // (a journal lost and started again would lose the backups of the old one, a day at a time).
        if (!journal->report_.created && !journal->holdsNothing()) {
            try {
                journal->report_.backupWritten = journal->backupNow(day);
            } catch (const JournalError& e) {
                // The open goes on: what failed is the copy, not the journal ("nothing was changed - try again" read
                // as if the note about to be saved had not been).
                warnings.push_back(e.reason() == JournalError::Reason::DiskFull
                        ? "no backup today: the disk has no room for a copy of the journal (" + todays.string()
                            + "); the journal itself is fine - free some space for the next one"
                        : std::string("no backup today: ") + e.what() + " (the journal itself is fine)");
            } catch (const std::exception& e) {
                warnings.push_back(std::string("no backup today: ") + e.what() + " (the journal itself is fine)");
            }
        }
    }
    auto& report = journal->report_;
    report.movedAside = movedAside;
    report.problem = problem;
    report.warnings.insert(report.warnings.end(), warnings.begin(), warnings.end());
    if (!movedAside.empty() || report.created) {
        const auto list = backups(path);
        if (!list.empty())
            report.newestBackup = list.front();
        // A journal started (the file missing or empty) beside backups of one: it was lost (deleted, emptied by a
        // sync tool), and the front ends offer its newest backup. Said once, as it is started: a journal kept
        // empty on purpose is not asked about again (and while it holds nothing, no backup pushes one out).
        report.besideBackups = movedAside.empty() && !list.empty();
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
            return sqlite3_errstr(e.code());
        throw unreadable(describeFailure(e));
    }
}

void Journal::setBusyWait(int timeoutMs, int attempts)
{
    options_.busyTimeoutMs = timeoutMs;
    options_.writeAttempts = attempts;
    db_->setBusyTimeout(timeoutMs);
}

void Journal::setInterrupt(const std::atomic<bool>* flag)
{
    // Every 1000 virtual machine steps: a few microseconds each time, so a stop is seen within a millisecond or so.
    constexpr int kSteps = 1000;
    sqlite3_progress_handler(
        db_->handle(), flag ? kSteps : 0,
        [](void* stop) { return static_cast<const std::atomic<bool>*>(stop)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(flag)); // NOLINT: SQLite's callback takes void*; it only reads the flag
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

} // namespace tmap::journal
