// journal/exchange.cpp: the JSON export/import document (notes and, since version 2, plans), and reading an import
// file of either format (JSON here, CSV in csv.cpp). Over 600 lines because one Checker reads the whole document;
// the seam is the Checker moving to an exchange_internal.h with the note and plan readers in files of their own.
#include "journal/exchange.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include "journal/note_rules.h"
#include "journal/salvage.h"
#include "journal/user_files.h"
#include "journal_internal.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace tmap::journal {

namespace {

constexpr int kMaxDepth = 32;

std::string pointerJoin(const std::string& base, std::string_view key)
{
    return base + "/" + std::string(key);
}

/// Finds the first key that appears twice in one object (nlohmann::json would keep the last silently; the format
/// refuses it, as it refuses unknown fields), with its JSON pointer: a SAX pass over a document already parsed. (A
/// parser callback did this while the document was built, and made the parse slow down with the square of the
/// number of objects: a 1 MB file of empty objects took 16 s.)
class DuplicateKeys final : public json::json_sax_t {
public:
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& name) override
    {
        if (stack_.empty())
            return true;
        auto& top = stack_.back();
        top.key = name;
        if (!top.keys.insert(name).second) {
            for (std::size_t i = 0; i + 1 < stack_.size(); ++i)
                duplicate_ += "/" + (stack_[i].array ? std::to_string(stack_[i].index) : stack_[i].key);
            duplicate_ += "/" + name;
            key_ = name;
            return false; // the first is the one to report: stop here
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const json::exception&) override { return false; }

    const std::string& pointer() const { return duplicate_; }
    const std::string& key() const { return key_; }

private:
    bool value()
    {
        if (!stack_.empty() && stack_.back().array)
            ++stack_.back().index;
        return true;
    }
    bool open(bool array)
    {
        value();
        stack_.push_back({array, -1, {}, {}});
        return true;
    }
    bool close()
    {
        if (!stack_.empty())
            stack_.pop_back();
        return true;
    }
    struct Frame {
        bool array;
        std::int64_t index;
        std::string key;
        std::set<std::string, std::less<>> keys;
    };
    std::vector<Frame> stack_;
    std::string duplicate_;
    std::string key_;
};

/// Collects the problems of a document; the error reports the first and counts the rest.
struct Checker {
    std::vector<Problem> problems;

    void add(std::string pointer, std::string message, Problem::Rule rule = Problem::Rule::Other,
        std::string value = {}, std::int64_t count = 0, std::int64_t limit = 0)
    {
        problems.emplace_back(std::move(pointer), std::move(message), rule, std::move(value), count, limit);
    }

    static ValueKind kindOf(const json& value)
    {
        switch (value.type()) {
        case json::value_t::null:
            return ValueKind::Null;
        case json::value_t::boolean:
            return ValueKind::Boolean;
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return ValueKind::WholeNumber;
        case json::value_t::number_float: {
            // 99999999999999999999999 is read as a floating-point number: say what it really is.
            const double d = value.get<double>();
            return std::isfinite(d) && d == std::floor(d) && std::abs(d) >= 9.2e18 ? ValueKind::HugeNumber
                                                                                   : ValueKind::Fraction;
        }
        case json::value_t::string:
            return ValueKind::Text;
        case json::value_t::array:
            return ValueKind::List;
        case json::value_t::object:
            return ValueKind::Object;
        default:
            return ValueKind::Other;
        }
    }

    static const char* kindName(ValueKind kind)
    {
        switch (kind) {
        case ValueKind::Null:
            return "null";
        case ValueKind::Boolean:
            return "a boolean";
        case ValueKind::WholeNumber:
            return "a whole number";
        case ValueKind::HugeNumber:
            return "a whole number too large to store";
        case ValueKind::Fraction:
            return "a number with a fraction";
        case ValueKind::Text:
            return "a string";
        case ValueKind::List:
            return "a list";
        case ValueKind::TextList:
            return "a list of strings";
        case ValueKind::Object:
            return "an object";
        case ValueKind::Other:
            break;
        }
        return "something else";
    }

    /// `value` is of the kind asked for (a whole number, a string, a list or an object; TextList: a list).
    bool expect(const json& value, ValueKind asked, const std::string& pointer)
    {
        const ValueKind found = kindOf(value);
        const bool ok = found == asked || (asked == ValueKind::TextList && found == ValueKind::List);
        if (!ok)
            add(pointer, std::string("must be ") + kindName(asked) + ", not " + kindName(found),
                Problem::Rule::WrongType, {}, static_cast<std::int64_t>(found), static_cast<std::int64_t>(asked));
        return ok;
    }

    void missing(const std::string& pointer) { add(pointer, "is missing", Problem::Rule::Missing); }

    /// Only the named keys may appear.
    void onlyKeys(const json& object, std::initializer_list<const char*> keys, const std::string& pointer)
    {
        for (const auto& [key, value] : object.items()) {
            bool known = false;
            for (const char* k : keys)
                known = known || key == k;
            if (!known)
                add(pointerJoin(pointer, key), "unknown field \"" + key.substr(0, 60) + "\"",
                    Problem::Rule::UnknownField, key.substr(0, 60));
        }
    }

    std::string string(const json& object, const char* key, const std::string& pointer, bool required)
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                missing(pointerJoin(pointer, key));
            return {};
        }
        if (!expect(*it, ValueKind::Text, pointerJoin(pointer, key)))
            return {};
        return it->get<std::string>();
    }

    /// A whole number in [min, max]; `fallback` when absent or wrong.
    int integer(const json& value, const std::string& pointer, int min, int max)
    {
        if (!expect(value, ValueKind::WholeNumber, pointer))
            return min;
        const auto v = value.is_number_unsigned() ? static_cast<long double>(value.get<std::uint64_t>())
                                                  : static_cast<long double>(value.get<std::int64_t>());
        if (v < min || v > max) {
            // The value as a figure for the front ends, held at the int64 range (the words have it as written).
            constexpr auto kMost = static_cast<long double>(std::numeric_limits<std::int64_t>::max());
            const auto shown = static_cast<std::int64_t>(std::clamp(v, -kMost, kMost));
            add(pointer,
                "value " + value.dump() + " is out of range " + std::to_string(min) + "-" + std::to_string(max),
                Problem::Rule::OutOfRange, {}, shown, max);
            return min;
        }
        return static_cast<int>(v);
    }

    std::optional<int> optionalInteger(
        const json& object, const char* key, const std::string& pointer, int min, int max)
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return std::nullopt;
        return integer(*it, pointerJoin(pointer, key), min, max);
    }

    std::vector<std::string> strings(const json& object, const char* key, const std::string& pointer)
    {
        std::vector<std::string> list;
        const auto it = object.find(key);
        if (it == object.end())
            return list;
        const std::string at = pointerJoin(pointer, key);
        if (!expect(*it, ValueKind::TextList, at))
            return list;
        for (std::size_t i = 0; i < it->size(); ++i)
            if (expect((*it)[i], ValueKind::Text, at + "/" + std::to_string(i)))
                list.push_back((*it)[i].get<std::string>());
        return list;
    }
};

Note readNote(Checker& c, const json& n, const std::string& at)
{
    Note note;
    if (!c.expect(n, ValueKind::Object, at))
        return note;
    c.onlyKeys(n,
        {"id", "when", "created_at", "updated_at", "intensity", "text", "spots", "tags", "factors", "treatments",
            "answers"},
        at);
    note.id = c.string(n, "id", at, true);
    note.when = c.string(n, "when", at, true);
    note.created = c.string(n, "created_at", at, false);
    note.updated = c.string(n, "updated_at", at, false);
    note.intensity = c.optionalInteger(n, "intensity", at, 0, 10);
    note.text = c.string(n, "text", at, false);
    note.tags = c.strings(n, "tags", at);
    note.factors = c.strings(n, "factors", at);
    if (const auto spots = n.find("spots"); spots != n.end() && c.expect(*spots, ValueKind::List, at + "/spots")) {
        for (std::size_t i = 0; i < spots->size() && i < kMaxSpots; ++i) {
            const std::string sat = at + "/spots/" + std::to_string(i);
            const json& s = (*spots)[i];
            if (!c.expect(s, ValueKind::Object, sat))
                continue;
            c.onlyKeys(s, {"region", "intensity", "quality"}, sat);
            Spot spot;
            spot.region = c.string(s, "region", sat, true);
            if (const auto it = s.find("intensity"); it == s.end())
                c.missing(sat + "/intensity");
            else
                spot.intensity = c.integer(*it, sat + "/intensity", 0, 10);
            const std::string quality = c.string(s, "quality", sat, false);
            if (const auto q = parseQuality(quality))
                spot.quality = *q;
            else
                c.add(sat + "/quality",
                    "unknown quality \"" + quality.substr(0, 40)
                        + "\" (aching, sharp, burning, throbbing, tingling, numb, stiff or \"\")",
                    Problem::Rule::NotOneOf, quality.substr(0, 40));
            note.spots.push_back(std::move(spot));
        }
        if (spots->size() > kMaxSpots)
            c.problems.push_back(detail::tooMany(at + "/spots", "spots", spots->size(), kMaxSpots));
    }
    if (const auto list = n.find("treatments");
        list != n.end() && c.expect(*list, ValueKind::List, at + "/treatments")) {
        for (std::size_t i = 0; i < list->size() && i < kMaxTreatments; ++i) {
            const std::string tat = at + "/treatments/" + std::to_string(i);
            const json& t = (*list)[i];
            if (!c.expect(t, ValueKind::Object, tat))
                continue;
            c.onlyKeys(t, {"muscle", "trigger_point", "technique", "minutes", "before", "after"}, tat);
            Treatment treatment;
            treatment.muscle = c.string(t, "muscle", tat, true);
            if (const auto it = t.find("trigger_point"); it != t.end() && !it->is_null())
                treatment.triggerPoint = c.string(t, "trigger_point", tat, false);
            treatment.technique = c.string(t, "technique", tat, false);
            treatment.minutes = c.optionalInteger(t, "minutes", tat, 0, kMaxMinutes).value_or(0);
            treatment.before = c.optionalInteger(t, "before", tat, 0, 10);
            treatment.after = c.optionalInteger(t, "after", tat, 0, 10);
            note.treatments.push_back(std::move(treatment));
        }
        if (list->size() > kMaxTreatments)
            c.problems.push_back(detail::tooMany(at + "/treatments", "treatments", list->size(), kMaxTreatments));
    }
    if (const auto list = n.find("answers"); list != n.end() && c.expect(*list, ValueKind::List, at + "/answers")) {
        for (std::size_t i = 0; i < list->size() && i < kMaxAnswers; ++i) {
            const std::string aat = at + "/answers/" + std::to_string(i);
            const json& a = (*list)[i];
            if (!c.expect(a, ValueKind::Object, aat))
                continue;
            c.onlyKeys(a, {"question", "reply"}, aat);
            Answer answer;
            answer.question = c.string(a, "question", aat, true);
            const std::string reply = c.string(a, "reply", aat, true);
            if (const auto r = parseReply(reply))
                answer.reply = *r;
            else if (a.contains("reply"))
                c.add(aat + "/reply", "unknown reply \"" + reply.substr(0, 40) + "\" (yes, no or unsure)",
                    Problem::Rule::NotOneOf, reply.substr(0, 40));
            note.answers.push_back(std::move(answer));
        }
        if (list->size() > kMaxAnswers)
            c.problems.push_back(detail::tooMany(at + "/answers", "answers", list->size(), kMaxAnswers));
    }
    return note;
}

Plan readPlan(Checker& c, const json& p, const std::string& at)
{
    Plan plan;
    if (!c.expect(p, ValueKind::Object, at))
        return plan;
    c.onlyKeys(p, {"id", "name", "created_at", "updated_at", "steps"}, at);
    plan.id = c.string(p, "id", at, true);
    plan.name = c.string(p, "name", at, true);
    for (const char* key : {"created_at", "updated_at"}) {
        const std::string time = c.string(p, key, at, false);
        if (!time.empty() && !parseTimestamp(time))
            c.problems.push_back(detail::notATime(pointerJoin(at, key), time));
        (std::string_view(key) == "created_at" ? plan.created : plan.updated) = time;
    }
    const auto steps = p.find("steps");
    if (steps == p.end()) {
        c.missing(at + "/steps");
    } else if (c.expect(*steps, ValueKind::List, at + "/steps")) {
        for (std::size_t i = 0; i < steps->size() && i <= kMaxPlanSteps; ++i) {
            const std::string sat = at + "/steps/" + std::to_string(i);
            const json& s = (*steps)[i];
            if (!c.expect(s, ValueKind::Object, sat))
                continue;
            c.onlyKeys(s, {"muscle", "trigger_point", "side", "technique"}, sat);
            PlanStep step;
            step.muscle = c.string(s, "muscle", sat, true);
            if (const auto it = s.find("trigger_point"); it != s.end() && !it->is_null())
                step.triggerPoint = c.string(s, "trigger_point", sat, false);
            if (const auto it = s.find("side"); it != s.end() && !it->is_null()) {
                const std::string side = c.string(s, "side", sat, false);
                if (const auto parsed = body::parseSide(side))
                    step.side = *parsed;
                else
                    c.add(sat + "/side", "unknown side \"" + side.substr(0, 40) + "\" (left, right or null)",
                        Problem::Rule::NotOneOf, side.substr(0, 40));
            }
            step.technique = c.string(s, "technique", sat, false);
            plan.steps.push_back(std::move(step));
        }
    }
    return plan;
}

/// Deepest nesting of arrays and objects, without recursion (so a hostile file cannot exhaust the stack).
int nestingDepth(std::string_view text)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

/// The line and column (from 1; a column counts bytes) of `byte` in `text`, in `facts` and in English.
std::string lineAndColumn(std::string_view text, std::size_t byte, ImportError::Facts& facts)
{
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    facts.line = line;
    facts.column = column;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

ImportError::ImportError(std::string file, std::string pointer, std::string problem, Reason reason, Facts facts,
    std::vector<Problem> problems)
    : std::runtime_error(file + (pointer.empty() ? "" : ": at " + describe(pointer)) + ": " + problem)
    , file_(std::move(file))
    , pointer_(std::move(pointer))
    , problem_(std::move(problem))
    , reason_(reason)
    , facts_(std::move(facts))
    , problems_(std::move(problems))
{
}

std::string ImportError::describe(const std::string& pointer)
{
    if (!pointer.starts_with('/'))
        return pointer;
    return inWords(pointer) + " (" + pointer + ")"; // the pointer too, for whoever mends the file by hand
}

std::string ImportError::inWords(const std::string& pointer)
{
    if (!pointer.starts_with('/'))
        return pointer;
    // Lists by their items, counted from 1; other keys as they are (RFC 6901 escapes undone).
    static const std::pair<std::string_view, std::string_view> kItems[] {{"notes", "note"}, {"spots", "spot"},
        {"treatments", "treatment"}, {"answers", "answer"}, {"tags", "tag"}, {"factors", "factor"}, {"plans", "plan"},
        {"steps", "step"}};
    std::vector<std::string> parts;
    std::string_view rest(pointer);
    std::string list;
    while (!rest.empty()) {
        rest.remove_prefix(1);
        const auto slash = rest.find('/');
        std::string key(rest.substr(0, slash));
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
        for (std::size_t at; (at = key.find("~1")) != std::string::npos;)
            key.replace(at, 2, "/");
        for (std::size_t at; (at = key.find("~0")) != std::string::npos;)
            key.replace(at, 2, "~");
        const bool index = !key.empty() && key.size() < 10
            && std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (index && !list.empty()) {
            std::string item = list;
            for (const auto& [plural, singular] : kItems)
                if (list == plural)
                    item = singular;
            parts.back() = item + " " + std::to_string(std::stoul(key) + 1);
            list.clear();
            continue;
        }
        parts.push_back(key.empty() ? "\"\"" : key);
        list = key;
    }
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : ", ") + part;
    return out;
}

void throwImportProblems(const std::string& file, const std::vector<Problem>& problems)
{
    constexpr std::size_t kShown = 5;
    std::string problem = problems.front().message;
    for (std::size_t i = 1; i < problems.size() && i < kShown; ++i)
        problem += "\n- at " + ImportError::describe(problems[i].pointer) + ": " + problems[i].message;
    // The checks stop after about a hundred problems: past that the count is not the file's.
    if (problems.size() > 100)
        problem += "\n(and more: the check stopped after " + std::to_string(problems.size()) + " problems)";
    else if (problems.size() > kShown)
        problem += "\n(and " + std::to_string(problems.size() - kShown) + " more)";
    throw ImportError(file, problems.front().pointer, problem, ImportError::Reason::Problems, {}, problems);
}

json noteToJson(const Note& note)
{
    json spots = json::array();
    for (const auto& s : note.spots)
        spots.push_back({{"region", s.region}, {"intensity", s.intensity}, {"quality", qualityName(s.quality)}});
    json treatments = json::array();
    for (const auto& t : note.treatments)
        treatments.push_back({{"muscle", t.muscle},
            {"trigger_point", t.triggerPoint.empty() ? json(nullptr) : json(t.triggerPoint)},
            {"technique", t.technique}, {"minutes", t.minutes}, {"before", t.before ? json(*t.before) : json(nullptr)},
            {"after", t.after ? json(*t.after) : json(nullptr)}});
    json out = {{"id", note.id}, {"when", note.when}, {"created_at", note.created}, {"updated_at", note.updated},
        {"intensity", note.intensity ? json(*note.intensity) : json(nullptr)}, {"text", note.text}, {"spots", spots},
        {"tags", note.tags}, {"factors", note.factors}, {"treatments", treatments}};
    // Only a note that has answers carries the list (version 3), so a note without stays as version 2 wrote it.
    if (!note.answers.empty()) {
        json answers = json::array();
        for (const auto& a : note.answers)
            answers.push_back({{"question", a.question}, {"reply", replyName(a.reply)}});
        out["answers"] = answers;
    }
    return out;
}

json planToJson(const Plan& plan)
{
    json steps = json::array();
    for (const auto& s : plan.steps)
        steps.push_back(
            {{"muscle", s.muscle}, {"trigger_point", s.triggerPoint.empty() ? json(nullptr) : json(s.triggerPoint)},
                {"side", s.side == body::Side::None ? json(nullptr) : json(std::string(body::sideName(s.side)))},
                {"technique", s.technique}});
    return {{"id", plan.id}, {"name", plan.name}, {"created_at", plan.created}, {"updated_at", plan.updated},
        {"steps", steps}};
}

std::size_t exportJson(Journal& journal, std::ostream& out, const Range& range)
{
    // Streamed note by note: an export of years of notes never sits in memory as one document.
    out << "{\"format\": " << json(kExportFormat).dump() << ", \"version\": " << kExportVersion
        << ", \"exported_at\": " << json(nowUtc()).dump() << ", \"notes\": [";
    std::size_t count = 0;
    journal.forEach(range, [&](const Note& note) {
        out << (count++ ? ",\n  " : "\n  ") << noteToJson(note).dump(-1, ' ', false, json::error_handler_t::strict);
    });
    // The plans are not notes of a day: every plan goes with every export, whatever its range.
    out << (count ? "\n]" : "]") << ", \"plans\": [";
    std::size_t plans = 0;
    for (const auto& plan : journal.plans())
        out << (plans++ ? ",\n  " : "\n  ") << planToJson(plan).dump(-1, ' ', false, json::error_handler_t::strict);
    out << (plans ? "\n]}\n" : "]}\n");
    return count;
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::size_t exportToFile(Journal& journal, const std::string& path, Format format, const Range& range,
    const CsvNames& names, Existing existing)
{
    std::size_t count = 0;
    writeStreamAtomically(
        path,
        [&](std::ostream& out) {
            count = format == Format::Json ? exportJson(journal, out, range) : exportCsv(journal, out, range, names);
        },
        journal.path(), existing);
    return count;
}

void refuseOversizedImport(std::uintmax_t bytes, const std::string& name, std::size_t maxBytes)
{
    if (bytes > maxBytes)
        throw ImportError(name, "",
            "the file is " + std::to_string(bytes) + " bytes, larger than the limit of " + std::to_string(maxBytes)
                + " bytes",
            ImportError::Reason::TooLarge, {.count = bytes, .limit = maxBytes});
}

std::vector<Note> parseExport(
    std::string_view text, const std::string& name, const Vocabulary& vocabulary, std::size_t maxBytes)
{
    return parseExportDocument(text, name, vocabulary, maxBytes).notes;
}

ExportDocument parseExportDocument(
    std::string_view text, const std::string& name, const Vocabulary& vocabulary, std::size_t maxBytes)
{
    refuseOversizedImport(text.size(), name, maxBytes);
    std::size_t bad = 0;
    if (!isValidUtf8(text, &bad)) {
        ImportError::Facts facts {.count = bad};
        const std::string place = lineAndColumn(text, bad, facts);
        throw ImportError(name, "",
            "not valid UTF-8 at byte " + std::to_string(bad) + " (" + place
                + "; a Trigger Map export is UTF-8: another encoding cannot be read)",
            ImportError::Reason::NotUtf8, std::move(facts));
    }
    if (nestingDepth(text) > kMaxDepth)
        throw ImportError(name, "", "lists and objects are nested more than " + std::to_string(kMaxDepth) + " deep",
            ImportError::Reason::TooDeep, {.limit = kMaxDepth});
    json doc;
    DuplicateKeys duplicates;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        // The library's words without its exception name and its second copy of the place ("[json.exception.
        // parse_error.101] parse error at line 1, column 2: syntax error ..."): the place is given once, above.
        std::string what = e.what();
        if (const auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        if (what.rfind("parse error", 0) == 0)
            if (const auto colon = what.find(": "); colon != std::string::npos)
                what = what.substr(colon + 2);
        // Its "last read: '...'" repeats the file up to the fault, a whole note's text in a cut-off export (4 KB of
        // the user's own words on the terminal): a short end of it is enough to find the place.
        constexpr std::size_t kShown = 40;
        if (const auto read = what.find("; last read: '"); read != std::string::npos) {
            const std::size_t from = read + 14;
            const std::size_t end = what.rfind('\'') > from ? what.rfind('\'') : what.size();
            if (end - from > kShown) {
                std::size_t cut = end - kShown;
                while (cut < end && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) // not inside a character
                    ++cut;
                what = what.substr(0, from) + "..." + what.substr(cut);
            }
        }
        ImportError::Facts facts {.count = e.byte, .detail = what};
        const std::string place = lineAndColumn(text, e.byte ? e.byte - 1 : 0, facts);
        throw ImportError(name, "", "not valid JSON at byte " + std::to_string(e.byte) + " (" + place + "): " + what,
            ImportError::Reason::NotJson, std::move(facts));
    } catch (const json::exception& e) { // e.g. a number too large for any type (found by fuzz_journal_import)
        std::string what = e.what();
        if (const auto colon = what.find("] "); colon != std::string::npos)
            what = what.substr(colon + 2);
        throw ImportError(name, "", "not valid JSON: " + what, ImportError::Reason::NotJson, {.detail = what});
    }
    json::sax_parse(text, &duplicates); // valid JSON by now: only a duplicate key stops it
    if (!duplicates.pointer().empty())
        throw ImportError(name, duplicates.pointer(),
            "the field \"" + duplicates.key().substr(0, 60) + "\" appears twice in the same object",
            ImportError::Reason::DuplicateKey, {.value = duplicates.key().substr(0, 60)});
    Checker c;
    if (!doc.is_object())
        throw ImportError(name, "",
            std::string("the document must be an object, not ") + Checker::kindName(Checker::kindOf(doc)),
            ImportError::Reason::NotAnObject, {.count = static_cast<std::uint64_t>(Checker::kindOf(doc))});
    // Another program's JSON: say that, not each of its fields this format does not know. Trigger Map's own body-map
    // export is named as such ("it has no format trigger-map-journal" when it plainly had a format).
    if (const auto format = doc.find("format"); format != doc.end() && *format == "trigger-map-body-map")
        throw ImportError(name, "/format",
            "this is a body-map export (for a clinician's body charts), which cannot be imported; choose a file "
            "written by Export as JSON or CSV",
            ImportError::Reason::BodyMapExport);
    if (const auto format = doc.find("format"); format == doc.end() || *format != kExportFormat)
        throw ImportError(name, "/format",
            std::string("this is not a Trigger Map journal export (it has no \"format\": \"") + kExportFormat
                + "\"); choose a file written by Export (JSON or CSV)",
            ImportError::Reason::NotAnExport);
    c.onlyKeys(doc, {"format", "version", "exported_at", "notes", "plans"}, "");
    if (const auto v = doc.find("version"); v == doc.end()) {
        c.missing("/version");
    } else if (c.expect(*v, ValueKind::WholeNumber, "/version")) {
        // 0 is read as an unsigned number: checked by value, not only when negative ("version": 0 was accepted).
        if (v->is_number_unsigned() ? v->get<std::uint64_t>() < 1 : v->get<std::int64_t>() < 1)
            c.add("/version", "must be 1 or more", Problem::Rule::TooSmall, {}, v->get<std::int64_t>(), 1);
        else if (v->get<std::uint64_t>() > static_cast<std::uint64_t>(kExportVersion))
            c.add("/version",
                "version " + v->dump() + " was written by a newer Trigger Map; this one reads version "
                    + std::to_string(kExportVersion),
                Problem::Rule::NewerVersion, {},
                static_cast<std::int64_t>(std::min<std::uint64_t>(v->get<std::uint64_t>(), INT64_MAX)), kExportVersion);
        else if (v->get<std::uint64_t>() < 2 && doc.contains("plans"))
            c.add("/plans", "a version-1 document has no plans (plans came with version 2)", Problem::Rule::TooEarly,
                {}, 1, 2);
    }
    if (const std::string at = c.string(doc, "exported_at", "", false); !at.empty() && !parseTimestamp(at))
        c.problems.push_back(detail::notATime("/exported_at", at));
    std::vector<Note> notes;
    const auto list = doc.find("notes");
    if (list == doc.end())
        c.missing("/notes");
    else if (c.expect(*list, ValueKind::List, "/notes"))
        notes.reserve(list->size());
    // The notes and the plans are checked apart, so that one import lists the problems of both.
    const bool documentOk = c.problems.empty();
    if (documentOk) {
        std::map<std::string, std::size_t, std::less<>> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = "/notes/" + std::to_string(i);
            const std::size_t before = c.problems.size();
            Note note = readNote(c, (*list)[i], at);
            if (c.problems.size() == before) {
                for (auto& p : validateNote(note, vocabulary, true)) {
                    p.pointer = at + p.pointer;
                    c.problems.push_back(std::move(p));
                }
            }
            if (c.problems.size() == before && !seen.emplace(note.id, i).second)
                c.add(at + "/id", "id " + note.id + " is also used by /notes/" + std::to_string(seen[note.id]),
                    Problem::Rule::Twice, note.id);
            if (c.problems.size() > 100)
                break;
            notes.push_back(std::move(note));
        }
    }
    std::vector<Plan> plans;
    const auto planList = doc.find("plans");
    if (documentOk && planList != doc.end() && c.expect(*planList, ValueKind::List, "/plans")) {
        if (planList->size() > kMaxPlans)
            c.problems.push_back(detail::tooMany("/plans", "plans", planList->size(), kMaxPlans));
        std::map<std::string, std::size_t, std::less<>> ids, names;
        for (std::size_t i = 0; i < planList->size() && planList->size() <= kMaxPlans && c.problems.size() <= 100;
             ++i) {
            const std::string at = "/plans/" + std::to_string(i);
            const std::size_t before = c.problems.size();
            Plan plan = readPlan(c, (*planList)[i], at);
            if (c.problems.size() != before)
                continue;
            for (auto& p : validatePlan(plan, vocabulary, true)) {
                p.pointer = at + p.pointer;
                c.problems.push_back(std::move(p));
            }
            if (c.problems.size() != before)
                continue;
            const std::string key = planNameKey(plan.name); // "Übungen" and "übungen" are one name, as in savePlan
            if (!ids.emplace(plan.id, i).second)
                c.add(at + "/id", "id " + plan.id + " is also used by /plans/" + std::to_string(ids[plan.id]),
                    Problem::Rule::Twice, plan.id);
            else if (!names.emplace(key, i).second)
                c.add(at + "/name",
                    "the name \"" + plan.name + "\" is also used by /plans/" + std::to_string(names[key]),
                    Problem::Rule::Twice, plan.name);
            plans.push_back(std::move(plan));
        }
    }
    if (!c.problems.empty())
        throwImportProblems(name, c.problems);
    ExportDocument result {std::move(notes), std::move(plans)};
    // Answers came with version 3; a version 3 note without them has none, an older document cannot say.
    result.answersUnknown = doc.at("version").get<std::uint64_t>() < 3;
    return result;
}

namespace {

std::string readImportFile(const std::string& path, std::size_t maxBytes)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw ImportError(path, "", "is a folder, not a file", ImportError::Reason::IsFolder);
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw ImportError(path, "", "cannot read the file: " + ec.message(), ImportError::Reason::CannotRead,
            {.detail = ec.message()});
    refuseOversizedImport(size, path, maxBytes);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImportError(path, "", std::string("cannot read the file: ") + std::strerror(errno),
            ImportError::Reason::CannotRead, {.detail = std::strerror(errno)});
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size)
        throw ImportError(path, "", "cannot read the whole file", ImportError::Reason::CannotRead);
    // Two files people pick by mistake, called what they are (they would read as a CSV without its header row).
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ImportError(
            path, "", "the file is empty; choose a file written by Export (JSON or CSV)", ImportError::Reason::Empty);
    if (text.starts_with(std::string_view("SQLite format 3\0", 16)))
        throw ImportError(path, "",
            "this is a database (a pain journal or one of its backups), not a JSON export; nothing was imported - "
            "import it as a journal (importFile, the app's Import, tpmap notes import)",
            ImportError::Reason::IsDatabase);
    return text;
}

bool looksLikeJson(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    const auto first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

} // namespace

std::vector<Note> parseImport(
    std::string_view text, const std::string& name, const Vocabulary& vocabulary, std::size_t maxBytes)
{
    return looksLikeJson(text) ? parseExport(text, name, vocabulary, maxBytes)
                               : parseCsv(text, name, vocabulary, maxBytes);
}

void refuseJournalAsImport(const Journal& journal, const std::string& path)
{
    refuseJournalAsImport(journal.path(), path);
}

void refuseJournalAsImport(const std::string& journalPath, const std::string& path)
{
    if (isJournalOrWorkingFile(path, journalPath))
        throw ImportError(path, "",
            "this is the pain journal itself (or one of its working files), not an export; nothing was imported - "
            "choose a file written by Export (JSON or CSV)",
            ImportError::Reason::IsJournalItself);
}

SaveAllResult importJson(Journal& journal, const std::string& path, const ImportOptions& options)
{
    refuseJournalAsImport(journal, path);
    const auto doc
        = parseExportDocument(readImportFile(path, options.maxBytes), path, options.vocabulary, options.maxBytes);
    return journal.saveAll(doc.notes, doc.plans, options.onDuplicate, doc.answersUnknown);
}

ExportDocument readImport(const std::string& path, const ImportOptions& options)
{
    // A pipe or a device is never read: reading a pipe nobody writes to waited for ever. An import reads a file
    // that was saved, whole ("-" is no file here, though an export may write to standard output).
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (path == "-" && !fs::exists(status))
        throw ImportError(path, "", "an import reads a saved file, not standard input; save the export to a file first",
            ImportError::Reason::CannotRead);
    if (fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status))
        throw ImportError(path, "",
            "is not a plain file (a pipe or a device); an import reads a saved file: save it to a file first",
            ImportError::Reason::CannotRead);
    // Another journal, one of the backups, a damaged journal moved aside: its notes as far as they can be read.
    if (looksLikeDatabase(path))
        return readJournalFile(path, options.vocabulary);
    const std::string text = readImportFile(path, options.maxBytes);
    // A JSON export carries the plans too (version 2); a CSV holds notes only.
    if (looksLikeJson(text))
        return parseExportDocument(text, path, options.vocabulary, options.maxBytes);
    return parseCsvDocument(text, path, options.vocabulary, options.maxBytes);
}

SaveAllResult importFile(Journal& journal, const std::string& path, const ImportOptions& options)
{
    refuseJournalAsImport(journal, path);
    return saveImport(journal, readImport(path, options), options.onDuplicate);
}

SaveAllResult saveImport(Journal& journal, const ExportDocument& doc, OnDuplicate onDuplicate)
{
    auto result = journal.saveAll(doc.notes, doc.plans, onDuplicate, doc.answersUnknown);
    result.unusable = doc.unusable;
    result.damagedParts = doc.damagedParts;
    result.incomplete = doc.incomplete;
    const auto ahead = notesAhead(doc.notes, static_cast<std::int64_t>(std::time(nullptr)));
    result.ahead = ahead.count;
    result.latestAhead = ahead.latest;
    return result;
}

} // namespace tmap::journal
