// main_window: the application window. Tab 1 "Where it hurts": body map, painful spots, symptoms, red-flag
// notice and the ranked likely sources, whose patterns show on the map. Tab 2 "Catalogue": browser and entry
// pages. Menus reach every action by keyboard.
#pragma once

#include <QMainWindow>
#include <memory>

#include "app_options.h"

class QButtonGroup;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace tmap::catalogue {
class Catalogue;
}
namespace tmap::match {
class Matcher;
struct Drawing;
} // namespace tmap::match

namespace tmap::app {

class BodyMapWidget;
class CataloguePage;
class JournalPage;
class JournalSession;
class PainDrawing;
class ResultsModel;

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
    /// Lays the window out at `size` offscreen and saves it as a PNG; false (with a message) on failure.
    bool saveScreenshot(const QString& file, QSize size);
    void restoreSettings();
    void showFirstRunNoticeIfNeeded();

    // For tests and the GUI's own wiring.
    BodyMapWidget* bodyMap() const { return map_; }
    PainDrawing* drawing() const { return drawing_; }
    ResultsModel* results() const { return resultsModel_; }
    QListView* resultsView() const { return resultsView_; }
    /// The Catalogue and Journal tabs are built the first time they are needed (a faster start).
    CataloguePage* cataloguePage();
    JournalPage* journalPage();
    void showCatalogueTab();
    void showJournalTab();
    QTabWidget* tabs() const { return tabs_; }
    QLabel* redFlagNotice() const { return redFlags_; }
    void selectResult(int row);
    void setView(const QString& view);

public slots:
    /// "Save to journal": the note editor, prefilled with the current drawing.
    void saveToJournal();
    void showAbout();
    void showShortcuts();
    void showGuide();
    void openMuscle(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildWherePage();
    void buildMenus();
    void updateResults();
    void updateRedFlags(const match::Drawing& drawing);
    void onResultChosen();

    const catalogue::Catalogue& catalogue_;
    const match::Matcher& matcher();
    std::unique_ptr<match::Matcher> matcher_;
    PainDrawing* drawing_;
    ResultsModel* resultsModel_;
    QTabWidget* tabs_ = nullptr;
    BodyMapWidget* map_ = nullptr;
    QButtonGroup* viewButtons_ = nullptr;
    QLabel* hoverLabel_ = nullptr;
    QListWidget* symptoms_ = nullptr;
    QLabel* redFlags_ = nullptr;
    QListView* resultsView_ = nullptr;
    QLabel* resultsHeading_ = nullptr;
    QPushButton* switchView_ = nullptr;
    QPushButton* openEntry_ = nullptr;
    QSplitter* whereSplitter_ = nullptr;
    CataloguePage* cataloguePage_ = nullptr;
    QWidget* catalogueTab_ = nullptr;
    JournalSession* journalSession_ = nullptr;
    JournalPage* journalPage_ = nullptr;
    QWidget* journalTab_ = nullptr;
    bool restoreSplitters_ = false;
};

} // namespace tmap::app
