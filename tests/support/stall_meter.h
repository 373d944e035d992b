// stall_meter: how long the UI thread went without running its event loop - the longest gap between the ticks of a
// 5 ms timer - for the GUI tests that promise the window never waits on the journal.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace tmap::test {

/// A stall at least this long means the UI thread waited for the journal. Every test that checks it makes the
/// blocking version of the work take longer: another program holds its lock for 300 ms or more, or the file holds
/// 30 000 notes (about half a second to read or write). It is not a speed target (bench/bench_gui.cpp measures the
/// stalls): 100 ms, the earlier bound, was crossed now and then by a busy machine running the tests in parallel.
inline constexpr qint64 kWaitedOnJournal = 250;

/// Ticks while it lives; longest() is the longest gap so far (the time since the last tick included).
class StallMeter final {
public:
    StallMeter()
    {
        QObject::connect(&ticker_, &QTimer::timeout, [this] { longest_ = std::max(longest_, clock_.restart()); });
        ticker_.setTimerType(Qt::PreciseTimer);
        ticker_.start(5);
        clock_.start();
    }
    qint64 longest() const { return std::max(longest_, clock_.elapsed()); }

private:
    QTimer ticker_;
    QElapsedTimer clock_;
    qint64 longest_ = 0;
};

} // namespace tmap::test
