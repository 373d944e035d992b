// match/reasons: a result's reasons as structure (match/reasons.h); the front ends word them.
#include "match/reasons.h"

#include <algorithm>

namespace tmap::match {

Reasons reasons(const Result& result, const body::BodyMap& map)
{
    Reasons out;
    // Every place of the drawing counts, explained or not, for the full names: a place drawn in two parts ("back of
    // the thigh", upper and lower) is named in full in every row.
    std::vector<std::string> bases;
    auto collect = [&bases](const std::string& spot) {
        if (const auto parsed = body::parseInstance(spot))
            if (std::find(bases.begin(), bases.end(), parsed->base) == bases.end())
                bases.push_back(parsed->base);
    };
    for (const auto& e : result.explains)
        collect(e.spot);
    for (const auto& spot : result.unexplained)
        collect(spot);
    const auto full = body::namedInFull(map, bases);

    // The spots of each kind in order, each with the point that explains it (its tag: two sides become one place
    // only when one point explains both).
    struct Pending {
        ReasonKind kind;
        std::vector<std::string> spots;
        std::vector<std::string> tags;
        std::vector<const Explained*> from;
    };
    std::vector<Pending> pending;
    auto add = [&pending](ReasonKind kind, const Explained& e) {
        auto group = std::find_if(pending.begin(), pending.end(), [kind](const Pending& p) { return p.kind == kind; });
        if (group == pending.end())
            group = pending.insert(pending.end(), Pending {kind, {}, {}, {}});
        group->spots.push_back(e.spot);
        group->tags.push_back(e.by ? e.by->id : std::string());
        group->from.push_back(&e);
    };
    for (const auto& e : result.explains) {
        switch (e.how) {
        case How::Local:
            add(ReasonKind::Local, e);
            continue;
        case How::Guide:
            add(ReasonKind::Guide, e);
            continue;
        case How::Main:
            add(e.occasional ? ReasonKind::MainSometimes : ReasonKind::Main, e);
            break;
        case How::Spillover:
            add(e.occasional ? ReasonKind::SpilloverSometimes : ReasonKind::Spillover, e);
            break;
        }
        if (e.alsoLocal)
            add(ReasonKind::Local, e);
    }
    for (const auto& p : pending) {
        ReasonGroup group {p.kind, {}};
        for (const auto& place : body::placesOnce(p.spots, p.tags)) {
            ReasonPlace r {place.base, place.side, place.bothSides, full.count(place.base) != 0, nullptr,
                body::Side::None};
            // The point behind it, said only when it is not the row's own point.
            const auto from = std::find_if(p.from.begin(), p.from.end(), [&](const Explained* e) {
                const auto parsed = body::parseInstance(e->spot);
                return parsed && parsed->base == place.base && (e->by ? e->by->id : std::string()) == place.tag;
            });
            if (from != p.from.end() && (*from)->by && (*from)->by != result.point) {
                r.by = (*from)->by;
                r.bySide = place.bothSides ? body::Side::None : (*from)->bySide; // the point on both sides
            }
            group.places.push_back(std::move(r));
        }
        out.groups.push_back(std::move(group));
    }
    if (result.evidence.combined) {
        // One point on both sides, or several points of the muscle (pointsOf).
        const auto points = pointsOf(result);
        const bool onePoint
            = std::all_of(points.begin(), points.end(), [&](const PointOnSide& p) { return p.point == result.point; });
        out.combined = onePoint ? Combined::SamePointBothSides : Combined::WithOtherPoints;
    }
    for (const auto& place : body::placesOnce(result.unexplained))
        out.unexplained.push_back(
            {place.base, place.side, place.bothSides, full.count(place.base) != 0, nullptr, body::Side::None});
    out.symptoms = result.symptoms;
    return out;
}

} // namespace tmap::match
