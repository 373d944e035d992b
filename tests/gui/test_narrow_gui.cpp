// "Narrow it down" wiring, with real widgets on the offscreen platform: the question a drawing gets, its place on
// the map, answers that re-rank the results, Undo, Skip. Which question is best is the core's (tests/core).
#include <set>

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include "../support/catalogue_fixture.h"
#include "../support/shot_settings.h"
#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/body_painter.h"
#include "app/bodymap/legend.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/note_editor.h"
#include "app/shell/main_window.h"
#include "app/where/narrow_panel.h"
#include "app/where/results_model.h"
#include "app/where/where_page.h"
#include "app/widgets/answer_text.h"
#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/roles.h"
#include "catalogue/catalogue.h"
#include "journal/journal.h"

using tmap::app::MainWindow;
using tmap::match::QuestionKind;
using tmap::match::Reply;

namespace {

struct Window {
    QTemporaryDir dir; // the journal, if one is written
    MainWindow window {builtCatalogue(), dir.filePath("journal.sqlite")};
    tmap::app::WherePage* page = window.wherePage();
    tmap::app::NarrowPanel* panel = page->narrowPanel();
    Window()
    {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    // The muscles of the results, best first.
    QStringList ranking() const
    {
        QStringList ids;
        for (int r = 0; r < page->results()->rowCount(); ++r)
            ids << page->results()->index(r).data(tmap::app::MuscleIdRole).toString();
        return ids;
    }
    void drawLowBack() const
    {
        page->drawing()->add("back.lumbar:left");
        page->drawing()->add("back.lumbar:right");
    }
};

/// A press test of `muscle`'s first trigger point on `side`, with the precautions the core gives it.
tmap::match::Question pressQuestion(const tmap::catalogue::Muscle& muscle, tmap::body::Side side)
{
    tmap::match::Question q;
    q.key = {QuestionKind::Press, muscle.triggerPoints.front().id, side};
    q.muscle = &muscle;
    q.point = &muscle.triggerPoints.front();
    q.precautions = tmap::catalogue::pressPrecautionsFor(muscle);
    return q;
}

} // namespace

TEST_CASE(
    "narrow gui: a low-back drawing gets a question, Yes re-ranks the results and Undo restores them", "[gui][narrow]")
{
    Window w;
    CHECK_FALSE(w.panel->isVisible()); // nothing drawn, nothing to narrow down
    w.drawLowBack();
    REQUIRE(w.panel->isVisible());
    REQUIRE(w.panel->question());
    const auto asked = w.panel->question()->key;
    CHECK(w.panel->questionLabel()->text() == tmap::app::NarrowPanel::questionText(builtCatalogue(), asked));
    REQUIRE(w.panel->replyButton(Reply::Yes)->isVisible());
    CHECK(w.panel->answerRows() == 0);

    // Its place shows on the map while no result is chosen.
    if (asked.kind == QuestionKind::Region)
        CHECK(w.page->bodyMap()->highlight() == QString::fromStdString(asked.subject));
    else if (asked.kind == QuestionKind::Press)
        CHECK(w.page->bodyMap()->pattern().point == w.panel->question()->point);

    const QStringList before = w.ranking();
    REQUIRE(before.size() > 3);
    QTest::mouseClick(w.panel->replyButton(Reply::Yes), Qt::LeftButton);
    REQUIRE(w.page->drawing()->answers().size() == 1);
    CHECK(w.page->drawing()->answers().front().question == asked);
    CHECK(w.page->drawing()->answers().front().reply == Reply::Yes);
    CHECK(w.panel->answerRows() == 1);
    CHECK(w.ranking() != before);
    CHECK((!w.panel->question() || w.panel->question()->key != asked));
    CHECK(tmap::app::AnswerText::answer(builtCatalogue(), w.page->drawing()->answers().front()).endsWith(": yes"));

    REQUIRE(w.panel->undoButton(0));
    QTest::mouseClick(w.panel->undoButton(0), Qt::LeftButton);
    CHECK(w.page->drawing()->answers().empty());
    CHECK(w.panel->answerRows() == 0);
    CHECK(w.ranking() == before);
    REQUIRE(w.panel->question());
    CHECK(w.panel->question()->key == asked);
}

TEST_CASE("narrow gui: the reply buttons stay put and the newest answers show whole", "[gui][narrow]")
{
    // At 1024x640 the answers were cut in half (a height of one line per row, for rows that wrap beside an Undo
    // button), the newest one below the edge, and the buttons jumped up a row at each answer.
    Window w;
    w.window.resize(1024, 640);
    QTest::qWait(20);
    w.drawLowBack();
    auto* scroll = w.panel->findChild<QScrollArea*>();
    REQUIRE(scroll);
    // Where the Yes button is once the page has settled (under load a layout may land a few turns later).
    auto yesAt = [&] {
        auto y = [&] { return w.panel->replyButton(Reply::Yes)->mapTo(&w.window, QPoint(0, 0)).y(); };
        int last = y();
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(25);
            if (y() == last)
                break;
            last = y();
        }
        return last;
    };
    int answered = 0;
    for (; answered < 4 && w.panel->question(); ++answered) {
        const int before = yesAt();
        QTest::mouseClick(w.panel->replyButton(Reply::No), Qt::LeftButton); // "no" leaves more to ask
        QTest::qWait(50); // the rows are laid out and scrolled once the event loop is back
        // They jumped a row (24 px and more) at each answer. Under a loaded machine the page settles a few pixels
        // off now and then (a layout rounding of the panels above), which is no jump.
        if (w.panel->question()) {
            INFO("answer " << answered + 1 << ", map " << w.page->bodyMap()->height() << " px high");
            CHECK(std::abs(yesAt() - before) <= 8);
        }
        const int rows = w.panel->answerRows();
        for (int r = std::max(0, rows - 3); r < rows; ++r) {
            INFO("answer " << r + 1 << " of " << rows);

            const QWidget* line = w.panel->undoButton(r)->parentWidget();
            const QRect shown(line->mapTo(scroll->viewport(), QPoint(0, 0)), line->size());
            INFO("viewport " << scroll->viewport()->height() << " px high, row at " << shown.y() << ", "
                             << shown.height() << " px high");
            CHECK(scroll->viewport()->rect().contains(shown));
        }
    }
    CHECK(answered >= 3);
}

TEST_CASE(
    "narrow gui: Skip asks another question without answering, a changed drawing keeps the answers", "[gui][narrow]")
{
    Window w;
    w.drawLowBack();
    REQUIRE(w.panel->question());
    const auto first = w.panel->question()->key;
    const QStringList before = w.ranking();
    QTest::mouseClick(w.panel->skipButton(), Qt::LeftButton);
    CHECK(w.page->drawing()->answers().empty());
    CHECK(w.ranking() == before);
    REQUIRE(w.panel->question());
    CHECK(w.panel->question()->key != first);

    // Answered by keyboard: the buttons have mnemonics.
    const auto second = w.panel->question()->key;
    QTest::keyClick(&w.window, Qt::Key_N, Qt::AltModifier);
    // A mnemonic animates the click, which lands a moment later.
    CHECK(QTest::qWaitFor([&] { return !w.page->drawing()->answers().empty(); }));
    REQUIRE(w.page->drawing()->answers().size() == 1);
    CHECK(w.page->drawing()->answers().front().question == second);
    CHECK(w.page->drawing()->answers().front().reply == Reply::No);

    // Another spot: the answer stays and still counts.
    w.page->drawing()->add("buttock.upper:left");
    CHECK(w.page->drawing()->answers().size() == 1);
    CHECK(w.panel->answerRows() == 1);
    // An answer the drawing now gives itself goes: "no pain at" a place, then that place drawn; "no" to a symptom,
    // then the symptom ticked (tpmap refuses both, and the ranking would count the "no" against the new spot).
    using tmap::match::QuestionKey;
    w.page->drawing()->setAnswer({QuestionKey {QuestionKind::Region, "thigh.back_upper:left", {}}, Reply::No});
    w.page->drawing()->setAnswer({QuestionKey {QuestionKind::Symptom, "numbness", {}}, Reply::No});
    REQUIRE(w.page->drawing()->answers().size() == 3);
    w.page->drawing()->add("thigh.back_upper:left");
    CHECK(w.page->drawing()->answers().size() == 2);
    w.page->drawing()->setSymptoms({"numbness"});
    REQUIRE(w.page->drawing()->answers().size() == 1);
    CHECK(w.page->drawing()->answers().front().question == second);
    CHECK(
        tmap::match::drawingAnswers(w.page->drawing()->toMatch(), QuestionKey {QuestionKind::Symptom, "numbness", {}}));
    // "No chest pain", then the breastbone drawn: the drawing says it now (the symptom's places, symptoms.json).
    w.page->drawing()->setAnswer({QuestionKey {QuestionKind::Symptom, "chest-pain", {}}, Reply::No});
    REQUIRE(w.page->drawing()->answers().size() == 2);
    w.page->drawing()->add("chest.sternum");
    REQUIRE(w.page->drawing()->answers().size() == 1);
    CHECK(w.page->drawing()->answers().front().question == second);
    // The drawing cleared: the answers go with it and the panel folds away.
    w.page->drawing()->clear();
    CHECK(w.page->drawing()->answers().empty());
    CHECK_FALSE(w.panel->isVisible());
}

TEST_CASE(
    "narrow gui: Save to journal keeps the answers with the note and the editor words them", "[gui][narrow][journal]")
{
    Window w;
    w.drawLowBack();
    REQUIRE(w.panel->question());
    const std::string asked = w.panel->question()->key.id();
    QTest::mouseClick(w.panel->replyButton(Reply::Yes), Qt::LeftButton);
    REQUIRE(w.page->drawing()->answers().size() == 1);
    const QString line = tmap::app::AnswerText::answer(builtCatalogue(), w.page->drawing()->answers().front());
    QString shown, text;
    // The editor opens once the journal is open (on the session's worker thread): look for it until it is there.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* editor = qobject_cast<tmap::app::NoteEditor*>(QApplication::activeModalWidget())) {
            poll.stop();
            shown = editor->answersLabel()->text();
            text = editor->textEdit()->toPlainText();
            editor->accept();
        }
    });
    poll.start(5);
    w.window.saveToJournal();
    CHECK(shown == line); // in words, as the panel lists it
    CHECK(text.isEmpty()); // the answers are data now, not text the person has to keep
    auto* session = w.window.findChild<tmap::app::JournalSession*>();
    REQUIRE(session);
    const auto notes = session->journal()->list({});
    REQUIRE(notes.size() == 1);
    REQUIRE(notes[0].answers.size() == 1);
    CHECK(notes[0].answers[0].question == asked);
    CHECK(notes[0].answers[0].reply == tmap::journal::Reply::Yes);
}

TEST_CASE(
    "narrow gui: choosing a result shows its pattern, letting go shows the question's place again", "[gui][narrow]")
{
    Window w;
    w.drawLowBack();
    REQUIRE(w.panel->question());
    w.page->selectResult(0);
    CHECK(w.page->bodyMap()->pattern().point == w.page->results()->result(0)->point);
    CHECK(w.page->bodyMap()->highlight().isEmpty());
    w.page->resultsView()->setCurrentIndex({});
    const auto& q = *w.panel->question();
    if (q.key.kind == QuestionKind::Region)
        CHECK(w.page->bodyMap()->highlight() == QString::fromStdString(q.key.subject));
    else if (q.key.kind == QuestionKind::Press)
        CHECK(w.page->bodyMap()->pattern().point == q.point);

    // The person's choice of view stands; "Show on the body" turns the map to the question's place.
    REQUIRE(q.key.kind != QuestionKind::Symptom);
    w.page->setView("soles");
    CHECK(w.page->bodyMap()->view() == "soles");
    QTest::mouseClick(w.panel->showButton(), Qt::LeftButton);
    CHECK(w.page->bodyMap()->view() != "soles");
}

TEST_CASE("narrow gui: a press test comes with how gently to press and where not to, other questions without",
    "[gui][narrow]")
{
    Window w;
    // A place question, then a press test (a yes to a place of the low back would bring its warning, which holds
    // the press tests).
    w.page->drawing()->add("elbow.outer:left");
    bool sawPress = false, sawOther = false;
    for (int i = 0; i < 8 && w.panel->question() && !(sawPress && sawOther); ++i) {
        const auto& q = *w.panel->question();
        if (q.key.kind == QuestionKind::Press) {
            sawPress = true;
            const auto* point = builtCatalogue().triggerPoint(q.key.subject);
            REQUIRE(point);
            const auto* muscle = builtCatalogue().muscle(point->muscleId);
            REQUIRE(muscle);
            // The muscle's own precautions first, then its pressure techniques' (a stretch's are not for a press
            // test).
            const auto precautions = tmap::catalogue::pressPrecautionsFor(*muscle);
            REQUIRE_FALSE(precautions.empty());
            CHECK(w.panel->cautionBox()->isVisible());
            // The first beside "Press gently.", on the box's first line.
            CHECK(w.panel->cautionText()
                      .section('\n', 0, 0)
                      .contains(QString::fromStdString(precautions.front().text).toHtmlEscaped()));
            // Every one in the box (not only in a tooltip), a technique's own below its name when the muscle has two
            // ways to press.
            const auto ways = std::count_if(muscle->techniques.begin(), muscle->techniques.end(),
                [](const auto& t) { return t.kind != tmap::catalogue::TechniqueKind::Stretch; });
            const QString tip = w.panel->cautionText();
            for (const auto& p : precautions) {
                const QString text = QString::fromStdString(p.text).toHtmlEscaped();
                CHECK(tip.contains(text));
                if (p.technique && ways > 1) {
                    const QString heading = QString::fromUtf8("With \u201c%1\u201d:")
                                                .arg(QString::fromStdString(p.technique->name).toHtmlEscaped());
                    CHECK(tip.contains(heading));
                    CHECK(tip.indexOf(heading) < tip.indexOf(text));
                }
            }
        } else {
            sawOther = true;
            CHECK_FALSE(w.panel->cautionBox()->isVisible());
            CHECK_FALSE(w.panel->cautionsBelowLabel()->isVisible());
        }
        QTest::mouseClick(w.panel->replyButton(Reply::Yes), Qt::LeftButton);
    }
    CHECK(sawPress);
}

TEST_CASE("narrow gui: the legend names the blue outline while a question asks about a place, on a line it wraps to",
    "[gui][narrow]")
{
    Window w;
    w.window.resize(1024, 640);
    auto* legend = w.page->findChild<tmap::app::Legend*>();
    REQUIRE(legend);
    CHECK_FALSE(legend->askedAboutShown());
    const int oneLine = legend->height();
    w.page->bodyMap()->setView("back"); // where the places asked about a low back are drawn
    w.page->drawing()->add("back.lumbar:left");
    for (int i = 0; i < 6 && w.panel->question() && w.panel->question()->key.kind != QuestionKind::Region; ++i)
        QTest::mouseClick(w.panel->replyButton(Reply::No), Qt::LeftButton);
    REQUIRE(w.panel->question());
    REQUIRE(w.panel->question()->key.kind == QuestionKind::Region);
    QApplication::processEvents();
    CHECK_FALSE(w.page->bodyMap()->highlight().isEmpty());
    CHECK(legend->askedAboutShown());
    CHECK(legend->itemNames().contains("Asked about"));
    // Every item whole: the legend is as high as its lines need at its width.
    CHECK(legend->height() >= legend->heightForWidth(legend->width()));
    if (legend->lineCount(legend->width()) > 1)
        CHECK(legend->height() > oneLine);
    // A narrow legend wraps rather than cutting an item off.
    CHECK(legend->lineCount(legend->minimumSizeHint().width()) > 1);
    CHECK(
        legend->heightForWidth(legend->minimumSizeHint().width()) > legend->heightForWidth(legend->sizeHint().width()));
    CHECK(legend->lineCount(legend->sizeHint().width()) == 1);

    // No place asked about: no such item.
    w.page->drawing()->clear();
    QApplication::processEvents();
    CHECK(w.page->bodyMap()->highlight().isEmpty());
    CHECK_FALSE(legend->askedAboutShown());
    CHECK_FALSE(legend->itemNames().contains("Asked about"));
}

TEST_CASE("narrow gui: the legend names the blue outline only in a view that draws it", "[gui][narrow]")
{
    // Pain on the top of the head, in the front view: the question asks about the place behind the ear, which the
    // front view does not draw; the legend said "Asked about" beside no outline.
    Window w;
    auto* legend = w.page->findChild<tmap::app::Legend*>();
    REQUIRE(legend);
    auto* map = w.page->bodyMap();
    map->setView("front");
    w.page->drawing()->add("head.vertex");
    QApplication::processEvents();
    REQUIRE(w.panel->question());
    REQUIRE(w.panel->question()->key.kind == QuestionKind::Region);
    const QString asked = map->highlight();
    REQUIRE_FALSE(asked.isEmpty());
    bool hidden = false, drawn = false;
    for (const char* view : {"front", "back", "side", "side-left"}) {
        map->setView(view);
        QApplication::processEvents();
        INFO(view);
        REQUIRE(map->highlight() == asked);
        const bool inView = map->highlightShown();
        CHECK(legend->askedAboutShown() == inView);
        (inView ? drawn : hidden) = true;
    }
    CHECK(hidden); // the front view
    CHECK(drawn);
}

TEST_CASE(
    "narrow gui: a point for a clinician only is a crossed circle, named in the legend, never the X", "[gui][narrow]")
{
    // Iliopsoas' point beside the femoral pulse was drawn with the X the legend calls "where to press".
    Window w;
    w.window.resize(1024, 640);
    auto* legend = w.page->findChild<tmap::app::Legend*>();
    REQUIRE(legend);
    const auto* point = builtCatalogue().triggerPoint("iliopsoas-3");
    REQUIRE(point);
    REQUIRE(point->clinicianOnly);
    const auto shot = [&](const tmap::catalogue::TriggerPoint* p) {
        const tmap::app::Pattern pattern {p, tmap::body::Side::Right, builtCatalogue().muscle(p->muscleId)};
        w.page->bodyMap()->setPattern(pattern);
        QApplication::processEvents();
        // The painter itself, at a fixed size (the legend's new item may move the map).
        QImage image(400, 600, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        tmap::app::BodyScene scene;
        scene.view = "front";
        scene.pattern = pattern;
        tmap::app::BodyPainter(builtCatalogue().body())
            .paint(painter, QRectF(0, 0, 400, 600), scene, tmap::app::BodyColours::from(QApplication::palette()));
        painter.end();
        return image;
    };
    const QImage clinician = shot(point);
    CHECK(legend->itemNames().contains("Clinician only: do not press"));
    // The same point drawn as if for self-care differs only by its mark.
    tmap::catalogue::TriggerPoint asIfSelfCare = *point;
    asIfSelfCare.clinicianOnly = false;
    const QImage pressable = shot(&asIfSelfCare);
    CHECK_FALSE(legend->itemNames().contains("Clinician only: do not press"));
    CHECK(clinician != pressable);
    w.page->bodyMap()->setPattern({});
    QApplication::processEvents();
    CHECK_FALSE(legend->itemNames().contains("Clinician only: do not press"));
}

TEST_CASE("narrow gui: screenshots for review", "[.][shot]")
{
    const tmap::test::ShotSettings settings; // TM_SHOT_LANGUAGE, TM_SHOT_DARK
    const QString out = qEnvironmentVariable("TM_SHOT_DIR", QDir::tempPath());
    for (const QSize size : {QSize(1280, 800), QSize(1024, 640)}) {
        Window w;
        w.window.resize(size);
        const QString suffix = QString("-%1x%2.png").arg(size.width()).arg(size.height());
        // Two answers, then a press question (the picture: its pattern and X).
        w.page->drawing()->add("buttock.upper:left");
        for (int i = 0; i < 2 && w.panel->question(); ++i)
            QTest::mouseClick(w.panel->replyButton(Reply::Yes), Qt::LeftButton);
        QTest::qWait(100);
        w.window.grab().save(out + "/narrow-answered" + suffix);
        // A question about a place: its blue outline on the map, and in the legend.
        w.page->drawing()->clear();
        w.page->drawing()->add("back.lumbar:left");
        for (int i = 0; i < 6 && w.panel->question() && w.panel->question()->key.kind != QuestionKind::Region; ++i)
            QTest::mouseClick(w.panel->replyButton(Reply::No), Qt::LeftButton);
        QTest::qWait(100);
        w.window.grab().save(out + "/narrow-region" + suffix);
        // Nothing left to ask.
        w.page->drawing()->clear();
        w.page->drawing()->add("head.temple:right");
        for (int i = 0; i < 12 && w.panel->question(); ++i)
            QTest::mouseClick(w.panel->replyButton(i % 2 ? Reply::Yes : Reply::No), Qt::LeftButton);
        QTest::qWait(100);
        w.window.grab().save(out + "/narrow-done" + suffix);
    }
}

TEST_CASE("narrow gui: a press question names the muscle once, in German too", "[gui][narrow]")
{
    tmap::match::QuestionKey press {tmap::match::QuestionKind::Press, "rectus-femoris-1", tmap::body::Side::Right};
    for (const char* language : {"", "de"}) {
        INFO(language);
        QTranslator translator;
        if (*language) {
            REQUIRE(translator.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
            QCoreApplication::installTranslator(&translator);
            tmap::app::BodyNames::setCatalogue(&builtCatalogue(), language);
        }
        const QString text = tmap::app::NarrowPanel::questionText(builtCatalogue(), press);
        const QString muscle
            = tmap::app::DataText::muscleName(*builtCatalogue().muscle("rectus-femoris")).section(" (", 0, 0);
        INFO(text.toStdString());
        CHECK(text.count(muscle) == 1);
        if (*language) {
            tmap::app::BodyNames::setCatalogue(nullptr, {});
            QCoreApplication::removeTranslator(&translator);
        }
    }
}

TEST_CASE("narrow gui: a point in the front of the neck is to be gripped, never pressed in, and so says its question",
    "[gui][narrow]")
{
    // "Press the right Sternocleidomastoid trigger point (along the front edge of the sternal part, halfway up the
    // neck)" sent a person to press where the carotid pulse is felt; the entry itself says to grip the muscle.
    int gripped = 0;
    for (const auto& m : builtCatalogue().muscles()) {
        bool neverInward = false;
        for (const auto& p : tmap::catalogue::precautionsFor(m))
            neverInward = neverInward || p.text.find("never press inward into the neck") != std::string::npos;
        for (const auto& tp : m.triggerPoints) {
            INFO(tp.id);
            CHECK(tp.grip == neverInward);
            const tmap::match::QuestionKey press {tmap::match::QuestionKind::Press, tp.id, tmap::body::Side::Left};
            const QString text = tmap::app::NarrowPanel::questionText(builtCatalogue(), press);
            CHECK(text.contains("Grip it between thumb and fingers, without pressing into the neck") == tp.grip);
            CHECK(text.startsWith("Press here") == !tp.grip);
            gripped += tp.grip;
        }
    }
    CHECK(gripped == 7); // the sternocleidomastoid's five points and the platysma's two
}

TEST_CASE("narrow gui: under a warning that holds self-care, press tests wait until its signs are said not to apply",
    "[gui][narrow]")
{
    // Low back pain shows the nerve-compression warning, and no press test was ever asked for it, however many
    // questions were answered: the most reliable sign was out of reach for the commonest complaint.
    Window w;
    w.page->drawing()->add("back.lumbar:left");
    QApplication::processEvents();
    auto* warning = w.page->redFlagNotice();
    REQUIRE(warning->isVisible());
    CHECK(warning->text().contains("tm:clear-holds"));
    CHECK(warning->text().contains("Does not apply to me"));
    std::vector<std::vector<const tmap::catalogue::RedFlag*>> asked;
    bool answer = false;
    w.page->setSelfCareCheck([&](const std::vector<const tmap::catalogue::RedFlag*>& flags) {
        asked.push_back(flags);
        return answer;
    });
    // "Cancel": still held.
    emit warning->linkActivated("tm:clear-holds");
    REQUIRE(asked.size() == 1);
    REQUIRE_FALSE(asked[0].empty());
    CHECK(asked[0].front()->id == "cauda-equina");
    CHECK(warning->text().contains("tm:clear-holds"));
    // "None of these signs apply": the line goes, the warning stays, and answering on brings a press test.
    answer = true;
    emit warning->linkActivated("tm:clear-holds");
    CHECK(asked.size() == 2);
    CHECK(warning->isVisible());
    CHECK_FALSE(warning->text().contains("tm:clear-holds"));
    bool pressed = false;
    for (int i = 0; i < 10 && w.panel->question() && !pressed; ++i) {
        pressed = w.panel->question()->key.kind == QuestionKind::Press;
        if (!pressed)
            QTest::mouseClick(w.panel->replyButton(Reply::Yes), Qt::LeftButton);
    }
    CHECK(pressed);
}

TEST_CASE("narrow gui: a symptom question says how the likeliest candidate known for it shows it", "[gui][narrow]")
{
    // "Do you also have this symptom: feeling of swelling?" for chest pain: the catalogue means the breast's fullness
    // for pectoralis major, puffy fingers for the scalenes, a swollen ankle for soleus.
    Window w;
    w.page->drawing()->add("chest.pectoral:left");
    for (const char* a : {"region:arm.front:left=no", "region:shoulder.front:left=no"})
        w.page->drawing()->setAnswer(tmap::match::parseAnswer(builtCatalogue(), a));
    QApplication::processEvents();
    REQUIRE(w.panel->question());
    const auto& q = *w.panel->question();
    REQUIRE(q.key.kind == QuestionKind::Symptom);
    REQUIRE(q.symptomMuscle);
    const auto& links = q.symptomMuscle->symptoms;
    CHECK(std::any_of(links.begin(), links.end(),
        [&](const tmap::catalogue::Link& l) { return l.id == q.key.subject && l.note == q.symptomNote; }));
    // The likeliest candidate with a note on it: none ranked above it has one.
    const QString text = w.panel->questionLabel()->text();
    INFO(text.toStdString());
    CHECK(text.contains(QString::fromStdString(q.symptomNote)));
    CHECK(text.contains("(For example, " + tmap::app::DataText::muscleName(*q.symptomMuscle) + ": "));
}

TEST_CASE("narrow gui: pain on both sides is asked about on either side, shown on both", "[gui][narrow]")
{
    Window w;
    w.page->drawing()->add("head.temple:left");
    w.page->drawing()->add("head.temple:right");
    QApplication::processEvents();
    for (int turn = 0; turn < 6 && w.panel->question() && w.panel->question()->key.kind != QuestionKind::Region; ++turn)
        QTest::mouseClick(w.panel->replyButton(Reply::Unsure), Qt::LeftButton);
    REQUIRE(w.panel->question());
    REQUIRE(w.panel->question()->key.kind == QuestionKind::Region);
    const std::string place = w.panel->question()->key.subject;
    INFO(place);
    CHECK(place.find(':') == std::string::npos);
    CHECK(w.panel->questionLabel()->text().contains("(either side)"));
    CHECK(w.page->bodyMap()->highlight() == QString::fromStdString(place));
    // The highlight is the place on both sides: its outline holds each side's.
    const tmap::app::BodyPainter painter(builtCatalogue().body());
    const QString view = w.page->bodyMap()->view();
    const QPainterPath both = painter.path(view, QString::fromStdString(place));
    const QPainterPath left = painter.path(view, QString::fromStdString(place + ":left"));
    const QPainterPath right = painter.path(view, QString::fromStdString(place + ":right"));
    REQUIRE_FALSE(left.isEmpty());
    REQUIRE_FALSE(right.isEmpty());
    CHECK(both.boundingRect().contains(left.boundingRect()));
    CHECK(both.boundingRect().contains(right.boundingRect()));
    // Answered, it is listed in words with its side.
    QTest::mouseClick(w.panel->replyButton(Reply::No), Qt::LeftButton);
    REQUIRE(w.page->drawing()->answers().size() == 1);
    CHECK(tmap::app::AnswerText::answer(builtCatalogue(), w.page->drawing()->answers().back())
              .contains("(either side): no"));
}

TEST_CASE("narrow gui: a grip test's caution says to grip, not to press", "[gui][narrow]")
{
    Window w;
    w.page->drawing()->add("head.chin");
    QApplication::processEvents();
    // The places asked first (pain also in the eye, on either side) are left unanswered.
    for (int turn = 0; turn < 6 && w.panel->question() && w.panel->question()->key.kind != QuestionKind::Press; ++turn)
        QTest::mouseClick(w.panel->replyButton(Reply::Unsure), Qt::LeftButton);
    REQUIRE(w.panel->question());
    REQUIRE(w.panel->question()->key.kind == QuestionKind::Press);
    REQUIRE(w.panel->question()->point->grip);
    CHECK(w.panel->cautionText().contains("Grip gently."));
    CHECK_FALSE(w.panel->cautionText().contains("Press gently."));
    CHECK(w.panel->cautionBox()->accessibleName() == "Before you grip");
}

TEST_CASE("narrow gui: every precaution of a press test is in its box, and a small window scrolls them, whole, saying "
          "how many are below",
    "[gui][narrow]")
{
    // Soleus has eight: the box showed the first and left seven to a tooltip.
    const auto& cat = builtCatalogue();
    const auto* soleus = cat.muscle("soleus");
    REQUIRE(soleus);
    const auto q = pressQuestion(*soleus, tmap::body::Side::Left);
    REQUIRE(q.precautions.size() >= 6);
    Window w;
    auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    };
    w.page->drawing()->add("foot.heel:left");
    auto* box = w.panel->cautionBox();
    auto* below = w.panel->cautionsBelowLabel();
    SECTION("a large window shows them all")
    {
        w.window.resize(1920, 1080);
        w.panel->setState(q, {}, false);
        settle();
        REQUIRE(box->isVisible());
        for (const auto& p : q.precautions)
            CHECK(w.panel->cautionText().contains(QString::fromStdString(p.text).toHtmlEscaped()));
        CHECK(box->verticalScrollBar()->maximum() == 0);
        CHECK_FALSE(below->isVisible());
        // Made small again, the window is as small as asked (the box sized by the large window held it taller),
        // and the box scrolls.
        w.window.resize(1024, 640);
        settle();
        CHECK(w.window.height() == 640);
        CHECK(box->verticalScrollBar()->maximum() > 0);
        CHECK(below->isVisible());
    }
    SECTION("a small one scrolls them, cut between two items, and says so until the last is in view")
    {
        w.window.resize(1024, 640);
        settle();
        w.panel->setState(q, {}, false);
        settle();
        REQUIRE(w.window.height() == 640); // the box did not make the window taller
        REQUIRE(box->verticalScrollBar()->maximum() > 0);
        CHECK(below->isVisible());
        const auto items = box->widget()->findChildren<QLabel*>();
        REQUIRE(items.size() >= 6);
        // The foot of the box falls between two items, not through a line; the count is of those below it.
        const int foot = box->viewport()->height();
        int under = 0;
        for (const auto* item : items) {
            const QRect r = item->geometry();
            INFO(item->text().toStdString());
            CHECK((r.bottom() < foot || r.top() >= foot - box->widget()->layout()->spacing()));
            under += r.top() >= foot - box->widget()->layout()->spacing() ? 1 : 0;
        }
        REQUIRE(under > 0);
        CHECK(
            below->text().startsWith(under == 1 ? QString("One more below") : QString::number(under) + " more below"));
        box->verticalScrollBar()->setValue(box->verticalScrollBar()->maximum());
        settle();
        CHECK_FALSE(below->isVisible());
    }
}

TEST_CASE("narrow gui: no press test's precautions make a 1024x640 window taller, and the line under them counts "
          "what is below, as the questions change",
    "[gui][narrow]")
{
    // Sized by the window's height, the box grew the window it was sized by (to 661 px with three answers), and its
    // count, read before the new items were laid out, was wrong after most changes of question.
    const auto& cat = builtCatalogue();
    using tmap::body::Side;
    const std::vector<tmap::match::Answer> three {{{QuestionKind::Region, "back.lumbar:left", Side::None}, Reply::No},
        {{QuestionKind::Region, "head.temple:left", Side::None}, Reply::No},
        {{QuestionKind::Region, "neck.back:left", Side::None}, Reply::No}};
    for (const bool german : {false, true})
        for (const std::size_t answers : {std::size_t(0), std::size_t(3)}) {
            std::unique_ptr<QTranslator> translator;
            if (german) {
                translator = std::make_unique<QTranslator>();
                REQUIRE(translator->load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
                QCoreApplication::installTranslator(translator.get());
                tmap::app::BodyNames::setCatalogue(&builtCatalogue(), "de");
            }
            Window w;
            w.window.resize(1024, 640);
            w.page->drawing()->add("foot.heel:left");
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const std::vector<tmap::match::Answer> given(three.begin(), three.begin() + answers);
            int tested = 0;
            for (const auto& m : cat.muscles()) {
                if (m.triggerPoints.empty() || tmap::catalogue::pressPrecautionsFor(m).empty())
                    continue;
                const auto q = pressQuestion(m, Side::Left);
                w.panel->setState(q, given, false);
                for (int i = 0; i < 5; ++i)
                    QApplication::processEvents();
                ++tested;
                INFO("german " << german << ", answers " << answers << ", " << m.id);
                CHECK(w.window.height() == 640);
                auto* box = w.panel->cautionBox();
                const int foot = box->verticalScrollBar()->value() + box->viewport()->height();
                int below = 0;
                for (const auto* item : box->widget()->findChildren<QLabel*>())
                    if (item->geometry().bottom() > foot && !item->property("heading").toBool())
                        ++below;
                auto* line = w.panel->cautionsBelowLabel();
                CHECK(line->isVisible() == (below > 0));
                if (below > 1)
                    CHECK(line->text().startsWith(QString::number(below) + (german ? " weitere" : " more below")));
                if (w.window.height() != 640) {
                    w.window.resize(1024, 640);
                    for (int i = 0; i < 5; ++i)
                        QApplication::processEvents();
                }
            }
            CHECK(tested > 100);
            if (translator) {
                QCoreApplication::removeTranslator(translator.get());
                tmap::app::BodyNames::setCatalogue(nullptr, {});
            }
        }
}

TEST_CASE("narrow gui: a press test's precautions of one way to press stand under its name", "[gui][narrow]")
{
    // Masseter is pressed two ways (strokes on the jaw, a grip inside the cheek): "Do not do this with mouth ulcers"
    // is the grip's, and read as if for both without its name.
    const auto& cat = builtCatalogue();
    const auto* masseter = cat.muscle("masseter");
    REQUIRE(masseter);
    const auto q = pressQuestion(*masseter, tmap::body::Side::Right);
    tmap::app::NarrowPanel panel(cat);
    panel.setState(q, {}, false);
    const QString tip = panel.cautionText();
    const QString grip = QString::fromUtf8("With \u201cPincer grip from inside the cheek\u201d:");
    const int under = tip.indexOf(grip);
    const int ulcers = tip.indexOf("Do not do this with mouth ulcers");
    INFO(tip.toStdString());
    REQUIRE(under >= 0);
    CHECK(under < ulcers);
    // A stretch's precaution is not for a press test.
    CHECK_FALSE(tip.contains("Do not force the jaw open"));
    // What both ways share stands before the first heading.
    CHECK(tip.indexOf("Press more gently if you are pregnant") < tip.indexOf("With \u201c"));
}
