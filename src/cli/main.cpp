// tpmap: Trigger Map on the command line. Output for programs is --json on stdout; messages go to stderr.
#include <filesystem>
#include <iostream>

#include "cli.h"
#include "db/database.h"
#include "journal/journal.h"

namespace tmap::cli {

const catalogue::Catalogue& Context::catalogue()
{
    if (!catalogue_) {
        const std::string path = cataloguePath.empty() ? catalogue::findCatalogue(programDir) : cataloguePath;
        catalogue_ = catalogue::Catalogue::open(path);
    }
    return *catalogue_;
}

void addJournalOption(CLI::App& command, std::string& journal)
{
    command.add_option("--journal", journal, "journal file (default: the app's journal)")
        ->check(
            [](const std::string& value) {
                return value.empty() ? std::string("--journal needs a file name; it was empty") : std::string();
            },
            "");
}

std::string checkDay(const std::string& option, const std::string& value)
{
    if (!value.empty() && !journal::isDay(value))
        throw UsageError(option + " \"" + value + "\": expected a date like 2026-11-25");
    return value;
}

journal::Range checkRange(const std::string& since, const std::string& until)
{
    journal::Range range {checkDay("--since", since), checkDay("--until", until)};
    if (!range.since.empty() && !range.until.empty() && range.since > range.until)
        throw UsageError("--since " + range.since + " is after --until " + range.until);
    return range;
}

void printJson(const nlohmann::json& value)
{
    std::cout << value.dump(2) << "\n";
}

} // namespace tmap::cli

namespace {

/// The first word that should name a command and names none ("tpmap nosuch"), or "".
std::string unknownCommand(CLI::App& app, int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--catalogue") {
            ++i;
            continue;
        }
        if (arg.starts_with("-"))
            continue;
        for (const auto* sub : app.get_subcommands([](CLI::App*) { return true; }))
            if (sub->check_name(arg))
                return {};
        return arg;
    }
    return {};
}

std::string programDir(const char* argv0)
{
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        exe = std::filesystem::absolute(argv0, ec);
    return exe.parent_path().string();
}

} // namespace

int main(int argc, char** argv)
{
    using namespace tmap::cli;
    Context ctx;
    ctx.programDir = programDir(argv[0]);

    CLI::App app {"tpmap: find the trigger points behind your pain, browse the catalogue, keep pain notes.\n"
                  "Self-care information, not a diagnosis.",
        "tpmap"};
    app.set_version_flag("--version", std::string("tpmap ") + TM_VERSION);
    app.require_subcommand(1);
    app.option_defaults()->always_capture_default();
    app.add_option("--catalogue", ctx.cataloguePath, "catalogue database (default: next to the program)")
        ->check(CLI::ExistingFile);
    addBodyCommands(app, ctx);
    addCatalogueCommands(app, ctx);
    addWhereCommand(app, ctx);
    addNotesCommands(app, ctx);
    addPlansCommands(app, ctx);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        if (const auto unknown = app.get_subcommands().empty() ? unknownCommand(app, argc, argv) : std::string();
            !unknown.empty()) {
            std::cerr << "tpmap: unknown command \"" << unknown << "\"\n"
                      << "usage: " << app.help("", CLI::AppFormatMode::Normal);
            return 2;
        }
        std::cerr << "tpmap: " << e.what() << "\n";
        const CLI::App* failing = &app;
        for (const auto* sub : app.get_subcommands())
            failing = sub;
        std::cerr << "usage: " << (failing == &app ? app.help("", CLI::AppFormatMode::Normal) : failing->help());
        return 2;
    } catch (const UsageError& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        return 2;
    } catch (const tmap::catalogue::CatalogueError& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        return 1;
    } catch (const tmap::db::Error& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
