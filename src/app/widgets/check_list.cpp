// widgets/check_list: the style sheets of checkable list items and of the checked tool button.
#include "app/widgets/check_list.h"

#include <QListWidget>
#include <QPalette>

namespace tmap::app {

void styleCheckList(QListWidget* list)
{
    list->setStyleSheet("QListWidget::indicator { width: 12px; height: 12px; border: 1px solid palette(text); "
                        "border-radius: 2px; background: palette(base); }"
                        "QListWidget::indicator:checked { background: palette(highlight); "
                        "border-color: palette(highlight); image: url(:/widgets/check.svg); }");
}

QString checkedButtonStyleSheet(const QPalette& palette)
{
    return QStringLiteral("QToolButton:checked { background-color: %1; color: %2; border: 1px solid %3;"
                          " border-radius: 3px; padding: 3px 6px; }")
        .arg(palette.color(QPalette::Highlight).name(), palette.color(QPalette::HighlightedText).name(),
            palette.color(QPalette::Highlight).darker(130).name());
}

} // namespace tmap::app
