// journal/journal_page_files: the Journal tab's files - export (JSON, CSV, a clinician's body map), the PDF report,
// import. An export or the report reads and writes off the UI thread, one at a time, with a busy bar and Cancel.
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>

#include "app/journal/busy_bar.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/widgets/data_text.h"
#include "app/widgets/error_text.h"
#include "catalogue/catalogue.h"
#include "journal/salvage.h"

namespace tmap::app {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// True when something is at `path` (a dangling symbolic link too: writing there would replace the link).
bool existsAt(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

/// What a save dialog returned may be replaced: the dialog asked before it returned a file that exists (Qt's
/// dialogs do unless told not to), so a file there now is one the user confirmed. A dangling symbolic link is not
/// one the dialog asks about, so it is not confirmed (and the write refuses it).
bool confirmedByDialog(const QString& path)
{
    return QFileInfo::exists(path);
}

/// Where file dialogs open: Documents when there is such a folder, else home (a dialog opened on a folder that does
/// not exist shows it as if it did, and a file saved there fails).
QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

/// Where a save dialog first suggests a file: the documents folder, "STEM-YYYY-MM-DD.EXTENSION".
QString suggestedPath(const QString& stem, const QString& extension)
{
    return QDir(documentsFolder())
        .filePath(QString("%1-%2.%3").arg(stem, QDate::currentDate().toString(Qt::ISODate), extension));
}

} // namespace

bool JournalPage::fileWriteRunning()
{
    if (!fileTask_)
        return false;
    // One at a time: a second click (or the File menu) never starts a second writer, of the same file or another.
    showMessage(fileTask_->importing
            ? tr("%1 is still being checked for the import; wait for it, or cancel it, before you start another.")
                  .arg(native(fileTask_->path))
            : tr("%1 is still being written; wait for it, or cancel it, before you start another.")
                  .arg(native(fileTask_->path)));
    return true;
}

bool JournalPage::startFileWrite(const QString& path, bool replace, const QString& doing,
    const std::function<QString(qint64 notes)>& doingNotes,
    const std::function<QString(journal::Journal&, journal::Existing, const std::atomic<bool>& stop)>& write)
{
    // Checked after the open, which may run the event loop (and so another click) while it waits.
    if (!session_.ensureOpen() || fileWriteRunning())
        return false;
    const bool exists = existsAt(path);
    if (exists && !replace) {
        session_.reportError(tr("%1 already exists. It was left as it is and nothing was written: choose it again "
                                "in the save dialog to replace it, or choose another name.")
                                 .arg(native(path)));
        return false;
    }
    try {
        // The writing thread looks muscles up by name: read them here first, as the session's writes do.
        session_.catalogue().muscles();
    } catch (const std::exception& e) {
        session_.reportError(tr("%1 could not be written.\n\n%2").arg(native(path), ErrorText::describe(e)));
        return false;
    }
    auto task = std::make_shared<FileTask>();
    task->path = path;
    task->existed = exists;
    fileTask_ = task;
    fileBusy_->showBusy(doing);
    updateFileActions();
    const auto existing = replace ? journal::Existing::Replace : journal::Existing::Keep;
    const journal::Range days = range();
    const QPointer<JournalPage> page(this); // looked at on the UI thread only
    session_.readAside(
        this,
        [task, days, existing, doingNotes, write, page](journal::Journal& j) {
            journal::ListQuery notes;
            notes.range = days;
            const QString text = doingNotes(j.count(notes)); // "Exporting 100,000 notes to ..."
            QMetaObject::invokeMethod(
                qApp,
                [page, task, text] {
                    if (page && page->fileTask_ == task && !*task->stop)
                        page->fileBusy_->showBusy(text);
                },
                Qt::QueuedConnection);
            task->written = write(j, existing, *task->stop);
        },
        [this, task](const QString& error) { finishFileWrite(task, error); }, task->stop);
    return true;
}

void JournalPage::finishFileWrite(const std::shared_ptr<FileTask>& task, const QString& error)
{
    if (fileTask_ == task)
        fileTask_.reset();
    fileBusy_->clear();
    updateFileActions();
    const QString file = native(task->path);
    if (!task->written.isEmpty()) {
        showMessage(task->written); // in place, even when Cancel came after the last step
    } else if (*task->stop) {
        // The user chose this: said in the message bar, not in a box. Nothing of the new file is left.
        showMessage(task->existed
                ? tr("Stopped before it was done: %1 was left as it was.").arg(file)
                : tr("Stopped before it was done: nothing was written, %1 was not created.").arg(file));
    } else {
        // A message that names the file already says what failed (the core's, and describeFile's in words).
        session_.reportError(error.contains(file) ? error : tr("%1 could not be written.\n\n%2").arg(file, error));
    }
    emit fileWritten(task->path, !task->written.isEmpty());
}

void JournalPage::cancelFileWrite()
{
    if (!fileTask_)
        return;
    *fileTask_->stop = true; // the reads stop within milliseconds; the temporary file is removed
    fileBusy_->showBusy(tr("Stopping..."), true);
    fileBusy_->cancelButton()->setEnabled(false);
}

void JournalPage::updateFileActions()
{
    const bool idle = !fileTask_;
    for (auto* action : {exportJson_, exportCsv_, exportBodyMap_, report_, import_})
        action->setEnabled(idle);
    exportButton_->setEnabled(idle);
}

bool JournalPage::exportTo(const QString& path, journal::Format format, bool replace)
{
    // The CSV's name columns in the interface's language (English when the data has no translation into it).
    const journal::CsvNames names {&session_.catalogue(), DataText::language().toStdString()};
    const journal::Range days = range();
    const QString file = native(path);
    return startFileWrite(
        path, replace, tr("Exporting your journal to %1...").arg(file),
        [file](qint64 n) { return tr("Exporting %Ln notes to %1...", nullptr, int(n)).arg(file); },
        [path, format, days, names, file](journal::Journal& j, journal::Existing existing, const std::atomic<bool>&) {
            const int n = int(journal::exportToFile(j, path.toStdString(), format, days, names, existing));
            return (n == 1 ? tr("Exported %n note to %1.", nullptr, n) : tr("Exported %n notes to %1.", nullptr, n))
                .arg(file);
        });
}

bool JournalPage::exportBodyMapTo(const QString& path, journal::BodyMapFormat format, bool replace)
{
    const journal::Range days = range();
    const QString file = native(path);
    const QString name = format == journal::BodyMapFormat::Choir ? tr("CHOIR body map")
        : format == journal::BodyMapFormat::Mbm                  ? tr("Michigan Body Map")
                                                                 : tr("Widespread Pain Index");
    return startFileWrite(
        path, replace, tr("Exporting the %1 to %2...").arg(name, file),
        [name, file](
            qint64 n) { return tr("Exporting the %1 of %Ln notes to %2...", nullptr, int(n)).arg(name, file); },
        [path, format, days, name, file](journal::Journal& j, journal::Existing existing, const std::atomic<bool>&) {
            journal::exportBodyMapToFile(j, path.toStdString(), format, days, journal::BodyMapPeriod::Whole, existing);
            return tr("Exported the %1 of the days shown to %2.").arg(name, file);
        });
}

void JournalPage::setReportWriting(ReportWriting write)
{
    reportWriting_ = std::move(write);
    report_->setVisible(bool(reportWriting_));
}

bool JournalPage::writeReportTo(const QString& pdfPath, bool replace)
{
    if (!reportWriting_)
        return false;
    const journal::Range days = range();
    const QString file = native(pdfPath);
    const auto& catalogue = session_.catalogue();
    const journal::Vocabulary vocabulary = session_.vocabulary();
    return startFileWrite(
        pdfPath, replace, tr("Writing the report to %1...").arg(file),
        [file](qint64 n) { return tr("Writing the report of %Ln notes to %1...", nullptr, int(n)).arg(file); },
        [&catalogue, vocabulary, pdfPath, days, file, write = reportWriting_](
            journal::Journal& j, journal::Existing existing, const std::atomic<bool>& stop) {
            j.setVocabulary(vocabulary);
            write(catalogue, j, pdfPath, days, existing, stop);
            return tr("Report written to %1.").arg(file);
        });
}

bool JournalPage::goOnWithoutSearch(const QString& what)
{
    // From the File menu while the trash is shown: the notes come back into view first, so that an export or the
    // report is not read as the trash's (they hold the live notes of the days shown).
    if (model_->trash())
        showTrash(false);
    const QString words = search_->text().trimmed();
    if (words.isEmpty() || !session_.interactive())
        return true;
    // Someone who searched to share only some notes would hand over all of them without a word (the report said
    // "All notes - 70 notes" with "16 notes match" on the page).
    QMessageBox box(QMessageBox::Question, what,
        tr("%1 holds every note of the days shown, not only those that match \u201c%2\u201d: the search is not "
           "applied.")
            .arg(what, words),
        QMessageBox::Cancel, this);
    auto* go = box.addButton(tr("&Go on with every note"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void JournalPage::exportWithDialog(journal::Format format)
{
    if (fileWriteRunning() || !goOnWithoutSearch(tr("The export")))
        return;
    const bool json = format == journal::Format::Json;
    const QString path
        = QFileDialog::getSaveFileName(this, json ? tr("Export the journal as JSON") : tr("Export the journal as CSV"),
            suggestedPath("pain-journal", json ? "json" : "csv"),
            json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, format, confirmedByDialog(path));
}

void JournalPage::exportBodyMapWithDialog()
{
    if (fileWriteRunning() || !goOnWithoutSearch(tr("The body map")))
        return;
    const QStringList filters {tr("CHOIR body map, 74 segments (*.json)"), tr("Michigan Body Map, 35 areas (*.json)"),
        tr("Widespread Pain Index, 19 areas (*.json)")};
    QString chosen = filters.front();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the days shown as a body map"),
        suggestedPath("pain-body-map", "json"), filters.join(";;"), &chosen);
    if (path.isEmpty())
        return;
    const auto format = chosen == filters[1] ? journal::BodyMapFormat::Mbm
        : chosen == filters[2]               ? journal::BodyMapFormat::Wpi
                                             : journal::BodyMapFormat::Choir;
    exportBodyMapTo(path, format, confirmedByDialog(path));
}

void JournalPage::reportWithDialog()
{
    if (!reportWriting_ || fileWriteRunning() || !goOnWithoutSearch(tr("The report")))
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Report for your therapist"), suggestedPath("pain-report", "pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writeReportTo(path, confirmedByDialog(path));
}

bool JournalPage::importFrom(const QString& path, journal::OnDuplicate onDuplicate)
{
    return importDocument(path, nullptr, onDuplicate);
}

bool JournalPage::importDocument(
    const QString& path, const journal::ExportDocument* checked, journal::OnDuplicate onDuplicate)
{
    journal::SaveAllResult result;
    journal::ImportOptions options;
    options.onDuplicate = onDuplicate;
    if (!checked)
        options.vocabulary = session_.vocabulary();
    if (!session_.write(tr("The import"), [&](journal::Journal& j) {
            result = checked ? journal::saveImport(j, *checked, onDuplicate)
                             : journal::importFile(j, path.toStdString(), options);
        }))
        return false;
    QStringList parts;
    parts << (result.added == 1 ? tr("%n note added", nullptr, result.added)
                                : tr("%n notes added", nullptr, result.added));
    if (result.updated)
        parts << tr("%n updated", nullptr, result.updated);
    if (result.skipped > result.newerHere)
        parts << tr("%n already here, kept as they were", nullptr, result.skipped - result.newerHere);
    if (result.unchanged)
        parts << tr("%n already here as they are in the file", nullptr, result.unchanged);
    if (result.newerHere)
        parts << tr("%n changed here since the file was written, kept as they are here", nullptr, result.newerHere);
    // The plans a JSON export carries, said only when the file had some.
    QStringList plans;
    if (result.plansAdded)
        plans << tr("%n added", nullptr, result.plansAdded);
    if (result.plansUpdated)
        plans << tr("%n updated", nullptr, result.plansUpdated);
    if (const int kept = result.plansSkipped - result.plansNewerHere + result.plansUnchanged)
        plans << tr("%n already here, kept as they were", nullptr, kept);
    if (result.plansNewerHere)
        plans << tr(
            "%n changed here since the file was written, kept as they are here", nullptr, result.plansNewerHere);
    QString message = tr("Imported %1: %2.").arg(QFileInfo(path).fileName(), parts.join(", "));
    if (!plans.isEmpty())
        message += ' ' + tr("Plans: %1.").arg(plans.join(", "));
    // A plan whose name another plan here has is kept under a new one: said, or the user looks for it in vain.
    for (const auto& [from, as] : result.plansRenamed)
        message += ' '
            + tr("The plan \u201c%1\u201d is here as \u201c%2\u201d: another plan has its name.")
                  .arg(QString::fromStdString(from), QString::fromStdString(as));
    // Notes already here but in the trash are not shown: say where they are (an export imported to get a deleted
    // note back finds it there).
    if (result.inTrash)
        message
            += ' ' + tr("In the trash: %n of them; Trash, then Restore, brings them back.", nullptr, result.inTrash);
    // Imported as they are, but a note "from the future" is most likely a wrong clock.
    if (result.ahead)
        message += ' '
            + (result.ahead == 1
                    ? tr("%n note is dated in the future (%1): was the clock of the computer that wrote it wrong?",
                        nullptr, result.ahead)
                    : tr("%n notes are dated in the future (the latest %1): was the clock of the computer that "
                         "wrote them wrong?",
                        nullptr, result.ahead))
                  .arg(JournalModel::whenText(result.latestAhead));
    // A damaged journal: what could be read is in; say plainly what is not.
    if (const QString damage = JournalSession::damageText(result); !damage.isEmpty())
        message += ' ' + damage;
    showMessage(message);
    return true;
}
void JournalPage::importWithDialog()
{
    if (!session_.ensureOpen() || fileWriteRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import notes"), documentsFolder(),
        tr("Exports and journals (*.json *.csv *.sqlite *.sqlite.broken-*);;All files (*)"));
    if (!path.isEmpty())
        importChecked(path);
}

bool JournalPage::importChecked(const QString& path)
{
    if (!session_.ensureOpen() || fileWriteRunning())
        return false;
    journal::Vocabulary vocabulary;
    try {
        vocabulary = session_.vocabulary(); // reads the catalogue here, so that the checking thread only reads
    } catch (const std::exception& e) {
        session_.reportError(tr("Nothing was imported.\n\n%1").arg(ErrorText::describe(e)));
        return false;
    }
    // Check the file first, so that the question about notes already here is only asked when it matters. A large
    // file takes a second or more to read and check: on a reading connection of its own, with a busy bar.
    // What the check read is what is imported: the file is read once (and a file changed since the check cannot
    // slip past it).
    struct Check {
        journal::ExportDocument document;
        int already = 0;
    };
    auto check = std::make_shared<Check>();
    auto task = std::make_shared<FileTask>();
    task->path = path;
    task->importing = true;
    fileTask_ = task;
    const QString name = QFileInfo(path).fileName();
    fileBusy_->showBusy(tr("Checking %1 before the import...").arg(name));
    updateFileActions();
    session_.readAside(
        this,
        [check, path, vocabulary, stop = task->stop](journal::Journal& j) {
            journal::refuseJournalAsImport(j, path.toStdString());
            journal::ImportOptions options;
            options.vocabulary = vocabulary;
            // An export (JSON or CSV), or another journal, a backup, a damaged journal moved aside (its notes as far
            // as they can be read).
            check->document = journal::readImport(path.toStdString(), options);
            for (const auto& n : check->document.notes) {
                if (*stop)
                    return;
                check->already += j.contains(n.id) ? 1 : 0;
            }
        },
        [this, task, check, path, name](const QString& error) {
            if (fileTask_ == task)
                fileTask_.reset();
            fileBusy_->clear();
            updateFileActions();
            if (*task->stop) {
                showMessage(tr("Import stopped: nothing was imported from %1.").arg(name));
                emit importEnded(path, false);
                return;
            }
            if (!error.isEmpty()) {
                session_.reportError(tr("Nothing was imported.\n\n%1").arg(error));
                emit importEnded(path, false);
                return;
            }
            auto onDuplicate = journal::OnDuplicate::Skip;
            if (check->already > 0 && session_.interactive()) {
                QMessageBox box(QMessageBox::Question, tr("Import notes"),
                    tr("%1 of the %2 notes in %3 are already in your journal.")
                        .arg(check->already)
                        .arg(check->document.notes.size())
                        .arg(name),
                    QMessageBox::Cancel, this);
                box.setInformativeText(
                    tr("Keep your versions of those notes, or replace them with the imported ones?"));
                auto* keep = box.addButton(tr("&Keep mine"), QMessageBox::AcceptRole);
                auto* replace = box.addButton(tr("&Replace with imported"), QMessageBox::DestructiveRole);
                box.setDefaultButton(keep);
                box.exec();
                if (box.clickedButton() == replace) {
                    onDuplicate = journal::OnDuplicate::Update;
                } else if (box.clickedButton() != keep) {
                    showMessage(tr("Nothing was imported from %1.").arg(name));
                    emit importEnded(path, false);
                    return;
                }
            }
            emit importEnded(path, importDocument(path, &check->document, onDuplicate));
        },
        task->stop);
    return true;
}

} // namespace tmap::app
