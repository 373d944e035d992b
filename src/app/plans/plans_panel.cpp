// plans/plans_panel.cpp: the saved plans of the Plans tab and "Add to plan" (plans/plans_panel.h).
#include "app/plans/plans_panel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "app/journal/journal_session.h"
#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/error_text.h"
#include "app/widgets/roles.h"
#include "app/widgets/secondary_text.h"
#include "app/widgets/wrapped_rows.h"
#include "catalogue/catalogue.h"
#include "journal/journal.h"
#include "treat/session.h"

namespace tmap::app {

namespace {

/// "Right: Upper trapezius, front fibres (TrP1)"; with `technique`, its technique after a dash (the entry's first
/// when the step names none).
QString stepText(const catalogue::Catalogue& catalogue, const journal::PlanStep& s, bool technique)
{
    // The point a run presses (a step of a whole muscle: its first point for self-care), as "What it does" names it.
    const auto* point = treat::stepPoint(catalogue, s);
    QString text
        = point ? DataText::pointName(*point) : DataText::pointOrMuscleName(catalogue, s.muscle, s.triggerPoint);
    // The side first: a long name is cut at the panel's edge, and the side must never be what is cut.
    if (s.side == body::Side::Left)
        text = PlansPanel::tr("Left: %1").arg(text);
    else if (s.side == body::Side::Right)
        text = PlansPanel::tr("Right: %1").arg(text);
    if (!technique)
        return text;
    std::string name = s.technique;
    if (const auto* muscle = catalogue.muscle(s.muscle); name.empty() && muscle && !muscle->techniques.empty())
        name = muscle->techniques.front().name;
    if (!name.empty())
        text += QString::fromUtf8(" \u2013 ") + DataText::text(name);
    return text;
}

} // namespace

PlansPanel::PlansPanel(JournalSession& session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
{
    setObjectName("plansPanel");
    tree_ = new QTreeWidget(this);
    tree_->setHeaderHidden(true);
    new WrappedRows(tree_); // a step's whole name, on two lines where the list is narrow (German ones were cut)
    tree_->setAccessibleName(tr("Your plans and their steps"));
    tree_->setToolTip(tr("A plan is a list of trigger points to treat one after the other. Add points with "
                         "\"Add to plan\" on a result or an entry page."));
    make_ = new QPushButton(tr("&New plan..."), this);
    rename_ = new QPushButton(tr("Rena&me..."), this);
    up_ = new QPushButton(tr("Move &up"), this);
    down_ = new QPushButton(tr("Move d&own"), this); // Alt+W is the Where tab's
    delete_ = new QPushButton(tr("&Remove"), this);
    run_ = new QPushButton(tr("Run p&lan"), this);
    run_->setObjectName("runPlan");
    rename_->setObjectName("renamePlan");
    up_->setObjectName("moveUp");
    down_->setObjectName("moveDown");
    auto* buttons = new QGridLayout;
    buttons->addWidget(run_, 0, 0);
    buttons->addWidget(make_, 0, 1);
    buttons->addWidget(rename_, 0, 2);
    buttons->addWidget(up_, 1, 0);
    buttons->addWidget(down_, 1, 1);
    buttons->addWidget(delete_, 1, 2);
    // With no plan yet, a wrapped line says how to make one (a list row would cut it off in a narrow panel).
    empty_ = new QLabel(tr("No plans yet: “New plan…”, or “Add to plan” on a result."), this);
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    new SecondaryText(empty_); // muted, and still readable (disabled grey was 1.6:1)
    empty_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(empty_, 1);
    layout->addWidget(tree_, 1);
    layout->addLayout(buttons);

    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &PlansPanel::updateButtons);
    connect(tree_, &QTreeWidget::itemActivated, this, [this] {
        if (const QString id = selectedPlan(); !id.isEmpty())
            emit runRequested(id);
    });
    connect(run_, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPlan(); !id.isEmpty())
            emit runRequested(id);
    });
    connect(make_, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("New plan"), tr("Name of the plan, e.g. \"desk neck routine\":"), QLineEdit::Normal, {}, &ok);
        if (ok)
            makePlan(name);
    });
    connect(rename_, &QPushButton::clicked, this, [this] {
        if (const auto* item = tree_->currentItem(); item && item->parent()) {
            editSelectedStep();
            return;
        }
        const QString id = selectedPlan();
        if (id.isEmpty())
            return;
        const auto read = session_.tryRead([&id](journal::Journal& j) { return j.plan(id.toStdString()); });
        if (!read)
            return;
        const auto& plan = *read;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename plan"), tr("New name:"), QLineEdit::Normal,
            plan ? QString::fromStdString(plan->name) : QString(), &ok);
        if (ok)
            renamePlan(id, name);
    });
    connect(up_, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(delete_, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(&session_, &JournalSession::changed, this, &PlansPanel::refresh);
    refresh();
}

PlansPanel::~PlansPanel() = default;

void PlansPanel::refresh()
{
    const QString selected = selectedPlan();
    int selectedStep = -1;
    if (auto* item = tree_->currentItem(); item && item->parent())
        selectedStep = item->data(0, StepRole).toInt();
    tree_->clear();
    shown_.clear();
    auto* j = session_.journal();
    if (!j) {
        // Not "no plans yet" while the journal is still opening (a large one is checked on the day's first open).
        empty_->setText(session_.isOpening() ? tr("Opening your journal...") : QString());
        empty_->setVisible(session_.isOpening());
        updateButtons();
        return;
    }
    empty_->setText(tr("No plans yet: “New plan…”, or “Add to plan” on a result."));
    const auto plans = session_.tryRead([](journal::Journal& journal) { return journal.plans(); })
                           .value_or(std::vector<journal::Plan> {});
    for (const auto& p : plans) {
        const int n = static_cast<int>(p.steps.size());
        auto* item = new QTreeWidgetItem(tree_,
            {(n == 1 ? tr("%1 (%n step)", nullptr, n) : tr("%1 (%n steps)", nullptr, n))
                    .arg(QString::fromStdString(p.name))});
        item->setData(0, PlanIdRole, QString::fromStdString(p.id));
        shown_[QString::fromStdString(p.id)] = p.steps;
        for (std::size_t i = 0; i < p.steps.size(); ++i) {
            // The point and its side in the list (a technique made the rows too long to read whole: the Plans tab's
            // details say it), the technique too in the tooltip, which also shows a name cut at the panel's edge.
            auto* step = new QTreeWidgetItem(
                item, {QString("%1. %2").arg(i + 1).arg(stepText(session_.catalogue(), p.steps[i], false))});
            step->setData(0, PlanIdRole, QString::fromStdString(p.id));
            step->setToolTip(0, QString("%1. %2").arg(i + 1).arg(stepText(session_.catalogue(), p.steps[i], true)));
            step->setData(0, StepRole, static_cast<int>(i));
        }
        item->setExpanded(true);
        if (QString::fromStdString(p.id) == selected) {
            const int child = selectedStep;
            tree_->setCurrentItem(child >= 0 && child < item->childCount() ? item->child(child) : item);
        }
    }
    if (!tree_->currentItem() && !plans.empty())
        tree_->setCurrentItem(tree_->topLevelItem(0)); // Run works at once, from the keyboard too
    empty_->setVisible(plans.empty());
    tree_->setVisible(!plans.empty());
    updateButtons();
}

QString PlansPanel::selectedPlan() const
{
    const auto* item = tree_->currentItem();
    return item ? item->data(0, PlanIdRole).toString() : QString();
}

int PlansPanel::selectedStep() const
{
    const auto* item = tree_->currentItem();
    return item && item->parent() ? item->data(0, StepRole).toInt() : -1;
}

void PlansPanel::updateButtons()
{
    auto* item = tree_->currentItem();
    const bool plan = item && !item->data(0, PlanIdRole).toString().isEmpty();
    const bool step = plan && item->parent();
    const bool hasSteps = plan && (step || item->childCount() > 0);
    run_->setEnabled(hasSteps);
    rename_->setEnabled(plan);
    // Nothing to move past at either end of its list (the plans, or the steps of its plan).
    const int at = !plan ? -1 : item->parent() ? item->parent()->indexOfChild(item) : tree_->indexOfTopLevelItem(item);
    const int last = !plan ? -1 : (item->parent() ? item->parent()->childCount() : tree_->topLevelItemCount()) - 1;
    up_->setEnabled(plan && at > 0);
    down_->setEnabled(plan && at < last);
    delete_->setEnabled(plan);
    delete_->setText(step ? tr("&Remove step") : tr("&Delete plan"));
    rename_->setText(step ? tr("Change s&tep...") : tr("Rena&me..."));
    rename_->setToolTip(step ? tr("The side to press and the technique of this step") : QString());
    make_->setEnabled(true); // makePlan() opens the journal first (a new one may still be opening)
}

QString PlansPanel::nameProblem(const QString& name, const QString& exceptId) const
{
    if (name.trimmed().isEmpty())
        return tr("A plan needs a name.");
    // As the journal compares names (journal::planNameKey), so that the app refuses what savePlan would.
    if (const auto plans = session_.tryRead([](journal::Journal& j) { return j.plans(); }))
        for (const auto& p : *plans)
            if (QString::fromStdString(p.id) != exceptId
                && journal::planNameKey(p.name) == journal::planNameKey(name.trimmed().toStdString()))
                return tr("There is already a plan called \"%1\".").arg(QString::fromStdString(p.name));
    return {};
}

bool PlansPanel::makePlan(const QString& name)
{
    if (!session_.ensureOpen())
        return false;
    if (const QString problem = nameProblem(name, {}); !problem.isEmpty()) {
        session_.reportError(problem);
        return false;
    }
    std::string id;
    const bool ok = session_.write(tr("Making the plan"), [&](journal::Journal& j) {
        id = j.savePlan({"", name.trimmed().toStdString(), {}, "", ""}).id;
    });
    if (ok)
        for (int i = 0; i < tree_->topLevelItemCount(); ++i)
            if (tree_->topLevelItem(i)->data(0, PlanIdRole).toString() == QString::fromStdString(id))
                tree_->setCurrentItem(tree_->topLevelItem(i));
    return ok;
}

bool PlansPanel::renamePlan(const QString& id, const QString& name)
{
    if (const QString problem = nameProblem(name, id); !problem.isEmpty()) {
        session_.reportError(problem);
        return false;
    }
    // Each edit reads and saves the plan in one write (Journal::editPlan): an edit made meanwhile with tpmap is kept.
    return session_.write(tr("Renaming the plan"), [&](journal::Journal& j) {
        j.editPlan(id.toStdString(), [&](journal::Plan& plan) { plan.name = name.trimmed().toStdString(); });
    });
}

void PlansPanel::moveSelected(int delta)
{
    const auto* item = tree_->currentItem();
    const QString id = selectedPlan();
    if (!item || id.isEmpty())
        return;
    if (!item->parent()) {
        const int to = std::max(0, tree_->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)) + delta);
        session_.write(tr("Moving the plan"),
            [&](journal::Journal& j) { j.movePlan(id.toStdString(), static_cast<std::size_t>(to)); });
        return;
    }
    const int from = item->data(0, StepRole).toInt();
    const int to = from + delta;
    if (to < 0 || to >= item->parent()->childCount())
        return;
    const auto shown = shownSteps(id);
    if (session_.write(tr("Moving the step"), [&](journal::Journal& j) {
            j.editPlan(id.toStdString(), [&](journal::Plan& plan) {
                refuseChanged(plan, shown);
                std::swap(plan.steps[static_cast<std::size_t>(from)], plan.steps[static_cast<std::size_t>(to)]);
            });
        }))
        selectStep(id, to);
    else
        refresh(); // show the plan as it is now
}

void PlansPanel::selectStep(const QString& planId, int step)
{
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        if (auto* top = tree_->topLevelItem(i);
            top->data(0, PlanIdRole).toString() == planId && step >= 0 && step < top->childCount())
            tree_->setCurrentItem(top->child(step));
}

void PlansPanel::deleteSelected(bool ask)
{
    const auto* item = tree_->currentItem();
    const QString id = selectedPlan();
    if (!item || id.isEmpty())
        return;
    if (item->parent()) {
        const auto step = static_cast<std::size_t>(item->data(0, StepRole).toInt());
        const auto shown = shownSteps(id);
        if (!session_.write(tr("Removing the step"), [&](journal::Journal& j) {
                j.editPlan(id.toStdString(), [&](journal::Plan& plan) {
                    refuseChanged(plan, shown);
                    plan.steps.erase(plan.steps.begin() + static_cast<std::ptrdiff_t>(step));
                });
            }))
            refresh();
        return;
    }
    if (ask
        && QMessageBox::question(this, tr("Delete plan"),
               tr("Delete the plan \"%1\"? The notes of its sessions stay in your journal.")
                   .arg(item->text(0).section(" (", 0, 0)))
            != QMessageBox::Yes)
        return;
    session_.write(tr("Deleting the plan"), [&](journal::Journal& j) { j.deletePlan(id.toStdString()); });
}

bool PlansPanel::changeStep(const QString& planId, int step, body::Side side, const QString& technique)
{
    bool found = false;
    const auto shown = shownSteps(planId);
    const bool ok = session_.write(tr("Changing the step"), [&](journal::Journal& j) {
        j.editPlan(planId.toStdString(), [&](journal::Plan& plan) {
            refuseChanged(plan, shown);
            if (step < 0 || static_cast<std::size_t>(step) >= plan.steps.size())
                return;
            auto& s = plan.steps[static_cast<std::size_t>(step)];
            s.side = side;
            s.technique = technique.toStdString();
            found = true;
        });
    });
    if (ok && found)
        selectStep(planId, step);
    else if (!ok)
        refresh();
    return ok && found;
}

std::vector<journal::PlanStep> PlansPanel::shownSteps(const QString& id) const
{
    const auto it = shown_.find(id);
    return it == shown_.end() ? std::vector<journal::PlanStep>() : it->second;
}

void PlansPanel::refuseChanged(const journal::Plan& plan, const std::vector<journal::PlanStep>& shown)
{
    // Runs in the journal's write (on its thread): tr() is safe there.
    if (plan.steps != shown)
        throw journal::JournalError(tr("The plan \"%1\" was changed meanwhile (in another window or with tpmap), "
                                       "so step numbers may have moved; nothing was changed. It is shown again as it "
                                       "is now.")
                                        .arg(QString::fromStdString(plan.name))
                                        .toStdString());
}

void PlansPanel::editSelectedStep()
{
    const int index = selectedStep();
    if (index < 0)
        return;
    const QString planId = selectedPlan();
    const auto read = session_.tryRead([&planId](journal::Journal& j) { return j.plan(planId.toStdString()); });
    if (!read)
        return;
    const auto& plan = *read;
    if (!plan || static_cast<std::size_t>(index) >= plan->steps.size())
        return;
    const journal::PlanStep& step = plan->steps[static_cast<std::size_t>(index)];
    const auto& catalogue = session_.catalogue();
    const auto* muscle = catalogue.muscle(step.muscle);
    const auto* point = step.triggerPoint.empty() ? nullptr : catalogue.triggerPoint(step.triggerPoint);

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change step"));
    auto* title
        = new QLabel(QStringLiteral("<b>%1</b>")
                         .arg(DataText::pointOrMuscleName(catalogue, step.muscle, step.triggerPoint).toHtmlEscaped()),
            &dialog);
    title->setWordWrap(true);

    // A step presses on one side (a point the entry keeps to one side, on that one); "not set" only for a step
    // saved without a side.
    auto* side = new QComboBox(&dialog);
    if (point && point->onlySide != body::Side::None) {
        side->addItem(point->onlySide == body::Side::Left ? tr("Left side") : tr("Right side"),
            static_cast<int>(point->onlySide));
        side->setEnabled(false);
    } else {
        side->addItem(tr("Right side"), static_cast<int>(body::Side::Right));
        side->addItem(tr("Left side"), static_cast<int>(body::Side::Left));
        if (step.side == body::Side::None)
            side->addItem(tr("Not set: the side that hurts"), static_cast<int>(body::Side::None));
    }
    side->setCurrentIndex(std::max(0, side->findData(static_cast<int>(step.side))));

    auto* technique = new QComboBox(&dialog);
    auto* how = new QLabel(&dialog); // where to sit or lie and how long, for the technique chosen
    how->setWordWrap(true);
    new SecondaryText(how);
    if (muscle) {
        for (std::size_t i = 0; i < muscle->techniques.size(); ++i)
            // The first is the entry's own: kept as "" so that the step follows the entry if it changes.
            technique->addItem(DataText::text(muscle->techniques[i].name),
                i == 0 ? QString() : QString::fromStdString(muscle->techniques[i].name));
    }
    const auto describe = [how, muscle](int i) {
        if (!muscle || i < 0 || static_cast<std::size_t>(i) >= muscle->techniques.size())
            return how->clear();
        const auto& t = muscle->techniques[static_cast<std::size_t>(i)];
        how->setText(QStringList {DataText::text(t.position), DataText::text(t.duration)}.join(' ').trimmed());
    };
    const int current = step.technique.empty() ? 0 : technique->findData(QString::fromStdString(step.technique));
    technique->setCurrentIndex(std::max(0, current));
    // A technique the entry no longer lists (a catalogue update renamed it) cannot be kept - a plan's steps use the
    // entry's techniques: said, with the one chosen in its place (a change of side alone replaced it without a word).
    auto* gone = new QLabel(&dialog);
    gone->setWordWrap(true);
    gone->setVisible(current < 0);
    if (current < 0)
        gone->setText(tr("The step's technique \u201c%1\u201d is no longer in the entry: choose one.")
                          .arg(QString::fromStdString(step.technique)));
    describe(technique->currentIndex());
    connect(technique, &QComboBox::currentIndexChanged, how, describe);
    technique->setEnabled(technique->count() > 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Press on:"), side);
    form->addRow(QString(), gone);
    form->addRow(tr("Technique:"), technique);
    form->addRow(QString(), how);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changeStep(
        planId, index, static_cast<body::Side>(side->currentData().toInt()), technique->currentData().toString());
}

QString PlansPanel::addToPlan(QWidget* parent, JournalSession& session, const QList<NewStep>& points)
{
    auto* j = session.ensureOpen();
    if (!j || points.isEmpty())
        return {};
    // A step is pressed on one side: a point chosen without one (from its entry, or a drawing that leaves the side
    // open) gets the side the person names, or both.
    // A point the entry keeps to one side (the heart-rhythm point of pectoralis major: the right) is pressed there.
    const auto& catalogue = session.catalogue();
    const auto sideOf = [&catalogue](const NewStep& p) {
        const auto* point = catalogue.triggerPoint(p.pointId.toStdString());
        return point && point->onlySide != body::Side::None ? point->onlySide : p.side;
    };
    QList<body::Side> sidesForOpen {body::Side::None};
    if (std::any_of(points.begin(), points.end(), [&](const NewStep& p) { return sideOf(p) == body::Side::None; })) {
        const QStringList sides {tr("Right side"), tr("Left side"), tr("Both sides")};
        bool ok = false;
        const QString side = QInputDialog::getItem(parent, tr("Add to plan"),
            tr("On which side do you feel the pain? The plan's session presses there."), sides, 0, false, &ok);
        if (!ok)
            return {};
        const auto i = sides.indexOf(side);
        sidesForOpen = i == 0 ? QList {body::Side::Right}
            : i == 1          ? QList {body::Side::Left}
                              : QList {body::Side::Left, body::Side::Right};
    }
    const auto read = session.tryRead([](journal::Journal& journal) { return journal.plans(); });
    if (!read)
        return {};
    const auto& plans = *read;
    QStringList names;
    for (const auto& p : plans)
        names << QString::fromStdString(p.name);
    const QString makeNew = tr("A new plan...");
    names << makeNew;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Add to plan"),
        points.size() == 1 ? tr("Add the point to which plan?")
                           : tr("Add the %n points to which plan?", nullptr, static_cast<int>(points.size())),
        names, 0, false, &ok);
    if (!ok)
        return {};
    journal::Plan plan;
    if (chosen == makeNew) {
        plan.name = QInputDialog::getText(
            parent, tr("New plan"), tr("Name of the plan, e.g. \"desk neck routine\":"), QLineEdit::Normal, {}, &ok)
                        .trimmed()
                        .toStdString();
        if (!ok)
            return {};
    } else {
        plan = plans[static_cast<std::size_t>(names.indexOf(chosen))];
    }
    std::vector<journal::PlanStep> steps;
    for (const auto& p : points) {
        const auto* point = catalogue.triggerPoint(p.pointId.toStdString());
        if (!point)
            continue;
        for (const body::Side side : sideOf(p) == body::Side::None ? sidesForOpen : QList {sideOf(p)})
            steps.push_back({point->muscleId, point->id, side, {}});
    }
    // A plan chosen from the list gets the steps added to it as it is now (the dialog may have waited while tpmap
    // changed it), in one write.
    if (!session.write(tr("Adding to the plan"), [&](journal::Journal& journal) {
            if (plan.id.empty()) {
                plan.steps = steps;
                journal.savePlan(plan);
            } else if (const auto edited = journal.editPlan(plan.id, [&](journal::Plan& now) {
                           now.steps.insert(now.steps.end(), steps.begin(), steps.end());
                       })) {
                plan = *edited;
            } else {
                throw journal::JournalError(tr("The plan \"%1\" was deleted meanwhile; nothing was added.")
                                                .arg(QString::fromStdString(plan.name))
                                                .toStdString());
            }
        }))
        return {};
    return QString::fromStdString(plan.name);
}

} // namespace tmap::app
