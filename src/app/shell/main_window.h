// main_window: the shell of the app: the tabs ("Where it hurts": WherePage, "Catalogue": CataloguePage, "Journal":
// JournalPage, "Plans": PlansPage, the last three built when first opened), the menus that reach every action by
// keyboard, the status bar, the settings and the command-line options.
#pragma once

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <functional>

#include "app/plans/plans_panel.h"
#include "app/shell/app_options.h"
#include "app/treat/session_dialog.h"
#include "journal/user_files.h"
#include "body/body_map.h"

class QTabWidget;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

class CataloguePage;
class JournalPage;
class JournalSession;
class PlansPage;
class SessionDialog;
class JournalSettingsDialog;
class WherePage;

/// The one top-level window of the app.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `journalPath`: the journal file (--journal); empty means the default one. It is opened only when needed.
    explicit MainWindow(
        const catalogue::Catalogue& catalogue, const QString& journalPath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Applies command-line state (view, spots, symptoms, result, muscle, page); returns an error message or "".
    QString applyOptions(const AppOptions& options);
    /// Lays the window out at `size` offscreen and saves it as a PNG; false (with a message) on failure, and with
    /// Existing::Keep when `file` exists or appears meanwhile (it is left as it is).
    bool saveScreenshot(
        const QString& file, QSize size, journal::Existing existing = journal::Existing::Replace);
    void restoreSettings();
    void showFirstRunNoticeIfNeeded();
    /// Runs `task` from the event loop once the body map's first frame has been painted: for work the first frame
    /// does not need (checking the catalogue through, loading the window icon).
    void afterFirstFrame(std::function<void()> task);

    // For tests and the GUI's own wiring.
    WherePage* wherePage() const { return wherePage_; }
    /// The Catalogue, Journal and Plans tabs are built the first time they are needed (a faster start).
    CataloguePage* cataloguePage();
    JournalPage* journalPage();
    PlansPage* plansPage();
    void showCatalogueTab();
    void showJournalTab();
    void showPlansTab();
    QTabWidget* tabs() const { return tabs_; }

public slots:
    /// "Save to journal": the note editor, prefilled with the current drawing.
    void saveToJournal();
    void showAbout();
    void showShortcuts();
    void showGuide();
    void openMuscle(const QString& id);
    /// "Treat this": opens a guided session for a trigger point (None: the right side is shown); null for an
    /// unknown id. The session saves its note in the journal and answers the press test in the current drawing.
    SessionDialog* treat(const QString& pointId, body::Side side = body::Side::None);
    /// One session of several points, in order (the Where page's selection, a plan); `title`: a plan's name. A point
    /// for a clinician only (TriggerPoint::clinicianOnly) is left out, and the status bar says so.
    /// `askFirst`: while the Where page shows a warning that holds self-care (the heart, a blood clot), the user
    /// says first that its signs do not apply (WherePage::selfCareAllowed; once per warning) - from every way into a
    /// session: a result, an entry, a plan. Off only for the --treat screenshots.
    SessionDialog* treatPoints(std::vector<SessionDialog::Point> points, const QString& title, bool askFirst = true);
    /// Runs a saved plan (after opening the journal); null for an unknown or empty plan.
    SessionDialog* runPlan(const QString& planId);
    /// "Add to plan": asks which plan and adds the points; the plan's name, or empty.
    QString addToPlan(QList<PlansPanel::NewStep> points);

public:
    /// Shortens every session timer by this factor (hidden --session-time-scale; tests and screenshots).
    void setSessionTimeScale(double scale) { sessionTimeScale_ = scale; }
    SessionDialog* sessionDialog() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();

    const catalogue::Catalogue& catalogue_;
    QTabWidget* tabs_ = nullptr;
    WherePage* wherePage_ = nullptr;
    CataloguePage* cataloguePage_ = nullptr;
    QWidget* catalogueTab_ = nullptr;
    JournalSession* journalSession_ = nullptr;
    JournalPage* journalPage_ = nullptr;
    QWidget* journalTab_ = nullptr;
    PlansPage* plansPage_ = nullptr;
    QWidget* plansTab_ = nullptr;
    bool restoreSplitters_ = false;
    double sessionTimeScale_ = 1.0;
    QPointer<SessionDialog> sessionDialog_;
    QPointer<QDialog> noteEditor_; ///< --note-editor: the editor the screenshot shows
    QPointer<JournalSettingsDialog> settingsDialog_; ///< --page journal-settings: the picture of a screenshot
};

} // namespace tmap::app
