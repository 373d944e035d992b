#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>

#include "catalogue/catalogue.h"
#include "main_window.h"

namespace {

const tmap::catalogue::Catalogue& catalogue()
{
    static const auto cat = tmap::catalogue::Catalogue::open(TM_TEST_CATALOGUE);
    return *cat;
}

} // namespace

TEST_CASE("gui: the main window renders offscreen to a non-blank PNG", "[gui]")
{
    QTemporaryDir dir;
    tmap::app::MainWindow window(catalogue());
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
