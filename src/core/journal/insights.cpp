// journal/insights: the figures of what helps this person, and what was tried the last time it hurt here.
#include "journal/insights.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <variant>

#include "journal/journal.h"

namespace tmap::journal {

namespace {

std::string lower(const std::string& text)
{
    std::string out = text;
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct Sum {
    double total = 0;
    int count = 0;
    void add(double value)
    {
        total += value;
        ++count;
    }
    double mean() const { return total / count; }
    Figure figure(int minimum) const
    {
        Figure f;
        f.count = count;
        if (count >= minimum && count > 0)
            f.mean = total / count;
        return f;
    }
};

/// What was tried, one muscle, trigger point and technique (the technique's case ignored): `item` names it on the
/// first time it is counted; the drops in pain right after, the days it was tried, and what the caller keeps besides.
using TreatmentKey = std::tuple<std::string, std::string, std::string>;
template <typename Item, typename Extra = std::monostate> struct Tried {
    Item item;
    Sum drop;
    std::set<long> days;
    Extra extra;
};

template <typename Item, typename Extra>
Tried<Item, Extra>& countTry(std::map<TreatmentKey, Tried<Item, Extra>>& groups, const Treatment& t, long day)
{
    auto& g = groups[{t.muscle, t.triggerPoint, lower(t.technique)}];
    if (g.days.empty()) {
        g.item.muscle = t.muscle;
        g.item.triggerPoint = t.triggerPoint;
        g.item.technique = t.technique;
    }
    if (t.before && t.after)
        g.drop.add(*t.before - *t.after);
    g.days.insert(day);
    return g;
}

} // namespace

std::optional<int> painOf(const Note& note)
{
    if (note.intensity)
        return note.intensity;
    std::optional<int> worst;
    for (const auto& s : note.spots)
        if (!worst || s.intensity > *worst)
            worst = s.intensity;
    return worst;
}

Insights insights(const std::vector<Note>& notes, int minimum)
{
    Insights out;
    out.minimum = minimum;

    // The day's pain (mean of its notes' pains), and what each day had.
    std::map<long, Sum> dayPain;
    std::map<std::string, std::set<long>> factorDays;
    std::map<TreatmentKey, Tried<TechniqueInsight>> groups;
    for (const auto& note : notes) {
        const auto when = parseTimestamp(note.when);
        if (!when)
            continue;
        const long day = dayNumber(when->day);
        if (const auto pain = painOf(note))
            dayPain[day].add(*pain);
        for (const auto& f : note.factors)
            factorDays[f].insert(day);
        for (const auto& t : note.treatments)
            ++countTry(groups, t, day).item.treatments;
    }
    out.days = static_cast<int>(dayPain.size());

    for (auto& [key, g] : groups) {
        g.item.drop = g.drop.figure(minimum);
        Sum next, other;
        for (const auto& [day, pain] : dayPain)
            (g.days.contains(day - 1) ? next : other).add(pain.mean());
        g.item.nextDay = next.figure(minimum);
        g.item.otherDays = other.figure(minimum);
        out.techniques.push_back(g.item);
    }
    std::stable_sort(out.techniques.begin(), out.techniques.end(), [](const auto& a, const auto& b) {
        if (a.tooFew() != b.tooFew())
            return !a.tooFew();
        if (!a.tooFew() && *a.drop.mean != *b.drop.mean)
            return *a.drop.mean > *b.drop.mean;
        return a.treatments > b.treatments;
    });

    for (const auto& [factor, days] : factorDays) {
        Sum with, without;
        for (const auto& [day, pain] : dayPain)
            (days.contains(day) ? with : without).add(pain.mean());
        out.factors.push_back({factor, with.figure(minimum), without.figure(minimum)});
    }
    std::stable_sort(out.factors.begin(), out.factors.end(), [](const auto& a, const auto& b) {
        if (a.tooFew() != b.tooFew())
            return !a.tooFew();
        if (a.tooFew())
            return a.with.count > b.with.count;
        return *a.with.mean - *a.without.mean > *b.with.mean - *b.without.mean;
    });
    return out;
}

LastTime lastTime(const std::vector<Note>& notes, const std::vector<std::string>& regions, const std::string& beforeDay,
    const Concerns& concerns)
{
    LastTime out;
    const std::set<std::string> drawing(regions.begin(), regions.end());
    std::map<long, Sum> dayPain;
    std::map<long, std::set<std::string>> shared; // past day -> the regions its drawings shared with today's
    for (const auto& note : notes) {
        const auto when = parseTimestamp(note.when);
        if (!when)
            continue;
        const long day = dayNumber(when->day);
        if (const auto pain = painOf(note))
            dayPain[day].add(*pain);
        if (when->day >= beforeDay)
            continue;
        for (const auto& s : note.spots)
            if (drawing.contains(s.region)) {
                shared[day].insert(s.region);
            }
    }
    out.days = static_cast<int>(shared.size());
    if (shared.empty())
        return out;

    // The press tests answered on those days: one count per day and point (the latest answer of the day).
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::pair<std::int64_t, Reply>>> pressed;
    for (const auto& note : notes) {
        const auto when = parseTimestamp(note.when);
        if (!when || !shared.contains(dayNumber(when->day)))
            continue;
        for (const auto& a : note.answers) {
            const auto press = match::splitQuestionId(a.question);
            if (!press || press->kind != match::QuestionKind::Press || a.reply == Reply::Unsure)
                continue;
            auto& latest = pressed[{press->subject, press->side.value_or("")}][when->day];
            if (latest.first <= when->utc)
                latest = {when->utc, a.reply};
        }
    }
    for (const auto& [key, byDay] : pressed) {
        PastPress p {key.first, key.second, 0, 0, byDay.rbegin()->first}; // days in order: the last is the latest
        for (const auto& [day, answer] : byDay)
            ++(answer.second == Reply::Yes ? p.yes : p.no);
        out.presses.push_back(std::move(p));
    }
    std::stable_sort(out.presses.begin(), out.presses.end(), [](const PastPress& a, const PastPress& b) {
        if (a.yes != b.yes)
            return a.yes > b.yes;
        if (a.no != b.no)
            return a.no < b.no;
        return a.lastDay > b.lastDay;
    });

    struct Latest {
        std::string when; ///< the latest time it was tried
        std::set<std::string> regions; ///< the places of today's drawing its days shared
    };
    std::map<TreatmentKey, Tried<PastTry, Latest>> groups;
    for (const auto& note : notes) {
        const auto when = parseTimestamp(note.when);
        if (!when)
            continue;
        const long day = dayNumber(when->day);
        const auto overlapping = shared.find(day);
        if (overlapping == shared.end())
            continue;
        for (const auto& t : note.treatments) {
            std::set<std::string> concerned;
            for (const auto& region : overlapping->second)
                if (!concerns || concerns(t.muscle, t.triggerPoint, region))
                    concerned.insert(region);
            if (concerned.empty())
                continue;
            auto& g = countTry(groups, t, day);
            ++g.item.times;
            g.extra.regions.insert(concerned.begin(), concerned.end());
            // The latest time it was tried (notes come in any order: compare the instants).
            if (g.extra.when.empty() || parseTimestamp(g.extra.when)->utc <= when->utc) {
                g.extra.when = note.when;
                g.item.lastDay = when->day;
                g.item.lastBefore = t.before;
                g.item.lastAfter = t.after;
            }
        }
    }
    for (auto& [key, g] : groups) {
        g.item.drop = g.drop.figure(1);
        Sum next;
        for (const long day : g.days)
            if (const auto after = dayPain.find(day + 1); after != dayPain.end())
                next.add(after->second.mean());
        g.item.nextDay = next.figure(1);
        g.item.regions.assign(g.extra.regions.begin(), g.extra.regions.end());
        out.tries.push_back(std::move(g.item));
    }
    std::stable_sort(out.tries.begin(), out.tries.end(), [](const PastTry& a, const PastTry& b) {
        if (a.drop.mean.has_value() != b.drop.mean.has_value())
            return a.drop.mean.has_value();
        if (a.drop.mean && *a.drop.mean != *b.drop.mean)
            return *a.drop.mean > *b.drop.mean;
        if (a.nextDay.mean.has_value() != b.nextDay.mean.has_value())
            return a.nextDay.mean.has_value();
        if (a.nextDay.mean && *a.nextDay.mean != *b.nextDay.mean)
            return *a.nextDay.mean < *b.nextDay.mean;
        if (a.times != b.times)
            return a.times > b.times;
        return a.lastDay > b.lastDay;
    });
    return out;
}

Insights insights(Journal& journal, const Range& range, int minimum)
{
    std::vector<Note> notes;
    journal.forEach(range, [&notes](const Note& note) { notes.push_back(note); });
    return insights(notes, minimum);
}

} // namespace tmap::journal
