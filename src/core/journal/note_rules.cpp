// journal/note_rules: the rules a note must keep beyond its fields' own formats.
#include "journal/note_rules.h"

namespace tmap::journal {

bool isEmptyNote(const Note& note)
{
    return note.spots.empty() && !note.intensity && note.text.empty() && note.treatments.empty();
}

std::optional<Problem> emptyNoteProblem(const Note& note)
{
    if (!isEmptyNote(note))
        return std::nullopt;
    return Problem {"", std::string(kEmptyNoteMessage)};
}

bool isEmptyNoteProblem(const Problem& problem)
{
    return problem.pointer.empty() && problem.message == kEmptyNoteMessage;
}

} // namespace tmap::journal
