// widgets/safety_html.cpp: the pieces of a safety box (widgets/safety_html.h).
#include "app/widgets/safety_html.h"

#include <algorithm>

#include "app/widgets/data_text.h"
#include "catalogue/catalogue.h"
#include "catalogue/model.h"

namespace tmap::app {

QStringList SafetyHtml::translated(const std::vector<catalogue::Precaution>& precautions, bool named)
{
    // Chosen and ordered by the core (the muscle's own first): the app only puts them in the user's language, each
    // once (two may read the same once translated).
    QStringList cautions;
    const catalogue::Technique* under = nullptr;
    for (const auto& p : precautions) {
        const QString item = DataText::text(p.text).toHtmlEscaped();
        if (cautions.contains(item))
            continue;
        // A technique's own, under its name (the core lists them together, after the muscle's).
        if (named && p.technique && p.technique != under) {
            cautions << kHeading + "<b>" + tr("With “%1”:").arg(DataText::text(p.technique->name).toHtmlEscaped())
                    + "</b>";
            under = p.technique;
        }
        cautions << item;
    }
    return cautions;
}

QStringList SafetyHtml::precautions(
    const std::vector<const catalogue::Technique*>& techniques, const catalogue::Muscle& muscle)
{
    const auto given = std::count_if(techniques.begin(), techniques.end(), [](const auto* t) { return t != nullptr; });
    return translated(catalogue::precautionsFor(muscle, techniques), given > 1);
}

QStringList SafetyHtml::precautions(const catalogue::Muscle& muscle)
{
    return translated(catalogue::precautionsFor(muscle), muscle.techniques.size() > 1);
}

QString SafetyHtml::redFlag(const catalogue::RedFlag& flag)
{
    return "<b>" + tr("%1:").arg(DataText::redFlagTitle(flag).toHtmlEscaped()) + "</b> "
        + DataText::redFlagSigns(flag).toHtmlEscaped() + " <b>" + DataText::redFlagAction(flag).toHtmlEscaped()
        + "</b>";
}

QStringList SafetyHtml::clinicianSigns(const catalogue::Catalogue& catalogue, const catalogue::Muscle& muscle)
{
    QStringList signs;
    for (const auto& id : muscle.redFlags)
        if (const auto* r = catalogue.redFlag(id))
            signs << redFlag(*r);
    for (const auto& n : muscle.redFlagNotes)
        signs << DataText::text(n).toHtmlEscaped();
    return signs;
}

QString SafetyHtml::items(const QStringList& items)
{
    QString html;
    for (const auto& i : items)
        html += i.startsWith(kHeading)
            ? "<p style='margin-top: 6px; margin-bottom: 2px;'>" + i.mid(kHeading.size()) + "</p>"
            : "<p style='margin-top: 2px; margin-bottom: 2px;'>&#8226; " + i + "</p>";
    return html;
}

QString SafetyHtml::box(const QStringList& cautions, const QStringList& signs, Heading heading)
{
    if (cautions.isEmpty() && signs.isEmpty())
        return {};
    // Two boxes: the signs that send a person to a clinician in red, then the routine precautions in amber, so that
    // an emergency does not drown among "press more gently if you are pregnant" in one wall of red, nor wait below
    // eight of them (sternocleidomastoid's red box began at the foot of a 1024x640 window).
    const QString title = tr("Before you press");
    QString h = heading == Heading::Above ? "<h2>" + title + "</h2>" : QString();
    const QString cell = heading == Heading::Above ? "<table width='100%'><tr><td class='%1'>"
                                                   : "<table width='100%' cellpadding='6'><tr><td class='%1'>";
    bool titled = heading == Heading::Above;
    if (!signs.isEmpty()) {
        h += cell.arg("flag") + (titled ? QString() : "<p><b>" + title + "</b></p>") + "<p><b>"
            + tr("Warning signs: if one applies, see a doctor instead of treating it yourself") + "</b></p>"
            + items(signs) + "</td></tr></table>";
        titled = true;
    }
    if (!cautions.isEmpty())
        h += cell.arg("caution") + (titled ? QString() : "<p><b>" + title + "</b></p>") + items(cautions)
            + "</td></tr></table>";
    return h;
}

} // namespace tmap::app
