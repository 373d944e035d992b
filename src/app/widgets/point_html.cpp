// widgets/point_html.cpp: a trigger point's page for pressing it (widgets/point_html.h).
#include "app/widgets/point_html.h"

#include <QStringList>

#include "app/widgets/data_text.h"
#include "app/widgets/safety_html.h"
#include "app/widgets/technique_html.h"
#include "catalogue/catalogue.h"
#include "treat/session.h"

namespace tmap::app {

QString PointHtml::sidedName(const QString& name, body::Side side)
{
    switch (side) {
    case body::Side::Left:
        return tr("%1, left side").arg(name);
    case body::Side::Right:
        return tr("%1, right side").arg(name);
    case body::Side::None:
        break;
    }
    return tr("%1, on the side that hurts").arg(name);
}

QString PointHtml::safetyBox(const catalogue::Catalogue& catalogue, const treat::Plan& plan)
{
    // First on the page, before where to press and the steps: the precautions of the session's techniques and of
    // the muscle, each once (as the entry's "Before you press"), and the signs that send a person to a clinician.
    return SafetyHtml::box(SafetyHtml::precautions({plan.pressure, plan.stretch}, *plan.muscle),
        SafetyHtml::clinicianSigns(catalogue, *plan.muscle), SafetyHtml::Heading::Inside);
}

QString PointHtml::howToPress(const treat::Plan& plan)
{
    QString h = "<p><a name='how'></a><b>" + tr("Where to press:") + "</b> "
        + DataText::text(plan.point->location).toHtmlEscaped() + "</p>";
    if (!plan.muscle->palpation.empty())
        h += "<p><b>" + tr("How to find it:") + "</b> " + DataText::text(plan.muscle->palpation).toHtmlEscaped()
            + "</p>";
    if (plan.pressure)
        h += TechniqueHtml::html(*plan.pressure, tr("Then: %1"), false);
    if (plan.stretch)
        h += TechniqueHtml::html(*plan.stretch, tr("Then stretch: %1"), false);
    return h;
}

} // namespace tmap::app
