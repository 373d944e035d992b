// plans/plans_panel: the saved plans of the Plans tab (journal/plan.h) - make, rename, reorder (plans and their
// steps), delete and run them - and "Add to plan" from a result or an entry page. The journal keeps the plans;
// every change is one write through the JournalSession.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>
#include <map>
#include <vector>

#include "body/body_map.h"
#include "journal/plan.h"

class QPushButton;
class QLabel;
class QTreeWidget;

namespace tmap::app {

class JournalSession;

/// The list of plans with their steps, and the buttons that change them.
class PlansPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansPanel)

public:
    /// A trigger point to add to a plan, on a side.
    struct NewStep {
        QString pointId;
        body::Side side = body::Side::None;
    };

    explicit PlansPanel(JournalSession& session, QWidget* parent = nullptr);
    ~PlansPanel() override;

    /// Asks which plan (or a new one, by name) and appends the points; the plan's name, or empty when cancelled.
    static QString addToPlan(QWidget* parent, JournalSession& session, const QList<NewStep>& points);

    /// Reads the plans again (the journal must be open; shows nothing otherwise).
    void refresh();
    QTreeWidget* tree() const { return tree_; }
    /// The id of the plan selected (or of the plan of the selected step), or empty.
    QString selectedPlan() const;
    /// The selected step's index in its plan (from 0), or -1 when a plan or nothing is selected.
    int selectedStep() const;
    /// Makes a plan with this name (as New... does after asking); false when refused (the user was told why).
    bool makePlan(const QString& name);
    bool renamePlan(const QString& id, const QString& name);
    /// Moves the selected plan, or the selected step within its plan, by `delta` places.
    void moveSelected(int delta);
    /// Deletes the selected plan (after asking, when `ask`) or removes the selected step.
    void deleteSelected(bool ask = true);
    /// Gives step `step` (0-based) of a plan another side and technique (its name as in the catalogue, or empty for
    /// the entry's first); false when it was not saved (the user was told why).
    bool changeStep(const QString& planId, int step, body::Side side, const QString& technique);
    /// The dialog of "Change step...": the selected step's side and technique; saves when accepted.
    void editSelectedStep();

signals:
    /// Run was pressed on a plan.
    void runRequested(const QString& planId);

private:
    void updateButtons();
    /// Makes step `step` of the plan `planId` the current row, if the list has it.
    void selectStep(const QString& planId, int step);
    /// A name's problem (empty, taken by another plan, ignoring case), or empty when it is fine.
    QString nameProblem(const QString& name, const QString& exceptId) const;
    /// The steps of plan `id` as the list shows them: an edit by step number (move, remove, change) goes ahead only
    /// if the plan, read again in the edit's write, still has them (refuseChanged()).
    std::vector<journal::PlanStep> shownSteps(const QString& id) const;
    /// Throws JournalError when `plan` no longer has the steps the list showed (`shown`): tpmap or another window
    /// changed it, and step N may now be another step.
    static void refuseChanged(const journal::Plan& plan, const std::vector<journal::PlanStep>& shown);

    JournalSession& session_;
    QTreeWidget* tree_ = nullptr;
    QLabel* empty_ = nullptr;
    QPushButton* make_ = nullptr;
    QPushButton* rename_ = nullptr;
    QPushButton* up_ = nullptr;
    QPushButton* down_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* run_ = nullptr;
    std::map<QString, std::vector<journal::PlanStep>> shown_; ///< each plan's steps as last listed
};

} // namespace tmap::app
