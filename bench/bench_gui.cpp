// bench_gui: from a click on the body map to the repainted map and results list, on the offscreen platform.
// Each sample clicks a region's centre (toggling the spot), which re-ranks, refreshes the results model and
// repaints both widgets synchronously.
#include <QApplication>
#include <QListView>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "app/bodymap/body_map_widget.h"
#include "app/shell/main_window.h"
#include "app/where/where_page.h"
#include "bench_report.h"
#include "catalogue/catalogue.h"

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto catalogue = tmap::catalogue::Catalogue::open(argc > 1 ? argv[1] : TM_BENCH_CATALOGUE);
    tmap::app::MainWindow window(*catalogue);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto* map = window.wherePage()->bodyMap();
    // Three spots stay marked; a fourth is toggled on and off, so each click ranks a 3- or 4-spot drawing.
    for (const char* s : {"head.temple:right", "neck.side:right", "shoulder.top:right"})
        QTest::mouseClick(map, Qt::LeftButton, {}, map->centreOf(s)->toPoint());
    const QPoint target = map->centreOf("head.jaw:right")->toPoint();
    // Let the event loop run once, as it does between a user's clicks: the map builds its cached layers when idle
    // after the first frame (see BodyMapWidget::paintEvent).
    QTest::qWait(20);
    using Clock = std::chrono::steady_clock;
    std::vector<double> total, click, mapPaint, listPaint;
    auto us = [](Clock::time_point a, Clock::time_point b) {
        return std::chrono::duration<double, std::micro>(b - a).count();
    };
    const int n = argc > 2 ? std::atoi(argv[2]) : 400;
    for (int i = 0; i < n; ++i) {
        const auto t0 = Clock::now();
        QTest::mouseClick(map, Qt::LeftButton, {}, target);
        const auto t1 = Clock::now();
        map->repaint();
        const auto t2 = Clock::now();
        window.wherePage()->resultsView()->viewport()->repaint();
        const auto t3 = Clock::now();
        total.push_back(us(t0, t3));
        click.push_back(us(t0, t1));
        mapPaint.push_back(us(t1, t2));
        listPaint.push_back(us(t2, t3));
    }
    using tmap::bench::report;
    report("click_to_repaint", total);
    report("click_rank_and_update", click);
    report("repaint_map", mapPaint);
    report("repaint_results", listPaint);
    return 0;
}
