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
class Catalogue;
struct Muscle;
struct Precaution;
struct RedFlag;
struct Technique;
} // namespace tmap::catalogue

namespace tmap::app {

class SafetyHtml final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::SafetyHtml)

public:
    /// Precautions as the core chose and ordered them, translated and escaped, each once: the muscle's own, then
    /// each technique's own under a heading item with its name ("With “Lying back-bend”:"; items() shows it as a
    /// heading, not a bullet), unless `named` is false (the box is about one technique already).
    static QStringList translated(const std::vector<catalogue::Precaution>& precautions, bool named = true);
    /// Whether `item` (of translated()) heads a technique's precautions rather than being one.
    static bool isHeading(const QString& item) { return item.startsWith(kHeading); }
    /// catalogue::precautionsFor (the muscle's first, then the techniques'), translated and escaped, each once; a
    /// technique's own under its name when there are several.
    static QStringList precautions(
        const std::vector<const catalogue::Technique*>& techniques, const catalogue::Muscle& muscle);
    /// The same for every technique of `muscle`: what its entry lists before "How to find it".
    static QStringList precautions(const catalogue::Muscle& muscle);
    /// "<b>Title:</b> signs <b>action</b>", translated and escaped.
    static QString redFlag(const catalogue::RedFlag& flag);
    /// The signs that send a person to a clinician instead: each warning of `muscle` (redFlag()), then the muscle's
    /// own notes, translated and escaped.
    static QStringList clinicianSigns(const catalogue::Catalogue& catalogue, const catalogue::Muscle& muscle);
    /// The items of a warning box, each a paragraph with its own bullet: rich text draws a list's bullets in the
    /// palette's text colour, which vanishes on the box's light background in a dark palette.
    static QString items(const QStringList& items);

private:
    /// Starts an item that heads a technique's precautions (an HTML comment: invisible wherever it goes).
    static inline const QString kHeading = QStringLiteral("<!--technique-->");

public:
    /// Where "Before you press" stands: as a heading over the box (the entry page, among its other headings) or in
    /// bold inside it (the session's and the Plans tab's page, where the box opens the page).
    enum class Heading { Above, Inside };
    /// "Before you press": under "Warning signs: if one applies, see a doctor instead ..." the `signs` in a warning box
    /// (table cells of class `flag`), then `cautions` in a caution box (class `caution`; style both with safetyCss());
    /// empty when both are.
    static QString box(const QStringList& cautions, const QStringList& signs, Heading heading);
};

} // namespace tmap::app
