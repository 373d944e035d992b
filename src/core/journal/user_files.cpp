// journal/user_files: atomic private writes of the user's files, never over the journal or its backups.
#include "journal/user_files.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "journal/journal.h"
#include "journal/salvage.h"

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

namespace {

struct Identity {
    dev_t device;
    ino_t inode;
};

bool identify(const std::string& path, Identity& id)
{
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0)
        return false;
    id = {st.st_dev, st.st_ino};
    return true;
}

bool same(const Identity& a, const Identity& b)
{
    return a.device == b.device && a.inode == b.inode;
}

/// "123" or "123-4" -> 123; 0 when the text is not that.
pid_t pidOf(std::string_view text)
{
    const auto dash = text.find('-');
    const std::string_view digits = text.substr(0, dash);
    if (digits.empty() || digits.size() > 9)
        return 0;
    for (const char c : text.substr(0, dash))
        if (c < '0' || c > '9')
            return 0;
    if (dash != std::string_view::npos) {
        const auto rest = text.substr(dash + 1);
        if (rest.empty() || rest.size() > 9 || rest.find_first_not_of("0123456789") != std::string_view::npos)
            return 0;
    }
    return static_cast<pid_t>(std::stol(std::string(digits)));
}

/// rename() that fails with EEXIST rather than replace `to`: renameat2's RENAME_NOREPLACE, or where the file system
/// lacks it (EINVAL) a hard link, or where it has no hard links either a check just before a plain rename.
bool renameNoReplace(const std::string& from, const std::string& to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    if (::link(from.c_str(), to.c_str()) == 0) {
        ::unlink(from.c_str()); // the new file is in place; a temporary left by a failure here is cleaned later
        return true;
    }
    if (errno == EEXIST)
        return false;
    struct stat st { };
    if (::lstat(to.c_str(), &st) == 0) {
        errno = EEXIST;
        return false;
    }
    return ::rename(from.c_str(), to.c_str()) == 0;
}

bool running(pid_t pid)
{
    return pid == ::getpid() || ::kill(pid, 0) == 0 || errno == EPERM;
}

} // namespace

std::string describeErrno(int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return "the disk is full";
    return std::strerror(error);
}

void throwCannotWrite(const std::string& target, const std::string& what, int error)
{
    throw JournalError(JournalError::Reason::CannotWrite, target, target + ": " + what + ": " + describeErrno(error),
        describeErrno(error), error);
}

bool isJournalOrWorkingFile(const std::string& path, const std::string& journalPath)
{
    Identity target {};
    if (journalPath.empty() || !identify(path, target))
        return false;
    Identity id {};
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (identify(journalPath + suffix, id) && same(id, target))
            return true;
    return false;
}

void refuseJournalFiles(const std::string& output, const std::string& journalPath)
{
    Identity target {};
    if (journalPath.empty() || !identify(output, target))
        return;
    const std::string name = fs::path(journalPath).filename().string();
    auto refuse = [&](const std::string& what) {
        throw JournalError(output + ": this is " + what + "; nothing was written - choose another file");
    };
    Identity id {};
    if (identify(journalPath, id) && same(id, target))
        refuse("the pain journal itself");
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (identify(journalPath + suffix, id) && same(id, target))
            refuse("a working file of the pain journal " + journalPath);
    std::error_code ec;
    const fs::path folder = detail::folderOf(journalPath);
    for (const auto& entry : fs::directory_iterator(folder / "backups", ec))
        if (identify(entry.path().string(), id) && same(id, target))
            refuse("a backup of the pain journal (" + entry.path().string() + ")");
    for (const auto& [place, broken] : detail::damagedCopyPlaces(journalPath))
        for (const auto& entry : fs::directory_iterator(place, ec))
            if (entry.path().filename().string().starts_with(broken) && identify(entry.path().string(), id)
                && same(id, target))
                refuse("a damaged copy of the pain journal kept for you (" + entry.path().string() + ")");
}

std::string temporaryNameFor(const std::string& target)
{
    static std::atomic<unsigned> counter {0};
    return target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

bool syncFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    errno = error;
    return ok;
}

bool syncFolder(const std::string& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Some file systems cannot sync a folder (EINVAL); the rename is then as durable as they make it.
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL;
    const int error = errno;
    ::close(fd);
    errno = error;
    return ok;
}

int removeStaleTemporaries(const std::string& folder, const std::string& prefix)
{
    int removed = 0;
    std::error_code ec;
    std::vector<fs::path> stale;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        const auto at = name.rfind(".tmp-");
        if (!name.starts_with(prefix) || at == std::string::npos || at < prefix.size())
            continue;
        std::string_view tail = std::string_view(name).substr(at + 5);
        for (const std::string_view suffix : {"-journal", "-wal", "-shm"}) // SQLite's files beside a killed copy
            if (tail.ends_with(suffix))
                tail.remove_suffix(suffix.size());
        const pid_t pid = pidOf(tail);
        if (pid > 0 && !running(pid))
            stale.push_back(entry.path());
    }
    for (const auto& path : stale)
        if (::unlink(path.c_str()) == 0)
            ++removed;
    return removed;
}

void writeAtomically(const std::string& target, const std::function<void(const std::string& temporary)>& fill,
    const std::string& journalPath, Existing existing)
{
    if (!journalPath.empty()) {
        refuseJournalFiles(target, journalPath);
        removeStaleTemporaries(detail::folderOf(target).string(), fs::path(target).filename().string());
    }
    const auto refuseExisting = [&] {
        throw JournalError(target
            + ": a file of this name already exists; it was left as it is and nothing was "
              "written - choose another name, or confirm that it may be replaced");
    };
    struct stat st { };
    if (existing == Existing::Keep && ::lstat(target.c_str(), &st) == 0)
        refuseExisting();
    // A link is written through: the file it points to (in a synced folder, say) gets the new content and the link
    // stays. Anything but a plain file is refused: renaming over a pipe or a device would replace it.
    std::string path = target;
    if (existing == Existing::Replace) {
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(target, ec))) {
            const fs::path real = fs::canonical(target, ec);
            if (ec)
                throw JournalError(
                    target + ": a link to a file that cannot be reached (" + ec.message() + "); nothing was written");
            path = real.string();
        }
        if (const auto status = fs::status(path, ec); fs::exists(status) && !fs::is_regular_file(status))
            throw JournalError(fs::is_directory(status) ? JournalError::Reason::IsFolder : JournalError::Reason::Other,
                target,
                target + ": not a plain file (" + (fs::is_directory(status) ? "a folder" : "a device or pipe")
                    + "); nothing was written - choose a file name");
        // A user's file (an export, a report: written with the journal's path) replaces an export or a report:
        // never a database (another journal, a backup, the catalogue: "--format csv --force" turned a copy of a
        // journal into a CSV), and never a file its owner made read-only (it was replaced, read-only or not).
        if (struct stat now {}; !journalPath.empty() && ::stat(path.c_str(), &now) == 0) {
            if (looksLikeDatabase(path))
                throw JournalError(JournalError::Reason::WouldReplaceDatabase, target,
                    target
                        + ": is a database (a pain journal, one of its backups or another program's); an export "
                          "or a report never replaces one - nothing was written, choose another name");
            if ((now.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(path.c_str(), W_OK) != 0)
                throw JournalError(JournalError::Reason::FileReadOnly, target,
                    target
                        + ": is read-only; nothing was written - make it writable to replace it, or choose "
                          "another name");
        }
        // What killed runs left beside the file a link points to (the temporaries are made there).
        if (!journalPath.empty() && path != target)
            removeStaleTemporaries(detail::folderOf(path).string(), fs::path(path).filename().string());
    }
    const std::string temporary = temporaryNameFor(path);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throwCannotWrite(target, "cannot write the file", errno);
    ::close(fd);
    auto fail = [&](int error) {
        ::unlink(temporary.c_str());
        throwCannotWrite(target, "cannot write the file", error);
    };
    try {
        fill(temporary);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    if (!syncFile(temporary))
        fail(errno);
    if (existing == Existing::Keep) {
        if (!renameNoReplace(temporary, target)) {
            const int error = errno;
            if (error == EEXIST) {
                ::unlink(temporary.c_str());
                refuseExisting();
            }
            fail(error);
        }
    } else if (::rename(temporary.c_str(), path.c_str()) != 0) {
        fail(errno);
    }
    syncFolder(detail::folderOf(path).string());
}

void writeStreamAtomically(const std::string& target, const std::function<void(std::ostream& out)>& write,
    const std::string& journalPath, Existing existing)
{
    writeAtomically(
        target,
        [&](const std::string& temporary) {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            out.exceptions(std::ios::failbit | std::ios::badbit);
            errno = 0;
            try {
                write(out);
                out.close();
            } catch (const std::ios_base::failure&) {
                // errno is the write's; take it before anything else (the cleanup) can change it.
                const int error = errno;
                throwCannotWrite(target, "cannot write the export", error != 0 ? error : EIO);
            }
        },
        journalPath, existing);
}

} // namespace tmap::journal
