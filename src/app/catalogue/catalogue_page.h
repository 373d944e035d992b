// catalogue_page: the catalogue browser - muscles grouped by body area, filter-as-you-type through the core's
// full-text search - beside the entry browser with back and forward.
#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QTreeView;
class QStandardItemModel;
class QToolButton;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

class EntryBrowser;

/// The "Catalogue" tab.
class CataloguePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CataloguePage)

public:
    CataloguePage(const catalogue::Catalogue& catalogue, QWidget* parent = nullptr);

    EntryBrowser* browser() const { return browser_; }
    QLineEdit* filter() const { return filter_; }
    QTreeView* tree() const { return tree_; }
    /// The footer: how many muscles there are, or how many the filter left.
    QLabel* countLabel() const { return count_; }
    void showMuscle(const QString& id);
    void focusFilter();
    /// Muscle ids the tree shows now, in order.
    /// Opens the filter's best match (the search's first hit, which the tree may list under a later area), as
    /// Enter in the filter does.
    void openBestMatch();
    QStringList visibleMuscles() const;

signals:
    void muscleShown(const QString& id);

private:
    bool splitterMoved_ = false; ///< the user sized the list: keep it
    /// Makes the tree's current row the muscle `id` (its area expanded, scrolled into view) when it is listed.
    void revealInTree(const QString& id);
    void applyFilter(const QString& text);
    void openIndex(const QModelIndex& index);

    const catalogue::Catalogue& catalogue_;
    QLineEdit* filter_;
    QTreeView* tree_;
    QLabel* count_ = nullptr;
    QString bestMatch_; ///< the search's best hit, which Enter opens ("" without a filter)
    QStandardItemModel* model_;
    EntryBrowser* browser_;
    QToolButton* back_;
    QToolButton* forward_;
};

} // namespace tmap::app
