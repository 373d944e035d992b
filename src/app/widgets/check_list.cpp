#include "app/widgets/check_list.h"

#include <QListWidget>

namespace tmap::app {

void styleCheckList(QListWidget* list)
{
    list->setStyleSheet("QListWidget::indicator { width: 12px; height: 12px; border: 1px solid palette(text); "
                        "border-radius: 2px; background: palette(base); }"
                        "QListWidget::indicator:checked { background: palette(highlight); "
                        "border-color: palette(highlight); image: url(:/widgets/check.svg); }");
}

} // namespace tmap::app
