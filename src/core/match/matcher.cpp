#include "match/matcher.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>

namespace tmap::match {

using catalogue::Frequency;
using catalogue::ZoneKind;

namespace {

// How well each kind of link explains pain in a region (see docs/ranking.md).
constexpr double kMainUsual = 1.0;
constexpr double kMainOccasional = 0.8;
constexpr double kSpillUsual = 0.6;
constexpr double kSpillOccasional = 0.45;
constexpr double kLocal = 0.5;
constexpr double kLocalBonus = 0.1;
// Weight of the spot parts against the symptom part when both are given.
constexpr double kCoverageShare = 0.8;
constexpr double kSpotShare = 0.75;
// A symptom known for the trigger point's muscle, not for the point itself.
constexpr double kMuscleSymptom = 0.8;

double spotWeight(int intensity)
{
    return 0.25 + intensity / 10.0;
}

} // namespace

const char* howName(How how)
{
    switch (how) {
    case How::Main:
        return "main";
    case How::Spillover:
        return "spillover";
    case How::Local:
        return "local";
    }
    return "";
}

std::string Result::reason(const body::BodyMap& map) const
{
    // Grouped by how each spot is explained: "main zone: temple (right), lower jaw (right); spillover (sometimes):
    // eye (right); trigger point lies in: side of the neck (right); known for headache".
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    auto add = [&groups](const std::string& label, const std::string& where) {
        for (auto& [l, items] : groups)
            if (l == label)
                return items.push_back(where);
        groups.push_back({label, {where}});
    };
    for (const auto& e : explains) {
        const auto instance = body::parseInstance(e.spot);
        const auto* region = instance ? map.region(instance->base) : nullptr;
        std::string where = region ? region->description.substr(0, region->description.find(',')) : e.spot;
        if (instance && instance->side != body::Side::None)
            where += " (" + std::string(body::sideName(instance->side)) + ")";
        if (e.how == How::Local) {
            add("trigger point lies in", where);
            continue;
        }
        add(std::string(e.how == How::Main ? "main zone" : "spillover") + (e.occasional ? " (sometimes)" : ""), where);
        if (e.alsoLocal)
            add("trigger point lies in", where);
    }
    std::string text;
    for (const auto& [label, items] : groups) {
        text += (text.empty() ? "" : "; ") + label + ": ";
        for (std::size_t i = 0; i < items.size(); ++i)
            text += (i ? ", " : "") + items[i];
    }
    if (!symptoms.empty()) {
        text += (text.empty() ? "" : "; ") + std::string("known for ");
        for (std::size_t i = 0; i < symptoms.size(); ++i)
            text += (i ? ", " : "") + symptoms[i];
    }
    return text;
}

Matcher::Matcher(const catalogue::Catalogue& catalogue)
    : catalogue_(catalogue)
{
    std::map<std::string, std::size_t> muscleOrder;
    for (std::size_t i = 0; i < catalogue.muscles().size(); ++i)
        muscleOrder[catalogue.muscles()[i].id] = i;
    for (const auto* tp : catalogue.triggerPoints()) {
        const auto* muscle = catalogue.muscle(tp->muscleId);
        PointInfo info {
            tp, muscle, muscleOrder[tp->muscleId], 0, tp->symptoms, tp->onlySide != "left", tp->onlySide != "right"};
        for (const auto& s : muscle->symptoms)
            if (std::find(info.symptoms.begin(), info.symptoms.end(), s.id) == info.symptoms.end())
                info.symptoms.push_back(s.id);
        const std::size_t index = points_.size();
        for (const auto& z : tp->zones) {
            if (z.kind == ZoneKind::Main)
                ++info.mainZones;
            double w = z.kind == ZoneKind::Main ? (z.frequency == Frequency::Usual ? kMainUsual : kMainOccasional)
                                                : (z.frequency == Frequency::Usual ? kSpillUsual : kSpillOccasional);
            byRegion_[z.region].push_back({index, w, z.kind == ZoneKind::Main ? How::Main : How::Spillover,
                z.frequency == Frequency::Occasional, z.bothSides, info.onRight, info.onLeft});
        }
        for (const auto& site : tp->sites)
            byRegion_[site].push_back({index, kLocal, How::Local, false, false, info.onRight, info.onLeft});
        points_.push_back(std::move(info));
    }
}

std::vector<Result> Matcher::rank(const Drawing& drawing, std::size_t limit) const
{
    struct Spotted {
        std::string base;
        body::Side side;
        double weight;
    };
    std::vector<Spotted> spots;
    double totalWeight = 0;
    for (const auto& s : drawing.spots) {
        const auto instance = body::parseInstance(s.instance);
        if (!instance)
            continue;
        spots.push_back({instance->base, instance->side, spotWeight(std::clamp(s.intensity, 0, 10))});
        totalWeight += spots.back().weight;
    }

    // Per candidate (point, side): the best link to each spot. Side 0 = right, 1 = left. The candidates live in one
    // vector and their per-spot links in flat arrays (candidate * spots + spot), found through one slot per point
    // and side: a ranking allocates a few blocks, not several per candidate (allocation was a third of its time).
    struct Candidate {
        std::size_t point;
        int side;
        std::vector<std::string> matchedMainZones;
        std::vector<std::string> symptoms;
    };
    const std::size_t nSpots = spots.size();
    std::vector<Candidate> candidates;
    std::vector<double> value; // the best weight linking the candidate to the spot
    std::vector<const Entry*> best; // that link's zone
    std::vector<char> local; // the point lies in the spot's region
    std::vector<char> sideless; // explained only through a midline region or a both-sides zone
    std::vector<int> slot(points_.size() * 2, -1);
    candidates.reserve(64);
    auto candidate = [&](std::size_t point, int side) -> std::size_t {
        int& s = slot[point * 2 + static_cast<std::size_t>(side)];
        if (s < 0) {
            s = static_cast<int>(candidates.size());
            candidates.push_back({point, side, {}, {}});
            value.resize(value.size() + nSpots, 0.0);
            best.resize(best.size() + nSpots, nullptr);
            local.resize(local.size() + nSpots, 0);
            sideless.resize(sideless.size() + nSpots, 0);
        }
        return static_cast<std::size_t>(s);
    };
    for (std::size_t si = 0; si < spots.size(); ++si) {
        const auto it = byRegion_.find(spots[si].base);
        if (it == byRegion_.end())
            continue;
        for (const Entry& e : it->second) {
            for (int side = 0; side < 2; ++side) {
                if (!(side == 0 ? e.onRight : e.onLeft))
                    continue;
                const auto pointSide = side == 0 ? body::Side::Right : body::Side::Left;
                const bool midline = spots[si].side == body::Side::None;
                const bool fits = midline || spots[si].side == pointSide || (e.bothSides && e.how != How::Local);
                if (!fits)
                    continue;
                const std::size_t ci = candidate(e.point, side);
                Candidate& c = candidates[ci];
                const std::size_t at = ci * nSpots + si;
                if (e.how == How::Local) {
                    local[at] = 1;
                } else if (e.weight > value[at]) {
                    value[at] = e.weight;
                    best[at] = &e;
                    sideless[at] = midline || spots[si].side != pointSide;
                }
                if (e.how == How::Main) {
                    const auto& name = spots[si].base;
                    if (std::find(c.matchedMainZones.begin(), c.matchedMainZones.end(), name)
                        == c.matchedMainZones.end())
                        c.matchedMainZones.push_back(name);
                }
            }
        }
    }
    // Symptoms alone also make candidates, on both sides (the side is then undecided).
    if (!drawing.symptoms.empty()) {
        for (std::size_t p = 0; p < points_.size(); ++p) {
            for (const auto& s : drawing.symptoms) {
                if (std::find(points_[p].symptoms.begin(), points_[p].symptoms.end(), s) != points_[p].symptoms.end()) {
                    for (int side = 0; side < 2; ++side) {
                        if (!(side == 0 ? points_[p].onRight : points_[p].onLeft))
                            continue;
                        Candidate& c = candidates[candidate(p, side)];
                        if (std::find(c.symptoms.begin(), c.symptoms.end(), s) == c.symptoms.end())
                            c.symptoms.push_back(s);
                    }
                }
            }
        }
    }

    std::vector<Result> results;
    std::vector<std::pair<std::size_t, bool>> meta; // muscle order, decided side
    results.reserve(candidates.size());
    meta.reserve(candidates.size());
    for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
        const Candidate& c = candidates[ci];
        const auto& info = points_[c.point];
        double explained = 0;
        int explainedCount = 0;
        bool sideDecided = false;
        Result r;
        r.muscle = info.muscle;
        r.point = info.point;
        for (std::size_t si = 0; si < spots.size(); ++si) {
            const std::size_t at = ci * nSpots + si;
            double v = value[at];
            if (local[at])
                v = v > 0 ? std::min(1.0, v + kLocalBonus) : kLocal;
            if (v <= 0) {
                r.unexplained.push_back(drawing.spots[si].instance);
                continue;
            }
            explained += v * spots[si].weight;
            ++explainedCount;
            if (!sideless[at] && spots[si].side != body::Side::None)
                sideDecided = true;
            Explained e;
            e.spot = drawing.spots[si].instance;
            e.how = best[at] ? best[at]->how : How::Local;
            e.occasional = best[at] && best[at]->occasional;
            e.alsoLocal = local[at];
            r.explains.push_back(e);
        }
        if (!spots.empty() && explainedCount == 0 && c.symptoms.empty())
            continue;
        double spotPart = 0;
        if (totalWeight > 0) {
            const double coverage = explained / totalWeight;
            const double precision
                = info.mainZones > 0 ? static_cast<double>(c.matchedMainZones.size()) / info.mainZones : 0.0;
            spotPart = kCoverageShare * coverage + (1 - kCoverageShare) * std::min(1.0, precision);
        }
        // A symptom the catalogue ties to this very trigger point counts fully; one known for its muscle as a
        // whole counts a little less, so the muscle's most typical point comes first.
        double symptomHits = 0;
        for (const auto& s : c.symptoms)
            symptomHits
                += std::find(info.point->symptoms.begin(), info.point->symptoms.end(), s) != info.point->symptoms.end()
                ? 1.0
                : kMuscleSymptom;
        const double symptomPart = drawing.symptoms.empty() ? 0.0 : symptomHits / drawing.symptoms.size();
        if (spots.empty())
            r.score = symptomPart;
        else if (drawing.symptoms.empty())
            r.score = spotPart;
        else
            r.score = kSpotShare * spotPart + (1 - kSpotShare) * symptomPart;
        r.side = sideDecided ? (c.side == 0 ? "right" : "left") : "either";
        r.symptoms = c.symptoms;
        results.push_back(std::move(r));
        meta.push_back({info.muscleIndex, sideDecided});
    }

    // Best first; ties go to the point that explains more spots, then to catalogue order.
    std::vector<std::size_t> order(results.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (results[a].score != results[b].score)
            return results[a].score > results[b].score;
        if (results[a].explains.size() != results[b].explains.size())
            return results[a].explains.size() > results[b].explains.size();
        if (meta[a].first != meta[b].first)
            return meta[a].first < meta[b].first;
        if (results[a].point->id != results[b].point->id)
            return results[a].point->id < results[b].point->id;
        return results[a].side > results[b].side; // "right" before "left" before "either"
    });

    // First one entry per muscle (its best trigger point and side), so one muscle with many points does not
    // crowd out the others; then, while there is room, the other trigger points of those muscles.
    std::vector<Result> ranked;
    std::vector<const catalogue::Muscle*> seenMuscles;
    std::vector<const catalogue::TriggerPoint*> seenPoints;
    std::vector<bool> taken(results.size(), false);
    auto take = [&](std::size_t i) {
        seenPoints.push_back(results[i].point);
        taken[i] = true;
        ranked.push_back(std::move(results[i]));
        ranked.back().rank = static_cast<int>(ranked.size());
    };
    for (const std::size_t i : order) {
        if (limit && ranked.size() >= limit)
            break;
        if (std::find(seenMuscles.begin(), seenMuscles.end(), results[i].muscle) != seenMuscles.end())
            continue;
        seenMuscles.push_back(results[i].muscle);
        take(i);
    }
    for (const std::size_t i : order) {
        if (limit && ranked.size() >= limit)
            break;
        if (taken[i] || std::find(seenPoints.begin(), seenPoints.end(), results[i].point) != seenPoints.end())
            continue;
        take(i);
    }
    return ranked;
}

Spot parseSpot(const body::BodyMap& map, const std::string& text)
{
    Spot spot;
    std::string region = text;
    if (const auto eq = text.find('='); eq != std::string::npos) {
        region = text.substr(0, eq);
        const std::string value = text.substr(eq + 1);
        int intensity = -1;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), intensity);
        if (ec != std::errc() || ptr != value.data() + value.size() || intensity < 0 || intensity > 10)
            throw std::invalid_argument("spot \"" + text + "\": intensity must be a whole number from 0 to 10");
        spot.intensity = intensity;
    }
    const auto colon = region.find(':');
    const std::string base = region.substr(0, colon);
    const body::Region* r = map.region(base);
    if (!r)
        throw std::invalid_argument(
            "spot \"" + text + "\": unknown region \"" + base + "\" (see `tpmap regions` for the list)");
    if (colon != std::string::npos) {
        const std::string side = region.substr(colon + 1);
        if (side != "left" && side != "right")
            throw std::invalid_argument("spot \"" + text + "\": side must be left or right, not \"" + side + "\"");
        if (!r->sided)
            throw std::invalid_argument("spot \"" + text + "\": " + base + " is a midline region and has no side");
        spot.instance = base + ":" + side;
    } else if (r->sided) {
        throw std::invalid_argument("spot \"" + text + "\": " + base + " needs a side, e.g. " + base + ":right");
    } else {
        spot.instance = base;
    }
    return spot;
}

} // namespace tmap::match

namespace tmap::match {

std::vector<const catalogue::RedFlag*> redFlagsFor(const catalogue::Catalogue& catalogue, const Drawing& drawing)
{
    std::vector<const catalogue::RedFlag*> flags;
    for (const auto& flag : catalogue.data().redFlags) {
        bool touched = false;
        for (const auto& spot : drawing.spots) {
            const auto instance = body::parseInstance(spot.instance);
            for (const auto& region : flag.regions)
                touched = touched || region == spot.instance || (instance && region == instance->base);
        }
        for (const auto& s : drawing.symptoms)
            touched = touched || std::find(flag.symptoms.begin(), flag.symptoms.end(), s) != flag.symptoms.end();
        if (touched)
            flags.push_back(&flag);
    }
    return flags;
}

} // namespace tmap::match
