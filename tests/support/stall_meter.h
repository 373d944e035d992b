// stall_meter: how long the UI thread went without running its event loop - the longest gap between the ticks of a
// 5 ms timer - for the GUI tests that promise the window never waits on the journal.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace tmap::test {

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
