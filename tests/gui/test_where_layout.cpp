// The Where-it-hurts page in a small window and in German: the warnings are never cut off, the results keep a few
// rows, the chosen trigger point stays chosen, and the data's names (regions, symptoms, red flags) are German.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include "../support/catalogue_fixture.h"
#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/pain_drawing.h"
#include "app/catalogue/catalogue_page.h"
#include "app/catalogue/entry_browser.h"
#include "app/journal/journal_session.h"
#include "app/shell/main_window.h"
#include "app/where/narrow_panel.h"
#include "app/where/results_model.h"
#include "app/where/where_page.h"
#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/roles.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"
#include "match/matcher.h"

using tmap::app::MainWindow;

namespace {

/// The interface and the data in German for the lifetime of a test; English again afterwards.
struct German {
    QTranslator translator;
    German()
    {
        REQUIRE(translator.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
        QCoreApplication::installTranslator(&translator);
        tmap::app::BodyNames::setCatalogue(&builtCatalogue(), "de");
    }
    ~German()
    {
        QCoreApplication::removeTranslator(&translator);
        tmap::app::BodyNames::setCatalogue(nullptr, {});
    }
    Q_DISABLE_COPY_MOVE(German)
};

/// The main window shown at `size`, its interface in German when `german`, for the fixture's lifetime (the
/// translation installed before the window is made, as main() does).
struct ShownWindow {
    std::unique_ptr<German> language;
    MainWindow window {builtCatalogue()};
    ShownWindow(bool german, QSize size)
        : language(german ? std::make_unique<German>() : nullptr)
    {
        window.resize(size);
        window.show();
    }
};

void settle()
{
    for (int round = 0; round < 6; ++round)
        QApplication::processEvents();
}

/// The scroll area of the page's spots' rows, or null.
QScrollArea* spotsScroll(tmap::app::WherePage* page)
{
    for (auto* area : page->findChildren<QScrollArea*>())
        if (area->widget() && QByteArray(area->widget()->metaObject()->className()) == "tmap::app::SpotList")
            return area;
    return nullptr;
}

/// Spots on the lower back and the back of the leg plus "Numbness": three warnings at once.
void drawBackAndLeg(tmap::app::PainDrawing& drawing)
{
    for (const char* spot :
        {"back.lumbar:right", "thigh.back_upper:right", "thigh.back_lower:right", "leg.calf_upper:right"})
        drawing.toggle(spot);
    drawing.setSymptoms({"numbness"});
}

/// True when `widget` is shown whole: as tall as its text needs, and inside its scroll area's content.
bool shownWhole(QLabel* label)
{
    return label->isVisible() && label->height() >= label->heightForWidth(label->width())
        && label->width() <= label->parentWidget()->width();
}

} // namespace

TEST_CASE("where: every red flag is readable at the smallest window size", "[gui][where]")
{
    // 1024x640, and 960x540: a 1920x1080 screen at 200%.
    for (const auto& [german, size] : {std::pair {false, QSize(1024, 640)}, std::pair {true, QSize(1024, 640)},
             std::pair {false, QSize(960, 540)}, std::pair {true, QSize(960, 540)}}) {
        INFO("german " << german << ", " << size.width() << "x" << size.height());
        ShownWindow shown(german, size);
        MainWindow& window = shown.window;
        auto* page = window.wherePage();
        drawBackAndLeg(*page->drawing());
        settle();
        CHECK(window.width() <= size.width());
        CHECK(window.height() <= size.height());

        QLabel* notice = page->redFlagNotice();
        REQUIRE(notice->isVisible());
        CHECK(shownWhole(notice));
        tmap::match::Drawing drawing = page->drawing()->toMatch();
        const auto flags = tmap::match::redFlagsFor(builtCatalogue(), drawing);
        REQUIRE(flags.size() >= 3);
        for (const auto* flag : flags) {
            const QString title = tmap::app::DataText::redFlagTitle(*flag).toHtmlEscaped();
            INFO(title.toStdString());
            CHECK(notice->text().contains(title));
        }
        // The page scrolls to it: the notice lies inside the scrollable content.
        auto* scroll = window.findChild<QScrollArea*>("whereSideScroll");
        REQUIRE(scroll);
        scroll->ensureWidgetVisible(notice, 0, 0);
        settle();
        const QRect inViewport(notice->mapTo(scroll->viewport(), QPoint(0, 0)), notice->size());
        CHECK(scroll->viewport()->rect().intersects(inViewport));
        // Nothing of the panel is cut at its right edge: it is never wider than the room it is shown in.
        CHECK(inViewport.right() < scroll->viewport()->width());
        CHECK(scroll->widget()->width() <= scroll->viewport()->width());

        // The results keep room for about three rows.
        const QListView* results = page->resultsView();
        REQUIRE(page->results()->rowCount() >= 3);
        const int rows = results->sizeHintForRow(0);
        CHECK(results->height() >= 3 * std::min(rows, 3 * results->fontMetrics().lineSpacing() + 8));
    }
}

TEST_CASE("where: at 1024x640 and 960x540 (1920x1080 at 200%) the first results show without scrolling, above the "
          "optional symptoms, and a tall window lists more symptoms",
    "[gui][where]")
{
    for (const QSize size : {QSize(1024, 640), QSize(960, 540)})
        for (const bool german : {false, true}) {
            ShownWindow shown(german, size);
            MainWindow& window = shown.window;
            auto* page = window.wherePage();
            page->drawing()->toggle("neck.side:right");
            page->drawing()->toggle("head.temple:right");
            settle();
            auto* scroll = window.findChild<QScrollArea*>("whereSideScroll");
            REQUIRE(scroll);
            REQUIRE(scroll->verticalScrollBar()->value() == 0);
            const QListView* results = page->resultsView();
            REQUIRE(page->results()->rowCount() >= 2);
            // The first two rows lie inside the side panel's viewport as it first shows.
            const QRect rows = results->visualRect(page->results()->index(1, 0))
                                   .united(results->visualRect(page->results()->index(0, 0)));
            const QRect inViewport(results->viewport()->mapTo(scroll->viewport(), rows.topLeft()), rows.size());
            INFO("german " << german << ", " << size.width() << "x" << size.height() << ", rows at " << inViewport.top()
                           << "-" << inViewport.bottom() << " of " << scroll->viewport()->height());
            CHECK(scroll->viewport()->rect().contains(inViewport));
            if (size.height() < 640)
                continue; // the symptoms' rows at 1024x640 only

            const auto* symptoms = page->findChild<QListView*>("symptomsList");
            REQUIRE(symptoms);
            // Whole rows only in the short list: each row is in sight or out of it, none cut in half.
            for (int i = 0; i < symptoms->model()->rowCount(); ++i) {
                const QRect row = symptoms->visualRect(symptoms->model()->index(i, 0));
                INFO("german " << german << ", symptom row " << i << " at " << row.top() << "-" << row.bottom()
                               << " in a viewport of " << symptoms->viewport()->height());
                CHECK((symptoms->viewport()->rect().contains(row) || row.top() >= symptoms->viewport()->height()));
            }
            const int shortList = symptoms->height();
            window.resize(1280, 900);
            settle();
            CHECK(symptoms->height() > shortList);

            // A tall window shows every symptom at once, and the list is no taller than its rows (no empty band).
            window.resize(1920, 1080);
            settle();
            const int n = symptoms->model()->rowCount();
            REQUIRE(n > 30);
            const QRect last = symptoms->visualRect(symptoms->model()->index(n - 1, 0));
            const QRect first = symptoms->visualRect(symptoms->model()->index(0, 0));
            INFO("german " << german << ", symptoms " << first.top() << "-" << last.bottom() << " in a viewport of "
                           << symptoms->viewport()->height());
            CHECK(symptoms->viewport()->rect().contains(last));
            CHECK(first.top() >= 0);
            CHECK(symptoms->viewport()->height() - last.bottom() < symptoms->fontMetrics().height());
            // And the list of likely sources keeps room for six rows there (the temple's warning is shown too).
            const QListView* list = page->resultsView();
            REQUIRE(page->results()->rowCount() >= 6);
            const QRect sixth = list->visualRect(page->results()->index(5, 0));
            INFO("german " << german << ", sixth result ends at " << sixth.bottom() << " of "
                           << list->viewport()->height());
            CHECK(list->viewport()->rect().contains(sixth));
        }
}

TEST_CASE("where: a few spots show whole in their list, without a scroll bar, in English and German", "[gui][where]")
{
    for (const bool german : {false, true}) {
        std::unique_ptr<German> language;
        if (german)
            language = std::make_unique<German>();
        // Drawn in the shown window (each new row must be measured), and before it shows (as --select does).
        for (const bool beforeShow : {false, true}) {
            MainWindow window(builtCatalogue());
            window.resize(1024, 640);
            if (!beforeShow)
                window.show();
            auto* page = window.wherePage();
            // Names that nearly fill a row: measured without the scroll bar, they wrapped once it showed.
            page->drawing()->add("head.temple:right");
            page->drawing()->add("neck.back:right");
            window.show();
            settle();
            QScrollArea* spots = spotsScroll(page);
            REQUIRE(spots);
            INFO("german " << german << ", before show " << beforeShow << ": the list needs "
                           << spots->widget()->height() << " px and has " << spots->viewport()->height());
            CHECK_FALSE(spots->verticalScrollBar()->isVisible());
            CHECK(spots->widget()->height() <= spots->viewport()->height());
        }
    }
}

TEST_CASE("where: many spots scroll in their list, which ends between two rows", "[gui][where]")
{
    // Eight spots at 1024x640: the list's foot cut the seventh row through its name.
    for (const bool german : {false, true}) {
        ShownWindow shown(german, QSize(1024, 640));
        auto* page = shown.window.wherePage();
        for (const char* spot : {"head.temple:right", "head.temple:left", "head.occiput:right", "head.occiput:left",
                 "neck.back:right", "neck.back:left", "shoulder.top:right", "shoulder.top:left"})
            page->drawing()->add(spot);
        settle();
        QScrollArea* spots = spotsScroll(page);
        REQUIRE(spots);
        REQUIRE(spots->verticalScrollBar()->maximum() > 0);
        const int foot = spots->viewport()->height();
        int whole = 0;
        for (const auto* spin : spots->widget()->findChildren<QSpinBox*>()) {
            const QWidget* row = spin->parentWidget();
            const QRect r = row->geometry();
            INFO("german " << german << ": a row at " << r.top() << "-" << r.bottom() << ", the foot at " << foot);
            CHECK((r.bottom() < foot || r.top() >= foot - 2));
            whole += r.bottom() < foot ? 1 : 0;
        }
        CHECK(whole >= 3);
    }
}

TEST_CASE("where: the map's buttons go under the hint when beside it the hint would run past two lines", "[gui][where]")
{
    for (const bool german : {false, true}) {
        ShownWindow shown(german, QSize(1024, 640));
        MainWindow& window = shown.window;
        auto* page = window.wherePage();
        page->setView("back");
        page->drawing()->toggle("back.lumbar:left");
        page->drawing()->toggle("back.lumbar:right");
        settle();
        // Iliopsoas: its X is in the front view, which a button offers.
        int iliopsoas = -1;
        for (int row = 0; row < page->results()->rowCount() && iliopsoas < 0; ++row)
            if (page->results()->index(row).data(tmap::app::MuscleIdRole).toString() == "iliopsoas")
                iliopsoas = row;
        REQUIRE(iliopsoas >= 0);
        page->selectResult(iliopsoas);
        settle();
        auto* hint = page->findChild<QLabel*>("mapHint");
        auto* switchView = page->findChild<QPushButton*>("switchView");
        REQUIRE(hint);
        REQUIRE(switchView);
        REQUIRE(switchView->isVisible());
        INFO("german " << german << ": the hint is " << hint->height() << " px, a line "
                       << hint->fontMetrics().lineSpacing());
        CHECK(hint->height() <= 2 * hint->fontMetrics().lineSpacing() + 4);
        // The button whole, inside the map's side of the page.
        const QRect button(switchView->mapTo(page, QPoint(0, 0)), switchView->size());
        const QWidget* mapSide = page->splitter()->widget(0);
        CHECK(button.right() <= mapSide->mapTo(page, QPoint(mapSide->width(), 0)).x());
        CHECK(switchView->width() >= switchView->sizeHint().width());
    }
}

TEST_CASE("where: every line of each result shows, in German in a small window too", "[gui][where]")
{
    for (const bool german : {false, true}) {
        ShownWindow shown(german, QSize(1024, 640));
        MainWindow& window = shown.window;
        auto* page = window.wherePage();
        page->drawing()->toggle("abdomen.groin:right");
        settle();
        QListView* results = page->resultsView();
        REQUIRE(page->results()->rowCount() > 3);
        for (int row = 0; row < 4; ++row) {
            const QModelIndex index = page->results()->index(row, 0);
            const QRect rect = results->visualRect(index);
            // What the style needs to paint the row's text in the width the row has: less height, and its last
            // lines are cut (a German row lost its main zone behind an ellipsis).
            QStyleOptionViewItem option;
            option.initFrom(results->viewport());
            option.rect = rect;
            option.features |= QStyleOptionViewItem::WrapText;
            option.font = results->font();
            option.fontMetrics = results->fontMetrics();
            const int needed = QStyledItemDelegate().sizeHint(option, index).height();
            INFO("german " << german << ", row " << row << ": " << index.data().toString().toStdString() << " - "
                           << rect.height() << " px for " << needed);
            CHECK(rect.height() >= needed);
            CHECK(rect.width() <= results->viewport()->width()); // wrapped, not wider than the list
        }
    }
}

TEST_CASE("where: when the warnings go on below the fold, the line above the buttons says so before anything else",
    "[gui][where]")
{
    for (const bool german : {false, true}) {
        ShownWindow shown(german, QSize(1024, 600));
        MainWindow& window = shown.window;
        auto* page = window.wherePage();
        // Four warnings: the heart, a sudden headache, the low back's nerves and the temple's arteries.
        for (const char* spot : {"chest.sternum", "chest.pectoral:left", "head.temple:right", "back.lumbar:right"})
            page->drawing()->toggle(spot);
        page->drawing()->setSymptoms({"headache"});
        settle();
        auto* scroll = window.findChild<QScrollArea*>("whereSideScroll");
        REQUIRE(scroll);
        scroll->verticalScrollBar()->setValue(0);
        settle();
        QLabel* warnings = page->redFlagNotice();
        QLabel* chosen = page->chosenLine();
        const auto warningsEnd = [&] { return warnings->mapTo(scroll->viewport(), QPoint(0, warnings->height())).y(); };
        INFO(
            "german " << german << ": the warnings end at " << warningsEnd() << " of " << scroll->viewport()->height());
        REQUIRE(warnings->isVisible());
        REQUIRE(warningsEnd() > scroll->viewport()->height()); // the set-up this test needs
        // Not "the likely sources follow below": a warning cut in the middle of a sentence comes first.
        REQUIRE(chosen->isVisible());
        CHECK(chosen->text().contains(german ? "Warnungen gehen unten weiter" : "warnings go on below"));
        CHECK_FALSE(chosen->text().contains(german ? "weiter unten" : "follow below"));
        emit chosen->linkActivated("#warnings");
        settle();
        CHECK(warningsEnd() <= scroll->viewport()->height());
        CHECK_FALSE(chosen->text().contains(german ? "Warnungen gehen unten weiter" : "warnings go on below"));
    }
}

TEST_CASE(
    "where: the line above the buttons names what they act on, and brings the list back into view", "[gui][where]")
{
    for (const bool german : {false, true}) {
        ShownWindow shown(german, QSize(960, 540)); // 1920x1080 at 200%
        MainWindow& window = shown.window;
        auto* page = window.wherePage();
        drawBackAndLeg(*page->drawing()); // three warnings push the results down
        settle();
        QLabel* chosen = page->chosenLine();
        REQUIRE(chosen);
        QListView* results = page->resultsView();
        auto* scroll = window.findChild<QScrollArea*>("whereSideScroll");
        REQUIRE(scroll);
        // Nothing chosen yet, and the warnings fill the window: the line says the answer follows below them (a
        // person took the empty fold for "nothing found"), and its link brings the list into view.
        scroll->verticalScrollBar()->setValue(0);
        settle();
        QLabel* warnings = page->redFlagNotice();
        const auto warningsEnd = [&] { return warnings->mapTo(scroll->viewport(), QPoint(0, warnings->height())).y(); };
        if (warningsEnd() > scroll->viewport()->height()) { // the warnings first (the next test)
            emit chosen->linkActivated("#warnings");
            settle();
        }
        const auto listInSight = [&] {
            const QRect list(results->viewport()->mapTo(scroll->viewport(), QPoint(0, 0)), results->viewport()->size());
            return scroll->viewport()->rect().intersected(list).height() >= 3 * results->fontMetrics().lineSpacing();
        };
        REQUIRE_FALSE(listInSight()); // the set-up this test needs
        REQUIRE(chosen->isVisible());
        CHECK(chosen->text().contains(german ? "weiter unten" : "follow below"));
        emit chosen->linkActivated("#results");
        settle();
        CHECK(listInSight());
        // (The list has the focus now, and its first row is the current one: the line names it instead.)
        CHECK_FALSE(chosen->text().contains(german ? "weiter unten" : "follow below"));
        CHECK_FALSE(chosen->text().contains("<a "));

        page->selectResult(0);
        results->selectionModel()->select(page->results()->index(1, 0), QItemSelectionModel::Select);
        results->selectionModel()->select(page->results()->index(2, 0), QItemSelectionModel::Select);
        settle();
        const auto points = page->selectedPoints();
        REQUIRE(points.size() >= 3);
        REQUIRE(chosen->isVisible());
        INFO("german " << german << ": " << chosen->text().toStdString());
        // Each chosen muscle is named, and the number of points the session would take.
        for (int row = 0; row < 3; ++row)
            CHECK(chosen->text().contains(page->results()
                                              ->index(row, 0)
                                              .data(Qt::DisplayRole)
                                              .toString()
                                              .section(" (", 0, 0)
                                              .section(". ", 1)
                                              .toHtmlEscaped()));
        CHECK(chosen->text().contains(QString::number(points.size())));

        // Scrolled to the top, the list is below the fold: the line offers it, and its link brings it back.
        scroll->verticalScrollBar()->setValue(0);
        settle();
        const auto rowInSight = [&] {
            const QRect row = results->visualRect(results->currentIndex());
            const QRect inViewport(results->viewport()->mapTo(scroll->viewport(), row.topLeft()), row.size());
            return scroll->viewport()->rect().intersects(inViewport);
        };
        REQUIRE_FALSE(rowInSight()); // the set-up this test needs
        REQUIRE(chosen->text().contains("<a "));
        emit chosen->linkActivated("#results");
        settle();
        CHECK(rowInSight());
        CHECK_FALSE(chosen->text().contains("<a "));
    }
}

TEST_CASE("where: the chosen trigger point stays chosen after adding a spot", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    window.resize(1280, 860);
    window.show();
    auto* page = window.wherePage();
    page->drawing()->toggle("thigh.back_upper:right");
    page->drawing()->toggle("leg.calf_upper:right");
    settle();
    auto* model = page->results();
    REQUIRE(model->rowCount() > 3);
    // A row whose muscle has an earlier row too: restoring by muscle alone would land elsewhere.
    int chosen = -1;
    for (int r = 1; r < model->rowCount() && chosen < 0; ++r)
        for (int before = 0; before < r; ++before)
            if (model->index(before).data(tmap::app::MuscleIdRole) == model->index(r).data(tmap::app::MuscleIdRole))
                chosen = r;
    if (chosen < 0)
        chosen = model->rowCount() - 1;
    page->selectResult(chosen);
    const QString muscle = page->resultsView()->currentIndex().data(tmap::app::MuscleIdRole).toString();
    const QString point = page->resultsView()->currentIndex().data(tmap::app::TriggerPointIdRole).toString();
    const QString side = page->resultsView()->currentIndex().data(tmap::app::SideRole).toString();

    page->drawing()->toggle("thigh.back_lower:right");
    settle();
    bool stillListed = false;
    for (int r = 0; r < model->rowCount(); ++r)
        stillListed = stillListed
            || (model->index(r).data(tmap::app::MuscleIdRole) == muscle
                && model->index(r).data(tmap::app::TriggerPointIdRole) == point
                && model->index(r).data(tmap::app::SideRole) == side);
    REQUIRE(stillListed);
    const QModelIndex now = page->resultsView()->currentIndex();
    CHECK(now.data(tmap::app::MuscleIdRole).toString() == muscle);
    CHECK(now.data(tmap::app::TriggerPointIdRole).toString() == point);
    CHECK(now.data(tmap::app::SideRole).toString() == side);
}

TEST_CASE("where: a reason names two parts of one place differently", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    auto* page = window.wherePage();
    page->drawing()->toggle("thigh.back_upper:right");
    page->drawing()->toggle("thigh.back_lower:right");
    auto* model = page->results();
    REQUIRE(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString reason = model->index(r).data(tmap::app::ReasonRole).toString();
        INFO(reason.toStdString());
        for (const QString& part : reason.split(';')) {
            const QString places = part.section(':', 1);
            QStringList seen;
            for (const QString& place : places.split(", ")) {
                CHECK_FALSE(seen.contains(place.trimmed()));
                seen << place.trimmed();
            }
        }
    }
}

TEST_CASE("where: a reason says a place drawn on both sides once", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    auto* page = window.wherePage();
    page->drawing()->toggle("back.lumbar:left");
    page->drawing()->toggle("back.lumbar:right");
    auto* model = page->results();
    REQUIRE(model->rowCount() > 0);
    const QString reason = model->index(0).data(tmap::app::ReasonRole).toString();
    INFO(reason.toStdString());
    CHECK(reason.contains("low back beside the spine (both sides)"));
    CHECK_FALSE(reason.contains("(left)"));
    CHECK_FALSE(reason.contains("(right)"));
    // One side only: as before.
    page->drawing()->toggle("back.lumbar:left");
    const QString one = model->index(0).data(tmap::app::ReasonRole).toString();
    INFO(one.toStdString());
    CHECK(one.contains("(right)"));
    CHECK_FALSE(one.contains("both sides"));
    // Two regions with one short name ("back of the thigh", its upper and lower halves) are named in full on both
    // sides alike, so that the upper half drawn on both sides is still said once.
    page->drawing()->toggle("back.lumbar:right");
    page->drawing()->toggle("thigh.back_upper:left");
    page->drawing()->toggle("thigh.back_upper:right");
    page->drawing()->toggle("thigh.back_lower:left");
    bool sawUpperBoth = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString thigh = model->index(r).data(tmap::app::ReasonRole).toString();
        INFO(thigh.toStdString());
        CHECK_FALSE(thigh.contains("back of the thigh (")); // never the short name alone
        sawUpperBoth = sawUpperBoth || thigh.contains("upper half (both sides)");
    }
    CHECK(sawUpperBoth);
}

TEST_CASE("where: a place whose name ends in brackets takes its side inside them", "[gui][where]")
{
    const auto& map = builtCatalogue().body();
    CHECK(tmap::app::BodyNames::region(map, "hip.crest:left") == "top of the hip bone (iliac crest, left)");
    CHECK(tmap::app::BodyNames::onBothSides("top of the hip bone (iliac crest)")
        == "top of the hip bone (iliac crest, both sides)");
    CHECK(tmap::app::BodyNames::sided("temple", tmap::body::Side::Right) == "temple (right)");
}

TEST_CASE("where: a row for one trigger point on both sides does not speak of other points", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    auto* page = window.wherePage();
    page->drawing()->toggle("foot.heel:left");
    page->drawing()->toggle("foot.arch:right");
    auto* model = page->results();
    bool sawOnePointBoth = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const tmap::match::Result* result = model->result(r);
        REQUIRE(result);
        if (!result->evidence.combined)
            continue;
        bool onePoint = true;
        for (const auto& p : tmap::match::pointsOf(*result))
            onePoint = onePoint && p.point == result->point;
        const QString reason = model->index(r).data(tmap::app::ReasonRole).toString();
        INFO(reason.toStdString());
        CHECK(reason.contains("the same trigger point on both sides") == onePoint);
        CHECK(reason.contains("other trigger points") == !onePoint);
        sawOnePointBoth = sawOnePointBoth || onePoint;
    }
    CHECK(sawOnePointBoth); // quadratus plantae has one trigger point
}

TEST_CASE("where: in German the symptoms, warnings, regions and results are German", "[gui][where][i18n]")
{
    German german;
    MainWindow window(builtCatalogue());
    window.resize(1024, 640);
    window.show();
    auto* page = window.wherePage();
    drawBackAndLeg(*page->drawing());
    settle();
    for (const auto* flag : tmap::match::redFlagsFor(builtCatalogue(), page->drawing()->toMatch())) {
        CHECK_FALSE(page->redFlagNotice()->text().contains(QString::fromStdString(flag->title)));
        CHECK(page->redFlagNotice()->text().contains(tmap::app::DataText::redFlagAction(*flag).toHtmlEscaped()));
    }
    CHECK(page->bodyMap()->regionName("thigh.back_upper:right").contains("Oberschenkel"));
    // The side panel needs no sideways scrolling: its German buttons fit the width the window gives it.
    page->selectResult(0);
    settle();
    QWidget* up = page->resultsView();
    while (up && !qobject_cast<QScrollArea*>(up))
        up = up->parentWidget();
    auto* sideScroll = qobject_cast<QScrollArea*>(up);
    REQUIRE(sideScroll);
    CHECK(sideScroll->widget()->width() <= sideScroll->viewport()->width());
    CHECK_FALSE(sideScroll->horizontalScrollBar()->isVisible());
    const QString first = page->results()->index(0).data(Qt::DisplayRole).toString();
    CHECK_FALSE(first.contains("thigh"));
    CHECK(window.width() <= 1024);

    // The button that turns the map to a result's best view, in German, never widens the window.
    auto* switchView = window.findChild<QPushButton*>("switchView");
    REQUIRE(switchView);
    bool shown = false;
    for (const char* view : {"front", "side", "soles"}) {
        page->setView(view);
        for (int row = 0; row < std::min(page->results()->rowCount(), 6); ++row) {
            page->selectResult(row);
            settle();
            CHECK(window.width() <= 1024);
            if (switchView->isVisible()) {
                shown = true;
                CHECK(switchView->text().contains(QString::fromUtf8("Ansicht")));
                CHECK(switchView->geometry().right() <= switchView->parentWidget()->width());
            }
        }
    }
    CHECK(shown);
}

TEST_CASE("where: the keyboard's region is named in the status line and to screen readers", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    window.resize(1024, 640);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* page = window.wherePage();
    auto* map = page->bodyMap();
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Down);
    QTest::keyClick(map, Qt::Key_Down);
    const QString region = map->focusedRegion();
    REQUIRE_FALSE(region.isEmpty());
    const QString name = map->regionName(region);
    CHECK(map->accessibleName().contains(name));
    CHECK(page->statusLine()->text() == tmap::app::BodyNames::alone(name)); // a line of its own: upper case

    // "+" zooms to the focused region: it stays where it was on screen.
    const QPointF before = *map->centreOf(region);
    QTest::keyClick(map, Qt::Key_Plus);
    CHECK(map->zoom() > 1.0);
    const QPointF after = *map->centreOf(region);
    CHECK(std::abs(after.x() - before.x()) < 3.0);
    CHECK(std::abs(after.y() - before.y()) < 3.0);
}

TEST_CASE("where: Tab goes from the map to the spots, the symptoms and the results", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    window.resize(1024, 640);
    window.show();
    auto* page = window.wherePage();
    page->drawing()->toggle("thigh.back_upper:right");
    settle();
    // The spot's intensity (made after the page) comes before the symptoms, and the results after them.
    QList<QWidget*> chain;
    for (QWidget* w = page->bodyMap()->nextInFocusChain(); w != page->bodyMap(); w = w->nextInFocusChain())
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible())
            chain << w;
    qsizetype spin = -1, symptoms = -1, results = -1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (spin < 0 && chain[i]->inherits("QSpinBox"))
            spin = i;
        if (chain[i]->accessibleName() == "Other symptoms")
            symptoms = i;
        if (chain[i] == page->resultsView())
            results = i;
    }
    REQUIRE(spin >= 0);
    CHECK(spin < symptoms);
    CHECK(symptoms < results);
}

TEST_CASE("catalogue: the entry opened from the filter shows in the list under its area's heading", "[gui][catalogue]")
{
    tmap::app::CataloguePage page(builtCatalogue());
    page.resize(1024, 400);
    page.show();
    // "head": many muscles of several areas, the best match (a neck muscle) below the head's. Coming from the foot
    // of the list, the view scrolled up just far enough: the row at the very top, its area's heading out of sight.
    page.filter()->setText("head");
    QApplication::processEvents();
    page.tree()->scrollToBottom();
    page.openBestMatch();
    QTest::qWait(20);
    const QModelIndex current = page.tree()->currentIndex();
    REQUIRE(current.isValid());
    REQUIRE(current.parent().isValid());
    INFO(current.data().toString().toStdString() << " under " << current.parent().data().toString().toStdString());
    const QRect viewport = page.tree()->viewport()->rect();
    CHECK(viewport.contains(page.tree()->visualRect(current)));
    CHECK(viewport.contains(page.tree()->visualRect(current.parent())));
}

TEST_CASE("catalogue: the filter needs every word and the footer counts the matches", "[gui][catalogue]")
{
    tmap::app::CataloguePage page(builtCatalogue());
    const QString all = page.countLabel()->text();
    page.filter()->setText("jaw");
    const auto jaw = page.visibleMuscles();
    page.filter()->setText("jaw tinnitus");
    const auto both = page.visibleMuscles();
    REQUIRE_FALSE(both.isEmpty());
    CHECK(both.size() < jaw.size());
    CHECK(page.countLabel()->text().contains(QString::number(both.size())));
    CHECK(page.countLabel()->text() != all);
    // English words, no "muscle(s)": one muscle, or several.
    CHECK_FALSE(page.countLabel()->text().contains("(s)"));
    CHECK(page.countLabel()->text().contains(both.size() == 1 ? "1 muscle matches" : "muscles match"));
    page.filter()->setText("heel");
    for (const QString& id : page.visibleMuscles())
        CHECK(builtCatalogue().muscle(id.toStdString())->area != "forearm-hand");
    page.filter()->clear();
    CHECK(page.countLabel()->text() == all);
}

TEST_CASE("where: a ticked symptom shows a tick", "[gui][where]")
{
    // The tick is a picture in the style sheet: it must be there, and white on the highlight of any palette.
    const QImage tick = QIcon(":/widgets/check.svg").pixmap(24, 24).toImage();
    REQUIRE_FALSE(tick.isNull());
    int white = 0;
    for (int y = 0; y < tick.height(); ++y)
        for (int x = 0; x < tick.width(); ++x)
            white += qAlpha(tick.pixel(x, y)) > 128 && qGray(tick.pixel(x, y)) > 200;
    CHECK(white > 10);
}

TEST_CASE("where: the ticked symptoms are named under the spots, where the drawing is", "[gui][where]")
{
    // Their list lies below the results and is often out of sight (1024x640), though a ticked one can raise a
    // warning: the spots' box names them.
    QTemporaryDir dir;
    MainWindow window(builtCatalogue(), dir.filePath("journal.sqlite"));
    window.resize(1024, 640);
    auto* page = window.wherePage();
    auto* ticked = page->findChild<QLabel*>("tickedSymptoms");
    REQUIRE(ticked);
    page->drawing()->add("chest.pectoral:left", 7);
    CHECK(ticked->isHidden());
    page->drawing()->setSymptoms({"palpitations", "dizziness"});
    CHECK_FALSE(ticked->isHidden());
    CHECK(ticked->text().contains("Palpitations or a skipping heartbeat"));
    CHECK(ticked->text().contains("Dizziness or unsteadiness"));
    page->drawing()->setSymptoms({});
    CHECK(ticked->isHidden());
}

TEST_CASE("where: a left drag moves the zoomed map and marks nothing", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    window.resize(1024, 640);
    window.show();
    auto* page = window.wherePage();
    auto* map = page->bodyMap();
    settle();
    const QPoint middle = map->rect().center();
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Plus);
    QTest::keyClick(map, Qt::Key_Plus);
    REQUIRE(map->zoom() > 1.0);
    const QString region = map->focusedRegion();
    const QPointF before = *map->centreOf(region);
    QTest::mousePress(map, Qt::LeftButton, {}, middle);
    QTest::mouseMove(map, middle + QPoint(30, 40));
    QTest::mouseMove(map, middle + QPoint(60, 80));
    QTest::mouseRelease(map, Qt::LeftButton, {}, middle + QPoint(60, 80));
    const QPointF after = *map->centreOf(region);
    CHECK(after.x() - before.x() > 40);
    CHECK(after.y() - before.y() > 60);
    CHECK(page->drawing()->spots().isEmpty());
    // A click without moving still marks the region under it.
    const QPoint on = map->centreOf(region)->toPoint();
    REQUIRE(map->rect().contains(on));
    const QString under = map->regionAt(on);
    REQUIRE_FALSE(under.isEmpty());
    const QString view = map->view();
    const double zoom = map->zoom();
    QTest::mouseClick(map, Qt::LeftButton, {}, on, 300);
    CHECK(page->drawing()->contains(under));
    // The map stays as it was: same view, same zoom. (The "Narrow it down" panel that now appears below it may
    // make it shorter.)
    CHECK(map->view() == view);
    CHECK(map->zoom() == zoom);
}

TEST_CASE("where: a chosen point whose X is not in the view offers the view that shows where to press", "[gui][where]")
{
    // Front of the shoulder, front view: infraspinatus' pattern shows here, its X is on the back of the shoulder.
    MainWindow window(builtCatalogue());
    window.resize(1280, 800);
    window.show();
    auto* page = window.wherePage();
    page->drawing()->toggle("shoulder.front:right");
    page->drawing()->toggle("arm.front:right");
    settle();
    auto* model = page->results();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r).data(tmap::app::MuscleIdRole).toString() == "infraspinatus")
            row = r;
    REQUIRE(row >= 0);
    page->selectResult(row);
    settle();
    auto* switchView = window.findChild<QPushButton*>("switchView");
    REQUIRE(switchView);
    REQUIRE(switchView->isVisible());
    CHECK(switchView->text().endsWith(": where to press"));
    switchView->click();
    settle();
    const auto* map = window.findChild<tmap::app::BodyMapWidget*>();
    REQUIRE(map);
    CHECK(map->view() != "front");
    const auto* point
        = builtCatalogue().triggerPoint(model->index(row).data(tmap::app::TriggerPointIdRole).toString().toStdString());
    REQUIRE(point);
    CHECK(tmap::catalogue::patternMarker(*point, tmap::body::Side::Right, map->view().toStdString()).has_value());
}

TEST_CASE(
    "where: a chosen row the panel does not show is offered in the line above the buttons, and shown", "[gui][where]")
{
    // At 1024x640 with six spots the panel showed the row above the chosen one and the chosen row's first line, and
    // the line above the buttons offered nothing, since part of the list was in sight.
    ShownWindow shown(false, QSize(1024, 640));
    auto* page = shown.window.wherePage();
    for (const char* spot : {"head.temple:right", "neck.side:right", "shoulder.top:right", "arm.outer:right",
             "elbow.outer:right", "hand.back:right"})
        page->drawing()->toggle(spot);
    settle();
    auto* scroll = shown.window.findChild<QScrollArea*>("whereSideScroll");
    REQUIRE(scroll);
    QListView* results = page->resultsView();
    QLabel* chosen = page->chosenLine();
    // How much of the chosen row the panel shows, against how much it should.
    const auto rowShown = [&] {
        const QRect row = results->visualRect(results->currentIndex());
        const int shownPart = results->viewport()->visibleRegion().boundingRect().intersected(row).height();
        // (less half a line: a row short of a few pixels is in sight)
        return std::pair {shownPart,
            std::min(row.height(), 3 * results->fontMetrics().lineSpacing())
                - results->fontMetrics().lineSpacing() / 2};
    };
    scroll->verticalScrollBar()->setValue(0);
    for (int row = 0; row < page->results()->rowCount(); ++row) {
        page->selectResult(row);
        scroll->verticalScrollBar()->setValue(0);
        settle();
        const auto [part, whole] = rowShown();
        if (part >= whole)
            continue;
        // Out of sight: the line offers it, and its link brings it into view.
        INFO("row " << row << ": " << part << " of " << whole << " px shown; " << chosen->text().toStdString());
        CHECK(chosen->text().contains("href=\"#results\""));
        emit chosen->linkActivated("#results");
        settle();
        CHECK(rowShown().first >= rowShown().second);
        CHECK_FALSE(chosen->text().contains("href=\"#results\""));
        return;
    }
    FAIL("no result row out of sight: the set-up this test needs");
}

TEST_CASE("every tab fits a 960x540 window (1920x1080 at 200%), in English and German", "[gui][where][journal]")
{
    for (const bool german : {false, true}) {
        INFO("german " << german);
        std::unique_ptr<German> language;
        if (german)
            language = std::make_unique<German>();
        QTemporaryDir dir;
        MainWindow window(builtCatalogue(), dir.filePath("journal.sqlite"));
        auto* session = window.findChild<tmap::app::JournalSession*>();
        REQUIRE(session);
        session->setInteractive(false);
        window.resize(960, 540);
        window.show();
        // Where it hurts with a long press question under the map (the chest's "Narrow it down").
        window.wherePage()->drawing()->toggle("chest.pectoral:left");
        window.wherePage()->drawing()->toggle("arm.inner:left");
        settle();
        auto* narrow = window.findChild<tmap::app::NarrowPanel*>();
        REQUIRE(narrow);
        CHECK(narrow->isVisible());
        CHECK(window.width() <= 960);
        CHECK(window.height() <= 540);
        window.showCatalogueTab();
        settle();
        CHECK(window.width() <= 960);
        window.showJournalTab();
        CHECK(QTest::qWaitFor([&] { return session->isOpen(); }, 10000));
        settle();
        CHECK(window.minimumSizeHint().width() <= 960);
        CHECK(window.width() <= 960);
    }
}

TEST_CASE("catalogue: a German entry's other names are German and never its heading again", "[gui][catalogue][i18n]")
{
    German language;
    tmap::app::EntryBrowser browser(builtCatalogue());
    browser.showMuscle("masseter"); // "Kaumuskel (M. masseter)", also called "Kaumuskel" (chewing muscle) before
    CHECK(browser.toPlainText().contains("Kaumuskel (M. masseter)"));
    CHECK_FALSE(browser.toPlainText().contains("auch Kaumuskel"));
    CHECK(browser.toPlainText().contains("Kiefermuskel"));
    for (const char* id : {"gluteus-maximus", "gluteus-medius", "gluteus-minimus", "pectoralis-major"}) {
        browser.showMuscle(id);
        INFO(id);
        for (const char* english : {"Glute max", "Glute med", "Glute min", "Pecs"})
            CHECK_FALSE(browser.toPlainText().contains(english));
    }
}

TEST_CASE("where: a small pattern can be framed on the map, and the frame follows the chosen result", "[gui][where]")
{
    MainWindow window(builtCatalogue());
    window.resize(1024, 640);
    window.show();
    auto* page = window.wherePage();
    page->drawing()->add("head.temple:right", 6);
    page->drawing()->add("neck.side:right", 4);
    settle();
    page->selectResult(0);
    settle();
    auto* zoom = page->findChild<QPushButton*>("zoomPattern");
    REQUIRE(zoom);
    auto* map = page->bodyMap();
    // A pattern of the head and neck is a small part of the figure: the button offers to frame it.
    REQUIRE(zoom->isVisible());
    CHECK(map->zoom() == Approx(1.0));
    zoom->click();
    settle();
    CHECK(map->framed());
    CHECK(map->zoom() > 2.0);
    CHECK_FALSE(zoom->isVisible());
    // Another result: the map stays framed, on the new one's pattern.
    page->selectResult(1);
    settle();
    CHECK(map->framed());
    CHECK(map->zoom() > 1.5);
    // No result chosen: the whole body again.
    page->resultsView()->setCurrentIndex({});
    settle();
    CHECK_FALSE(map->framed());
    CHECK(map->zoom() == Approx(1.0));
    // A pattern that takes most of the figure's height, in the view that shows it, offers no frame.
    map->setView("back");
    page->drawing()->clear();
    page->drawing()->add("thigh.back_upper:right", 6);
    page->drawing()->add("leg.calf_upper:right", 5);
    page->drawing()->add("back.sacroiliac:right", 5);
    settle();
    page->selectResult(0);
    settle();
    INFO(page->resultsView()->currentIndex().data().toString().toStdString());
    REQUIRE(map->view() == "back");
    CHECK_FALSE(zoom->isVisible());
}

TEST_CASE("where: no button of any tab shares its Alt+letter with a tab, a menu or another of its tab, in English and "
          "in German",
    "[gui][where]")
{
    // Alt+P went to the Plans tab or to "Add to plan..." by turns (Qt cycles through a shared mnemonic).
    const auto letterOf = [](const QString& text) -> QChar {
        const QString plain = QString(text).replace("&&", "");
        const int at = plain.indexOf('&');
        return at >= 0 && at + 1 < plain.size() ? plain.at(at + 1).toLower() : QChar();
    };
    for (const bool german : {false, true}) {
        ShownWindow shown(german, QSize(1280, 800));
        auto& window = shown.window;
        window.wherePage()->drawing()->add("neck.side:right", 6);
        // Two results chosen: "Treat these 2..." (German "Diese 2 behandeln ...", which was Alt+D like "Datei").
        auto* results = window.wherePage()->resultsView();
        results->selectionModel()->select(window.wherePage()->results()->index(0), QItemSelectionModel::Select);
        results->selectionModel()->select(window.wherePage()->results()->index(1), QItemSelectionModel::Select);
        settle();
        REQUIRE(window.wherePage()->selectedPoints().size() == 2);
        QSet<QChar> top;
        for (int i = 0; i < window.tabs()->count(); ++i)
            top.insert(letterOf(window.tabs()->tabText(i)));
        REQUIRE(top.size() == window.tabs()->count());
        // The menu bar's titles are reached with Alt too, each by a letter of its own (the Catalogue tab and menu
        // were both Alt+C).
        for (const auto* action : window.menuBar()->actions())
            top.insert(letterOf(action->text()));
        CHECK(top.size() == window.tabs()->count() + window.menuBar()->actions().size());
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            settle();
            QWidget* tab = window.tabs()->widget(i);
            QStringList texts;
            for (const auto* button : tab->findChildren<QAbstractButton*>())
                if (button->isVisibleTo(tab))
                    texts << button->text();
            for (const auto* label : tab->findChildren<QLabel*>()) // a label's letter moves to its field
                if (label->buddy() && label->isVisibleTo(tab))
                    texts << label->text();
            // Nor do two of one tab share a letter ("&Soles" and "&Save to journal...": Alt+S chose by turns).
            QMap<QChar, QString> onTab;
            for (const QString& text : texts) {
                INFO((german ? "German, tab " : "English, tab ") << i << ": " << text.toStdString());
                const QChar letter = letterOf(text);
                CHECK((letter.isNull() || !top.contains(letter)));
                if (letter.isNull())
                    continue;
                INFO("shares it with: " << onTab.value(letter).toStdString());
                CHECK(!onTab.contains(letter));
                onTab.insert(letter, text);
            }
        }
    }
}
