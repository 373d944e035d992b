// treat/session: a point's session plan from its techniques' doses, its steps on the caller's clock, its note.
#include "treat/session.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cmath>
#include <stdexcept>

#include "catalogue/catalogue.h"
#include "treat/tags.h"

namespace tmap::treat {

namespace {

Millis scaled(double seconds, double timeScale)
{
    return std::max<Millis>(1, std::llround(seconds * 1000.0 * timeScale));
}

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

/// Seconds to get into a technique's position before its first hold: 5 sitting or standing, 15 when the position
/// has the person lie down, kneel, or get onto the floor or a bed (read from the position's words, English).
double setUpSeconds(const catalogue::Technique* technique)
{
    if (!technique)
        return 5;
    std::string words;
    for (const char ch : technique->position)
        words += std::isalpha(static_cast<unsigned char>(ch)) ? static_cast<char>(std::tolower(ch)) : ' ';
    words = " " + words + " ";
    for (const char* word : {" lie ", " lying ", " floor ", " bed ", " kneel ", " kneeling "})
        if (words.find(word) != std::string::npos)
            return 15;
    return 5;
}

bool timed(Phase phase)
{
    return phase == Phase::GetReady || phase == Phase::Hold || phase == Phase::StretchGetReady
        || phase == Phase::Stretch;
}

} // namespace

const char* phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Before:
        return "before";
    case Phase::GetReady:
        return "get-ready";
    case Phase::Hold:
        return "hold";
    case Phase::StretchGetReady:
        return "stretch-get-ready";
    case Phase::Stretch:
        return "stretch";
    case Phase::After:
        return "after";
    case Phase::Done:
        return "done";
    case Phase::Stopped:
        return "stopped";
    }
    return "";
}

const char* stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::SharpSpreadingOrNumb:
        return "sharp-spreading-or-numb";
    case StopReason::UserStopped:
        return "stopped";
    }
    return "";
}

std::vector<const catalogue::TriggerPoint*> selfCarePoints(const catalogue::Muscle& muscle)
{
    std::vector<const catalogue::TriggerPoint*> points;
    for (const auto& tp : muscle.triggerPoints)
        if (!tp.clinicianOnly)
            points.push_back(&tp);
    return points;
}

const catalogue::TriggerPoint* stepPoint(const catalogue::Catalogue& catalogue, const journal::PlanStep& step)
{
    const catalogue::TriggerPoint* point = nullptr;
    if (!step.triggerPoint.empty())
        point = catalogue.triggerPoint(step.triggerPoint);
    else if (const auto* muscle = catalogue.muscle(step.muscle))
        if (const auto own = selfCarePoints(*muscle); !own.empty())
            point = own.front();
    return point && !point->clinicianOnly ? point : nullptr;
}

Plan planFor(const catalogue::Muscle& muscle, const catalogue::TriggerPoint& point, body::Side side, double timeScale,
    std::string_view technique)
{
    assert(timeScale > 0 && timeScale <= 1);
    if (point.clinicianOnly)
        throw std::invalid_argument(point.id + " is for a clinician only, not for a self-treatment session");
    Plan plan;
    plan.muscle = &muscle;
    plan.point = &point;
    // A point the references place on one side only is pressed there, whatever side was asked for.
    plan.side = point.onlySide != body::Side::None ? point.onlySide : side;
    plan.getReadyMs = scaled(5, timeScale);
    for (const auto& t : muscle.techniques) {
        if (t.kind == catalogue::TechniqueKind::Pressure && !plan.pressure)
            plan.pressure = &t;
        if (t.kind == catalogue::TechniqueKind::Stretch && !plan.stretch)
            plan.stretch = &t;
    }
    if (const auto chosen = std::find_if(muscle.techniques.begin(), muscle.techniques.end(),
            [&](const catalogue::Technique& t) { return sameName(t.name, technique); });
        !technique.empty() && chosen != muscle.techniques.end()) {
        if (chosen->kind == catalogue::TechniqueKind::Stretch) {
            plan.pressure = nullptr; // the plan asked for the stretch alone
            plan.stretch = &*chosen;
        } else {
            plan.pressure = &*chosen;
        }
    }
    plan.setUpMs = scaled(setUpSeconds(plan.pressure), timeScale);
    plan.stretchSetUpMs = scaled(setUpSeconds(plan.stretch), timeScale);
    if (plan.pressure) {
        const auto dose = catalogue::doseOf(*plan.pressure);
        if (const auto hold = catalogue::holdSecondsOf(dose))
            plan.holdMs = scaled(hold->min, timeScale);
        else if (dose.strokes)
            plan.strokes = dose.strokes->min;
        else
            plan.holdMs = scaled(catalogue::kFallbackHoldSeconds.min, timeScale);
        plan.repetitions = catalogue::repetitionLimit(dose);
    } else {
        plan.repetitions = 0;
    }
    if (plan.stretch) {
        const auto dose = catalogue::doseOf(*plan.stretch);
        const auto hold = catalogue::holdSecondsOf(dose);
        if (hold) {
            plan.stretchHoldMs = scaled(hold->min, timeScale);
            plan.stretchRepetitions = catalogue::repetitionLimit(dose);
        } else {
            plan.stretch = nullptr; // a stretch without a time is shown, not timed
        }
    }
    return plan;
}

Session::Session(Plan plan)
    : plan_(std::move(plan))
{
}

Millis plannedMs(const Plan& plan)
{
    Millis total = 0;
    if (plan.repetitions > 0)
        total += plan.setUpMs + plan.repetitions * plan.holdMs + (plan.repetitions - 1) * plan.getReadyMs;
    if (plan.stretchRepetitions > 0)
        total += plan.stretchSetUpMs + plan.stretchRepetitions * plan.stretchHoldMs
            + (plan.stretchRepetitions - 1) * plan.getReadyMs;
    return total;
}

int Session::repetitions() const
{
    if (phase_ == Phase::GetReady || phase_ == Phase::Hold)
        return plan_.repetitions;
    if (phase_ == Phase::StretchGetReady || phase_ == Phase::Stretch)
        return plan_.stretchRepetitions;
    return 0;
}

void Session::setPainBefore(std::optional<int> pain)
{
    painBefore_ = pain;
}

void Session::setPressTest(PressTest answer)
{
    pressTest_ = answer;
}

void Session::enter(Phase phase, Millis now)
{
    phase_ = phase;
    stepStart_ = now;
}

void Session::start(Millis now)
{
    if (phase_ != Phase::Before)
        return;
    startedAt_ = now;
    repetition_ = 1;
    if (plan_.repetitions > 0)
        enter(Phase::GetReady, now);
    else if (plan_.stretchRepetitions > 0)
        enter(Phase::StretchGetReady, now);
    else
        enter(Phase::After, now);
}

void Session::advance(Millis now)
{
    switch (phase_) {
    case Phase::GetReady:
        enter(Phase::Hold, now);
        break;
    case Phase::Hold:
        ++holdsDone_;
        if (repetition_ < plan_.repetitions) {
            ++repetition_;
            enter(Phase::GetReady, now);
        } else if (plan_.stretchRepetitions > 0) {
            repetition_ = 1;
            enter(Phase::StretchGetReady, now);
        } else {
            repetition_ = 0;
            enter(Phase::After, now);
        }
        break;
    case Phase::StretchGetReady:
        enter(Phase::Stretch, now);
        break;
    case Phase::Stretch:
        if (repetition_ < plan_.stretchRepetitions) {
            ++repetition_;
            enter(Phase::StretchGetReady, now);
        } else {
            repetition_ = 0;
            enter(Phase::After, now);
        }
        break;
    default:
        break;
    }
}

Millis Session::stepLength() const
{
    switch (phase_) {
    case Phase::GetReady:
        return repetition_ == 1 ? plan_.setUpMs : plan_.getReadyMs;
    case Phase::StretchGetReady:
        return repetition_ == 1 ? plan_.stretchSetUpMs : plan_.getReadyMs;
    case Phase::Hold:
        return plan_.holdMs;
    case Phase::Stretch:
        return plan_.stretchHoldMs;
    default:
        return 0;
    }
}

bool Session::update(Millis now)
{
    bool changed = false;
    while (!paused() && timed(phase_)) {
        const Millis length = stepLength();
        if (length <= 0 || now - stepStart_ < length)
            break;
        advance(stepStart_ + length); // the next step starts when this one ended, not when we looked
        changed = true;
    }
    return changed;
}

void Session::next(Millis now)
{
    if (!timed(phase_))
        return;
    pausedAt_.reset();
    advance(now);
}

void Session::pause(Millis now)
{
    if (!finished() && phase_ != Phase::Before && !paused()) {
        update(now);
        pausedAt_ = now;
    }
}

void Session::resume(Millis now)
{
    if (!paused())
        return;
    stepStart_ += now - *pausedAt_;
    pausedAt_.reset();
}

Millis Session::remaining(Millis now) const
{
    const Millis length = stepLength();
    if (!timed(phase_) || length <= 0)
        return 0;
    const Millis at = pausedAt_.value_or(now);
    return std::clamp<Millis>(length - (at - stepStart_), 0, length);
}

void Session::finish(std::optional<int> painAfter, Millis now)
{
    if (phase_ != Phase::After)
        return;
    painAfter_ = painAfter;
    endedAt_ = now;
    pausedAt_.reset();
    phase_ = Phase::Done;
}

void Session::stop(StopReason reason, Millis now, std::optional<int> painAfter)
{
    if (finished())
        return;
    if (phase_ == Phase::After)
        painAfter_ = painAfter;
    if (!startedAt_)
        startedAt_ = now;
    stopReason_ = reason;
    endedAt_ = now;
    pausedAt_.reset();
    phase_ = Phase::Stopped;
}

Millis Session::elapsed(Millis now) const
{
    if (!startedAt_)
        return 0;
    return endedAt_.value_or(now) - *startedAt_;
}

std::optional<match::Answer> Session::pressAnswer() const
{
    if (pressTest_ == PressTest::NotAsked || !plan_.point)
        return std::nullopt;
    const auto reply = pressTest_ == PressTest::Yes ? match::Reply::Yes
        : pressTest_ == PressTest::No               ? match::Reply::No
                                                    : match::Reply::Unsure;
    return match::Answer {match::QuestionKey {match::QuestionKind::Press, plan_.point->id, plan_.side}, reply};
}

journal::Note Session::toNote(const std::string& when, Millis now) const
{
    journal::Note note;
    note.when = when;
    // The note's pain is the pain as the session ended (it is saved then): the pain after when it was rated, else
    // the pain before. (It was always the pain before: the trend showed 6 for a day that ended at 3.)
    note.intensity = painAfter_ ? painAfter_ : painBefore_;
    journal::Treatment t;
    if (plan_.muscle)
        t.muscle = plan_.muscle->id;
    if (plan_.point)
        t.triggerPoint = plan_.point->id;
    if (plan_.pressure)
        t.technique = plan_.pressure->name;
    else if (plan_.stretch)
        t.technique = plan_.stretch->name;
    const Millis ms = elapsed(now);
    t.minutes = static_cast<int>(std::min<Millis>(journal::kMaxMinutes, (ms + 59'999) / 60'000));
    t.before = painBefore_;
    t.after = painAfter_;
    note.treatments.push_back(t);
    note.tags.push_back(sessionTag());
    // The press test is kept as the answer to the question "Narrow it down" asks about the same point and side, so
    // that "Last time it hurt here" counts it with the others. A session without a side (from an entry) cannot say
    // which side was pressed - the journal would read it as the right: it keeps the reply as a tag.
    if (const auto answer = pressAnswer()) {
        if (plan_.side != body::Side::None)
            note.answers.push_back({answer->question.id(), answer->reply});
        else
            note.tags.push_back(pressTestTag({}, answer->reply));
    }
    if (stopReason_)
        note.tags.push_back(stoppedTag(*stopReason_));
    return note;
}

} // namespace tmap::treat
