// widgets/wrapped_rows: rows of a tree or a list view that wrap their text in the width they have, instead of
// cutting it off (a German step of a plan, a long muscle name in the catalogue, a treatment in "What helped most").
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QListView;
class QTreeView;

namespace tmap::app {

/// The item delegate of `view`, a tree or a list (set by the constructor, owned by it): each row as tall as its text
/// wrapped in the room it has - in a tree, its column's width after the branch's indentation (the whole row's for a
/// row spanning it), in a list the view's width - measured by the style as it paints it. The view wraps words, has
/// rows of their own heights, and lays its rows out again when its width changes.
class WrappedRows final : public QStyledItemDelegate {
public:
    explicit WrappedRows(QAbstractItemView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The width the text of `index` has, or 0 before the view has one.
    int textRoom(const QModelIndex& index) const;

private:
    QAbstractItemView* view_;
    QTreeView* tree_; ///< or
    QListView* list_;
    int laidOutWidth_ = -1;
};

} // namespace tmap::app
