// tpmap: Trigger Map on the command line. Output for programs is --json on stdout; messages go to stderr.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "catalogue/symptom_words.h"
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

CLI::Validator wholeNumber(long lowest, long highest, const std::string& what)
{
    return CLI::Validator(
        [lowest, highest, what](const std::string& value) {
            const bool digits
                = !value.empty() && value.size() <= 9 && value.find_first_not_of("0123456789") == std::string::npos;
            if (digits) {
                const long n = std::stol(value);
                if (n >= lowest && n <= highest)
                    return std::string();
            }
            return "\"" + value + "\" is not " + what;
        },
        std::to_string(lowest) + "-" + std::to_string(highest));
}

bool looksLikeDay(const std::string& text)
{
    if (text.size() != 10)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((i == 4 || i == 7) ? text[i] != '-' : (text[i] < '0' || text[i] > '9'))
            return false;
    return true;
}

std::string checkDay(const std::string& option, const std::string& value)
{
    if (!value.empty() && !journal::isDay(value))
        throw UsageError(option + " \"" + value
            + "\": " + (looksLikeDay(value) ? "there is no such date" : "expected a date like 2026-11-25"));
    return value;
}

journal::Range checkRange(const std::string& since, const std::string& until)
{
    journal::Range range {checkDay("--since", since), checkDay("--until", until)};
    if (range.reversed())
        throw UsageError("--since " + range.since + " is after --until " + range.until);
    return range;
}

void printJson(const nlohmann::json& value)
{
    std::cout << value.dump(2) << "\n";
}

} // namespace tmap::cli

namespace {

/// What to do about a journal found damaged after the day's first open (which checks it and moves a damaged one
/// aside): the newest backup back, then what can still be read of the damaged file - the notes written since that
/// backup - added to it (the restore keeps the damaged file in the backups folder and names it).
constexpr const char* damagedJournalAdvice
    = "  The journal is damaged. Restore the newest backup (tpmap notes backups lists them; tpmap notes "
      "restore-backup FILE); the restore keeps this journal in the backups folder and names the copy. Then add the "
      "notes written since that backup, as far as they can still be read: tpmap notes import THAT-COPY\n";

/// A word that should name a command and names none: "nosuch" in "tpmap nosuch", "bogus" in "tpmap notes bogus";
/// or an option that none of the commands given knows ("--jornal" in "tpmap notes list --jornal x").
struct UnknownCommand {
    CLI::App* parent = nullptr; ///< the command whose subcommand (or option) it should be
    std::string word;
    bool option = false;
};

/// The option of `command` (or of the commands above it) spelled most like `typed`, if any is close: "--journal"
/// for "--jornal".
std::string nearestOption(const CLI::App& command, const std::string& typed)
{
    std::string best;
    std::size_t bestDistance = 3;
    for (const CLI::App* at = &command; at; at = at->get_parent())
        for (const CLI::Option* o : at->get_options())
            for (const auto& name : o->get_lnames()) {
                const std::string option = "--" + name;
                if (const auto d = tmap::catalogue::editDistance(typed, option, 2); d < bestDistance) {
                    best = option;
                    bestDistance = d;
                }
            }
    return best;
}

/// Follows the command words of argv from `app` down (skipping options and their values) to the first word that
/// names none of the subcommands where one is expected; none when every command word is known.
UnknownCommand unknownCommand(CLI::App& app, int argc, char** argv)
{
    CLI::App* at = &app;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--")
            break;
        if (arg.starts_with("-")) {
            // An option's value is not a command word: "--journal x notes".
            const std::string name = arg.substr(0, arg.find('='));
            const CLI::Option* option = nullptr;
            for (const CLI::App* owner = at; owner && !option; owner = owner->get_parent())
                option = owner->get_option_no_throw(name);
            if (!option) {
                if (arg.size() > 1 && std::isdigit(static_cast<unsigned char>(arg[1])))
                    return {}; // a negative number, a value: CLI11's message says what is wrong with it
                return {at, name, true};
            }
            if (name == arg && option->get_items_expected_min() > 0)
                ++i;
            continue;
        }
        const auto subs = at->get_subcommands([](CLI::App*) { return true; });
        if (subs.empty())
            continue; // a command's own argument ("where head.temple:right"): its options may follow
        const auto named = std::find_if(subs.begin(), subs.end(), [&](CLI::App* sub) { return sub->check_name(arg); });
        if (named == subs.end())
            return {at, arg};
        at = *named;
    }
    return {};
}

/// "tpmap notes" for the notes command, "tpmap" for the program.
std::string commandName(const CLI::App* command)
{
    std::string name;
    for (const CLI::App* at = command; at; at = at->get_parent())
        name = (at->get_parent() ? " " : "") + at->get_name() + name;
    return name;
}

/// Help that reads as the descriptions say: a whole number is N (not "INT:INT in [1 - 100000]"; the description
/// gives the range), a positional number has no type after its name, and a required option or an empty list shows
/// no default ("N INT=0 REQUIRED", "SPOT TEXT=[]").
void tidyHelp(CLI::App& app)
{
    for (CLI::Option* o : app.get_options()) {
        std::vector<std::pair<CLI::Validator*, std::string>> validators;
        for (int i = 0;; ++i) {
            try {
                CLI::Validator* v = o->get_validator(i);
                validators.emplace_back(v, v->get_description());
                v->description("");
            } catch (const CLI::OptionNotFound&) {
                break;
            }
        }
        const std::string base = o->get_type_name();
        if (base == "INT" || base == "UINT")
            o->type_name(o->get_positional() ? "" : "N");
        else
            for (auto& [v, description] : validators)
                v->description(description);
        if (o->get_required() || o->get_default_str() == "[]")
            o->default_str("");
        if (o->get_positional() && base == "TEXT" && o->get_items_expected_max() > 1)
            o->type_name("");
    }
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        tidyHelp(*sub);
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
    app.footer("Exit codes: 0 done; 2 a wrong argument (an unknown option, region or symptom, a --journal that\n"
               "names no journal or a folder, a bad import file); 1 a file could not be read or written\n"
               "(a damaged journal, a full disk, a file that is not a journal).");
    app.option_defaults()->always_capture_default();
    app.add_option("--catalogue", ctx.cataloguePath, "catalogue database (default: next to the program)")
        ->check(CLI::ExistingFile);
    addBodyCommands(app, ctx);
    addCatalogueCommands(app, ctx);
    addWhereCommand(app, ctx);
    addNotesCommands(app, ctx);
    addPlansCommands(app, ctx);
    tidyHelp(app);

    // "tpmap nosuch": the word said, then the commands there are.
    auto unknownCommandSaid = [](const UnknownCommand& unknown) {
        std::cerr << commandName(unknown.parent) << ": unknown command \"" << unknown.word << "\"\n"
                  << "usage: " << unknown.parent->help("", CLI::AppFormatMode::Normal);
        return 2;
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        // "tpmap nosuch --help": the typo is said, not hidden under the whole program's help.
        if (const auto unknown = unknownCommand(app, argc, argv); unknown.parent && !unknown.option)
            return unknownCommandSaid(unknown);
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        if (const auto unknown = unknownCommand(app, argc, argv); unknown.parent && unknown.option) {
            const std::string name = commandName(unknown.parent);
            const std::string near = nearestOption(*unknown.parent, unknown.word);
            std::cerr << name << ": unknown option \"" << unknown.word << "\""
                      << (near.empty() ? std::string() : " (did you mean " + near + "?)") << "\n"
                      << "see: " << name << " --help\n";
            return 2;
        } else if (unknown.parent) {
            return unknownCommandSaid(unknown);
        }
        std::cerr << "tpmap: " << e.what() << "\n";
        // The command that failed, by its full name, and where its options are: not the whole help again.
        const CLI::App* failing = &app;
        for (const CLI::App* at = &app; !at->get_subcommands().empty();)
            failing = at = at->get_subcommands().front();
        // An option of a command above it (tpmap --catalogue) is that command's to explain.
        if (const std::string what = e.what(); what.starts_with("--")) {
            const std::string option = what.substr(0, what.find_first_of(": "));
            while (failing != &app && !failing->get_option_no_throw(option))
                failing = failing->get_parent();
        }
        std::string command;
        for (const CLI::App* at = failing; at && at != &app; at = at->get_parent())
            command = " " + at->get_name() + command;
        std::cerr << "see: tpmap" << command << " --help\n";
        return 2;
    } catch (const UsageError& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        return 2;
    } catch (const tmap::catalogue::CatalogueError& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        return 1;
    } catch (const tmap::db::Error& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        // The message names the file: the catalogue's damage is mended by installing it again, a journal's by its
        // backups (it said both, whichever file it was).
        if (e.damaged() && !ctx.cataloguePath.empty() && std::string_view(e.what()).starts_with(ctx.cataloguePath))
            std::cerr << "  The catalogue is damaged: install the program again.\n";
        else if (e.damaged())
            std::cerr << damagedJournalAdvice;
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "tpmap: " << e.what() << "\n";
        if (tmap::journal::isDamaged(e)) // a write that found the damage
            std::cerr << damagedJournalAdvice;
        return 1;
    }
    // Output that never reached its place (a full disk behind "> notes.json") is a failure: a cut-short export must
    // not look like a good one.
    // (printf and the streams share stdout's buffer; an earlier failed flush leaves only ferror set.)
    if (!std::cout.flush() || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::cerr << "tpmap: the output could not be written in full (is the disk full?); do not rely on it\n";
        // The command itself was done: a script that runs it again after the failure would add a second note.
        if (!ctx.changedJournal.empty())
            std::cerr << "tpmap: the command itself was carried out and its change to " << ctx.changedJournal
                      << " is saved; do not run it again (tpmap notes list and tpmap plans show what is there)\n";
        return 1;
    }
    return 0;
}
