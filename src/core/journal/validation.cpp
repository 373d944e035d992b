// journal/validation.cpp owns the rules a note must meet before it is saved or imported (validateNote, UTF-8).
#include "journal/journal.h"

#include <cctype>
#include <filesystem>
#include <set>

#include "body/body_map.h"
#include "catalogue/catalogue.h"
#include "journal/note_rules.h"
#include "journal/uuid.h"

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

std::size_t detail::codePoints(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

std::string detail::headOf(std::string_view text, std::size_t bytes)
{
    if (text.size() <= bytes)
        return std::string(text);
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
        --bytes;
    return std::string(text.substr(0, bytes));
}

bool detail::hasControl(std::string_view text, bool allowNewlines)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u == 0x7F || (u < 0x20 && !(allowNewlines && (u == '\n' || u == '\r' || u == '\t'))))
            return true;
        // U+0080-U+009F (UTF-8 C2 80 - C2 9F), the C1 controls: invisible, or a box, wherever they are shown; a
        // text read in the wrong encoding (Windows-1252 quotes taken as Latin-1) is full of them.
        if (u == 0xC2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F)
                return true;
        }
    }
    return false;
}

namespace {

/// "upper-trapezius", "long-sitting", "scalenes-1": lower-case words joined by '-', '_' or '.'.
bool isIdLike(std::string_view text)
{
    if (text.empty() || text.size() > 100)
        return false;
    for (const char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return false;
    return std::isalnum(static_cast<unsigned char>(text.front())) != 0;
}

/// "head.temple:right" / "chest.sternum" in form only (the body's parser, without its vocabulary).
bool isRegionLike(std::string_view text)
{
    return body::isCanonicalInstance(text) && isIdLike(text.substr(0, text.find(':')));
}

void checkString(std::vector<Problem>& problems, const std::string& pointer, std::string_view text,
    std::size_t maxChars, bool allowNewlines)
{
    std::size_t bad = 0;
    if (!isValidUtf8(text, &bad))
        problems.push_back({pointer, "not valid UTF-8 (byte " + std::to_string(bad) + ")", Problem::Rule::NotUtf8});
    else if (codePoints(text) > maxChars)
        problems.push_back({pointer,
            "too long: " + std::to_string(codePoints(text)) + " characters, at most " + std::to_string(maxChars),
            Problem::Rule::TooLong, {}, static_cast<std::int64_t>(codePoints(text)),
            static_cast<std::int64_t>(maxChars)});
    else if (hasControl(text, allowNewlines))
        problems.push_back({pointer, "contains a control character", Problem::Rule::ControlCharacter});
}

} // namespace

Problem detail::notATime(const std::string& pointer, const std::string& text, bool withOffset)
{
    const std::string shown = text.substr(0, 60);
    return {pointer,
        "\"" + shown + "\" is not a time "
            + (withOffset ? "with UTC offset like 2026-11-25T08:30:00+01:00" : "like 2026-11-25T07:30:00Z"),
        Problem::Rule::NotATime, shown, 0, withOffset ? 1 : 0};
}

Problem detail::tooMany(const std::string& pointer, std::string_view what, std::size_t count, std::size_t limit)
{
    return {pointer,
        "too many " + std::string(what) + ": " + std::to_string(count) + ", at most " + std::to_string(limit),
        Problem::Rule::TooMany, {}, static_cast<std::int64_t>(count), static_cast<std::int64_t>(limit)};
}

namespace {

void checkIntensity(std::vector<Problem>& problems, const std::string& pointer, int value)
{
    if (value < 0 || value > 10)
        problems.push_back({pointer, "intensity " + std::to_string(value) + " is out of range 0-10",
            Problem::Rule::OutOfRange, {}, value, 10});
}

} // namespace

InvalidNote::InvalidNote(std::vector<Problem> problems)
    : std::invalid_argument(problems.empty()
            ? std::string("invalid note")
            : (problems.front().pointer.empty() ? "" : problems.front().pointer + ": ") + problems.front().message)
    , problems_(std::move(problems))
{
}

bool isValidUtf8(std::string_view text, std::size_t* where)
{
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto fail = [&] {
        if (where)
            *where = i;
        return false;
    };
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
        } else {
            return fail();
        }
        if (i + length > n)
            return fail();
        for (std::size_t k = 1; k < length; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return fail();
            code = (code << 6) | (cc & 0x3F);
        }
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return fail();
        i += length;
    }
    return true;
}

namespace {

/// What is wrong with a question id ("press:TRIGGER-POINT:SIDE", "region:INSTANCE", "symptom:ID"), if anything:
/// the shape always, the ids against the body map and the catalogue when there are.
std::optional<std::string> questionProblem(
    const std::string& question, const body::BodyMap* body, const catalogue::Catalogue* cat)
{
    const auto parts = match::splitQuestionId(question);
    if (question.size() > kMaxShortChars || !parts)
        return "is not a question id (press:TRIGGER-POINT:SIDE, region:REGION or symptom:ID)";
    const std::string& subject = parts->subject;
    switch (parts->kind) {
    case match::QuestionKind::Region:
        // A sided place without a side is the place on either side.
        if (body ? !body->isInstance(subject) && !body->isEitherSide(subject) : !isRegionLike(subject))
            return "asks about an unknown region";
        return std::nullopt;
    case match::QuestionKind::Symptom:
        if (!isIdLike(subject) || (cat && !cat->symptom(subject)))
            return "asks about an unknown symptom";
        return std::nullopt;
    case match::QuestionKind::Press:
        if (!isIdLike(subject) || (cat && !cat->triggerPoint(subject)))
            return "presses an unknown trigger point";
        // No side at all is either side ("press:platysma-1"); "press:platysma-1:" names none.
        if (parts->side && !body::parseSide(*parts->side))
            return "has a side that is not left or right";
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::vector<Problem> validateNote(const Note& note, const Vocabulary& vocabulary, bool requireId)
{
    std::vector<Problem> problems;
    const body::BodyMap* body = vocabulary.body;
    if (!body && vocabulary.catalogue)
        body = &vocabulary.catalogue->body();
    const catalogue::Catalogue* cat = vocabulary.catalogue;

    if ((requireId || !note.id.empty()) && !isUuid(note.id))
        problems.push_back({"/id", "\"" + note.id.substr(0, 60) + "\" is not a lower-case UUID", Problem::Rule::NotAnId,
            note.id.substr(0, 60)});
    if (!parseTimestamp(note.when))
        problems.push_back(notATime("/when", note.when, true));
    if (!note.created.empty() && !parseTimestamp(note.created))
        problems.push_back(notATime("/created_at", note.created));
    if (!note.updated.empty() && !parseTimestamp(note.updated))
        problems.push_back(notATime("/updated_at", note.updated));
    if (note.intensity)
        checkIntensity(problems, "/intensity", *note.intensity);
    checkString(problems, "/text", note.text, kMaxTextChars, true);

    if (note.spots.size() > kMaxSpots)
        problems.push_back(tooMany("/spots", "spots", note.spots.size(), kMaxSpots));
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < note.spots.size() && i < kMaxSpots; ++i) {
        const auto& s = note.spots[i];
        const std::string at = "/spots/" + std::to_string(i);
        const bool known = body ? body->isInstance(s.region) : isRegionLike(s.region);
        if (!known) {
            if (body && body->region(s.region) && body->region(s.region)->sided)
                problems.push_back({at + "/region",
                    "unknown region \"" + s.region + "\" (it needs a side: " + s.region + ":left or " + s.region
                        + ":right)",
                    Problem::Rule::NeedsSide, s.region});
            else
                problems.push_back({at + "/region", "unknown region \"" + s.region.substr(0, 80) + "\"",
                    Problem::Rule::Unknown, s.region.substr(0, 80)});
        } else if (!seen.insert(s.region).second) {
            problems.push_back(
                {at + "/region", "region \"" + s.region + "\" is listed twice", Problem::Rule::Twice, s.region});
        }
        checkIntensity(problems, at + "/intensity", s.intensity);
    }

    if (note.tags.size() > kMaxTags)
        problems.push_back(tooMany("/tags", "tags", note.tags.size(), kMaxTags));
    seen.clear();
    for (std::size_t i = 0; i < note.tags.size() && i < kMaxTags; ++i) {
        const std::string at = "/tags/" + std::to_string(i);
        if (note.tags[i].empty())
            problems.push_back({at, "a tag cannot be empty", Problem::Rule::Empty});
        else if (!seen.insert(note.tags[i]).second)
            problems.push_back(
                {at, "tag \"" + note.tags[i] + "\" is listed twice", Problem::Rule::Twice, note.tags[i]});
        checkString(problems, at, note.tags[i], kMaxShortChars, false);
    }

    if (note.factors.size() > kMaxFactors)
        problems.push_back(tooMany("/factors", "factors", note.factors.size(), kMaxFactors));
    seen.clear();
    for (std::size_t i = 0; i < note.factors.size() && i < kMaxFactors; ++i) {
        const std::string& f = note.factors[i];
        const std::string at = "/factors/" + std::to_string(i);
        if (!isIdLike(f) || (cat && !cat->factor(f)))
            problems.push_back({at, "unknown factor \"" + f.substr(0, 80) + "\" (see the catalogue's factors)",
                Problem::Rule::Unknown, f.substr(0, 80)});
        else if (!seen.insert(f).second)
            problems.push_back({at, "factor \"" + f + "\" is listed twice", Problem::Rule::Twice, f});
    }

    if (note.treatments.size() > kMaxTreatments)
        problems.push_back(tooMany("/treatments", "treatments", note.treatments.size(), kMaxTreatments));
    for (std::size_t i = 0; i < note.treatments.size() && i < kMaxTreatments; ++i) {
        const auto& t = note.treatments[i];
        const std::string at = "/treatments/" + std::to_string(i);
        if (!isIdLike(t.muscle) || (cat && !cat->muscle(t.muscle)))
            problems.push_back({at + "/muscle", "unknown muscle \"" + t.muscle.substr(0, 80) + "\"",
                Problem::Rule::Unknown, t.muscle.substr(0, 80)});
        if (!t.triggerPoint.empty()) {
            const catalogue::TriggerPoint* point = cat ? cat->triggerPoint(t.triggerPoint) : nullptr;
            if (!isIdLike(t.triggerPoint) || (cat && !point))
                problems.push_back(
                    {at + "/trigger_point", "unknown trigger point \"" + t.triggerPoint.substr(0, 80) + "\"",
                        Problem::Rule::Unknown, t.triggerPoint.substr(0, 80)});
            else if (point && point->muscleId != t.muscle)
                problems.push_back({at + "/trigger_point",
                    "trigger point \"" + t.triggerPoint + "\" belongs to " + point->muscleId + ", not " + t.muscle});
        }
        checkString(problems, at + "/technique", t.technique, kMaxShortChars, false);
        if (t.minutes < 0 || t.minutes > kMaxMinutes)
            problems.push_back({at + "/minutes", std::to_string(t.minutes) + " minutes is out of range 0-1440",
                Problem::Rule::OutOfRange, {}, t.minutes, kMaxMinutes});
        if (t.before)
            checkIntensity(problems, at + "/before", *t.before);
        if (t.after)
            checkIntensity(problems, at + "/after", *t.after);
    }
    if (note.answers.size() > kMaxAnswers)
        problems.push_back(tooMany("/answers", "answers", note.answers.size(), kMaxAnswers));
    seen.clear();
    for (std::size_t i = 0; i < note.answers.size() && i < kMaxAnswers; ++i) {
        const std::string& q = note.answers[i].question;
        const std::string at = "/answers/" + std::to_string(i) + "/question";
        if (auto why = questionProblem(q, body, cat))
            problems.push_back(
                {at, "\"" + q.substr(0, 80) + "\" " + *why, Problem::Rule::NotAQuestion, q.substr(0, 80)});
        else if (!seen.insert(q).second)
            problems.push_back({at, "question \"" + q + "\" is answered twice", Problem::Rule::Twice, q});
    }
    if (auto empty = emptyNoteProblem(note))
        problems.push_back(*empty);
    return problems;
}

} // namespace tmap::journal
