// catalogue/builder: reads the JSON sources under data/, checks every file and reference, and writes the
// read-only SQLite catalogue. Used by the tpmap-build-catalogue tool at build time and by the tests.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "catalogue/model.h"

namespace tmap::catalogue {

/// Every problem found in the sources, one "file: path: message" per line.
class BuildError final : public std::runtime_error {
public:
    explicit BuildError(std::vector<std::string> problems);
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::vector<std::string> problems_;
};

/// Reads and validates data/catalogue/*.json, data/catalogue/muscles/*.json and data/body/*; throws BuildError.
CatalogueData loadSources(const std::string& dataDir);

/// Writes the catalogue to `path` atomically: a temporary file renamed over `path` only when complete.
void writeDatabase(const CatalogueData& data, const std::string& path);

} // namespace tmap::catalogue
