// The note editor's small body map: a click on the map adds the region the core's hit-test finds there, a second
// click chooses it, every view is reachable, the keyboard adds spots, and the saved note holds what was clicked.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../support/catalogue_fixture.h"
#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/journal_session.h"
#include "app/journal/note_editor.h"
#include "app/journal/note_map.h"
#include "catalogue/catalogue.h"
#include "journal/journal.h"

using namespace tmap;
using namespace tmap::app;

namespace {

struct MapJournal {
    QTemporaryDir dir;
    JournalSession session {builtCatalogue(), dir.filePath("journal.sqlite")};
    MapJournal() { session.setInteractive(false); }
};

// A point of the shown map over `instance`, found through the core's geometry (its centre, when the core's hit-test
// names it there; the shape's first vertex pulled towards the centre otherwise).
QPoint pointOn(BodyMapWidget* map, const std::string& instance)
{
    const auto centre = map->centreOf(QString::fromStdString(instance));
    REQUIRE(centre);
    REQUIRE(map->regionAt(*centre) == QString::fromStdString(instance));
    return centre->toPoint();
}

// The first instance of `view` whose centre the core's hit-test gives back (not every shape holds its centre).
std::string clickableIn(BodyMapWidget* map, const std::string& view, const std::string& not_ = {})
{
    const auto* v = builtCatalogue().body().view(view);
    REQUIRE(v);
    for (const auto& s : v->shapes) {
        if (s.instance == not_)
            continue;
        const auto at = map->centreOf(QString::fromStdString(s.instance));
        if (at && map->regionAt(*at) == QString::fromStdString(s.instance))
            return s.instance;
    }
    FAIL("no clickable region in " << view);
    return {};
}

int rowOf(QTableWidget* table, const std::string& instance)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString().toStdString() == instance)
            return r;
    return -1;
}

} // namespace

TEST_CASE("note map: a click on the small map adds the region the core finds there, and the note saves it",
    "[gui][journal][notemap]")
{
    MapJournal t;
    NoteEditor editor(t.session, {});
    editor.resize(980, 700);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    NoteMap* noteMap = editor.spotMap();
    BodyMapWidget* map = noteMap->map();
    REQUIRE(map->isVisible());
    CHECK(map->width() >= 110);

    // Every view has its button; the back view through its button.
    const auto buttons = noteMap->findChildren<QAbstractButton*>();
    QStringList views;
    for (auto* b : buttons)
        views << b->property("view").toString();
    for (const auto& v : builtCatalogue().body().views())
        CHECK(views.contains(QString::fromStdString(v.id)));
    for (auto* b : buttons)
        if (b->property("view").toString() == "back")
            QTest::mouseClick(b, Qt::LeftButton);
    REQUIRE(map->view() == "back");
    // The view on show stands out from the others in the selection colour, as on the Where page (it was a shade of
    // grey, which the dark palette did not tell apart).
    auto mean = [](QWidget* w) {
        const QImage image = w->grab().toImage();
        double r = 0, g = 0, b = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                r += c.redF(), g += c.greenF(), b += c.blueF();
            }
        const double n = image.width() * image.height();
        return QColor::fromRgbF(float(r / n), float(g / n), float(b / n));
    };
    const QColor highlight = noteMap->palette().color(QPalette::Highlight);
    for (auto* b : buttons) {
        if (b->property("view").toString().isEmpty())
            continue;
        const QColor c = mean(b);
        const double away = std::abs(c.redF() - highlight.redF()) + std::abs(c.greenF() - highlight.greenF())
            + std::abs(c.blueF() - highlight.blueF());
        INFO(b->property("view").toString().toStdString() << " " << c.name().toStdString());
        if (b->isChecked())
            CHECK(away < 0.35);
        else
            CHECK(away > 0.5);
    }

    const std::string back = clickableIn(map, "back");
    const QPoint at = pointOn(map, back);
    // What the core's hit-test says is at that point of the view, independently of the widget.
    const QPointF normalised
        = BodyPainter::toTarget(*builtCatalogue().body().view("back"), QRectF(map->rect())).inverted().map(QPointF(at));
    const auto hit = builtCatalogue().body().hit("back", {normalised.x(), normalised.y()});
    REQUIRE(hit);
    CHECK(*hit == back);

    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    QTableWidget* spots = editor.spotsTable();
    REQUIRE(spots->rowCount() == 1);
    CHECK(rowOf(spots, back) == 0);
    CHECK(spots->currentRow() == 0);
    CHECK(noteMap->drawing().contains(QString::fromStdString(back)));
    CHECK(map->highlight() == QString::fromStdString(back));

    // The intensity is adjustable in its row, and the map draws it.
    auto* value = spots->cellWidget(0, 1)->findChild<QSpinBox*>(); // centred in its cell
    REQUIRE(value);
    value->setValue(8);
    CHECK(noteMap->drawing().intensity(QString::fromStdString(back)) == 8);

    // A second click on the same region chooses it; it is not listed twice nor removed.
    const std::string other = clickableIn(map, "back", back);
    QTest::mouseClick(map, Qt::LeftButton, {}, pointOn(map, other));
    REQUIRE(spots->rowCount() == 2);
    CHECK(spots->currentRow() == 1);
    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    CHECK(spots->rowCount() == 2);
    CHECK(spots->currentRow() == 0);
    CHECK(map->highlight() == QString::fromStdString(back));

    // By name as before; choosing a row of a region the view does not show turns the map to one that does.
    const std::string jaw = "head.jaw_joint:right"; // only in the right side view
    editor.addSpot(QString::fromStdString(jaw), 3);
    CHECK(spots->rowCount() == 3);
    CHECK(map->view() == "side");
    CHECK(map->highlight() == QString::fromStdString(jaw));

    // Removing a row takes the spot off the map.
    auto* remove = qobject_cast<QAbstractButton*>(spots->cellWidget(rowOf(spots, other), 3));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(spots->rowCount() == 2);
    CHECK_FALSE(noteMap->drawing().contains(QString::fromStdString(other)));

    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    const auto stored = t.session.journal()->get(editor.saved().id);
    REQUIRE(stored);
    REQUIRE(stored->spots.size() == 2);
    CHECK(stored->spots[0].region == back);
    CHECK(stored->spots[0].intensity == 8);
    CHECK(stored->spots[1].region == jaw);
    CHECK(stored->spots[1].intensity == 3);
}

TEST_CASE("note map: a place's long name makes its row taller, and its pain and feel keep their own height",
    "[gui][journal][notemap]")
{
    MapJournal t;
    NoteEditor editor(t.session, {});
    editor.resize(700, 600);
    editor.show();
    editor.addSpot("back.scapula_top:right", 4);
    QApplication::processEvents();
    QTableWidget* spots = editor.spotsTable();
    REQUIRE(spots->rowCount() == 1);
    // The cell's own widget, or the one in it.
    const auto in = [&]<class W>(int column, W*) {
        QWidget* cell = spots->cellWidget(0, column);
        auto* widget = qobject_cast<W*>(cell);
        return widget ? widget : cell->findChild<W*>();
    };
    auto* value = in(1, static_cast<QSpinBox*>(nullptr));
    auto* feel = in(2, static_cast<QComboBox*>(nullptr));
    REQUIRE(value);
    REQUIRE(feel);
    // Squeezed so that the name wraps onto several lines.
    spots->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    spots->setColumnWidth(0, 90);
    spots->resizeRowsToContents();
    QApplication::processEvents();
    const int row = spots->rowHeight(0);
    INFO("row " << row << ", spin box " << value->height() << ", drop-down " << feel->height());
    REQUIRE(row > 2 * value->sizeHint().height());
    CHECK(value->height() <= value->sizeHint().height() + 2);
    CHECK(feel->height() <= feel->sizeHint().height() + 2);
    // In the middle of the row, and still the values the note saves.
    const int middle = value->mapTo(spots->viewport(), QPoint(0, value->height() / 2)).y();
    CHECK(std::abs(middle - (spots->rowViewportPosition(0) + row / 2)) <= 3);
    value->setValue(7);
    CHECK(editor.note().spots.at(0).intensity == 7);
}

TEST_CASE("note map: the keyboard walks the small map and adds the region with Space", "[gui][journal][notemap]")
{
    MapJournal t;
    NoteEditor editor(t.session, {});
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    BodyMapWidget* map = editor.spotMap()->map();
    QApplication::setActiveWindow(&editor);
    map->setFocus();
    QApplication::processEvents();
    QTest::keyClick(map, Qt::Key_Down);
    const QString focused = map->focusedRegion();
    REQUIRE_FALSE(focused.isEmpty());
    QTest::keyClick(map, Qt::Key_Space);
    REQUIRE(editor.spotsTable()->rowCount() == 1);
    CHECK(rowOf(editor.spotsTable(), focused.toStdString()) == 0);
    // Page Down reaches the next view.
    const QString before = map->view();
    QTest::keyClick(map, Qt::Key_PageDown);
    CHECK(map->view() != before);
    CHECK(editor.note().spots.at(0).region == focused.toStdString());
}

TEST_CASE(
    "note map: an edited note shows its spots on the map, in a view that shows the first", "[gui][journal][notemap]")
{
    MapJournal t;
    journal::Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.spots = {{"head.jaw_joint:left", 6, journal::Quality::None}, {"head.temple:right", 2, journal::Quality::None}};
    NoteEditor editor(t.session, n);
    CHECK(editor.spotMap()->drawing().spots().size() == 2);
    CHECK(editor.spotMap()->drawing().intensity("head.jaw_joint:left") == 6);
    CHECK(editor.spotMap()->view() == "side-left");
    CHECK_FALSE(editor.isModified());
}

TEST_CASE("note map: a spot added where an answer said \"no pain\" forgets that answer, not the others",
    "[gui][journal][notemap]")
{
    // The note said "no pain at the temple" and, once the temple was added, that it hurt there: both were saved.
    MapJournal t;
    journal::Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.spots = {{"head.jaw_joint:left", 6, journal::Quality::None}};
    n.answers = {{"region:head.temple:left", journal::Reply::No}, {"region:head.eye:left", journal::Reply::No}};
    NoteEditor editor(t.session, n);
    editor.resize(980, 700);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    REQUIRE(editor.note().answers.size() == 2); // opened as it was saved
    BodyMapWidget* map = editor.spotMap()->map();
    editor.spotMap()->setView("side-left");
    QApplication::processEvents();
    QTest::mouseClick(map, Qt::LeftButton, {}, pointOn(map, "head.temple:left"));
    QApplication::processEvents();
    REQUIRE(rowOf(editor.spotsTable(), "head.temple:left") >= 0);
    const auto answers = editor.note().answers;
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].question == "region:head.eye:left");
    CHECK_FALSE(editor.answersLabel()->text().contains("temple"));
}

// Not run by default: prints the minimum widths of the editor's parts (to keep the dialog within small screens).
TEST_CASE("note map: minimum widths", "[.][notemapsizes]")
{
    MapJournal t;
    NoteEditor editor(t.session, {});
    editor.show();
    QApplication::processEvents();
    std::printf("editor %d x %d\n", editor.minimumSizeHint().width(), editor.minimumSizeHint().height());
    for (auto* w : editor.findChildren<QWidget*>()) {
        const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (m.width() > 150 && w->parentWidget() && w->isVisible())
            std::printf("%-28s %-20s %4d x %4d\n", w->metaObject()->className(), qPrintable(w->objectName()), m.width(),
                m.height());
    }
}
