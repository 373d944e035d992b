// trigger-map: the desktop app. Parses the command line, opens the catalogue, shows the main window or
// renders it offscreen (--screenshot). Chooses the interface language: the system locale, or --language CODE.
#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "app/report/report_writer.h"
#include "app/shell/app_options.h"
#include "app/shell/main_window.h"
#include "app/widgets/body_names.h"
#include "catalogue/catalogue.h"

namespace {

/// The application with a last safety net. open() checks the catalogue through, so reading the muscles later (on
/// the first click) fails only if the file changed or the disk failed since; that ends the app with a message
/// naming the file - a dialog, unless rendering offscreen - instead of an abort inside a Qt slot.
class Application final : public QApplication {
public:
    using QApplication::QApplication;
    bool interactive = true;

    bool notify(QObject* receiver, QEvent* event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (const tmap::catalogue::CatalogueError& e) {
            std::fprintf(stderr, "trigger-map: %s\n", e.what());
            if (interactive)
                QMessageBox::critical(nullptr, QObject::tr("Trigger Map"),
                    QObject::tr("The catalogue could not be read:\n%1").arg(QString::fromUtf8(e.what())));
            QCoreApplication::exit(1);
            return true;
        } catch (const std::exception& e) {
            // Anything else a slot let out (a journal read that failed, say): told, and the app goes on - the
            // event loop would otherwise end it (std::terminate), with a session in progress. Reads of the journal
            // in slots go through JournalSession::tryRead and say it in the journal's own words; this is the net
            // under them.
            std::fprintf(stderr, "trigger-map: %s\n", e.what());
            // Rendering offscreen, a picture or a report made after an error is not one to trust: the run fails.
            if (!interactive) {
                QCoreApplication::exit(1);
                return true;
            }
            // One message at a time: an error that repeats (a timer's tick) is not a box inside a box.
            static bool telling = false;
            if (!telling) {
                telling = true;
                QMessageBox::warning(nullptr, QObject::tr("Trigger Map"),
                    QObject::tr("This could not be done:\n%1").arg(QString::fromUtf8(e.what())));
                telling = false;
            }
            return true;
        }
    }
};

bool wantsOffscreen(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--screenshot" || arg.starts_with("--screenshot=") || arg == "--report"
            || arg.starts_with("--report=") || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

/// Removes `--language CODE` / `--language=CODE` from the arguments and returns CODE ("" when absent; "-" when
/// the value is missing). Taken out before QCommandLineParser runs so that --help is already translated.
QString takeLanguage(QStringList& arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--language")) {
            code = i + 1 < arguments.size() ? arguments[i + 1] : QStringLiteral("-");
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (arguments[i].startsWith(QLatin1String("--language="))) {
            code = arguments[i].mid(11);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return code;
}

/// Installs the app's translation (embedded at :/i18n) for `locale` and, in the same language, Qt's own strings
/// (standard buttons, dialogs) when the system has them. Returns false when the app has no translation for
/// `locale`; it then stays in English, the language of the sources, and so does Qt, so the two never mix.
bool installTranslators(QApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("trigger-map"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(own->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    // Rendering to a file needs no display: use the offscreen platform unless the user chose one.
    if (wantsOffscreen(argc, argv) && !std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    app.interactive = !wantsOffscreen(argc, argv);
    QApplication::setApplicationName("trigger-map");
    QApplication::setOrganizationName("trigger-map");
    QApplication::setApplicationDisplayName("Trigger Map");
    QApplication::setApplicationVersion(TM_VERSION);
    QApplication::setDesktopFileName("io.github.triggermap.TriggerMap");

    QStringList arguments = QApplication::arguments();
    const QString language = takeLanguage(arguments);
    if (language == "-") {
        std::fprintf(stderr, "trigger-map: --language needs a value, e.g. --language de\n");
        return 2;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool translated = installTranslators(app, locale);
    // Dates and numbers follow the interface's language (a report asked for in German shows German dates).
    if (translated && !language.isEmpty())
        QLocale::setDefault(locale);
    if (!translated && !language.isEmpty() && locale.language() != QLocale::English)
        std::fprintf(stderr, "trigger-map: no translation for \"%s\"; using English\n", qPrintable(language));

    int exitCode = -1;
    const auto options = tmap::app::parseOptions(arguments, exitCode);
    if (exitCode >= 0)
        return exitCode;
    tmap::app::applyPalette(options.palette);

    const std::string path = options.catalogue.isEmpty()
        ? tmap::catalogue::findCatalogue(QCoreApplication::applicationDirPath().toStdString())
        : options.catalogue.toStdString();
    std::unique_ptr<tmap::catalogue::Catalogue> catalogue;
    try {
        // A window checks the catalogue's references right after its first frame (below); the headless modes
        // at once. Either way before anything reads a muscle.
        const bool window = options.screenshot.isEmpty() && options.report.isEmpty();
        catalogue = tmap::catalogue::Catalogue::open(
            path, window ? tmap::catalogue::Catalogue::Checks::Deferred : tmap::catalogue::Catalogue::Checks::AtOpen);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-map: %s\n", e.what());
        if (options.screenshot.isEmpty() && options.report.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("Trigger Map"),
                QObject::tr("The catalogue could not be opened:\n%1").arg(QString::fromUtf8(e.what())));
        return 1;
    }

    // The data's names (regions, symptoms, red flags...) in the language of the interface, never mixed with it.
    tmap::app::BodyNames::setCatalogue(catalogue.get(), translated ? locale.name() : QString());

    // What --report and --screenshot do with a file that exists (or appears while they write): replace it only
    // with --force.
    const auto existing = options.replace ? tmap::journal::Existing::Replace : tmap::journal::Existing::Keep;
    if (!options.report.isEmpty()) {
        // Headless: the same painters as the screen draw into a PDF; no window is shown.
        QString error;
        const tmap::journal::Range range {options.since.toStdString(), options.until.toStdString()};
        if (!tmap::app::writeReportFromFile(*catalogue, options.journal, options.report, range, &error, existing)) {
            std::fprintf(stderr, "trigger-map: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "trigger-map: wrote %s\n", qPrintable(options.report));
        return 0;
    }

    tmap::app::MainWindow window(*catalogue, options.journal);
    if (options.screenshot.isEmpty())
        window.restoreSettings();
    // The options open an entry, draw spots or a pattern: reading a damaged part of the catalogue (a pattern's
    // shape, say) throws here, before the event loop whose handler (Application::notify) would report it.
    try {
        if (const QString error = window.applyOptions(options); !error.isEmpty()) {
            std::fprintf(stderr, "trigger-map: %s\n", qPrintable(error));
            return 2;
        }
        if (!options.screenshot.isEmpty())
            return window.saveScreenshot(options.screenshot, options.size, existing) ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-map: %s\n", e.what());
        if (options.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("Trigger Map"),
                QObject::tr("The catalogue could not be opened:\n%1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    // Once the first frame is up: the catalogue checked through and its muscles read with it (a damaged one ends the
    // app here with the message naming the file, Application::notify, before a click can read a muscle; ~5-10 ms),
    // and the window icon (an SVG: an icon-engine plugin and a parse, ~3 ms; task bars find the icon through the
    // desktop file name until then).
    window.afterFirstFrame([&catalogue] {
        catalogue->checkReferences();
        QApplication::setWindowIcon(QIcon(":/icons/io.github.triggermap.TriggerMap.svg"));
    });
    window.show();
    window.showFirstRunNoticeIfNeeded();
    return QApplication::exec();
}
