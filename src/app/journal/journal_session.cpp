#include "app/journal/journal_session.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QWidget>
#include <atomic>
#include <thread>

#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/exchange.h"

namespace tmap::app {

namespace {

/// How long the UI thread may wait for another program's write lock before waiting moves off it.
constexpr int kUiBusyMs = 100;
/// How long a write waits for another program at most, off the UI thread, unless cancelled sooner.
constexpr int kLongestWaitMs = 120000;

} // namespace

JournalSession::JournalSession(const catalogue::Catalogue& catalogue, const QString& path, QObject* parent)
    : QObject(parent)
    , catalogue_(catalogue)
    , path_(path.isEmpty() ? qs(journal::defaultJournalPath()) : path)
    , pathGiven_(!path.isEmpty())
{
}

JournalSession::~JournalSession() = default;

journal::Vocabulary JournalSession::vocabulary() const
{
    return {&catalogue_.body(), &catalogue_};
}

JournalSession::OpenResult JournalSession::open()
{
    if (journal_)
        return {journal_.get(), {}, {}, {}};
    try {
        journal::OpenOptions options;
        // A file the user named may be anything of theirs: refuse rather than move it aside.
        options.moveAsideForeign = !pathGiven_;
        options.vocabulary = {&catalogue_.body(), nullptr}; // regions only: the muscles are read when first needed
        journal_ = journal::Journal::open(QDir::toNativeSeparators(path_).toStdString(), options);
        journal_->setVocabulary(vocabulary());
        // Writes never wait on the UI thread for another program's lock: one short try, then write() waits aside.
        journal_->setBusyWait(kUiBusyMs, 1);
    } catch (const std::exception& e) {
        OpenResult failed;
        failed.error = tr("The pain journal could not be opened.\n\n%1").arg(describe(e));
        lastError_ = failed.error;
        emit error(failed.error);
        return failed;
    }

    OpenResult result {journal_.get(), {}, {}, {}};
    const auto& report = journal_->report();
    if (report.migratedFrom > 0)
        emit statusMessage(tr("The journal %1 was updated to the current format (from version %2).")
                               .arg(path_)
                               .arg(report.migratedFrom));
    for (const auto& warning : report.warnings)
        emit statusMessage(tr("Journal: %1").arg(qs(warning)));
    if (!report.movedAside.empty()) {
        result.damaged = tr("Your pain journal %1 was damaged and could not be read (%2).\n\nIt was moved to %3, "
                            "untouched, and a new empty journal was started in its place.")
                             .arg(path_, qs(report.problem), qs(report.movedAside));
        result.newestBackup = qs(report.newestBackup);
        lastError_ = result.damaged;
        emit error(result.damaged);
    }
    return result;
}

void JournalSession::present(const OpenResult& result)
{
    if (!interactive_)
        return;
    if (!result.journal) {
        QMessageBox::warning(dialogParent(), tr("Pain journal"), result.error);
        return;
    }
    if (result.damaged.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Pain journal damaged"), result.damaged, QMessageBox::NoButton, dialogParent());
    QPushButton* restoreButton = nullptr;
    if (!result.newestBackup.isEmpty()) {
        box.setInformativeText(tr("The newest automatic backup is %1.").arg(result.newestBackup));
        restoreButton = box.addButton(tr("Restore the newest backup"), QMessageBox::AcceptRole);
        box.addButton(tr("Start with the empty journal"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
    } else {
        box.setInformativeText(tr("There is no automatic backup to restore."));
        box.addButton(QMessageBox::Ok);
    }
    box.exec();
    if (restoreButton && box.clickedButton() == restoreButton)
        restoreNewestBackup();
}

journal::Journal* JournalSession::ensureOpen()
{
    if (journal_)
        return journal_.get();
    const OpenResult result = open();
    present(result);
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
    std::string saved;
    if (!write(tr("Restoring the backup"),
            [&](journal::Journal& journal) { saved = journal.restoreBackup(backup.toStdString()); }))
        return false;
    // Open the restored journal as a start of the app would: its format is checked (and brought forward) there.
    journal_.reset();
    present(open());
    emit statusMessage(tr("Restored the backup %1; what the journal held before is in %2.").arg(backup, qs(saved)));
    emit changed();
    return journal_ != nullptr;
}

int JournalSession::purge(const QStringList& ids)
{
    int erased = 0;
    write(tr("Deleting permanently"), [&](journal::Journal& j) {
        for (const auto& id : ids) {
            const auto note = j.get(id.toStdString());
            if (note && !note->deleted.empty()) // only what is in the trash
                erased += j.purge(id.toStdString()) ? 1 : 0;
        }
    });
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
    auto* j = ensureOpen();
    if (!j)
        return false;
    for (;;) {
        try {
            body(*j);
            break;
        } catch (const journal::JournalError& e) {
            if (e.busy() && waitForOtherProgram())
                continue; // the other program is done: try again (the body is one transaction, rolled back)
            reportError(
                tr("%1 failed.\n\n%2")
                    .arg(what,
                        e.busy() && waitCancelled_ ? tr("Nothing was saved: you stopped waiting for the other program.")
                                                   : describe(e)));
            return false;
        } catch (const std::exception& e) {
            reportError(tr("%1 failed.\n\n%2").arg(what, describe(e)));
            return false;
        }
    }
    emit changed();
    return true;
}

bool JournalSession::waitForOtherProgram()
{
    std::atomic<bool> stop {false};
    std::atomic<bool> writable {false};
    waitCancelled_ = false;
    QEventLoop loop;
    waitLoop_ = &loop;
    const std::string file = QDir::toNativeSeparators(path_).toStdString();
    std::thread waiter([&] {
        writable = journal::Journal::waitUntilWritable(file, kLongestWaitMs, stop);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    const QString text = tr("Waiting for another program to finish writing to the pain journal %1...").arg(path_);
    emit statusMessage(text);
    emit waiting(true);
    std::unique_ptr<QProgressDialog> dialog;
    if (interactive_) {
        dialog = std::make_unique<QProgressDialog>(text, tr("Cancel"), 0, 0, dialogParent());
        dialog->setWindowTitle(tr("Pain journal"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(0);
        connect(dialog.get(), &QProgressDialog::canceled, this, &JournalSession::cancelWaiting);
        dialog->show();
    }
    loop.exec();
    stop = true;
    waiter.join(); // it looks at `stop` every 50 ms
    waitLoop_ = nullptr;
    emit waiting(false);
    return writable && !waitCancelled_;
}

void JournalSession::cancelWaiting()
{
    waitCancelled_ = true;
    if (waitLoop_)
        waitLoop_->quit();
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

QString JournalSession::describeProblems(const std::vector<journal::Problem>& problems)
{
    static const QHash<QString, const char*> kFields {
        {"when", QT_TR_NOOP("When")},
        {"intensity", QT_TR_NOOP("Overall intensity")},
        {"text", QT_TR_NOOP("Note")},
        {"spots", QT_TR_NOOP("Spot")},
        {"tags", QT_TR_NOOP("Tag")},
        {"factors", QT_TR_NOOP("Factor")},
        {"treatments", QT_TR_NOOP("Treatment")},
    };
    QStringList lines;
    for (const auto& p : problems) {
        // "/spots/1/intensity" -> "Spot 2, intensity: ..."
        const QStringList parts = qs(p.pointer).split('/', Qt::SkipEmptyParts);
        QString where;
        if (!parts.isEmpty()) {
            const char* field = kFields.value(parts[0]);
            where = field ? tr(field) : parts[0];
            bool isIndex = false;
            const int index = parts.size() > 1 ? parts[1].toInt(&isIndex) : 0;
            if (isIndex)
                where += ' ' + QString::number(index + 1);
            if (parts.size() > 2)
                where += ", " + parts.mid(2).join(' ').replace('_', ' ');
        }
        lines << (where.isEmpty() ? qs(p.message) : tr("%1: %2").arg(where, qs(p.message)));
    }
    return lines.join('\n');
}

QString JournalSession::describe(const std::exception& error)
{
    if (const auto* invalid = dynamic_cast<const journal::InvalidNote*>(&error))
        return tr("The note was not saved:\n%1").arg(describeProblems(invalid->problems()));
    if (const auto* import = dynamic_cast<const journal::ImportError*>(&error)) {
        if (import->pointer().empty())
            return tr("%1: %2").arg(qs(import->file()), qs(import->problem()));
        return tr("%1, at %2: %3").arg(qs(import->file()), qs(import->pointer()), qs(import->problem()));
    }
    // JournalError and the others already name the file.
    return QString::fromUtf8(error.what());
}

void JournalSession::reportError(const QString& message)
{
    lastError_ = message;
    emit error(message);
    if (interactive_)
        QMessageBox::warning(dialogParent(), tr("Pain journal"), message);
}

QWidget* JournalSession::dialogParent() const
{
    return dialogParent_ ? dialogParent_.data() : QApplication::activeWindow();
}

} // namespace tmap::app
