// treat/routine.cpp: several points in one session and the one note they leave (treat/routine.h).
#include "treat/routine.h"

#include <algorithm>
#include <cassert>

#include "treat/tags.h"

namespace tmap::treat {

Routine::Routine(std::vector<Plan> plans)
{
    assert(!plans.empty());
    sessions_.reserve(plans.size());
    for (auto& plan : plans)
        sessions_.emplace_back(std::move(plan));
    skipped_.assign(sessions_.size(), false);
}

void Routine::moveOn(Millis now)
{
    (void)now;
    if (last()) {
        finished_ = true;
        return;
    }
    const auto after = current().painAfter();
    ++index_;
    // The pain a point leaves is where the next one starts; the user can still change it.
    if (after && !current().painBefore())
        current().setPainBefore(after);
}

bool Routine::next(Millis now)
{
    if (finished_ || current().phase() != Phase::Done)
        return false;
    moveOn(now);
    return true;
}

void Routine::skip(Millis now)
{
    if (finished_)
        return;
    if (current().phase() != Phase::Before && !current().finished())
        current().stop(StopReason::UserStopped, now); // a point left part-way still counts as tried
    if (current().phase() == Phase::Before)
        skipped_[index_] = true;
    moveOn(now);
}

void Routine::stop(StopReason reason, Millis now, std::optional<int> painAfter)
{
    if (finished_)
        return;
    // A point stopped before its start was not treated: it is not listed (its session still shows as stopped).
    if (current().phase() == Phase::Before)
        skipped_[index_] = true;
    current().stop(reason, now, painAfter);
    stopReason_ = reason;
    finished_ = true;
}

std::vector<const Session*> Routine::treated() const
{
    std::vector<const Session*> list;
    for (std::size_t i = 0; i < sessions_.size(); ++i) {
        const auto phase = sessions_[i].phase();
        if (!skipped_[i] && (phase == Phase::Done || phase == Phase::Stopped))
            list.push_back(&sessions_[i]);
    }
    return list;
}

std::vector<match::Answer> Routine::pressAnswers() const
{
    std::vector<match::Answer> answers;
    for (const auto& s : sessions_)
        if (const auto a = s.pressAnswer())
            answers.push_back(*a);
    return answers;
}

journal::Note Routine::toNote(const std::string& when, Millis now) const
{
    journal::Note note;
    note.when = when;
    const auto points = treated();
    std::vector<std::pair<std::string, std::string>> pressTags; // point, tag; after "session" and "points:N"
    for (const Session* s : points) {
        auto one = s->toNote(when, now);
        // The last pain given (the last point's after, else its before, else an earlier point's) is the pain as
        // the plan ended.
        if (one.intensity)
            note.intensity = one.intensity;
        note.treatments.insert(note.treatments.end(), one.treatments.begin(), one.treatments.end());
        for (auto& answer : one.answers) {
            // A plan may press the same point twice: the later answer stands (a note answers a question once).
            const auto same = std::find_if(note.answers.begin(), note.answers.end(),
                [&](const journal::Answer& a) { return a.question == answer.question; });
            if (same != note.answers.end())
                note.answers.erase(same);
            note.answers.push_back(std::move(answer));
        }
        // A point pressed without a side keeps its reply as a tag, with the point when there are several; pressed
        // twice, the later reply stands, as for the answers (the same tag twice made a note the journal refuses:
        // the session's note could not be saved).
        const std::string& point = s->plan().point->id;
        for (const auto& tag : one.tags)
            if (isPressTestTag(tag)) {
                std::erase_if(pressTags, [&point](const auto& earlier) { return earlier.first == point; });
                pressTags.emplace_back(point, points.size() == 1 ? tag : withPoint(tag, point));
            }
    }
    note.tags.push_back(sessionTag());
    if (points.size() > 1)
        note.tags.push_back(pointsTag(static_cast<int>(points.size())));
    for (auto& [point, tag] : pressTags)
        note.tags.push_back(std::move(tag));
    if (stopReason_)
        note.tags.push_back(stoppedTag(*stopReason_));
    return note;
}

} // namespace tmap::treat
