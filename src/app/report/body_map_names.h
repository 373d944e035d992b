// report/body_map_names: the standard body maps' areas in the interface's language, for the report's first page.
// The instruments' tables (data/body/*_areas.tsv, read by journal/body_map_export) hold the areas' English names;
// the translations are here, through tr() and the .ts file, because the instruments' areas are fixed lists that
// belong to no catalogue entry (the catalogue's own data carries its translations beside it).
#pragma once

#include <QCoreApplication>
#include <QString>

#include "journal/body_map_export.h"

namespace tmap::app {

/// Names the areas of the Michigan Body Map and the Widespread Pain Index; CHOIR segments go by their numbers.
class BodyMapNames final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::BodyMapNames)

public:
    /// The area's name in the interface's language ("Kiefer rechts"); the table's English name where no
    /// translation is loaded.
    static QString area(const journal::BodyMapArea& area);
    /// The areas endorsed in `drawing`, each with its highest intensity, in the instrument's order: CHOIR by its
    /// segment numbers ("101 (8), 206 (7)"), the Michigan Body Map and the WPI by their areas' names
    /// ("neck (7); right jaw (6)"); "none" when no area is endorsed.
    static QString endorsed(journal::BodyMapFormat format, const journal::BodyMapDrawing& drawing);
};

} // namespace tmap::app
