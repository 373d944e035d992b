// journal/journal_session owns the app's handle on the journal: explicit opening, the worker thread that runs the
// open, the day's check and backup and every write, the calm busy state while they run, and errors as messages.
#include "app/journal/journal_session.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <chrono>

#include "app/journal/tag_text.h"
#include "app/widgets/error_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/exchange.h"

namespace tmap::app {

namespace {

/// How long one try on the worker thread waits for another program's lock before the session says it is waiting
/// (and then waits in short, cancellable steps).
constexpr int kStepBusyMs = 100;
/// How long a read on the UI thread may wait for a lock (in WAL mode a read waits only for a database's recovery).
constexpr int kUiBusyMs = 100;
/// How long a write or an open waits for another program at most, unless cancelled sooner.
constexpr int kLongestWaitMs = 120000;
/// A step that ends sooner shows no busy dialog: a window flashing by would only startle.
constexpr int kCalmDelayMs = 400;

} // namespace

/// One slow step for the worker thread: an open (with the day's check and backup) or a write.
struct JournalSession::Job {
    enum class Kind { Open, Write };
    Kind kind = Kind::Write;
    QString busyText; ///< what the busy state says while it runs
    std::function<void(Job&)> run; ///< on the worker thread
    std::atomic<bool> cancel {false}; ///< set by the UI thread (Cancel); the worker thread looks at it
    // Written by the worker thread before it posts the end, read by the UI thread after it (the post orders them).
    bool cancelled = false; ///< it stopped because of `cancel`, having changed nothing
    std::exception_ptr failure;
    std::unique_ptr<journal::Journal> writer; ///< an open: the writing connection
    std::unique_ptr<journal::Journal> reader; ///< an open: the UI thread's reading connection
    // The UI thread's.
    bool ended = false;
    bool waitingForOthers = false;
};

JournalSession::JournalSession(const catalogue::Catalogue& catalogue, const QString& path, QObject* parent)
    : QObject(parent)
    , catalogue_(catalogue)
    , path_(path.isEmpty() ? qs(journal::defaultJournalPath()) : path)
    , pathGiven_(!path.isEmpty())
    , readers_(new QThreadPool(this))
{
    readers_->setMaxThreadCount(2);
}

JournalSession::~JournalSession()
{
    readers_->waitForDone(); // a read aside ends on its own (its answer is dropped: its page is gone by then)
    // A job still running (the app closes meanwhile) stops at its next look at `cancel`; a commit or the integrity
    // check ends first. Its posted end is dropped with this object.
    if (job_)
        job_->cancel = true;
    if (thread_.joinable())
        thread_.join();
}

journal::Vocabulary JournalSession::vocabulary() const
{
    return {&catalogue_.body(), &catalogue_, TagText::searchWords(catalogue_)};
}

bool JournalSession::isWaitingForOthers() const
{
    return job_ && job_->waitingForOthers;
}

bool JournalSession::isOpening() const
{
    return job_ && job_->kind == Job::Kind::Open;
}

void JournalSession::start(const std::shared_ptr<Job>& job)
{
    while (const auto running = job_) // one job at a time, in the order asked
        waitFor(running);
    job_ = job;
    setBusyText(job->busyText);
    thread_ = std::thread([this, job] {
        try {
            job->run(*job);
        } catch (...) {
            job->failure = std::current_exception();
        }
        QMetaObject::invokeMethod(
            this, [this, job] { finish(job); }, Qt::QueuedConnection);
    });
}

void JournalSession::runWaitingForOthers(Job& job, const std::function<void()>& step)
{
    using Clock = std::chrono::steady_clock;
    const auto until = Clock::now() + std::chrono::milliseconds(kLongestWaitMs);
    const std::string file = QDir::toNativeSeparators(path_).toStdString();
    bool told = false;
    for (;;) {
        if (job.cancel) {
            job.cancelled = true;
            return;
        }
        try {
            step(); // one transaction: a busy error rolled it back whole
            return;
        } catch (const journal::JournalError& e) {
            if (!e.busy())
                throw;
            if (!told) {
                told = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        if (!job_ || job_->ended)
                            return;
                        job_->waitingForOthers = true;
                        emit waiting(true);
                        emit statusMessage(
                            tr("Waiting for another program to finish writing to the pain journal %1...").arg(path_));
                        setBusyText(tr("Waiting for another program that is writing to your journal..."));
                    },
                    Qt::QueuedConnection);
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
            if (left <= 0 || !journal::Journal::waitUntilWritable(file, static_cast<int>(left), job.cancel)) {
                if (job.cancel) {
                    job.cancelled = true;
                    return;
                }
                throw; // still busy after a long wait: the core's message says so
            }
        }
    }
}

void JournalSession::waitFor(const std::shared_ptr<Job>& job)
{
    if (job->ended)
        return;
    QEventLoop loop;
    std::unique_ptr<QProgressDialog> dialog;
    auto showDialog = [&] {
        if (!interactive_ || dialog || job->ended)
            return;
        // Over whatever is in front (the note editor, the guided session), so that Cancel can be reached.
        QWidget* parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : dialogParent();
        dialog = std::make_unique<QProgressDialog>(busyText_, tr("Cancel"), 0, 0, parent);
        dialog->setWindowTitle(tr("Pain journal"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setMinimumDuration(0);
        connect(dialog.get(), &QProgressDialog::canceled, this, &JournalSession::cancelWaiting);
        dialog->show();
    };
    QTimer calm;
    calm.setSingleShot(true);
    connect(&calm, &QTimer::timeout, &loop, showDialog);
    calm.start(kCalmDelayMs);
    connect(this, &JournalSession::busyChanged, &loop, [&](const QString& text) {
        if (job->ended) {
            loop.quit();
            return;
        }
        if (job->waitingForOthers)
            showDialog(); // at once: this may take long, and the user may want to stop it
        if (dialog)
            dialog->setLabelText(text);
    });
    loop.exec();
    if (!job->ended) {
        // The application is quitting (its exit ends every event loop): stop the job and wait for it here - a lock
        // wait ends within 50 ms - so that the caller gets what really happened.
        job->cancel = true;
        finish(job);
    }
}

void JournalSession::finish(const std::shared_ptr<Job>& job)
{
    if (job->ended)
        return; // finished early (waitFor() when the application quits); this is the end it had posted
    if (thread_.joinable())
        thread_.join(); // it has posted this as its last step
    job->ended = true;
    job_.reset();
    if (job->waitingForOthers)
        emit waiting(false);
    if (job->kind == Job::Kind::Open)
        finishOpen(*job);
    setBusyText({});
    if (job->kind == Job::Kind::Open)
        emit openFinished();
}

void JournalSession::setBusyText(const QString& text)
{
    busyText_ = text;
    emit busyChanged(text);
}

void JournalSession::cancelWaiting()
{
    if (job_)
        job_->cancel = true;
}

std::shared_ptr<JournalSession::Job> JournalSession::startOpen()
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Open;
    job->busyText = tr("Opening your journal...");
    journal::OpenOptions options;
    // A file the user named may be anything of theirs: refuse rather than move it aside.
    options.moveAsideForeign = !pathGiven_;
    // Nor is a folder made for it: a mistyped one would start a second, empty journal there.
    options.makeFolder = !pathGiven_;
    options.vocabulary = {&catalogue_.body(), nullptr}; // regions only: the muscles are read when first needed
    // One short try, then the session waits for another program's lock itself, cancellably and saying so.
    options.busyTimeoutMs = kStepBusyMs;
    options.writeAttempts = 1;
    const std::string file = QDir::toNativeSeparators(path_).toStdString();
    job->run = [this, options, file](Job& j) {
        // The first open of a day checks the whole file and backs it up (about 1 s at 100 000 notes): here, off the
        // UI thread. Then a second connection for the UI thread's reads, which needs neither.
        runWaitingForOthers(j, [&] { j.writer = journal::Journal::open(file, options); });
        if (!j.writer)
            return;
        journal::OpenOptions reading = options;
        reading.dailyBackup = false;
        runWaitingForOthers(j, [&] { j.reader = journal::Journal::open(file, reading); });
    };
    start(job);
    return job;
}

bool JournalSession::openInBackground()
{
    if (ended_)
        return false;
    if (isOpening())
        return true;
    if (journal_)
        return false;
    startOpen();
    return true;
}

void JournalSession::finishOpen(Job& job)
{
    OpenResult result;
    if (job.failure) {
        QString why;
        try {
            std::rethrow_exception(job.failure);
        } catch (const std::exception& e) {
            why = ErrorText::describe(e);
        } catch (...) {
            why = path_;
        }
        result.error = tr("The pain journal could not be opened.\n\n%1").arg(why);
        lastError_ = result.error;
        emit error(result.error);
        ended_ = result;
        return;
    }
    if (job.cancelled || !job.reader) {
        result.cancelled = true;
        result.error = tr("Your journal was not opened: you stopped waiting for the other program.");
        lastError_ = result.error;
        emit statusMessage(result.error);
        ended_ = result;
        return;
    }
    writer_ = std::move(job.writer);
    journal_ = std::move(job.reader);
    writer_->setVocabulary(vocabulary());
    journal_->setVocabulary(vocabulary());
    journal_->setBusyWait(kUiBusyMs, 1); // a write straight through journal() never waits long on the UI thread
    result.journal = journal_.get();
    openReport_ = writer_->report();
    const auto& report = openReport_;
    if (report.migratedFrom > 0)
        emit statusMessage(tr("The journal %1 was updated to the current format (from version %2).")
                               .arg(path_)
                               .arg(report.migratedFrom));
    for (const auto& warning : report.warnings)
        emit statusMessage(tr("Journal: %1").arg(qs(warning)));
    if (!report.movedAside.empty()) {
        result.damaged = tr("Your pain journal %1 was damaged and could not be read (%2).\n\nIt was moved to %3, "
                            "untouched, and a new empty journal was started in its place. Its notes can be recovered "
                            "now or later (File > Journal file and backups lists it).")
                             .arg(path_, qs(report.problem), qs(report.movedAside));
        result.newestBackup = qs(report.newestBackup);
        result.movedAside = qs(report.movedAside);
        lastError_ = result.damaged;
        emit error(result.damaged);
    } else if (report.besideBackups) {
        result.lost = tr("There was no pain journal at %1, so a new, empty one was started. But its backups folder "
                         "holds daily backups of a journal there: if the journal was deleted or emptied by mistake, "
                         "restore the newest backup.")
                          .arg(path_);
        result.newestBackup = qs(report.newestBackup);
    }
    ended_ = result;
}

JournalSession::OpenResult JournalSession::open()
{
    if (!journal_ && !ended_) {
        const auto job = isOpening() ? job_ : startOpen();
        waitFor(job);
    }
    if (ended_) {
        OpenResult result = *ended_;
        ended_.reset();
        return result;
    }
    OpenResult result;
    result.journal = journal_.get();
    return result;
}

void JournalSession::present(const OpenResult& result)
{
    // Cancelled: the user chose it. No error and no journal: another caller has told the user about this open.
    if (!interactive_ || result.cancelled || (!result.journal && result.error.isEmpty()))
        return;
    if (!result.journal) {
        QMessageBox::warning(dialogParent(), tr("Pain journal"), result.error);
        return;
    }
    if (result.damaged.isEmpty() && result.lost.isEmpty())
        return;
    const bool lost = result.damaged.isEmpty();
    QMessageBox box(QMessageBox::Warning, lost ? tr("Pain journal empty") : tr("Pain journal damaged"),
        lost ? result.lost : result.damaged, QMessageBox::NoButton, dialogParent());
    QPushButton* restoreButton = nullptr;
    QPushButton* recoverButton = nullptr;
    // A damaged journal still holds most of its notes: restoring the backup also brings back those written since it,
    // as far as they can be read; without a backup they are all there is.
    const bool recover = !lost && !result.movedAside.isEmpty();
    if (!result.newestBackup.isEmpty()) {
        box.setInformativeText(recover
                ? tr("The newest automatic backup is %1. Restoring it also adds the notes written since, as far as "
                     "they can still be read from the damaged file.")
                      .arg(result.newestBackup)
                : tr("The newest automatic backup is %1.").arg(result.newestBackup));
        restoreButton = box.addButton(tr("Restore the newest backup"), QMessageBox::AcceptRole);
        box.addButton(
            lost ? tr("Keep the empty journal") : tr("Start with the empty journal"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
    } else if (recover) {
        box.setInformativeText(tr("There is no automatic backup to restore, but the notes that can still be read "
                                  "from the damaged file can be added to the new journal."));
        recoverButton = box.addButton(tr("Recover what can be read"), QMessageBox::AcceptRole);
        box.addButton(tr("Start with the empty journal"), QMessageBox::RejectRole);
        box.setDefaultButton(recoverButton);
    } else {
        box.setInformativeText(tr("There is no automatic backup to restore."));
        box.addButton(QMessageBox::Ok);
    }
    box.exec();
    if (restoreButton && box.clickedButton() == restoreButton) {
        if (restoreNewestBackup() && recover)
            recoverFrom(result.movedAside);
    } else if (recoverButton && box.clickedButton() == recoverButton) {
        recoverFrom(result.movedAside);
    }
}

QString JournalSession::damageText(const journal::SaveAllResult& result)
{
    QStringList said;
    if (result.incomplete)
        said << (result.incomplete == 1
                ? tr("%n note of the file could be read only in part; it is tagged \"recovered in part\".", nullptr,
                    result.incomplete)
                : tr("%n notes of the file could be read only in part; they are tagged \"recovered in part\".", nullptr,
                    result.incomplete));
    if (result.unusable)
        said << (result.unusable == 1
                ? tr("%n note or plan in it could not be read and was left out.", nullptr, result.unusable)
                : tr("%n notes or plans in it could not be read and were left out.", nullptr, result.unusable));
    if (result.damagedParts)
        said << (result.damagedParts == 1
                ? tr("%n part of it could not be read at all; any notes or plans kept there are lost.", nullptr,
                    result.damagedParts)
                : tr("%n parts of it could not be read at all; any notes or plans kept there are lost.", nullptr,
                    result.damagedParts));
    if (said.isEmpty())
        return {};
    return tr("The file is damaged:") + ' ' + said.join(' ');
}

bool JournalSession::recoverFrom(const QString& damaged)
{
    journal::SaveAllResult result;
    journal::ImportOptions options;
    options.vocabulary = vocabulary();
    if (!write(tr("Recovering notes"),
            [&](journal::Journal& j) { result = journal::importFile(j, damaged.toStdString(), options); }))
        return false;
    QString message = result.added == 1
        ? tr("Recovered from the damaged file: %n note added (those already here were kept).", nullptr, result.added)
        : tr("Recovered from the damaged file: %n notes added (those already here were kept).", nullptr, result.added);
    if (result.plansAdded)
        message += ' '
            + (result.plansAdded == 1 ? tr("%n plan added.", nullptr, result.plansAdded)
                                      : tr("%n plans added.", nullptr, result.plansAdded));
    if (const QString damage = damageText(result); !damage.isEmpty())
        message += ' ' + damage;
    emit statusMessage(message);
    return true;
}

journal::Journal* JournalSession::ensureOpen()
{
    if (journal_ && !ended_)
        return journal_.get();
    present(open());
    return journal_.get();
}

bool JournalSession::restoreNewestBackup()
{
    auto* j = ensureOpen();
    if (!j)
        return false;
    const auto list = journal::Journal::backups(j->path());
    if (list.empty()) {
        reportError(tr("There is no automatic backup of %1 to restore.").arg(path_));
        return false;
    }
    return restoreBackup(qs(list.front()));
}

bool JournalSession::restoreBackup(const QString& backup)
{
    journal::Journal::Restored restored;
    if (!write(tr("Restoring the backup"),
            [&](journal::Journal& journal) { restored = journal.restoreBackup(backup.toStdString()); }))
        return false;
    // The core copied the backup into the writer's connection and brought its format forward (ensureSchema);
    // the reading connection sees the restored file.
    emit statusMessage(
        tr("Restored the backup %1; what the journal held before is in %2.").arg(backup, qs(restored.kept)));
    if (restored.notesWithoutAPart > 0) {
        const QString partly = tr("The backup %1 was in an older format: %n note(s) of it were brought up to date "
                                  "without a part this version refuses (such as a spot in no region). The backup "
                                  "itself is unchanged and keeps them whole.",
            nullptr, restored.notesWithoutAPart)
                                   .arg(backup);
        emit statusMessage(partly);
        if (interactive_)
            QMessageBox::information(dialogParent(), tr("Pain journal"), partly);
    }
    emit changed();
    return true;
}

int JournalSession::purge(const std::vector<std::string>& ids)
{
    int erased = 0;
    // One write: all of them or none (only what is in the trash - the core erases nothing else).
    write(tr("Deleting permanently"), [&](journal::Journal& j) { erased = j.purge(ids); });
    return erased;
}

int JournalSession::emptyTrash()
{
    int erased = -1;
    write(tr("Emptying the trash"), [&](journal::Journal& j) { erased = j.emptyTrash(); });
    return erased;
}

QString JournalSession::backupFolder() const
{
    return qs(journal::Journal::backupFolder(QDir::toNativeSeparators(path_).toStdString()));
}

bool JournalSession::write(const QString& what, const std::function<void(journal::Journal&)>& body)
{
    // The user asked for this: open now if needed (again after a failed open, since the cause - a full disk, a
    // folder made read-only - may be gone by then), and say why if it still fails.
    if (!ensureOpen())
        return false;
    try {
        // The checks of a note look muscles up: read them here, so that the worker thread only reads what is read.
        catalogue_.muscles();
    } catch (const std::exception& e) {
        reportError(tr("%1 failed.\n\n%2").arg(what, ErrorText::describe(e)));
        return false;
    }
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Write;
    job->busyText = tr("Saving to your journal...");
    job->run = [this, &body](Job& j) { runWaitingForOthers(j, [&] { body(*writer_); }); };
    start(job);
    waitFor(job);
    if (job->failure) {
        QString why;
        try {
            std::rethrow_exception(job->failure);
        } catch (const std::exception& e) {
            why = ErrorText::describe(e);
        } catch (...) {
            why = path_;
        }
        reportError(tr("%1 failed.\n\n%2").arg(what, why));
        return false;
    }
    if (job->cancelled) {
        // The user chose this: said where they look (the editor, the status bar), not in a box.
        lastError_ = tr("%1 was stopped.\n\nNothing was saved: you stopped waiting for the other program.").arg(what);
        emit error(lastError_);
        emit statusMessage(tr("Nothing was saved: you stopped waiting for the other program."));
        return false;
    }
    emit changed();
    return true;
}

void JournalSession::readAside(QObject* context, std::function<void(journal::Journal&)> body,
    std::function<void(const QString& error)> done, StopFlag stop) const
{
    const std::string file = QDir::toNativeSeparators(path_).toStdString();
    const QPointer<QObject> guard(context); // looked at on the UI thread only
    // A pool of the session's own: Qt's raster engine and image scaling hand work to the global pool and wait for
    // it on the UI thread, so a long read there would freeze the window after all.
    readers_->start([file, body = std::move(body), done = std::move(done), guard, stop] {
        QString error;
        try {
            if (stop && *stop)
                throw journal::JournalError(file + ": stopped before it started");
            journal::OpenOptions options;
            options.readOnly = true;
            auto journal = journal::Journal::open(file, options);
            journal->setInterrupt(stop.get());
            body(*journal);
        } catch (const std::exception& e) {
            error = ErrorText::describe(e);
        } catch (...) {
            error = qs(file);
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, error] {
                if (guard)
                    done(error);
            },
            Qt::QueuedConnection);
    });
}

std::optional<journal::Note> JournalSession::save(const journal::Note& note)
{
    std::optional<journal::Note> saved;
    write(tr("Saving the note"), [&](journal::Journal& j) { saved = j.save(note); });
    return saved;
}

bool JournalSession::trash(const QString& id)
{
    bool done = false;
    const bool ok = write(tr("Deleting the note"), [&](journal::Journal& j) { done = j.trash(id.toStdString()); });
    return ok && done;
}

bool JournalSession::restore(const QString& id)
{
    bool done = false;
    const bool ok = write(tr("Restoring the note"), [&](journal::Journal& j) { done = j.restore(id.toStdString()); });
    return ok && done;
}

void JournalSession::reportError(const QString& message)
{
    lastError_ = message;
    emit error(message);
    if (interactive_)
        QMessageBox::warning(dialogParent(), tr("Pain journal"), message);
}

void JournalSession::reportReadError(const std::exception& error)
{
    reportError(ErrorText::describe(error));
}

QWidget* JournalSession::dialogParent() const
{
    return dialogParent_ ? dialogParent_.data() : QApplication::activeWindow();
}

} // namespace tmap::app
