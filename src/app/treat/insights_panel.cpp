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
    setRootIsDecorated(true);
    setHeaderLabels({tr("What"), tr("What went with it"), tr("Rests on")});
    setAccessibleName(tr("What goes with your pain"));
    setToolTip(tr("What happened together in your notes. It does not show what caused what."));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
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
        auto* item = new QTreeWidgetItem(techniques);
        item->setText(0, who + ": " + QString::fromStdString(t.technique));
        QString what = t.drop.mean ? tr("%1 points less right after").arg(number(t.drop)) : tooFew;
        if (t.nextDay.mean && t.otherDays.mean)
            what += tr("; next day %1 against %2 on other days").arg(number(t.nextDay), number(t.otherDays));
        item->setText(1, what);
        item->setText(2, tr("%n session(s)", nullptr, t.drop.count));
        item->setToolTip(2,
            tr("%n treatment(s) noted; %1 next days, %2 other days", nullptr, t.treatments)
                .arg(t.nextDay.count)
                .arg(t.otherDays.count));
    }
    if (in.techniques.empty())
        new QTreeWidgetItem(techniques, {tr("Run a guided session, or note the pain before and after a treatment.")});
    auto* factors = new QTreeWidgetItem(this, {tr("Factors")});
    for (const auto& f : in.factors) {
        const auto* factor = catalogue_.factor(f.factor);
        auto* item = new QTreeWidgetItem(factors);
        item->setText(0, factor ? QString::fromStdString(factor->name) : QString::fromStdString(f.factor));
        item->setText(
            1, f.tooFew() ? tooFew : tr("pain %1 on days with it, %2 without").arg(number(f.with), number(f.without)));
        item->setText(2, tr("%1 + %2 days").arg(f.with.count).arg(f.without.count));
    }
    if (in.factors.empty())
        new QTreeWidgetItem(factors, {tr("Tick factors such as long sitting in your notes.")});
    expandAll();
}

} // namespace tmap::app
