// journal_session: the app's one handle on the pain journal - opened explicitly, its slow steps (the open with the
// daily check and backup, every write, waiting for another program) on a worker thread, errors turned into messages.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include "journal/journal.h"

class QThreadPool;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// Opens the journal when asked to (open(), ensureOpen(), openInBackground(): never at start-up, never from a getter
/// or a model reset), tells the user what the open found, turns core errors into messages that name the file and the
/// problem, and emits changed() after every write. The UI thread never waits on the journal's file: the open (with
/// the day's integrity check and backup) and every write run on the session's worker thread with a connection of
/// their own, and while they run - or wait for another program's write lock - the event loop keeps running, with
/// busyChanged() saying what it waits for and cancelWaiting() to stop it. The UI thread reads through journal(), a
/// second connection (in WAL mode a read never waits for a writer).
class JournalSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSession)

public:
    /// `path`: the --journal option; empty means journal::defaultJournalPath().
    JournalSession(const catalogue::Catalogue& catalogue, const QString& path = {}, QObject* parent = nullptr);
    ~JournalSession() override;

    const catalogue::Catalogue& catalogue() const { return catalogue_; }
    /// The journal file (known without opening it).
    QString path() const { return path_; }
    bool isOpen() const { return journal_ != nullptr; }
    /// The open journal (the UI thread's reading connection), or nullptr when it is not open (yet, or it could not
    /// be). Opens nothing, asks nothing.
    journal::Journal* journal() const { return journal_.get(); }
    /// What the last successful open found and did (created, migrated, moved aside, the day's backup).
    const journal::OpenReport& openReport() const { return openReport_; }

    /// What an open found, for the caller to present (present() does it the app's way).
    struct OpenResult {
        journal::Journal* journal = nullptr; ///< nullptr: it could not be opened
        QString error; ///< why it could not be opened, naming the file
        QString damaged; ///< the journal was damaged and moved aside: what happened, naming both files
        QString movedAside; ///< with `damaged`: where the damaged file went (recoverFrom() reads what it can)
        QString newestBackup; ///< with `damaged` or `lost`: the backup restoreNewestBackup() would bring back, if any
        /// A new journal was started beside backups of one (deleted or emptied by mistake?): what to say,
        /// offering the newest backup.
        QString lost;
        bool cancelled = false; ///< the user stopped waiting (`error` says so); nothing to present
    };
    /// Opens the journal if it is not open yet, without a dialog, and returns what the open found (each open's
    /// result once; later an open journal is returned as it is). The file work runs on the worker thread while the
    /// event loop keeps running (a busy dialog when interactive and slow). Emits statusMessage() for a migration or
    /// a warning and error() for a failure or a moved-aside journal.
    OpenResult open();
    /// Starts opening on the worker thread unless the journal is open or being opened, and returns at once;
    /// openFinished() when it is done. False when there is nothing to wait for: the journal is open, or an open
    /// has ended and open() returns what it found at once.
    bool openInBackground();
    bool isOpening() const;
    /// Tells the user what open() found: a message box for a failure, or for a damaged journal one that offers to
    /// restore the newest backup (and restores it when chosen). Nothing when not interactive.
    void present(const OpenResult& result);
    /// open() then present(): the explicit step before the journal is shown or written. The journal or nullptr.
    /// Waits (with the event loop running) for an open started in the background.
    journal::Journal* ensureOpen();
    /// The ids notes may use: the catalogue's muscles, trigger points, factors and body regions.
    journal::Vocabulary vocabulary() const;

    /// Where message boxes go; without one they are parented to the active window.
    void setDialogParent(QWidget* parent) { dialogParent_ = parent; }
    /// false: no message boxes (tests, the headless report); problems still reach error() and lastError().
    void setInteractive(bool interactive) { interactive_ = interactive; }
    bool interactive() const { return interactive_; }
    QString lastError() const { return lastError_; }

    /// Runs a write against the journal on the worker thread, on the session's writing connection (so `body` must
    /// touch nothing of the UI; the caller's locals are safe, the caller waits); when another program is writing it
    /// waits for it there, then tries again. On success emits changed() and returns true. Errors become a message;
    /// a cancelled wait saves nothing (error() says so, no message box: the user chose it).
    bool write(const QString& what, const std::function<void(journal::Journal&)>& body);
    /// Stops a read aside when set (from any thread): its statements fail within milliseconds.
    using StopFlag = std::shared_ptr<std::atomic<bool>>;
    /// Runs `body` on a pool thread with a read-only connection of its own (the journal must be open: the file is
    /// then known to be a current journal), then `done` on the UI thread with "" or what failed in words - unless
    /// `context` is gone by then. For reads that take long (every note of a range): they never wait for a writer.
    /// With `stop`, setting it ends the read early (Journal::setInterrupt; a read not started yet does not start):
    /// `done` then gets an error, and the caller, who set it, knows why.
    void readAside(QObject* context, std::function<void(journal::Journal&)> body,
        std::function<void(const QString& error)> done, StopFlag stop = {}) const;
    /// Saves a note (new or edited); the stored note, or nullopt after telling the user. Throws nothing.
    std::optional<journal::Note> save(const journal::Note& note);
    bool trash(const QString& id);
    bool restore(const QString& id);
    /// Replaces the journal with its newest automatic backup (after the current content is saved aside).
    bool restoreNewestBackup();
    /// Replaces the journal with the backup at `backup`: the current content is first copied into the backups
    /// folder (never lost), then the journal is reopened as it would be at start-up. Emits changed().
    bool restoreBackup(const QString& backup);
    /// Adds to the journal the notes and plans that can still be read from a damaged journal moved aside
    /// (`damaged`), those it does not hold already (journal/salvage.h), and says in statusMessage() how many, and
    /// how many could not be read. The damaged file is left as it is.
    bool recoverFrom(const QString& damaged);
    /// What an import of a damaged journal file could not bring (journal::SaveAllResult's `incomplete`,
    /// `unusable`, `damagedParts`) in words, "" for a whole file.
    static QString damageText(const journal::SaveAllResult& result);
    /// Erases these notes (in the trash) for good; returns how many were erased.
    int purge(const std::vector<std::string>& ids);
    /// Erases every note in the trash for good; returns how many, or -1 when it failed.
    int emptyTrash();
    /// "backups/" beside the journal.
    QString backupFolder() const;

    /// Stops what the session waits for (what the busy dialog's Cancel does): an open, or another program's lock
    /// (nothing is saved then). A step already running (the integrity check, a commit) ends first.
    void cancelWaiting();
    /// True while an open or a write runs on the worker thread.
    bool isBusy() const { return job_ != nullptr; }
    /// True while the job running waits for another program's write lock.
    bool isWaitingForOthers() const;
    /// What the session is doing ("Opening your journal...", "Waiting for another program..."), "" when idle.
    QString busyText() const { return busyText_; }

    /// Tells the user about a problem (a message box when interactive) and emits error().
    void reportError(const QString& message);
    /// Reads the open journal with `read` (a callable taking journal::Journal&): its result, or nothing when no
    /// journal is open or the read failed (a damaged file, a disk error: told as reportError() tells it). A read in
    /// a slot goes through here, never letting an exception out into Qt's event loop, which would end the app.
    template <typename Read>
    auto tryRead(Read&& read) -> std::optional<decltype(read(std::declval<journal::Journal&>()))>
    {
        if (!journal())
            return std::nullopt;
        try {
            return read(*journal());
        } catch (const std::exception& e) {
            reportReadError(e);
            return std::nullopt;
        }
    }

signals:
    /// After every write (save, trash, restore, import, restore of a backup).
    void changed();
    /// Something the status bar may show: a migration, a backup warning, a save.
    void statusMessage(const QString& message);
    /// A problem the user has been (or, non-interactive, would have been) told about.
    void error(const QString& message);
    /// An open or a write found another program writing and now waits for it off the UI thread (true), or the
    /// wait ended (false).
    void waiting(bool waiting);
    /// The session started a slow step or its text changed (`text`: what it does, for a busy bar), or it is idle
    /// again ("").
    void busyChanged(const QString& text);
    /// An open (started by any of the open functions) ended; open() or ensureOpen() returns what it found.
    void openFinished();

private:
    void reportReadError(const std::exception& error);
    struct Job;
    /// Starts `job` on the worker thread (after the one running, if any).
    void start(const std::shared_ptr<Job>& job);
    /// Keeps the event loop running until `job` has ended; when interactive, a busy dialog with Cancel shows if it
    /// takes a while (at once while it waits for another program).
    void waitFor(const std::shared_ptr<Job>& job);
    /// On the UI thread, after a job ended on the worker thread.
    void finish(const std::shared_ptr<Job>& job);
    /// Takes over the connections an open made and says what it found (ended_).
    void finishOpen(Job& job);
    /// On the worker thread: runs `step`; while it finds another program writing, waits for its lock (telling the
    /// UI) and tries again, until it succeeds, fails otherwise, is cancelled or has waited too long.
    void runWaitingForOthers(Job& job, const std::function<void()>& step);
    std::shared_ptr<Job> startOpen();
    void setBusyText(const QString& text);
    QWidget* dialogParent() const;

    const catalogue::Catalogue& catalogue_;
    QString path_;
    bool pathGiven_;
    std::unique_ptr<journal::Journal> journal_; ///< the UI thread's connection: reads
    /// The worker thread's connection: every write. Touched only by jobs, on the worker thread.
    std::unique_ptr<journal::Journal> writer_;
    /// The worker thread of the job running (one thread per job, joined when it ends: the connection above
    /// moves from one to the next, never used by two at once).
    std::thread thread_;
    std::shared_ptr<Job> job_; ///< the job running, or null
    QThreadPool* readers_; ///< the threads of readAside()
    std::optional<OpenResult> ended_; ///< what an open that ended found, until open() returns it
    journal::OpenReport openReport_;
    QString busyText_;
    bool interactive_ = true;
    QString lastError_;
    QPointer<QWidget> dialogParent_;
};

} // namespace tmap::app
