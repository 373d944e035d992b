// roles: the custom item roles of the app's models and item widgets, in one place (a list whose items hold only an
// id or a value of their own keeps it in Qt::UserRole).
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
    NoteIdRole, ///< the journal's notes: the note's id (QString)
    PlacesRole, ///< the journal's notes, "Where": the note's places, worst first (QStringList)
    PlanIdRole, ///< the Plans tab's tree: the plan's id, on the plan and on each of its steps
    StepRole, ///< the Plans tab's tree: the step's index in its plan
    BackupPathRole, ///< the backups list: the file's path
    DamagedBackupRole, ///< the backups list: a damaged journal moved aside (recovered from, never restored)
};

} // namespace tmap::app
