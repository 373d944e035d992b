// widgets/technique_html.cpp: a technique as HTML (widgets/technique_html.h).
#include "app/widgets/technique_html.h"

#include <QStringList>

#include "app/widgets/data_text.h"
#include "catalogue/model.h"

namespace tmap::app {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

bool TechniqueHtml::nameSaysKind(const catalogue::Technique& t)
{
    return t.kind != catalogue::TechniqueKind::Other
        && DataText::text(t.name).contains(kindName(t), Qt::CaseInsensitive);
}

QString TechniqueHtml::kindName(const catalogue::Technique& t)
{
    switch (t.kind) {
    case catalogue::TechniqueKind::Pressure:
        return tr("Pressure");
    case catalogue::TechniqueKind::Stretch:
        return tr("Stretch");
    case catalogue::TechniqueKind::Other:
        break;
    }
    return tr("Other");
}

QString TechniqueHtml::html(const catalogue::Technique& t, const QString& heading, bool withPrecautions)
{
    const QString name = esc(DataText::text(t.name));
    QString h = "<h3>"
        + (!heading.isEmpty()     ? heading.arg(name)
                : nameSaysKind(t) ? name
                                  : kindName(t) + ": " + name)
        + "</h3>";
    QStringList facts;
    if (t.hasTool())
        facts << "<b>" + tr("Tool:") + "</b> " + esc(DataText::text(t.tool));
    if (!t.position.empty())
        facts << "<b>" + tr("Position:") + "</b> " + esc(DataText::text(t.position));
    if (!facts.isEmpty())
        h += "<p>" + facts.join("<br>") + "</p>";
    if (!t.steps.empty()) {
        h += "<ol>";
        for (const auto& s : t.steps)
            h += "<li>" + esc(DataText::text(s)) + "</li>";
        h += "</ol>";
    }
    QStringList dose;
    if (!t.duration.empty())
        dose << "<b>" + tr("How long:") + "</b> " + esc(DataText::text(t.duration));
    if (!t.frequency.empty())
        dose << "<b>" + tr("How often:") + "</b> " + esc(DataText::text(t.frequency));
    if (!t.intensity.empty())
        dose << howHard(t);
    if (!dose.isEmpty())
        h += "<p>" + dose.join("<br>") + "</p>";
    // Every technique carries its own precautions, wherever it is shown (a guided session shows them first).
    if (withPrecautions)
        for (const auto& p : t.precautions)
            h += "<p>&#9888; " + esc(DataText::text(p)) + "</p>";
    return h;
}

QString TechniqueHtml::howHard(const catalogue::Technique& t)
{
    return t.intensity.empty() ? QString() : "<b>" + tr("How hard:") + "</b> " + esc(DataText::text(t.intensity));
}

} // namespace tmap::app
