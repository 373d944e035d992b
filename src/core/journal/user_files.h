// journal/user_files: how every file the user owns is written - never over the journal or its backups (compared by
// file identity, not by spelling), through a private temporary file beside the target that is synced, renamed into
// place and then the folder synced; temporary files removed on every error path and those of killed runs cleaned.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace tmap::journal {

/// Throws JournalError naming `output` when it is the journal at `journalPath` (or its -wal, -shm or -journal), a
/// file in the journal's backups folder or a journal moved aside - the same file by device and inode, so another
/// spelling of the path, a symbolic link or a hard link is caught too. A file that does not exist yet is fine.
void refuseJournalFiles(const std::string& output, const std::string& journalPath);
/// True when `path` is the journal at `journalPath` or one of SQLite's working files beside it (-wal, -shm, -journal),
/// by file identity. Such a file is never opened by other means while the journal is open: closing that descriptor
/// would drop this process's locks on the journal (db::Database::readFileStart).
bool isJournalOrWorkingFile(const std::string& path, const std::string& journalPath);

/// A temporary name beside `target`, unique in this process and among processes: "<target>.tmp-<pid>-<n>".
std::string temporaryNameFor(const std::string& target);

/// What a write does when `target` exists already.
enum class Existing {
    Replace, ///< replaces it (the user asked for that file: `tpmap --output`, a file dialog that asked first)
    Keep, ///< leaves it alone and fails, also when it appears while the file is written (nothing is replaced)
};

/// Writes `target` atomically and privately: `fill` gets the path of a new, empty 0600 file beside it and fills it
/// (it may throw); the file is then synced, renamed over `target` and the folder synced. On any failure the
/// temporary file is removed and JournalError names `target` ("the disk is full" for ENOSPC). With a
/// `journalPath`, first refuses a target that is the journal or one of its backups (refuseJournalFiles), and
/// removes what killed runs left of earlier temporary files of `target` (removeStaleTemporaries). With
/// Existing::Keep a `target` that exists (before or after `fill`) is a JournalError "... already exists ..." and is
/// left as it is; the new file takes its place only by a rename that never replaces. With Existing::Replace a link
/// is written through (the file it points to is replaced, the link stays) and a target that is not a plain file (a
/// folder, a pipe, a device) is a JournalError; so is, for a user's file (with a `journalPath`), a target that is a
/// database (WouldReplaceDatabase) or read-only (FileReadOnly).
void writeAtomically(const std::string& target, const std::function<void(const std::string& temporary)>& fill,
    const std::string& journalPath = {}, Existing existing = Existing::Replace);

/// writeAtomically for a file written as a stream: `write` fills it; a failed write throws JournalError
/// "<target>: cannot write the export: <reason>" with the write's own errno (the disk is full, ...).
void writeStreamAtomically(const std::string& target, const std::function<void(std::ostream& out)>& write,
    const std::string& journalPath, Existing existing = Existing::Replace);

/// Removes files in `folder` named "<prefix>...tmp-<pid>[-<n>]" whose process is no longer running (what a killed
/// export or backup left behind); returns how many. Files of running processes and other names are left alone.
int removeStaleTemporaries(const std::string& folder, const std::string& prefix);

/// fsync of a file, then of its folder; false when either fails (errno set).
bool syncFile(const std::string& path);
bool syncFolder(const std::string& folder);

/// A user-facing text for an errno: "the disk is full" for ENOSPC and EDQUOT, else strerror.
std::string describeErrno(int error);

/// Throws the JournalError of a file that could not be written or created: "TARGET: WHAT: the system's reason", as
/// Reason::CannotWrite with its errno, for a front end to word.
[[noreturn]] void throwCannotWrite(const std::string& target, const std::string& what, int error);

} // namespace tmap::journal
