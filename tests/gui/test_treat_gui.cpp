// "Treat this": a result and an entry page open a guided session; a session run to the end with shortened timers,
// or stopped, leaves its note in the journal (the steps themselves are tested in the core: test_session.cpp).
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include "../support/catalogue_fixture.h"
#include "../support/shot_settings.h"
#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/body_painter.h"
#include "app/bodymap/pain_drawing.h"
#include "app/catalogue/catalogue_page.h"
#include "app/catalogue/entry_browser.h"
#include "app/journal/insights_panel.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/report/report_writer.h"
#include "app/shell/main_window.h"
#include "app/treat/session_dialog.h"
#include "app/where/results_model.h"
#include "app/where/where_page.h"
#include "app/widgets/safety_html.h"
#include "catalogue/catalogue.h"
#include "db/database.h"
#include "journal/journal.h"

using namespace tmap;
using namespace tmap::app;

namespace {

std::vector<journal::Note> notesIn(const QString& path)
{
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(path.toStdString(), options);
    return j->list({});
}

/// Start, pressed until the session starts: while the safety text runs on below the fold, Start first turns the page
/// to its rest.
void startAfterReading(SessionDialog* dialog)
{
    for (int i = 0; i < 30 && dialog->routine().current().phase() == treat::Phase::Before; ++i) {
        dialog->startButton()->click();
        QApplication::processEvents();
    }
    REQUIRE(dialog->routine().current().phase() != treat::Phase::Before);
}

/// A window over a fresh journal with a drawing (the right side of the neck at 7) and its first result chosen.
struct TreatWindow {
    QTemporaryDir dir;
    QString path = dir.filePath("journal.sqlite");
    MainWindow window {builtCatalogue(), path};
    TreatWindow()
    {
        window.setSessionTimeScale(0.002); // 5 s to get ready -> 10 ms, a 30 s hold -> 60 ms
        window.wherePage()->drawing()->add("neck.side:right", 7);
        REQUIRE(window.wherePage()->results()->rowCount() > 0);
        window.wherePage()->selectResult(0);
    }
    SessionDialog* openFromResult()
    {
        auto* treat = window.wherePage()->treatButton();
        REQUIRE(treat->isEnabled());
        treat->click();
        auto* dialog = window.sessionDialog();
        REQUIRE(dialog);
        return dialog;
    }
};

} // namespace

TEST_CASE("treat: a session from a result runs to the end and leaves its note", "[gui][treat]")
{
    TreatWindow w;
    auto* dialog = w.openFromResult();
    CHECK(dialog->painBeforeBox()->value() == 7); // the drawing's strongest spot
    // The window stays usable during the session: a place drawn meanwhile is not this session's pain.
    w.window.wherePage()->drawing()->add("leg.calf_upper:right", 4);
    // The press test is asked once the point has been pressed, not before Start.
    auto* yes = dialog->findChild<QAbstractButton*>("pressYes");
    REQUIRE(yes);
    CHECK_FALSE(yes->isVisible());
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Space); // Space starts
    REQUIRE(QTest::qWaitFor([&] { return dialog->session().phase() != treat::Phase::Before; }));
    REQUIRE(QTest::qWaitFor([&] { return dialog->session().phase() == treat::Phase::After; }, 10000));
    CHECK(dialog->session().holdsDone() == dialog->session().plan().repetitions);
    CHECK(yes->isVisible());
    yes->click();
    // Not rated yet: a line says what is lost without it; it goes once the pain now is given.
    auto* unrated = dialog->findChild<QLabel*>("unratedHint");
    REQUIRE(unrated);
    CHECK(unrated->isVisible());
    dialog->painAfterBox()->setValue(3);
    CHECK_FALSE(unrated->isVisible());
    dialog->finishButton()->click();
    CHECK(dialog->session().phase() == treat::Phase::Done);
    REQUIRE_FALSE(dialog->savedNoteId().isEmpty());
    CHECK_FALSE(dialog->stopButton()->isVisible()); // nothing left to stop
    // The end page gives the muscle's tips for keeping the pain away; none of them were in the safety box.
    const auto& tips = dialog->session().plan().muscle->tips;
    REQUIRE_FALSE(tips.empty());
    // ...in the whole column: the point's page gives way (it left the outcome a few lines to scroll).
    QApplication::processEvents();
    CHECK_FALSE(dialog->pointPage()->isVisible());
    CHECK(dialog->endLabel()->isVisible());
    CHECK(dialog->endLabel()->visibleRegion().boundingRect().height() >= dialog->endLabel()->height() * 0.9);
    for (const auto& tip : tips) {
        INFO(tip);
        CHECK(dialog->endLabel()->text().contains(QString::fromStdString(tip).toHtmlEscaped()));
        CHECK_FALSE(dialog->pointPage()->toPlainText().contains(QString::fromStdString(tip)));
    }

    const auto notes = notesIn(w.path);
    REQUIRE(notes.size() == 1);
    const auto& n = notes.front();
    CHECK(n.id == dialog->savedNoteId().toStdString());
    REQUIRE(n.treatments.size() == 1);
    CHECK(n.treatments[0].triggerPoint == dialog->session().plan().point->id);
    CHECK(n.treatments[0].before == 7);
    CHECK(n.treatments[0].after == 3);
    CHECK(n.treatments[0].minutes >= 1);
    // The drawing's places, so that "Last time it hurt here" finds this session when it hurts there again (a
    // session's note had none, and only a drawing saved as well was found).
    REQUIRE(n.spots.size() == 1);
    CHECK(n.spots[0].region == "neck.side:right");
    CHECK(n.spots[0].intensity == 7);
    REQUIRE(n.answers.size() == 1); // kept as "Narrow it down" keeps a press test: "Last time" counts it
    CHECK(n.answers[0].question.starts_with("press:" + dialog->session().plan().point->id + ":"));
    CHECK(n.answers[0].reply == tmap::journal::Reply::Yes);
    CHECK_FALSE(n.text.empty());
    // The press test reaches the ranking through the drawing's answers.
    const auto& answers = w.window.wherePage()->drawing()->answers();
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].question.kind == match::QuestionKind::Press);
    CHECK(answers[0].reply == match::Reply::Yes);
}

TEST_CASE("treat: each hold is signalled as it starts and as it ends", "[gui][treat]")
{
    TreatWindow w;
    w.window.setSessionTimeScale(1.0); // real timers: the steps move only when Next step is pressed here
    auto* dialog = w.openFromResult();
    startAfterReading(dialog);
    const auto& plan = dialog->session().plan();
    const int holds = plan.repetitions + plan.stretchRepetitions;
    REQUIRE(holds > 0);
    for (int step = 0; step < 4 * holds && dialog->session().phase() != treat::Phase::After; ++step)
        dialog->nextStepButton()->click();
    REQUIRE(dialog->session().phase() == treat::Phase::After);
    // Only a hold's end was signalled: the next hold began after the countdown without a sign.
    CHECK(dialog->signalsGiven() == 2 * holds);
}

TEST_CASE("treat: Stop ends at once, shows the precautions and records why", "[gui][treat]")
{
    TreatWindow w;
    w.window.setSessionTimeScale(1.0); // real timers: the stop comes during the first hold's countdown
    auto* dialog = w.openFromResult();
    // Nothing pressed yet: no "Stop now" (it said "Let go of the point now" for a point never touched); Close ends.
    CHECK_FALSE(dialog->stopButton()->isVisibleTo(dialog));
    startAfterReading(dialog);
    REQUIRE(dialog->session().phase() == treat::Phase::GetReady);
    CHECK(dialog->stopButton()->isVisibleTo(dialog));
    dialog->stopButton()->click();
    CHECK(dialog->session().phase() == treat::Phase::Stopped);
    CHECK_FALSE(dialog->stopButton()->isEnabled());
    CHECK_FALSE(dialog->stopButton()->isVisible());
    // The stopped page repeats the safety text as the session opened with it: each precaution once, no tips.
    const QString stopped = dialog->stoppedLabel()->text();
    const auto& plan = dialog->session().plan();
    for (const auto* t : {plan.pressure, plan.stretch})
        if (t)
            for (const auto& p : t->precautions)
                CHECK(stopped.count(QString::fromStdString(p).toHtmlEscaped()) == 1);
    for (const auto& tip : plan.muscle->tips)
        CHECK_FALSE(stopped.contains(QString::fromStdString(tip).toHtmlEscaped()));
    for (const auto& id : plan.muscle->redFlags)
        if (const auto* flag = builtCatalogue().redFlag(id))
            CHECK(stopped.contains(QString::fromStdString(flag->title + ":").toHtmlEscaped()));
    // All of it there in a small window (1024x640): the text as high as it needs at its width (the end page
    // scrolls), the dialog no higher than the window.
    dialog->resize(1024, 600);
    QTest::qWait(50);
    auto* label = dialog->stoppedLabel();
    INFO("dialog " << dialog->width() << "x" << dialog->height() << ", label " << label->width() << "x"
                   << label->height() << " needs " << label->heightForWidth(label->width()));
    CHECK(label->height() >= label->heightForWidth(label->width()));
    CHECK(dialog->height() <= 600);
    const auto notes = notesIn(w.path);
    REQUIRE(notes.size() == 1);
    CHECK(std::find(notes[0].tags.begin(), notes[0].tags.end(), "stopped:sharp-spreading-or-numb")
        != notes[0].tags.end());
    CHECK_FALSE(notes[0].treatments[0].after);
}

TEST_CASE("treat: no Stop between points - only while a step runs, for the point pressed", "[gui][treat]")
{
    // On the second point's "Before" the red Stop saved the first point, done as it should be, as stopped for sharp
    // pain or numbness.
    TreatWindow w;
    auto* dialog
        = w.window.treatPoints({{builtCatalogue().triggerPoint("upper-trapezius-1"), body::Side::Right, {}},
                                   {builtCatalogue().triggerPoint("levator-scapulae-1"), body::Side::Right, {}}},
            {}, false);
    REQUIRE(dialog);
    startAfterReading(dialog);
    CHECK(dialog->stopButton()->isVisibleTo(dialog));
    for (int i = 0; i < 5000 && dialog->routine().current().phase() != tmap::treat::Phase::After; ++i)
        dialog->fastForward(2);
    REQUIRE(dialog->routine().current().phase() == tmap::treat::Phase::After);
    QApplication::processEvents();
    CHECK_FALSE(dialog->stopButton()->isVisibleTo(dialog)); // rating the pain after: nothing pressed
    dialog->finishButton()->click(); // "Next point"
    QApplication::processEvents();
    REQUIRE(dialog->routine().index() == 1);
    REQUIRE(dialog->routine().current().phase() == tmap::treat::Phase::Before);
    CHECK_FALSE(dialog->stopButton()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->stopButton()->isEnabled());
}

TEST_CASE(
    "treat: a long list of precautions takes the point's page's room while a step runs, never cut off", "[gui][treat]")
{
    // Plantaris' ten precautions were cut off mid-line at 200% and in German at 1024x640 ("In pregnancy, skip the
    // face-down position" among the lines out of sight), the point's page below keeping its share.
    TreatWindow w;
    auto* dialog = w.window.treat("plantaris-1", body::Side::Left);
    REQUIRE(dialog);
    dialog->resize(1024, 560);
    QApplication::processEvents();
    startAfterReading(dialog);
    QApplication::processEvents();
    QApplication::processEvents();
    auto* mind = dialog->precautionsLabel();
    auto* area = mind->parentWidget()->parentWidget();
    REQUIRE(mind->isVisible());
    INFO("box " << area->height() << ", its lines " << mind->heightForWidth(area->width()) << ", window "
                << dialog->height());
    CHECK(area->height() >= mind->heightForWidth(area->width()));
    CHECK_FALSE(dialog->pointPage()->isVisible()); // the map shows where to press
    // A taller window: the page comes back (measured from the box alone, it stayed hidden for the rest of the step).
    dialog->resize(1800, 1400);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(dialog->pointPage()->isVisible());
    dialog->resize(1024, 560);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK_FALSE(dialog->pointPage()->isVisible());
    // Over, the point's page comes back for the pain after.
    for (int i = 0; i < 5000 && dialog->routine().current().phase() != tmap::treat::Phase::After; ++i)
        dialog->fastForward(2);
    QApplication::processEvents();
    CHECK(dialog->pointPage()->isVisible());
    // A short list leaves the page where it was.
    auto* other = w.window.treat("upper-trapezius-1", body::Side::Right);
    REQUIRE(other);
    other->resize(1024, 640);
    QApplication::processEvents();
    startAfterReading(other);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(other->precautionsLabel()->isVisible());
    CHECK(other->pointPage()->isVisible());
}

TEST_CASE("treat: the point's page opens with its precautions and the signs to see a clinician", "[gui][treat]")
{
    TreatWindow w;
    auto* page = w.window.wherePage();
    // Chest pain shows the heart warning: the session starts only once the user says its signs do not apply.
    page->drawing()->clear();
    page->drawing()->add("chest.pectoral:left", 7);
    int asked = 0;
    page->setSelfCareCheck([&asked](const auto&) { return ++asked > 0; });
    page->selectResult(0);
    auto* dialog = w.openFromResult();
    CHECK(asked == 1);
    const QString text = dialog->pointPage()->toPlainText();
    // The side in words, as the result has it (pain on the left of the chest: the left muscle).
    REQUIRE(dialog->session().plan().side == body::Side::Left);
    CHECK(text.contains(", left side"));
    CHECK(dialog->windowTitle().contains(", left side"));
    const auto before = text.indexOf("Before you press"), where = text.indexOf("Where to press:");
    REQUIRE(before >= 0);
    CHECK(before < where);
    const auto& plan = dialog->session().plan();
    REQUIRE(!plan.muscle->redFlags.empty());
    const auto* flag = builtCatalogue().redFlag(plan.muscle->redFlags.front());
    REQUIRE(flag);
    CHECK(text.indexOf(QString::fromStdString(flag->title)) > before);
    CHECK(text.indexOf(QString::fromStdString(flag->title)) < where);
    // Each precaution once, all of them above the steps.
    for (const auto* t : {plan.pressure, plan.stretch})
        if (t)
            for (const auto& p : t->precautions) {
                const QString item = QString::fromStdString(p);
                CHECK(text.count(item) == 1);
                CHECK(text.indexOf(item) < where);
            }
}

TEST_CASE("treat: a warning that holds self-care asks first from every way into a session or a plan", "[gui][treat]")
{
    TreatWindow w;
    auto* page = w.window.wherePage();
    page->drawing()->clear();
    page->drawing()->add("chest.pectoral:left", 7); // the heart warning
    int asked = 0;
    bool goOn = false;
    page->setSelfCareCheck([&](const auto& flags) {
        ++asked;
        CHECK(flags.front()->id == "heart");
        return goOn;
    });
    // An entry's "Treat this point", a plan's run and "Add to a plan" go through the same question as the results.
    CHECK(w.window.treat("pectoralis-major-1", body::Side::Left) == nullptr);
    CHECK(asked == 1);
    CHECK(w.window.addToPlan({{"pectoralis-major-1", body::Side::Left}}).isEmpty());
    CHECK(asked == 2);
    std::string planId;
    {
        journal::OpenOptions options;
        options.dailyBackup = false;
        auto j = journal::Journal::open(w.path.toStdString(), options);
        planId = j->savePlan({"", "Evening", {{"upper-trapezius", "upper-trapezius-1", body::Side::Right, ""}}, "", ""})
                     .id;
    }
    CHECK(w.window.runPlan(QString::fromStdString(planId)) == nullptr);
    CHECK(asked == 3);
    CHECK_FALSE(w.window.sessionDialog());
    // Once the user says the signs do not apply, it is not asked again while the app runs.
    goOn = true;
    CHECK(w.window.treat("pectoralis-major-1", body::Side::Left) != nullptr);
    CHECK(asked == 4);
    w.window.sessionDialog()->close();
    QApplication::processEvents();
    CHECK(w.window.treat("pectoralis-major-2", body::Side::Left) != nullptr);
    CHECK(asked == 4);
}

TEST_CASE(
    "treat: the point's page gets the room the steps leave, and turns to where to press once started", "[gui][treat]")
{
    TreatWindow w;
    auto* dialog = w.openFromResult();
    dialog->resize(1024, 640);
    QApplication::processEvents();
    auto* page = dialog->pointPage();
    // The Before step's few controls, not the tallest step, set how much the page gives up: most of the column.
    INFO("page " << page->height() << " of " << dialog->height());
    CHECK(page->height() > dialog->height() * 6 / 10);
    REQUIRE(page->verticalScrollBar()->maximum() > 0); // the safety text alone is longer than the page
    CHECK(page->verticalScrollBar()->value() == 0); // before the start: the safety text first
    CHECK_FALSE(dialog->precautionsLabel()->isVisible()); // the page's own safety box is in view
    // Here the whole safety box is in view: no line says to read on.
    CHECK_FALSE(dialog->readOnLabel()->isVisible());
    // A lower window: the safety box runs on below the fold, and a line above Start says so until the page has been
    // scrolled past the box's end.
    dialog->resize(1024, 300);
    QApplication::processEvents();
    INFO("page " << page->height() << " of " << dialog->height());
    CHECK(dialog->readOnLabel()->isVisible());
    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK_FALSE(dialog->readOnLabel()->isVisible());
    page->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    CHECK(dialog->readOnLabel()->isVisible());
    // Start (or Space) shows the rest of the safety text first: it started at once, the warning signs half read.
    const int before = page->verticalScrollBar()->value();
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(dialog->routine().current().phase() == treat::Phase::Before);
    CHECK(page->verticalScrollBar()->value() > before);
    dialog->resize(1024, 640);
    QApplication::processEvents();
    startAfterReading(dialog);
    QApplication::processEvents();
    // Running: the hand that presses cannot scroll, so the page shows where and how to press at its top, and the
    // safety box after it (the whole page still holds it).
    CHECK(page->verticalScrollBar()->value() == 0);
    const QTextCursor where = page->document()->find("Where to press:");
    REQUIRE_FALSE(where.isNull());
    CHECK(page->viewport()->rect().contains(page->cursorRect(where).topLeft()));
    const QTextCursor clinician
        = page->document()->find("Warning signs: if one applies, see a doctor instead of treating it yourself");
    REQUIRE_FALSE(clinician.isNull());
    CHECK(clinician.position() > where.position());
    // ... and the pressure's precautions stay in view above the page, each of them, whole.
    auto* mind = dialog->precautionsLabel();
    CHECK(mind->isVisible());
    const auto& plan = dialog->routine().current().plan();
    const QStringList cautions = SafetyHtml::precautions({plan.pressure}, *plan.muscle);
    REQUIRE(cautions.size() > 1);
    for (const auto& c : cautions)
        CHECK(mind->text().contains(c));
    // How hard to press, first: with both hands busy the point's page below cannot be scrolled to it.
    REQUIRE_FALSE(plan.pressure->intensity.empty());
    CHECK(mind->text().startsWith(
        "<p><b>How hard:</b> " + QString::fromStdString(plan.pressure->intensity).toHtmlEscaped()));
    auto* area = mind->parentWidget()->parentWidget(); // the label, in the scroll area's viewport
    CHECK(area->height() >= std::min(mind->heightForWidth(area->width()), dialog->height() * 3 / 5));
    // ... and no taller than its lines (measured at a 100 px width on its first show, it took two fifths of the
    // window, mostly empty).
    CHECK(area->height() <= mind->heightForWidth(area->width()) + 2);
    CHECK(area->mapTo(dialog, QPoint(0, area->height())).y() <= dialog->height());
    // A window too low for every line (a small screen, 200%): the box is squeezed below its lines by the steps under
    // it, and then it has a scroll bar - never cut off without a sign that more follows.
    auto* scroll = qobject_cast<QScrollArea*>(area);
    REQUIRE(scroll);
    dialog->resize(1024, 330);
    QApplication::processEvents();
    QApplication::processEvents();
    INFO("box " << area->height() << ", its lines " << mind->heightForWidth(area->width()));
    REQUIRE(area->height() < mind->heightForWidth(area->width()));
    CHECK(scroll->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded);
    CHECK(scroll->verticalScrollBar()->isVisible());
    dialog->resize(1024, 640);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(scroll->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    // Stretching: the stretch's precautions; after the last step, none (nothing is pressed or stretched then).
    const QStringList stretching = SafetyHtml::precautions({plan.stretch}, *plan.muscle);
    REQUIRE(plan.stretch);
    for (int i = 0; i < 5000 && dialog->routine().current().phase() != tmap::treat::Phase::Stretch; ++i)
        dialog->fastForward(2); // a 30 s hold lasts 60 ms here
    REQUIRE(dialog->routine().current().phase() == tmap::treat::Phase::Stretch);
    QApplication::processEvents();
    CHECK(mind->isVisible());
    // The page has turned to how to stretch (it stayed at where to press, the stretch below the fold).
    const QTextCursor stretchAt = page->document()->find("Then stretch:");
    REQUIRE_FALSE(stretchAt.isNull());
    const int top = static_cast<int>(page->document()->documentLayout()->blockBoundingRect(stretchAt.block()).top());
    CHECK(page->verticalScrollBar()->value() > 0);
    CHECK(page->verticalScrollBar()->value() == std::min(top, page->verticalScrollBar()->maximum()));
    for (const auto& c : stretching)
        CHECK(mind->text().contains(c));
    CHECK(mind->text().contains(dialog->tr("While you stretch:")));
    for (int i = 0; i < 5000 && dialog->routine().current().phase() != tmap::treat::Phase::After; ++i)
        dialog->fastForward(2);
    QApplication::processEvents();
    CHECK_FALSE(mind->isVisible());
}

TEST_CASE("treat: the next point's page opens at its top, its safety text first, however fast the first ended",
    "[gui][treat]")
{
    TreatWindow w;
    const auto& cat = builtCatalogue();
    auto* dialog = w.window.treatPoints({{cat.triggerPoint("upper-trapezius-1"), tmap::body::Side::Right, {}},
                                            {cat.triggerPoint("levator-scapulae-1"), tmap::body::Side::Right, {}}},
        {});
    REQUIRE(dialog);
    dialog->resize(1024, 640);
    QApplication::processEvents();
    // The first point runs to its end before the event loop turns (as a slow machine or a script may see it): the
    // turn to "where to press" it asked for must not land on the second point's page.
    dialog->startSession();
    dialog->fastForward(3'600'000);
    dialog->painAfterBox()->setValue(4);
    dialog->finishSession();
    REQUIRE(dialog->routine().index() == 1);
    QApplication::processEvents();
    QApplication::processEvents();
    auto* page = dialog->pointPage();
    REQUIRE(page->verticalScrollBar()->maximum() > 0);
    CHECK(page->verticalScrollBar()->value() == 0);
    CHECK(page->toPlainText().contains("Before you press"));
}

TEST_CASE("treat: a save that waits for another program can be stopped and done again", "[gui][treat][busy]")
{
    TreatWindow w;
    journal::Journal::open(w.path.toStdString()); // the journal exists; another program is writing to it
    tmap::db::Database other(w.path.toStdString());
    other.exec("BEGIN IMMEDIATE");
    auto& session = w.window.journalPage()->session();
    QObject::connect(&session, &JournalSession::waiting, [&](bool now) {
        if (now)
            QTimer::singleShot(100, &session, &JournalSession::cancelWaiting);
    });
    w.window.setSessionTimeScale(1.0);
    auto* dialog = w.openFromResult();
    startAfterReading(dialog);
    dialog->stopButton()->click(); // saves what was done: waits, and is cancelled
    CHECK(dialog->session().phase() == treat::Phase::Stopped);
    CHECK(dialog->savedNoteId().isEmpty());
    CHECK(dialog->saveAgainButton()->isVisibleTo(dialog));
    CHECK(notesIn(w.path).empty());
    other.exec("ROLLBACK"); // the other program is done
    dialog->saveAgainButton()->click();
    CHECK_FALSE(dialog->savedNoteId().isEmpty());
    CHECK_FALSE(dialog->saveAgainButton()->isVisibleTo(dialog));
    CHECK(notesIn(w.path).size() == 1);
}

TEST_CASE("treat: an entry page's link opens a session, Esc before the start closes it", "[gui][treat]")
{
    TreatWindow w;
    w.window.showCatalogueTab();
    w.window.cataloguePage()->browser()->setSource(EntryBrowser::treatUrl("upper-trapezius-1"));
    auto* dialog = w.window.sessionDialog();
    REQUIRE(dialog);
    CHECK(dialog->session().plan().point->id == "upper-trapezius-1");
    // Without a side (from an entry) the page says to press on the side that hurts, and which side the picture shows.
    CHECK(dialog->pointPage()->toPlainText().contains("on the side that hurts (the picture shows the right side)"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return w.window.sessionDialog() == nullptr; }));
    CHECK(notesIn(w.path).empty());

    // The session's map shows where to press: for a point in the calf whose pain is under the toes, the view with
    // the X, not the soles.
    w.window.cataloguePage()->browser()->setSource(EntryBrowser::treatUrl("flexor-hallucis-longus-1"));
    dialog = w.window.sessionDialog();
    REQUIRE(dialog);
    const auto* map = dialog->findChild<tmap::app::BodyMapWidget*>();
    REQUIRE(map);
    CHECK(map->view() != "soles");
    CHECK(tmap::app::BodyPainter::marker(map->pattern(), map->view()));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return w.window.sessionDialog() == nullptr; }));
}

TEST_CASE("treat: the session's map closes in on the point, and keeps it framed as the window changes", "[gui][treat]")
{
    TreatWindow w;
    w.window.showCatalogueTab();
    w.window.cataloguePage()->browser()->setSource(EntryBrowser::treatUrl("temporalis-1"));
    auto* dialog = w.window.sessionDialog();
    REQUIRE(dialog);
    dialog->resize(1024, 640);
    dialog->show();
    QApplication::processEvents();
    auto* map = dialog->findChild<tmap::app::BodyMapWidget*>();
    REQUIRE(map);
    REQUIRE(map->framed());
    // A point in the temple: the head fills the map instead of a few pixels of a whole figure.
    auto check = [&] {
        INFO("zoom " << map->zoom() << " in a map of " << map->width() << "x" << map->height());
        CHECK(map->zoom() > 3.0);
        const auto x = tmap::app::BodyPainter::marker(map->pattern(), map->view());
        REQUIRE(x);
        const auto temple = map->centreOf(QString::fromStdString(
            std::string("head.temple:") + (map->pattern().side == tmap::body::Side::Left ? "left" : "right")));
        REQUIRE(temple);
        CHECK(QRectF(map->rect()).contains(*temple));
    };
    check();
    dialog->resize(1400, 900);
    QApplication::processEvents();
    check();
    // The user's own zoom ends the framing.
    QTest::keyClick(map, Qt::Key_Minus);
    CHECK_FALSE(map->framed());
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return w.window.sessionDialog() == nullptr; }));
}

TEST_CASE("treat: a point for a clinician only is never offered or started as a self-treatment", "[gui][treat]")
{
    // Iliopsoas' third point lies beside the femoral pulse; its entry says to leave it to a clinician, yet the page
    // offered "Treat this point" for it and "Treat all 3 points" included it.
    TreatWindow w;
    w.window.showCatalogueTab();
    auto* browser = w.window.cataloguePage()->browser();
    browser->showMuscle("iliopsoas");
    const QString page = browser->toHtml();
    CHECK_FALSE(page.contains(EntryBrowser::treatUrl("iliopsoas-3").toString()));
    CHECK_FALSE(page.contains(EntryBrowser::addToPlanUrl("iliopsoas-3").toString()));
    CHECK(page.contains(EntryBrowser::treatUrl("iliopsoas-1").toString()));
    CHECK(page.contains("For a clinician only"));
    // "Treat all" treats the other two.
    browser->setSource(QUrl("tm:treat-all/iliopsoas"));
    auto* dialog = w.window.sessionDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->routine().count() == 2);
    for (std::size_t i = 0; i < 2; ++i)
        CHECK(dialog->routine().at(i).plan().point->id != "iliopsoas-3");
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return w.window.sessionDialog() == nullptr; }));
    // Asked for directly (a plan saved elsewhere, a link), it is left out and the status bar says so.
    CHECK(w.window.treat("iliopsoas-3", tmap::body::Side::Right) == nullptr);
    CHECK(w.window.statusBar()->currentMessage().contains("clinician"));

    // On the Where page its row is listed, but "Treat" and "Add to plan" are off, with the reason.
    auto* where = w.window.wherePage();
    where->drawing()->clear();
    where->drawing()->add("thigh.front_upper:right", 6);
    where->drawing()->add("abdomen.groin:right", 6);
    int row = -1;
    for (int i = 0; i < where->results()->rowCount() && row < 0; ++i)
        if (where->results()->result(i)->point->id == "iliopsoas-3")
            row = i;
    REQUIRE(row >= 0);
    where->selectResult(row);
    for (const auto& p : where->selectedPoints())
        CHECK(p.pointId != "iliopsoas-3");
    REQUIRE(where->selectedPoints().isEmpty()); // the row stands for that point alone
    CHECK_FALSE(where->treatButton()->isEnabled());
    CHECK(where->treatButton()->toolTip().contains("clinician"));
    CHECK(where->results()->index(row).data().toString().contains("for a clinician only"));
}

TEST_CASE("treat: the Journal tab's insights follow the saves, too few to tell below three", "[gui][treat]")
{
    QTemporaryDir dir;
    JournalSession session(builtCatalogue(), dir.filePath("journal.sqlite"));
    session.setInteractive(false);
    JournalPage page(session);
    page.resize(1100, 700);
    page.show(); // opens the journal and reads its figures off the UI thread
    REQUIRE(QTest::qWaitFor([&] { return session.isOpen() && !page.figuresPending(); }, 10000));
    auto* panel = page.insightsPanel();
    REQUIRE(panel);
    // Two headings, each with its hint while nothing is known.
    CHECK(panel->toPlainText().contains("Treatments"));
    CHECK(panel->toPlainText().contains("Run a guided session"));
    CHECK(panel->toPlainText().contains("Tick factors"));
    // The caution is on the page, not only in a tooltip, and says which pain a day's figure means.
    CHECK(panel->toPlainText().contains("not what caused what"));
    CHECK(panel->toPlainText().contains("A day's pain is the mean of its notes, each note's overall pain"));
    for (int day = 1; day <= 3; ++day) {
        journal::Note n;
        n.when = "2026-02-0" + std::to_string(day) + "T09:00:00+01:00";
        n.intensity = 6;
        n.treatments = {{"upper-trapezius", "upper-trapezius-1", "ball", 5, 7, 4}};
        REQUIRE(session.save(n));
        REQUIRE(QTest::qWaitFor([&] { return !page.figuresPending(); }, 10000)); // read off the UI thread
        const QString text = panel->toPlainText();
        CHECK_FALSE(text.contains("Run a guided session"));
        CHECK(text.contains("ball"));
        if (day < 3)
            CHECK(text.contains("too few to tell"));
        else
            CHECK(text.contains(QLocale().toString(3.0, 'f', 1) + " points less right after (3 sessions)"));
    }
    // The PDF report words the same figures.
    ReportWriter report(builtCatalogue(), *session.journal());
    const QString text = report.document({})->toPlainText();
    CHECK(text.contains("What goes with the pain"));
    CHECK(text.contains("points less right after (3 sessions)"));
    CHECK(text.contains("not what caused what"));
}

// Pictures of a guided session for a person to review (not run by default):
//   TM_SHOT_DIR=/tmp/shots build/bin/gui_tests "treat: pictures*"; TM_SHOT_LANGUAGE=de, TM_SHOT_DARK=1.
// session-points.png: a session of two points from the Where page at 1920x1080; session-points-1024.png at
// 1024x640; session-press-view.png: flexor hallucis longus, whose map shows the X in the calf, not the soles.
TEST_CASE("treat: pictures of a guided session for review", "[.][shot]")
{
    tmap::test::ShotSettings shot;
    const QString suffix = (shot.language.isEmpty() ? QString() : "-" + shot.language) + (shot.dark ? "-dark" : "");
    TreatWindow w;
    auto* where = w.window.wherePage();
    auto* view = where->resultsView();
    view->selectionModel()->select(where->results()->index(0), QItemSelectionModel::Select);
    view->selectionModel()->select(where->results()->index(1), QItemSelectionModel::Select);
    where->treatButton()->click();
    auto* dialog = w.window.sessionDialog();
    REQUIRE(dialog);
    for (const QSize size : {QSize(1920, 1080), QSize(1024, 640)}) {
        dialog->resize(size);
        dialog->show();
        QCoreApplication::processEvents();
        const QString name = size.width() == 1920 ? "session-points" : "session-points-1024";
        CHECK(dialog->grab().save(QDir(shot.out).filePath(name + suffix + ".png")));
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return w.window.sessionDialog() == nullptr; }));

    w.window.cataloguePage()->browser()->setSource(EntryBrowser::treatUrl("flexor-hallucis-longus-1"));
    dialog = w.window.sessionDialog();
    REQUIRE(dialog);
    dialog->resize(1280, 800);
    dialog->show();
    QCoreApplication::processEvents();
    CHECK(dialog->grab().save(QDir(shot.out).filePath("session-press-view" + suffix + ".png")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return w.window.sessionDialog() == nullptr; }));

    // The end of a session: the outcome and the tips take the column.
    where->selectResult(0);
    dialog = w.openFromResult();
    dialog->resize(1024, 640);
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    // Space shows the rest of the safety text first where it runs on below the fold (in German), then starts.
    for (int i = 0; i < 30 && dialog->session().phase() == treat::Phase::Before; ++i)
        QTest::keyClick(dialog, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return dialog->session().phase() == treat::Phase::After; }, 10000));
    dialog->painAfterBox()->setValue(3);
    dialog->finishButton()->click();
    QCoreApplication::processEvents();
    CHECK(dialog->grab().save(QDir(shot.out).filePath("session-done-1024" + suffix + ".png")));
}
