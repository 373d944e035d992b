// shell/bench_hooks: for bench/, quits after the first paint, printing its time (and, a second on, resident memory).
#include "app/shell/bench_hooks.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace tmap::app {

namespace {

class FirstPaint final : public QObject {
public:
    FirstPaint(QObject* parent, bool idle)
        : QObject(parent)
        , idle_(idle)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !done_) {
            done_ = true;
            // With TM_BENCH_T0 (the launcher's CLOCK_REALTIME in ns at exec), report the time to this paint.
            if (const QByteArray t0 = qgetenv("TM_BENCH_T0"); !t0.isEmpty()) {
                timespec now {};
                clock_gettime(CLOCK_REALTIME, &now);
                const double ms = (double(now.tv_sec) * 1e9 + double(now.tv_nsec) - t0.toDouble()) / 1e6;
                std::printf("first_paint_ms=%.2f\n", ms);
                std::fflush(stdout);
            }
            // Quit once this paint has been delivered; for memory, after a second of idling.
            QTimer::singleShot(idle_ ? 1000 : 0, this, [this] {
                if (idle_) {
                    QFile status("/proc/self/status");
                    if (status.open(QIODevice::ReadOnly))
                        for (const auto& line : status.readAll().split('\n'))
                            if (line.startsWith("VmRSS:"))
                                std::printf("rss_kib=%s\n", line.mid(6).trimmed().split(' ').first().constData());
                    std::fflush(stdout);
                }
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool idle_;
    bool done_ = false;
};

} // namespace

void installBenchHooks(QWidget* watched)
{
    const QByteArray mode = qgetenv("TM_BENCH_EXIT_AFTER_PAINT");
    if (mode.isEmpty())
        return;
    watched->installEventFilter(new FirstPaint(watched, mode == "idle"));
}

} // namespace tmap::app
