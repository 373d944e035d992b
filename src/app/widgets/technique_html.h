// widgets/technique_html: one technique of an entry as HTML - its heading, tool, position, steps, dose and its own
// precautions - shared by the entry page (catalogue/entry_browser) and the guided session (treat/session_dialog),
// so the two never tell the same technique differently.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tmap::catalogue {
struct Technique;
}

namespace tmap::app {

/// Phrases a catalogue technique for the app's rich-text views.
class TechniqueHtml final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::TechniqueHtml)

public:
    /// `heading`: the heading's text, with %1 for the technique's (translated, escaped) name, e.g. "Then: %1";
    /// empty for "<kind>: <name>" ("Pressure: Ball against the wall").
    /// `withPrecautions` false leaves out the technique's precautions, for a page that shows them all first.
    static QString html(
        const catalogue::Technique& technique, const QString& heading = {}, bool withPrecautions = true);
    /// "Pressure", "Stretch", "Other".
    static QString kindName(const catalogue::Technique& technique);
    /// True when the technique's name, in the user's language, already says its kind ("Doorway stretch",
    /// "Druck mit Ball ..."): a heading "Stretch: Doorway stretch" would say it twice.
    static bool nameSaysKind(const catalogue::Technique& technique);
    /// "<b>How hard:</b> light to moderate ..." (escaped), or empty when the technique does not say.
    static QString howHard(const catalogue::Technique& technique);
};

} // namespace tmap::app
