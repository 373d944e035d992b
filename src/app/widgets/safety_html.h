// widgets/safety_html: the pieces of a safety box in rich text - an entry's precautions each once, a warning with
// its signs and what to do, and the box's bullet lines - shared by the entry page's "Before you press"
// (catalogue/entry_browser), the guided session's (treat/session_dialog) and the Where page's warnings, so that they
// never word the same warning differently.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace tmap::catalogue {
struct Muscle;
struct RedFlag;
struct Technique;
} // namespace tmap::catalogue

namespace tmap::app {

class SafetyHtml final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::SafetyHtml)

public:
    /// The precautions of `techniques` (null ones skipped), then of `muscle`, translated and escaped, each once.
    static QStringList precautions(
        const std::vector<const catalogue::Technique*>& techniques, const catalogue::Muscle& muscle);
    /// "<b>Title:</b> signs <b>action</b>", translated and escaped.
    static QString redFlag(const catalogue::RedFlag& flag);
    /// The items of a warning box, each a paragraph with its own bullet: rich text draws a list's bullets in the
    /// palette's text colour, which vanishes on the box's light background in a dark palette.
    static QString items(const QStringList& items);
};

} // namespace tmap::app
