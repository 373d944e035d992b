// journal_page: the "Journal" tab - the notes (search, day range, new/edit/delete with undo), a trend chart for a
// region or a muscle, what helped most, export/import and the PDF report (journal_page_files.cpp).
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "journal/body_map_export.h"
#include "journal/exchange.h"
#include "journal/insights.h"
#include "journal/journal.h"
#include "journal/summary.h"

class QAction;
class QComboBox;
class QDateEdit;
class QFileSystemWatcher;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QSplitter;
class QToolButton;
class QTreeWidget;

namespace tmap::app {

class BusyBar;
struct JournalFigures;
class JournalModel;
class InsightsPanel;
class JournalSession;
class PainDrawing;
class TrendChart;

/// The Journal tab. Reads the journal only once it is first shown (or a note is saved through it).
class JournalPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    explicit JournalPage(JournalSession& session, QWidget* parent = nullptr);
    ~JournalPage() override;

    JournalSession& session() const { return session_; }

    /// "Save to journal": the note editor, prefilled with the drawing's spots and symptoms (as tags), now as the
    /// time. True when the note was saved.
    bool newNoteFrom(const PainDrawing& drawing);
    /// The note editor for an empty new note; true when saved.
    bool newNote();
    /// The note editor for a stored note; true when saved.
    bool editNote(const QString& id);
    /// Moves the selected notes to the trash and offers Undo in the message bar; false when none is selected.
    bool deleteSelected();
    /// Brings back what the last delete moved to the trash.
    void undoDelete();
    /// Shows the trash (the notes deleted, kept until restored) instead of the notes, or the notes again.
    void showTrash(bool trash);
    /// In the trash: brings the selected notes back; false when none is selected.
    bool restoreSelected();
    /// In the trash: erases the selected notes for good, after asking (when interactive); how many were erased.
    int purgeSelected();
    /// Erases every note in the trash for good, after asking (when interactive); how many were erased.
    int emptyTrash();
    /// What the confirmation of erasing `notes` notes says: gone for good, except for the copies the automatic backups
    /// hold (journal::Journal::backupsHolding): `daily` ones until newer ones replace them, `kept` ones (before a
    /// restore or an update, a damaged journal moved aside) until the user deletes them.
    static QString eraseWarning(int notes, int daily, int kept);
    /// The Journal settings dialog: the journal's file, its backups, restoring one.
    void showSettings();

    /// The day range of the filter (empty ends are open); the chart, the effects and exports use it too.
    journal::Range range() const;
    /// Sets the filter's days; a null date is "any".
    void setRange(const QDate& since, const QDate& until);
    void setSearch(const QString& words);

    // Without dialogs, for the menus of the main window and for tests; each tells the result in the message bar.
    // An export or the report reads and writes off the UI thread, one at a time, with a busy bar and Cancel: these
    // return at once - true when it started - and fileWritten() says how it ended. An existing file at `path` is
    // replaced only when `replace` says the user confirmed it (the save dialog asks); else it is left alone.
    bool exportTo(const QString& path, journal::Format format, bool replace = false);
    /// The notes of the days shown as a clinician's standard body map (CHOIR, MBM or WPI), one drawing.
    bool exportBodyMapTo(const QString& path, journal::BodyMapFormat format, bool replace = false);
    bool importFrom(const QString& path, journal::OnDuplicate onDuplicate);
    /// What Import does once a file is chosen: reads and checks the file off the UI thread (a busy bar with Cancel;
    /// returns at once, true when the check started), then asks - when some of its notes are already here and the
    /// session is interactive - whether to keep or replace those (not interactive: keep), and imports it.
    /// importChecked() says how the check ended.
    bool importChecked(const QString& path);
    /// Writes the PDF report of `range` from `journal` to `pdfPath` off the UI thread: `existing` says whether a
    /// file there may be replaced; once `stop` is true it stops and leaves no file; a problem is thrown as
    /// journal::JournalError. The report (report/) reads the journal's own wording, so the shell hands its writer to
    /// the tab (setReportWriting) rather than the tab including it.
    using ReportWriting
        = std::function<void(const catalogue::Catalogue& catalogue, journal::Journal& journal, const QString& pdfPath,
            const journal::Range& range, journal::Existing existing, const std::atomic<bool>& stop)>;
    /// Until it is given, the tab offers no report (its action is hidden) and writeReportTo() returns false.
    void setReportWriting(ReportWriting write);
    bool writeReportTo(const QString& pdfPath, bool replace = false);
    /// True while an export or the report is being written, or a file to import is being checked.
    bool isWritingFile() const { return fileTask_ != nullptr; }
    /// Stops the export or report being written (what its busy bar's Cancel does); nothing is left of its file.
    void cancelFileWrite();
    /// The busy bar of an export or the report.
    BusyBar* fileBusyBar() const { return fileBusy_; }

    /// Reads the journal now if it has not been read yet (opening it first, waiting for an open that runs).
    void ensureLoaded();
    /// What the tab does when it is shown: opens the journal in the background (the tab says so, with Cancel)
    /// and reads it once it is open; at once when it is open already.
    void startLoading();
    /// The tab's busy state while the journal opens or waits for another program.
    BusyBar* busyBar() const { return busy_; }

    // For tests and the main window's wiring.
    JournalModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QComboBox* trendSubject() const { return subject_; }
    QDateEdit* sinceEdit() const { return since_; }
    QDateEdit* untilEdit() const { return until_; }
    QToolButton* anyDayButton() const { return anyDay_; }
    /// True while the figures of the days shown (trend, what helped, insights, the notes' range) are being read.
    bool figuresPending() const { return figuresPending_; }
    /// True while the trend of the region or muscle chosen is being read.
    bool trendPending() const { return trendStop_ != nullptr; }
    /// The first and last day with a live note (null when there is none), as the day filter's calendars show them.
    QPair<QDate, QDate> notesRange() const { return notesRange_; }
    TrendChart* chartView() const { return chart_; }
    QTreeWidget* effectsList() const { return effects_; }
    InsightsPanel* insightsPanel() const { return insights_; }
    QLabel* messageText() const { return messageText_; }
    QPushButton* undoButton() const { return undo_; }
    QAction* newAction() const { return newAction_; }
    QAction* editAction() const { return editAction_; }
    QAction* deleteAction() const { return deleteAction_; }
    QAction* trashAction() const { return trashAction_; }
    QAction* restoreAction() const { return restoreAction_; }
    QAction* purgeAction() const { return purgeAction_; }
    QAction* emptyTrashAction() const { return emptyTrashAction_; }
    QAction* settingsAction() const { return settings_; }
    QAction* exportJsonAction() const { return exportJson_; }
    QAction* exportCsvAction() const { return exportCsv_; }
    QAction* exportBodyMapAction() const { return exportBodyMap_; }
    QAction* importAction() const { return import_; }
    QAction* reportAction() const { return report_; }
    QAction* exportAction() const { return exportAction_; }
    QLineEdit* searchEdit() const { return search_; }

public slots:
    void exportWithDialog(journal::Format format);
    void exportBodyMapWithDialog();
    void importWithDialog();
    void reportWithDialog();

signals:
    void statusMessage(const QString& message);
    /// The check of a file to import has ended: `imported` when its notes were then imported.
    void importEnded(const QString& path, bool imported);
    /// The figures of the days shown arrived and are shown.
    void figuresShown();
    /// The trend of the subject chosen arrived and is drawn.
    void trendShown();
    /// An export or the report ended: `written` when the file is in place (else it was stopped or failed, and
    /// nothing of it was left).
    void fileWritten(const QString& path, bool written);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Imports `checked` (what importChecked() read) or, without it, reads `path` first; says what happened.
    bool importDocument(const QString& path, const journal::ExportDocument* checked, journal::OnDuplicate onDuplicate);
    void applyFilter();
    void refresh();
    /// Reads the figures of the days shown off the UI thread, then shows them (showFigures()).
    void refreshFigures();
    void showFigures(const std::shared_ptr<const JournalFigures>& figures);
    void showSubjects(const journal::Summary& summary);
    /// Draws the chosen subject's trend: the overall pain at once, a region's or a muscle's read off the UI thread
    /// (a newer choice stops and supersedes an older read).
    void refreshTrend();
    /// An export or the report being written.
    struct FileTask {
        QString path;
        bool existed = false; ///< a file the user chose to replace was there: after a stop or a failure it still is
        bool importing = false; ///< a file to import being read and checked, not a file being written
        std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
        /// What to say once the file is in place; set on the reading thread when it is, read after its end is posted.
        QString written;
    };
    /// Writes a file from the journal off the UI thread: `write` runs on a reading connection of its own and returns
    /// what to say when it is done; `doing` is the busy bar's text until `count` (on that connection) says how many
    /// notes it covers, then `doingNotes` with that number. False when it cannot start (one runs already, the
    /// journal is not open, the file exists and `replace` is false): the user has been told why.
    bool startFileWrite(const QString& path, bool replace, const QString& doing,
        const std::function<QString(qint64 notes)>& doingNotes,
        const std::function<QString(journal::Journal&, journal::Existing, const std::atomic<bool>& stop)>& write);
    void finishFileWrite(const std::shared_ptr<FileTask>& task, const QString& error);
    /// True, after saying so in the message bar, while an export or the report is being written.
    bool fileWriteRunning();
    /// With a search typed: says that an export or the report holds every note of the days shown, not only those
    /// that match, and asks to go on (`what`: "The export", "The report"). True to go on.
    bool goOnWithoutSearch(const QString& what);
    /// Why a filtered list is empty: the search, the days, or both (in the trash or not).
    QString filteredEmptyText(bool trash) const;
    /// Export and report actions are off while one runs (no second export of the same file).
    void updateFileActions();
    void showNotesRange(const QDate& first, const QDate& last);
    /// Watches the journal file and its -wal, so that notes another program (tpmap) writes show up here.
    void watchJournalFile();
    /// The journal file's and its write-ahead log's sizes and times: what a write changes.
    QString fileStamp() const;
    /// "What helped most": the techniques of `insights` with a figure, largest drop first; "What goes with your
    /// pain" beside it shows the same insights in full.
    void showEffects(const journal::Insights& insights);
    void updateActions();
    /// A search or days are chosen: the list may hide notes that are there.
    bool isFiltered() const;
    void updateCount();
    void showMessage(const QString& text, bool offerUndo = false);
    /// Brings these notes back from the trash in one write; returns how many came back.
    int restoreNotes(const QStringList& ids, const QString& doing);
    /// Asks before erasing `notes` notes for good; true without asking when not interactive.
    /// Asks before erasing the notes `ids` for good, saying which copies are left.
    bool confirmErase(const std::vector<std::string>& ids, const QString& action);
    static QString notesBack(int n);
    QString selectedId() const;
    QStringList selectedIds() const;
    bool runEditor(const journal::Note& note);

    JournalSession& session_;
    JournalModel* model_;
    bool loaded_ = false;
    /// The notes' columns follow the window's width until the user drags one (fitNoteColumns()).
    bool columnsSizedByUser_ = false;
    bool fittingColumns_ = false;
    bool figuresPending_ = false;
    int figuresGeneration_ = 0; ///< the newest request for figures; older answers are dropped
    std::shared_ptr<std::atomic<bool>> trendStop_; ///< stops the trend being read; null when none is
    QString trendDrawn_; ///< the subject and days whose trend the chart shows, "" while it reads or shows none
    std::shared_ptr<FileTask> fileTask_; ///< the export or report being written, or null
    QStringList lastDeleted_;

    QAction* newAction_;
    QAction* editAction_;
    QAction* deleteAction_;
    QAction* trashAction_;
    QAction* restoreAction_;
    QAction* purgeAction_;
    QAction* emptyTrashAction_;
    QAction* settings_;
    QAction* exportJson_;
    QAction* exportCsv_;
    QAction* exportBodyMap_;
    QToolButton* exportButton_;
    QAction* exportAction_ = nullptr; ///< the export button in the tool bar (hidden in the trash)
    QAction* import_;
    QAction* report_;
    ReportWriting reportWriting_;
    QLineEdit* search_;
    QTimer* searchDelay_;
    QDateEdit* since_;
    QDateEdit* until_;
    QToolButton* anyDay_;
    QFileSystemWatcher* watcher_;
    QTimer* outsideChange_; // gathers the burst of file events of one write into one reload
    QString seenStamp_; ///< fileStamp() at the last read
    QPair<QDate, QDate> notesRange_;
    QList<QPair<QDate, double>> overall_; ///< overall pain per day of the range, for the trend
    QLabel* count_;
    QFrame* messageBar_;
    BusyBar* busy_;
    BusyBar* fileBusy_;
    QLabel* messageText_;
    QPushButton* undo_;
    QTableView* view_;
    QLabel* empty_;
    QComboBox* subject_;
    TrendChart* chart_;
    QTreeWidget* effects_;
    InsightsPanel* insights_ = nullptr;
    QSplitter* lower_ = nullptr; ///< the trend beside "What helped most"
    /// Gives "What helped most" the width its columns need, while the chart keeps a useful width.
    void fitEffects();
    /// Shares the notes' width out: fixed room for the date, pain and tags, the rest to where, note and tried.
    void fitNoteColumns();
};

} // namespace tmap::app
