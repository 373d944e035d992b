#include "app/treat/insights_panel.h"

#include <QHeaderView>
#include <QLocale>

#include "catalogue/catalogue.h"

namespace tmap::app {

namespace {

QString number(const journal::Figure& f)
{
    return QLocale().toString(*f.mean, 'f', 1);
}

} // namespace

InsightsPanel::InsightsPanel(const catalogue::Catalogue& catalogue, QWidget* parent)
    : QTreeWidget(parent)
    , catalogue_(catalogue)
{
    // One column of two-line rows: what, then what went with it and what that rests on. Fits a narrow panel.
    setColumnCount(1);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setTextElideMode(Qt::ElideRight);
    setAccessibleName(tr("What goes with your pain"));
    setToolTip(tr("What happened together in your notes. It does not show what caused what."));
}

QString InsightsPanel::sessions(int n)
{
    return n == 1 ? tr("%n session", nullptr, n) : tr("%n sessions", nullptr, n);
}

QString InsightsPanel::days(int n)
{
    return n == 1 ? tr("%n day", nullptr, n) : tr("%n days", nullptr, n);
}

void InsightsPanel::setInsights(const journal::Insights& in)
{
    clear();
    const QString tooFew = tr("too few to tell");
    auto* techniques = new QTreeWidgetItem(this, {tr("Treatments")});
    for (const auto& t : in.techniques) {
        QString who;
        if (const auto* p = catalogue_.triggerPoint(t.triggerPoint))
            who = QString::fromStdString(p->name);
        else if (const auto* m = catalogue_.muscle(t.muscle))
            who = QString::fromStdString(m->name);
        else
            who = QString::fromStdString(t.muscle);
        QString what = t.drop.mean ? tr("%1 points less right after").arg(number(t.drop)) : tooFew;
        what += " (" + sessions(t.drop.count) + ")";
        QString tip = what;
        if (t.nextDay.mean && t.otherDays.mean)
            tip += "\n"
                + tr("Next day: %1 (%2); other days: %3 (%4)")
                      .arg(number(t.nextDay), days(t.nextDay.count), number(t.otherDays), days(t.otherDays.count));
        auto* item = new QTreeWidgetItem(techniques, {who + ": " + QString::fromStdString(t.technique) + "\n" + what});
        item->setToolTip(0, who + ": " + QString::fromStdString(t.technique) + "\n" + tip);
    }
    if (in.techniques.empty())
        new QTreeWidgetItem(techniques, {tr("Run a guided session, or note the pain\nbefore and after a treatment.")});
    auto* factors = new QTreeWidgetItem(this, {tr("Factors")});
    for (const auto& f : in.factors) {
        const auto* factor = catalogue_.factor(f.factor);
        const QString name = factor ? QString::fromStdString(factor->name) : QString::fromStdString(f.factor);
        const QString what
            = f.tooFew() ? tooFew : tr("pain %1 on days with it, %2 without").arg(number(f.with), number(f.without));
        auto* item = new QTreeWidgetItem(factors,
            {name + "\n" + what + " (" + tr("%1 with, %2 without").arg(days(f.with.count), days(f.without.count))
                + ")"});
        item->setToolTip(0, item->text(0));
    }
    if (in.factors.empty())
        new QTreeWidgetItem(factors, {tr("Tick factors such as long sitting\nin your notes.")});
    expandAll();
}

} // namespace tmap::app
