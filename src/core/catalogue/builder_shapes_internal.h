// catalogue/builder_shapes_internal: the builder's part for pattern shapes (builder_shapes.cpp), called by
// builder.cpp; private to the builder.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "body/body_map.h"
#include "catalogue/model.h"

namespace tmap::catalogue {

/// Reads data/catalogue/pattern-shapes/<muscle>.json (when the folder exists) into the muscles' trigger points and
/// checks them: a file per muscle that has trigger points, every key a point of that muscle, every shape in a view
/// drawn from the data, one per view and zone kind that the zones reach, inside its zones' regions and covering each
/// (shapeFit). Problems are "file: path: message" lines.
void readPatternShapes(const std::filesystem::path& dir, std::vector<Muscle>& muscles, const body::BodyMap& map,
    std::vector<std::string>& problems);

} // namespace tmap::catalogue
