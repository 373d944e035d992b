// bench_gui: from a click on the body map to the repainted map and results list, on the offscreen platform.
// Each sample clicks a region's centre (toggling the spot), which re-ranks, refreshes the results model and
// repaints both widgets synchronously.
// Then the Journal tab over a journal of 100 000 notes (made in a temp folder), opened for the first time of the
// day (the integrity check and the backup): the longest time the UI thread did not run its event loop from the
// tab switch until the notes show, against the same window left idle for as long (the baseline, same run), and
// what that open costs when it runs on the UI thread (what the window froze for before it moved off it). Then an
// export of every note from the tab (JSON): the longest stall from the click until it is written, and how long.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "app/bodymap/body_map_widget.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/shell/main_window.h"
#include "app/where/where_page.h"
#include "bench_journal_data.h"
#include "bench_report.h"
#include "catalogue/catalogue.h"

namespace {

/// The longest gap between the ticks of a 2 ms timer while `body` runs the event loop, in microseconds.
template <class F> double longestStallUs(F&& body)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    ticker.start(2);
    body();
    longest = std::max(longest, clock.nsecsElapsed() - last);
    return static_cast<double>(longest) / 1000.0;
}

/// The Journal tab's first open of the day over `path`; returns 1 when something did not work.
int benchJournalTab(const tmap::catalogue::Catalogue& catalogue, int notes, int rounds)
{
    using namespace tmap;
    QTemporaryDir dir(QDir::temp().filePath("tm-bench-tab-XXXXXX"));
    const QString path = dir.filePath("journal.sqlite");
    journal::OpenOptions plain;
    plain.dailyBackup = false;
    journal::Journal::open(path.toStdString(), plain)->saveAll(bench::benchNotes(notes), journal::OnDuplicate::Skip);
    std::vector<double> stall, idle, shown, onUiThread, exportStall, exportTime;
    for (int round = 0; round < rounds; ++round) {
        QDir(dir.filePath("backups")).removeRecursively(); // so that the open is the day's first: check and back up
        app::MainWindow window(catalogue, path);
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QTest::qWait(50);
        auto* page = window.journalPage();
        QElapsedTimer clock;
        clock.start();
        bool loaded = false;
        stall.push_back(longestStallUs([&] {
            window.showJournalTab();
            loaded = QTest::qWaitFor([&] { return page->model()->rowCount() > 0 && !page->figuresPending(); }, 60000);
        }));
        shown.push_back(static_cast<double>(clock.nsecsElapsed()) / 1000.0);
        if (!loaded || page->session().openReport().backupWritten.empty()) {
            std::fprintf(stderr, "bench_gui: the Journal tab did not show its notes and figures (%s)\n",
                qPrintable(page->session().lastError()));
            return 1;
        }
        const int same = static_cast<int>(clock.elapsed());
        idle.push_back(longestStallUs([&] { QTest::qWait(same); }));
        // An export of every note from the tab (read and written aside): the longest stall until it is written.
        const QString output = dir.filePath("export.json");
        QFile::remove(output);
        bool ended = false;
        bool written = false;
        const auto connection = QObject::connect(page, &app::JournalPage::fileWritten, [&](const QString&, bool ok) {
            ended = true;
            written = ok;
        });
        QElapsedTimer exportClock;
        exportClock.start();
        exportStall.push_back(longestStallUs([&] {
            if (page->exportTo(output, journal::Format::Json))
                static_cast<void>(QTest::qWaitFor([&] { return ended; }, 120000)); // `written` says how it ended
        }));
        exportTime.push_back(static_cast<double>(exportClock.nsecsElapsed()) / 1000.0);
        QObject::disconnect(connection);
        if (!written) {
            std::fprintf(stderr, "bench_gui: the export from the Journal tab failed (%s)\n",
                qPrintable(page->session().lastError()));
            return 1;
        }
        // Before: the same open on the UI thread, which froze the window for all of it.
        QDir(dir.filePath("backups")).removeRecursively();
        const auto t0 = std::chrono::steady_clock::now();
        auto j = journal::Journal::open(path.toStdString());
        onUiThread.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    using tmap::bench::report;
    report("journal_tab_first_open_of_day_longest_stall", stall);
    report("journal_tab_idle_longest_stall_baseline", idle);
    report("journal_tab_first_open_of_day_to_notes_shown", shown);
    report("journal_first_open_of_day_on_ui_thread", onUiThread);
    report("journal_tab_export_json_all_longest_stall", exportStall);
    report("journal_tab_export_json_all_to_written", exportTime);
    return 0;
}

} // namespace

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
    // bench_gui CATALOGUE CLICKS NOTES ROUNDS; NOTES 0 leaves the journal out.
    const int notes = argc > 3 ? std::atoi(argv[3]) : 100000;
    return notes > 0 ? benchJournalTab(*catalogue, notes, argc > 4 ? std::atoi(argv[4]) : 5) : 0;
}
