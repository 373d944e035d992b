// plans/plans_page: the Plans tab - the saved plans (plans/plans_panel) and, beside them, what the one chosen does:
// a plan's steps with their techniques and how long a run takes, or a step's page as the guided session shows it,
// "Before you press" first.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace tmap::app {

class JournalSession;
class PlansPanel;

class PlansPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansPage)

public:
    explicit PlansPage(JournalSession& session, QWidget* parent = nullptr);
    ~PlansPage() override;

    PlansPanel* panel() const { return panel_; }
    QTextBrowser* details() const { return details_; }
    /// Opens the journal if it is not open (telling the user what the open found), then reads the plans.
    void load();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Fills the details for what the list has chosen: a plan, a step, or nothing yet.
    void showDetails();

    JournalSession& session_;
    PlansPanel* panel_ = nullptr;
    QTextBrowser* details_ = nullptr;
};

} // namespace tmap::app
