// shell/main_window: the window - tabs built on first use, menus, sessions and plans, settings, options, screenshots.
#include "app/shell/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>

#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/drawing_store.h"
#include "app/bodymap/pain_drawing.h"
#include "app/catalogue/catalogue_page.h"
#include "app/catalogue/entry_browser.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/journal_settings_dialog.h"
#include "app/journal/note_editor.h"
#include "app/plans/plans_page.h"
#include "app/plans/plans_panel.h"
#include "app/report/report_writer.h"
#include "app/shell/bench_hooks.h"
#include "app/treat/session_dialog.h"
#include "app/where/last_time_panel.h"
#include "app/where/results_model.h"
#include "app/where/where_page.h"
#include "app/widgets/data_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/exchange.h"
#include "journal/user_files.h"
#include "match/matcher.h"
#include "treat/session.h"

namespace tmap::app {

namespace {

/// Posts its task to the event loop when the watched widget's first paint arrives, then removes itself.
class AfterFirstPaint final : public QObject {
public:
    AfterFirstPaint(QWidget* watched, std::function<void()> task)
        : QObject(watched)
        , task_(std::move(task))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && task_) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, watched, std::move(task_));
            task_ = nullptr;
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> task_;
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
{
    setWindowTitle(tr("Trigger Map"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    wherePage_ = new WherePage(catalogue_, tabs_);
    tabs_->addTab(wherePage_, tr("&Where it hurts"));
    connect(wherePage_, &WherePage::openMuscleRequested, this, &MainWindow::openMuscle);
    connect(wherePage_, &WherePage::saveRequested, this, &MainWindow::saveToJournal);
    // A session started from the results treats the drawing's pain: its note keeps the drawing's places.
    connect(wherePage_, &WherePage::treatRequested, this, [this](const QString& pointId, body::Side side) {
        if (auto* dialog = treat(pointId, side))
            dialog->setKeepsDrawing(true);
    });
    catalogueTab_ = new QWidget(tabs_);
    new QVBoxLayout(catalogueTab_);
    catalogueTab_->layout()->setContentsMargins(0, 0, 0, 0);
    tabs_->addTab(catalogueTab_, tr("&Catalogue"));
    journalSession_ = new JournalSession(catalogue_, journalPath, this);
    journalSession_->setDialogParent(this);
    wherePage_->lastTimePanel()->setJournal(journalSession_);
    connect(wherePage_, &WherePage::treatSeveralRequested, this, [this](const QList<WherePage::PointRef>& points) {
        std::vector<SessionDialog::Point> list;
        for (const auto& p : points)
            if (const auto* point = catalogue_.triggerPoint(p.pointId.toStdString()))
                list.push_back({point, p.side, {}});
        if (auto* dialog = treatPoints(list, {}))
            dialog->setKeepsDrawing(true);
    });
    connect(wherePage_, &WherePage::addToPlanRequested, this, [this](const QList<WherePage::PointRef>& points) {
        QList<PlansPanel::NewStep> steps;
        for (const auto& p : points)
            steps.push_back({p.pointId, p.side});
        addToPlan(steps);
    });
    journalTab_ = new QWidget(tabs_);
    new QVBoxLayout(journalTab_);
    journalTab_->layout()->setContentsMargins(0, 0, 0, 0);
    tabs_->addTab(journalTab_, tr("&Journal"));
    plansTab_ = new QWidget(tabs_);
    new QVBoxLayout(plansTab_);
    plansTab_->layout()->setContentsMargins(0, 0, 0, 0);
    tabs_->addTab(plansTab_, tr("&Plans"));
    setCentralWidget(tabs_);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (tabs_->widget(index) == catalogueTab_)
            cataloguePage();
        else if (tabs_->widget(index) == journalTab_)
            journalPage();
        else if (tabs_->widget(index) == plansTab_)
            plansPage();
    });
    connect(journalSession_, &JournalSession::statusMessage, this,
        [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    buildMenus();
    resize(1280, 800);
    installBenchHooks(wherePage_->bodyMap());
}

MainWindow::~MainWindow() = default;

void MainWindow::afterFirstFrame(std::function<void()> task)
{
    new AfterFirstPaint(wherePage_->bodyMap(), std::move(task));
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
    // An export or the report runs aside with its busy bar and Cancel in the Journal tab: show the tab first.
    file->addAction(tr("Export journal as &JSON..."), this, [this] {
        showJournalTab();
        journalPage()->exportWithDialog(journal::Format::Json);
    });
    file->addAction(tr("Export journal as &CSV..."), this, [this] {
        showJournalTab();
        journalPage()->exportWithDialog(journal::Format::Csv);
    });
    file->addAction(tr("Export journal as a &body map..."), this, [this] {
        showJournalTab();
        journalPage()->exportBodyMapWithDialog();
    });
    file->addAction(tr("&Import into the journal (JSON, CSV or a journal file)..."), this,
        [this] { journalPage()->importWithDialog(); });
    file->addAction(tr("Journal &report (PDF)..."), this, [this] {
        showJournalTab();
        journalPage()->reportWithDialog();
    });
    file->addAction(tr("Journal file and bac&kups..."), this, [this] {
        showJournalTab();
        journalPage()->showSettings();
    });
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    for (const auto& v : WherePage::views()) {
        auto* a = view->addAction(WherePage::tr(v.label).remove('&') + tr(" view"));
        a->setShortcut(QKeySequence(QString::fromLatin1(v.shortcut)));
        const QString id = QString::fromLatin1(v.id);
        connect(a, &QAction::triggered, this, [this, id] {
            tabs_->setCurrentIndex(0);
            wherePage_->setView(id);
        });
    }
    view->addSeparator();
    auto* mapFocus = view->addAction(tr("Focus the &body map"), this, [this] {
        tabs_->setCurrentIndex(0);
        wherePage_->bodyMap()->setFocus();
    });
    mapFocus->setShortcut(QKeySequence(tr("Ctrl+M")));
    auto* resultsFocus = view->addAction(tr("Focus the &likely sources"), this, [this] {
        tabs_->setCurrentIndex(0);
        wherePage_->resultsView()->setFocus();
    });
    resultsFocus->setShortcut(QKeySequence(tr("Ctrl+L")));
    auto* reset = view->addAction(tr("Reset &zoom"), wherePage_->bodyMap(), &BodyMapWidget::resetZoom);
    reset->setShortcut(QKeySequence(tr("Ctrl+0")));
    auto* clear = view->addAction(tr("&Clear the drawing"), wherePage_->drawing(), &PainDrawing::clear);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+Backspace")));

    auto* cat = menuBar()->addMenu(tr("Catalo&gue")); // Alt+C is the Catalogue tab's
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

SessionDialog* MainWindow::sessionDialog() const
{
    return sessionDialog_;
}

SessionDialog* MainWindow::treat(const QString& pointId, body::Side side)
{
    const auto* point = catalogue_.triggerPoint(pointId.toStdString());
    if (!point)
        return nullptr;
    return treatPoints({{point, side, {}}}, {});
}

SessionDialog* MainWindow::treatPoints(std::vector<SessionDialog::Point> points, const QString& title, bool askFirst)
{
    // A point the entry leaves to a clinician is never part of a self-treatment session (a plan saved with one, or a
    // file from elsewhere); the front ends do not offer one.
    QStringList left;
    std::erase_if(points, [&](const SessionDialog::Point& p) {
        if (!p.point || !p.point->clinicianOnly)
            return false;
        left << DataText::pointName(*p.point);
        return true;
    });
    if (!left.isEmpty())
        statusBar()->showMessage(
            tr("Left out, for a clinician only: %1.").arg(QLocale().createSeparatedList(left)), 8000);
    if (points.empty() || (askFirst && !wherePage_->selfCareAllowed()))
        return nullptr;
    if (sessionDialog_)
        sessionDialog_->close();
    sessionDialog_
        = new SessionDialog(catalogue_, points, title, journalSession_, wherePage_->drawing(), sessionTimeScale_, this);
    sessionDialog_->setAttribute(Qt::WA_DeleteOnClose);
    sessionDialog_->show();
    return sessionDialog_;
}

SessionDialog* MainWindow::runPlan(const QString& planId)
{
    if (!journalSession_->ensureOpen())
        return nullptr;
    const auto read = journalSession_->tryRead([&planId](journal::Journal& j) { return j.plan(planId.toStdString()); });
    if (!read || !*read)
        return nullptr;
    const auto& plan = *read;
    std::vector<SessionDialog::Point> points;
    QStringList left; // steps no session presses, said (they went without a word)
    for (const auto& step : plan->steps) {
        if (const auto* point = treat::stepPoint(catalogue_, step)) {
            points.push_back({point, step.side, step.technique});
            continue;
        }
        const auto* named = catalogue_.triggerPoint(step.triggerPoint);
        const auto* muscle = catalogue_.muscle(step.muscle);
        left << (named   ? DataText::pointName(*named)
                : muscle ? DataText::muscleName(*muscle)
                         : QString::fromStdString(step.triggerPoint.empty() ? step.muscle : step.triggerPoint));
    }
    if (points.empty() && left.isEmpty()) {
        statusBar()->showMessage(
            tr("The plan \"%1\" has no points yet.").arg(QString::fromStdString(plan->name)), 8000);
        return nullptr;
    }
    if (!left.isEmpty())
        statusBar()->showMessage(
            tr("Left out of the plan's session (for a clinician only, or not in this catalogue): %1.")
                .arg(QLocale().createSeparatedList(left)),
            8000);
    if (points.empty())
        return nullptr;
    return treatPoints(points, QString::fromStdString(plan->name));
}

QString MainWindow::addToPlan(QList<PlansPanel::NewStep> points)
{
    // Never a point for a clinician only (the front ends do not offer one).
    points.removeIf([this](const PlansPanel::NewStep& s) {
        const auto* point = catalogue_.triggerPoint(s.pointId.toStdString());
        return point && point->clinicianOnly;
    });
    if (points.isEmpty() || !wherePage_->selfCareAllowed()) // the warning's signs first, as for a session
        return {};
    const QString name = PlansPanel::addToPlan(this, *journalSession_, points);
    if (!name.isEmpty())
        statusBar()->showMessage(tr("Added to the plan \"%1\" (Plans tab).").arg(name), 8000);
    return name;
}

CataloguePage* MainWindow::cataloguePage()
{
    if (!cataloguePage_) {
        cataloguePage_ = new CataloguePage(catalogue_, catalogueTab_);
        connect(cataloguePage_->browser(), &EntryBrowser::treatRequested, this,
            [this](const QString& id) { treat(id, body::Side::None); });
        connect(cataloguePage_->browser(), &EntryBrowser::treatMuscleRequested, this, [this](const QString& id) {
            std::vector<SessionDialog::Point> points;
            if (const auto* muscle = catalogue_.muscle(id.toStdString()))
                for (const auto* tp : treat::selfCarePoints(*muscle))
                    points.push_back({tp, body::Side::None, {}});
            treatPoints(points, {});
        });
        connect(cataloguePage_->browser(), &EntryBrowser::addToPlanRequested, this, [this](const QString& id) {
            addToPlan({{id, body::Side::None}});
        });
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
        journalPage_->setReportWriting(&ReportWriter::writeTo);
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

PlansPage* MainWindow::plansPage()
{
    if (!plansPage_) {
        plansPage_ = new PlansPage(*journalSession_, plansTab_);
        connect(plansPage_->panel(), &PlansPanel::runRequested, this, &MainWindow::runPlan);
        plansTab_->layout()->addWidget(plansPage_);
    }
    return plansPage_;
}

void MainWindow::showPlansTab()
{
    tabs_->setCurrentWidget(plansTab_);
}

void MainWindow::showJournalTab()
{
    tabs_->setCurrentWidget(journalTab_);
}

void MainWindow::saveToJournal()
{
    if (wherePage_->drawing()->spots().isEmpty()) {
        statusBar()->showMessage(tr("Mark where it hurts first, then save the drawing to your journal."), 6000);
        return;
    }
    // The note carries the drawing's spots, symptoms and "Narrow it down" answers; the editor shows the answers in
    // words and can forget them.
    journal::Note note = NoteEditor::noteFromDrawing(*wherePage_->drawing());
    // JournalPage::newNoteFrom takes only the drawing, so the editor runs here, as the page runs it.
    JournalPage* page = journalPage();
    if (!journalSession_->ensureOpen())
        return;
    NoteEditor editor(*journalSession_, note, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    page->ensureLoaded();
    if (page->model()->trash())
        page->showTrash(false); // the saved note is among the notes, not in the trash
    if (const int row = page->model()->rowOf(qs(editor.saved().id)); row >= 0)
        page->view()->selectRow(row);
    statusBar()->showMessage(tr("Note saved to the journal."), 8000);
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
                   "<tr><td><b>+ / - / 0</b></td><td>Zoom the map in, out, reset: to the focused region or the pointer "
                   "(also the mouse wheel)</td></tr>"
                   "<tr><td><b>Drag</b></td><td>Move the zoomed map (left, middle or right button)</td></tr>"
                   "<tr><td><b>Ctrl+L</b></td><td>Focus the likely sources; Enter opens the entry</td></tr>"
                   "<tr><td><b>Ctrl+F</b></td><td>Find a muscle in the catalogue</td></tr>"
                   "<tr><td><b>Ctrl+S</b></td><td>Save the drawing to your journal</td></tr>"
                   "<tr><td><b>Ctrl+N</b></td><td>New journal note</td></tr>"
                   "<tr><td><b>Alt+W / Alt+C / Alt+J / Alt+P</b></td>"
                   "<td>Where it hurts, Catalogue, Journal, Plans tabs</td></tr>"
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
    // Never larger than the screen: at 200% a 1920x1080 screen holds 960x540 of the first 1280x800, and a window
    // saved on a larger monitor comes back on a smaller one. (The offscreen platform's screen is a stand-in.)
    if (const QScreen* screen = this->screen(); screen && QGuiApplication::platformName() != "offscreen") {
        const QSize room = screen->availableGeometry().size();
        if (width() > room.width() || height() > room.height())
            resize(size().boundedTo(room));
    }
    if (settings.contains("window/whereSplitter"))
        wherePage_->splitter()->restoreState(settings.value("window/whereSplitter").toByteArray());
    restoreSplitters_ = settings.contains("window/catalogueSplitter");
    wherePage_->setView(settings.value("map/view", "front").toString());
    // The drawing of the last session (or of one that crashed) comes back, and every change is kept from now on.
    auto* store = new DrawingStore(*wherePage_->drawing(), DrawingStore::defaultPath(), this);
    store->restore([this](const QString& instance) { return catalogue_.body().isInstance(instance.toStdString()); });
    connect(store, &DrawingStore::notKept, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The drawing could not be kept for the next start: %1").arg(message), 15000);
    });
    store->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Only what changed is written: a window closed as it was opened leaves the settings file alone (QSettings
    // rewrites and syncs the whole file for any value set, the same or not).
    QSettings settings;
    const auto keep = [&settings](const QString& key, const QVariant& value) {
        if (settings.value(key) != value)
            settings.setValue(key, value);
    };
    keep("window/geometry", saveGeometry());
    keep("window/whereSplitter", wherePage_->splitter()->saveState());
    if (auto* s = cataloguePage_ ? cataloguePage_->findChild<QSplitter*>("catalogueSplitter") : nullptr)
        keep("window/catalogueSplitter", s->saveState());
    keep("map/view", wherePage_->bodyMap()->view());
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
        wherePage_->setView(options.view);
    }
    auto* drawing = wherePage_->drawing();
    for (const auto& text : options.select) {
        try {
            for (const auto& spot : match::parseSpots(catalogue_.body(), text.trimmed().toStdString()))
                drawing->add(QString::fromStdString(spot.instance), spot.intensity);
        } catch (const std::invalid_argument& e) {
            return QString("--select: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    // Without --view, the map turns to a view that shows the drawing (back pain on the back view), unless the view
    // it opened on already shows one of its spots.
    if (options.view.isEmpty() && !drawing->spots().isEmpty()) {
        const auto& body = catalogue_.body();
        const std::string current = wherePage_->bodyMap()->view().toStdString();
        std::string first;
        bool shown = false;
        for (const auto& spot : drawing->spots()) {
            const auto views = body.viewsOf(spot.instance.toStdString());
            if (first.empty() && !views.empty())
                first = views.front();
            shown = shown || std::find(views.begin(), views.end(), current) != views.end();
        }
        if (!shown && !first.empty())
            wherePage_->setView(QString::fromStdString(first));
    }
    QStringList symptoms = drawing->symptoms();
    for (const auto& word : options.symptoms) {
        const auto found = catalogue_.findSymptoms(word.toStdString());
        if (found.empty()) {
            QStringList near;
            for (const auto* s : catalogue_.symptomsSpelledNearly(word.toStdString()))
                near << QString::fromStdString(s->id);
            return near.isEmpty()
                ? tr("--symptom \"%1\": unknown symptom").arg(word)
                : tr("--symptom \"%1\": unknown symptom (did you mean: %2?)").arg(word, near.join(", "));
        }
        for (const auto* s : found)
            if (!symptoms.contains(QString::fromStdString(s->id)))
                symptoms << QString::fromStdString(s->id);
    }
    drawing->setSymptoms(symptoms);
    if (options.result > 0) {
        const int count = wherePage_->results()->rowCount();
        if (options.result > count)
            return tr("--result %1: there are only %2 results").arg(options.result).arg(count);
        wherePage_->selectResult(options.result - 1);
    }
    if (!options.muscle.isEmpty()) {
        if (!catalogue_.muscle(options.muscle.toStdString()))
            return tr("--muscle \"%1\": not in the catalogue").arg(options.muscle);
        openMuscle(options.muscle);
    }
    if (options.sessionTimeScale > 0)
        setSessionTimeScale(options.sessionTimeScale);
    if (!options.treat.isEmpty()) {
        // TRIGGER-POINT[:SIDE], several separated by commas: one session of them all.
        std::vector<SessionDialog::Point> points;
        for (const auto& one : options.treat.split(',')) {
            const auto parts = one.split(':');
            const auto side
                = parts.size() < 2 ? std::optional(body::Side::None) : body::parseSide(parts[1].toStdString());
            const auto* point = catalogue_.triggerPoint(parts[0].toStdString());
            if (!side || !point)
                return tr("--treat \"%1\": expected TRIGGER-POINT[:left|right][,...]").arg(options.treat);
            points.push_back({point, *side, {}});
        }
        auto* dialog = treatPoints(points, {}, false);
        if (!dialog) // every point one for a clinician only: no session opens (it crashed here)
            return tr("--treat \"%1\": no guided session opens for it (a point for a clinician only)")
                .arg(options.treat);
        const bool press = options.treatStep == "get-ready" || options.treatStep == "hold"
            || options.treatStep == "after" || options.treatStep == "next";
        if (press) {
            if (auto* yes = dialog->findChild<QAbstractButton*>("pressYes"))
                yes->setChecked(true);
            const auto& plan = dialog->session().plan();
            if (options.treatStep == "next")
                dialog->painBeforeBox()->setValue(6);
            dialog->startSession();
            if (options.treatStep == "get-ready")
                dialog->fastForward(plan.getReadyMs * 2 / 5);
            else if (options.treatStep == "hold")
                dialog->fastForward(plan.getReadyMs + plan.holdMs / 3);
            else
                dialog->fastForward(3'600'000);
            // The first point done (6 -> 4): the next one's start. Never the last point: that would save a note.
            if (options.treatStep == "next" && !dialog->routine().last()) {
                dialog->painAfterBox()->setValue(4);
                dialog->finishSession();
            }
        } else if (!options.treatStep.isEmpty() && options.treatStep != "before") {
            return tr("--treat-step \"%1\": use before, get-ready, hold, after or next").arg(options.treatStep);
        }
    }
    if (options.noteEditor) {
        noteEditor_ = new NoteEditor(*journalSession_, NoteEditor::noteFromDrawing(*drawing), this);
        noteEditor_->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (options.page == "browser" || options.page == "catalogue")
        showCatalogueTab();
    else if (options.page == "guide")
        showGuide();
    else if (options.page == "journal")
        showJournalTab();
    else if (options.page == "plans")
        showPlansTab();
    else if (options.page == "journal-trash") {
        showJournalTab();
        journalPage()->showTrash(true);
    } else if (options.page == "journal-settings") {
        showJournalTab();
        settingsDialog_ = new JournalSettingsDialog(*journalSession_, this);
    } else if (!options.page.isEmpty() && options.page != "where")
        return tr("--page \"%1\": use where, browser, guide, journal, plans, journal-trash or journal-settings")
            .arg(options.page);
    if (!options.search.isEmpty()) {
        showCatalogueTab();
        cataloguePage()->filter()->setText(options.search);
        cataloguePage()->openBestMatch();
    }
    return {};
}

bool MainWindow::saveScreenshot(const QString& file, QSize size, journal::Existing existing)
{
    // --treat, --note-editor, --page journal-settings: the dialog is the picture.
    QWidget* shown = sessionDialog_ ? static_cast<QWidget*>(sessionDialog_.data())
        : noteEditor_               ? static_cast<QWidget*>(noteEditor_.data())
        : settingsDialog_           ? static_cast<QWidget*>(settingsDialog_.data())
                                    : this;
    wherePage_->ensureSymptoms(); // filled after the first frame otherwise, which a picture does not wait for
    shown->resize(size);
    shown->setAttribute(Qt::WA_DontShowOnScreen);
    shown->show();
    // The Journal tab opens its journal and reads the figures below its notes in the background; the picture
    // waits for both.
    if (shown == this && journalPage_ && tabs_->currentWidget() == journalTab_) {
        journalPage_->ensureLoaded();
        if (journalPage_->figuresPending()) {
            QEventLoop loop;
            connect(journalPage_, &JournalPage::figuresShown, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    // "Last time it hurt here" reads the journal's notes in the background: the picture waits for them.
    if (shown == this && wherePage_->lastTimePanel()->reading()) {
        QEventLoop loop;
        connect(wherePage_->lastTimePanel(), &LastTimePanel::notesRead, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // The Plans tab lists the plans once its journal is open (opening it in the background): the picture waits.
    if (shown == this && plansPage_ && tabs_->currentWidget() == plansTab_)
        plansPage_->load();
    // A word-wrapped label finds its height only once its width is known, and its parents' layouts follow one
    // posted layout request per level: a few rounds, or the grab shows it squeezed.
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
    const QPixmap pixmap = shown->grab();
    // Like every file the app writes: never over the journal or a backup, private, synced, renamed into place.
    try {
        journal::writeAtomically(
            file.toStdString(),
            [&](const std::string& temporary) {
                if (!pixmap.save(QString::fromStdString(temporary), "PNG"))
                    throw journal::JournalError(file.toStdString() + ": cannot write the screenshot");
            },
            journalSession_->path().toStdString(), existing);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-map: %s\n", e.what()); // names the file
        return false;
    }
    return true;
}

} // namespace tmap::app
