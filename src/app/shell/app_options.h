// app_options: the desktop app's command line (QCommandLineParser), parsed into one plain struct.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace tmap::app {

/// What the command line asked for.
struct AppOptions {
    QString screenshot; ///< render the window offscreen to this PNG and exit
    QSize size {1280, 800};
    QString view; ///< front | back | side | side-left | soles
    QStringList select; ///< spots, REGION[:SIDE][=INTENSITY]
    QStringList symptoms;
    int result = 0; ///< 1-based result to show the pattern of
    QString muscle; ///< open this muscle's entry page
    QString page; ///< where | browser | guide | journal
    QString search; ///< filter the catalogue browser
    QString palette; ///< "", light or dark: override the system palette (screenshots, testing)
    QString catalogue; ///< catalogue database override
    QString journal; ///< journal file override
    QString report; ///< write a PDF report and exit
    /// --force: --report and --screenshot may replace an existing file; without it a file that exists, or appears
    /// while the new one is written, is left as it is and nothing is written.
    bool replace = false;
    QString since, until;
    QString treat; ///< hidden: open a guided session for TRIGGER-POINT[:SIDE] (screenshots)
    QString treatStep; ///< hidden: before | get-ready | hold | after, the step --treat shows
    bool noteEditor = false; ///< hidden: open the note editor on a new note from the drawing (screenshots)
    double sessionTimeScale = 0; ///< hidden, tests: shorten session timers by this factor (0 < s <= 1); 0 = unset
};

/// Installs the app's style (AppStyle) and applies --palette: Fusion with a light or a dark palette, or the
/// system's style and palette when empty.
void applyPalette(const QString& palette);

/// Parses the arguments; on --help/--version or an error prints and sets `exitCode` (>= 0 means: exit now).
AppOptions parseOptions(const QStringList& arguments, int& exitCode);

} // namespace tmap::app
