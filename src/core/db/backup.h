// db/backup: whole-database copies with SQLite's online backup API (sqlite3_backup_*), safe while other
// connections read and write the source.
#pragma once

namespace tmap::db {

class Database;

/// Copies every page of `from` (its "main" schema) over `to`, replacing what `to` held.
/// Waits out a busy or locked source; throws Error naming the destination file on failure.
void copyDatabase(Database& from, Database& to);

} // namespace tmap::db
