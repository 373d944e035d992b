// widgets/check_list: check boxes in a list of checkable items (the Where page's symptoms, the note editor's
// factors), and checked tool buttons (the body's views), that show in every colour scheme.
#pragma once

#include <QString>

class QListWidget;
class QPalette;

namespace tmap::app {

/// Gives `list` check boxes drawn from the palette: Fusion's item-view indicator vanishes on a dark base. A ticked
/// item is a filled box with a white tick (:/widgets/check.svg).
void styleCheckList(QListWidget* list);

/// A style sheet for checkable tool buttons of which one is on (the body's view on show): that one in the selection
/// colour. Fusion's dark palette drew a checked button like the others, and which side of the body is shown matters.
QString checkedButtonStyleSheet(const QPalette& palette);

} // namespace tmap::app
