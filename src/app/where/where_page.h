// where_page: the "Where it hurts" tab: body map with its view switcher and legend, the painful spots, symptoms,
// the red-flag notice and the ranked likely sources, whose patterns show on the map.
#pragma once

#include <QWidget>
#include <memory>
#include <vector>

class QButtonGroup;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QSplitter;

namespace tmap::catalogue {
class Catalogue;
}
namespace tmap::match {
class Matcher;
struct Drawing;
} // namespace tmap::match

namespace tmap::app {

class BodyMapWidget;
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
    QLabel* redFlagNotice() const { return redFlags_; }
    /// The map beside the side panel; its sizes are kept in the settings.
    QSplitter* splitter() const { return splitter_; }
    void selectResult(int row);
    void setView(const QString& view);

signals:
    /// The user asked to open a muscle's entry (a result activated, or "Open entry").
    void openMuscleRequested(const QString& id);
    /// "Save to journal" was pressed.
    void saveRequested();

private:
    void updateResults();
    void updateRedFlags(const match::Drawing& drawing);
    void onResultChosen();
    const match::Matcher& matcher();

    const catalogue::Catalogue& catalogue_;
    std::unique_ptr<match::Matcher> matcher_;
    PainDrawing* drawing_;
    ResultsModel* resultsModel_;
    QSplitter* splitter_ = nullptr;
    BodyMapWidget* map_ = nullptr;
    QButtonGroup* viewButtons_ = nullptr;
    QLabel* hoverLabel_ = nullptr;
    QListWidget* symptoms_ = nullptr;
    QLabel* redFlags_ = nullptr;
    QListView* resultsView_ = nullptr;
    QLabel* resultsHeading_ = nullptr;
    QPushButton* switchView_ = nullptr;
    QPushButton* openEntry_ = nullptr;
};

} // namespace tmap::app
