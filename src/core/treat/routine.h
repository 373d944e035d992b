// treat/routine: a session over several trigger points - point after point, each with its own Session (its X, its
// technique and dose), and one journal note at the end that lists every point treated. A routine comes from the
// Where page's selection, from an entry page or from a saved plan (journal/plans.h); it is plain state, driven by
// the wall-clock times the caller passes in, like Session.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "treat/session.h"

namespace tmap::treat {

/// One run of several points, in order. The current point's Session does the timing; the routine moves to the next
/// point when the user goes on, skips one, or ends everything. A stop for warning signs ends the whole routine.
class Routine final {
public:
    /// `plans` in the order they are to be treated; at least one.
    explicit Routine(std::vector<Plan> plans);

    std::size_t count() const { return sessions_.size(); }
    /// 0-based index of the current point ("2 of 4" is index() + 1 of count()).
    std::size_t index() const { return index_; }
    Session& current() { return sessions_[index_]; }
    const Session& current() const { return sessions_[index_]; }
    const Session& at(std::size_t i) const { return sessions_[i]; }
    /// The current point is the last one.
    bool last() const { return index_ + 1 == sessions_.size(); }
    /// Every point is done, skipped, or the routine was stopped.
    bool finished() const { return finished_; }
    bool skipped(std::size_t i) const { return skipped_[i]; }
    /// Why the routine ended early (the stop of one of its points), if it did.
    std::optional<StopReason> stopReason() const { return stopReason_; }

    /// After the current point is Done: on to the next one (its pain before starts as this one's pain after, the
    /// user may change it); at the last point this finishes the routine. False when the current point is not Done.
    bool next(Millis now);
    /// Leaves the current point untreated and goes on (or finishes at the last one). Not after a stop.
    void skip(Millis now);
    /// Stops the current point and the routine at once (a point not yet started is then not listed); `painAfter`
    /// as Session::stop() takes it.
    void stop(StopReason reason, Millis now, std::optional<int> painAfter = std::nullopt);

    /// Points that were started (Done, or stopped part-way), in order.
    std::vector<const Session*> treated() const;
    /// Every press test answered, one per point, for the ranking.
    std::vector<match::Answer> pressAnswers() const;
    /// The routine as ONE journal note: a treatment per point treated (as Session::toNote), the overall pain the last
    /// pain given (the last point's after, else its before, else an earlier point's: the pain as the routine ended);
    /// each press test as an answer ("press:POINT:SIDE"; for a point without a
    /// side the tag "press-test:POINT:REPLY", "press-test:REPLY" for one point); tags "session", "points:N" when
    /// N > 1, "stopped:REASON".
    journal::Note toNote(const std::string& when, Millis now) const;

private:
    void moveOn(Millis now);
    std::vector<Session> sessions_;
    std::vector<bool> skipped_;
    std::size_t index_ = 0;
    bool finished_ = false;
    std::optional<StopReason> stopReason_;
};

} // namespace tmap::treat
