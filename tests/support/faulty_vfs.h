// faulty_vfs: fault injection for SQLite - a VFS that wraps the default one and, when armed, fails the Nth read or
// write with the error a real disk gives (a read with SQLITE_IOERR_READ, a write with SQLITE_FULL for a full disk).
// While a FaultyVfs lives it is SQLite's default VFS, so the code under test opens files through it unchanged.
#pragma once

#include <atomic>
#include <cassert>
#include <cerrno>
#include <string_view>

#include <sqlite3.h>

namespace tmap::test {

class FaultyVfs final {
public:
    FaultyVfs()
    {
        real_ = sqlite3_vfs_find(nullptr);
        assert(real_ && std::string_view(real_->zName) != "faulty");
        vfs_ = *real_; // the same functions and app data; only opening a file is wrapped
        vfs_.zName = "faulty";
        vfs_.pNext = nullptr;
        vfs_.szOsFile = static_cast<int>(sizeof(File)) + real_->szOsFile;
        vfs_.xOpen = &FaultyVfs::open;
        // The errno of the injected failure, kept as a VFS keeps it (errno itself is overwritten by the rollback).
        vfs_.xGetLastError = [](sqlite3_vfs*, int, char*) { return state().lastErrno; };
        state().inner = real_;
        state().reads = state().writes = -1;
        state().readFailures = state().writeFailures = 0;
        sqlite3_vfs_register(&vfs_, 1);
    }
    ~FaultyVfs()
    {
        sqlite3_vfs_unregister(&vfs_);
        sqlite3_vfs_register(real_, 1);
    }
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    /// Fails the `n`th read from now (1 = the next), and `count` reads from there on (-1: every later one).
    void failRead(int n, int count = 1, int error = SQLITE_IOERR_READ)
    {
        state().readError = error;
        state().readCount = count;
        state().reads = n;
    }
    /// Fails the `n`th write from now, and `count` writes from there on, by default as a full disk does; with
    /// `systemErrno` (e.g. ENOSPC with SQLITE_IOERR_WRITE) that is the errno SQLite sees for the failure.
    void failWrite(int n, int count = -1, int error = SQLITE_FULL, int systemErrno = 0)
    {
        state().writeError = error;
        state().writeErrno = systemErrno;
        state().writeCount = count;
        state().writes = n;
    }
    /// Fails every mapping of a write-ahead log's shared memory (the -shm file beside the journal) as a full disk
    /// does: SQLite cannot grow the file it maps.
    void failShm(int error = SQLITE_IOERR_SHMSIZE, int systemErrno = ENOSPC)
    {
        state().shmError = error;
        state().shmErrno = systemErrno;
    }
    void heal()
    {
        state().reads = state().writes = -1;
        state().shmError = 0;
        state().lastErrno = 0;
    }
    int readFailures() const { return state().readFailures; }
    int writeFailures() const { return state().writeFailures; }
    /// Reads and writes seen since the last reset (to size a sweep over every position).
    int readsSeen() const { return state().readsSeen; }
    int writesSeen() const { return state().writesSeen; }
    void resetCounts() { state().readsSeen = state().writesSeen = 0; }

private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real;
    };
    struct State {
        std::atomic<int> reads {-1}, writes {-1};
        int readCount = 1, writeCount = -1;
        int readError = SQLITE_IOERR_READ, writeError = SQLITE_FULL, writeErrno = 0;
        int shmError = 0, shmErrno = 0;
        std::atomic<int> readFailures {0}, writeFailures {0}, readsSeen {0}, writesSeen {0};
        sqlite3_vfs* inner = nullptr;
        int lastErrno = 0;
    };
    static State& state()
    {
        static State s;
        return s;
    }
    /// Counts down `next`; true when this operation is to fail.
    static bool due(std::atomic<int>& next, int& count)
    {
        int n = next.load();
        if (n < 0)
            return false;
        if (n > 1) {
            next = n - 1;
            return false;
        }
        if (count > 0 && --count == 0)
            next = -1;
        return true;
    }
    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
    {
        auto* f = reinterpret_cast<File*>(file);
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        sqlite3_vfs* inner = state().inner;
        (void)vfs;
        const int rc = inner->xOpen(inner, name, f->real, flags, outFlags);
        f->base.pMethods = f->real->pMethods ? &methods() : nullptr;
        return rc;
    }

    static const sqlite3_io_methods& methods()
    {
        static const sqlite3_io_methods m = {
            3,
            [](sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); },
            [](sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
                ++state().readsSeen;
                if (due(state().reads, state().readCount)) {
                    ++state().readFailures;
                    return state().readError;
                }
                return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
            },
            [](sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
                ++state().writesSeen;
                if (due(state().writes, state().writeCount)) {
                    ++state().writeFailures;
                    state().lastErrno = state().writeErrno;
                    return state().writeError;
                }
                return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
            },
            [](sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
            [](sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
            [](sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); },
            [](sqlite3_file* f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
            [](sqlite3_file* f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
            [](sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
            [](sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); },
            [](sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); },
            [](sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
            [](sqlite3_file* f, int page, int size, int extend, void volatile** out) {
                if (state().shmError != 0) {
                    state().lastErrno = state().shmErrno;
                    return state().shmError;
                }
                return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
            },
            [](sqlite3_file* f, int offset, int n, int flags) {
                return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
            },
            [](sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); },
            [](sqlite3_file* f, int remove) { return real(f)->pMethods->xShmUnmap(real(f), remove); },
            // No memory-mapped reads: every page comes through xRead, where the faults are.
            [](sqlite3_file*, sqlite3_int64, int, void** out) {
                *out = nullptr;
                return SQLITE_OK;
            },
            [](sqlite3_file*, sqlite3_int64, void*) { return SQLITE_OK; },
        };
        return m;
    }

    sqlite3_vfs* real_ = nullptr;
    sqlite3_vfs vfs_ {};
};

} // namespace tmap::test
