// shell/app_options: the app's command-line options and their checks, and the light and dark palettes of --palette.
#include "app/shell/app_options.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <cstdio>

#include "app/shell/app_style.h"
#include "journal/journal.h"

namespace tmap::app {

void applyPalette(const QString& name)
{
    installAppStyle(!name.isEmpty());
    if (name.isEmpty())
        return;
    if (name == "light") {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1f, 0x1f, 0x22), text(0xe8, 0xe6, 0xe3), button(0x35, 0x35, 0x39);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // Fusion draws frames and check boxes from these; without them they vanish on a dark base.
    p.setColor(QPalette::Light, QColor(0x6a, 0x6a, 0x70));
    p.setColor(QPalette::Midlight, QColor(0x50, 0x50, 0x56));
    p.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x49));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x8a, 0x90));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x98, 0x95));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    // A disabled button sinks toward the window (Fusion lightens a face, so this darker one comes out near the
    // window's colour): with the enabled buttons' face it read as raised and clickable, only its grey text apart.
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x24, 0x24, 0x27));
    QApplication::setPalette(p);
}

AppOptions parseOptions(const QStringList& arguments, int& exitCode)
{
    exitCode = -1;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Trigger Map: click where it hurts to find the trigger points that may cause it.\n"
        "Self-care information, not a diagnosis."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot("screenshot",
        QCoreApplication::translate("main", "Render the window offscreen to a PNG file and exit."), "FILE");
    const QCommandLineOption size(
        "size", QCoreApplication::translate("main", "Window size for --screenshot (default 1280x800)."), "WxH");
    const QCommandLineOption view(
        "view", QCoreApplication::translate("main", "Body view: front, back, side, side-left or soles."), "VIEW");
    const QCommandLineOption select("select",
        QCoreApplication::translate("main", "Painful spots, comma-separated: REGION[:SIDE][=INTENSITY]."), "SPOTS");
    const QCommandLineOption symptom(
        "symptom", QCoreApplication::translate("main", "A symptom such as tinnitus (repeatable)."), "WORD");
    const QCommandLineOption result(
        "result", QCoreApplication::translate("main", "Show the referral pattern of the Nth result."), "N");
    const QCommandLineOption muscle("muscle", QCoreApplication::translate("main", "Open a muscle's entry page."), "ID");
    const QCommandLineOption page(
        "page",
        QCoreApplication::translate(
            "main", "Open a page: where, browser, guide, journal, plans, journal-trash or journal-settings."),
        "PAGE");
    const QCommandLineOption search(
        "search", QCoreApplication::translate("main", "Open the catalogue browser filtered by these words."), "WORDS");
    const QCommandLineOption palette(
        "palette", QCoreApplication::translate("main", "Colours: light or dark (default: the system's)."), "NAME");
    const QCommandLineOption language("language",
        QCoreApplication::translate("main", "Interface language, e.g. de or en (default: the system's)."), "CODE");
    const QCommandLineOption catalogue(
        "catalogue", QCoreApplication::translate("main", "Catalogue database to use."), "FILE");
    const QCommandLineOption journal("journal", QCoreApplication::translate("main", "Journal file to use."), "FILE");
    const QCommandLineOption report("report",
        QCoreApplication::translate(
            "main", "Write a PDF report of the journal and exit (for FILE.png: its first page as a picture)."),
        "FILE");
    const QCommandLineOption since(
        "since", QCoreApplication::translate("main", "First day of the report (YYYY-MM-DD)."), "DATE");
    const QCommandLineOption until(
        "until", QCoreApplication::translate("main", "Last day of the report (YYYY-MM-DD)."), "DATE");
    const QCommandLineOption force(
        "force", QCoreApplication::translate("main", "Replace the file of --report or --screenshot if it exists."));
    // Hidden: for screenshots and tests of the guided session, not for users.
    QCommandLineOption treat("treat", "Open a guided session for TRIGGER-POINT[:SIDE][,...].", "POINT");
    QCommandLineOption treatStep("treat-step",
        "The session step to show: before, get-ready, hold, after, or next (the second point of several).", "STEP");
    QCommandLineOption timeScale("session-time-scale", "Shorten the session's timers by this factor.", "S");
    // Hidden: for screenshots of the note editor (a new note from the --select drawing).
    QCommandLineOption noteEditor("note-editor", "Open the note editor with a new note from the drawing.");
    for (auto* o : {&treat, &treatStep, &timeScale, &noteEditor})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    for (const auto& o : {screenshot, size, view, select, symptom, result, muscle, page, search, palette, language,
             catalogue, journal, report, since, until, force, treat, treatStep, timeScale, noteEditor})
        parser.addOption(o);

    AppOptions options;
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "trigger-map: %s\n", qPrintable(parser.errorText()));
        exitCode = 2;
        return options;
    }
    if (parser.isSet("help")) {
        std::printf("%s", qPrintable(parser.helpText()));
        exitCode = 0;
        return options;
    }
    if (parser.isSet("version")) {
        std::printf("trigger-map %s\n", qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "trigger-map: unexpected argument \"%s\" (see --help)\n",
            qPrintable(parser.positionalArguments().first()));
        exitCode = 2;
        return options;
    }
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(size)) {
        const auto parts = parser.value(size).split('x');
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 200 || w > 8000 || h > 8000) {
            std::fprintf(
                stderr, "trigger-map: --size \"%s\": expected WxH, e.g. 1280x800\n", qPrintable(parser.value(size)));
            exitCode = 2;
            return options;
        }
        options.size = QSize(w, h);
    }
    options.treat = parser.value(treat);
    options.treatStep = parser.value(treatStep);
    if (parser.isSet(timeScale)) {
        bool ok = false;
        options.sessionTimeScale = parser.value(timeScale).toDouble(&ok);
        if (!ok || options.sessionTimeScale <= 0 || options.sessionTimeScale > 1) {
            std::fprintf(stderr, "trigger-map: --session-time-scale must be a number above 0 and at most 1\n");
            exitCode = 2;
            return options;
        }
    }
    options.view = parser.value(view);
    for (const auto& s : parser.values(select))
        options.select += s.split(',', Qt::SkipEmptyParts);
    options.symptoms = parser.values(symptom);
    if (parser.isSet(result)) {
        bool ok = false;
        options.result = parser.value(result).toInt(&ok);
        if (!ok || options.result < 1) {
            std::fprintf(stderr, "trigger-map: --result must be a number from 1\n");
            exitCode = 2;
            return options;
        }
    }
    options.muscle = parser.value(muscle);
    options.page = parser.value(page);
    options.search = parser.value(search);
    options.palette = parser.value(palette);
    if (!options.palette.isEmpty() && options.palette != "light" && options.palette != "dark") {
        std::fprintf(stderr, "trigger-map: --palette must be light or dark\n");
        exitCode = 2;
        return options;
    }
    options.catalogue = parser.value(catalogue);
    options.journal = parser.value(journal);
    if (parser.isSet(journal) && options.journal.isEmpty()) { // must not quietly mean the real journal
        std::fprintf(stderr, "trigger-map: --journal needs a file name; it was empty\n");
        exitCode = 2;
        return options;
    }
    options.report = parser.value(report);
    // An empty value (a script's unset variable) must not quietly mean "no report": the window would open instead.
    for (const auto* option : {&report, &screenshot, &since, &until})
        if (parser.isSet(*option) && parser.value(*option).isEmpty()) {
            std::fprintf(stderr, "trigger-map: --%s needs a value; it was empty\n",
                qPrintable(option->names().constFirst()));
            exitCode = 2;
            return options;
        }
    for (const auto* option : {&since, &until})
        if (parser.isSet(*option) && !::tmap::journal::isDay(parser.value(*option).toStdString())) {
            std::fprintf(stderr, "trigger-map: --%s \"%s\": use a date that exists, like 2026-11-25\n",
                qPrintable(option->names().constFirst()), qPrintable(parser.value(*option)));
            exitCode = 2;
            return options;
        }
    // The report is a PDF, or its first page as a picture: a PDF written to "report.txt" opens as nonsense.
    if (!options.report.isEmpty() && !options.report.endsWith(".pdf", Qt::CaseInsensitive)
        && !options.report.endsWith(".png", Qt::CaseInsensitive)) {
        std::fprintf(stderr,
            "trigger-map: --report %s: name a .pdf file (the report) or a .png file (its first page as a picture)\n",
            qPrintable(options.report));
        exitCode = 2;
        return options;
    }
    // A file that exists is replaced only when asked to (--force): a mistyped name must not cost an earlier report.
    for (const QString& file : {options.report, options.screenshot})
        if (!file.isEmpty() && QFileInfo::exists(file) && !parser.isSet(force)) {
            std::fprintf(stderr, "trigger-map: %s exists; add --force to replace it\n", qPrintable(file));
            exitCode = 2;
            return options;
        }
    if (!options.report.isEmpty() && parser.isSet(since) && parser.isSet(until)
        && parser.value(since) > parser.value(until)) {
        std::fprintf(stderr, "trigger-map: --since %s is after --until %s\n", qPrintable(parser.value(since)),
            qPrintable(parser.value(until)));
        exitCode = 2;
        return options;
    }
    options.replace = parser.isSet(force);
    options.since = parser.value(since);
    options.until = parser.value(until);
    options.noteEditor = parser.isSet(noteEditor);
    return options;
}

} // namespace tmap::app
