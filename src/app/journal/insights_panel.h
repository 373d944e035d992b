// journal/insights_panel: the Journal tab's "What goes with your pain" list - the core's insights
// (journal/insights.h) in words: per trigger point and technique the drop right after and the next day, per
// perpetuating factor the pain on days with and without it, each with what it rests on or "too few to tell".
#pragma once

#include <QTextBrowser>

#include "journal/insights.h"

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// Shows one Insights; the figures come from the core, this only words them.
class InsightsPanel final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPanel)

public:
    InsightsPanel(const catalogue::Catalogue& catalogue, QWidget* parent = nullptr);
    void setInsights(const journal::Insights& insights);

    /// One figure in words: what it is about, the figure with what it rests on, and more detail (may be empty).
    struct Line {
        QString what;
        QString figure;
        QString more;
    };
    struct Lines {
        QList<Line> techniques;
        QList<Line> factors;
        static QString techniquesTitle(); ///< "Treatments", over the techniques in the panel and the report
        static QString factorsTitle(); ///< "Factors"
    };
    /// The insights in words, shared by this panel and the PDF report.
    static Lines describe(const catalogue::Catalogue& catalogue, const journal::Insights& insights);

    /// What the figures are and are not, and which pain they mean: shown with them, in the panel and the report.
    static QString caution();

private:
    static QString times(int n);
    static QString days(int n);
    const catalogue::Catalogue& catalogue_;
};

} // namespace tmap::app
