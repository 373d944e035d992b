// journal/backups.cpp owns the daily backups: writing one, keeping the newest few (kKeepBackups), listing them (with
// the copies kept before a restore) and restoring one.
#include "journal/journal.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <optional>
#include <tuple>

#include "db/backup.h"

#include "journal/user_files.h"
#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace {

/// The local day ("2026-11-25") and time ("14:03:09") of a file time.
std::pair<std::string, std::string> localDayAndTime(fs::file_time_type when)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(
        std::chrono::time_point_cast<std::chrono::system_clock::duration>(std::chrono::file_clock::to_sys(when)));
    std::tm local {};
    localtime_r(&t, &local);
    char day[16], time[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &local);
    std::strftime(time, sizeof time, "%H:%M:%S", &local);
    return {day, time};
}

/// A file named by the time it was written, as `kind`: <prefix>YYYYMMDD-HHMMSS<suffix>, or ...-HHMMSS-N<suffix> for
/// a second one in that second (a copy before a restore: "<key>-before-restore-" and ".sqlite"; a damaged journal
/// moved aside: "journal.sqlite.broken-" and no suffix); nothing for another name.
std::optional<BackupFile> stampedFile(
    const fs::path& path, const std::string& prefix, const std::string& suffix, BackupFile::Kind kind)
{
    const std::string name = path.filename().string();
    if (name.size() < prefix.size() + 15 + suffix.size() || !name.starts_with(prefix) || !name.ends_with(suffix))
        return std::nullopt;
    if (const std::string more = name.substr(prefix.size() + 15, name.size() - prefix.size() - 15 - suffix.size());
        !more.empty() && (more.size() < 2 || more[0] != '-' || !std::all_of(more.begin() + 1, more.end(), [](char c) {
            return c >= '0' && c <= '9';
        })))
        return std::nullopt;
    const std::string stamp = name.substr(prefix.size(), 15);
    const std::string day = stamp.substr(0, 4) + "-" + stamp.substr(4, 2) + "-" + stamp.substr(6, 2);
    const std::string time = stamp.substr(9, 2) + ":" + stamp.substr(11, 2) + ":" + stamp.substr(13, 2);
    if (stamp[8] != '-' || !isDay(day)
        || !std::all_of(time.begin(), time.end(), [](char c) { return (c >= '0' && c <= '9') || c == ':'; }))
        return std::nullopt;
    std::error_code sizeError;
    const auto bytes = fs::file_size(path, sizeError);
    return BackupFile {path.string(), kind, day, time, sizeError ? 0 : bytes};
}

/// <prefix>N.sqlite (prefix: "<key>-before-migration-v"); its name has no date, so the day and time are those it was
/// last written. Nothing for another name.
std::optional<BackupFile> beforeMigrationFile(const fs::path& path, const std::string& prefix)
{
    const std::string name = path.filename().string();
    if (name.size() <= prefix.size() + 7 || !name.starts_with(prefix) || !name.ends_with(".sqlite"))
        return std::nullopt;
    const std::string version = name.substr(prefix.size(), name.size() - prefix.size() - 7);
    if (version.size() > 4 || !std::all_of(version.begin(), version.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::error_code timeError, sizeError;
    const auto written = fs::last_write_time(path, timeError);
    const auto bytes = fs::file_size(path, sizeError);
    if (timeError)
        return std::nullopt;
    const auto [day, time] = localDayAndTime(written);
    return BackupFile {
        path.string(), BackupFile::Kind::BeforeMigration, day, time, sizeError ? 0 : bytes, std::stoi(version)};
}

} // namespace

bool detail::isDamagedCopy(const std::string& journalPath)
{
    // Named as the backups list such a file (stampedFile, with the name before ".broken-" as the journal's).
    const std::string name = fs::path(journalPath).filename().string();
    const auto at = name.rfind(".broken-");
    return at != std::string::npos && at > 0
        && stampedFile(journalPath, name.substr(0, at + 8), "", BackupFile::Kind::Damaged).has_value();
}

std::string Journal::backupNow(const std::string& day)
{
    const std::string when = day.empty() ? today() : day;
    if (!isDay(when))
        throw std::invalid_argument("backup day \"" + when + "\" is not a date like 2026-11-25");
    const fs::path target = dailyBackupPath(path_, when);
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

std::vector<std::string> Journal::backups(const std::string& journalPath)
{
    const std::string key = backupKey(journalPath);
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backupFolder(journalPath), ec)) {
        const std::string name = entry.path().filename().string();
        // <key>-YYYY-MM-DD.sqlite
        if (name.size() == key.size() + 1 + 10 + 7 && name.starts_with(key + "-") && name.ends_with(".sqlite")
            && isDay(std::string_view(name).substr(key.size() + 1, 10)))
            found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end(), std::greater<>());
    return found;
}

std::vector<BackupFile> Journal::backupFiles(const std::string& journalPath)
{
    const std::string key = backupKey(journalPath);
    std::vector<BackupFile> found;
    for (const auto& daily : backups(journalPath)) {
        std::error_code ec;
        const auto bytes = fs::file_size(daily, ec);
        const std::string name = fs::path(daily).filename().string();
        found.push_back({daily, BackupFile::Kind::Daily, name.substr(key.size() + 1, 10), "", ec ? 0 : bytes});
    }
    // The copies kept before a restore or a migration, in one pass over the folder.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(detail::backupFolder(journalPath), ec))
        if (auto kept = stampedFile(entry.path(), key + "-before-restore-", ".sqlite", BackupFile::Kind::BeforeRestore))
            found.push_back(std::move(*kept));
        else if (auto migrated = beforeMigrationFile(entry.path(), key + "-before-migration-v"))
            found.push_back(std::move(*migrated));
    // Damaged journals moved aside beside the journal (FILE.broken-YYYYMMDD-HHMMSS[-N], not their -wal or -shm), or
    // beside the file a link there points to (where a damaged journal behind a link is moved aside).
    for (const auto& [folder, broken] : detail::damagedCopyPlaces(journalPath))
        for (const auto& entry : fs::directory_iterator(folder, ec))
            if (auto damaged = stampedFile(entry.path(), broken, "", BackupFile::Kind::Damaged))
                found.push_back(std::move(*damaged));
    std::stable_sort(found.begin(), found.end(),
        [](const BackupFile& a, const BackupFile& b) { return std::tie(a.day, a.time) > std::tie(b.day, b.time); });
    return found;
}

std::vector<BackupFile> Journal::backupsHolding(const std::string& journalPath, const std::vector<std::string>& ids)
{
    std::vector<BackupFile> holding;
    if (ids.empty())
        return holding;
    for (auto& b : backupFiles(journalPath)) {
        bool holds = true;
        if (!detail::hasPendingLog(b.path))
            try {
                // Read as it lies: nothing is made beside it, and the file stays exactly as it was.
                db::Database copy(b.path, db::Database::Mode::Immutable);
                auto st = copy.prepare("SELECT 1 FROM note WHERE id = ?1");
                holds = std::any_of(ids.begin(), ids.end(), [&st](const std::string& id) {
                    st.bind(1, id);
                    const bool found = st.step();
                    st.reset();
                    return found;
                });
            } catch (const std::exception&) {
                holds = true;
            }
        if (holds)
            holding.push_back(std::move(b));
    }
    return holding;
}

std::string Journal::backupFolder(const std::string& journalPath)
{
    return detail::backupFolder(journalPath);
}

Journal::Restored Journal::restoreBackup(const std::string& backupPath)
{
    bool suspect = false;
    if (!fs::exists(backupPath))
        throw JournalError(backupPath + ": no such backup");
    if (isJournalOrWorkingFile(backupPath, path_))
        throw JournalError(backupPath
            + ": this is the journal itself (or one of its working files), not a backup; "
              "nothing was changed - choose one of its backups");
    if (std::string problem = checkHeader(backupPath, suspect); !problem.empty() || fs::file_size(backupPath) == 0)
        throw JournalError(backupPath + ": not a journal backup (" + (problem.empty() ? "empty file" : problem) + ")");
    try {
        // Read as it stands unless a -wal beside it holds its last changes: a journal file given as the backup (in
        // write-ahead logging) was left with a -wal and a -shm beside it, and one in a read-only folder could not be
        // read at all ("attempt to write a readonly database").
        db::Database source(backupPath,
            detail::hasPendingLog(backupPath) ? db::Database::Mode::ReadOnly : db::Database::Mode::Immutable);
        auto appId = source.prepare("PRAGMA application_id");
        appId.step();
        const int version = source.userVersion();
        if (appId.integer(0) != kApplicationId || version < 1 || version > kSchemaVersion)
            throw JournalError(backupPath + ": not a journal backup this version can read");
        auto check = source.prepare("PRAGMA integrity_check(1)");
        if (!check.step() || check.text(0) != "ok")
            throw JournalError(backupPath + ": the backup is damaged: " + check.text(0));
        check.reset();

        // A backup in an older format is updated in a copy of its own first and restored from that copy: restored
        // as it is and updated afterwards, the journal would hold the older format for a moment without the write
        // lock, and a note another process saves then would meet tables it does not know. The copy lies in a
        // folder of its own beside the backups (the user's private folder, not the system's temporary one) and is
        // removed when the restore is done, whether it succeeded or not.
        fs::path staging;
        struct RemoveStaging {
            fs::path& folder;
            ~RemoveStaging()
            {
                std::error_code ec;
                if (!folder.empty())
                    fs::remove_all(folder, ec);
            }
        } removeStaging {staging};
        std::unique_ptr<Journal> updated; // closed before its folder is removed
        const std::string stagingPrefix = ".restoring-" + backupKey(path_) + "-";
        // Folders an earlier restore left behind (the program ended in the middle of one) go once they are a day
        // old: a day is far past any restore, so none still in use by another program is touched.
        {
            std::error_code ec;
            const auto now = fs::file_time_type::clock::now();
            for (const auto& entry : fs::directory_iterator(backupFolder(path_), ec)) {
                std::error_code entryError;
                if (entry.path().filename().string().starts_with(stagingPrefix) && entry.is_directory(entryError)
                    && now - entry.last_write_time(entryError) > std::chrono::hours(24) && !entryError)
                    fs::remove_all(entry.path(), entryError);
            }
        }
        if (version < kSchemaVersion) {
            const std::string base = (fs::path(backupFolder(path_)) / (stagingPrefix + compactLocalTime())).string();
            staging = base;
            for (int n = 2; fs::exists(staging); ++n)
                staging = base + "-" + std::to_string(n);
            if (std::error_code ec; !fs::create_directories(staging, ec) || ec)
                throwCannotWrite(staging.string(), "cannot make a folder to update the backup in", ec.value());
            const fs::path copy = staging / "journal.sqlite";
            writeCopy(source, copy);
            OpenOptions updating;
            updating.dailyBackup = false;
            updating.moveAsideForeign = false;
            updating.moveAsideDamaged = false;
            updating.vocabulary = vocabulary_;
            updated = Journal::open(copy.string(), updating);
            // Its update left whole notes out (rows the rules of this version refuse): restored, they would be gone
            // from the journal once the backup ages out, and the copy the update kept lies in the staging folder,
            // which goes. Refused; the backup itself is untouched and keeps them. A note that only lost a part (a
            // spot in no region) is restored, and the caller says so.
            if (updated->report_.notMigrated > 0)
                throw JournalError(backupPath + ": this backup is in an older format, and "
                    + std::to_string(updated->report_.notMigrated) + " of its notes could not be brought up to date ("
                    + updated->report_.warnings.front() + "); nothing was restored, and the backup is unchanged");
        }
        db::Database& from = updated ? *updated->db_ : source;

        // The journal as it is now, under a name no earlier copy has: a second restore within the same second
        // must not replace the copy the first one kept. It is written while the restore holds the journal's write
        // lock, through a connection of its own that still reads the journal as it was: a note another process
        // (the app, a second tpmap) saves is either in this copy or waits until the restore is done, never lost
        // between the two.
        const std::string stem = backupKey(path_) + "-before-restore-" + compactLocalTime();
        fs::path safety;
        db::copyDatabase(from, *db_, [&] {
            db::Database now(path_, db::Database::Mode::ReadOnly);
            for (int n = 1;; ++n) {
                safety = fs::path(backupFolder(path_)) / (stem + (n == 1 ? "" : "-" + std::to_string(n)) + ".sqlite");
                try {
                    writeCopy(now, safety, Existing::Keep); // refuses a name taken, before it writes anything
                    break;
                } catch (const JournalError&) {
                    if (!fs::exists(safety) || n >= 100)
                        throw; // not a name taken: the copy could not be written, so nothing is replaced
                }
            }
        });
        configure();
        ensureSchema(); // a read that finds the current format: the copy above was updated first
        return {safety.string(), updated ? updated->report_.migratedPartly : 0};
    } catch (const db::Error& e) {
        if (detail::isFull(e, path_))
            throw detail::failure(path_, e); // a full disk, called so (and worded by the app)
        throw JournalError(backupPath + ": cannot restore: " + e.what());
    }
}

} // namespace tmap::journal
