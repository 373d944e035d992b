// roles: the custom item roles of every model in the app, in one place.
#pragma once

#include <Qt>

namespace tmap::app {

enum Role : int {
    MuscleIdRole = Qt::UserRole + 1,
    TriggerPointIdRole,
    SideRole,
    ScoreRole,
    ReasonRole,
    AreaRole,
};

} // namespace tmap::app
