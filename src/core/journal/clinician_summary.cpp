// journal/clinician_summary: the report's first page in figures, from the summary, the notes' daily pain, the
// insights and the standard body-map export of the range.
#include "journal/clinician_summary.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

#include "body/body_map.h"

namespace tmap::journal {

namespace {

PeriodDrawing drawingOf(Journal& journal, const std::string& since, const std::string& until)
{
    const Summary s = summarize(journal, {since, until});
    return {since, until, s.notes, s.regions};
}

std::optional<double> meanOf(const PeriodDrawing& drawing, const std::string& region)
{
    for (const auto& r : drawing.regions)
        if (r.region == region)
            return r.intensity.mean;
    return std::nullopt;
}

Mean meanOver(const std::vector<DayMean>& days, const std::string& since, const std::string& until)
{
    Mean m;
    double sum = 0;
    for (const auto& d : days)
        if (d.day >= since && d.day <= until) {
            sum += d.intensity.mean;
            ++m.count;
        }
    if (m.count > 0)
        m.mean = sum / m.count;
    return m;
}

} // namespace

ClinicianSummary clinicianSummary(Journal& journal, const body::BodyMap& body, const Range& range)
{
    ClinicianSummary c;
    c.summary = summarize(journal, range);
    const Summary& s = c.summary;
    c.average = {s.first, s.last, s.notes, s.regions};
    if (s.notes > 0) {
        // The first and the last week of a range of three weeks or more; of a shorter one, its first and last third
        // (at least a day), so that the two never share a day unless the notes span a single day.
        const int span = daysBetween(s.first, s.last);
        c.windowDays = std::clamp(span / 3, 1, kSummaryWindowDays);
        c.start = drawingOf(journal, s.first, addDays(s.first, c.windowDays - 1));
        c.end = drawingOf(journal, addDays(s.last, 1 - c.windowDays), s.last);
    }

    for (const auto& view : body.views()) {
        bool shows = false;
        for (const auto* drawing : {&c.average, &c.start, &c.end})
            for (const auto& r : drawing->regions)
                shows = shows || view.shape(r.region) != nullptr;
        if (shows)
            c.views.push_back(view.id);
    }

    for (const auto& r : s.worstRegions(kSummaryWorstRegions))
        c.worst.push_back({r.region, r.intensity, meanOf(c.start, r.region), meanOf(c.end, r.region)});

    // The daily pain, as the insights count it: a note's overall pain, else its worst spot; a day's mean.
    c.trend.days = s.painPerDay;
    std::vector<Note> notes;
    journal.forEach(range, [&](const Note& n) { notes.push_back(n); });
    if (c.windowDays > 0) {
        c.trend.start = meanOver(c.trend.days, c.start.since, c.start.until);
        c.trend.end = meanOver(c.trend.days, c.end.since, c.end.until);
        if (c.trend.start.count > 0 && c.trend.end.count > 0 && c.start.until < c.end.since) {
            c.trend.change = c.trend.end.mean - c.trend.start.mean;
            c.trend.direction = c.trend.change <= -kTrendThreshold ? TrendDirection::Better
                : c.trend.change >= kTrendThreshold                ? TrendDirection::Worse
                                                                   : TrendDirection::Same;
        }
    }

    const Insights found = insights(notes);
    c.insightMinimum = found.minimum;
    for (const auto& t : found.techniques)
        if (c.helped.size() < kSummaryHelped && t.helped())
            c.helped.push_back(t);
    for (const auto& f : found.factors)
        if (c.worseWith.size() < kSummaryFactors && !f.tooFew() && *f.with.mean - *f.without.mean >= kTrendThreshold)
            c.worseWith.push_back(f);

    c.choir = exportBodyMap(journal, BodyMapFormat::Choir, range).front();
    c.mbm = exportBodyMap(journal, BodyMapFormat::Mbm, range).front();
    c.wpi = exportBodyMap(journal, BodyMapFormat::Wpi, range).front();
    return c;
}

} // namespace tmap::journal
