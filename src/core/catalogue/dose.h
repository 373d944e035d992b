// catalogue/dose: a technique's dose read into structure - how long to hold (or how many strokes or breaths), how
// many times in a row, how many times a day - from the free text of its duration and frequency ("Hold 30 to 60
// seconds, or 6 to 12 slow rolls.", "Once or twice a session, up to 6 times a day."). The guided session times
// and limits itself with it; the entry's own words stay what the user reads.
#pragma once

#include <optional>
#include <string_view>

#include "catalogue/model.h"

namespace tmap::catalogue {

/// A whole-number range as an entry writes it: "30 to 60" is {30, 60}, "30" is {30, 30}, "once or twice" {1, 2}.
struct Span {
    int min = 0;
    int max = 0;
    bool operator==(const Span&) const = default;
};

/// What a technique's duration and frequency say, each part only when the text says it.
struct Dose {
    std::optional<Span> holdSeconds; ///< "Hold 30 to 60 seconds"
    std::optional<Span> strokes; ///< "6 to 12 slow strokes" / "rolls" / "roll it 6 to 12 times"
    std::optional<Span> breaths; ///< "5 to 10 slow breaths"
    std::optional<Span> minutes; ///< "5 to 10 minutes", "2 to 5 minutes in all"
    std::optional<Span> repetitions; ///< in a row: "repeat 2 or 3 times", ", 3 times"
    std::optional<Span> perSession; ///< "Once or twice a session"
    std::optional<Span> perDay; ///< "up to 3 to 6 times a day", "(for example 3 to 6 short sessions)"
    bool operator==(const Dose&) const = default;
};

/// Reads `duration` and `frequency` (English, as the catalogue's sources are written). Parts the text does not
/// state stay empty; "As set by your physiotherapist." yields an empty dose.
Dose parseDose(std::string_view duration, std::string_view frequency);
inline Dose doseOf(const Technique& technique)
{
    return parseDose(technique.duration, technique.frequency);
}

/// Seconds a slow breath is counted as when a technique gives breaths but no seconds (about 6: 10 a minute).
inline constexpr int kSecondsPerSlowBreath = 6;
/// The hold used when a pressure technique states no time at all (no entry does today; a test checks).
inline constexpr Span kFallbackHoldSeconds {30, 60};

/// How long one timed hold of the technique lasts, in seconds: its stated hold time; else its breaths counted as
/// kSecondsPerSlowBreath each; else nothing (a stroke count, or minutes, or no dose).
std::optional<Span> holdSecondsOf(const Dose& dose);

/// How many times in a row a session may repeat the technique, never more: the duration's own "repeat N to M
/// times" (its maximum), else the frequency's "N or M times a session" (its maximum), else 1.
int repetitionLimit(const Dose& dose);

} // namespace tmap::catalogue
