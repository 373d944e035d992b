// GUI tests need a QApplication; catch_discover_tests runs this binary without the test environment, so the
// offscreen platform is chosen here when nothing else was asked for.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName("trigger-map-tests");
    return Catch::Session().run(argc, argv);
}
