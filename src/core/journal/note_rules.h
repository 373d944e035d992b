// journal/note_rules: what a note must say to be kept. validateNote() applies these rules, so the app's editor,
// `tpmap notes add` and `tpmap notes import` refuse the same notes with the same message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "journal/journal.h"
#include "journal/note.h"

namespace tmap::journal {

/// The message of an empty note (the front ends may word it in the user's language; see isEmptyNoteProblem).
inline constexpr std::string_view kEmptyNoteMessage
    = "the note is empty: mark where it hurt, give an overall pain, write something or add what you tried";

/// True when a note says nothing: no spot, no overall intensity, no text (spaces and line breaks are none) and no
/// treatment.
bool isEmptyNote(const Note& note);

/// The problem of an empty note (pointer "", kEmptyNoteMessage, Rule::EmptyNote); nullopt when the note says something.
std::optional<Problem> emptyNoteProblem(const Note& note);

/// True for the problem emptyNoteProblem() gives, so that a front end can show its own wording of it.
bool isEmptyNoteProblem(const Problem& problem);

/// The tag a note made from a drawing carries for each symptom ticked ("symptom:ID"): a bare id would be taken for a
/// word the user typed. treat/tags.h reads it with the app's other tags; the journal's search finds it by the
/// symptom's name.
inline constexpr std::string_view kSymptomTagPrefix = "symptom:";
std::string symptomTag(std::string_view symptomId);
/// The symptom id of a tag symptomTag() made; nullopt for any other tag.
std::optional<std::string_view> symptomOfTag(std::string_view tag);

/// The tag of a note recovered from a damaged journal file without all of its lists (journal/salvage.h): its
/// spots, tags, factors, treatments or answers could not all be read, so the note holds less than was written.
inline constexpr std::string_view kRecoveredInPartTag = "recovered:in-part";

/// A note is about pain someone had: the latest time a new or edited note may give, seconds since 1970 UTC, is a day
/// after `nowUtc` (past any clock or time-zone slip). A note that already says a later time (an imported one) keeps it.
std::int64_t latestNoteTime(std::int64_t nowUtc);

/// The notes of `notes` dated later than latestNoteTime(nowUtc) (an import from a computer whose clock was wrong, or a
/// typo kept by an older version): how many, and the latest `when` of them ("" when none).
struct NotesAhead {
    int count = 0;
    std::string latest;
};
NotesAhead notesAhead(const std::vector<Note>& notes, std::int64_t nowUtc);

/// A record time of an import (a note's or a plan's created_at, updated_at) later than latestNoteTime(`now`) is
/// taken as `now` (a journal timestamp): kept as it was, a wrong clock's year 9999 made the journal's copy newer than
/// every later file's, and no import could update the note again. Any other text is returned as it is.
std::string recordTimeNotAhead(const std::string& time, const std::string& now);

/// True when `when` (a journal timestamp) is later than latestNoteTime(nowUtc); false for a text that is no timestamp
/// (validateNote names that problem).
bool isTooFarAhead(const std::string& when, std::int64_t nowUtc);

} // namespace tmap::journal
