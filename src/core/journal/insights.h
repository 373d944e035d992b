// journal/insights: "what helps this person" - figures over the user's own notes: per trigger point (or muscle)
// and technique, how much the pain dropped right after and how the next day compared; per perpetuating factor,
// the pain on days with it against days without. Every figure carries the counts it rests on, and is withheld
// ("too few to tell") below a stated minimum. They describe what went together in these notes; none says why.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "journal/note.h"

namespace tmap::journal {

class Journal;
struct Range;

/// Fewer sessions or days than this, and a figure is "too few to tell".
inline constexpr int kInsightMinimum = 3;

/// A mean and how many values it rests on; the mean is empty when there are fewer than the minimum.
struct Figure {
    std::optional<double> mean;
    int count = 0;
    bool operator==(const Figure&) const = default;
};

/// One trigger point (or a muscle as a whole) and one technique, over every note that records it.
struct TechniqueInsight {
    std::string muscle;
    std::string triggerPoint; ///< "" when the treatments named the muscle only
    std::string technique; ///< as first written; grouped case-insensitively
    int treatments = 0; ///< every treatment of this point and technique
    Figure drop; ///< before - after, over the treatments that noted both ("sessions")
    Figure nextDay; ///< the day's pain on days after a day with this treatment
    Figure otherDays; ///< the day's pain on the other days (the day before had no such treatment)
    bool tooFew() const { return !drop.mean; }
    /// On average the pain was lower after it than before: what "what helped" lists (the Journal tab's "What helped
    /// most", the report's "What helped"); one after which it rose or stayed is not among them.
    bool helped() const { return drop.mean && *drop.mean > 0; }
};

/// One perpetuating factor ticked in at least one note.
struct FactorInsight {
    std::string factor; ///< catalogue factor id, "long-sitting"
    Figure with; ///< the day's pain on days a note ticked it
    Figure without; ///< the day's pain on the other days with a pain reading
    bool tooFew() const { return !with.mean || !without.mean; }
};

struct Insights {
    int minimum = kInsightMinimum;
    int days = 0; ///< days with a pain reading (a note's overall pain, else its worst spot)
    /// Largest drop first; those too few to tell last, most treatments first.
    std::vector<TechniqueInsight> techniques;
    /// Largest difference (with - without) first; too few to tell last.
    std::vector<FactorInsight> factors;
};

/// "Last time": one thing tried on past days whose drawing overlapped today's, and how it went then.
struct PastTry {
    std::string muscle;
    std::string triggerPoint; ///< "" when the treatment named the muscle only
    std::string technique; ///< as first written; grouped case-insensitively
    int times = 0; ///< treatments on those days
    Figure drop; ///< before - after, over the treatments that noted both; a mean from one on (it is their own past)
    Figure nextDay; ///< the pain on the day after, over the days that have a reading then
    std::string lastDay; ///< the latest of those days, "2026-11-20"
    std::optional<int> lastBefore; ///< that day's last such treatment: pain before and after, if noted
    std::optional<int> lastAfter;
    std::vector<std::string> regions; ///< the regions of today's drawing that those days' drawings shared
};

/// "Last time": a press test answered on those days ("Narrow it down", Answer) and what it said.
struct PastPress {
    std::string triggerPoint; ///< catalogue trigger point id
    std::string side; ///< "left" or "right"
    int yes = 0; ///< days on which pressing brought on the familiar pain
    int no = 0; ///< days on which it did not ("not sure" does not count)
    std::string lastDay; ///< the latest of those days
};

struct LastTime {
    int days = 0; ///< past days whose drawing shares a region with today's
    /// Best first: the largest mean drop, then the lowest next-day pain, then the most often tried; those with
    /// neither figure last.
    std::vector<PastTry> tries;
    /// The press tests of those days' notes: most "yes" first, then the fewest "no", then the latest.
    std::vector<PastPress> presses;
};

/// Whether a treatment (its muscle, and trigger point or "") concerns a region instance: the journal knows no
/// catalogue, so the caller says (catalogue::concerns: the point's pattern reaches the place, or it lies there).
using Concerns
    = std::function<bool(const std::string& muscle, const std::string& triggerPoint, const std::string& region)>;

/// What was tried on the days before `beforeDay` ("YYYY-MM-DD"; days from it on are today's episode) on which a
/// note's drawing shared a region instance ("neck.back:right") with `regions`. Every treatment of such a day counts
/// (a guided session leaves a note of its own, without a drawing) that `concerns` one of the places shared that day
/// (all of them without `concerns`): neck work on a day of neck and calf pain is not what was tried for the calf.
/// The next day's pain may come from any day.
LastTime lastTime(const std::vector<Note>& notes, const std::vector<std::string>& regions, const std::string& beforeDay,
    const Concerns& concerns = {});

/// A note's pain: its overall intensity, else its worst spot; none without either.
std::optional<int> painOf(const Note& note);

/// The insights of these notes (any order). A day's pain is the mean of its notes' pains.
Insights insights(const std::vector<Note>& notes, int minimum = kInsightMinimum);
/// The insights of the journal's live notes in the range.
Insights insights(Journal& journal, const Range& range, int minimum = kInsightMinimum);

} // namespace tmap::journal
