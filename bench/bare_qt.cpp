// bare_qt: the baseline for the app's start-up and memory budgets - a QApplication and an empty main window,
// nothing else, measured by the same hook and the same script as trigger-map.
#include <QApplication>
#include <QMainWindow>

#include "app/shell/bench_hooks.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    tmap::app::installBenchHooks(&window);
    window.show();
    return QApplication::exec();
}
