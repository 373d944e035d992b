// where_page: the "Where it hurts" tab: body map with its view switcher and legend, the painful spots, symptoms,
// the red-flag notice, the ranked likely sources, whose patterns show on the map, and the "Narrow it down"
// questions, whose places show on the map while no result is chosen.
#pragma once

#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include "match/matcher.h"

class QButtonGroup;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

class BodyMapWidget;
class NarrowPanel;
class LastTimePanel;
class PainDrawing;
class ResultsModel;

/// The page where the user marks the pain and sees the trigger points that may cause it.
class WherePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WherePage)

public:
    /// A view of the switcher: its id, its label (translated in this class's context) and its shortcut.
    struct ViewButton {
        const char* id;
        const char* label;
        const char* shortcut;
    };
    /// The views in the order of the switcher.
    static const std::vector<ViewButton>& views();

    explicit WherePage(const catalogue::Catalogue& catalogue, QWidget* parent = nullptr);
    ~WherePage() override;

    BodyMapWidget* bodyMap() const { return map_; }
    PainDrawing* drawing() const { return drawing_; }
    ResultsModel* results() const { return resultsModel_; }
    QListView* resultsView() const { return resultsView_; }
    /// Fills the symptoms list now if the page's first frame has not done it yet (a screenshot, a test).
    void ensureSymptoms();
    QLabel* redFlagNotice() const { return redFlags_; }
    /// Names the results the buttons below act on ("Chosen: ..."), with a link to the list when it is out of sight.
    QLabel* chosenLine() const { return chosen_; }
    QPushButton* treatButton() const { return treat_; }
    QPushButton* addToPlanButton() const { return addToPlan_; }
    LastTimePanel* lastTimePanel() const { return lastTime_; }
    /// A trigger point of a result and its side.
    struct PointRef {
        QString pointId;
        body::Side side = body::Side::None;
        bool operator==(const PointRef&) const = default;
    };
    /// The selected results' points, in the list's order (the current one when none is selected); a row that
    /// stands for several points of its muscle, or for both sides, gives each of them; never a point for a clinician
    /// only (catalogue::TriggerPoint::clinicianOnly).
    QList<PointRef> selectedPoints() const;
    /// The line under the map that names the region under the pointer or the keyboard.
    QLabel* statusLine() const { return hoverLabel_; }
    NarrowPanel* narrowPanel() const { return narrow_; }
    /// The map beside the side panel; its sizes are kept in the settings.
    QSplitter* splitter() const { return splitter_; }
    void selectResult(int row);
    void setView(const QString& view);
    /// While a warning on show needs a clinician before any self-treatment (catalogue::RedFlag::holdSelfCare),
    /// "Treat" and "Add to plan" ask first: whether to go on despite `flags`; true to go on. By default a message
    /// box (the tests answer it here).
    /// A warning answered with "go on" is not asked again while the app runs.
    using SelfCareCheck = std::function<bool(const std::vector<const catalogue::RedFlag*>& flags)>;
    void setSelfCareCheck(SelfCareCheck check) { selfCareCheck_ = std::move(check); }
    /// True when nothing holds self-care, or the user says the warnings' signs do not apply (asked here; every way
    /// into a session or a plan asks through it).
    bool selfCareAllowed();

signals:
    /// The user asked to open a muscle's entry (a result activated, or "Open entry").
    void openMuscleRequested(const QString& id);
    /// "Save to journal" was pressed.
    void saveRequested();
    /// "Treat this" was pressed on a result: a guided session for its trigger point, on its side.
    void treatRequested(const QString& pointId, body::Side side);
    /// "Treat the selected" with several results selected: one session, point after point.
    void treatSeveralRequested(const QList<WherePage::PointRef>& points);
    /// "Add to plan" on the selected results.
    void addToPlanRequested(const QList<WherePage::PointRef>& points);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSymptomChecks();
    void updateResults();
    void updateRedFlags(const match::Drawing& drawing);
    void updateQuestion(const match::Drawing& drawing);
    void onResultChosen();
    /// Frames the chosen result's pattern on the map (BodyMapWidget::frameOn), in the view on show.
    void framePattern();
    /// Why "Treat" and "Add to plan" are off for the chosen row, when its point is for a clinician only.
    void updateTreatTip();
    /// The line above the result's buttons: what they act on, and a link to the list when it is out of sight.
    void updateChosen();
    /// The rows the buttons act on, in the list's order: the selected ones, else the current one.
    QList<int> chosenRows() const;
    /// Shows the current question's place on the map: the trigger point to press, or the region asked about;
    /// `bringIntoView` turns the map to a view that shows it.
    void showQuestionPicture(bool bringIntoView);
    /// Lets go of the chosen result, so that the map shows the question's place, in a view that shows it.
    void unchooseResult();
    const match::Matcher& matcher();
    /// Tab goes as the page reads: the views, the map, its questions, then the side panel top to bottom (rows
    /// made later, the spots' and the questions', would otherwise come last).
    void updateTabOrder();

    const catalogue::Catalogue& catalogue_;
    std::unique_ptr<match::Matcher> matcher_;
    PainDrawing* drawing_;
    ResultsModel* resultsModel_;
    QSplitter* splitter_ = nullptr;
    BodyMapWidget* map_ = nullptr;
    QButtonGroup* viewButtons_ = nullptr;
    QLabel* hoverLabel_ = nullptr;
    QListWidget* symptoms_ = nullptr;
    QLabel* tickedSymptoms_ = nullptr; ///< the ticked symptoms in words, under the spots
    std::function<void()> fitSymptoms_; ///< gives the symptoms the rows they need, within what the page can spare
    std::function<void()> fitMapButtons_; ///< the map's buttons beside the hint, or under it when it would wrap more
    QLabel* redFlags_ = nullptr;
    std::vector<const catalogue::RedFlag*> heldBy_; ///< the warnings on show that hold self-care
    std::vector<std::string> cleared_; ///< warnings the user said do not apply, asked once while the app runs
    SelfCareCheck selfCareCheck_;
    /// The warnings on show that hold self-care and that the user has not yet said do not apply.
    std::vector<const catalogue::RedFlag*> unclearedHolds() const;
    bool askSelfCare(const std::vector<const catalogue::RedFlag*>& flags);
    QListView* resultsView_ = nullptr;
    QLabel* resultsHeading_ = nullptr;
    QPushButton* switchView_ = nullptr;
    QPushButton* zoomPattern_ = nullptr;
    QPushButton* openEntry_ = nullptr;
    QPushButton* treat_ = nullptr;
    QPushButton* addToPlan_ = nullptr;
    QLabel* chosen_ = nullptr;
    QScrollArea* sideScroll_ = nullptr;
    LastTimePanel* lastTime_ = nullptr;
    QWidget* spotList_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QPushButton* clearButton_ = nullptr;
    NarrowPanel* narrow_ = nullptr;
    /// Questions skipped for the drawing `skippedFor_` names (its spots and symptoms).
    std::vector<match::QuestionKey> skipped_;
    QString skippedFor_;
};

} // namespace tmap::app
