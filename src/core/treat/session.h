// treat: the guided self-release session - which steps a trigger point's technique asks for, in what order and for
// how long (treat/session.h), and what a finished or stopped session leaves in the journal. Driven by wall-clock
// times that the caller passes in: no timers, no threads, so that a hidden window or a busy machine loses no time
// and a test can run a session in microseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/dose.h"
#include "catalogue/model.h"
#include "journal/note.h"
#include "journal/plan.h"
#include "match/matcher.h"

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::treat {

/// Milliseconds on a steady clock; only differences matter.
using Millis = std::int64_t;

/// What one session of one trigger point does: its pressure technique's hold (or strokes) and how many times, then
/// its stretch's hold and how many times, when the entry has a stretch.
struct Plan {
    const catalogue::Muscle* muscle = nullptr;
    const catalogue::TriggerPoint* point = nullptr;
    body::Side side = body::Side::None; ///< the side to press on; None for a midline point or when not known
    const catalogue::Technique* pressure = nullptr; ///< the entry's first pressure technique, or null
    const catalogue::Technique* stretch = nullptr; ///< the entry's first stretch, or null
    Millis getReadyMs = 5'000; ///< the countdown before each hold after the first
    /// Before the first hold of the pressure technique, and of the stretch: time to get into position, 5 s sitting or
    /// standing, 15 s when the position has the person lie down, kneel or get onto the floor or a bed.
    Millis setUpMs = 5'000;
    Millis stretchSetUpMs = 5'000;
    Millis holdMs = 0; ///< one hold of the pressure technique; 0 when it is counted in strokes
    int strokes = 0; ///< strokes to count when the technique has no hold time
    int repetitions = 1; ///< pressure holds in a row; never more than the entry allows
    Millis stretchHoldMs = 0;
    int stretchRepetitions = 0; ///< 0 without a stretch
};

/// The plan for a trigger point from its entry's techniques and their doses (catalogue/dose.h): the shortest hold
/// the entry states (kFallbackHoldSeconds' when it states none), its repetition limit. `timeScale` (0 < s <= 1)
/// shortens every timed step for tests and screenshots; it never changes the number of repetitions. A point that
/// lies on one side only (TriggerPoint::onlySide) is planned on that side. `technique` (a saved plan's choice, by
/// name, any case) replaces the first pressure technique, or, when it is a stretch, is the session's only step;
/// empty or unknown: the entry's own first techniques.
/// Throws std::invalid_argument for a point the entry leaves to a clinician (TriggerPoint::clinicianOnly): the front
/// ends never offer one (selfCarePoints).
Plan planFor(const catalogue::Muscle& muscle, const catalogue::TriggerPoint& point, body::Side side,
    double timeScale = 1.0, std::string_view technique = {});

/// How long a run of `plan` keeps the clock going, from Start to the end of its last hold: the time to get into
/// position, each hold and the countdowns between holds, of the pressure technique and then the stretch. Strokes
/// (Plan::strokes) are counted by the person, not timed: they add nothing here. The rating before and after is not
/// counted either.
Millis plannedMs(const Plan& plan);

/// The points of `muscle` a person may treat on their own (a guided session, a plan step), in the entry's order:
/// all but those the entry leaves to a clinician. "Treat all points" and a plan step naming the whole muscle use
/// these.
std::vector<const catalogue::TriggerPoint*> selfCarePoints(const catalogue::Muscle& muscle);

/// The trigger point a saved plan's step is run at: its own, or for a step that names a muscle as a whole the
/// muscle's first self-care point; null when the catalogue has neither (a muscle or point no longer there) or the
/// point is for a clinician only.
const catalogue::TriggerPoint* stepPoint(const catalogue::Catalogue& catalogue, const journal::PlanStep& step);

enum class Phase {
    Before, ///< pain now and the press test; nothing timed yet
    GetReady, ///< the countdown before a hold
    Hold, ///< pressure on the point (timed, or strokes counted by the user)
    StretchGetReady,
    Stretch, ///< the stretch's hold
    After, ///< pain now, again
    Done, ///< finished and rated
    Stopped, ///< ended early; see stopReason()
};
const char* phaseName(Phase phase); // "before", "get-ready", "hold", ...

/// Why a session ended before its end.
enum class StopReason {
    SharpSpreadingOrNumb, ///< the warning signs every entry names: stop at once
    UserStopped, ///< the user stopped (Esc, closed the window)
};
const char* stopReasonName(StopReason reason); // "sharp-spreading-or-numb", "stopped"

enum class PressTest { NotAsked, Yes, No, NotSure };

/// One run of a plan: a state machine over Phase, advanced by update(now). Every step can be paused (its clock
/// stops) and the whole session stopped at any time.
class Session final {
public:
    explicit Session(Plan plan);

    const Plan& plan() const { return plan_; }
    Phase phase() const { return phase_; }
    /// 1-based repetition of the current hold or stretch, and how many there are.
    int repetition() const { return repetition_; }
    int repetitions() const;
    bool paused() const { return pausedAt_.has_value(); }
    bool finished() const { return phase_ == Phase::Done || phase_ == Phase::Stopped; }

    /// Before: pain now (0-10) and the press-test answer.
    void setPainBefore(std::optional<int> pain);
    void setPressTest(PressTest answer);
    std::optional<int> painBefore() const { return painBefore_; }
    PressTest pressTest() const { return pressTest_; }

    /// Before -> the first get-ready countdown.
    void start(Millis now);
    /// Moves past every timed step whose time is up at `now` (several when the caller was away); true if the
    /// phase or the repetition changed.
    bool update(Millis now);
    /// Ends the current step now: a counted (strokes) hold, or a timed one the user ends early. No-op elsewhere.
    void next(Millis now);
    void pause(Millis now);
    void resume(Millis now);
    /// Time left in a timed step (0 for untimed steps and outside them).
    Millis remaining(Millis now) const;
    /// Length of the current timed step.
    Millis stepLength() const;
    /// After -> Done with the pain after.
    void finish(std::optional<int> painAfter, Millis now);
    /// Ends at once, from any phase but Done. `painAfter`: the pain rated after the holds, when the stop comes on
    /// the rating step (kept with the note, as finish() keeps it); ignored in the other phases.
    void stop(StopReason reason, Millis now, std::optional<int> painAfter = std::nullopt);
    std::optional<StopReason> stopReason() const { return stopReason_; }
    std::optional<int> painAfter() const { return painAfter_; }
    /// Holds of pressure completed (a stopped hold does not count).
    int holdsDone() const { return holdsDone_; }
    /// Time from start() to the end (or to `now` while running), pauses included, in milliseconds.
    Millis elapsed(Millis now) const;

    /// The press test as the ranking reads it (match::Drawing::answers); none when not asked.
    std::optional<match::Answer> pressAnswer() const;

    /// The session as a journal note: one treatment (muscle, trigger point, technique name, whole minutes rounded
    /// up, before, after), the press test as an answer ("press:POINT:SIDE", as "Narrow it down" keeps it; a session
    /// without a side keeps it as the tag "press-test:REPLY"), tags "session" and "stopped:REASON", `when` as given.
    /// The front end adds words to the text; nothing here is phrased for a reader.
    journal::Note toNote(const std::string& when, Millis now) const;

private:
    void enter(Phase phase, Millis now);
    void advance(Millis now);
    Plan plan_;
    Phase phase_ = Phase::Before;
    int repetition_ = 0;
    int holdsDone_ = 0;
    Millis stepStart_ = 0; ///< when the current step started, shifted forward by its pauses
    std::optional<Millis> pausedAt_;
    std::optional<Millis> startedAt_;
    std::optional<Millis> endedAt_;
    std::optional<int> painBefore_;
    std::optional<int> painAfter_;
    PressTest pressTest_ = PressTest::NotAsked;
    std::optional<StopReason> stopReason_;
};

} // namespace tmap::treat
