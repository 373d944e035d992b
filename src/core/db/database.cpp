// db/database: opening a database (also immutable), statements, transactions, and errors with the file and errno.
#include "db/database.h"

#include <sqlite3.h>

namespace tmap::db {

namespace {

/// The errno behind an I/O error (ENOSPC tells a full disk from a failing one), or 0. SQLite records it for a
/// statement that fails, not for a failed COMMIT; then the VFS is asked, as SQLite itself would.
int systemErrno(sqlite3* db, int code)
{
    if ((code & 0xFF) != SQLITE_IOERR && (code & 0xFF) != SQLITE_CANTOPEN)
        return 0;
    if (const int recorded = sqlite3_system_errno(db); recorded != 0)
        return recorded;
    sqlite3_vfs* vfs = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) == SQLITE_OK && vfs && vfs->xGetLastError)
        return vfs->xGetLastError(vfs, 0, nullptr);
    return 0;
}

/// file:PATH?immutable=1, the path's %, ? and # escaped (a relative path stays relative).
std::string immutableUri(const std::string& path)
{
    // "file://" + an absolute path: an empty authority, so a path starting with "//" is not read as a host.
    std::string uri = path.starts_with('/') ? "file://" : "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* const hex = "0123456789ABCDEF";
            uri += '%';
            uri += hex[static_cast<unsigned char>(c) >> 4];
            uri += hex[static_cast<unsigned char>(c) & 15];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

} // namespace

Database::Database(const std::string& path, Mode mode)
    : path_(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const int rc = sqlite3_open_v2(mode == Mode::Immutable ? immutableUri(path).c_str() : path.c_str(), &db_, flags,
        nullptr);
    if (rc != SQLITE_OK) {
        std::string message = path + ": cannot open database: " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(message, rc);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database()
{
    sqlite3_close_v2(db_);
}

void Database::fail(std::string_view what, int code) const
{
    throw Error(path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_), code, systemErrno(db_, code));
}

void Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string error = path_ + ": " + (message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error(error, rc, systemErrno(db_, rc));
    }
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

int Database::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.integer(0));
}

std::string Database::readFileStart(std::size_t size) const
{
    sqlite3_file* file = nullptr;
    if (const int rc = sqlite3_file_control(db_, "main", SQLITE_FCNTL_FILE_POINTER, &file); rc != SQLITE_OK)
        fail("cannot read the file's header", rc);
    if (!file || !file->pMethods)
        throw Error(path_ + ": cannot read the file's header: the file is not open", SQLITE_IOERR);
    sqlite3_int64 fileSize = 0;
    if (const int rc = file->pMethods->xFileSize(file, &fileSize); rc != SQLITE_OK)
        throw Error(path_ + ": cannot read the file's size", rc);
    std::string start(static_cast<std::size_t>(std::min<sqlite3_int64>(fileSize, static_cast<sqlite3_int64>(size))),
        '\0');
    if (!start.empty())
        if (const int rc = file->pMethods->xRead(file, start.data(), static_cast<int>(start.size()), 0); rc != SQLITE_OK)
            throw Error(path_ + ": cannot read the file's header", rc);
    return start;
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an integer we produce.
    exec("PRAGMA user_version = " + std::to_string(version));
}

bool Error::damaged() const
{
    return (code_ & 0xFF) == SQLITE_CORRUPT || (code_ & 0xFF) == SQLITE_NOTADB;
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(db_, milliseconds);
}

Statement::Statement(Database& db, std::string_view sql)
    : db_(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        db.fail("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"", rc);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_)
    , stmt_(other.stmt_)
{
    other.stmt_ = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        db_.fail("cannot bind a parameter", rc);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK)
        db_.fail("cannot bind a parameter", rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK)
        db_.fail("cannot bind a parameter", rc);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK)
        db_.fail("cannot bind a parameter", rc);
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size)
{
    const int rc = sqlite3_bind_blob(stmt_, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        db_.fail("cannot bind a parameter", rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_.fail("query failed", rc);
}

void Statement::run()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(stmt_, column);
    if (!p)
        return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::view(int column) const
{
    // sqlite3_column_blob returns the bytes as stored (no conversion, no terminator added); then the size.
    const auto* p = sqlite3_column_blob(stmt_, column);
    if (!p)
        return {};
    return {static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(stmt_);
}

Transaction::Transaction(Database& db)
    : db_(db)
{
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; nothing more to do here.
        }
    }
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace tmap::db
