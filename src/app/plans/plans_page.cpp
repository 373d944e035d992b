// plans/plans_page.cpp: the Plans tab (plans/plans_page.h).
#include "app/plans/plans_page.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

#include "app/journal/journal_session.h"
#include "app/plans/plans_panel.h"
#include "app/widgets/data_text.h"
#include "app/widgets/error_text.h"
#include "app/widgets/point_html.h"
#include "app/widgets/technique_html.h"
#include "app/widgets/warning_style.h"
#include "catalogue/catalogue.h"
#include "journal/journal.h"
#include "treat/session.h"

namespace tmap::app {

namespace {

/// The session's plan of a step as a run makes it (treat::stepPoint); none when the catalogue no longer has the
/// point or it is for a clinician only.
std::optional<treat::Plan> sessionPlan(const catalogue::Catalogue& catalogue, const journal::PlanStep& step)
{
    const auto* point = treat::stepPoint(catalogue, step);
    const auto* muscle = point ? catalogue.muscle(point->muscleId) : nullptr;
    if (!muscle)
        return std::nullopt;
    return treat::planFor(*muscle, *point, step.side, 1.0, step.technique);
}

/// "Upper trapezius, front fibres (TrP1), right side", as the session's heading says it.
QString sidedName(const treat::Plan& plan)
{
    return PointHtml::sidedName(DataText::pointName(*plan.point), plan.side);
}

} // namespace

PlansPage::PlansPage(JournalSession& session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
{
    setObjectName("plansPage");
    auto* listBox = new QGroupBox(tr("Your plans"), this);
    panel_ = new PlansPanel(session_, listBox);
    (new QVBoxLayout(listBox))->addWidget(panel_);
    auto* detailsBox = new QGroupBox(tr("What it does"), this);
    details_ = new QTextBrowser(detailsBox);
    details_->setObjectName("planDetails");
    details_->setAccessibleName(tr("What the chosen plan or step does"));
    details_->setOpenLinks(false);
    details_->document()->setDefaultStyleSheet(safetyCss(palette()));
    (new QVBoxLayout(detailsBox))->addWidget(details_);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName("plansSplitter");
    split->addWidget(listBox);
    split->addWidget(detailsBox);
    // Half and half: the list's step names are long (in German above all), the description needs no more.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    connect(panel_->tree(), &QTreeWidget::currentItemChanged, this, &PlansPage::showDetails);
    // The journal opens when the tab is first shown (off the UI thread, as the Journal tab opens it).
    connect(&session_, &JournalSession::openFinished, this, [this] {
        if (isVisible())
            load();
    });
    // After the panel has read the plans again (it connected first).
    connect(&session_, &JournalSession::changed, this, &PlansPage::showDetails);
    showDetails();
}

PlansPage::~PlansPage() = default;

void PlansPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (session_.isOpen())
        panel_->refresh(); // another program may have changed the plans meanwhile
    else if (!session_.openInBackground())
        load();
    else
        panel_->refresh(); // "Opening your journal..." until openFinished
}

void PlansPage::load()
{
    if (!session_.isOpen()) {
        const auto result = session_.open();
        session_.present(result);
    }
    panel_->refresh();
    showDetails();
}

void PlansPage::showDetails()
{
    const QString id = panel_->selectedPlan();
    auto* j = id.isEmpty() ? nullptr : session_.journal();
    std::optional<journal::Plan> plan;
    if (j) {
        try {
            plan = j->plan(id.toStdString());
        } catch (const std::exception& e) {
            // Said, not hidden behind the text for no plan chosen.
            details_->setHtml("<p>" + ErrorText::describe(e).toHtmlEscaped().replace('\n', "<br>") + "</p>");
            return;
        }
    }
    if (!plan) {
        details_->setHtml("<p>"
            + tr("A plan is a list of trigger points to treat one after the other in one guided session, which "
                 "leaves one note in your journal.")
                  .toHtmlEscaped()
            + "</p><p>"
            + tr("Make one with “New plan...”, or choose “Add to plan...” under a result of "
                 "“Where it hurts” or beside a trigger point of a catalogue entry.")
                  .toHtmlEscaped()
            + "</p>");
        return;
    }
    const auto& catalogue = session_.catalogue();
    const int step = panel_->selectedStep();
    if (step >= 0 && static_cast<std::size_t>(step) < plan->steps.size()) {
        const auto run = sessionPlan(catalogue, plan->steps[static_cast<std::size_t>(step)]);
        if (!run) {
            details_->setHtml("<p>"
                + tr("This step's trigger point is not in the catalogue for self-care.").toHtmlEscaped() + "</p>");
            return;
        }
        details_->setHtml("<h2>" + tr("Step %1: %2").arg(step + 1).arg(sidedName(*run)).toHtmlEscaped() + "</h2>"
            + PointHtml::safetyBox(catalogue, *run) + PointHtml::howToPress(*run));
        return;
    }

    // The plan: its steps in order, each with its techniques, and how long a run keeps the clock going.
    QString h = "<h2>" + QString::fromStdString(plan->name).toHtmlEscaped() + "</h2>";
    if (plan->steps.empty()) {
        h += "<p>"
            + tr("No steps yet: choose “Add to plan...” under a result of “Where it hurts” or beside a trigger point "
                 "of a catalogue entry.")
                  .toHtmlEscaped()
            + "</p>";
        details_->setHtml(h);
        return;
    }
    treat::Millis total = 0;
    bool counted = false;
    QString items;
    for (const auto& s : plan->steps) {
        const auto run = sessionPlan(catalogue, s);
        if (!run) {
            items += "<li>" + tr("(not in the catalogue for self-care)").toHtmlEscaped() + "</li>";
            continue;
        }
        total += treat::plannedMs(*run);
        counted = counted || run->strokes > 0;
        QStringList how;
        if (run->pressure)
            how << DataText::text(run->pressure->name).toHtmlEscaped();
        if (run->stretch)
            how << (TechniqueHtml::nameSaysKind(*run->stretch)
                    ? tr("then %1").arg(DataText::text(run->stretch->name))
                    : tr("then stretch: %1").arg(DataText::text(run->stretch->name)))
                       .toHtmlEscaped();
        items += "<li><b>" + sidedName(*run).toHtmlEscaped() + "</b><br/>" + how.join(", ") + "</li>";
    }
    const int minutes = std::max(1, static_cast<int>(std::lround(static_cast<double>(total) / 60'000.0)));
    const int n = static_cast<int>(plan->steps.size());
    h += "<p>"
        // The clock's part of the session: the holds and the countdowns to get ready before each.
        + (n == 1 ? tr("%n step; its timed holds, with the pauses to get ready, take about %1 min.", nullptr, n)
                  : tr("%n steps; their timed holds, with the pauses to get ready, take about %1 min.", nullptr, n))
              .arg(minutes)
              .toHtmlEscaped();
    if (counted)
        h += " " + tr("Strokes you count yourself come on top.").toHtmlEscaped();
    h += "</p><ol>" + items + "</ol><p>"
        + tr("“Run plan” starts a guided session of these points in this order. At each point you rate your pain, "
             "hold with a timer and rate your pain again; the session leaves one note in your journal. Choose a step "
             "to see where and how to press, and what to look out for.")
              .toHtmlEscaped()
        + "</p>";
    details_->setHtml(h);
}

} // namespace tmap::app
