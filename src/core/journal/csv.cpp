// journal/csv.cpp owns the journal's CSV: writing it (one row per spot, readable names next to the ids) and reading
// the project's own CSV back exactly, checked completely before anything is written (docs/journal-format.md).
#include <algorithm>
#include <map>
#include <ostream>

#include "body/body_map.h"
#include "catalogue/catalogue.h"
#include "catalogue/translations.h"
#include "journal/exchange.h"

namespace tmap::journal {

namespace {

constexpr const char* kColumns[]
    = {"note_id", "when", "created_at", "updated_at", "note_intensity", "region", "region_name", "spot_intensity",
        "quality", "tags", "factors", "factor_names", "treatments", "treatment_names", "text", "answers"};
constexpr std::size_t kColumnCount = std::size(kColumns);
enum Column : std::size_t {
    NoteId,
    When,
    CreatedAt,
    UpdatedAt,
    NoteIntensity,
    Region,
    RegionName,
    SpotIntensity,
    QualityColumn,
    Tags,
    Factors,
    FactorNames,
    Treatments,
    TreatmentNames,
    Text,
    Answers
};
/// The columns of the first CSV export (Trigger Map before names were added); refused with a clear message.
constexpr std::string_view kVersion1Header
    = "note_id,when,created_at,updated_at,note_intensity,region,spot_intensity,quality,tags,factors,treatments,text";
/// Columns that must hold the same value on every row of one note.
constexpr Column kNoteColumns[] = {When, CreatedAt, UpdatedAt, NoteIntensity, Tags, Factors, Treatments, Text, Answers};
/// The CSV before a note's answers were added (its last column is "text"): still read, as notes without answers.
constexpr std::size_t kColumnCountBeforeAnswers = kColumnCount - 1;

/// A list item with ';' and '\' escaped by '\'; items are joined by "; ".
std::string escapeItem(std::string_view item)
{
    std::string out;
    for (const char c : item) {
        if (c == ';' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string joinItems(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + escapeItem(item);
    return out;
}

/// The items of a list field: split at every unescaped ';', the one space the writer puts after it dropped.
std::optional<std::vector<std::string>> splitItems(std::string_view text)
{
    std::vector<std::string> items;
    if (text.empty())
        return items;
    std::string item;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            if (i + 1 >= text.size() || (text[i + 1] != ';' && text[i + 1] != '\\'))
                return std::nullopt;
            item += text[++i];
        } else if (text[i] == ';') {
            items.push_back(std::move(item));
            item.clear();
            if (i + 1 < text.size() && text[i + 1] == ' ')
                ++i;
        } else {
            item += text[i];
        }
    }
    items.push_back(std::move(item));
    return items;
}

std::string optionalNumber(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string("?");
}

/// "muscle[/trigger_point][: technique], N min, BEFORE->AFTER" (before and after a number or "?"): every part is
/// always written, so the technique - free text - is whatever lies between the first ": " and the last two ", ".
std::string treatmentItem(const Treatment& t)
{
    return t.muscle + (t.triggerPoint.empty() ? "" : "/" + t.triggerPoint)
        + (t.technique.empty() ? "" : ": " + t.technique) + ", " + std::to_string(t.minutes) + " min, "
        + optionalNumber(t.before) + "->" + optionalNumber(t.after);
}

/// A whole number of at most `digits` digits, nothing else.
std::optional<int> number(std::string_view text, std::size_t digits)
{
    if (text.empty() || text.size() > digits
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    int value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}

std::optional<Treatment> parseTreatment(std::string_view text, std::string& why)
{
    const auto last = text.rfind(", ");
    const auto middle
        = last == std::string_view::npos || last == 0 ? std::string_view::npos : text.rfind(", ", last - 1);
    if (middle == std::string_view::npos) {
        why = "expected \"muscle[/trigger point][: technique], N min, BEFORE->AFTER\"";
        return std::nullopt;
    }
    Treatment t;
    const std::string_view head = text.substr(0, middle);
    const std::string_view minutes = text.substr(middle + 2, last - middle - 2);
    const std::string_view change = text.substr(last + 2);
    const auto colon = head.find(": ");
    const std::string_view ids = head.substr(0, colon);
    if (colon != std::string_view::npos)
        t.technique = std::string(head.substr(colon + 2));
    const auto slash = ids.find('/');
    t.muscle = std::string(ids.substr(0, slash));
    if (slash != std::string_view::npos)
        t.triggerPoint = std::string(ids.substr(slash + 1));
    const auto m = minutes.ends_with(" min") ? number(minutes.substr(0, minutes.size() - 4), 4) : std::nullopt;
    if (!m) {
        why = "\"" + std::string(minutes.substr(0, 40)) + "\" is not a number of minutes like \"5 min\"";
        return std::nullopt;
    }
    t.minutes = *m;
    const auto arrow = change.find("->");
    auto side = [](std::string_view part, std::optional<int>& value) {
        if (part == "?")
            return true;
        value = number(part, 2);
        return value.has_value();
    };
    if (arrow == std::string_view::npos || !side(change.substr(0, arrow), t.before)
        || !side(change.substr(arrow + 2), t.after)) {
        why = "\"" + std::string(change.substr(0, 40)) + "\" is not a pain before and after like \"7->4\" or \"?->?\"";
        return std::nullopt;
    }
    return t;
}

/// One record of the file: its fields (no more than the reader was asked to keep), the line each starts on, and how
/// many it has in all.
struct Record {
    std::vector<std::string> fields;
    std::vector<std::size_t> lines;
    std::size_t count = 0;
};

/// RFC 4180, strictly: fields quoted or not, quotes doubled inside quotes, records ended by CRLF or LF.
class Reader final {
public:
    Reader(std::string_view text, const std::string& name)
        : text_(text)
        , name_(name)
    {
        if (text_.starts_with("\xEF\xBB\xBF")) // a byte order mark a spreadsheet may add
            text_.remove_prefix(3);
    }
    bool atEnd() const { return at_ >= text_.size(); }
    std::size_t line() const { return line_; }

    /// The next record, keeping its first `keep` fields: a row of millions of commas is counted, not held (it took
    /// gigabytes before it was refused).
    Record next(std::size_t keep)
    {
        Record record;
        for (;;) {
            std::string value = field();
            if (record.count++ < keep) {
                record.lines.push_back(line_);
                record.fields.push_back(std::move(value));
            }
            if (atEnd())
                return record;
            const char c = text_[at_];
            if (c == ',') {
                ++at_;
                continue;
            }
            if (c == '\n' || (c == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n')) {
                at_ += c == '\n' ? 1 : 2;
                ++line_;
                return record;
            }
            const std::size_t column = record.count - 1;
            const std::string name = column < kColumnCount ? std::string(kColumns[column]) : std::to_string(column + 1);
            throw ImportError(name_, "line " + std::to_string(line_) + ", column " + name,
                c == '\r' ? "a carriage return outside quotes that does not end the line"
                          : "text after the closing quote of a field",
                c == '\r' ? ImportError::Reason::CsvCarriageReturn : ImportError::Reason::CsvAfterQuote,
                {.line = line_, .value = name});
        }
    }

private:
    std::string field()
    {
        std::string value;
        if (atEnd() || text_[at_] != '"') {
            while (!atEnd() && text_[at_] != ',' && text_[at_] != '\n' && text_[at_] != '\r') {
                if (text_[at_] == '"')
                    throw ImportError(name_, "line " + std::to_string(line_),
                        "a double quote inside a field that does not start with one (quote the field and double it)",
                        ImportError::Reason::CsvStrayQuote, {.line = line_});
                value += text_[at_++];
            }
            return value;
        }
        const std::size_t started = line_;
        ++at_;
        for (;;) {
            if (atEnd())
                throw ImportError(name_, "line " + std::to_string(started),
                    "a quoted field that starts here never ends", ImportError::Reason::CsvOpenQuote, {.line = started});
            const char c = text_[at_++];
            if (c == '"') {
                if (!atEnd() && text_[at_] == '"') {
                    value += '"';
                    ++at_;
                    continue;
                }
                return value;
            }
            if (c == '\n')
                ++line_;
            value += c;
        }
    }

    std::string_view text_;
    const std::string& name_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
};

/// Whether a cell's text starts, after any apostrophes, with what a spreadsheet reads as a formula: = + - @, a tab or
/// a carriage return ("=HYPERLINK(...)" in a note's text would run when the export is opened in a spreadsheet).
bool looksLikeFormula(std::string_view text)
{
    const auto first = text.find_first_not_of('\'');
    return first != std::string_view::npos && std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

/// A cell of the export: such a text gets one apostrophe before it, which spreadsheets show as text, never run; the
/// import takes it off again (restoreCell), so the file still reads back exactly.
std::string cell(std::string_view text)
{
    return csvField(looksLikeFormula(text) ? "'" + std::string(text) : std::string(text));
}

/// The value of a cell written by cell().
void restoreCell(std::string& text)
{
    if (text.starts_with('\'') && looksLikeFormula(text))
        text.erase(0, 1);
}

/// A note being read, with where each of its parts came from (for the messages).
struct Read {
    Note note;
    Record first;
    std::vector<std::size_t> spotLines;
    std::size_t lastLine = 0;
};

/// A place in the file: a line and the header's name of a column ("" for the whole row).
struct Place {
    std::size_t line = 0;
    std::string column;
};

Place at(const Record& record, std::size_t column)
{
    return {record.lines[column], kColumns[column]};
}

/// A problem at `place`: its pointer is the place in English ("line 5, column region"), as tpmap prints it.
Problem problemAt(const Place& place, std::string message, Problem::Rule rule = Problem::Rule::Other,
    std::string value = {}, std::int64_t count = 0, std::int64_t limit = 0)
{
    Problem p("line " + std::to_string(place.line) + (place.column.empty() ? "" : ", column " + place.column),
        std::move(message), rule, std::move(value), count, limit);
    p.line = place.line;
    p.column = place.column;
    return p;
}

} // namespace

std::string csvRegionName(const CsvNames& names, const std::string& instance)
{
    const auto* cat = names.catalogue;
    const auto parsed = body::parseInstance(instance);
    const body::Region* region = cat && parsed ? cat->body().region(parsed->base) : nullptr;
    if (!region)
        return {};
    const std::string& description
        = cat->translated(names.language, catalogue::tkey::region(region->id), region->description);
    std::string name = description.substr(0, description.find(','));
    static const std::map<std::string, std::pair<std::string, std::string>, std::less<>> kSides {
        {"", {"left", "right"}}, {"de", {"links", "rechts"}}};
    const auto sides = kSides.find(names.language);
    const auto& [left, right] = sides == kSides.end() ? kSides.begin()->second : sides->second;
    if (parsed->side == body::Side::Left)
        name += " (" + left + ")";
    else if (parsed->side == body::Side::Right)
        name += " (" + right + ")";
    return name;
}

void writeCsvHeader(std::ostream& out)
{
    for (std::size_t i = 0; i < kColumnCount; ++i)
        out << (i ? "," : "") << kColumns[i];
    out << "\r\n";
}

void writeCsvNote(std::ostream& out, const Note& note, const CsvNames& names)
{
    const auto* cat = names.catalogue;
    std::vector<std::string> factorNames, treatments, treatmentNames;
    for (const auto& f : note.factors) {
        const auto* factor = cat ? cat->factor(f) : nullptr;
        factorNames.push_back(
            factor ? cat->translated(names.language, catalogue::tkey::factor(f, "name"), factor->name) : f);
    }
    for (const auto& t : note.treatments) {
        treatments.push_back(treatmentItem(t));
        const auto* muscle = cat ? cat->muscle(t.muscle) : nullptr;
        std::string name
            = muscle ? cat->translated(names.language, catalogue::tkey::muscleName(t.muscle), muscle->name) : t.muscle;
        if (const auto* point = cat && !t.triggerPoint.empty() ? cat->triggerPoint(t.triggerPoint) : nullptr)
            name += " / " + cat->translated(names.language, catalogue::tkey::text(point->name), point->name);
        treatmentNames.push_back(name);
    }
    std::vector<std::string> answers;
    for (const auto& a : note.answers)
        answers.push_back(a.question + "=" + std::string(replyName(a.reply)));
    const std::string head = cell(note.id) + "," + cell(note.when) + "," + cell(note.created) + "," + cell(note.updated)
        + "," + (note.intensity ? std::to_string(*note.intensity) : "");
    const std::string tail = cell(joinItems(note.tags)) + "," + cell(joinItems(note.factors)) + ","
        + cell(joinItems(factorNames)) + "," + cell(joinItems(treatments)) + "," + cell(joinItems(treatmentNames)) + ","
        + cell(note.text) + "," + cell(joinItems(answers));
    if (note.spots.empty())
        out << head << ",,,,," << tail << "\r\n";
    for (const auto& s : note.spots)
        out << head << "," << cell(s.region) << "," << cell(csvRegionName(names, s.region)) << "," << s.intensity << ","
            << qualityName(s.quality) << "," << tail << "\r\n";
}

std::size_t exportCsv(Journal& journal, std::ostream& out, const Range& range, const CsvNames& names)
{
    writeCsvHeader(out);
    std::size_t count = 0;
    journal.forEach(range, [&](const Note& note) {
        ++count;
        writeCsvNote(out, note, names);
    });
    return count;
}

std::vector<Note> parseCsv(
    std::string_view text, const std::string& name, const Vocabulary& vocabulary, std::size_t maxBytes)
{
    return parseCsvDocument(text, name, vocabulary, maxBytes).notes;
}

ExportDocument parseCsvDocument(
    std::string_view text, const std::string& name, const Vocabulary& vocabulary, std::size_t maxBytes)
{
    refuseOversizedImport(text.size(), name, maxBytes);
    std::size_t bad = 0;
    if (!isValidUtf8(text, &bad)) {
        const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
        throw ImportError(name, "line " + std::to_string(line),
            "not valid UTF-8 at byte " + std::to_string(bad)
                + " (a spreadsheet saves it as \"CSV UTF-8\"; another encoding cannot be read)",
            ImportError::Reason::NotUtf8, {.count = bad, .line = static_cast<std::size_t>(line)});
    }
    // Empty lines at the end (a spreadsheet or an editor may add them) are not rows.
    while (text.ends_with("\n\n") || text.ends_with("\r\n\r\n"))
        text.remove_suffix(text.ends_with("\r\n\r\n") ? 2 : 1);
    Reader reader(text, name);
    if (reader.atEnd())
        throw ImportError(
            name, "", "the file is empty (a Trigger Map CSV starts with its header row)", ImportError::Reason::Empty);
    // What a spreadsheet may have done to the file, said as such rather than as a wrong first column.
    {
        const std::string_view body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
        const std::string_view first = body.substr(0, body.find_first_of("\r\n"));
        if (first.starts_with("sep="))
            throw ImportError(name, "line 1",
                "the first line \"" + std::string(first.substr(0, 10))
                    + "\" is a spreadsheet's note, not the header: "
                      "delete that line and import again",
                ImportError::Reason::CsvSpreadsheetLine, {.line = 1, .value = std::string(first.substr(0, 10))});
        if (first.starts_with(kColumns[0]) && first.find(';') != std::string_view::npos
            && first.find(',') == std::string_view::npos)
            throw ImportError(name, "line 1",
                "the fields are separated by semicolons, not commas (a spreadsheet set to another language may save it "
                "so): save it again with commas as separators, or import the JSON export",
                ImportError::Reason::CsvSemicolons, {.line = 1});
    }
    const Record header = reader.next(kColumnCount + 1);
    std::string joined;
    for (const auto& f : header.fields)
        joined += (joined.empty() ? "" : ",") + f;
    if (joined == kVersion1Header)
        throw ImportError(name, "line 1",
            "this CSV was written by an older Trigger Map, whose CSV cannot be read back exactly; export it again, "
            "or import its JSON export",
            ImportError::Reason::CsvOlderFormat, {.line = 1});
    // The columns this file has: all of them, or all but the answers (a CSV written before they existed).
    const std::size_t columns
        = header.fields.size() == kColumnCountBeforeAnswers ? kColumnCountBeforeAnswers : kColumnCount;
    for (std::size_t i = 0; i < std::max(header.fields.size(), columns); ++i)
        if (i >= header.fields.size() || i >= columns || header.fields[i] != kColumns[i]) {
            ImportError::Facts facts {.count = i + 1, .line = 1};
            auto reason = ImportError::Reason::CsvWrongColumn;
            std::string what;
            if (i >= header.fields.size()) {
                reason = ImportError::Reason::CsvHeaderShort;
                facts.value = kColumns[i];
                what = "the header ends before the column \"" + facts.value + "\"";
            } else if (i >= columns) {
                reason = ImportError::Reason::CsvHeaderLong;
                facts.value = header.fields[i].substr(0, 40);
                what = "the header has a column too many: \"" + facts.value
                    + "\" (this is not a Trigger Map journal CSV)";
            } else {
                facts.value = header.fields[i].substr(0, 40);
                facts.detail = kColumns[i];
                what = "column " + std::to_string(i + 1) + " must be \"" + facts.detail + "\", not \"" + facts.value
                    + "\" (this is not a Trigger Map journal CSV)";
            }
            throw ImportError(name, "line 1", what, reason, std::move(facts));
        }

    std::vector<Problem> problems;
    auto problem = [&](const Place& where, std::string what, Problem::Rule rule = Problem::Rule::Other,
                       std::string value = {}, std::int64_t count = 0, std::int64_t limit = 0) {
        problems.push_back(problemAt(where, std::move(what), rule, std::move(value), count, limit));
    };
    std::vector<Read> notes;
    std::map<std::string, std::size_t, std::less<>> seen; // id -> index in notes
    while (!reader.atEnd() && problems.size() <= 100) {
        const std::size_t line = reader.line();
        Record r = reader.next(columns + 1);
        for (auto& field : r.fields)
            restoreCell(field);
        if (r.count != columns) {
            problem({line, ""},
                "the row has " + std::to_string(r.count) + " fields; the header has " + std::to_string(columns),
                Problem::Rule::FieldCount, {}, static_cast<std::int64_t>(r.count), static_cast<std::int64_t>(columns));
            continue;
        }
        const std::string& id = r.fields[NoteId];
        if (notes.empty() || notes.back().note.id != id) {
            if (const auto it = seen.find(id); it != seen.end()) {
                problem(at(r, NoteId),
                    "note " + id.substr(0, 40) + " already ended on line " + std::to_string(notes[it->second].lastLine)
                        + "; the rows of one note must follow each other",
                    Problem::Rule::RowsApart, id.substr(0, 40), static_cast<std::int64_t>(notes[it->second].lastLine));
                continue;
            }
            Read read;
            read.first = r;
            Note& n = read.note;
            n.id = id;
            n.when = r.fields[When];
            n.created = r.fields[CreatedAt];
            n.updated = r.fields[UpdatedAt];
            if (!r.fields[NoteIntensity].empty()) {
                n.intensity = number(r.fields[NoteIntensity], 2);
                if (!n.intensity)
                    problem(at(r, NoteIntensity),
                        "\"" + r.fields[NoteIntensity].substr(0, 40) + "\" is not a whole number 0-10 (or empty)",
                        Problem::Rule::NotANumber, r.fields[NoteIntensity].substr(0, 40), 0, 10);
            }
            n.text = r.fields[Text];
            auto list = [&](Column column, std::vector<std::string>& into) {
                if (auto items = splitItems(r.fields[column]))
                    into = std::move(*items);
                else
                    problem(at(r, column), "a backslash that escapes neither ';' nor '\\'", Problem::Rule::BadEscape);
            };
            list(Tags, n.tags);
            list(Factors, n.factors);
            std::vector<std::string> treatments;
            list(Treatments, treatments);
            for (std::size_t i = 0; i < treatments.size(); ++i) {
                std::string why;
                if (auto t = parseTreatment(treatments[i], why))
                    n.treatments.push_back(std::move(*t));
                else
                    problem(at(r, Treatments), "treatment " + std::to_string(i + 1) + ": " + why,
                        Problem::Rule::BadItem, {}, static_cast<std::int64_t>(i + 1));
            }
            std::vector<std::string> answers;
            if (columns > Answers)
                list(Answers, answers);
            for (std::size_t i = 0; i < answers.size(); ++i) {
                const auto eq = answers[i].rfind('=');
                const auto reply = eq == std::string::npos ? std::nullopt : parseReply(answers[i].substr(eq + 1));
                if (!reply)
                    problem(at(r, Answers),
                        "answer " + std::to_string(i + 1) + ": expected QUESTION=yes, QUESTION=no or QUESTION=unsure",
                        Problem::Rule::BadItem, {}, static_cast<std::int64_t>(i + 1));
                else
                    n.answers.push_back({answers[i].substr(0, eq), *reply});
            }
            seen.emplace(id, notes.size());
            notes.push_back(std::move(read));
        } else {
            for (const Column c : kNoteColumns)
                if (c < columns && r.fields[c] != notes.back().first.fields[c])
                    problem(at(r, c),
                        "differs from line " + std::to_string(notes.back().first.lines[c])
                            + ", the first row of the same note; a note's columns must be the same on each of its "
                              "rows",
                        Problem::Rule::RowDiffers, {}, static_cast<std::int64_t>(notes.back().first.lines[c]));
        }
        Read& read = notes.back();
        read.lastLine = line;
        const bool noSpot
            = r.fields[Region].empty() && r.fields[SpotIntensity].empty() && r.fields[QualityColumn].empty();
        if (noSpot) {
            if (read.first.lines[0] != line || !read.note.spots.empty())
                problem(at(r, Region),
                    "is empty on a second row of the same note (only a note without spots has "
                    "a row without a region)",
                    Problem::Rule::NoRegion);
            read.spotLines.push_back(0); // marks the row; removed below
            continue;
        }
        if (!read.spotLines.empty() && read.spotLines.front() == 0)
            problem(at(r, Region), "a note whose first row has no region cannot have spots on later rows",
                Problem::Rule::SpotAfterNone);
        Spot spot;
        spot.region = r.fields[Region];
        if (const auto v = number(r.fields[SpotIntensity], 2))
            spot.intensity = *v;
        else
            problem(at(r, SpotIntensity),
                "\"" + r.fields[SpotIntensity].substr(0, 40) + "\" is not a whole number 0-10",
                Problem::Rule::NotANumber, r.fields[SpotIntensity].substr(0, 40), 0, 10);
        if (const auto q = parseQuality(r.fields[QualityColumn]))
            spot.quality = *q;
        else
            problem(at(r, QualityColumn),
                "unknown quality \"" + r.fields[QualityColumn].substr(0, 40)
                    + "\" (aching, sharp, burning, throbbing, tingling, numb, stiff or empty)",
                Problem::Rule::NotOneOf, r.fields[QualityColumn].substr(0, 40));
        read.note.spots.push_back(std::move(spot));
        read.spotLines.push_back(line);
    }
    // Every note meets the rules of a saved one; a problem is shown at the row and column it comes from.
    for (auto& read : notes) {
        if (!problems.empty())
            break;
        std::erase(read.spotLines, std::size_t {0});
        for (const auto& p : validateNote(read.note, vocabulary, true)) {
            std::size_t index = 0;
            Place where = at(read.first, NoteId);
            static const std::pair<std::string_view, Column> kFields[] {{"/when", When}, {"/created_at", CreatedAt},
                {"/updated_at", UpdatedAt}, {"/intensity", NoteIntensity}, {"/text", Text}, {"/tags", Tags},
                {"/factors", Factors}, {"/treatments", Treatments}, {"/answers", Answers}};
            if (std::sscanf(p.pointer.c_str(), "/spots/%zu", &index) == 1 && index < read.spotLines.size()) {
                const std::string field = p.pointer.substr(p.pointer.rfind('/') + 1);
                where = {read.spotLines[index],
                    field == "intensity"     ? "spot_intensity"
                        : field == "quality" ? "quality"
                                             : "region"};
            } else {
                for (const auto& [prefix, column] : kFields)
                    if (p.pointer.starts_with(prefix))
                        where = at(read.first, column);
            }
            Problem placed = problemAt(where, p.message, p.rule, p.value, p.count, p.limit);
            problems.push_back(std::move(placed));
        }
    }
    if (!problems.empty())
        throwImportProblems(name, problems);
    ExportDocument result;
    result.notes.reserve(notes.size());
    for (auto& read : notes)
        result.notes.push_back(std::move(read.note));
    result.answersUnknown = columns == kColumnCountBeforeAnswers;
    return result;
}

} // namespace tmap::journal
