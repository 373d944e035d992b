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
    OwnAreaRole, ///< the catalogue tree: true under the muscle's own area, false under one it is also listed in
};

} // namespace tmap::app
