// widgets/check_list: check boxes in a list of checkable items (the Where page's symptoms, the note editor's
// factors) that show in every colour scheme.
#pragma once

class QListWidget;

namespace tmap::app {

/// Gives `list` check boxes drawn from the palette: Fusion's item-view indicator vanishes on a dark base. A ticked
/// item is a filled box with a white tick (:/widgets/check.svg).
void styleCheckList(QListWidget* list);

} // namespace tmap::app
