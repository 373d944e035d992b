// db: a thin RAII wrapper over the SQLite C API (Database, Statement, Transaction).
// Every query binds its parameters; errors become tmap::db::Error with the file name and SQLite's message.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tmap::db {

/// An SQLite failure, with the database file and SQLite's own message.
class Error final : public std::runtime_error {
public:
    Error(const std::string& message, int code, int systemErrno = 0)
        : std::runtime_error(message)
        , code_(code)
        , systemErrno_(systemErrno)
    {
    }
    /// SQLite's extended result code.
    int code() const { return code_; }
    /// The errno of the system call that failed (ENOSPC, EIO), or 0: SQLite reports some full disks as I/O errors.
    int systemErrno() const { return systemErrno_; }
    /// The file's content is damaged (SQLITE_CORRUPT, SQLITE_NOTADB), not the disk or the lock.
    bool damaged() const;

private:
    int code_;
    int systemErrno_;
};

class Database;

/// One prepared statement; finalised on destruction.
class Statement final {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::nullopt_t);
    Statement& bindBlob(int index, const void* data, std::size_t size);

    /// Steps once: true while there is a row, false when done.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    std::string text(int column) const;
    /// The column's text or blob bytes in place: valid until the next step(), reset() or destruction.
    std::string_view view(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// An open SQLite connection; closed on destruction.
class Database final {
public:
    /// Immutable: read only, and SQLite is told that nothing changes the file while it is open, so it makes no
    /// -shm or -wal beside it (for a file in a folder that cannot be written; only when no -wal is pending).
    enum class Mode { ReadOnly, ReadWrite, Create, Immutable };
    explicit Database(const std::string& path, Mode mode = Mode::Create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    void setBusyTimeout(int milliseconds);
    /// The first `size` bytes of the database file (fewer when it is shorter), read through SQLite's own open file
    /// and never through a second descriptor: closing one would drop every POSIX lock this process holds on the
    /// file (they belong to the process, not the descriptor), and another process closing the file would then take
    /// it as unused and delete the write-ahead log this one still writes to.
    std::string readFileStart(std::size_t size) const;

    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }
    /// Throws Error with the path and SQLite's last message, prefixed by what was attempted.
    [[noreturn]] void fail(std::string_view what, int code) const;

private:
    std::string path_;
    sqlite3* db_ = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

} // namespace tmap::db
