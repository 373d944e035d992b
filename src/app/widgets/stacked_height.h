// stacked_height: how tall a column of widgets is at a width (rows that wrap), for boxes sized to whole rows.
#pragma once

#include <QWidget>
#include <algorithm>

namespace tmap::app {

/// The height of `rows` stacked `spacing` apart, each laid out `width` wide (its height for that width when it has
/// one, never under its minimum), as a layout would give them.
template <typename Rows> int stackedHeight(const Rows& rows, int width, int spacing)
{
    int height = 0;
    bool first = true;
    for (const QWidget* row : rows) {
        const int h = row->hasHeightForWidth() ? row->heightForWidth(width) : row->sizeHint().height();
        height += std::max(h, row->minimumSizeHint().height()) + (first ? 0 : spacing);
        first = false;
    }
    return height;
}

} // namespace tmap::app
