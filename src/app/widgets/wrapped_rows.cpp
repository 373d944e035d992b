#include "app/widgets/wrapped_rows.h"

#include "app/widgets/on_resize.h"

#include <QHeaderView>
#include <QTreeView>
#include <algorithm>

namespace tmap::app {

WrappedRows::WrappedRows(QTreeView* view)
    : QStyledItemDelegate(view)
    , view_(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // The tree view measures a row once; a wrapped row's height follows its column's width, so a new width lays
    // the rows out again (once the event loop is back: the stretched column has its width by then).
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
    int room = view_->isFirstColumnSpanned(index.row(), index.parent()) ? view_->viewport()->width()
                                                                        : view_->columnWidth(index.column());
    // The branch (and the indentation of each level) takes the start of the first column shown.
    if (view_->header()->visualIndex(index.column()) == 0) {
        int depth = view_->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        room -= depth * view_->indentation();
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
    return {natural.width(), std::max(natural.height(), QStyledItemDelegate::sizeHint(inRoom, index).height())};
}

} // namespace tmap::app
