// widgets/wrapped_rows: rows of a tree view that wrap their text in the width their column has, instead of
// cutting it off (a German step of a plan, a long muscle name in the catalogue, a treatment in "What helped most").
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace tmap::app {

/// The item delegate of `view` (set by the constructor, owned by it): each row as tall as its text wrapped in the
/// room its column leaves after the branch's indentation (the whole row's width for a row spanning it). The view
/// wraps words, has rows of their own heights, and lays its rows out again when its width changes.
class WrappedRows final : public QStyledItemDelegate {
public:
    explicit WrappedRows(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The width the text of `index` has (its column's, less the branch's indentation), or 0 before the view
    /// has one.
    int textRoom(const QModelIndex& index) const;

private:
    QTreeView* view_;
    int laidOutWidth_ = -1;
};

} // namespace tmap::app
