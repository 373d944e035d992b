// journal/note_rules: the rules a note must keep beyond its fields' own formats.
#include "journal/note_rules.h"

namespace tmap::journal {

bool isEmptyNote(const Note& note)
{
    // Text of spaces and line breaks only says nothing either (an import of {"text": "   "} was a note).
    const bool noText = note.text.find_first_not_of(" \t\r\n") == std::string::npos;
    return note.spots.empty() && !note.intensity && noText && note.treatments.empty();
}

std::optional<Problem> emptyNoteProblem(const Note& note)
{
    if (!isEmptyNote(note))
        return std::nullopt;
    return Problem {"", std::string(kEmptyNoteMessage), Problem::Rule::EmptyNote};
}

bool isEmptyNoteProblem(const Problem& problem)
{
    return problem.rule == Problem::Rule::EmptyNote;
}

std::string symptomTag(std::string_view symptomId)
{
    return std::string(kSymptomTagPrefix) + std::string(symptomId);
}

std::optional<std::string_view> symptomOfTag(std::string_view tag)
{
    if (!tag.starts_with(kSymptomTagPrefix) || tag.size() == kSymptomTagPrefix.size())
        return std::nullopt;
    return tag.substr(kSymptomTagPrefix.size());
}

std::int64_t latestNoteTime(std::int64_t nowUtc)
{
    return nowUtc + 24 * 3600;
}

NotesAhead notesAhead(const std::vector<Note>& notes, std::int64_t nowUtc)
{
    NotesAhead ahead;
    std::int64_t latest = 0;
    for (const auto& n : notes) {
        const auto t = parseTimestamp(n.when);
        if (!t || t->utc <= latestNoteTime(nowUtc))
            continue;
        ++ahead.count;
        if (ahead.latest.empty() || t->utc > latest) {
            latest = t->utc;
            ahead.latest = n.when;
        }
    }
    return ahead;
}

std::string recordTimeNotAhead(const std::string& time, const std::string& now)
{
    const auto t = parseTimestamp(time);
    const auto n = parseTimestamp(now);
    return t && n && t->utc > latestNoteTime(n->utc) ? now : time;
}

bool isTooFarAhead(const std::string& when, std::int64_t nowUtc)
{
    const auto t = parseTimestamp(when);
    return t && t->utc > latestNoteTime(nowUtc);
}

} // namespace tmap::journal
