// where/where_page: the Where tab's wiring - drawing, results, the question's picture, red flags that hold self-care.
#include "app/where/where_page.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/legend.h"
#include "app/bodymap/pain_drawing.h"
#include "app/where/last_time_panel.h"
#include "app/where/narrow_panel.h"
#include "app/where/results_model.h"
#include "app/where/spot_list.h"
#include "app/widgets/body_names.h"
#include "app/widgets/check_list.h"
#include "app/widgets/data_text.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/roles.h"
#include "app/widgets/safety_html.h"
#include "app/widgets/section.h"
#include "app/widgets/warning_style.h"
#include "app/widgets/wrapped_rows.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"
#include "match/matcher.h"
#include "match/questions.h"

namespace tmap::app {

namespace {

/// Keeps a wrapping list's items inside its width: an item too long for one row (a German symptom name) gets the
/// row's width and two lines, its text wrapped, instead of being cut at the edge.
class FitItemsToWidth final : public QObject {
public:
    explicit FitItemsToWidth(QListWidget* list)
        : QObject(list)
        , list_(list)
    {
        list->setWordWrap(true);
        list->viewport()->installEventFilter(this);
    }

    void fit() const
    {
        const int room = list_->viewport()->width() - 2 * list_->spacing() - 4;
        const QFontMetrics fm(list_->font());
        const int indicator = list_->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 12;
        for (int i = 0; i < list_->count(); ++i) {
            QListWidgetItem* item = list_->item(i);
            const bool tooLong = fm.horizontalAdvance(item->text()) + indicator > room && room > 80;
            const QSize wanted = tooLong ? QSize(room, 2 * fm.lineSpacing() + 6) : QSize();
            if (item->sizeHint() != wanted)
                item->setSizeHint(wanted);
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget* list_;
};

} // namespace

const std::vector<WherePage::ViewButton>& WherePage::views()
{
    static const std::vector<ViewButton> list {
        // No Alt+letter for the front: Alt+F is the File menu's (Ctrl+1 is the view's key).
        {"front", QT_TRANSLATE_NOOP("tmap::app::WherePage", "Front"), "Ctrl+1"},
        {"back", QT_TRANSLATE_NOOP("tmap::app::WherePage", "&Back"), "Ctrl+2"},
        {"side", QT_TRANSLATE_NOOP("tmap::app::WherePage", "&Right side"), "Ctrl+3"},
        {"side-left", QT_TRANSLATE_NOOP("tmap::app::WherePage", "&Left side"), "Ctrl+4"},
        {"soles", QT_TRANSLATE_NOOP("tmap::app::WherePage", "&Soles"), "Ctrl+5"},
    };
    return list;
}

WherePage::WherePage(const catalogue::Catalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , catalogue_(catalogue)
    , drawing_(new PainDrawing(this))
    , resultsModel_(new ResultsModel(catalogue.body(), this))
{
    drawing_->setCatalogue(&catalogue_);
    splitter_ = new QSplitter(this);
    splitter_->setObjectName("whereSplitter");
    splitter_->setChildrenCollapsible(false);

    // Left: view switcher, the map, what is under the pointer, the legend.
    auto* mapPanel = new QWidget(splitter_);
    auto* mapLayout = new QVBoxLayout(mapPanel);
    mapLayout->setContentsMargins(8, 8, 8, 4);
    auto* switcher = new QHBoxLayout;
    viewButtons_ = new QButtonGroup(this);
    for (const auto& v : views()) {
        auto* b = new QToolButton(mapPanel);
        b->setText(tr(v.label));
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setProperty("view", v.id);
        b->setToolTip(tr("%1 view (%2)").arg(tr(v.label).remove('&'), v.shortcut));
        viewButtons_->addButton(b);
        switcher->addWidget(b);
    }
    switcher->addStretch(1);
    // The view on show in the selection colour (which side of the body is shown matters).
    for (auto* b : viewButtons_->buttons())
        b->setStyleSheet(checkedButtonStyleSheet(palette()));
    map_ = new BodyMapWidget(catalogue_.body(), *drawing_, mapPanel);
    hoverLabel_ = new QLabel(mapPanel);
    hoverLabel_->setObjectName("mapHint");
    // The hint also says how to reach small places (a hand, the toes): the zoom was told only in the menus.
    const QString hint = tr("Point at the body to see a region's name; click where it hurts. Zoom: mouse wheel or +.");
    hoverLabel_->setText(hint);
    // The line wraps, so that a long name or the German hint never widens the map's side and squeezes the panel of
    // warnings; it keeps room for two lines, so that the map does not jump as the pointer moves.
    hoverLabel_->setWordWrap(true);
    hoverLabel_->setMinimumHeight(2 * hoverLabel_->fontMetrics().lineSpacing() + 2);
    hoverLabel_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // "Show the back view" when the chosen pattern lies mostly in another view: beside the map it is about, and out
    // of the side panel, whose buttons a small window would otherwise push out of sight.
    switchView_ = new QPushButton(mapPanel);
    switchView_->setObjectName("switchView");
    switchView_->hide();
    // "Zoom in on it" when the chosen pattern takes a small part of the figure (a head's pattern was about 40 px of
    // a 1024x640 window): the map frames it as a session does; the wheel, a drag or View > Reset zoom undo it.
    zoomPattern_ = new QPushButton(tr("Zoom in on it"), mapPanel);
    zoomPattern_->setObjectName("zoomPattern");
    zoomPattern_->setToolTip(tr("Frame the chosen pattern on the map; View > Reset zoom shows the whole body again"));
    zoomPattern_->hide();
    // The buttons sit beside the hint while it keeps to its two lines there, else on a row of their own under it (a
    // German hint beside "Ansicht „Vorderseite“ zeigen" ran to eight lines and shrank the map).
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(hoverLabel_, 1);
    auto* mapButtons = new QHBoxLayout;
    mapButtons->setContentsMargins(0, 0, 0, 0);
    mapButtons->addStretch(1);
    mapButtons->addWidget(zoomPattern_);
    mapButtons->addWidget(switchView_);
    auto* buttonsBox = new QWidget(mapPanel);
    buttonsBox->setLayout(mapButtons);
    statusRow->addWidget(buttonsBox);
    auto* belowRow = new QHBoxLayout;
    mapLayout->addLayout(switcher);
    mapLayout->addWidget(map_, 1);
    mapLayout->addLayout(statusRow);
    mapLayout->addLayout(belowRow);
    fitMapButtons_ = [this, hint, statusRow, belowRow, buttonsBox, mapPanel] {
        const bool any = !zoomPattern_->isHidden() || !switchView_->isHidden();
        buttonsBox->setVisible(any);
        const int room = mapPanel->contentsRect().width() - buttonsBox->sizeHint().width() - statusRow->spacing();
        const QFontMetrics fm = hoverLabel_->fontMetrics();
        const int lines = fm.boundingRect(QRect(0, 0, std::max(1, room), 1 << 20), Qt::TextWordWrap, hint).height();
        const bool beside = !any || lines <= 2 * fm.lineSpacing() + 2;
        QBoxLayout* wanted = beside ? statusRow : belowRow;
        if (wanted->indexOf(buttonsBox) < 0) {
            (beside ? belowRow : statusRow)->removeWidget(buttonsBox);
            wanted->addWidget(buttonsBox, beside ? 0 : 1);
        }
    };
    new OnResize(mapPanel, [this] { fitMapButtons_(); });
    fitMapButtons_();
    auto* legend = new Legend(mapPanel);
    // "Asked about" names the blue outline only while the map draws it: in the front view a place behind the ear is
    // not drawn, and the legend named an outline nowhere to be seen ("Show on the body" turns the map).
    auto askedAbout = [this, legend] { legend->setAskedAbout(map_->highlightShown()); };
    connect(map_, &BodyMapWidget::highlightChanged, legend, askedAbout);
    connect(map_, &BodyMapWidget::viewChanged, legend, askedAbout);
    connect(map_, &BodyMapWidget::patternChanged, legend, [this, legend] {
        const auto parts = map_->pattern().parts();
        legend->setClinicianPoint(
            std::any_of(parts.begin(), parts.end(), [](const PatternPart& p) { return p.point->clinicianOnly; }));
    });
    mapLayout->addWidget(legend);
    // Under the map: a question and the place it is about are seen together.
    narrow_ = new NarrowPanel(catalogue_, mapPanel);
    mapLayout->addWidget(narrow_);
    // After a reply the next question's place shows, in a view that shows it. (A question that changes with the
    // drawing does not turn the map: the person may be drawing in this view.)
    connect(narrow_, &NarrowPanel::answered, this, [this](const match::Answer& answer) {
        drawing_->setAnswer(answer);
        unchooseResult();
    });
    connect(narrow_, &NarrowPanel::undone, drawing_, &PainDrawing::removeAnswer);
    connect(narrow_, &NarrowPanel::skipped, this, [this](const match::QuestionKey& question) {
        skipped_.push_back(question);
        updateResults();
        unchooseResult();
    });
    connect(narrow_, &NarrowPanel::skipsCleared, this, [this] {
        skipped_.clear();
        updateResults();
    });
    connect(narrow_, &NarrowPanel::showRequested, this, &WherePage::unchooseResult);
    viewButtons_->buttons().first()->setChecked(true);
    connect(viewButtons_, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton* b) { setView(b->property("view").toString()); });
    connect(map_, &BodyMapWidget::viewChanged, this, [this](const QString& view) {
        for (auto* b : viewButtons_->buttons())
            b->setChecked(b->property("view").toString() == view);
        onResultChosen();
    });
    // The status line names the region under the pointer, or the one the keyboard is on.
    auto nameRegion = [this, hint](const QString& instance) {
        hoverLabel_->setText(instance.isEmpty() ? hint : BodyNames::alone(map_->regionName(instance)));
    };
    connect(map_, &BodyMapWidget::hovered, this, nameRegion);
    connect(map_, &BodyMapWidget::focusedRegionChanged, this, nameRegion);
    connect(map_, &BodyMapWidget::regionActivated, drawing_, &PainDrawing::toggle);

    // Right: spots, red flags, results, symptoms. The panel scrolls when a small window cannot hold it all, so that
    // the warnings are never cut and the results keep a few rows.
    auto* sideScroll = new QScrollArea(splitter_);
    sideScroll_ = sideScroll;
    sideScroll->setObjectName("whereSideScroll");
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* side = new QWidget(sideScroll);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 8, 0); // the result's actions follow right below

    auto* spotsBox = new Section(tr("Where it hurts"), side);
    auto* spotsLayout = spotsBox->body();
    auto* spotScroll = new QScrollArea(spotsBox);
    spotScroll->setWidgetResizable(true);
    spotScroll->setFrameShape(QFrame::NoFrame);
    auto* spotList = new SpotList(
        *drawing_, [this](const QString& i) { return BodyNames::alone(map_->regionName(i)); }, spotScroll);
    spotScroll->setWidget(spotList);
    // As tall as its rows at the box's width (one or two spots: a small box), up to about six rows; then it
    // scrolls.
    auto fitSpots = [spotScroll, spotList] {
        // The scroll area's own width (its viewport follows only after this resize), less its scroll bar's: rows
        // measured without it wrapped a line more once it showed, and the last row was cut in half.
        const int width = spotScroll->contentsRect().width() - spotScroll->verticalScrollBar()->sizeHint().width();
        const int needed = spotList->hasHeightForWidth() && width > 100 ? spotList->heightForWidth(width)
                                                                        : spotList->sizeHint().height();
        const int rowHeight = spotList->fontMetrics().height() + 14;
        // Six whole rows at most, so that the box's foot falls between two rows (an estimate of a row's height cut
        // the seventh through its name).
        const int six = width > 100 ? spotList->heightOfRows(6, width) : rowHeight * 6;
        spotScroll->setFixedHeight(std::clamp(needed, rowHeight, std::max(rowHeight, six)));
    };
    connect(drawing_, &PainDrawing::changed, spotScroll, fitSpots);
    new OnResize(spotScroll, fitSpots);
    fitSpots();
    auto* clear = new QPushButton(tr("Cl&ear all"), spotsBox);
    clear->setToolTip(tr("Remove every spot and symptom"));
    auto* save = new QPushButton(tr("S&ave to journal..."), spotsBox);
    save->setToolTip(tr("Keep this drawing as a note in your private pain journal (Ctrl+S)"));
    auto* clearRow = new QHBoxLayout;
    clearRow->addWidget(save);
    clearRow->addStretch(1);
    clearRow->addWidget(clear);
    // Clear all can be taken back, with this button or Ctrl+Z, until something new is drawn.
    auto* undoClear = new QPushButton(tr("&Undo clear"), spotsBox);
    undoClear->setObjectName("undoClearButton");
    undoClear->setToolTip(tr("Bring back the spots and symptoms just cleared (Ctrl+Z)"));
    undoClear->hide();
    clearRow->addWidget(undoClear);
    connect(undoClear, &QPushButton::clicked, drawing_, &PainDrawing::undoClear);
    connect(drawing_, &PainDrawing::changed, undoClear, [this, clear, undoClear] {
        const bool undo = drawing_->canUndoClear();
        const bool hadFocus = clear->hasFocus() || undoClear->hasFocus();
        undoClear->setVisible(undo);
        clear->setVisible(!undo);
        if (hadFocus)
            (undo ? static_cast<QWidget*>(undoClear) : clear)->setFocus();
    });
    auto* undoShortcut = new QShortcut(QKeySequence::Undo, this);
    connect(undoShortcut, &QShortcut::activated, drawing_, &PainDrawing::undoClear);
    connect(save, &QPushButton::clicked, this, &WherePage::saveRequested);
    connect(drawing_, &PainDrawing::changed, save, [this, save, clear] {
        save->setEnabled(!drawing_->spots().isEmpty());
        // Nothing to clear on an empty page (symptoms count: Clear all takes them too).
        clear->setEnabled(!drawing_->spots().isEmpty() || !drawing_->symptoms().isEmpty());
    });
    save->setEnabled(false);
    clear->setEnabled(false);
    spotsLayout->addWidget(spotScroll, 1);
    // The symptoms ticked, where the drawing is: their list sits below the results and may be out of sight (a
    // ticked one can raise a warning).
    tickedSymptoms_ = new QLabel(spotsBox);
    tickedSymptoms_->setObjectName("tickedSymptoms");
    tickedSymptoms_->setWordWrap(true);
    tickedSymptoms_->hide();
    spotsLayout->addWidget(tickedSymptoms_);
    spotsLayout->addLayout(clearRow);
    connect(clear, &QPushButton::clicked, drawing_, &PainDrawing::clear);

    auto* symptomsBox = new Section(tr("Other symptoms (optional)"), side);
    auto* symptomsLayout = symptomsBox->body();
    symptoms_ = new QListWidget(symptomsBox);
    symptoms_->setObjectName("symptomsList");
    symptoms_->setAccessibleName(tr("Other symptoms"));
    symptoms_->setFlow(QListView::LeftToRight);
    symptoms_->setWrapping(true);
    symptoms_->setResizeMode(QListView::Adjust);
    symptoms_->setSpacing(2);
    // Room for every symptom at once in a tall window (no more than they need), for most of them in a middling one,
    // for three rows in a short one (1024x640), where the spots and the first results need the room more; the rest
    // scroll.
    auto fitSymptoms = [this] {
        const int rows = height() >= 1000 ? 22 : height() >= 700 ? 9 : 3;
        int wanted = symptoms_->fontMetrics().height() * rows + 24;
        if (const int n = symptoms_->count(); n > 0) {
            const int frame = 2 * symptoms_->spacing() + 2 * symptoms_->frameWidth() + 2;
            const int top = symptoms_->visualRect(symptoms_->model()->index(0, 0)).top();
            // Whole rows only: a row cut in half looked broken ("Eye symptoms (tearing, ..." at 1024x640). The
            // last row's foot that fits, or the first row's when none does.
            int fits = 0;
            for (int i = 0; i < n; ++i) {
                const int foot = symptoms_->visualRect(symptoms_->model()->index(i, 0)).bottom() - top + 1 + frame;
                if (foot <= wanted || fits == 0)
                    fits = std::max(fits, foot);
            }
            wanted = fits;
        }
        if (symptoms_->height() != wanted)
            symptoms_->setFixedHeight(wanted);
    };
    new OnResize(this, fitSymptoms);
    new OnResize(symptoms_, fitSymptoms); // a moved splitter changes the rows
    fitSymptoms();
    fitSymptoms_ = fitSymptoms;
    // The symptoms (forty wrapped rows of text, ~5 ms to lay out and style) are filled right after the page's
    // first frame, the way the window defers its other start-up work (docs/performance.md); the list keeps its
    // height meanwhile, so nothing moves when they come.
    symptomsLayout->addWidget(symptoms_);
    map_->installEventFilter(this);
    connect(symptoms_, &QListWidget::itemChanged, this, [this] {
        QStringList ids;
        for (int i = 0; i < symptoms_->count(); ++i)
            if (symptoms_->item(i)->checkState() == Qt::Checked)
                ids << symptoms_->item(i)->data(Qt::UserRole).toString();
        drawing_->setSymptoms(ids);
    });
    connect(drawing_, &PainDrawing::changed, this, &WherePage::showSymptomChecks);

    redFlags_ = new QLabel(side);
    redFlags_->setWordWrap(true);
    redFlags_->setTextFormat(Qt::RichText);
    redFlags_->setAccessibleName(tr("Warning"));
    redFlags_->hide(); // its style sheet is set when it first shows (updateRedFlags): one less at start-up
    // Under a warning that holds self-care, "Does not apply to me" ends it (updateRedFlags): the same question as
    // before a session (one answer serves both), after which press tests may be asked. In the warning itself, not
    // under the map: a line there moved the map under the pointer.
    connect(redFlags_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("tm:clear-holds"))
            selfCareAllowed();
    });

    auto* resultsBox = new Section(tr("Likely sources"), side);
    auto* resultsLayout = resultsBox->body();
    resultsHeading_ = new QLabel(resultsBox);
    resultsHeading_->setWordWrap(true);
    resultsView_ = new QListView(resultsBox);
    resultsView_->setModel(resultsModel_);
    // Each row as tall as the style paints it in the list's width, measured again when the width changes: a German
    // row wrapped onto more lines than it was given and lost its last line.
    new WrappedRows(resultsView_);
    resultsView_->setAlternatingRowColors(true);
    resultsView_->setSpacing(1);
    resultsView_->setAccessibleName(tr("Likely sources, best first"));
    resultsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    resultsView_->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl+click: a session of several
    // At least three results (three lines each) stay in sight, six in a tall window: the page scrolls (the optional
    // symptoms and "Last time" below the fold) before the list shrinks further. At 1920x1080 in German with a
    // warning the symptoms had left the list fewer than four rows.
    auto fitResults = [this] {
        const int rows = height() >= 900 ? 6 : height() >= 700 ? 4 : 3;
        resultsView_->setMinimumHeight(rows * (3 * resultsView_->fontMetrics().lineSpacing() + 8) + 4);
    };
    fitResults();
    new OnResize(this, fitResults);
    // One row of short labels (their tooltips say more), so that a long translation never widens the side panel
    // and the row takes no more height than it must in a small window.
    auto* entryRow = new QHBoxLayout;
    openEntry_ = new QPushButton(tr("&Open entry"), resultsBox);
    openEntry_->setToolTip(tr("The chosen muscle's entry: how to find the point and release it"));
    openEntry_->setEnabled(false);
    // Alt+D: Alt+P is the Plans tab's.
    addToPlan_ = new QPushButton(tr("A&dd to plan..."), resultsBox);
    addToPlan_->setEnabled(false);
    treat_ = new QPushButton(tr("&Treat this..."), resultsBox);
    treat_->setEnabled(false);
    entryRow->addStretch(1);
    entryRow->addWidget(addToPlan_);
    entryRow->addWidget(openEntry_);
    entryRow->addWidget(treat_);
    // "Last time it hurt here" lies below the results, out of sight in a small window: its one-line summary comes
    // first here, where it is seen, and jumps to it.
    lastTime_ = new LastTimePanel(*drawing_, side);
    resultsLayout->addWidget(lastTime_->summary());
    resultsLayout->addWidget(resultsHeading_);
    resultsLayout->addWidget(resultsView_, 1);
    // The actions on the chosen result stay in sight below the panel, outside its scrolling (at 1024x640 with a
    // warning, or at 200%, they sat cut in half at its foot).
    auto* actions = new QWidget(splitter_);
    actions->setObjectName("whereResultActions");
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->setContentsMargins(8, 2, 8, 4);
    actionsLayout->setSpacing(2);
    // What the buttons act on, named: in a small window or at 200% the list can be scrolled out of sight, and
    // "Treat these 3" said nothing of which three. A link brings the list back into view.
    chosen_ = new QLabel(actions);
    chosen_->setObjectName("whereChosen");
    chosen_->setWordWrap(true);
    chosen_->setTextFormat(Qt::RichText);
    chosen_->hide();
    connect(chosen_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == "#warnings") { // the warnings' end at the bottom of the panel
            QScrollBar* bar = sideScroll_->verticalScrollBar();
            const int end = redFlags_->mapTo(sideScroll_->widget(), QPoint(0, redFlags_->height())).y();
            bar->setValue(std::min(bar->maximum(), end - sideScroll_->viewport()->height() + 8));
            return;
        }
        sideScroll_->ensureWidgetVisible(resultsView_, 0, 0);
        if (const QModelIndex current = resultsView_->currentIndex(); current.isValid()) {
            // The chosen row in the list, and the list's part that shows it in the panel.
            resultsView_->scrollTo(current);
            const QRect r = resultsView_->visualRect(current);
            const QPoint centre = resultsView_->viewport()->mapTo(sideScroll_->widget(), r.center());
            sideScroll_->ensureVisible(centre.x(), centre.y(), 0, r.height() / 2 + 4);
        }
        resultsView_->setFocus();
    });
    actionsLayout->addWidget(chosen_);
    actionsLayout->addLayout(entryRow);
    connect(resultsView_->selectionModel(), &QItemSelectionModel::currentChanged, this, &WherePage::onResultChosen);
    connect(resultsView_, &QListView::activated, this,
        [this](const QModelIndex& index) { emit openMuscleRequested(index.data(MuscleIdRole).toString()); });
    connect(openEntry_, &QPushButton::clicked, this,
        [this] { emit openMuscleRequested(resultsView_->currentIndex().data(MuscleIdRole).toString()); });
    connect(switchView_, &QPushButton::clicked, this, [this] { setView(switchView_->property("view").toString()); });
    connect(zoomPattern_, &QPushButton::clicked, this, [this] {
        framePattern();
        zoomPattern_->hide();
        fitMapButtons_();
    });
    connect(treat_, &QPushButton::clicked, this, [this] {
        if (!selfCareAllowed())
            return;
        const auto points = selectedPoints();
        if (points.size() == 1)
            emit treatRequested(points.front().pointId, points.front().side);
        else if (points.size() > 1)
            emit treatSeveralRequested(points);
    });
    connect(addToPlan_, &QPushButton::clicked, this, [this] {
        if (!selfCareAllowed())
            return;
        if (const auto points = selectedPoints(); !points.isEmpty())
            emit addToPlanRequested(points);
    });
    connect(resultsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto n = selectedPoints().size();
        treat_->setText(n > 1 ? tr("&Treat these %n...", nullptr, int(n)) : tr("&Treat this..."));
        treat_->setEnabled(n > 0);
        addToPlan_->setEnabled(n > 0);
        updateTreatTip(); // and the chosen line
    });
    // The link to the list shows only while the list is out of sight.
    connect(sideScroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &WherePage::updateChosen);
    connect(resultsView_->verticalScrollBar(), &QScrollBar::valueChanged, this, &WherePage::updateChosen);
    connect(sideScroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &WherePage::updateChosen);
    new OnResize(
        sideScroll->viewport(), [this] { updateChosen(); }, OnResize::When::Later);

    // The answer right below the drawing and its warnings; the optional symptoms, which refine it, after it: in a
    // short window (1024x640, or 200%) they had pushed the results below the fold.
    sideLayout->addWidget(spotsBox, 0);
    sideLayout->addWidget(redFlags_, 0);
    sideLayout->addWidget(resultsBox, 1);
    sideLayout->addWidget(symptomsBox, 0);
    sideLayout->addWidget(lastTime_, 0);
    sideScroll->setWidget(side);
    lastTime_->followScroll(sideScroll);
    // The panel scrolls up and down, never sideways: the splitter may not make it narrower than its content, or the
    // warnings' right edge would be cut off (German at 200%). The map gives way instead.
    sideScroll->setMinimumWidth(side->minimumSizeHint().width() + sideScroll->verticalScrollBar()->sizeHint().width());

    auto* sideColumn = new QWidget(splitter_);
    auto* sideColumnLayout = new QVBoxLayout(sideColumn);
    sideColumnLayout->setContentsMargins(0, 0, 0, 0);
    sideColumnLayout->setSpacing(0);
    sideColumnLayout->addWidget(sideScroll, 1);
    sideColumnLayout->addWidget(actions, 0);
    splitter_->addWidget(mapPanel);
    splitter_->addWidget(sideColumn);
    // Half each: the figure is as tall as the map and takes a third of its width at most, while every line of the
    // side panel that wraps less leaves the results more room (at 200% they were below the fold).
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 1);
    splitter_->setSizes({600, 600});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter_);
    spotList_ = spotList;
    saveButton_ = save;
    clearButton_ = clear;
    connect(drawing_, &PainDrawing::changed, this, &WherePage::updateResults);
    updateResults();
}

void WherePage::updateTabOrder()
{
    // The widgets under `root` that take Tab, in the focus chain's order.
    auto focusablesIn = [](QWidget* root) {
        QList<QWidget*> list;
        for (QWidget* w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain())
            if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
                list << w;
        return list;
    };
    QList<QWidget*> order;
    for (auto* b : viewButtons_->buttons())
        order << b;
    order << map_;
    order << focusablesIn(narrow_);
    order << focusablesIn(spotList_);
    order << saveButton_ << clearButton_ << symptoms_ << lastTime_->showButton() << resultsView_ << zoomPattern_
          << switchView_ << openEntry_;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void WherePage::setView(const QString& view)
{
    map_->setView(view);
}

const match::Matcher& WherePage::matcher()
{
    // Built at the first drawing, not at start-up: it reads every muscle, which the first frame does not need.
    if (!matcher_)
        matcher_ = std::make_unique<match::Matcher>(catalogue_);
    return *matcher_;
}

void WherePage::updateResults()
{
    const auto drawing = drawing_->toMatch();
    // The chosen result, to choose again: the same trigger point of the same muscle on the same side.
    const QModelIndex chosen = resultsView_->currentIndex();
    const QString previousMuscle = chosen.data(MuscleIdRole).toString();
    const QString previousPoint = chosen.data(TriggerPointIdRole).toString();
    const QString previousSide = chosen.data(SideRole).toString();
    if (drawing.spots.empty() && drawing.symptoms.empty())
        resultsModel_->setResults({});
    else
        resultsModel_->setResults(matcher().rank(drawing, 25));
    if (drawing.spots.empty() && drawing.symptoms.empty())
        resultsHeading_->setText(
            tr("Mark where it hurts; the trigger points that may cause it appear here, best first."));
    else if (resultsModel_->rowCount() == 0)
        resultsHeading_->setText(tr("No trigger point in the catalogue explains this drawing."));
    else
        resultsHeading_->setText(tr("Choose one to see its pattern on the body; press Enter to open its entry."));
    // How the list is ordered, where it is asked for (the heading's tooltip, and each "Another point" row's): one line
    // less above the results in a small window.
    resultsHeading_->setToolTip(resultsModel_->hasMoreOfMuscles()
            ? tr("Each muscle's best trigger point comes first; its others follow as \"Another point\".")
            : QString());
    // Keep the chosen result chosen when it is still in the list (its first row, should it come twice).
    for (int r = 0; r < resultsModel_->rowCount() && !previousMuscle.isEmpty(); ++r) {
        const QModelIndex index = resultsModel_->index(r);
        if (index.data(MuscleIdRole).toString() == previousMuscle
            && index.data(TriggerPointIdRole).toString() == previousPoint
            && index.data(SideRole).toString() == previousSide) {
            resultsView_->setCurrentIndex(index);
            resultsView_->scrollTo(index);
            break;
        }
    }
    updateQuestion(drawing);
    onResultChosen();
    updateRedFlags(drawing);
    updateTabOrder();
}

void WherePage::updateQuestion(const match::Drawing& drawing)
{
    const bool empty = drawing.spots.empty() && drawing.symptoms.empty();
    // Folded away while there is nothing to narrow down and nothing answered to take back.
    narrow_->setVisible(!empty && (resultsModel_->rowCount() > 0 || !drawing.answers.empty()));
    // A question is skipped for one drawing: once a spot or symptom changes it may be worth asking again.
    QString key;
    for (const auto& s : drawing_->spots())
        key += s.instance + '=' + QString::number(s.intensity) + ' ';
    key += drawing_->symptoms().join(' ');
    if (key != skippedFor_) {
        skipped_.clear();
        skippedFor_ = key;
    }
    std::optional<match::Question> question;
    if (!empty && resultsModel_->rowCount() > 0) {
        // The core never asks a question already answered, and an "unsure" answer leaves the ranking as it is:
        // so the skipped questions, given to it as unsure, are left out of the choice without changing it.
        match::Drawing asked = drawing;
        for (const auto& q : skipped_)
            asked.answers.push_back({q, match::Reply::Unsure});
        // The warnings the person said do not apply (here or before a session) no longer hold the press tests.
        asked.clearedWarnings = cleared_;
        question = match::nextQuestion(matcher(), asked);
    }
    narrow_->setState(question, drawing.answers, !skipped_.empty());
}

void WherePage::ensureSymptoms()
{
    if (symptoms_->count() > 0)
        return;
    styleCheckList(symptoms_); // check boxes that show in dark themes too
    const QSignalBlocker block(symptoms_);
    // Those a warning names first: at 1024x640 the list shows three rows, and chest pain or numbness came 30th.
    for (const auto* s : catalogue::symptomsWarningsFirst(catalogue_.data())) {
        auto* item = new QListWidgetItem(DataText::symptomName(*s), symptoms_);
        item->setData(Qt::UserRole, QString::fromStdString(s->id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    new FitItemsToWidth(symptoms_);
    showSymptomChecks();
    // Once laid out at the list's width, the rows show how much room they need.
    QTimer::singleShot(0, this, [this] { fitSymptoms_(); });
}

void WherePage::showSymptomChecks()
{
    const QSignalBlocker block(symptoms_);
    for (int i = 0; i < symptoms_->count(); ++i) {
        auto* item = symptoms_->item(i);
        item->setCheckState(
            drawing_->symptoms().contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    QStringList names;
    for (const auto& id : drawing_->symptoms())
        if (const auto* symptom = catalogue_.symptom(id.toStdString()))
            names << DataText::symptomName(*symptom);
    // Parted by semicolons: the names have "or" in them ("Dizziness or unsteadiness").
    tickedSymptoms_->setText(tr("Symptoms ticked: %1").arg(names.join(QStringLiteral("; "))));
    tickedSymptoms_->setVisible(!names.isEmpty());
}

bool WherePage::eventFilter(QObject* watched, QEvent* event)
{
    // The map's first paint: the page is on screen; the symptoms come next, in the next turn of the event loop.
    if (watched == map_ && event->type() == QEvent::Paint) {
        map_->removeEventFilter(this);
        QTimer::singleShot(0, this, &WherePage::ensureSymptoms);
    }
    return QWidget::eventFilter(watched, event);
}

void WherePage::unchooseResult()
{
    resultsView_->selectionModel()->clear();
    onResultChosen();
    showQuestionPicture(true);
}

void WherePage::showQuestionPicture(bool bringIntoView)
{
    map_->setPattern({});
    map_->setHighlight({});
    const auto& question = narrow_->question();
    if (!question)
        return;
    // On request, in a view that shows it: a question about a place the map does not show is no use.
    auto showIn = [this, bringIntoView](auto visibleIn) {
        if (!bringIntoView || visibleIn(map_->view()))
            return;
        for (const auto& v : catalogue_.body().views())
            if (visibleIn(QString::fromStdString(v.id)))
                return setView(QString::fromStdString(v.id));
    };
    switch (question->key.kind) {
    case match::QuestionKind::Press: {
        Pattern pattern {question->point, question->key.side == body::Side::Left ? body::Side::Left : body::Side::Right,
            catalogue_.muscle(question->point->muscleId)};
        // On either side (pain on the midline or on both sides): the X on both sides.
        if (question->key.side == body::Side::None && question->point->onlySide == body::Side::None)
            pattern.others.push_back({question->point, body::Side::Left});
        map_->setPattern(pattern);
        showIn([&](const QString& view) { return BodyPainter::marker(pattern, view).has_value(); });
        break;
    }
    case match::QuestionKind::Region: {
        const QString instance = QString::fromStdString(question->key.subject);
        map_->setHighlight(instance);
        showIn([&](const QString& view) {
            const auto* v = catalogue_.body().view(view.toStdString());
            // A sided place asked about without a side stands for both of its sides.
            const auto instances = catalogue_.body().instancesOf(question->key.subject);
            return v
                && std::any_of(instances.begin(), instances.end(), [v](const std::string& i) { return v->shape(i); });
        });
        break;
    }
    case match::QuestionKind::Symptom:
        break;
    }
}

void WherePage::updateRedFlags(const match::Drawing& drawing)
{
    const auto flags = match::redFlagsFor(catalogue_, drawing);
    heldBy_ = match::selfCareHolds(flags); // of the flags just found: not looked up twice on every change
    updateTreatTip(); // the buttons say that they ask first
    if (flags.empty()) {
        redFlags_->hide();
        return;
    }
    // Several warnings may be taller than the side panel: the heading says how many there are to read.
    QString html = "<b>"
        + (flags.size() == 1 ? tr("Warning signs: check this first")
                             : tr("Warning signs: check these %n first", nullptr, static_cast<int>(flags.size())))
        + "</b>";
    // Under a warning that holds self-care, press tests wait; the way on for a person to whom none of its signs
    // apply ends the last warning, on its line where there is room (a paragraph of its own pushed the first results
    // below a 960x540 window's fold). The question it opens says what it is for.
    const auto held = unclearedHolds().size();
    for (std::size_t i = 0; i < flags.size(); ++i)
        html += "<p>" + SafetyHtml::redFlag(*flags[i])
            + (held > 0 && i + 1 == flags.size() ? " <a href='tm:clear-holds'>"
                        + (flags.size() == 1 ? tr("Does not apply to me") : tr("None of these apply to me")) + "</a>"
                                                 : QString())
            + "</p>";
    redFlags_->setText(html);
    if (redFlags_->styleSheet().isEmpty())
        redFlags_->setStyleSheet(warningLabelStyleSheet(palette(), 2, 6, 8));
    redFlags_->show();
}

std::vector<const catalogue::RedFlag*> WherePage::unclearedHolds() const
{
    return match::selfCareHolds(heldBy_, cleared_);
}

bool WherePage::selfCareAllowed()
{
    const auto ask = unclearedHolds();
    if (ask.empty())
        return true;
    const bool goOn = selfCareCheck_ ? selfCareCheck_(ask) : askSelfCare(ask);
    if (goOn) {
        for (const auto* f : ask)
            cleared_.push_back(f->id);
        // The warning's line about held press tests goes, and the questions may now ask for a press, or about one
        // of the warning's signs.
        const auto drawing = drawing_->toMatch();
        updateQuestion(drawing);
        updateRedFlags(drawing);
    }
    updateTreatTip();
    return goOn;
}

bool WherePage::askSelfCare(const std::vector<const catalogue::RedFlag*>& flags)
{
    QString text = "<p>"
        + tr("The warning above the results comes first: until it is ruled out, nothing is to be pressed (no "
             "session, no plan, no question that asks you to press a spot). Go on only if none of its signs apply "
             "to you, or a doctor has ruled them out.")
        + "</p>";
    for (const auto* f : flags)
        text += "<p>" + SafetyHtml::redFlag(*f) + "</p>";
    QMessageBox box(QMessageBox::Warning, tr("Warning signs: check this first"), text, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::RichText);
    auto* goOn = box.addButton(tr("&None of these signs apply: go on"), QMessageBox::AcceptRole);
    auto* cancel = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == goOn;
}

void WherePage::selectResult(int row)
{
    resultsView_->setCurrentIndex(resultsModel_->index(row));
    // The row whose pattern the map shows is in sight, and the best rows above it too when they fit: scrolled
    // before the list had its height, the second row was put at the top and the first out of sight.
    const auto show = [view = resultsView_, index = resultsModel_->index(row)] {
        view->scrollToTop();
        view->scrollTo(index, QAbstractItemView::EnsureVisible);
    };
    show();
    QTimer::singleShot(0, resultsView_, show);
}

void WherePage::onResultChosen()
{
    const match::Result* r = resultsModel_->result(resultsView_->currentIndex().row());
    openEntry_->setEnabled(r != nullptr);
    treat_->setEnabled(!selectedPoints().isEmpty());
    addToPlan_->setEnabled(treat_->isEnabled());
    updateTreatTip(); // and the chosen line
    if (!r) {
        switchView_->hide();
        zoomPattern_->hide();
        fitMapButtons_();
        if (map_->framed())
            map_->resetZoom();
        showQuestionPicture(false);
        return;
    }
    map_->setHighlight({});
    // Every point the row stands for (match::pointsOf: several points of its muscle, or both sides); a side the
    // drawing leaves open ("either") shows the right one.
    const auto points = match::pointsOf(*r);
    auto shownSide = [](body::Side s) { return s == body::Side::None ? body::Side::Right : s; };
    Pattern pattern {points.front().point, shownSide(points.front().side), r->muscle};
    for (std::size_t i = 1; i < points.size(); ++i)
        pattern.others.push_back({points[i].point, shownSide(points[i].side)});
    map_->setPattern(pattern);
    const std::string current = map_->view().toStdString();
    QString best
        = QString::fromStdString(catalogue::bestPatternView(catalogue_.body(), *pattern.point, pattern.side, current));
    // The pattern shows here, but the X does not (infraspinatus for pain in the front of the shoulder): offer the
    // view that shows where to press.
    const bool pressElsewhere = best == map_->view() && !catalogue::patternMarker(*pattern.point, pattern.side, current)
        && catalogue::bestPressView(catalogue_.body(), *pattern.point, pattern.side, current) != current;
    if (pressElsewhere)
        best = QString::fromStdString(
            catalogue::bestPressView(catalogue_.body(), *pattern.point, pattern.side, current));
    if (best != map_->view()) {
        const auto* v = catalogue_.body().view(best.toStdString());
        // English view names sit lower-case inside the sentence; German nouns keep their capital.
        const QString name = DataText::language().isEmpty() ? BodyNames::view(*v).toLower() : BodyNames::view(*v);
        switchView_->setText(
            // One button, one wording: the view it shows, then what is there.
            pressElsewhere ? tr("Show the %1 view: where to press").arg(name)
                           : tr("Show the %1 view: most of the pattern").arg(name));
        switchView_->setToolTip(pressElsewhere ? tr("The trigger point itself is in the %1 view").arg(name)
                                               : tr("The pattern is mostly in the %1 view").arg(name));
        switchView_->setProperty("view", best);
        switchView_->show();
    } else {
        switchView_->hide();
    }
    // A framed map follows the chosen pattern; else the button offers to frame it when it is small here.
    if (map_->framed()) {
        framePattern();
        zoomPattern_->hide();
    } else {
        const auto frame = catalogue::patternFrame(catalogue_.body(), *pattern.point, pattern.side, current,
            map_->height() > 0 ? double(map_->width()) / map_->height() : 0.5);
        zoomPattern_->setVisible(frame && frame->maxY - frame->minY < 0.5);
    }
    fitMapButtons_();
}

void WherePage::framePattern()
{
    // The pattern the map draws (onResultChosen set it, its side resolved), framed in the view on show.
    const Pattern& pattern = map_->pattern();
    if (!pattern)
        return;
    map_->frameOn([this, point = pattern.point, side = pattern.side](double aspect) -> std::optional<QRectF> {
        const auto frame = catalogue::patternFrame(catalogue_.body(), *point, side, map_->view().toStdString(), aspect);
        return frame ? std::optional(BodyPainter::rectOf(*frame)) : std::nullopt;
    });
}

void WherePage::updateTreatTip()
{
    // A row whose point is for a clinician only (iliopsoas beside the femoral pulse) is listed but not treated.
    const match::Result* r = resultsModel_->result(resultsView_->currentIndex().row());
    const bool clinician = r && !treat_->isEnabled() && r->point->clinicianOnly;
    const QString tip = clinician ? tr("This trigger point is for a clinician only: see its entry.") : QString();
    const auto n = selectedPoints().size();
    const QString session = n > 1
        ? tr("One guided session of the %n chosen points, one after the other", nullptr, int(n))
        : tr("A guided session: press with a timer, stretch, rate the pain again");
    // While a warning that holds self-care shows ("do not treat this as a muscle problem until a doctor has ruled
    // out the heart"), the buttons say, with the warning's icon, that they ask about its signs first.
    const bool held = !unclearedHolds().empty();
    const QString first
        = held ? "\n" + tr("The warning above comes first: you will be asked whether its signs apply.") : QString();
    const QIcon warning = held ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon();
    treat_->setIcon(warning);
    addToPlan_->setIcon(warning);
    treat_->setToolTip(clinician ? tip : session + first);
    addToPlan_->setToolTip(clinician ? tip : tr("Add the chosen points to a plan you can run again") + first);
    updateChosen(); // it says so too, for those who never hover
}

QList<int> WherePage::chosenRows() const
{
    QList<int> rows;
    for (const auto& index : resultsView_->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && resultsView_->currentIndex().isValid())
        rows << resultsView_->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void WherePage::updateChosen()
{
    const QList<int> rows = chosenRows();
    QStringList names;
    for (const int row : rows)
        if (const match::Result* r = resultsModel_->result(row))
            if (const QString name = DataText::muscleName(*r->muscle); !names.contains(name))
                names << name;
    // Out of sight: less than a row of the list shows in the side panel, or less of the chosen row than its first
    // three lines (at 1024x640 the list showed the row above it and the chosen row's first line).
    const int row = 3 * resultsView_->fontMetrics().lineSpacing();
    const QRect seen = resultsView_->visibleRegion().boundingRect();
    bool outOfSight = !resultsView_->isVisible() || seen.height() < row;
    if (!outOfSight && !names.isEmpty() && resultsView_->currentIndex().isValid()) {
        const QRect chosen = resultsView_->visualRect(resultsView_->currentIndex());
        const int shown = resultsView_->viewport()->visibleRegion().boundingRect().intersected(chosen).height();
        outOfSight = shown < std::min(chosen.height(), row) - resultsView_->fontMetrics().lineSpacing() / 2;
    }
    const auto link = [](const char* target, const QString& words) { // on one line
        return QStringLiteral(" &nbsp;<a href=\"%1\">%2</a>")
            .arg(QLatin1String(target), words.toHtmlEscaped().replace(' ', QStringLiteral("&nbsp;")));
    };
    const auto showLink = [&link](const QString& words) { return link("#results", words); };
    // Nothing chosen yet, and a warning's end below the side panel's fold (four warnings in German at 1024x640): the
    // line says that the warnings go on, before anything else, and its link scrolls to their end.
    if (names.isEmpty() && redFlags_->isVisible()
        && redFlags_->mapTo(sideScroll_->viewport(), QPoint(0, redFlags_->height())).y()
            > sideScroll_->viewport()->height() + 2) {
        chosen_->setText(
            tr("The warnings go on below: read them all before you press.") + link("#warnings", tr("Read on")));
        chosen_->show();
        return;
    }
    if (names.isEmpty()) {
        // Nothing chosen yet, and the warnings (first, on purpose) fill a small window: the line says the answer
        // follows below them, or a person may think nothing was found.
        if (resultsModel_->rowCount() > 0 && outOfSight) {
            chosen_->setText(tr("The likely sources follow below.") + showLink(tr("Show them")));
            chosen_->show();
        } else {
            chosen_->hide();
        }
        return;
    }
    const auto points = selectedPoints();
    QString what;
    if (points.size() > 1) {
        what = tr("Chosen: %1 (%n points)", nullptr, int(points.size())).arg(names.join(tr(", ")).toHtmlEscaped());
    } else {
        const match::Result* r = resultsModel_->result(rows.front());
        what = tr("Chosen: %1").arg(DataText::pointName(*r->point).toHtmlEscaped()); // it names the muscle
    }
    if (outOfSight)
        what += showLink(tr("Show in the list"));
    // The warning icon on Treat and Add to plan, in words.
    if (const auto holds = unclearedHolds(); !holds.empty())
        what += "<br/>\u26a0 "
            + (holds.size() == 1 ? tr("Treat and Add to plan ask first whether the warning's signs apply.")
                                 : tr("Treat and Add to plan ask first whether the signs of the %n warnings apply.",
                                     nullptr, static_cast<int>(holds.size())))
                  .toHtmlEscaped();
    chosen_->setText(what);
    chosen_->show();
}

QList<WherePage::PointRef> WherePage::selectedPoints() const
{
    const QList<int> rows = chosenRows();
    QList<PointRef> points;
    for (const int row : rows)
        if (const match::Result* r = resultsModel_->result(row))
            for (const auto& p : match::pointsOf(*r)) // a both-sides row: each side
                if (const PointRef ref {QString::fromStdString(p.point->id), p.side};
                    !p.point->clinicianOnly && !points.contains(ref)) // never offered for self-treatment
                    points.push_back(ref);
    return points;
}

WherePage::~WherePage() = default;

} // namespace tmap::app
