// catalogue/symptom_words: which symptoms, or body places, a typed word or phrase names, and near misses for typos.
#pragma once

#include "catalogue/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace tmap::catalogue {

/// Finds the symptoms a user's word or phrase names, as a person would type it on the command line: "headaches",
/// "pins-and-needles", "Paraesthesia", "difficulty swallowing", "weakness of grip". In order, the first step that
/// finds anything wins:
/// 1. the same words as a symptom's id, name or one of its words: case, hyphens and punctuation, a plural "s" and
///    British spellings ("ae", "oe") do not matter; every symptom so named is returned;
/// 2. a start of at least `minPrefix` letters of exactly one symptom's names, at the start of a word ("tinnit");
/// 3. the phrase's words against each symptom's words: 2 for a word it has, 1 for a shared start of 4+ letters;
///    words that only say "pain" ("pain", "ache", "of", "the"...) count for nothing. The one best symptom wins, if it
///    scores on a word that is not the name of a body place (`placeWords`, e.g. "hand" in "hand numbness"): "ear
///    pain" names a place, not a symptom. A tie finds nothing.
/// Anything else finds nothing: the caller says the word is unknown.
std::vector<const Symptom*> matchSymptoms(const std::vector<Symptom>& symptoms, std::string_view typed,
    const std::vector<std::string>& placeWords, std::size_t minPrefix);

/// For a word that names no symptom: the symptoms one of whose id or name words it nearly spells (at most one
/// letter off for a word of 4-6 letters, two for a longer one: "tinitus", "numbnes"), best first, at most `limit`.
std::vector<const Symptom*> nearSymptoms(const std::vector<Symptom>& symptoms, std::string_view typed, std::size_t limit);

/// Letters to insert, delete or change to turn `a` into `b` (Levenshtein), stopping early above `most` (then
/// `most` + 1): how near a mistyped word is to a known one.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t most);

/// For a phrase that only names a body place, with or without "pain" ("ear pain", "earache", "low back pain",
/// "foot"): the region ids whose id or description (`descriptions`, one per id) spells that place, to draw instead,
/// those that share most words of the phrase first, else in the order of `regionIds`; for anything else, nothing.
std::vector<std::string> placesNamed(std::string_view typed, const std::vector<std::string>& regionIds,
    const std::vector<std::string>& descriptions = {});
/// The words of body places in region ids ("head.jaw_joint" -> "head", "jaw", "joint"), with their plurals.
std::vector<std::string> placeWordsOf(const std::vector<std::string>& regionIds);

} // namespace tmap::catalogue
