// trigger-map: the desktop app. Parses the command line, opens the catalogue, shows the main window or
// renders it offscreen (--screenshot).
#include <QApplication>
#include <QMessageBox>
#include <cstdio>
#include <cstdlib>

#include "app_options.h"
#include "catalogue/catalogue.h"
#include "main_window.h"

namespace {

bool wantsOffscreen(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--screenshot" || arg.starts_with("--screenshot=") || arg == "--report" ||
            arg.starts_with("--report=") || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // Rendering to a file needs no display: use the offscreen platform unless the user chose one.
    if (wantsOffscreen(argc, argv) && !std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName("trigger-map");
    QApplication::setOrganizationName("trigger-map");
    QApplication::setApplicationDisplayName("Trigger Map");
    QApplication::setApplicationVersion(TM_VERSION);
    QApplication::setDesktopFileName("io.github.triggermap.TriggerMap");

    int exitCode = -1;
    const auto options = tmap::app::parseOptions(QApplication::arguments(), exitCode);
    if (exitCode >= 0)
        return exitCode;

    const std::string path = options.catalogue.isEmpty()
                                 ? tmap::catalogue::findCatalogue(QCoreApplication::applicationDirPath().toStdString())
                                 : options.catalogue.toStdString();
    std::unique_ptr<tmap::catalogue::Catalogue> catalogue;
    try {
        catalogue = tmap::catalogue::Catalogue::open(path);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-map: %s\n", e.what());
        if (options.screenshot.isEmpty() && options.report.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("Trigger Map"),
                                  QObject::tr("The catalogue could not be opened:\n%1").arg(QString::fromUtf8(e.what())));
        return 1;
    }

    tmap::app::MainWindow window(*catalogue);
    if (options.screenshot.isEmpty())
        window.restoreSettings();
    if (const QString error = window.applyOptions(options); !error.isEmpty()) {
        std::fprintf(stderr, "trigger-map: %s\n", qPrintable(error));
        return 2;
    }
    if (!options.screenshot.isEmpty())
        return window.saveScreenshot(options.screenshot, options.size) ? 0 : 1;
    window.show();
    window.showFirstRunNoticeIfNeeded();
    return QApplication::exec();
}
