// cli: shared pieces of the tpmap subcommands: the lazily opened catalogue and output helpers.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"

namespace tmap::cli {

/// A user error (bad argument, unknown id): printed to stderr, exit code 2.
class UsageError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// State shared by every subcommand.
struct Context {
    std::string programDir;
    std::string cataloguePath; ///< --catalogue, or found next to the program
    bool json = false;
    const catalogue::Catalogue& catalogue();

private:
    std::unique_ptr<catalogue::Catalogue> catalogue_;
};

void printJson(const nlohmann::json& value);

void addBodyCommands(CLI::App& app, Context& ctx);
void addCatalogueCommands(CLI::App& app, Context& ctx);
void addWhereCommand(CLI::App& app, Context& ctx);
void addNotesCommands(CLI::App& app, Context& ctx);

} // namespace tmap::cli
