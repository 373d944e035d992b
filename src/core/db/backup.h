// db/backup: whole-database copies with SQLite's online backup API (sqlite3_backup_*), safe while other
// connections read and write the source.
#pragma once

#include <functional>

namespace tmap::db {

class Database;

/// Copies every page of `from` (its "main" schema) over `to`, replacing what `to` held.
/// Waits out a busy or locked source; throws Error naming the destination file on failure.
/// `whileLocked`, when given, runs once `to` is locked against every other writer and before anything of the copy is
/// committed: other connections to `to` then still read it as it was, and none can change it until the copy is done
/// (`to` must be in WAL mode, or Error). What it throws abandons the copy and leaves `to` as it was. `from` must hold
/// more than one page.
void copyDatabase(Database& from, Database& to, const std::function<void()>& whileLocked = {});

} // namespace tmap::db
