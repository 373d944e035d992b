// journal/exchange: the journal's files for people and other programs - JSON export/import (a versioned document,
// see docs/journal-format.md) and CSV export/import (one row per spot, names beside the ids; csv.cpp). An import is
// checked completely before anything is written, then written in one transaction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "journal/journal.h"
#include "journal/note.h"
#include "journal/user_files.h"

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::journal {

inline constexpr const char* kExportFormat = "trigger-map-journal";
/// 2: the document also holds the plans ("plans"); version 1 documents (notes only) still import.
inline constexpr int kExportVersion = 3; ///< 2: plans; 3: a note's "Narrow it down" answers

/// The figures and words an ImportError's reason names (ImportError::Reason says which).
struct ImportFacts {
    std::uint64_t count = 0;
    std::uint64_t limit = 0;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string value {};
    std::string detail {};
};

/// A bad import file: which file, where in it (a JSON pointer such as "/notes/3/spots/0/intensity", or "" for the
/// file as a whole) and what is wrong. Nothing was written. what() and problem() say it in English (tpmap prints
/// them); reason(), facts() and problems() say it in structure, for a front end to word in its own language.
class ImportError final : public std::runtime_error {
public:
    enum class Reason {
        Other, ///< only problem() says it
        Problems, ///< the file's content breaks the format's rules: problems() (the first at pointer())
        IsFolder, ///< the path is a folder
        CannotRead, ///< the file cannot be read (Facts::detail: the system's reason, in English)
        TooLarge, ///< Facts::count bytes, more than the limit of Facts::limit
        Empty, ///< nothing but white space
        IsDatabase, ///< a database (a journal or a backup) given where an export was asked for
        IsJournalItself, ///< the journal being imported into (or one of its working files)
        NotUtf8, ///< not UTF-8 at byte Facts::count (Facts::line and column; a CSV: the line only)
        TooDeep, ///< lists and objects nested more than Facts::limit deep
        NotJson, ///< not valid JSON at byte Facts::count (Facts::line, column; Facts::detail: the parser's words)
        DuplicateKey, ///< the field Facts::value appears twice in one object (at pointer())
        NotAnObject, ///< the document is a ValueKind Facts::count, not an object
        NotAnExport, ///< JSON without "format": "trigger-map-journal": another program's file
        BodyMapExport, ///< Trigger Map's own body-map export (for a clinician's charts), which holds no notes to import
        CsvSpreadsheetLine, ///< the first line (Facts::value) is a spreadsheet's "sep=" line
        CsvSemicolons, ///< the fields are separated by semicolons
        CsvOlderFormat, ///< the CSV of an older Trigger Map, which cannot be read back exactly
        CsvHeaderShort, ///< the header ends before the column Facts::value
        CsvHeaderLong, ///< the header has a column too many: Facts::value
        CsvWrongColumn, ///< column Facts::count must be Facts::detail, not Facts::value
        CsvStrayQuote, ///< a double quote inside a field that does not start with one (Facts::line)
        CsvOpenQuote, ///< a quoted field that starts on Facts::line never ends
        CsvAfterQuote, ///< text after the closing quote of a field (Facts::line; Facts::value: the column)
        CsvCarriageReturn, ///< a carriage return outside quotes that does not end the line (as CsvAfterQuote)
        CannotOpenJournal, ///< a database that SQLite cannot open (Facts::detail: its words)
        NotAJournal, ///< another program's database
        JournalTooDamaged, ///< a journal too damaged to read anything from
        NewerJournal, ///< a journal in format Facts::count, from a newer Trigger Map
        OldestJournal, ///< a journal in the first format, which is read once opened as a journal
    };
    using Facts = ImportFacts;
    /// The message reads "FILE: at WHERE: PROBLEM", WHERE in words (describe()).
    ImportError(std::string file, std::string pointer, std::string problem, Reason reason = Reason::Other,
        Facts facts = {}, std::vector<Problem> problems = {});
    /// A place in the file in words, counted from 1, then the pointer: "/notes/3/spots/0/region" is "note 4, spot 1,
    /// region (/notes/3/spots/0/region)"; a place that is not a JSON pointer ("line 5, column region") as it is.
    static std::string describe(const std::string& pointer);
    /// The same without the pointer: "note 4, spot 1, region" (for a place that is not in a file, such as a plan's
    /// step given on the command line).
    static std::string inWords(const std::string& pointer);
    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }
    const std::string& problem() const { return problem_; }
    Reason reason() const { return reason_; }
    const Facts& facts() const { return facts_; }
    /// Reason::Problems: the problems found, in the file's order (the check stops after about a hundred).
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::string file_;
    std::string pointer_;
    std::string problem_;
    Reason reason_ = Reason::Other;
    Facts facts_;
    std::vector<Problem> problems_;
};

/// Throws ImportError for the first of `problems` (not empty), its message followed by the next few, one a line.
[[noreturn]] void throwImportProblems(const std::string& file, const std::vector<Problem>& problems);

/// Throws ImportError when an import file of `bytes` bytes is larger than `maxBytes` (the message names both).
void refuseOversizedImport(std::uintmax_t bytes, const std::string& name, std::size_t maxBytes);

/// A note as the export document holds it (also what `tpmap notes show --json` prints).
nlohmann::json noteToJson(const Note& note);

/// A plan as the export document holds it (also what `tpmap plans show --json` prints).
nlohmann::json planToJson(const Plan& plan);

/// Writes the live notes in a day range, oldest first, and every plan, as the JSON document; returns how many notes.
std::size_t exportJson(Journal& journal, std::ostream& out, const Range& range = {});
/// What the CSV's name columns are written from: the catalogue's names of regions, muscles, trigger points and
/// factors, in `language` ("" for English, "de"). Without a catalogue the name columns hold the ids (regions: "").
struct CsvNames {
    const catalogue::Catalogue* catalogue = nullptr;
    std::string language;
};

/// Writes the live notes in a day range as CSV (RFC 4180, header row, one row per spot, the ids with readable
/// names beside them; docs/journal-format.md); returns how many notes. parseCsv() reads it back exactly.
std::size_t exportCsv(Journal& journal, std::ostream& out, const Range& range = {}, const CsvNames& names = {});
/// The CSV's header row, and the rows of one note (what exportCsv() writes, for a caller with notes in hand).
void writeCsvHeader(std::ostream& out);
void writeCsvNote(std::ostream& out, const Note& note, const CsvNames& names = {});
/// A region instance's name as the CSV's region_name column writes it: "temple (right)"; "" when unknown.
std::string csvRegionName(const CsvNames& names, const std::string& instance);

enum class Format { Json, Csv };
/// Exports into a file (written beside it, then renamed over it; mode 0600). Throws JournalError naming the file.
/// With Existing::Keep an existing file is left alone (an error), also one that appears meanwhile.
std::size_t exportToFile(Journal& journal, const std::string& path, Format format, const Range& range = {},
    const CsvNames& names = {}, Existing existing = Existing::Replace);

/// One CSV field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
std::string csvField(std::string_view text);

/// Checks an export document completely - JSON syntax, UTF-8, types, ranges, sizes, ids against the vocabulary,
/// duplicate ids - and returns its notes. Throws ImportError (`name` is the file name used in the message).
std::vector<Note> parseExport(std::string_view text, const std::string& name, const Vocabulary& vocabulary = {},
    std::size_t maxBytes = kMaxImportBytes);

/// What an export document holds.
struct ExportDocument {
    std::vector<Note> notes;
    std::vector<Plan> plans; ///< in the exporting journal's order; none in a version-1 document
    /// Read from a journal file (readJournalFile, journal/salvage.h): its notes and plans that were found but could
    /// not be used - a row or a plan's steps unreadable (damage), or what was read breaks a rule - and the parts of
    /// the file that could not be read at all (each may have held notes nobody can count). 0 for an export.
    int unusable = 0;
    int damagedParts = 0;
    /// Of `notes`, those kept without a list that could not be read (tagged kRecoveredInPartTag).
    int incomplete = 0;
    /// The file's format cannot hold a note's "Narrow it down" answers (a CSV of 15 columns, a JSON document of
    /// version 1 or 2, a journal from before them): a note it updates keeps the answers the journal has for it - the
    /// file says nothing of them, not that there are none.
    bool answersUnknown = false;
    bool damaged() const { return unusable > 0 || damagedParts > 0 || incomplete > 0; }
};
/// parseExport's checks, and the plans' (their rules, duplicate ids and names): the whole document.
ExportDocument parseExportDocument(std::string_view text, const std::string& name, const Vocabulary& vocabulary = {},
    std::size_t maxBytes = kMaxImportBytes);
/// Checks a CSV that exportCsv() wrote completely - RFC 4180 quoting, the header, UTF-8, numbers, the rows of each
/// note together and agreeing, then every rule of a note - and returns its notes (the name columns are not read).
/// Throws ImportError whose place is "line N, column NAME".
std::vector<Note> parseCsv(std::string_view text, const std::string& name, const Vocabulary& vocabulary = {},
    std::size_t maxBytes = kMaxImportBytes);
/// parseCsv() as a document: its notes, no plans, and whether its header has the answers' column.
ExportDocument parseCsvDocument(std::string_view text, const std::string& name, const Vocabulary& vocabulary = {},
    std::size_t maxBytes = kMaxImportBytes);
/// parseExport() for a JSON document (its first character is '{' or '['), parseCsv() for anything else.
std::vector<Note> parseImport(std::string_view text, const std::string& name, const Vocabulary& vocabulary = {},
    std::size_t maxBytes = kMaxImportBytes);

struct ImportOptions {
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    Vocabulary vocabulary;
    std::size_t maxBytes = kMaxImportBytes;
};

/// Reads, checks (parseExportDocument) and writes a JSON export file, its notes and plans, in one transaction. Throws
/// ImportError for a bad file (nothing written), JournalError when the journal cannot be written.
/// Throws ImportError when `path` is `journal`'s own file or one of its working files (isJournalOrWorkingFile):
/// an import never opens them (it would also drop this process's locks on the journal when it closed the file).
void refuseJournalAsImport(const Journal& journal, const std::string& path);
/// The same for the journal at `journalPath`, before it is opened.
void refuseJournalAsImport(const std::string& journalPath, const std::string& path);
SaveAllResult importJson(Journal& journal, const std::string& path, const ImportOptions& options = {});
/// Reads and checks a JSON or CSV export completely, as importFile() does, and writes nothing: its notes, and its plans
/// (a JSON export). Throws ImportError. For checking a file before a journal is started for it.
ExportDocument readImport(const std::string& path, const ImportOptions& options = {});
/// importJson() for a JSON export or a CSV export alike (readImport decides), all or nothing.
SaveAllResult importFile(Journal& journal, const std::string& path, const ImportOptions& options = {});
/// Writes what readImport() read in one transaction (Journal::saveAll), and adds to the result what the file held
/// besides: a journal file's damage (`unusable`, `damagedParts`, `incomplete`) and the notes dated in the future.
SaveAllResult saveImport(Journal& journal, const ExportDocument& doc, OnDuplicate onDuplicate);

} // namespace tmap::journal
