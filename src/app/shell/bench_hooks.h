// bench_hooks: lets bench/ measure start-up and memory of a Qt program the same way for the app and for the
// bare Qt baseline. Inactive unless TM_BENCH_EXIT_AFTER_PAINT is set.
#pragma once

class QWidget;

namespace tmap::app {

/// With TM_BENCH_EXIT_AFTER_PAINT=1: quit right after `watched` is first painted. With =idle: wait a second
/// after the first paint, print "rss_kib=N" (resident memory) on stdout, then quit.
void installBenchHooks(QWidget* watched);

} // namespace tmap::app
