// cli: shared pieces of the tpmap subcommands: the lazily opened catalogue and output helpers.
#pragma once

#include <algorithm>
#include <cctype>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"

namespace tmap::match {
struct Drawing;
} // namespace tmap::match

namespace tmap::journal {
class Journal;
struct Summary;
struct Insights;
struct Range;
enum class BodyMapFormat;
enum class Existing;
} // namespace tmap::journal

namespace tmap::cli {

/// `text` in lower case (ASCII letters; ids and option values are ASCII).
inline std::string lowered(std::string text)
{
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

/// What a treatment or a plan's step names, in words: its trigger point's name ("Upper trapezius, upper fibres"),
/// else its muscle's, else the id as written (a note from a newer catalogue).
inline std::string pointOrMuscleName(
    const catalogue::Catalogue& cat, const std::string& muscle, const std::string& triggerPoint)
{
    if (const auto* point = triggerPoint.empty() ? nullptr : cat.triggerPoint(triggerPoint))
        return point->name;
    if (const auto* m = cat.muscle(muscle))
        return m->name;
    return triggerPoint.empty() ? muscle : triggerPoint;
}

/// Precautions as the CLI's JSON words them: a technique's own after its name ("Lying back-bend (press-up): Do not
/// use in pregnancy ...").
inline std::vector<std::string> precautionLines(const std::vector<catalogue::Precaution>& precautions)
{
    std::vector<std::string> lines;
    for (const auto& p : precautions)
        lines.push_back(p.technique ? p.technique->name + ": " + p.text : p.text);
    return lines;
}

/// The same as text, each line after `indent` and "- ": the muscle's own first, then each technique's own under
/// "With "NAME":" (once, not before every line).
inline void printPrecautions(const std::vector<catalogue::Precaution>& precautions, const std::string& indent)
{
    const catalogue::Technique* under = nullptr;
    for (const auto& p : precautions) {
        if (p.technique && p.technique != under) {
            std::cout << indent << "With \"" << p.technique->name << "\":\n";
            under = p.technique;
        }
        std::cout << indent << (under ? "  - " : "- ") << p.text << "\n";
    }
}

inline std::string journalArgument(const std::string& given)
{
    if (given.empty())
        return {};
    const bool plain = std::all_of(given.begin(), given.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c))
            || std::string_view("_./-+,:@%=").find(c) != std::string_view::npos;
    });
    if (plain)
        return " --journal " + given;
    std::string quoted = "'";
    for (char c : given)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return " --journal " + quoted + "'";
}

/// An option given once per value, as often as needed ("--tag a --tag b"): one value each time, so that "--tag a b"
/// is not two tags and a spot after "--symptom tinnitus" stays a spot; the help shows "--tag TEXT", not "TEXT ...",
/// which read as several values at once.
inline CLI::Option* eachTimeOneValue(CLI::Option* option)
{
    return option->allow_extra_args(false)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

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
    /// The journal a command opened to change ("" when none): if the command's output then cannot be written, the
    /// change is said to be saved, so that it is not made twice.
    std::string changedJournal;
    const catalogue::Catalogue& catalogue();

private:
    std::unique_ptr<catalogue::Catalogue> catalogue_;
};

void printJson(const nlohmann::json& value);
/// YYYY-MM-DD in shape (digits and dashes), whether or not there is such a day.
bool looksLikeDay(const std::string& text);
/// `value` of --since/--until (`option`): "" or a day like 2026-11-25, else a UsageError naming both.
std::string checkDay(const std::string& option, const std::string& value);
/// --since and --until checked as days, and the first not after the last: a UsageError naming both otherwise.
journal::Range checkRange(const std::string& since, const std::string& until);
/// A check for an option that takes a whole number from `lowest` to `highest`, written as plain digits: "0x5",
/// "+5", "5.0" or "1e1" are refused with `what` in the message ("the overall pain, a whole number from 0 to 10"),
/// where CLI11's own conversion would read a hexadecimal 5 or call 5.0 "not in range 0 to 10".
CLI::Validator wholeNumber(long lowest, long highest, const std::string& what);
/// `--journal FILE` on a subcommand. An empty name is refused: `--journal "$FILE"` with FILE unset must not quietly
/// mean the real journal.
void addJournalOption(CLI::App& command, std::string& journal);

void addBodyCommands(CLI::App& app, Context& ctx);
void addCatalogueCommands(CLI::App& app, Context& ctx);
void addWhereCommand(CLI::App& app, Context& ctx);
/// --answer QUESTION=REPLY as `tpmap where` reads them, into `drawing.answers` (its spots and symptoms given): a
/// question the catalogue does not have, an answer about what the drawing already says (a spot drawn, a symptom
/// ticked) or two replies to one question is a UsageError naming it (`what`: "drawing", "note").
void addAnswers(
    const catalogue::Catalogue& cat, match::Drawing& drawing, const std::vector<std::string>& texts, const char* what);
/// The symptom ids of words as people type them (an id, a name, a word, a 4+ letter start of one name; each once,
/// in order); a word that names none is a UsageError that names it (where_command.cpp).
std::vector<std::string> symptomIds(const catalogue::Catalogue& cat, const std::vector<std::string>& words);
void addNotesCommands(CLI::App& app, Context& ctx);

/// What a command does with the journal it opens.
enum class JournalUse {
    Write, ///< changes an existing journal
    Start, ///< may start a new one (adding a note, importing, making a plan)
    Read, ///< only reads: a journal the user made read-only (file or folder) is read as it is, with a note
    Restore, ///< replaces the journal with a backup: starts one where it is missing (a journal lost), silently
};
/// Opens the journal of --journal (`option`), or the app's (""), telling the user on stderr what the open found. A
/// file named with --journal that does not exist is a UsageError unless the command starts one: a mistyped name must
/// not quietly read, list or export an empty journal.
std::unique_ptr<journal::Journal> openJournal(
    Context& ctx, const std::string& option, JournalUse use = JournalUse::Write);
/// A note's id as the user typed it: the whole id, or the start of one that `tpmap notes list` prints (4 or more
/// characters, one note only). Several notes starting so are a UsageError naming them; no note, the text unchanged.
std::string noteId(journal::Journal& journal, const std::string& typed);
/// `tpmap plans` (plans_command.cpp): the saved plans of the journal.
void addPlansCommands(CLI::App& app, Context& ctx);

/// Opens the journal named by --journal ("" for the default one), telling the user what the open found.
using JournalOpener = std::function<std::unique_ptr<journal::Journal>(const std::string& option, JournalUse use)>;
/// `tpmap notes summary` (notes_summary_command.cpp), added to the `notes` command.
void addNotesSummaryCommand(CLI::App& notes, Context& ctx, const JournalOpener& openJournal);
/// `tpmap notes purge`, `empty-trash`, `backups` and `restore-backup` (notes_erase_command.cpp).
void addNotesEraseCommands(CLI::App& notes, Context& ctx, const JournalOpener& openJournal);
/// `tpmap notes export --format choir|mbm|wpi` (notes_body_map_command.cpp): the standard body-map drawings of the
/// range, one per `per` ("whole", "day", "month"), as JSON on standard output (`output` "-") or into a file.
void writeBodyMapExport(journal::Journal& journal, journal::BodyMapFormat format, const journal::Range& range,
    const std::string& per, const std::string& output, journal::Existing existing);
/// The JSON of `tpmap notes summary --json` (without the journal's path).
nlohmann::json summaryJson(const journal::Summary& summary);
/// `tpmap notes insights` (insights_command.cpp), added to the `notes` command.
void addNotesInsightsCommand(CLI::App& notes, Context& ctx, const JournalOpener& openJournal);
/// The JSON of `tpmap notes insights --json` (without the journal's path).
nlohmann::json insightsJson(const journal::Insights& insights);

} // namespace tmap::cli
