// journal/insights_panel: the core's insights in words - each treatment and factor, its figure and what it rests on.
#include "app/journal/insights_panel.h"

#include <QLocale>

#include "app/widgets/data_text.h"
#include "catalogue/catalogue.h"

namespace tmap::app {

namespace {

QString number(const journal::Figure& f)
{
    return QLocale().toString(*f.mean, 'f', 1);
}

} // namespace

InsightsPanel::InsightsPanel(const catalogue::Catalogue& catalogue, QWidget* parent)
    : QTextBrowser(parent)
    , catalogue_(catalogue)
{
    // Short paragraphs under two headings: what, then what went with it and what that rests on. Text wraps, so a
    // narrow panel (1024x640, German) shows all of it.
    setReadOnly(true);
    setOpenLinks(false);
    setAccessibleName(tr("What goes with your pain"));
}

QString InsightsPanel::times(int n)
{
    return n == 1 ? tr("once") : tr("%Ln times", nullptr, n);
}

QString InsightsPanel::Lines::techniquesTitle()
{
    return tr("Treatments");
}

QString InsightsPanel::Lines::factorsTitle()
{
    return tr("Factors");
}

QString InsightsPanel::caution()
{
    return tr("What went together in your notes, not what caused what: a small difference can be chance. A day's "
              "pain is the mean of its notes, each note's overall pain, else its worst spot.");
}

QString InsightsPanel::days(int n)
{
    return n == 1 ? tr("%n day", nullptr, n) : tr("%n days", nullptr, n);
}

InsightsPanel::Lines InsightsPanel::describe(const catalogue::Catalogue& catalogue, const journal::Insights& in)
{
    Lines out;
    const QString tooFew = tr("too few to tell");
    for (const auto& t : in.techniques) {
        // The catalogue's names in the interface's language (the Journal tab and the report).
        const QString who = DataText::pointOrMuscleName(catalogue, t.muscle, t.triggerPoint);
        Line line;
        // A treatment saved without its technique is named so, not with an empty name after a colon.
        line.what
            = t.technique.empty() ? tr("%1, technique not named").arg(who) : who + ": " + DataText::text(t.technique);
        // Counted in sessions, as "What helped most" beside it counts the same treatments ("10 times" there read
        // as another figure).
        const int n = t.drop.count;
        line.figure = (t.drop.mean ? tr("%1 points less right after").arg(number(t.drop)) : tooFew) + " ("
            + (n == 1 ? tr("%Ln session", nullptr, n) : tr("%Ln sessions", nullptr, n)) + ")";
        if (t.nextDay.mean && t.otherDays.mean)
            line.more
                = tr("the next day's pain: %1 after days with it (%2), %3 after days without (%4)")
                      .arg(number(t.nextDay), days(t.nextDay.count), number(t.otherDays), days(t.otherDays.count));
        out.techniques.push_back(line);
    }
    for (const auto& f : in.factors) {
        const auto* factor = catalogue.factor(f.factor);
        Line line;
        line.what = factor ? DataText::factorName(*factor) : QString::fromStdString(f.factor);
        line.figure
            = (f.tooFew() ? tooFew : tr("pain %1 on days with it, %2 without").arg(number(f.with), number(f.without)))
            + " (" + tr("%1 with, %2 without").arg(days(f.with.count), days(f.without.count)) + ")";
        out.factors.push_back(line);
    }
    return out;
}

void InsightsPanel::setInsights(const journal::Insights& in)
{
    const auto lines = describe(catalogue_, in);
    auto section = [](const QString& title, const QList<Line>& items, const QString& none) {
        QString h = "<p style='margin-top:4px; margin-bottom:2px'><b>" + title.toHtmlEscaped() + "</b></p>";
        if (items.isEmpty())
            return h + "<p style='margin-left:12px'><i>" + none.toHtmlEscaped() + "</i></p>";
        for (const auto& l : items) {
            h += "<p style='margin-left:12px; margin-bottom:4px'>" + l.what.toHtmlEscaped() + "<br>"
                + l.figure.toHtmlEscaped();
            if (!l.more.isEmpty())
                h += "<br>" + l.more.toHtmlEscaped();
            h += "</p>";
        }
        return h;
    };
    // The caution in sight, not only in a tooltip: the figures invite reading them as effects.
    setHtml("<p style='margin-top:2px; margin-bottom:2px'><i>" + caution().toHtmlEscaped() + "</i></p>"
        + section(Lines::techniquesTitle(), lines.techniques,
            tr("Run a guided session, or note the pain before and after a treatment."))
        + section(Lines::factorsTitle(), lines.factors, tr("Tick factors such as long sitting in your notes.")));
}

} // namespace tmap::app
