#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cstdio>

#include "bench_hooks.h"
#include "body_map_widget.h"
#include "catalogue/catalogue.h"
#include "catalogue_page.h"
#include "entry_browser.h"
#include "journal/exchange.h"
#include "journal/user_files.h"
#include "journal_page.h"
#include "journal_session.h"
#include "legend.h"
#include "match/matcher.h"
#include "pain_drawing.h"
#include "results_model.h"
#include "roles.h"
#include "section.h"
#include "spot_list.h"

namespace tmap::app {

namespace {

// The views in the order of the switcher, with their keys.
struct ViewButton {
    const char* id;
    const char* label;
    const char* shortcut;
};
constexpr ViewButton kViews[] = {
    {"front", QT_TRANSLATE_NOOP("tmap::app::MainWindow", "&Front"), "Ctrl+1"},
    {"back", QT_TRANSLATE_NOOP("tmap::app::MainWindow", "&Back"), "Ctrl+2"},
    {"side", QT_TRANSLATE_NOOP("tmap::app::MainWindow", "&Right side"), "Ctrl+3"},
    {"side-left", QT_TRANSLATE_NOOP("tmap::app::MainWindow", "&Left side"), "Ctrl+4"},
    {"soles", QT_TRANSLATE_NOOP("tmap::app::MainWindow", "&Soles"), "Ctrl+5"},
};

QString selfCareNotice()
{
    return MainWindow::tr(
        "Trigger Map gives self-care information, not a diagnosis. Pain can have many causes. See a doctor for "
        "pain after an injury, pain with fever, unexplained weight loss, numbness or weakness that spreads, a "
        "sudden severe headache, or chest or left-arm pain with breathlessness (call emergency services), and "
        "for pain that does not improve within two weeks.");
}

} // namespace

MainWindow::MainWindow(const catalogue::Catalogue& catalogue, const QString& journalPath, QWidget* parent)
    : QMainWindow(parent)
    , catalogue_(catalogue)
    , drawing_(new PainDrawing(this))
    , resultsModel_(new ResultsModel(catalogue.body(), this))
{
    setWindowTitle(tr("Trigger Map"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tabs_->addTab(buildWherePage(), tr("&Where it hurts"));
    catalogueTab_ = new QWidget(tabs_);
    new QVBoxLayout(catalogueTab_);
    catalogueTab_->layout()->setContentsMargins(0, 0, 0, 0);
    tabs_->addTab(catalogueTab_, tr("&Catalogue"));
    journalSession_ = new JournalSession(catalogue_, journalPath, this);
    journalSession_->setDialogParent(this);
    journalTab_ = new QWidget(tabs_);
    new QVBoxLayout(journalTab_);
    journalTab_->layout()->setContentsMargins(0, 0, 0, 0);
    tabs_->addTab(journalTab_, tr("&Journal"));
    setCentralWidget(tabs_);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (tabs_->widget(index) == catalogueTab_)
            cataloguePage();
        else if (tabs_->widget(index) == journalTab_)
            journalPage();
    });
    connect(journalSession_, &JournalSession::statusMessage, this,
        [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    buildMenus();
    connect(drawing_, &PainDrawing::changed, this, &MainWindow::updateResults);
    updateResults();
    resize(1280, 800);
    installBenchHooks(map_);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildWherePage()
{
    whereSplitter_ = new QSplitter(this);
    whereSplitter_->setObjectName("whereSplitter");
    whereSplitter_->setChildrenCollapsible(false);

    // Left: view switcher, the map, what is under the pointer, the legend.
    auto* mapPanel = new QWidget(whereSplitter_);
    auto* mapLayout = new QVBoxLayout(mapPanel);
    mapLayout->setContentsMargins(8, 8, 8, 4);
    auto* switcher = new QHBoxLayout;
    viewButtons_ = new QButtonGroup(this);
    for (const auto& v : kViews) {
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
    map_ = new BodyMapWidget(catalogue_.body(), *drawing_, mapPanel);
    hoverLabel_ = new QLabel(mapPanel);
    hoverLabel_->setText(tr("Point at the body to see a region's name; click where it hurts."));
    hoverLabel_->setEnabled(false);
    mapLayout->addLayout(switcher);
    mapLayout->addWidget(map_, 1);
    mapLayout->addWidget(hoverLabel_);
    mapLayout->addWidget(new Legend(mapPanel));
    viewButtons_->buttons().first()->setChecked(true);
    connect(viewButtons_, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton* b) { setView(b->property("view").toString()); });
    connect(map_, &BodyMapWidget::viewChanged, this, [this](const QString& view) {
        for (auto* b : viewButtons_->buttons())
            b->setChecked(b->property("view").toString() == view);
        onResultChosen();
    });
    connect(map_, &BodyMapWidget::hovered, this, [this](const QString& instance) {
        hoverLabel_->setText(instance.isEmpty() ? tr("Point at the body to see a region's name; click where it hurts.")
                                                : map_->regionName(instance));
        hoverLabel_->setEnabled(!instance.isEmpty());
    });
    connect(map_, &BodyMapWidget::regionActivated, drawing_, &PainDrawing::toggle);

    // Right: spots, symptoms, red flags, results.
    auto* side = new QWidget(whereSplitter_);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 8, 4);

    auto* spotsBox = new Section(tr("Where it hurts"), side);
    auto* spotsLayout = spotsBox->body();
    auto* spotScroll = new QScrollArea(spotsBox);
    spotScroll->setWidgetResizable(true);
    spotScroll->setFrameShape(QFrame::NoFrame);
    spotScroll->setWidget(new SpotList(
        *drawing_, [this](const QString& i) { return map_->regionName(i); }, spotScroll));
    spotScroll->setMinimumHeight(70);
    auto* clear = new QPushButton(tr("C&lear all"), spotsBox);
    clear->setToolTip(tr("Remove every spot and symptom"));
    auto* save = new QPushButton(tr("&Save to journal..."), spotsBox);
    save->setToolTip(tr("Keep this drawing as a note in your private pain journal (Ctrl+S)"));
    auto* clearRow = new QHBoxLayout;
    clearRow->addWidget(save);
    clearRow->addStretch(1);
    clearRow->addWidget(clear);
    connect(save, &QPushButton::clicked, this, &MainWindow::saveToJournal);
    connect(drawing_, &PainDrawing::changed, save, [this, save] { save->setEnabled(!drawing_->spots().isEmpty()); });
    save->setEnabled(false);
    spotsLayout->addWidget(spotScroll, 1);
    spotsLayout->addLayout(clearRow);
    connect(clear, &QPushButton::clicked, drawing_, &PainDrawing::clear);

    auto* symptomsBox = new Section(tr("Other symptoms (optional)"), side);
    auto* symptomsLayout = symptomsBox->body();
    symptoms_ = new QListWidget(symptomsBox);
    symptoms_->setAccessibleName(tr("Other symptoms"));
    symptoms_->setFlow(QListView::LeftToRight);
    symptoms_->setWrapping(true);
    symptoms_->setResizeMode(QListView::Adjust);
    symptoms_->setSpacing(2);
    symptoms_->setMaximumHeight(120);
    // Check boxes drawn from the palette, so that they show in dark themes too (Fusion's item-view indicator does
    // not); a ticked symptom is a filled box.
    symptoms_->setStyleSheet("QListWidget::indicator { width: 12px; height: 12px; border: 1px solid palette(text); "
                             "border-radius: 2px; background: palette(base); }"
                             "QListWidget::indicator:checked { background: palette(highlight); "
                             "border-color: palette(highlight); }");
    for (const auto& s : catalogue_.data().symptoms) {
        auto* item = new QListWidgetItem(QString::fromStdString(s.name), symptoms_);
        item->setData(Qt::UserRole, QString::fromStdString(s.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    symptomsLayout->addWidget(symptoms_);
    connect(symptoms_, &QListWidget::itemChanged, this, [this] {
        QStringList ids;
        for (int i = 0; i < symptoms_->count(); ++i)
            if (symptoms_->item(i)->checkState() == Qt::Checked)
                ids << symptoms_->item(i)->data(Qt::UserRole).toString();
        drawing_->setSymptoms(ids);
    });
    connect(drawing_, &PainDrawing::changed, this, [this] {
        const QSignalBlocker block(symptoms_);
        for (int i = 0; i < symptoms_->count(); ++i) {
            auto* item = symptoms_->item(i);
            item->setCheckState(
                drawing_->symptoms().contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    });

    redFlags_ = new QLabel(side);
    redFlags_->setWordWrap(true);
    redFlags_->setTextFormat(Qt::RichText);
    redFlags_->setAccessibleName(tr("Warning"));
    redFlags_->setStyleSheet("QLabel { background: #fde2e1; color: #5c0b0b; border: 2px solid #c61a1a; "
                             "border-radius: 6px; padding: 8px; }");
    redFlags_->hide();

    auto* resultsBox = new Section(tr("Likely sources"), side);
    auto* resultsLayout = resultsBox->body();
    resultsHeading_ = new QLabel(resultsBox);
    resultsHeading_->setWordWrap(true);
    resultsView_ = new QListView(resultsBox);
    resultsView_->setModel(resultsModel_);
    resultsView_->setWordWrap(true);
    resultsView_->setAlternatingRowColors(true);
    resultsView_->setSpacing(1);
    resultsView_->setAccessibleName(tr("Likely sources, best first"));
    resultsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* resultButtons = new QHBoxLayout;
    switchView_ = new QPushButton(resultsBox);
    switchView_->hide();
    openEntry_ = new QPushButton(tr("&Open entry: how to release it"), resultsBox);
    openEntry_->setEnabled(false);
    resultButtons->addWidget(switchView_);
    resultButtons->addStretch(1);
    resultButtons->addWidget(openEntry_);
    resultsLayout->addWidget(resultsHeading_);
    resultsLayout->addWidget(resultsView_, 1);
    resultsLayout->addLayout(resultButtons);
    connect(resultsView_->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onResultChosen);
    connect(resultsView_, &QListView::activated, this,
        [this](const QModelIndex& index) { openMuscle(index.data(MuscleIdRole).toString()); });
    connect(openEntry_, &QPushButton::clicked, this,
        [this] { openMuscle(resultsView_->currentIndex().data(MuscleIdRole).toString()); });
    connect(switchView_, &QPushButton::clicked, this, [this] { setView(switchView_->property("view").toString()); });

    sideLayout->addWidget(spotsBox, 2);
    sideLayout->addWidget(symptomsBox, 0);
    sideLayout->addWidget(redFlags_, 0);
    sideLayout->addWidget(resultsBox, 5);

    whereSplitter_->addWidget(mapPanel);
    whereSplitter_->addWidget(side);
    whereSplitter_->setStretchFactor(0, 3);
    whereSplitter_->setStretchFactor(1, 2);
    whereSplitter_->setSizes({700, 520});
    return whereSplitter_;
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* save = file->addAction(tr("&Save to journal..."), this, &MainWindow::saveToJournal);
    save->setShortcut(QKeySequence::Save);
    auto* newNote = file->addAction(tr("&New journal note..."), this, [this] {
        showJournalTab();
        journalPage()->newNote();
    });
    newNote->setShortcut(QKeySequence::New);
    file->addSeparator();
    file->addAction(
        tr("Export journal as &JSON..."), this, [this] { journalPage()->exportWithDialog(journal::Format::Json); });
    file->addAction(
        tr("Export journal as &CSV..."), this, [this] { journalPage()->exportWithDialog(journal::Format::Csv); });
    file->addAction(tr("&Import journal (JSON)..."), this, [this] { journalPage()->importWithDialog(); });
    file->addAction(tr("Journal &report (PDF)..."), this, [this] { journalPage()->reportWithDialog(); });
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    for (const auto& v : kViews) {
        auto* a = view->addAction(tr(v.label).remove('&') + tr(" view"));
        a->setShortcut(QKeySequence(QString::fromLatin1(v.shortcut)));
        const QString id = QString::fromLatin1(v.id);
        connect(a, &QAction::triggered, this, [this, id] {
            tabs_->setCurrentIndex(0);
            setView(id);
        });
    }
    view->addSeparator();
    auto* mapFocus = view->addAction(tr("Focus the &body map"), this, [this] {
        tabs_->setCurrentIndex(0);
        map_->setFocus();
    });
    mapFocus->setShortcut(QKeySequence(tr("Ctrl+M")));
    auto* resultsFocus = view->addAction(tr("Focus the &likely sources"), this, [this] {
        tabs_->setCurrentIndex(0);
        resultsView_->setFocus();
    });
    resultsFocus->setShortcut(QKeySequence(tr("Ctrl+L")));
    auto* reset = view->addAction(tr("Reset &zoom"), map_, &BodyMapWidget::resetZoom);
    reset->setShortcut(QKeySequence(tr("Ctrl+0")));
    auto* clear = view->addAction(tr("&Clear the drawing"), drawing_, &PainDrawing::clear);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+Backspace")));

    auto* cat = menuBar()->addMenu(tr("&Catalogue"));
    auto* find = cat->addAction(tr("&Find a muscle..."), this, [this] {
        showCatalogueTab();
        cataloguePage()->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    cat->addAction(tr("&Guide to trigger points"), this, &MainWindow::showGuide);

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* guide = help->addAction(tr("&Guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Trigger Map"), this, &MainWindow::showAbout);
}

void MainWindow::setView(const QString& view)
{
    map_->setView(view);
}

const match::Matcher& MainWindow::matcher()
{
    // Built at the first drawing, not at start-up: it reads every muscle, which the first frame does not need.
    if (!matcher_)
        matcher_ = std::make_unique<match::Matcher>(catalogue_);
    return *matcher_;
}

void MainWindow::updateResults()
{
    const auto drawing = drawing_->toMatch();
    const QString previous = resultsView_->currentIndex().data(MuscleIdRole).toString();
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
    // Keep the chosen muscle chosen when it is still in the list.
    int row = -1;
    for (int r = 0; r < resultsModel_->rowCount() && !previous.isEmpty(); ++r)
        if (resultsModel_->index(r).data(MuscleIdRole).toString() == previous)
            row = r;
    if (row >= 0)
        resultsView_->setCurrentIndex(resultsModel_->index(row));
    onResultChosen();
    updateRedFlags(drawing);
}

void MainWindow::updateRedFlags(const match::Drawing& drawing)
{
    const auto flags = match::redFlagsFor(catalogue_, drawing);
    if (flags.empty()) {
        redFlags_->hide();
        return;
    }
    QString html = "<b>" + tr("Check this first") + "</b>";
    for (const auto* f : flags)
        html += "<p><b>" + QString::fromStdString(f->title).toHtmlEscaped() + ":</b> "
            + QString::fromStdString(f->signs).toHtmlEscaped() + " <b>"
            + QString::fromStdString(f->action).toHtmlEscaped() + "</b></p>";
    redFlags_->setText(html);
    redFlags_->show();
}

void MainWindow::selectResult(int row)
{
    resultsView_->setCurrentIndex(resultsModel_->index(row));
}

void MainWindow::onResultChosen()
{
    const match::Result* r = resultsModel_->result(resultsView_->currentIndex().row());
    openEntry_->setEnabled(r != nullptr);
    if (!r) {
        map_->setPattern({});
        switchView_->hide();
        return;
    }
    const Pattern pattern {r->point, r->side == "left" ? body::Side::Left : body::Side::Right};
    map_->setPattern(pattern);
    const QString best = BodyPainter::bestViewFor(catalogue_.body(), pattern, map_->view());
    if (best != map_->view()) {
        const auto* v = catalogue_.body().view(best.toStdString());
        switchView_->setText(
            tr("Pattern is mostly in the %1 view: show it").arg(QString::fromStdString(v->title).toLower()));
        switchView_->setProperty("view", best);
        switchView_->show();
    } else {
        switchView_->hide();
    }
}

CataloguePage* MainWindow::cataloguePage()
{
    if (!cataloguePage_) {
        cataloguePage_ = new CataloguePage(catalogue_, catalogueTab_);
        catalogueTab_->layout()->addWidget(cataloguePage_);
        QSettings settings;
        if (auto* s = cataloguePage_->findChild<QSplitter*>("catalogueSplitter"); s && restoreSplitters_)
            s->restoreState(settings.value("window/catalogueSplitter").toByteArray());
    }
    return cataloguePage_;
}

JournalPage* MainWindow::journalPage()
{
    if (!journalPage_) {
        journalPage_ = new JournalPage(*journalSession_, journalTab_);
        journalTab_->layout()->addWidget(journalPage_);
        connect(journalPage_, &JournalPage::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    }
    return journalPage_;
}

void MainWindow::showCatalogueTab()
{
    tabs_->setCurrentWidget(catalogueTab_);
}

void MainWindow::showJournalTab()
{
    tabs_->setCurrentWidget(journalTab_);
}

void MainWindow::saveToJournal()
{
    if (drawing_->spots().isEmpty()) {
        statusBar()->showMessage(tr("Mark where it hurts first, then save the drawing to your journal."), 6000);
        return;
    }
    journalPage()->newNoteFrom(*drawing_);
}

void MainWindow::openMuscle(const QString& id)
{
    if (id.isEmpty())
        return;
    showCatalogueTab();
    cataloguePage()->showMuscle(id);
}

void MainWindow::showGuide()
{
    showCatalogueTab();
    cataloguePage()->browser()->showGuide();
}

void MainWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<table>"
                   "<tr><td><b>Ctrl+1 ... Ctrl+5</b></td><td>Front, back, right side, left side, soles</td></tr>"
                   "<tr><td><b>Ctrl+M</b></td><td>Focus the body map</td></tr>"
                   "<tr><td><b>Arrow keys</b></td><td>Move between regions on the map</td></tr>"
                   "<tr><td><b>Space / Enter</b></td><td>Mark or unmark the region as painful</td></tr>"
                   "<tr><td><b>Page Up / Page Down</b></td><td>Previous / next view</td></tr>"
                   "<tr><td><b>+ / - / 0</b></td><td>Zoom the map in, out, reset (also the mouse wheel)</td></tr>"
                   "<tr><td><b>Ctrl+L</b></td><td>Focus the likely sources; Enter opens the entry</td></tr>"
                   "<tr><td><b>Ctrl+F</b></td><td>Find a muscle in the catalogue</td></tr>"
                   "<tr><td><b>Ctrl+S</b></td><td>Save the drawing to your journal</td></tr>"
                   "<tr><td><b>Ctrl+N</b></td><td>New journal note</td></tr>"
                   "<tr><td><b>Alt+W / Alt+C / Alt+J</b></td><td>Where it hurts, Catalogue, Journal tabs</td></tr>"
                   "<tr><td><b>Alt+Left / Alt+Right</b></td><td>Back / forward in the catalogue</td></tr>"
                   "<tr><td><b>F1</b></td><td>Guide to trigger points</td></tr>"
                   "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr></table>"));
    box.exec();
}

void MainWindow::showAbout()
{
    QString sources;
    for (const auto& s : catalogue_.data().sources)
        sources += "<li>" + QString::fromStdString(s.citation).toHtmlEscaped() + "</li>";
    QMessageBox::about(this, tr("About Trigger Map"),
        tr("<h3>Trigger Map %1</h3><p>Click where it hurts to find the myofascial trigger points that may cause "
           "it, and learn to release them safely.</p><p>%2</p><p>Catalogue: %3 muscles, %4 trigger points, written "
           "in our own words from:</p><ul>%5</ul><p>Licence: MIT. Private and offline: nothing leaves your "
           "computer.</p>")
            .arg(QApplication::applicationVersion(), selfCareNotice().toHtmlEscaped())
            .arg(catalogue_.muscles().size())
            .arg(catalogue_.triggerPoints().size())
            .arg(sources));
}

void MainWindow::showFirstRunNoticeIfNeeded()
{
    QSettings settings;
    if (settings.value("notice/shown", false).toBool())
        return;
    // Window-modal and opened from the event loop: it never blocks start-up, and the app stays responsive.
    auto* box
        = new QMessageBox(QMessageBox::Information, tr("Before you start"), selfCareNotice(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [] { QSettings().setValue("notice/shown", true); });
    QTimer::singleShot(0, box, [box] { box->open(); });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains("window/geometry"))
        restoreGeometry(settings.value("window/geometry").toByteArray());
    if (settings.contains("window/whereSplitter"))
        whereSplitter_->restoreState(settings.value("window/whereSplitter").toByteArray());
    restoreSplitters_ = settings.contains("window/catalogueSplitter");
    setView(settings.value("map/view", "front").toString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/whereSplitter", whereSplitter_->saveState());
    if (auto* s = cataloguePage_ ? cataloguePage_->findChild<QSplitter*>("catalogueSplitter") : nullptr)
        settings.setValue("window/catalogueSplitter", s->saveState());
    settings.setValue("map/view", map_->view());
    event->accept();
}

QString MainWindow::applyOptions(const AppOptions& options)
{
    if (!options.screenshot.isEmpty()) {
        // Rendering offscreen: nobody can answer a message box, so a journal problem goes to stderr instead.
        journalSession_->setInteractive(false);
        connect(journalSession_, &JournalSession::error, this,
            [](const QString& message) { std::fprintf(stderr, "trigger-map: %s\n", qPrintable(message)); });
    }
    if (!options.view.isEmpty()) {
        if (!catalogue_.body().view(options.view.toStdString()))
            return tr("--view \"%1\": use front, back, side, side-left or soles").arg(options.view);
        setView(options.view);
    }
    for (const auto& text : options.select) {
        try {
            const auto spot = match::parseSpot(catalogue_.body(), text.trimmed().toStdString());
            drawing_->add(QString::fromStdString(spot.instance), spot.intensity);
        } catch (const std::invalid_argument& e) {
            return QString("--select: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    QStringList symptoms = drawing_->symptoms();
    for (const auto& word : options.symptoms) {
        const auto found = catalogue_.findSymptoms(word.toStdString());
        if (found.empty())
            return tr("--symptom \"%1\": unknown symptom").arg(word);
        for (const auto* s : found)
            if (!symptoms.contains(QString::fromStdString(s->id)))
                symptoms << QString::fromStdString(s->id);
    }
    drawing_->setSymptoms(symptoms);
    if (options.result > 0) {
        if (options.result > resultsModel_->rowCount())
            return tr("--result %1: there are only %2 results").arg(options.result).arg(resultsModel_->rowCount());
        selectResult(options.result - 1);
    }
    if (!options.muscle.isEmpty()) {
        if (!catalogue_.muscle(options.muscle.toStdString()))
            return tr("--muscle \"%1\": not in the catalogue").arg(options.muscle);
        openMuscle(options.muscle);
    }
    if (options.page == "browser" || options.page == "catalogue")
        showCatalogueTab();
    else if (options.page == "guide")
        showGuide();
    else if (options.page == "journal")
        showJournalTab();
    else if (!options.page.isEmpty() && options.page != "where")
        return tr("--page \"%1\": use where, browser, guide or journal").arg(options.page);
    if (!options.search.isEmpty()) {
        showCatalogueTab();
        cataloguePage()->filter()->setText(options.search);
        const auto ids = cataloguePage()->visibleMuscles();
        if (!ids.isEmpty())
            cataloguePage()->showMuscle(ids.front());
    }
    return {};
}

bool MainWindow::saveScreenshot(const QString& file, QSize size)
{
    resize(size);
    setAttribute(Qt::WA_DontShowOnScreen);
    show();
    QApplication::processEvents();
    const QPixmap pixmap = grab();
    // Like every file the app writes: never over the journal or a backup, private, synced, renamed into place.
    try {
        journal::writeAtomically(
            file.toStdString(),
            [&](const std::string& temporary) {
                if (!pixmap.save(QString::fromStdString(temporary), "PNG"))
                    throw journal::JournalError(file.toStdString() + ": cannot write the screenshot");
            },
            journalSession_->path().toStdString());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-map: %s\n", e.what()); // names the file
        return false;
    }
    return true;
}

} // namespace tmap::app
