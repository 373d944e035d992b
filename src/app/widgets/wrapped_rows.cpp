// widgets/wrapped_rows: a tree's or list's row heights with the text wrapped in its room, laid out again on a resize.
#include "app/widgets/wrapped_rows.h"

#include "app/widgets/on_resize.h"

#include <QHeaderView>
#include <QListView>
#include <QTreeView>
#include <algorithm>

namespace tmap::app {

WrappedRows::WrappedRows(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , view_(view)
    , tree_(qobject_cast<QTreeView*>(view))
    , list_(qobject_cast<QListView*>(view))
{
    view->setItemDelegate(this);
    if (tree_) {
        tree_->setWordWrap(true);
        tree_->setUniformRowHeights(false);
    } else if (list_) {
        list_->setWordWrap(true);
        list_->setUniformItemSizes(false);
    }
    // The view measures a row once; a wrapped row's height follows the width it has, so a new width lays the rows
    // out again (once the event loop is back: a stretched column has its width by then).
    new OnResize(
        view->viewport(),
        [this] {
            const int width = view_->viewport()->width();
            if (width != laidOutWidth_) {
                laidOutWidth_ = width;
                view_->doItemsLayout();
            }
        },
        OnResize::When::Later);
}

int WrappedRows::textRoom(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    if (list_) // one column: the viewport less the space around each item
        return std::max(0, list_->viewport()->width() - 2 * list_->spacing());
    if (!tree_)
        return 0;
    int room = tree_->isFirstColumnSpanned(index.row(), index.parent()) ? tree_->viewport()->width()
                                                                        : tree_->columnWidth(index.column());
    // The branch (and the indentation of each level) takes the start of the first column shown.
    if (tree_->header()->visualIndex(index.column()) == 0) {
        int depth = tree_->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        room -= depth * tree_->indentation();
    }
    return std::max(0, room);
}

QSize WrappedRows::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The row's size with its text on the lines it has: the width a column sized to its contents is given.
    QStyleOptionViewItem unwrapped = option;
    unwrapped.rect = QRect();
    const QSize natural = QStyledItemDelegate::sizeHint(unwrapped, index);
    const int room = textRoom(index);
    if (room <= 0 || natural.width() <= room || index.data(Qt::SizeHintRole).isValid())
        return natural; // nothing to wrap, or the item's own size
    // The style lays the text out in the item's rectangle as it will paint it (its margins, an icon or a check
    // box beside it): measured in the room the row has, the height is that of the lines painted.
    QStyleOptionViewItem inRoom = option;
    inRoom.rect = QRect(0, 0, room, natural.height());
    inRoom.features |= QStyleOptionViewItem::WrapText;
    // A tree's column sized to its contents is measured by the width unwrapped; a list's row is as wide as the list.
    return {list_ ? room : natural.width(),
        std::max(natural.height(), QStyledItemDelegate::sizeHint(inRoom, index).height())};
}

} // namespace tmap::app
