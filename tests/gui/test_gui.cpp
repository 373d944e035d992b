// GUI wiring, with real widgets on the offscreen platform: clicks, keys and what ends up on screen.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPicture>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <sys/stat.h>

#include "../support/catalogue_fixture.h"
#include "../support/contrast.h"
#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/body_painter.h"
#include "app/bodymap/drawing_store.h"
#include "app/bodymap/pain_drawing.h"
#include "app/catalogue/catalogue_page.h"
#include "app/catalogue/entry_browser.h"
#include "app/shell/app_options.h"
#include "app/shell/app_style.h"
#include "app/shell/main_window.h"
#include "app/where/results_model.h"
#include "app/where/where_page.h"
#include "app/widgets/roles.h"
#include "app/widgets/safety_html.h"
#include "app/widgets/warning_style.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"
#include "match/matcher.h"

using tmap::app::MainWindow;

namespace {

// A shown (offscreen) main window at a normal desktop size.
struct Window {
    MainWindow window {builtCatalogue()};
    Window()
    {
        window.resize(1280, 860);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

QColor pixelAt(QWidget* widget, QPointF at)
{
    const QImage image = widget->grab().toImage();
    return image.pixelColor(at.toPoint() * image.devicePixelRatio());
}

/// The back view with `pattern`, 400x800, no labels, in the application's palette.
QImage renderBack(const tmap::app::Pattern& pattern)
{
    static const tmap::app::BodyPainter painter(builtCatalogue().body());
    const auto colours = tmap::app::BodyColours::from(QApplication::palette());
    QImage image(400, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(colours.background);
    QPainter p(&image);
    tmap::app::BodyScene scene;
    scene.view = "back";
    scene.pattern = pattern;
    scene.showLabels = false;
    painter.paint(p, QRectF(0, 0, 400, 800), scene, colours);
    return image;
}

} // namespace

TEST_CASE("gui: the main window renders offscreen to a non-blank PNG", "[gui]")
{
    QTemporaryDir dir;
    MainWindow window(builtCatalogue());
    const QString file = dir.filePath("shot.png");
    REQUIRE(window.saveScreenshot(file, QSize(1000, 700)));
    const QImage image(file);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1000, 700));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
}

TEST_CASE("gui: a click at each region's centre selects that region, in every view", "[gui]")
{
    Window w;
    auto* map = w.window.wherePage()->bodyMap();
    for (const auto& view : builtCatalogue().body().views()) {
        w.window.wherePage()->setView(QString::fromStdString(view.id));
        REQUIRE(map->view() == QString::fromStdString(view.id));
        for (const auto& shape : view.shapes) {
            const QString instance = QString::fromStdString(shape.instance);
            const auto centre = map->centreOf(instance);
            REQUIRE(centre);
            INFO(view.id << ": " << shape.instance);
            CHECK(map->regionAt(*centre) == instance);
        }
    }
    // A real click adds the spot and fills the results; a second click removes it.
    w.window.wherePage()->setView("front");
    const auto at = map->centreOf("head.temple:right");
    REQUIRE(at);
    QTest::mouseClick(map, Qt::LeftButton, {}, at->toPoint());
    CHECK(w.window.wherePage()->drawing()->contains("head.temple:right"));
    CHECK(w.window.wherePage()->results()->rowCount() > 3);
    CHECK(w.window.wherePage()->results()->index(0).data(tmap::app::MuscleIdRole).toString().size() > 0);
    QTest::mouseClick(map, Qt::LeftButton, {}, at->toPoint());
    CHECK_FALSE(w.window.wherePage()->drawing()->contains("head.temple:right"));
    CHECK(w.window.wherePage()->results()->rowCount() == 0);
}

TEST_CASE("gui: choosing a result paints its zones and marks the trigger point", "[gui]")
{
    Window w;
    auto* map = w.window.wherePage()->bodyMap();
    w.window.wherePage()->setView("back");
    w.window.wherePage()->drawing()->add("buttock.lower:left", 6);
    REQUIRE(w.window.wherePage()->results()->rowCount() > 0);
    const auto before = w.window.wherePage()->results()->result(0);
    REQUIRE(before);
    w.window.wherePage()->selectResult(0);
    REQUIRE(map->pattern());
    CHECK(map->pattern().point == before->point);
    // Its muscle goes with it, so that the muscle's outline is drawn under the pattern.
    CHECK(map->pattern().muscle == before->muscle);
    // A main zone of the pattern that is not one of the user's spots is painted red.
    QString zone;
    for (const auto& z : before->point->zones)
        if (z.kind == tmap::catalogue::ZoneKind::Main && z.region != "buttock.lower")
            zone = QString::fromStdString(z.region) + ":left";
    if (!zone.isEmpty() && map->centreOf(zone)) {
        const QColor c = pixelAt(map, *map->centreOf(zone));
        INFO("zone " << zone.toStdString() << " colour " << c.name().toStdString());
        CHECK(c.red() > c.green() + 60);
    }
    // Nothing chosen: no pattern.
    w.window.wherePage()->resultsView()->setCurrentIndex({});
    CHECK_FALSE(map->pattern());
}

TEST_CASE("gui: the muscle's outline is painted under a pattern, faintly, and only with its muscle", "[gui]")
{
    // Infraspinatus TrP1 in the back view: its pattern is in front, its muscle on the shoulder blade.
    const auto* point = builtCatalogue().triggerPoint("infraspinatus-1");
    const auto* muscle = builtCatalogue().muscle("infraspinatus");
    REQUIRE(point);
    REQUIRE(muscle);
    auto render = [](tmap::app::Pattern pattern, tmap::body::Side side) {
        pattern.side = side;
        return renderBack(pattern);
    };
    const auto* view = builtCatalogue().body().view("back");
    REQUIRE(view);
    const QTransform t = tmap::app::BodyPainter::toTarget(*view, QRectF(0, 0, 400, 800));
    // Inside the outline, away from the X: the right shoulder blade, and its mirror image for the left side.
    const QPoint right = t.map(QPointF(0.625, 0.27)).toPoint();
    const QPoint left = t.map(QPointF(0.375, 0.27)).toPoint();
    const QImage without = render({point, tmap::body::Side::Right, nullptr}, tmap::body::Side::Right);
    const QImage with = render({point, tmap::body::Side::Right, muscle}, tmap::body::Side::Right);
    const QImage leftSide = render({point, tmap::body::Side::Left, muscle}, tmap::body::Side::Left);
    const QColor figure = without.pixelColor(right);
    const QColor tinted = with.pixelColor(right);
    INFO("figure " << figure.name().toStdString() << ", with the muscle " << tinted.name().toStdString());
    CHECK(tinted != figure);
    // Faint: the figure's colour shows through (no channel moves by more than a quarter).
    CHECK(std::abs(tinted.red() - figure.red()) < 64);
    CHECK(std::abs(tinted.green() - figure.green()) < 64);
    CHECK(std::abs(tinted.blue() - figure.blue()) < 64);
    CHECK(with.pixelColor(left) == without.pixelColor(left));
    CHECK(leftSide.pixelColor(left) != without.pixelColor(left));
    CHECK(leftSide.pixelColor(right) == figure);
}

TEST_CASE("gui: a result for a muscle on both sides shows its pattern and X on both sides", "[gui]")
{
    Window w;
    auto* page = w.window.wherePage();
    auto* map = page->bodyMap();
    page->setView("back");
    page->drawing()->add("back.lumbar:left", 6);
    page->drawing()->add("back.lumbar:right", 6);
    // Quadratus lumborum: its points lie in the low back, so both X show in the back view.
    int row = -1;
    for (int i = 0; i < page->results()->rowCount() && row < 0; ++i)
        if (page->results()->result(i)->muscle->id == "quadratus-lumborum")
            row = i;
    REQUIRE(row >= 0);
    REQUIRE(tmap::match::onBothSides(*page->results()->result(row)));
    page->selectResult(row);
    const tmap::app::Pattern pattern = map->pattern();
    REQUIRE(pattern);
    bool left = false, right = false;
    for (const auto& part : pattern.parts()) {
        left = left || part.side == tmap::body::Side::Left;
        right = right || part.side == tmap::body::Side::Right;
    }
    CHECK(left);
    CHECK(right);
    // "Treat this" and "Add to plan" take both sides too.
    bool treatLeft = false, treatRight = false;
    for (const auto& chosen : page->selectedPoints()) {
        treatLeft = treatLeft || chosen.side == tmap::body::Side::Left;
        treatRight = treatRight || chosen.side == tmap::body::Side::Right;
    }
    CHECK(treatLeft);
    CHECK(treatRight);

    // Each side's X is drawn: without the other side's part, the picture around its X is different.
    tmap::app::Pattern alone = pattern;
    alone.others.clear();
    const QImage both = renderBack(pattern);
    const QImage one = renderBack(alone);
    const auto* view = builtCatalogue().body().view("back");
    REQUIRE(view);
    const QTransform t = tmap::app::BodyPainter::toTarget(*view, QRectF(0, 0, 400, 800));
    for (const auto& part : pattern.parts()) {
        if (part.side == pattern.side)
            continue;
        const auto m = tmap::app::BodyPainter::marker(part, "back");
        REQUIRE(m);
        const QPoint at = t.map(*m).toPoint();
        int changed = 0;
        for (int dy = -6; dy <= 6; ++dy)
            for (int dx = -6; dx <= 6; ++dx)
                changed += both.pixel(at + QPoint(dx, dy)) != one.pixel(at + QPoint(dx, dy));
        INFO(part.point->id << " at " << at.x() << "," << at.y());
        CHECK(changed > 20);
    }
}

TEST_CASE("gui: the intensity of a spot and its removal update the results", "[gui]")
{
    Window w;
    auto* drawing = w.window.wherePage()->drawing();
    drawing->add("foot.heel:right", 2);
    drawing->add("head.temple:right", 2);
    drawing->setIntensity("foot.heel:right", 10);
    CHECK(w.window.wherePage()->results()->result(0)->explains.front().spot == "foot.heel:right");
    drawing->remove("foot.heel:right");
    CHECK(w.window.wherePage()->results()->result(0)->explains.front().spot == "head.temple:right");
}

TEST_CASE("gui: red flags appear above the results when a spot or symptom touches them", "[gui]")
{
    Window w;
    CHECK_FALSE(w.window.wherePage()->redFlagNotice()->isVisible());
    w.window.wherePage()->drawing()->add("chest.sternum");
    CHECK(w.window.wherePage()->redFlagNotice()->isVisible());
    CHECK(w.window.wherePage()->redFlagNotice()->text().contains("emergency"));
    w.window.wherePage()->drawing()->clear();
    CHECK_FALSE(w.window.wherePage()->redFlagNotice()->isVisible());
    w.window.wherePage()->drawing()->setSymptoms({"numbness"});
    CHECK(w.window.wherePage()->redFlagNotice()->isVisible());
}

TEST_CASE("gui: under a warning that needs a clinician first, Treat and Add to plan ask before they go on", "[gui]")
{
    tmap::app::WherePage page(builtCatalogue());
    page.resize(1280, 800);
    page.show();
    std::vector<std::string> asked;
    bool answer = false;
    page.setSelfCareCheck([&](const std::vector<const tmap::catalogue::RedFlag*>& flags) {
        for (const auto* f : flags)
            asked.push_back(f->id);
        return answer;
    });
    QSignalSpy one(&page, &tmap::app::WherePage::treatRequested);
    QSignalSpy several(&page, &tmap::app::WherePage::treatSeveralRequested);
    QSignalSpy plan(&page, &tmap::app::WherePage::addToPlanRequested);

    // A drawing without a warning asks nothing.
    page.drawing()->add("shoulder.top:right", 5);
    page.selectResult(0);
    REQUIRE(page.treatButton()->isEnabled());
    page.treatButton()->click();
    CHECK(asked.empty());
    CHECK(one.count() + several.count() == 1);
    CHECK(page.treatButton()->icon().isNull());
    CHECK_FALSE(page.findChild<QLabel*>("whereChosen")->text().contains("warning"));

    // Chest pain: the heart warning. Cancel starts nothing; "go on" does.
    page.drawing()->clear();
    one.clear();
    several.clear();
    page.drawing()->add("chest.pectoral:left", 7);
    page.selectResult(0);
    REQUIRE(page.treatButton()->isEnabled());
    // The buttons say that they ask first: the warning's icon, and their tooltips.
    CHECK_FALSE(page.treatButton()->icon().isNull());
    CHECK_FALSE(page.addToPlanButton()->icon().isNull());
    CHECK(page.treatButton()->toolTip().contains("comes first"));
    auto* chosen = page.findChild<QLabel*>("whereChosen");
    REQUIRE(chosen);
    CHECK(chosen->text().contains("ask first whether the warning")); // in words beside them, not only on hover
    page.treatButton()->click();
    page.addToPlanButton()->click();
    CHECK(asked == std::vector<std::string> {"heart", "heart"});
    CHECK(one.count() + several.count() == 0);
    CHECK(plan.isEmpty());
    answer = true;
    page.addToPlanButton()->click();
    CHECK(plan.count() == 1);
    // Once the user said the signs do not apply, the same warning is not asked again, nor flagged on the buttons.
    CHECK(page.treatButton()->icon().isNull());
    CHECK_FALSE(page.treatButton()->toolTip().contains("comes first"));
    page.treatButton()->click();
    CHECK(asked.size() == 3);
    CHECK(one.count() + several.count() == 1);

    // The temple's inflamed arteries ask too (a same-day doctor's matter: a new headache there after 50 is treated
    // quickly to save the sight, not pressed), once, like the others.
    asked.clear();
    page.drawing()->clear();
    page.drawing()->add("head.temple:right", 5);
    REQUIRE(page.redFlagNotice()->isVisibleTo(&page));
    page.selectResult(0);
    page.addToPlanButton()->click();
    CHECK(asked.size() == 1);
    CHECK(plan.count() == 2);
    page.addToPlanButton()->click();
    CHECK(asked.size() == 1);
}

TEST_CASE("gui: the default ask before self-care names the warning, and Cancel is what Enter and Esc do", "[gui]")
{
    tmap::app::WherePage page(builtCatalogue());
    page.resize(1024, 640);
    page.show();
    QSignalSpy plan(&page, &tmap::app::WherePage::addToPlanRequested);
    page.drawing()->add("chest.pectoral:left", 7);
    page.selectResult(0);
    // Answers the box the way `act` says once it is up; `seen` gets its text.
    QString seen;
    auto answer = [&](const std::function<void(QMessageBox*)>& act) {
        QTimer::singleShot(50, [&seen, act] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return; // no box: `seen` stays empty and the checks below fail (no throwing through Qt)
            seen = box->text();
            if (const QString dir = qEnvironmentVariable("TM_SHOT_DIR"); !dir.isEmpty())
                box->grab().save(QDir(dir).filePath("where-ask-before-self-care.png"));
            act(box);
        });
    };
    answer([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
    page.addToPlanButton()->click();
    CHECK(seen.contains("Possible heart problem"));
    CHECK(plan.isEmpty());
    answer([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); }); // the default button: Cancel
    page.addToPlanButton()->click();
    CHECK(plan.isEmpty());
    answer([](QMessageBox* box) {
        for (auto* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    page.addToPlanButton()->click();
    CHECK(plan.count() == 1);
}

TEST_CASE("gui: search finds a muscle by a partial name and opens its entry", "[gui]")
{
    Window w;
    auto* page = w.window.cataloguePage();
    w.window.showCatalogueTab();
    QTest::keyClicks(page->filter(), "trapez");
    CHECK(page->visibleMuscles().contains("upper-trapezius"));
    CHECK(page->visibleMuscles().size() < static_cast<int>(builtCatalogue().muscles().size() / 4));
    QTest::keyClick(page->filter(), Qt::Key_Return);
    CHECK(page->browser()->currentMuscle().contains("trapezius"));
    CHECK(page->browser()->toPlainText().contains("Self-release"));
    page->filter()->clear();
    QTest::keyClicks(page->filter(), "tinnit");
    CHECK(page->visibleMuscles().contains("masseter"));
    // An entry opened from elsewhere (a result, a link) is the tree's current row, in sight.
    page->filter()->clear();
    w.window.openMuscle("iliopsoas");
    CHECK(page->tree()->currentIndex().data(tmap::app::MuscleIdRole).toString() == "iliopsoas");
    CHECK(page->tree()->isExpanded(page->tree()->currentIndex().parent()));
}

TEST_CASE(
    "gui: the catalogue lists a muscle under another area a person may look in, and opens it under its own", "[gui]")
{
    Window w;
    auto* page = w.window.cataloguePage();
    w.window.showCatalogueTab();
    const auto* model = page->tree()->model();
    // The muscles each area heading lists.
    auto under = [&](const QString& heading) {
        QStringList ids;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex group = model->index(r, 0);
            if (group.data().toString() == heading)
                for (int c = 0; c < model->rowCount(group); ++c)
                    ids << model->index(c, 0, group).data(tmap::app::MuscleIdRole).toString();
        }
        return ids;
    };
    CHECK(under("Abdomen").contains("iliopsoas"));
    CHECK(under("Hip and buttock").contains("iliopsoas")); // the hip flexor, where a person with hip pain looks
    CHECK(under("Shoulder and upper back").contains("upper-trapezius"));
    CHECK_FALSE(under("Hip and buttock").contains("rectus-abdominis"));
    // Counted once, and opened under its own area.
    CHECK(page->visibleMuscles().count("iliopsoas") == 1);
    CHECK(page->visibleMuscles().size() == static_cast<int>(builtCatalogue().muscles().size()));
    w.window.openMuscle("iliopsoas");
    CHECK(page->tree()->currentIndex().parent().data().toString() == "Abdomen");
    // A filtered list names each muscle once, under its own area, so that the rows are as many as the count says.
    QTest::keyClicks(page->filter(), "trapez");
    CHECK(under("Neck").contains("upper-trapezius"));
    CHECK_FALSE(under("Shoulder and upper back").contains("upper-trapezius"));
    int rows = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        rows += model->rowCount(model->index(r, 0));
    CHECK(rows == page->visibleMuscles().size());
}

TEST_CASE("gui: another point of a muscle names its muscle's row, not a likelihood that reads out of order", "[gui]")
{
    tmap::app::WherePage page(builtCatalogue());
    page.drawing()->add("head.temple:right", 6);
    const auto* model = page.results();
    int others = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, 0).data().toString();
        if (!text.contains("Another point"))
            continue;
        ++others;
        const QString muscle = model->index(row, 0).data(tmap::app::MuscleIdRole).toString();
        int first = -1;
        for (int above = 0; above < row && first < 0; ++above)
            if (model->index(above, 0).data(tmap::app::MuscleIdRole).toString() == muscle)
                first = above + 1;
        INFO(text.toStdString());
        REQUIRE(first > 0);
        CHECK(text.section('\n', 0, 0).endsWith(QString("the muscle of row %1").arg(first)));
        for (const char* word : {"- likely", "- possible", "- less likely"})
            CHECK_FALSE(text.contains(word));
    }
    CHECK(others > 0); // temporalis' other points
}

TEST_CASE("gui: closing the window keeps the body's view and the splitter for the next start", "[gui]")
{
    QSettings().clear();
    QSettings().sync();
    QByteArray split;
    {
        MainWindow window(builtCatalogue());
        window.restoreSettings();
        CHECK(window.wherePage()->bodyMap()->view() == "front");
        window.wherePage()->setView("back");
        window.wherePage()->splitter()->setSizes({500, 700});
        split = window.wherePage()->splitter()->saveState();
        window.close();
    }
    CHECK(QSettings().value("map/view").toString() == "back");
    MainWindow window(builtCatalogue());
    window.restoreSettings();
    CHECK(window.wherePage()->bodyMap()->view() == "back");
    CHECK(window.wherePage()->splitter()->saveState() == split);
    QSettings().clear();
}

TEST_CASE("gui: an entry's lines stay readable in a wide window and follow a narrow one", "[gui]")
{
    // At 1920 pixels an entry ran 190 characters to the line.
    tmap::app::EntryBrowser browser(builtCatalogue());
    browser.showMuscle("quadratus-lumborum");
    const int chars = browser.fontMetrics().averageCharWidth();
    browser.resize(2400, 900);
    browser.show();
    QApplication::processEvents();
    const double wide = browser.document()->textWidth();
    INFO("wide " << wide << " viewport " << browser.viewport()->width() << " char " << chars);
    CHECK(wide <= 130 * chars);
    CHECK(wide >= 90 * chars);
    CHECK(wide < browser.viewport()->width() - 200);
    browser.resize(500, 900);
    QApplication::processEvents();
    const double narrow = browser.document()->textWidth();
    INFO("narrow " << narrow << " viewport " << browser.viewport()->width());
    CHECK(narrow <= browser.viewport()->width());
    CHECK(narrow >= browser.viewport()->width() - 2);
}

TEST_CASE("gui: an entry's pictures draw the X at one size and name each view under its picture", "[gui]")
{
    // A close-up of the belly drew the X 2.5 times as large as a picture of the whole thigh or the soles (its size
    // followed the zoom), and the view names, in a corner of each picture, read as one phrase across two pictures
    // ("Back Right side").
    tmap::app::EntryBrowser browser(builtCatalogue());
    QPalette light = browser.palette();
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    browser.setPalette(light);
    const auto width = [&](const char* point, const char* view) {
        const QImage image
            = browser.loadResource(QTextDocument::ImageResource, QUrl(QString("tm:pattern/%1/%2").arg(point, view)))
                  .value<QImage>();
        REQUIRE_FALSE(image.isNull());
        // The X is the only near-black ink: its extent across.
        int left = image.width(), right = -1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 2; x < image.width() - 2; ++x)
                if (qGray(image.pixel(x, y)) < 60) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
        return (right - left + 1) / image.devicePixelRatio();
    };
    const double belly = width("rectus-abdominis-4", "front"); // a close-up
    const double thigh = width("vastus-lateralis-2", "front"); // a whole thigh
    const double soles = width("flexor-digitorum-brevis-1", "soles"); // both soles
    INFO(belly << " " << thigh << " " << soles);
    CHECK(belly > 8);
    CHECK(belly < 20);
    CHECK(std::abs(belly - thigh) <= 2);
    CHECK(std::abs(belly - soles) <= 2);

    // Under each picture, its view's name, in the order of the pictures.
    browser.showMuscle("vastus-lateralis");
    const QString html = browser.toHtml();
    const QRegularExpression point("tm:pattern/vastus-lateralis-3/([a-z-]+)");
    QStringList views;
    for (auto it = point.globalMatch(html); it.hasNext();)
        views << it.next().captured(1);
    REQUIRE(views == QStringList {"back", "side"});
    const QString text = browser.toPlainText();
    const auto heading = text.indexOf("above the knee, back (TrP3)");
    REQUIRE(heading >= 0);
    const auto back = text.indexOf("Back", heading);
    const auto side = text.indexOf("Right side", heading);
    CHECK(back > heading);
    CHECK(side > back);
    CHECK(side < text.indexOf("Where:", heading));
}

TEST_CASE("gui: a long muscle name wraps in a narrow catalogue list instead of being cut", "[gui]")
{
    Window w;
    auto* page = w.window.cataloguePage();
    w.window.showCatalogueTab();
    w.window.openMuscle("extensor-digitorum-brevis");
    auto* tree = page->tree();
    const QModelIndex entry = tree->currentIndex();
    REQUIRE(entry.data(tmap::app::MuscleIdRole).toString() == "extensor-digitorum-brevis");
    auto* splitter = page->findChild<QSplitter*>("catalogueSplitter");
    REQUIRE(splitter);
    splitter->setSizes({200, 1000});
    QApplication::processEvents();
    QTest::qWait(20); // the rows are laid out again once the list has its width
    const QFontMetrics fm = tree->fontMetrics();
    const int room = tree->columnWidth(0) - 2 * tree->indentation();
    const QString name = entry.data().toString();
    INFO(name.toStdString() << " in " << room << " px");
    REQUIRE(fm.horizontalAdvance(name) > room);
    const QRect wrapped = fm.boundingRect(QRect(0, 0, room - 8, 100000), Qt::TextWordWrap, name);
    CHECK(tree->visualRect(entry).height() >= wrapped.height());
    CHECK(tree->visualRect(entry).height() >= 2 * fm.lineSpacing());
}

TEST_CASE("gui: entry pages link related muscles with back and forward", "[gui]")
{
    Window w;
    auto* browser = w.window.cataloguePage()->browser();
    w.window.openMuscle("masseter");
    CHECK(browser->currentMuscle() == "masseter");
    const auto* m = builtCatalogue().muscle("masseter");
    REQUIRE_FALSE(m->related.empty());
    browser->setSource(tmap::app::EntryBrowser::muscleUrl(QString::fromStdString(m->related.front())));
    CHECK(browser->currentMuscle() == QString::fromStdString(m->related.front()));
    browser->backward();
    CHECK(browser->currentMuscle() == "masseter");
    browser->forward();
    CHECK(browser->currentMuscle() == QString::fromStdString(m->related.front()));
    // The pattern pictures are drawn, not missing, at the screen's pixel ratio: shown pixel for pixel. (Drawn at
    // twice the size and halved on a normal screen, the spillover's hatching vanished from some pictures.)
    const QVariant image = browser->loadResource(QTextDocument::ImageResource,
        QUrl("tm:pattern/" + QString::fromStdString(m->triggerPoints.front().id) + "/front"));
    CHECK_FALSE(image.value<QImage>().isNull());
    CHECK(image.value<QImage>().devicePixelRatio() == Approx(std::max(1.0, browser->devicePixelRatioF())));
}

TEST_CASE("gui: each trigger point's pictures are the views the core chooses, on the point's side", "[gui]")
{
    // The choice itself is tested in the core (tests/core/test_markers.cpp); here: the page shows that choice, and
    // a point of one side only is drawn on that side (rectus abdominis' chest-pain point was drawn on the right).
    tmap::app::EntryBrowser browser(builtCatalogue());
    const auto& map = builtCatalogue().body();
    const QRegularExpression picture("tm:pattern/([a-z0-9-]+)/([a-z-]+)");
    for (const auto& m : builtCatalogue().muscles()) {
        browser.showMuscle(QString::fromStdString(m.id));
        QMap<QString, QStringList> shown; // point -> views pictured
        for (auto it = picture.globalMatch(browser.toHtml()); it.hasNext();) {
            const auto match = it.next();
            shown[match.captured(1)] << match.captured(2);
        }
        // The pictures' key comes before the first picture: solid, hatched, X, outline.
        const QString html = browser.toHtml();
        const auto key = html.indexOf("hatched red, spillover"), first = html.indexOf("tm:pattern/");
        INFO(m.id);
        CHECK(key >= 0);
        CHECK(key < first);
        for (const auto& tp : m.triggerPoints) {
            INFO(tp.id);
            QStringList expected;
            for (const auto& v : tmap::catalogue::pictureViews(map, m, tp, tmap::catalogue::pictureSide(tp)))
                expected << QString::fromStdString(v);
            CHECK(shown.value(QString::fromStdString(tp.id)) == expected);
            if (tp.onlySide == tmap::body::Side::Left)
                CHECK_FALSE(expected.contains("side")); // the right lateral view cannot show a left point
        }
    }
    const auto* chest = builtCatalogue().triggerPoint("rectus-abdominis-6");
    REQUIRE(chest);
    REQUIRE(chest->onlySide == tmap::body::Side::Left);
    const QImage front = browser.loadResource(QTextDocument::ImageResource, QUrl("tm:pattern/rectus-abdominis-6/front"))
                             .value<QImage>();
    REQUIRE_FALSE(front.isNull());
    const auto frame = tmap::catalogue::patternFrame(map, *chest, tmap::body::Side::Left, "front", 170.0 / 210.0);
    REQUIRE(frame);
    // The picture is framed around the left side's pattern: in the front view, the viewer's right half.
    CHECK((frame->minX + frame->maxX) / 2 > 0.5);
}

TEST_CASE("gui: an entry's precautions and red flags come before how to find it and the Treat links", "[gui]")
{
    // The carotid warning of sternocleidomastoid came 2 400 px below "How to find it", after the steps; the red
    // flags were the page's last block.
    tmap::app::EntryBrowser browser(builtCatalogue());
    int boxes = 0;
    for (const auto& m : builtCatalogue().muscles()) {
        INFO(m.id);
        browser.showMuscle(QString::fromStdString(m.id));
        const QString text = browser.toPlainText();
        const QString html = browser.toHtml();
        bool any = !m.precautions.empty() || !m.redFlags.empty();
        for (const auto& t : m.techniques)
            any = any || !t.precautions.empty();
        if (!any)
            continue;
        ++boxes;
        const auto box = text.indexOf("Before you press");
        REQUIRE(box >= 0);
        CHECK(box < text.indexOf("How to find it"));
        CHECK(box < text.indexOf("Trigger points and where they send pain"));
        // Every precaution of a pressure technique is in the box, before the first "Treat" link.
        const auto firstTreat = html.indexOf("tm:treat");
        for (const auto& t : m.techniques)
            for (const auto& p : t.precautions) {
                const QString item = QString::fromStdString(p).toHtmlEscaped();
                INFO(p);
                CHECK(html.indexOf(item) >= 0);
                CHECK((firstTreat < 0 || html.indexOf(item) < firstTreat));
            }
        if (!m.redFlags.empty()) {
            CHECK(box < text.indexOf("Warning signs: if one applies, see a doctor instead of treating it yourself"));
            // Each warning's signs are in the box too, before how to find the point.
            for (const auto& id : m.redFlags) {
                const auto* flag = builtCatalogue().redFlag(id);
                REQUIRE(flag);
                const auto signs = text.indexOf(QString::fromStdString(flag->signs));
                CHECK(signs > box);
                CHECK(signs < text.indexOf("How to find it"));
            }
        }
        // The entry's own signs (an aneurysm behind iliopsoas, a kidney behind quadratus lumborum) too, once each:
        // they stood only in a second box at the end of the page, ~3 000 px below.
        for (const auto& n : m.redFlagNotes) {
            const QString note = QString::fromStdString(n);
            INFO(n);
            const auto at = text.indexOf(note);
            CHECK(at > box);
            CHECK(at < text.indexOf("How to find it"));
            CHECK(text.indexOf(note, at + 1) < 0);
        }
    }
    CHECK(boxes > 100);
}

TEST_CASE("gui: an entry whose point names carry TrP2 or T10 links to the guide's section that explains them", "[gui]")
{
    // "Longissimus thoracis, lowest ribs (about T10-T11)" and "Upper trapezius, front fibres (TrP1)" were not
    // explained anywhere in the app.
    tmap::app::EntryBrowser browser(builtCatalogue());
    const QString link = "tm:guide#reading-names";
    for (const char* id : {"longissimus-thoracis", "upper-trapezius", "multifidi-rotatores"}) {
        INFO(id);
        browser.showMuscle(id);
        CHECK(browser.toHtml().contains(link));
    }
    // The line names the labels the entry's points have: longissimus' are spine levels only, upper trapezius' numbers.
    browser.showMuscle("longissimus-thoracis");
    CHECK(browser.toPlainText().contains("T10 is a level of the spine"));
    CHECK_FALSE(browser.toPlainText().contains("TrP2 is"));
    browser.showMuscle("upper-trapezius");
    CHECK(browser.toPlainText().contains("TrP2 is the point's number"));
    CHECK_FALSE(browser.toPlainText().contains("T10"));
    // No point of subclavius has such a label: no link to explain one.
    for (const auto& tp : builtCatalogue().muscle("subclavius")->triggerPoints)
        REQUIRE_FALSE(QString::fromStdString(tp.name).contains(QRegularExpression(R"(TrP\d|\b[CTLS]\d)")));
    browser.showMuscle("subclavius");
    CHECK_FALSE(browser.toHtml().contains(link));
    // The link leads somewhere: the guide has the section, which names both kinds of label.
    browser.showGuide();
    const QString html = browser.toHtml();
    const auto section = html.indexOf("name=\"reading-names\"");
    REQUIRE(section >= 0);
    CHECK(html.indexOf("TrP1", section) > section);
    CHECK(html.indexOf("T10-T11", section) > section);
}

TEST_CASE("gui: an entry's tips come after its steps, outside the safety box", "[gui]")
{
    // Advice such as "use a headset" was listed among the precautions, in the red box before every session.
    tmap::app::EntryBrowser browser(builtCatalogue());
    int withTips = 0;
    for (const auto& m : builtCatalogue().muscles()) {
        if (m.tips.empty())
            continue;
        ++withTips;
        INFO(m.id);
        browser.showMuscle(QString::fromStdString(m.id));
        const QString text = browser.toPlainText();
        const auto heading = text.indexOf("Tips for lasting relief");
        REQUIRE(heading >= 0);
        CHECK(heading > text.indexOf("Self-release, step by step"));
        for (const auto& tip : m.tips) {
            INFO(tip);
            const QString item = QString::fromStdString(tip);
            CHECK(text.count(item) == 1);
            CHECK(text.indexOf(item) > heading);
        }
    }
    CHECK(withTips > 50);
}

TEST_CASE("gui: an entry's secondary lines read on the light and the dark palette", "[gui]")
{
    // "How sure" and the other names were drawn in near-black on the dark palette: rich text knows no palette().
    auto muted = [](const tmap::app::EntryBrowser& browser) {
        const auto match
            = QRegularExpression("\\.muted \\{ color: (#[0-9a-f]{6})").match(browser.document()->defaultStyleSheet());
        return match.hasMatch() ? QColor(match.captured(1)) : QColor();
    };
    tmap::app::applyPalette("dark");
    {
        tmap::app::EntryBrowser browser(builtCatalogue());
        browser.showMuscle("subclavius");
        const QColor dark = muted(browser);
        REQUIRE(dark.isValid());
        INFO("dark: " << dark.name().toStdString());
        CHECK(contrast(dark, browser.palette().color(QPalette::Base)) >= 4.5);
        CHECK(browser.toHtml().contains(dark.name()));
        // The palette changes while the page is open: the page follows.
        tmap::app::applyPalette("light");
        QCoreApplication::processEvents();
        const QColor light = muted(browser);
        INFO("light: " << light.name().toStdString());
        CHECK(light != dark);
        CHECK(contrast(light, browser.palette().color(QPalette::Base)) >= 4.5);
        CHECK(browser.toHtml().contains(light.name()));
    }
    tmap::app::applyPalette("light");
}

TEST_CASE("gui: radio buttons stand out on the dark palette", "[gui]")
{
    // The strongest contrast between the indicator's pixels and the window: its ring. Fusion alone drew it in the
    // window colour made darker, 1.15:1; controls need 3:1.
    auto ringContrast = [](bool checked) {
        QRadioButton radio("Yes");
        radio.setChecked(checked);
        radio.adjustSize();
        const QImage image = radio.grab().toImage();
        const QColor window = radio.palette().color(QPalette::Window);
        QStyleOptionButton option;
        option.initFrom(&radio);
        const QRect indicator = radio.style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, &radio);
        double best = 1.0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y)
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                if (image.rect().contains(x, y))
                    best = std::max(best, contrast(image.pixelColor(x, y), window));
        return best;
    };
    tmap::app::applyPalette("dark");
    const double unchecked = ringContrast(false), checked = ringContrast(true);
    tmap::app::applyPalette("light");
    const double light = ringContrast(false);
    INFO("dark: unchecked " << unchecked << ", checked " << checked << "; light " << light);
    CHECK(unchecked >= 3.0);
    CHECK(checked >= 3.0);
    CHECK(light >= 3.0);
}

TEST_CASE("gui: a disabled button does not look raised on the dark palette", "[gui]")
{
    // The face at the button's centre row, left of its text. With one face colour for both states, a disabled
    // button on the dark palette read as raised and clickable: only its grey text told it apart.
    auto face = [](bool enabled) {
        QPushButton button("Treat this...");
        button.setEnabled(enabled);
        button.resize(button.sizeHint());
        const QImage image = button.grab().toImage();
        return image.pixelColor(4, image.height() / 2);
    };
    tmap::app::applyPalette("dark");
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor enabled = face(true), disabled = face(false);
    tmap::app::applyPalette("light");
    INFO("window " << window.name().toStdString() << ", enabled face " << enabled.name().toStdString()
                   << ", disabled face " << disabled.name().toStdString());
    // Nearer the window than the enabled face, by a step the eye sees.
    const int disabledStep = std::abs(disabled.lightness() - window.lightness());
    CHECK(disabledStep + 12 <= std::abs(enabled.lightness() - window.lightness()));
}

TEST_CASE("gui: every action is reachable by keyboard", "[gui]")
{
    Window w;
    auto* map = w.window.wherePage()->bodyMap();
    // View shortcuts.
    QTest::keyClick(&w.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(map->view() == "back");
    QTest::keyClick(&w.window, Qt::Key_1, Qt::ControlModifier);
    CHECK(map->view() == "front");
    // Focus the map, walk to a region with the arrows, mark it with Space.
    QTest::keyClick(&w.window, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Down);
    QTest::keyClick(map, Qt::Key_Down);
    const QString focused = map->focusedRegion();
    REQUIRE_FALSE(focused.isEmpty());
    QTest::keyClick(map, Qt::Key_Space);
    CHECK(w.window.wherePage()->drawing()->contains(focused));
    QTest::keyClick(map, Qt::Key_PageDown);
    CHECK(map->view() == "back");
    // Results: focus, move, Enter opens the entry in the catalogue tab.
    QTest::keyClick(&w.window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(w.window.wherePage()->resultsView()->hasFocus());
    QTest::keyClick(w.window.wherePage()->resultsView(), Qt::Key_Down);
    REQUIRE(w.window.wherePage()->resultsView()->currentIndex().isValid());
    QTest::keyClick(w.window.wherePage()->resultsView(), Qt::Key_Return);
    CHECK(w.window.tabs()->currentIndex() == 1);
    CHECK_FALSE(w.window.cataloguePage()->browser()->currentMuscle().isEmpty());
    // Ctrl+F lands in the catalogue filter.
    w.window.tabs()->setCurrentIndex(0);
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(w.window.cataloguePage()->filter()->hasFocus());
}

TEST_CASE("gui: command-line state is applied and bad options are refused", "[gui]")
{
    MainWindow window(builtCatalogue());
    tmap::app::AppOptions ok;
    ok.view = "back";
    ok.select = {"neck.base:right", "head.temple:right=8"};
    ok.symptoms = {"tinnitus"};
    ok.result = 1;
    CHECK(window.applyOptions(ok).isEmpty());
    CHECK(window.wherePage()->bodyMap()->view() == "back");
    CHECK(window.wherePage()->drawing()->intensity("head.temple:right") == 8);
    CHECK(window.wherePage()->drawing()->symptoms() == QStringList {"tinnitus"});
    CHECK(window.wherePage()->bodyMap()->pattern());
    // Without --view the map turns to a view that shows the drawing, and stays on one that already does.
    {
        MainWindow low(builtCatalogue());
        low.wherePage()->setView("front");
        tmap::app::AppOptions back;
        back.select = {"back.lumbar:left=6"};
        CHECK(low.applyOptions(back).isEmpty());
        CHECK(low.wherePage()->bodyMap()->view() == "back");
        MainWindow shoulder(builtCatalogue());
        shoulder.wherePage()->setView("front");
        tmap::app::AppOptions front;
        front.select = {"back.lumbar:left=6", "shoulder.front:right"};
        CHECK(shoulder.applyOptions(front).isEmpty());
        CHECK(shoulder.wherePage()->bodyMap()->view() == "front");
    }
    for (auto bad : {[] {
                         tmap::app::AppOptions o;
                         o.view = "top";
                         return o;
                     }(),
             [] {
                 tmap::app::AppOptions o;
                 o.select = {"head.temple"};
                 return o;
             }(),
             [] {
                 tmap::app::AppOptions o;
                 o.muscle = "nope";
                 return o;
             }(),
             [] {
                 tmap::app::AppOptions o;
                 o.symptoms = {"zzz"};
                 return o;
             }()}) {
        MainWindow other(builtCatalogue());
        CHECK_FALSE(other.applyOptions(bad).isEmpty());
    }
}

TEST_CASE(
    "gui: the app style draws the menu bar's overflow icon and leaves every other icon to the base style", "[gui]")
{
    tmap::app::AppStyle style(QStyleFactory::create("Fusion"));
    for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon icon = style.standardIcon(which, nullptr, nullptr);
        REQUIRE_FALSE(icon.isNull());
        // Something is drawn: the 16 px image has opaque pixels, and not everywhere.
        const QImage image = icon.pixmap(16, 16).toImage();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 128;
        CHECK(inked > 6);
        CHECK(inked < 16 * 16 / 2);
        // Drawn by AppStyle, not read from the base style's PNG.
        std::unique_ptr<QStyle> fusion(QStyleFactory::create("Fusion"));
        CHECK(image != fusion->standardIcon(which, nullptr, nullptr).pixmap(16, 16).toImage());
    }
    // Any other icon is the base style's own.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create("Fusion"));
    const QImage own = style.standardIcon(QStyle::SP_DialogOkButton, nullptr, nullptr).pixmap(16, 16).toImage();
    const QImage base = fusion->standardIcon(QStyle::SP_DialogOkButton, nullptr, nullptr).pixmap(16, 16).toImage();
    CHECK(own == base);
}

TEST_CASE("gui: the app style ends a table heading too wide for its column in an ellipsis", "[gui]")
{
    // Qt 6.4 drew it centred and cut off at both ends ("agwörter und Sympt" over the journal's tags).
    tmap::app::AppStyle style(QStyleFactory::create("Fusion"));
    QStyleOptionHeader header;
    header.text = "Tags and symptoms";
    header.fontMetrics = QFontMetrics(QApplication::font());
    header.palette = QApplication::palette();
    header.state = QStyle::State_Enabled;
    // What is drawn in a column `width` wide, as a QPicture keeps its text (UTF-16).
    const auto drawn = [&](int width) {
        header.rect = QRect(0, 0, width, 24);
        QPicture picture;
        {
            QPainter painter(&picture);
            style.drawControl(QStyle::CE_HeaderLabel, &header, &painter, nullptr);
        }
        return QByteArray(picture.data(), static_cast<qsizetype>(picture.size()));
    };
    const auto utf16 = [](const QString& text) {
        QByteArray bytes;
        for (const QChar c : text) {
            bytes.append(char(c.unicode() >> 8));
            bytes.append(char(c.unicode() & 0xff));
        }
        return bytes;
    };
    CHECK(drawn(400).contains(utf16("Tags and symptoms")));
    const QByteArray narrow = drawn(header.fontMetrics.horizontalAdvance("Tags and s") + 8);
    CHECK(narrow.contains(utf16("Tags")));
    CHECK_FALSE(narrow.contains(utf16("symptoms")));
    CHECK(narrow.contains(utf16(QString(QChar(0x2026)))));
    // A heading as wide as the label's rectangle is drawn whole: that rectangle is already inside the header's
    // margins (8 px more were taken off, and the German note editor's "Schmerz" and "Minuten" read "Schm..." and
    // "Minut...").
    const int exact = header.fontMetrics.horizontalAdvance("Tags and symptoms");
    CHECK(drawn(exact).contains(utf16("Tags and symptoms")));
    // The current cell's column has its heading in bold: measured so, the same width no longer holds it.
    header.state |= QStyle::State_On;
    QFont bold = QApplication::font();
    bold.setBold(true);
    if (QFontMetrics(bold).horizontalAdvance("Tags and symptoms") > exact)
        CHECK_FALSE(drawn(exact).contains(utf16("Tags and symptoms")));
}

TEST_CASE("gui: the map's first frame, drawn directly, matches the frames drawn from its cached layers", "[gui]")
{
    Window w;
    auto* map = w.window.wherePage()->bodyMap();
    for (const char* s : {"head.temple:right", "shoulder.top:left"})
        QTest::mouseClick(map, Qt::LeftButton, {}, map->centreOf(s)->toPoint());
    w.window.wherePage()->selectResult(0);
    // Built once idle (the page may lay itself out again first: a button shown beside the map).
    REQUIRE(QTest::qWaitFor([&] { return map->layersCached(); }, 2000));
    // Zoomed in: nothing cached for it, so the next frame is drawn directly and the layers are built once idle.
    QTest::keyClick(map, Qt::Key_Plus);
    REQUIRE_FALSE(map->layersCached());
    const QImage direct = map->grab().toImage();
    REQUIRE(QTest::qWaitFor([&] { return map->layersCached(); }, 2000));
    const QImage layered = map->grab().toImage();
    REQUIRE(direct.size() == layered.size());
    int differ = 0, worst = 0;
    for (int y = 0; y < direct.height(); ++y)
        for (int x = 0; x < direct.width(); ++x) {
            const QColor a = direct.pixelColor(x, y), b = layered.pixelColor(x, y);
            const int d = std::max(
                {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
            differ += d > 2;
            worst = std::max(worst, d);
        }
    // Only rounding may differ: the lines are blended into a transparent layer first, then onto the figure.
    CAPTURE(worst, differ);
    CHECK(worst <= 8);
    CHECK(differ < direct.width() * direct.height() / 1000);
}

TEST_CASE("gui: the Where page stands alone and asks the shell to open an entry or save", "[gui][where]")
{
    tmap::app::WherePage page(builtCatalogue());
    page.resize(1100, 760);
    page.show();
    QSignalSpy open(&page, &tmap::app::WherePage::openMuscleRequested);
    QSignalSpy save(&page, &tmap::app::WherePage::saveRequested);
    page.drawing()->add("head.temple:right", 7);
    REQUIRE(page.results()->rowCount() > 0);
    page.selectResult(0);
    emit page.resultsView()->activated(page.resultsView()->currentIndex());
    REQUIRE(open.count() == 1);
    CHECK(open.front().front().toString() == page.results()->index(0).data(tmap::app::MuscleIdRole).toString());
    QPushButton* saveButton = nullptr;
    for (auto* b : page.findChildren<QPushButton*>())
        if (QString(b->text()).remove('&').contains("Save to journal"))
            saveButton = b;
    REQUIRE(saveButton);
    REQUIRE(saveButton->isEnabled());
    saveButton->click();
    CHECK(save.count() == 1);
}

TEST_CASE("gui: warnings take their colours from one place", "[gui]")
{
    const auto colours = tmap::app::warningColours(QApplication::palette());
    CHECK(colours.background.isValid());
    CHECK(colours.text.isValid());
    const QString sheet = tmap::app::warningLabelStyleSheet(QApplication::palette(), 2, 6, 8);
    CHECK(sheet.contains(colours.background.name()));
    CHECK(sheet.contains(colours.border.name()));
    CHECK(tmap::app::warningCss(QApplication::palette(), ".flag").startsWith(".flag {"));
    tmap::app::WherePage page(builtCatalogue());
    page.drawing()->add("chest.sternum"); // the notice is styled when it first shows
    CHECK(page.redFlagNotice()->styleSheet() == sheet);
    // Each palette gets a box that stands out from its window and is easy to read: light red on a light window,
    // dark red on a dark one (a light box glared out of a dark page).
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    for (const QPalette& palette : {light, dark}) {
        const auto c = tmap::app::warningColours(palette);
        const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
        INFO("dark window: " << darkWindow);
        CHECK((c.background.lightness() < 128) == darkWindow);
        CHECK(contrast(c.text, c.background) >= 7.0);
        CHECK(contrast(c.border, palette.color(QPalette::Window)) >= 3.0);
        // The caution (what to mind before pressing) is as readable, and not the warning's red.
        const auto a = tmap::app::cautionColours(palette);
        CHECK((a.background.lightness() < 128) == darkWindow);
        CHECK(contrast(a.text, a.background) >= 7.0);
        CHECK(contrast(a.border, palette.color(QPalette::Window)) >= 3.0);
        CHECK(a.background != c.background);
        CHECK(a.border.hue() != c.border.hue());
    }
    CHECK(tmap::app::safetyCss(QApplication::palette()).contains(".caution {"));
    // "Before you press": the signs for a clinician in the warning box, the precautions in the caution box below it
    // (sternocleidomastoid's warning box began at the foot of a 1024x640 window, under eight precautions).
    using tmap::app::SafetyHtml;
    const QString box = SafetyHtml::box({"Press gently."}, {"<b>Heart:</b> chest pain."}, SafetyHtml::Heading::Above);
    REQUIRE(box.contains("class='caution'"));
    REQUIRE(box.contains("class='flag'"));
    CHECK(box.indexOf("Press gently.") > box.indexOf("class='caution'"));
    CHECK(box.indexOf("chest pain") > box.indexOf("class='flag'"));
    CHECK(box.indexOf("chest pain") < box.indexOf("class='caution'"));
    CHECK(SafetyHtml::box({}, {"<b>Heart:</b> chest pain."}, SafetyHtml::Heading::Inside).contains("Before you press"));
}

TEST_CASE("gui: Clear all on the Where page can be undone, with its button or Ctrl+Z", "[gui][where]")
{
    tmap::app::WherePage page(builtCatalogue());
    page.resize(1100, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    auto* drawing = page.drawing();
    QPushButton* clear = nullptr;
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->text() == "Cl&ear all")
            clear = b;
    auto* undo = page.findChild<QPushButton*>("undoClearButton");
    REQUIRE(clear);
    REQUIRE(undo);
    CHECK_FALSE(clear->isEnabled()); // nothing to clear yet
    drawing->setSymptoms({"tinnitus"});
    CHECK(clear->isEnabled()); // a symptom alone is something to clear
    drawing->add("head.temple:right", 7);
    drawing->add("neck.side:left", 3);
    CHECK_FALSE(undo->isVisible());

    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(drawing->spots().isEmpty());
    REQUIRE(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(drawing->spots().size() == 2);
    CHECK(drawing->intensity("head.temple:right") == 7);
    CHECK(drawing->symptoms() == QStringList {"tinnitus"});
    CHECK_FALSE(undo->isVisible());

    // Ctrl+Z does the same.
    QTest::mouseClick(clear, Qt::LeftButton);
    REQUIRE(drawing->spots().isEmpty());
    QTest::keyClick(&page, Qt::Key_Z, Qt::ControlModifier);
    CHECK(drawing->spots().size() == 2);

    // Once something new is drawn, the cleared drawing is gone for good (Undo would overwrite the new one).
    QTest::mouseClick(clear, Qt::LeftButton);
    drawing->add("chest.sternum", 4);
    CHECK_FALSE(drawing->canUndoClear());
    CHECK_FALSE(undo->isVisible());
    drawing->undoClear();
    CHECK(drawing->spots().size() == 1);
    drawing->remove("chest.sternum");
    CHECK_FALSE(drawing->canUndoClear());
}

TEST_CASE("gui: the current drawing is kept in a private file and comes back after a restart", "[gui][where]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("data/current-drawing.json");
    const auto known
        = [](const QString& instance) { return builtCatalogue().body().isInstance(instance.toStdString()); };
    {
        tmap::app::PainDrawing drawing;
        tmap::app::DrawingStore store(drawing, path);
        CHECK_FALSE(store.restore(known)); // no file yet
        store.start();
        drawing.add("head.temple:right", 7);
        drawing.add("neck.side:left", 3);
        drawing.setSymptoms({"tinnitus"});
        REQUIRE(QFile::exists(path));
        struct stat st { };
        REQUIRE(::stat(path.toLocal8Bit().constData(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
        CHECK(QDir(dir.filePath("data")).entryList(QDir::Files) == QStringList {"current-drawing.json"}); // no temp
    } // the "crash": nothing is written on the way out

    tmap::app::PainDrawing again;
    tmap::app::DrawingStore store(again, path);
    REQUIRE(store.restore(known));
    REQUIRE(again.spots().size() == 2);
    CHECK(again.intensity("head.temple:right") == 7);
    CHECK(again.intensity("neck.side:left") == 3);
    CHECK(again.symptoms() == QStringList {"tinnitus"});

    // A region the vocabulary no longer knows, and a broken file, are left out without harm.
    QFile broken(path);
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write(R"({"format":"trigger-map-drawing","spots":[{"region":"head.nowhere:left","intensity":5},)"
                 R"({"region":"chest.sternum","intensity":4}],"symptoms":[]})");
    broken.close();
    tmap::app::PainDrawing third;
    tmap::app::DrawingStore thirdStore(third, path);
    REQUIRE(thirdStore.restore(known));
    REQUIRE(third.spots().size() == 1);
    CHECK(third.spots().front().instance == "chest.sternum");

    // Clearing the drawing removes the file.
    store.start();
    again.clear();
    CHECK_FALSE(QFile::exists(path));

    // A file that cannot be written or removed is said, naming the file: a cleared drawing whose file stays would
    // come back at the next start. (A folder in its place: no one, not even root, writes or removes it as a file.)
    QSignalSpy notKept(&store, &tmap::app::DrawingStore::notKept);
    REQUIRE(QDir().mkpath(path + "/in-the-way"));
    again.add("chest.sternum", 5);
    REQUIRE(notKept.count() == 1);
    CHECK(notKept.last().at(0).toString().contains(path));
    again.clear();
    REQUIRE(notKept.count() == 2);
    CHECK(notKept.last().at(0).toString().contains(path));
    CHECK(notKept.last().at(0).toString().contains("come back"));
}

TEST_CASE("gui: an entry's precautions of one technique stand under its name, the muscle's own above them", "[gui]")
{
    // "Do not use in pregnancy, with a hernia ..." is the back-bend stretch's; in one list with the muscle's it read
    // as if the whole entry were not for pregnancy.
    tmap::app::EntryBrowser browser(builtCatalogue());
    browser.showMuscle("rectus-abdominis");
    const QString text = browser.toPlainText();
    const int own = text.indexOf("Because these trigger points imitate organ disease");
    const int stretch = text.indexOf(QString::fromUtf8("With \u201cLying back-bend (press-up)\u201d:"));
    const int pregnancy = text.indexOf("Do not use in pregnancy, with a hernia");
    const int pressing
        = text.indexOf(QString::fromUtf8("With \u201cFingertip pressure or pincer grip along the rectus\u201d:"));
    INFO(text.toStdString());
    REQUIRE(own >= 0);
    REQUIRE(stretch >= 0);
    REQUIRE(pressing >= 0);
    CHECK(own < pressing);
    CHECK(pressing < stretch);
    CHECK(stretch < pregnancy);
    CHECK(text.count("Lying back-bend (press-up)\u201d:") == 1); // a heading once, not before every line
}

TEST_CASE("gui: a technique's heading says its kind once", "[gui]")
{
    // "Pressure: Ball or cane-hook pressure on the top of the shoulder" ("Druck: Druck mit Ball ..." in German).
    tmap::app::EntryBrowser browser(builtCatalogue());
    browser.showMuscle("upper-trapezius");
    const QString text = browser.toPlainText();
    CHECK(text.contains("Ball or cane-hook pressure on the top of the shoulder"));
    CHECK_FALSE(text.contains("Pressure: Ball or cane-hook pressure"));
    // A name that does not say its kind keeps the kind before it.
    CHECK(text.contains(QRegularExpression("(Pressure|Stretch): [A-Z]")));
}
