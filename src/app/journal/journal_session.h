// journal_session: the app's one handle on the pain journal - opened explicitly, errors turned into messages.
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

#include "journal/journal.h"

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// Opens the journal when asked to (open(), ensureOpen(): never at start-up, never from a getter or a model reset),
/// tells the user what the open found, turns core errors into messages that name the file and the problem, and
/// emits changed() after every write.
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
    /// The open journal, or nullptr when it is not open (yet, or it could not be). Opens nothing, asks nothing.
    journal::Journal* journal() const { return journal_.get(); }

    /// What an open found, for the caller to present (present() does it the app's way).
    struct OpenResult {
        journal::Journal* journal = nullptr; ///< nullptr: it could not be opened
        QString error; ///< why it could not be opened, naming the file
        QString damaged; ///< the journal was damaged and moved aside: what happened, naming both files
        QString newestBackup; ///< with `damaged`: the backup restoreNewestBackup() would bring back, if any
    };
    /// Opens the journal if it is not open yet: file I/O only, no dialog. Emits statusMessage() for a migration
    /// or a warning and error() for a failure or a moved-aside journal. An open journal is returned as it is.
    OpenResult open();
    /// Tells the user what open() found: a message box for a failure, or for a damaged journal one that offers to
    /// restore the newest backup (and restores it when chosen). Nothing when not interactive.
    void present(const OpenResult& result);
    /// open() then present(): the explicit step before the journal is shown or written. The journal or nullptr.
    journal::Journal* ensureOpen();
    /// The ids notes may use: the catalogue's muscles, trigger points, factors and body regions.
    journal::Vocabulary vocabulary() const;

    /// Where message boxes go; without one they are parented to the active window.
    void setDialogParent(QWidget* parent) { dialogParent_ = parent; }
    /// false: no message boxes (tests, the headless report); problems still reach error() and lastError().
    void setInteractive(bool interactive) { interactive_ = interactive; }
    bool interactive() const { return interactive_; }
    QString lastError() const { return lastError_; }

    /// Runs a write against the journal; on success emits changed() and returns true. Errors become a message.
    bool write(const QString& what, const std::function<void(journal::Journal&)>& body);
    /// Saves a note (new or edited); the stored note, or nullopt after telling the user. Throws nothing.
    std::optional<journal::Note> save(const journal::Note& note);
    bool trash(const QString& id);
    bool restore(const QString& id);
    /// Replaces the journal with its newest automatic backup (after the current content is saved aside).
    bool restoreNewestBackup();
    /// Replaces the journal with the backup at `backup`: the current content is first copied into the backups
    /// folder (never lost), then the journal is reopened as it would be at start-up. Emits changed().
    bool restoreBackup(const QString& backup);
    /// Erases these notes (in the trash) for good; returns how many were erased.
    int purge(const QStringList& ids);
    /// Erases every note in the trash for good; returns how many, or -1 when it failed.
    int emptyTrash();
    /// "backups/" beside the journal.
    QString backupFolder() const;

    /// Stops a wait for another program's lock (what the wait dialog's Cancel does); nothing is saved.
    void cancelWaiting();
    bool isWaiting() const { return waitLoop_ != nullptr; }

    /// Tells the user about a problem (a message box when interactive) and emits error().
    void reportError(const QString& message);

    /// A user-facing sentence for any exception the core throws (JournalError, InvalidNote, ImportError, ...).
    static QString describe(const std::exception& error);
    /// "Spot 2: unknown region ..." - the problems of a note in plain words, one per line.
    static QString describeProblems(const std::vector<journal::Problem>& problems);

signals:
    /// After every write (save, trash, restore, import, restore of a backup).
    void changed();
    /// Something the status bar may show: a migration, a backup warning, a save.
    void statusMessage(const QString& message);
    /// A problem the user has been (or, non-interactive, would have been) told about.
    void error(const QString& message);
    /// A write found another program writing and now waits for it off the UI thread (true), or stopped (false).
    void waiting(bool waiting);

private:
    /// Waits off the UI thread until the journal is writable, with "waiting for another program..." and a
    /// Cancel; false when cancelled or after a long time.
    bool waitForOtherProgram();
    QWidget* dialogParent() const;

    const catalogue::Catalogue& catalogue_;
    QString path_;
    bool pathGiven_;
    std::unique_ptr<journal::Journal> journal_;
    bool interactive_ = true;
    QString lastError_;
    QPointer<QWidget> dialogParent_;
    QEventLoop* waitLoop_ = nullptr;
    bool waitCancelled_ = false;
};

} // namespace tmap::app
