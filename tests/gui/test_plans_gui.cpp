// Sessions of several points, plans and "Last time": the Where page's selection runs one session and leaves one
// note; a plan made in the Journal tab, filled by "Add to plan", reordered and run; a past note's drawing that
// overlaps today's shows what was tried then. The rules are the core's (test_routine, test_plans, test_last_time).
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include "../support/catalogue_fixture.h"
#include "../support/shot_settings.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/plans/plans_page.h"
#include "app/plans/plans_panel.h"
#include "app/shell/main_window.h"
#include "app/treat/session_dialog.h"
#include "app/where/last_time_panel.h"
#include "app/where/results_model.h"
#include "app/where/where_page.h"
#include "app/widgets/data_text.h"
#include "app/widgets/roles.h"
#include "catalogue/catalogue.h"
#include "db/database.h"
#include "journal/journal.h"
#include "treat/session.h"

using namespace tmap;
using namespace tmap::app;

namespace {

std::unique_ptr<journal::Journal> openQuietly(const QString& path)
{
    journal::OpenOptions options;
    options.dailyBackup = false;
    return journal::Journal::open(path.toStdString(), options);
}

/// Runs the dialog's current point to its after-rating and rates it.
void runPoint(SessionDialog* dialog, int after)
{
    // Start until started: while the safety text runs on below the fold, Start first shows its rest.
    for (int i = 0; i < 30 && dialog->session().phase() == treat::Phase::Before; ++i) {
        dialog->startButton()->click();
        QApplication::processEvents();
    }
    REQUIRE(QTest::qWaitFor([&] { return dialog->session().phase() == treat::Phase::After; }, 10000));
    dialog->painAfterBox()->setValue(after);
    dialog->finishButton()->click();
}

/// Answers the next input dialog (getItem or getText) with `value`.
void answerNextInputDialog(const QString& value)
{
    QTimer::singleShot(0, [value] {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(input);
        input->setTextValue(value);
        input->accept();
    });
}

/// The interface in German while it lives (for a loop over both languages).
struct InGerman {
    QTranslator translator;
    InGerman()
    {
        REQUIRE(translator.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
        QCoreApplication::installTranslator(&translator);
    }
    ~InGerman() { QCoreApplication::removeTranslator(&translator); }
    Q_DISABLE_COPY_MOVE(InGerman)
};

/// A Plans panel over a journal of its own that holds one plan, "Neck", of `steps`.
struct OnePlan {
    QTemporaryDir dir;
    JournalSession session {builtCatalogue(), dir.filePath("journal.sqlite")};
    std::unique_ptr<PlansPanel> panel;
    explicit OnePlan(const std::vector<journal::PlanStep>& steps)
    {
        session.setInteractive(false);
        panel = std::make_unique<PlansPanel>(session);
        REQUIRE(panel->makePlan("Neck"));
        REQUIRE(session.write("test", [&](journal::Journal& j) {
            auto plan = j.plans().front();
            plan.steps.insert(plan.steps.end(), steps.begin(), steps.end());
            j.savePlan(plan);
        }));
    }
};

} // namespace

TEST_CASE("plans gui: two results selected run as one session, '2 of 2', one note", "[gui][plans]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    MainWindow window(builtCatalogue(), path);
    window.setSessionTimeScale(0.002);
    auto* where = window.wherePage();
    where->drawing()->add("neck.side:right", 7);
    REQUIRE(where->results()->rowCount() > 1);
    auto* view = where->resultsView();
    view->selectionModel()->select(where->results()->index(0), QItemSelectionModel::Select);
    view->selectionModel()->select(where->results()->index(1), QItemSelectionModel::Select);
    REQUIRE(where->selectedPoints().size() == 2);
    CHECK(where->treatButton()->text().contains("2"));
    where->treatButton()->click();
    auto* dialog = window.sessionDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->routine().count() == 2);
    CHECK(dialog->progressLabel()->text().startsWith("Point 1 of 2"));
    CHECK(dialog->painBeforeBox()->value() == 7);
    runPoint(dialog, 5);
    CHECK(dialog->routine().index() == 1);
    CHECK(dialog->progressLabel()->text().startsWith("Point 2 of 2"));
    CHECK(dialog->painBeforeBox()->value() == 5); // where the first point left it
    runPoint(dialog, 3);
    CHECK(dialog->routine().finished());
    REQUIRE_FALSE(dialog->savedNoteId().isEmpty());
    const auto notes = openQuietly(path)->list({});
    REQUIRE(notes.size() == 1);
    REQUIRE(notes[0].treatments.size() == 2);
    CHECK(notes[0].treatments[0].triggerPoint == where->selectedPoints()[0].pointId.toStdString());
    CHECK(notes[0].treatments[1].before == 5);
    CHECK(notes[0].treatments[1].after == 3);
    CHECK(std::find(notes[0].tags.begin(), notes[0].tags.end(), "points:2") != notes[0].tags.end());
    // Started from the drawing's results: the note keeps the drawing's place ("Last time" finds it there).
    REQUIRE(notes[0].spots.size() == 1);
    CHECK(notes[0].spots[0].region == "neck.side:right");
}

TEST_CASE("plans gui: make, add to from a result, reorder, rename, run and delete a plan", "[gui][plans]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    MainWindow window(builtCatalogue(), path);
    window.setSessionTimeScale(0.002);
    auto* session = window.findChild<JournalSession*>();
    REQUIRE(session);
    session->setInteractive(false); // a refusal is told through lastError(), not a message box
    window.showPlansTab();
    CHECK(window.tabs()->currentWidget()->findChild<PlansPage*>() == window.plansPage());
    auto* panel = window.plansPage()->panel();
    REQUIRE(panel);
    REQUIRE(panel->makePlan("Desk neck routine"));
    CHECK_FALSE(panel->makePlan("desk NECK routine")); // the name is taken (told, not saved)
    CHECK(session->lastError().contains("already a plan called"));
    REQUIRE(panel->tree()->topLevelItemCount() == 1);

    // "Add to plan" on two results: the plan chosen in the dialog gets both, in the list's order.
    auto* where = window.wherePage();
    where->drawing()->add("neck.side:right", 6);
    auto* view = where->resultsView();
    view->selectionModel()->select(where->results()->index(0), QItemSelectionModel::Select);
    view->selectionModel()->select(where->results()->index(1), QItemSelectionModel::Select);
    const auto chosen = where->selectedPoints();
    answerNextInputDialog("Desk neck routine");
    where->addToPlanButton()->click();
    auto plans = window.plansPage()->panel()->tree();
    REQUIRE(plans->topLevelItemCount() == 1);
    REQUIRE(plans->topLevelItem(0)->childCount() == 2);
    auto stored = openQuietly(path)->plans();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].steps[0].triggerPoint == chosen[0].pointId.toStdString());

    // Move the second step up; rename; the journal has it.
    plans->setCurrentItem(plans->topLevelItem(0)->child(1));
    panel->moveSelected(-1);
    stored = openQuietly(path)->plans();
    CHECK(stored[0].steps[0].triggerPoint == chosen[1].pointId.toStdString());
    REQUIRE(panel->renamePlan(QString::fromStdString(stored[0].id), "Neck, morning"));
    CHECK(openQuietly(path)->plans()[0].name == "Neck, morning");

    // A step's side and technique change in a dialog ("Rename..." is "Change step..." on a step).
    plans->setCurrentItem(plans->topLevelItem(0)->child(1));
    auto* change = panel->findChild<QPushButton*>("renamePlan");
    REQUIRE(change);
    CHECK(change->text().remove('&') == "Change step...");
    const auto* muscle = builtCatalogue().muscle(stored[0].steps[1].muscle);
    REQUIRE(muscle->techniques.size() > 1);
    const auto before = openQuietly(path)->plans()[0].steps[1];
    QTimer::singleShot(0, [] {
        auto* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        const auto boxes = dialog->findChildren<QComboBox*>();
        REQUIRE(boxes.size() == 2);
        boxes[0]->setCurrentIndex(boxes[0]->findText("Left side"));
        boxes[1]->setCurrentIndex(1);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    change->click();
    auto changed = openQuietly(path)->plans()[0].steps[1];
    CHECK(changed.triggerPoint == before.triggerPoint);
    CHECK(changed.side == body::Side::Left);
    CHECK(changed.technique == muscle->techniques[1].name);
    CHECK(plans->currentItem() == plans->topLevelItem(0)->child(1));
    CHECK(plans->currentItem()->text(0).contains("Left: "));
    // Back to the entry's own technique: stored as none, so the step follows the entry.
    REQUIRE(panel->changeStep(QString::fromStdString(stored[0].id), 1, body::Side::Right, {}));
    changed = openQuietly(path)->plans()[0].steps[1];
    CHECK(changed.side == body::Side::Right);
    CHECK(changed.technique.empty());
    CHECK_FALSE(panel->changeStep(QString::fromStdString(stored[0].id), 7, body::Side::Right, {}));
    plans->setCurrentItem(plans->topLevelItem(0));
    CHECK(change->text().remove('&') == "Rename...");

    // Another program (tpmap) puts a step first while the tab shows the plan: step 2 of the list is now another
    // step, so an edit by its number is refused, nothing changes, and the list shows the plan as it is.
    const std::string planId = stored[0].id;
    REQUIRE(openQuietly(path)->editPlan(planId, [](journal::Plan& plan) {
        plan.steps.insert(plan.steps.begin(), {"masseter", "masseter-1", body::Side::Left, ""});
    }));
    const auto theirs = openQuietly(path)->plans()[0].steps;
    CHECK_FALSE(panel->changeStep(QString::fromStdString(planId), 1, body::Side::Left, {}));
    CHECK(session->lastError().contains("changed meanwhile"));
    CHECK(openQuietly(path)->plans()[0].steps == theirs);
    REQUIRE(plans->topLevelItem(0)->childCount() == 3);
    plans->setCurrentItem(plans->topLevelItem(0)->child(0));
    panel->deleteSelected(false); // the list is current again: this removes the step it shows
    CHECK(openQuietly(path)->plans()[0].steps.size() == 2);
    CHECK(openQuietly(path)->plans()[0].steps[0] == theirs[1]);
    plans->setCurrentItem(plans->topLevelItem(0));

    // Beside the list: the plan's steps with their techniques and how long the holds take; a step's page as the
    // session shows it, "Before you press" first.
    const QString overview = window.plansPage()->details()->toPlainText();
    CHECK(overview.contains("Neck, morning"));
    CHECK(overview.contains("2 steps"));
    CHECK(overview.contains(" min"));
    CHECK(overview.contains(", right side"));
    plans->setCurrentItem(plans->topLevelItem(0)->child(0));
    const QString page = window.plansPage()->details()->toPlainText();
    CHECK(page.startsWith("Step 1: "));
    CHECK(page.contains("Before you press"));
    CHECK(page.indexOf("Before you press") < page.indexOf("Where to press:"));

    // Run: one session of the plan's points, named after it. The plan's page says how long the clock's part takes.
    plans->setCurrentItem(plans->topLevelItem(0));
    CHECK(window.plansPage()->details()->toPlainText().contains(
        "2 steps; their timed holds, with the pauses to get ready, take about"));
    panel->findChild<QPushButton*>("runPlan")->click();
    auto* dialog = window.sessionDialog();
    REQUIRE(dialog);
    CHECK(dialog->routine().count() == 2);
    CHECK(dialog->windowTitle().startsWith("Neck, morning"));
    CHECK(dialog->session().plan().point->id == chosen[1].pointId.toStdString());
    // A plan's session is not the drawing's: its note does not take the drawing's places (the drawing of the moment
    // may be days old).
    runPoint(dialog, 4);
    runPoint(dialog, 2);
    REQUIRE_FALSE(dialog->savedNoteId().isEmpty());
    const auto planNote = openQuietly(path)->get(dialog->savedNoteId().toStdString());
    REQUIRE(planNote);
    CHECK(planNote->spots.empty());
    CHECK(planNote->treatments.size() == 2);
    dialog->close();

    plans->setCurrentItem(plans->topLevelItem(0));
    panel->deleteSelected(false);
    CHECK(openQuietly(path)->plans().empty());
}

TEST_CASE("plans gui: a plan that cannot be read is told, and the app goes on", "[gui][plans]")
{
    // Reads in the Plans tab's slots (rename, a step's edit, Add to plan, running a plan) let a damaged journal's
    // error out into Qt's event loop, which ends the app (std::terminate), a session in progress with it.
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    MainWindow window(builtCatalogue(), path);
    auto* session = window.findChild<JournalSession*>();
    REQUIRE(session);
    session->setInteractive(false);
    window.showPlansTab();
    auto* panel = window.plansPage()->panel();
    REQUIRE(panel->makePlan("Desk neck routine"));
    REQUIRE(panel->tree()->topLevelItemCount() == 1);
    const QString id = panel->tree()->topLevelItem(0)->data(0, tmap::app::PlanIdRole).toString();
    tmap::db::Database(path.toStdString(), tmap::db::Database::Mode::ReadWrite).exec("DROP TABLE plan_step");
    CHECK_NOTHROW(window.runPlan(id));
    CHECK(window.runPlan(id) == nullptr);
    CHECK(session->lastError().contains(path));
    CHECK_NOTHROW(panel->makePlan("Another"));
    CHECK_NOTHROW(panel->refresh());
}

TEST_CASE("plans gui: running a plan says which steps no session presses", "[gui][plans]")
{
    // A step whose point a catalogue update left to a clinician was dropped from the plan's session without a word.
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    MainWindow window(builtCatalogue(), path);
    window.setSessionTimeScale(0.002);
    auto* session = window.findChild<JournalSession*>();
    REQUIRE(session);
    session->setInteractive(false);
    window.showPlansTab();
    auto* panel = window.plansPage()->panel();
    REQUIRE(panel->makePlan("Groin"));
    const QString id = panel->tree()->topLevelItem(0)->data(0, tmap::app::PlanIdRole).toString();
    REQUIRE(session->write("test", [&](journal::Journal& j) {
        auto plan = *j.plan(id.toStdString());
        plan.steps.push_back({"adductor-longus", "adductor-longus-1", body::Side::Left, ""});
        j.savePlan(plan);
    }));
    {
        tmap::db::Database raw(path.toStdString(), tmap::db::Database::Mode::ReadWrite);
        raw.exec("INSERT INTO plan_step (pid, ordinal, muscle, trigger_point, side, technique) "
                 "SELECT pid, 1, 'pectineus', 'pectineus-1', 'left', '' FROM plan");
    }
    auto* dialog = window.runPlan(id);
    REQUIRE(dialog);
    CHECK(dialog->routine().count() == 1);
    const QString said = window.statusBar()->currentMessage();
    INFO(said.toStdString());
    CHECK(said.contains("Left out"));
    CHECK(said.contains(DataText::pointName(*builtCatalogue().triggerPoint("pectineus-1"))));
}

TEST_CASE("plans gui: a journal that cannot be read is said in Last time, not hidden", "[gui][plans][last-time]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    {
        QFile damaged(path); // not SQLite at all: the app has not opened it yet, and the panel reads it as it is
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, 'x'));
    }
    MainWindow window(builtCatalogue(), path);
    window.resize(1280, 800);
    window.show();
    auto* panel = window.wherePage()->lastTimePanel();
    REQUIRE(panel);
    window.wherePage()->drawing()->add("neck.side:right", 6);
    REQUIRE(QTest::qWaitFor([panel] { return !panel->reading(); }, 5000));
    CHECK(panel->isVisible());
    CHECK(panel->textLabel()->text().contains("could not be read"));
    CHECK(panel->textLabel()->text().contains(path.toHtmlEscaped()));
}

TEST_CASE("plans gui: the Where page shows what was tried last time it hurt there", "[gui][plans][last-time]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    {
        auto j = openQuietly(path);
        journal::Note past;
        past.when = "2026-01-10T09:00:00+01:00";
        past.spots = {{"neck.side:right", 7, journal::Quality::Aching}};
        past.treatments = {{"upper-trapezius", "upper-trapezius-1", "Ball against the wall", 5, 7, 3}};
        past.answers = {{"press:upper-trapezius-1:right", journal::Reply::Yes}};
        j->save(past);
        journal::Note elsewhere;
        elsewhere.when = "2026-01-12T09:00:00+01:00";
        elsewhere.spots = {{"knee.front:left", 4, journal::Quality::None}};
        elsewhere.treatments = {{"vastus-medialis", "", "Foam roller", 5, 4, 1}};
        j->save(elsewhere);
    }
    MainWindow window(builtCatalogue(), path);
    window.resize(1280, 800);
    window.show();
    auto* panel = window.wherePage()->lastTimePanel();
    REQUIRE(panel);
    CHECK(panel->isHidden());
    window.wherePage()->drawing()->add("neck.side:right", 6);
    // The notes are read off the UI thread (every note of a large journal took a second on each save).
    CHECK(panel->reading());
    REQUIRE(QTest::qWaitFor([panel] { return !panel->reading(); }, 5000));
    CHECK(panel->isVisible());
    const QString text = panel->textLabel()->text();
    CHECK(text.contains("Ball against the wall"));
    CHECK(text.contains("(1 session with both ratings)"));
    CHECK(text.contains("Right after: pain 4 lower")); // 7 -> 3: a whole number, not "4.0"
    CHECK(text.contains("Tried once"));
    CHECK_FALSE(text.contains("Foam roller"));
    // The press test answered that day ("Narrow it down"), kept with the note.
    CHECK(text.contains("Press tests on those days"));
    CHECK(text.contains("brought on your pain on 1 day"));
    window.wherePage()->drawing()->toggle("neck.side:right");
    CHECK(panel->isHidden());
}

TEST_CASE("plans gui: in a small window a line under the results says Last time is there and Show jumps to it",
    "[gui][plans][last-time]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    {
        auto j = openQuietly(path);
        for (const char* day : {"2026-01-10", "2026-01-20"}) {
            journal::Note past;
            past.when = std::string(day) + "T09:00:00+01:00";
            past.spots = {{"neck.side:right", 7, journal::Quality::Aching}};
            past.treatments = {{"upper-trapezius", "upper-trapezius-1", "Ball against the wall", 5, 7, 3}};
            j->save(past);
        }
    }
    for (const bool german : {false, true}) {
        INFO((german ? "German" : "English"));
        std::unique_ptr<InGerman> language;
        if (german)
            language = std::make_unique<InGerman>();
        MainWindow window(builtCatalogue(), path);
        // Short enough that the panel lies below the results (at 1024x640 it now shows: the results' buttons
        // moved out of the scrolling panel).
        window.resize(1024, 560);
        window.show();
        auto* page = window.wherePage();
        auto* panel = page->lastTimePanel();
        QWidget* summary = panel->summary();
        auto* scroll = window.findChild<QScrollArea*>("whereSideScroll");
        REQUIRE(scroll);
        // A place never noted before: nothing to say, no line.
        page->drawing()->add("knee.front:left", 4);
        REQUIRE(QTest::qWaitFor([panel] { return !panel->reading(); }, 5000));
        QApplication::processEvents();
        CHECK(summary->isHidden());

        page->drawing()->add("neck.side:right", 6);
        QApplication::processEvents();
        REQUIRE(summary->isVisible());
        CHECK(panel->summaryLabel()->text().contains(german ? "2 frühere Tage" : "2 earlier days"));
        CHECK(panel->summaryLabel()->text().contains(german ? "1 Behandlung versucht" : "1 treatment tried"));
        // Seen without scrolling, while the panel itself is below the fold.
        scroll->verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        auto inView = [scroll](QWidget* w, int height) {
            const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), QSize(w->width(), height));
            return scroll->viewport()->rect().contains(r);
        };
        CHECK(inView(summary, summary->height()));
        CHECK_FALSE(inView(panel, 40));

        // Keyboard: Tab reaches "Show" just before the results; Space on it brings the panel's top into view and
        // the focus to its text.
        QWidget* next = panel->showButton()->nextInFocusChain();
        while (next && !((next->focusPolicy() & Qt::TabFocus) && next->isVisible()))
            next = next->nextInFocusChain();
        CHECK(next == page->resultsView());
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        panel->showButton()->setFocus();
        QTest::keyClick(panel->showButton(), Qt::Key_Space);
        QApplication::processEvents();
        CHECK(inView(panel, 40));
        CHECK(panel->textLabel()->hasFocus());

        // A window tall enough for the whole panel shows it without the line that points to it.
        window.resize(1920, 1200);
        scroll->verticalScrollBar()->setValue(0);
        CHECK(QTest::qWaitFor([&] { return summary->isHidden(); }, 2000));
        CHECK(inView(panel, panel->height()));
        window.resize(1024, 560);
        CHECK(QTest::qWaitFor([&] { return summary->isVisible(); }, 2000));

        page->drawing()->toggle("neck.side:right");
        QApplication::processEvents();
        CHECK(summary->isHidden());
        CHECK(panel->isHidden());
    }
}

TEST_CASE(
    "plans gui: pictures of the Plans tab with a step chosen and of the change-step dialog for review", "[.][shot]")
{
    const tmap::test::ShotSettings settings; // TM_SHOT_DIR, TM_SHOT_LANGUAGE, TM_SHOT_DARK
    QTemporaryDir dir;
    JournalSession session(builtCatalogue(), dir.filePath("journal.sqlite"));
    session.setInteractive(false);
    PlansPage plansPage(session);
    auto& panel = *plansPage.panel();
    REQUIRE(panel.makePlan("Desk neck routine"));
    REQUIRE(session.write("test", [](journal::Journal& j) {
        auto plan = j.plans().front();
        plan.steps.push_back({"upper-trapezius", "upper-trapezius-1", body::Side::Right, {}});
        j.savePlan(plan);
    }));
    panel.tree()->setCurrentItem(panel.tree()->topLevelItem(0)->child(0));
    const QString suffix
        = (settings.language.isEmpty() ? QString() : "-" + settings.language) + (settings.dark ? "-dark" : "");
    plansPage.resize(1024, 600);
    plansPage.show();
    QApplication::processEvents();
    plansPage.grab().save(QString("%1/plans-step%2-1024.png").arg(settings.out, suffix));
    const QString name = "plan-change-step" + suffix;
    QTimer::singleShot(0, [&] {
        auto* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        QApplication::processEvents();
        dialog->grab().save(QString("%1/%2.png").arg(settings.out, name));
        dialog->close();
    });
    panel.editSelectedStep();
}

TEST_CASE("plans gui: a step's technique the entry no longer lists is said in the change dialog", "[gui][plans]")
{
    // The dialog put the entry's first technique in its place without a word: a change of side alone replaced it.
    OnePlan one({{"levator-scapulae", "levator-scapulae-1", body::Side::Right, {}}});
    {
        tmap::db::Database raw(one.session.path().toStdString(), tmap::db::Database::Mode::ReadWrite);
        raw.exec("UPDATE plan_step SET technique = 'an older name of a technique'");
    }
    one.panel->refresh();
    auto* tree = one.panel->tree();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QString said;
    QTimer::singleShot(0, [&said] {
        auto* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        for (auto* label : dialog->findChildren<QLabel*>())
            if (label->isVisibleTo(dialog))
                said += label->text() + "\n";
        dialog->close();
    });
    one.panel->editSelectedStep();
    INFO(said.toStdString());
    CHECK(said.contains("an older name of a technique"));
    CHECK(said.contains("no longer in the entry"));
}

TEST_CASE("plans gui: a step's long name wraps onto more lines in a narrow list instead of being cut", "[gui][plans]")
{
    OnePlan one({{"levator-scapulae", "levator-scapulae-1", body::Side::Right, {}}});
    PlansPanel& panel = *one.panel;
    auto* tree = panel.tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* step = tree->topLevelItem(0)->child(0);
    REQUIRE(step);
    tree->expandAll();
    panel.resize(260, 400);
    panel.show();
    QApplication::processEvents();
    QTest::qWait(20); // the rows are laid out again once the list has its width
    const QFontMetrics fm = tree->fontMetrics();
    const int room = tree->columnWidth(0) - 2 * tree->indentation();
    INFO(step->text(0).toStdString() << " in " << room << " px");
    REQUIRE(fm.horizontalAdvance(step->text(0)) > room); // too long for one line here
    // Every line shows: the row is as tall as the name wrapped in the room the step has beside its branch.
    const QRect wrapped = fm.boundingRect(QRect(0, 0, room - 8, 100000), Qt::TextWordWrap, step->text(0));
    CHECK(tree->visualItemRect(step).height() >= wrapped.height());
    CHECK(tree->visualItemRect(step).height() >= 2 * fm.lineSpacing());

    // A wide list gives it one line again, as tall as the plan's own row.
    panel.resize(1400, 400);
    QApplication::processEvents();
    QTest::qWait(20);
    CHECK(tree->visualItemRect(step).height() == tree->visualItemRect(tree->topLevelItem(0)).height());
}

TEST_CASE("plans gui: a step of a whole muscle is listed by the point a run presses, as What it does names it",
    "[gui][plans]")
{
    OnePlan one({{"sternocleidomastoid", "", body::Side::Right, {}}});
    const auto* point = treat::stepPoint(builtCatalogue(), {"sternocleidomastoid", "", body::Side::Right, {}});
    REQUIRE(point);
    const QString step = one.panel->tree()->topLevelItem(0)->child(0)->text(0);
    INFO(step.toStdString());
    CHECK(step.contains(QString::fromStdString(point->name)));
    CHECK(step.startsWith("1. Right: "));
}

TEST_CASE("plans gui: Move up and Move down are offered only where there is something to move past", "[gui][plans]")
{
    OnePlan one({{"levator-scapulae", "levator-scapulae-1", body::Side::Right, {}},
        {"upper-trapezius", "upper-trapezius-1", body::Side::Right, {}}});
    auto* tree = one.panel->tree();
    auto* up = one.panel->findChild<QPushButton*>("moveUp");
    auto* down = one.panel->findChild<QPushButton*>("moveDown");
    REQUIRE(up);
    REQUIRE(down);
    QTreeWidgetItem* plan = tree->topLevelItem(0);
    tree->setCurrentItem(plan); // the only plan
    CHECK_FALSE(up->isEnabled());
    CHECK_FALSE(down->isEnabled());
    tree->setCurrentItem(plan->child(0)); // the first step
    CHECK_FALSE(up->isEnabled());
    CHECK(down->isEnabled());
    tree->setCurrentItem(plan->child(1)); // the last
    CHECK(up->isEnabled());
    CHECK_FALSE(down->isEnabled());
}
