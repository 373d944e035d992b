// catalogue/outline_internal: reading the muscles' outlines, shared by the reader (catalogue.cpp) and outline.cpp.
#pragma once

#include <vector>

#include "catalogue/model.h"

namespace tmap::db {
class Database;
}

namespace tmap::catalogue {

/// Reads table muscle_outline into the muscles' `outlines` (rows of unknown muscles are skipped: open() checks
/// every reference). Throws body::BodyError for a damaged polygon blob.
void loadOutlines(db::Database& db, std::vector<Muscle>& muscles);

} // namespace tmap::catalogue
