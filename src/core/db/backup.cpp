// db/backup: copying a database with sqlite3_backup_*, waiting out locks, optionally under the destination's lock.
#include "db/backup.h"

#include <chrono>
#include <functional>
#include <thread>

#include <sqlite3.h>

#include "db/database.h"

namespace tmap::db {

void copyDatabase(Database& from, Database& to, const std::function<void()>& whileLocked)
{
    if (whileLocked) {
        // A copy of one page is done in its first step, before `whileLocked` could run.
        auto pages = from.prepare("PRAGMA page_count");
        if (!pages.step() || pages.integer(0) < 2)
            throw Error(to.path() + ": cannot copy " + from.path() + ": it holds a single page", SQLITE_MISUSE);
        // Only a write-ahead log lets others read the old content while the copy holds the write lock (a rollback
        // journal's exclusive lock would shut out the callback's own reading too).
        auto mode = to.prepare("PRAGMA journal_mode");
        if (!mode.step() || mode.text(0) != "wal")
            throw Error(to.path() + ": cannot copy under its lock: it is not in WAL mode", SQLITE_MISUSE);
    }
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        to.fail("cannot start a backup from " + from.path(), sqlite3_errcode(to.handle()));
    int rc = SQLITE_OK;
    // The first step copies one page: it takes the destination's write lock, which the backup holds until it is
    // done, and commits nothing yet; then `whileLocked` runs. Further steps of 1024 pages let writers on the source
    // in between; a changed source restarts the copy by itself.
    bool locked = !whileLocked;
    for (int waits = 0; waits < 500;) {
        rc = sqlite3_backup_step(backup, locked ? 1024 : 1);
        if (rc == SQLITE_OK && !locked) {
            locked = true;
            try {
                whileLocked();
            } catch (...) {
                sqlite3_backup_finish(backup); // not done: the destination's transaction is rolled back
                throw;
            }
            continue;
        }
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_OK)
            continue;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            ++waits;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int code = sqlite3_errcode(to.handle());
        throw Error(to.path() + ": cannot copy " + from.path() + ": "
                + (code != SQLITE_OK ? sqlite3_errmsg(to.handle()) : sqlite3_errstr(rc)),
            code != SQLITE_OK ? code : rc);
    }
}

} // namespace tmap::db
