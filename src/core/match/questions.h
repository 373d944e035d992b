// match/questions: chooses the one question that best tells the current candidates apart - press a trigger
// point, pain in another place, or a symptom - by expected information gain over the ranking's relative
// likelihoods (docs/ranking.md). Answers go back into the Drawing and re-rank at once.
#pragma once

#include <optional>
#include <vector>

#include "match/matcher.h"

namespace tmap::match {

/// A question to ask next. The front ends phrase it; `key.id()` is stable for the same drawing and answers.
struct Question {
    QuestionKey key;
    const catalogue::Muscle* muscle = nullptr; ///< press: the muscle whose point to press
    const catalogue::TriggerPoint* point = nullptr; ///< press: the trigger point
    /// press: what to mind before pressing (catalogue::pressPrecautionsFor the muscle: its own first, then those of
    /// its techniques but the stretches), shown with the question by every front end
    std::vector<catalogue::Precaution> precautions;
    /// symptom: how the likeliest candidate known for it shows it (its muscle and the catalogue's note on it: the
    /// breast's fullness for a feeling of swelling), so that a word used for several things can be answered; null and
    /// empty when no candidate has a note on it
    const catalogue::Muscle* symptomMuscle = nullptr;
    std::string symptomNote;
    double gain = 0; ///< expected information gain in bits
};

/// The question with the highest expected information gain over the top candidates, or nothing when no question
/// is worth asking (one candidate already stands out, or no answer would move the ranking).
std::optional<Question> nextQuestion(const Matcher& matcher, const Drawing& drawing);

/// The candidates the questions weigh: the first `count` rows of distinct muscles, with their probabilities
/// (scores normalised over those rows).
std::vector<std::pair<const Result*, double>> weighedCandidates(const std::vector<Result>& ranked, std::size_t count);

} // namespace tmap::match
