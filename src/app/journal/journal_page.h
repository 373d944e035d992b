// journal_page: the "Journal" tab - the notes (search, day range, new/edit/delete with undo), a trend chart for a
// region or a muscle, what helped most, export/import and the PDF report.
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>
#include <memory>
#include <vector>

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
class PlansPanel;
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
    /// What the confirmation of erasing `notes` notes says: gone for good, but kept in the backups for N days.
    static QString eraseWarning(int notes);
    /// The Journal settings dialog: the journal's file, its backups, restoring one.
    void showSettings();

    /// The day range of the filter (empty ends are open); the chart, the effects and exports use it too.
    journal::Range range() const;
    /// Sets the filter's days; a null date is "any".
    void setRange(const QDate& since, const QDate& until);
    void setSearch(const QString& words);

    // Without dialogs, for the menus of the main window and for tests; each tells the result in the message bar.
    bool exportTo(const QString& path, journal::Format format);
    bool importFrom(const QString& path, journal::OnDuplicate onDuplicate);
    bool writeReportTo(const QString& pdfPath);

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
    /// The first and last day with a live note (null when there is none), as the day filter's calendars show them.
    QPair<QDate, QDate> notesRange() const { return notesRange_; }
    TrendChart* chartView() const { return chart_; }
    QTreeWidget* effectsList() const { return effects_; }
    InsightsPanel* insightsPanel() const { return insights_; }
    PlansPanel* plansPanel() const { return plans_; }
    /// Brings the plans (beside what helped) into view.
    void showPlans();
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
    QAction* importAction() const { return import_; }
    QAction* reportAction() const { return report_; }

public slots:
    void exportWithDialog(journal::Format format);
    void importWithDialog();
    void reportWithDialog();

signals:
    void statusMessage(const QString& message);
    /// The figures of the days shown arrived and are shown.
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void refresh();
    /// Reads the figures of the days shown off the UI thread, then shows them (showFigures()).
    void refreshFigures();
    void showFigures(const std::shared_ptr<const JournalFigures>& figures);
    void showSubjects(const journal::Summary& summary);
    void refreshTrend();
    void showNotesRange(const QDate& first, const QDate& last);
    /// Watches the journal file and its -wal, so that notes another program (tpmap) writes show up here.
    void watchJournalFile();
    /// The journal file's and its write-ahead log's sizes and times: what a write changes.
    QString fileStamp() const;
    void showEffects(const std::vector<journal::TreatmentEffect>& effects, const journal::Insights& insights);
    void updateActions();
    void updateCount();
    void showMessage(const QString& text, bool offerUndo = false);
    /// Brings these notes back from the trash in one write; returns how many came back.
    int restoreNotes(const QStringList& ids, const QString& doing);
    /// Asks before erasing `notes` notes for good; true without asking when not interactive.
    bool confirmErase(int notes, const QString& action);
    static QString notesBack(int n);
    QString selectedId() const;
    QStringList selectedIds() const;
    bool runEditor(const journal::Note& note);

    JournalSession& session_;
    JournalModel* model_;
    bool loaded_ = false;
    bool figuresPending_ = false;
    int figuresGeneration_ = 0; ///< the newest request for figures; older answers are dropped
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
    QAction* import_;
    QAction* report_;
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
    QLabel* messageText_;
    QPushButton* undo_;
    QTableView* view_;
    QLabel* empty_;
    QComboBox* subject_;
    TrendChart* chart_;
    QTreeWidget* effects_;
    InsightsPanel* insights_ = nullptr;
    PlansPanel* plans_ = nullptr;
    QSplitter* lower_ = nullptr; ///< the trend beside "What helped most"
    /// Gives "What helped most" the width its columns need, while the chart keeps a useful width.
    void fitEffects();
};

} // namespace tmap::app
