// match/matcher: the ranking (docs/ranking.md). Over 600 lines because rank() is one scoring pass over flat
// per-candidate arrays (kept together for speed: bench_match), and the spot and question-id parsers sit beside it.
#include "match/matcher.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

#include "catalogue/symptom_words.h"

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
// A muscle that a pain guide names for a region its pattern (as drawn here) does not reach still explains pain
// there: the guides and the charts are two readings of the same references. Named as an essential zone it links
// like an occasional main zone, as spillover like an occasional spillover zone.
constexpr double kGuideOnlyMain = kMainOccasional;
constexpr double kGuideOnlySpillover = kSpillOccasional;
// A spot the pattern does not explain still has this chance under the point: the person may have a second
// source of pain. Keeps one unexplained spot from ruling a candidate out.
constexpr double kUnexplained = 0.1;
// Drawing all of a pattern's main zones fits it better than drawing one corner of it: the fit is multiplied by
// kPrecisionFloor + (1 - kPrecisionFloor) x the share of the main zones drawn. (0.75 until 2026-12-06: with the
// pain guides' order it ranked one-place drawings against the guides' own lists more often; bench_match's "guides".)
constexpr double kPrecisionFloor = 0.85;
// Pain guides: a muscle named for the region as an essential zone counts 1, as spillover kGuideSpillover; each
// place further down the list divides by (1 + kGuideDecay x place); a muscle the guide does not name counts
// kGuideAbsent (its pattern reaches the region, but the references do not list it as a usual cause there).
constexpr double kGuideSpillover = 0.6;
// Chosen on the tuning set and the guides' own lists drawn one place at a time (bench_match "guides"), never on the
// scoring set: 0.2 and 0.12 until 2026-12-06.
constexpr double kGuideDecay = 0.25;
constexpr double kGuideAbsent = 0.1;
// The pain guides are looked up by where the pain is worst: a spot less intense than the drawing's strongest counts
// this much of its weight in the prior (not in the fit). Chosen on the tuning set only; 0.4-0.7 gave the same shares.
constexpr double kLesserSpotPrior = 0.5;
// A trigger point the references call less common (or rare) than its muscle's others: about half as likely a source.
constexpr double kLessCommon = 0.5;
// Symptoms: known for the point 1, for its muscle kMuscleSymptom, not known kSymptomAbsent + (1 - kSymptomAbsent)
// x the share of muscles known for it: a symptom that many muscles cause (stiffness) says little against a muscle
// that the catalogue does not tie to it; a rare one (ringing in the ear) says much.
constexpr double kMuscleSymptom = 0.8;
constexpr double kSymptomAbsent = 0.25;
// Several trigger points of one muscle together: each point beyond the first multiplies the fit by kExtraPoint;
// the muscle on both sides of the body at once by kBothSides.
constexpr double kExtraPoint = 0.85;
constexpr double kBothSides = 0.8;
// Answers: the chance of a "yes" if the candidate is the source (see docs/ranking.md).
constexpr double kPressYesSource = 0.8; // pressing the true trigger point brings on the familiar pain
constexpr double kPressYesOther = 0.2; // pressing a point that is not the source does
constexpr double kRegionMainUsual = 0.85;
constexpr double kRegionMainOccasional = 0.6;
constexpr double kRegionSpillUsual = 0.5;
constexpr double kRegionSpillOccasional = 0.35;
constexpr double kRegionLocal = 0.4;
constexpr double kRegionNone = 0.08;
/// A place another trigger point of the same muscle refers to: that point would have to be active too. Its chance of
/// "yes" counts this share of what it would be for the candidate's own point (above the chance of no link).
constexpr double kRegionOtherPoint = 0.5;
constexpr double kSymptomYesPoint = 0.7;
constexpr double kSymptomYesMuscle = 0.55;
constexpr double kSymptomYesNone = 0.12;
// Relative likelihood words, from the score over the best score.
constexpr double kLikely = 0.5;
constexpr double kPossible = 0.15;

double spotWeight(int intensity)
{
    return 0.25 + intensity / 10.0;
}

body::Side sideOf(int side)
{
    return side == 0 ? body::Side::Right : body::Side::Left;
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
    case How::Guide:
        return "guide";
    }
    return "";
}

const char* likelihoodName(Likelihood likelihood)
{
    switch (likelihood) {
    case Likelihood::Likely:
        return "likely";
    case Likelihood::Possible:
        return "possible";
    case Likelihood::LessLikely:
        return "less likely";
    }
    return "";
}

const char* resultSideName(body::Side side)
{
    return side == body::Side::None ? "either" : side == body::Side::Left ? "left" : "right";
}

bool onBothSides(const Result& result)
{
    bool left = false;
    bool right = false;
    for (const auto& e : result.explains) {
        left = left || e.bySide == body::Side::Left;
        right = right || e.bySide == body::Side::Right;
    }
    return left && right;
}

std::vector<PointOnSide> pointsOf(const Result& result)
{
    std::vector<PointOnSide> points;
    if (!result.point)
        return points;
    auto add = [&points](const catalogue::TriggerPoint* point, body::Side side) {
        const PointOnSide p {point, side};
        if (std::find(points.begin(), points.end(), p) == points.end())
            points.push_back(p);
    };
    if (!result.evidence.combined) {
        add(result.point, result.side);
        return points;
    }
    // The own point on the side its spots give it, else on the result's side.
    const auto own = std::find_if(result.explains.begin(), result.explains.end(),
        [&](const Explained& e) { return e.by == result.point && e.bySide != body::Side::None; });
    add(result.point, own != result.explains.end() ? own->bySide : result.side);
    for (const auto& e : result.explains)
        if (e.by && e.bySide != body::Side::None)
            add(e.by, e.bySide);
    return points;
}

Matcher::Matcher(const catalogue::Catalogue& catalogue)
    : catalogue_(catalogue)
{
    std::map<std::string, std::size_t, std::less<>> muscleOrder;
    for (std::size_t i = 0; i < catalogue.muscles().size(); ++i)
        muscleOrder[catalogue.muscles()[i].id] = i;
    muscleCount_ = catalogue.muscles().size();
    for (const auto* tp : catalogue.triggerPoints()) {
        const auto* muscle = catalogue.muscle(tp->muscleId);
        PointInfo info {tp, muscle, muscleOrder[tp->muscleId], 0, tp->symptoms, tp->onlySide != body::Side::Left,
            tp->onlySide != body::Side::Right};
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
        pointIndex_[tp->id] = index;
        points_.push_back(std::move(info));
    }
    {
        std::map<std::string, int, std::less<>> musclesWith;
        for (const auto& m : catalogue.muscles()) {
            std::set<std::string> ids;
            for (const auto& s : m.symptoms)
                ids.insert(s.id);
            for (const auto& tp : m.triggerPoints)
                ids.insert(tp.symptoms.begin(), tp.symptoms.end());
            for (const auto& id : ids)
                ++musclesWith[id];
        }
        const double muscles = std::max<std::size_t>(1, muscleCount_);
        for (const auto& s : catalogue.data().symptoms) {
            const auto it = musclesWith.find(s.id);
            const double share = it == musclesWith.end() ? 0.0 : it->second / muscles;
            symptomAbsent_[s.id] = kSymptomAbsent + (1 - kSymptomAbsent) * share;
        }
    }
    // Without a place drawn, how often the guides name a muscle at all (the mean of its guide value over every guide,
    // each guide once) orders muscles that the symptoms leave equal: it spans 1.0-1.1 only, less than the step
    // between a symptom tied to the point and one tied to its muscle (1 and 0.8), which it must not overturn.
    anywherePrior_.assign(muscleCount_, 0.0);
    for (const auto& guide : catalogue.data().painGuides) {
        for (const auto& gm : guide.muscles)
            if (const auto it = muscleOrder.find(gm.muscleId); it != muscleOrder.end())
                anywherePrior_[it->second] += (gm.kind == ZoneKind::Main ? 1.0 : kGuideSpillover)
                    / (1.0 + kGuideDecay * gm.place) / static_cast<double>(catalogue.data().painGuides.size());
    }
    const double most = std::max(1e-9, *std::max_element(anywherePrior_.begin(), anywherePrior_.end()));
    for (auto& p : anywherePrior_)
        p = 1.0 + 0.1 * p / most;
    for (const auto& guide : catalogue.data().painGuides) {
        // Places, not list positions: muscles the references name in one entry share one.
        const int of = guide.muscles.empty() ? 0 : guide.muscles.back().place + 1;
        for (const auto& gm : guide.muscles) {
            const int i = gm.place;
            const auto it = muscleOrder.find(gm.muscleId);
            if (it == muscleOrder.end())
                continue;
            const double value = (gm.kind == ZoneKind::Main ? 1.0 : kGuideSpillover) / (1.0 + kGuideDecay * i);
            for (const auto& region : guide.regions) {
                guideByRegion_[region].push_back({it->second, value, i + 1, of, gm.kind});
                auto& entries = byRegion_[region];
                const bool reaches = std::any_of(entries.begin(), entries.end(),
                    [&](const Entry& e) { return e.how != How::Local && points_[e.point].muscleIndex == it->second; });
                if (reaches)
                    continue;
                // The point that stands for the muscle: its first (best-known) point, unless that one's pattern lies
                // in another part of the body (head, neck, chest...) than the guide's places; then the point whose
                // pattern lies nearest them - the most of its zones in the guide's regions (a main zone counts
                // twice), else in the same part of the body. For pain in the jaw, sternocleidomastoid's point that
                // refers to the cheek, not its first, which refers to the breastbone.
                auto nearness = [&](const PointInfo& p) {
                    int inGuide = 0;
                    int inArea = 0;
                    for (const auto& z : p.point->zones) {
                        const int weight = z.kind == ZoneKind::Main ? 2 : 1;
                        const auto area = z.region.substr(0, z.region.find('.'));
                        for (const auto& r : guide.regions) {
                            inGuide += r == z.region ? weight : 0;
                            inArea += r.substr(0, r.find('.')) == area ? weight : 0;
                        }
                    }
                    return std::pair {inGuide, inArea};
                };
                auto first = std::find_if(
                    points_.begin(), points_.end(), [&](const PointInfo& p) { return p.muscleIndex == it->second; });
                if (first == points_.end())
                    continue;
                if (nearness(*first) == std::pair {0, 0}) {
                    std::pair<int, int> best {0, 0};
                    for (auto p = first; p != points_.end(); ++p) {
                        if (p->muscleIndex != it->second)
                            continue;
                        if (const auto near = nearness(*p); near > best) {
                            best = near;
                            first = p;
                        }
                    }
                }
                const auto index = static_cast<std::size_t>(first - points_.begin());
                entries.push_back({index, gm.kind == ZoneKind::Main ? kGuideOnlyMain : kGuideOnlySpillover, How::Guide,
                    false, false, first->onRight, first->onLeft});
            }
        }
    }
}

double Matcher::yesChance(const Result& candidate, const QuestionKey& question) const
{
    const auto it = pointIndex_.find(candidate.point->id);
    if (it == pointIndex_.end())
        return 0.5;
    const PointInfo& info = points_[it->second];
    switch (question.kind) {
    case QuestionKind::Press: {
        // The muscle pressed, on the side pressed: pressing the left upper trapezius says nothing for the right one.
        const auto q = pointIndex_.find(question.subject);
        const bool sameSide = question.side == body::Side::None || candidate.side == body::Side::None
            || question.side == candidate.side;
        return q != pointIndex_.end() && points_[q->second].muscle == info.muscle && sameSide ? kPressYesSource
                                                                                              : kPressYesOther;
    }
    case QuestionKind::Symptom: {
        const auto& own = info.point->symptoms;
        if (std::find(own.begin(), own.end(), question.subject) != own.end())
            return kSymptomYesPoint;
        return std::find(info.symptoms.begin(), info.symptoms.end(), question.subject) != info.symptoms.end()
            ? kSymptomYesMuscle
            : kSymptomYesNone;
    }
    case QuestionKind::Region: {
        const auto instance = body::parseInstance(question.subject);
        if (!instance)
            return kRegionNone;
        const auto entries = byRegion_.find(instance->base);
        double best = kRegionNone;
        if (entries == byRegion_.end())
            return best;
        for (const Entry& e : entries->second) {
            const PointInfo& p = points_[e.point];
            if (p.muscle != info.muscle)
                continue;
            const bool sideFits = instance->side == body::Side::None || candidate.side == body::Side::None
                || candidate.side == instance->side || (e.bothSides && e.how != How::Local);
            if (!sideFits)
                continue;
            double chance = e.how == How::Guide ? kRegionSpillOccasional : kRegionLocal;
            if (e.how == How::Main)
                chance = e.occasional ? kRegionMainOccasional : kRegionMainUsual;
            else if (e.how == How::Spillover)
                chance = e.occasional ? kRegionSpillOccasional : kRegionSpillUsual;
            if (p.point != candidate.point && e.how != How::Guide)
                chance = kRegionNone + kRegionOtherPoint * (chance - kRegionNone);
            best = std::max(best, chance);
        }
        return best;
    }
    }
    return 0.5;
}

void Matcher::symptomPlacesPrior(const std::vector<std::string>& symptoms, std::vector<double>& prior) const
{
    // A symptom that is pain in named places (a headache: the head's places) says where the pain is even with no
    // spot drawn: the guides of those places order the muscles, each place once, on the same narrow 1.0-1.1 span
    // as anywherePrior_ (a symptom tied to the point must still outweigh one tied to its muscle).
    std::set<std::string_view> places;
    for (const auto& id : symptoms)
        if (const auto* symptom = catalogue_.symptom(id))
            places.insert(symptom->drawnAs.begin(), symptom->drawnAs.end());
    std::vector<double> sum(muscleCount_, 0.0);
    for (const auto place : places)
        if (const auto it = guideByRegion_.find(place); it != guideByRegion_.end())
            for (const auto& g : it->second)
                sum[g.muscleIndex] += g.value;
    const double most = sum.empty() ? 0.0 : *std::max_element(sum.begin(), sum.end());
    if (most <= 0)
        return; // no symptom names a place a guide covers: how often the guides name a muscle anywhere
    // The places' guides decide; how often the guides name a muscle anywhere breaks their ties (muscles none of the
    // places' guides names), on a tenth of the span.
    for (std::size_t m = 0; m < muscleCount_; ++m)
        prior[m] = 1.0 + 0.09 * sum[m] / most + 0.1 * (anywherePrior_[m] - 1.0);
}

double Matcher::answerFactor(
    const PointInfo& info, body::Side side, const Drawing& drawing, std::vector<Answer>* concerned) const
{
    if (drawing.answers.empty())
        return 1.0;
    Result probe;
    probe.point = info.point;
    probe.muscle = info.muscle;
    probe.side = side;
    double factor = 1.0;
    for (const auto& a : drawing.answers) {
        if (a.reply == Reply::Unsure)
            continue;
        const double chance = yesChance(probe, a.question);
        factor *= a.reply == Reply::Yes ? chance : 1.0 - chance;
        const bool aboutIt = a.question.kind == QuestionKind::Press ? chance == kPressYesSource
            : a.question.kind == QuestionKind::Region               ? chance > kRegionNone
                                                                    : chance > kSymptomYesNone;
        if (concerned && aboutIt)
            concerned->push_back(a);
    }
    return factor;
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
    // Symptoms asked about and answered "yes" count as symptoms of the drawing.
    std::vector<std::string> symptoms = drawing.symptoms;

    // Per candidate (point, side): the best link to each spot. Side 0 = right, 1 = left. The candidates live in one
    // vector and their per-spot links in flat arrays (candidate * spots + spot), found through one slot per point
    // and side: a ranking allocates a few blocks, not several per candidate.
    struct Candidate {
        std::size_t point;
        int side;
        std::vector<std::string> symptoms;
    };
    const std::size_t nSpots = spots.size();
    std::vector<Candidate> candidates;
    std::vector<double> value; // the best weight linking the candidate to the spot
    std::vector<const Entry*> best; // that link's zone
    std::vector<char> local; // the point lies in the spot's region
    std::vector<char> sideless; // explained only through a midline region or a both-sides zone
    // A main zone of the candidate's pattern is drawn: set once per region (at its first spot), whatever the sides.
    std::vector<char> mainDrawn;
    std::vector<std::size_t> firstOfBase(nSpots);
    for (std::size_t si = 0; si < nSpots; ++si) {
        firstOfBase[si] = si;
        for (std::size_t sj = 0; sj < si; ++sj)
            if (spots[sj].base == spots[si].base) {
                firstOfBase[si] = sj;
                break;
            }
    }
    std::vector<int> slot(points_.size() * 2, -1);
    candidates.reserve(64);
    auto candidate = [&](std::size_t point, int side) -> std::size_t {
        int& s = slot[point * 2 + static_cast<std::size_t>(side)];
        if (s < 0) {
            s = static_cast<int>(candidates.size());
            candidates.push_back({point, side, {}});
            value.resize(value.size() + nSpots, 0.0);
            best.resize(best.size() + nSpots, nullptr);
            local.resize(local.size() + nSpots, 0);
            sideless.resize(sideless.size() + nSpots, 0);
            mainDrawn.resize(mainDrawn.size() + nSpots, 0);
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
                const std::size_t at = ci * nSpots + si;
                if (e.how == How::Local) {
                    local[at] = 1;
                } else if (e.weight > value[at]) {
                    value[at] = e.weight;
                    best[at] = &e;
                    // A zone on both sides (low back pain from an abdominal point) does not tell the point's side.
                    sideless[at] = midline || spots[si].side != pointSide || e.bothSides;
                }
                if (e.how == How::Main)
                    mainDrawn[ci * nSpots + firstOfBase[si]] = 1;
            }
        }
    }
    // Symptoms alone also make candidates, on both sides (the side is then undecided).
    if (!symptoms.empty()) {
        for (std::size_t p = 0; p < points_.size(); ++p) {
            for (const auto& s : symptoms) {
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

    // The prior: how often the pain guides name each muscle for the drawn regions, weighted like the spots, the
    // strongest spots (the chief complaint, by which the guides are looked up) fully, the others by kLesserSpotPrior.
    std::vector<double> prior = totalWeight > 0 ? std::vector<double>(muscleCount_, kGuideAbsent) : anywherePrior_;
    if (totalWeight <= 0)
        symptomPlacesPrior(symptoms, prior);
    if (totalWeight > 0) {
        double strongest = 0;
        for (const auto& s : spots)
            strongest = std::max(strongest, s.weight);
        auto priorWeight
            = [strongest](const Spotted& s) { return s.weight < strongest ? kLesserSpotPrior * s.weight : s.weight; };
        std::vector<double> sum(muscleCount_, 0.0);
        double priorTotal = 0;
        for (const auto& s : spots) {
            const double weight = priorWeight(s);
            priorTotal += weight;
            const auto it = guideByRegion_.find(s.base);
            if (it == guideByRegion_.end())
                continue;
            for (const auto& g : it->second)
                sum[g.muscleIndex] += weight * (g.value - kGuideAbsent);
        }
        for (std::size_t m = 0; m < muscleCount_; ++m)
            prior[m] = kGuideAbsent + sum[m] / priorTotal;
    }

    // Per candidate: its score and what ordering the list needs. The words of a row (which spot is explained how,
    // by which point) are put together only for the rows returned, at the end.
    struct Row {
        std::size_t candidate;
        std::size_t muscle;
        double score;
        double fitFactors; // everything but the fit: precision, prior, symptoms, answers
        std::size_t explained; // spots explained (by the row's own point, or by the muscle's points together)
        std::size_t local; // spots in whose region the point itself lies
        body::Side side;
        Evidence evidence;
        std::vector<std::pair<std::size_t, std::size_t>> byWhom; // a combined row: spot -> the row explaining it
    };
    auto linkOf = [&](std::size_t at) {
        const double v = value[at];
        return local[at] ? (v > 0 ? std::min(1.0, v + kLocalBonus) : kLocal) : v;
    };
    std::vector<Row> rows;
    rows.reserve(candidates.size());
    for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
        const Candidate& c = candidates[ci];
        const auto& info = points_[c.point];
        double logFit = 0;
        std::size_t explained = 0;
        std::size_t localSpots = 0;
        std::size_t mainZonesDrawn = 0;
        bool sideDecided = false;
        for (std::size_t si = 0; si < nSpots; ++si) {
            const std::size_t at = ci * nSpots + si;
            const double v = linkOf(at);
            logFit += spots[si].weight * std::log(kUnexplained + (1 - kUnexplained) * v);
            mainZonesDrawn += mainDrawn[at];
            localSpots += local[at] ? 1 : 0;
            if (v <= 0)
                continue;
            ++explained;
            if (!sideless[at] && spots[si].side != body::Side::None)
                sideDecided = true;
        }
        if (nSpots > 0 && explained == 0 && c.symptoms.empty())
            continue;
        Row row {ci, info.muscleIndex, 0.0, 0.0, explained, localSpots, sideDecided ? sideOf(c.side) : body::Side::None,
            {}, {}};
        // Normalised by the drawing's total weight, so that the fit reads 0-1 whatever the number of spots.
        row.evidence.fit = totalWeight > 0 ? std::exp(logFit / totalWeight) : 1.0;
        const double precision = info.mainZones > 0 && totalWeight > 0
            ? std::min(1.0, static_cast<double>(mainZonesDrawn) / info.mainZones)
            : 1.0;
        // The point's own share of it: one the references call less common than the muscle's others counts less.
        row.evidence.prior = prior[info.muscleIndex] * (info.point->lessCommon ? kLessCommon : 1.0);
        double symptomFactor = 1.0;
        for (const auto& s : symptoms) {
            const bool own
                = std::find(info.point->symptoms.begin(), info.point->symptoms.end(), s) != info.point->symptoms.end();
            const bool muscle = std::find(c.symptoms.begin(), c.symptoms.end(), s) != c.symptoms.end();
            const auto absent = symptomAbsent_.find(s);
            symptomFactor *= own ? 1.0
                : muscle         ? kMuscleSymptom
                                 : (absent == symptomAbsent_.end() ? kSymptomAbsent : absent->second);
        }
        row.evidence.symptoms = symptomFactor;
        row.evidence.answers = answerFactor(info, row.side, drawing, &row.evidence.answered);
        row.fitFactors = (kPrecisionFloor + (1 - kPrecisionFloor) * precision) * row.evidence.prior
            * row.evidence.symptoms * row.evidence.answers;
        // The fit enters raised to the drawing's total weight: a drawing of many strong spots says more than one
        // faint spot. (Its normalised value is what `evidence.fit` shows.)
        row.score = std::exp(logFit) * row.fitFactors;
        rows.push_back(std::move(row));
    }

    // Muscle level: the trigger points of one muscle (on one side, or on both sides at once) may together explain
    // what no single point does. A muscle's first row then stands for them together, with the points named.
    const std::size_t none = rows.size();
    // Of a muscle's points that score alike (points sharing one pattern, such as iliopsoas'), the one lying where
    // the pain is drawn.
    auto better = [&](std::size_t a, std::size_t b) {
        return rows[a].score > rows[b].score || (rows[a].score == rows[b].score && rows[a].local > rows[b].local);
    };
    std::vector<std::size_t> bestOfMuscle(muscleCount_, none);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::size_t& b = bestOfMuscle[rows[i].muscle];
        if (b == none || better(i, b))
            b = i;
    }
    if (nSpots > 1) {
        std::vector<std::vector<std::size_t>> membersOf(muscleCount_);
        for (std::size_t i = 0; i < rows.size(); ++i)
            membersOf[rows[i].muscle].push_back(i);
        std::vector<std::size_t> used;
        std::vector<std::pair<std::size_t, std::size_t>> byWhom;
        for (std::size_t m = 0; m < muscleCount_; ++m) {
            const std::size_t b = bestOfMuscle[m];
            const auto& members = membersOf[m];
            if (b == none || members.size() < 2)
                continue;
            double muscleScore = rows[b].score;
            double combinedFit = 0;
            std::vector<std::pair<std::size_t, std::size_t>> bestByWhom;
            std::vector<std::size_t> bestUsed;
            // side 0 = right, 1 = left, 2 = both sides
            for (int side = 0; side < 3; ++side) {
                double logFit = 0;
                used.clear();
                byWhom.clear();
                for (std::size_t si = 0; si < nSpots; ++si) {
                    double bestV = 0;
                    std::size_t who = none;
                    for (const std::size_t i : members) {
                        if (side < 2 && candidates[rows[i].candidate].side != side)
                            continue;
                        const double v = linkOf(rows[i].candidate * nSpots + si);
                        // the best link; on a tie the best row's own point
                        if (v > bestV + 1e-12 || (v > 0 && who == none)) {
                            if (v > bestV + 1e-12 || i == b) {
                                bestV = v;
                                who = i;
                            }
                        }
                    }
                    logFit += spots[si].weight * std::log(kUnexplained + (1 - kUnexplained) * bestV);
                    if (who != none) {
                        byWhom.push_back({si, who});
                        if (std::find(used.begin(), used.end(), who) == used.end())
                            used.push_back(who);
                    }
                }
                if (used.size() < 2)
                    continue;
                // Both sides: the points used lie on the two sides (not: on another side than the best single row).
                bool bothSides = false;
                for (const std::size_t i : used)
                    bothSides = bothSides
                        || candidates[rows[i].candidate].side != candidates[rows[used.front()].candidate].side;
                const double score = std::exp(logFit) * std::pow(kExtraPoint, static_cast<double>(used.size() - 1))
                    * (bothSides ? kBothSides : 1.0) * rows[b].fitFactors;
                if (score <= muscleScore * (1 + 1e-9))
                    continue;
                muscleScore = score;
                combinedFit = std::exp(logFit / totalWeight);
                bestByWhom = byWhom;
                bestUsed = used;
            }
            if (bestUsed.empty()) {
                rows[b].score = muscleScore;
                continue;
            }
            // The muscle's row names a point that explains part of the drawing: the best single row's point when it
            // is one of those used, else the used point explaining the most (by the spots' weight).
            std::size_t shown = b;
            if (std::find(bestUsed.begin(), bestUsed.end(), b) == bestUsed.end()) {
                double most = -1;
                for (const std::size_t i : bestUsed) {
                    double weight = 0;
                    for (const auto& [si, who] : bestByWhom)
                        weight += who == i ? spots[si].weight : 0.0;
                    const bool tie = std::abs(weight - most) <= 1e-12;
                    if (weight > most + 1e-12 || (tie && better(i, shown))) {
                        most = weight;
                        shown = i;
                    }
                }
                bestOfMuscle[m] = shown;
            }
            Row& r = rows[shown];
            r.evidence.combined = true;
            r.evidence.fit = combinedFit;
            r.byWhom = bestByWhom;
            r.explained = bestByWhom.size();
            r.score = muscleScore;
        }
    }

    // Best first; ties go to the point that explains more spots, then to one lying in a spot's region, then to the
    // one whose X lies nearer the pain (for jaw pain, temporalis' point above the ear before soleus' in the calf,
    // which reaches the jaw as rarely), then to catalogue order.
    auto pointOf = [&](std::size_t i) { return points_[candidates[rows[i].candidate].point].point; };
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::optional<PainCentres> centres; // looked up only for a tie, and then once
    std::vector<double> distances(rows.size(), -1);
    auto distanceOf = [&](std::size_t i) {
        if (!centres)
            centres.emplace(catalogue_.body(), drawing);
        if (distances[i] < 0)
            distances[i] = centres->distanceTo(*pointOf(i));
        return distances[i];
    };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (rows[a].score != rows[b].score)
            return rows[a].score > rows[b].score;
        if (rows[a].explained != rows[b].explained)
            return rows[a].explained > rows[b].explained;
        if (rows[a].local != rows[b].local)
            return rows[a].local > rows[b].local;
        if (const double da = distanceOf(a), db = distanceOf(b); da != db)
            return da < db;
        if (rows[a].muscle != rows[b].muscle)
            return rows[a].muscle < rows[b].muscle;
        if (pointOf(a)->id != pointOf(b)->id)
            return pointOf(a)->id < pointOf(b)->id;
        // Right before left before either side.
        auto sideOrder = [](body::Side s) { return s == body::Side::Right ? 0 : s == body::Side::Left ? 1 : 2; };
        return sideOrder(rows[a].side) < sideOrder(rows[b].side);
    });

    // A row in words: each spot, how and by which point it is explained, or that it is not.
    auto explain = [&](Result& r, std::size_t at, std::size_t spot, std::size_t byRow) {
        Explained e;
        e.spot = drawing.spots[spot].instance;
        e.how = best[at] ? best[at]->how : How::Local;
        e.occasional = best[at] && best[at]->occasional;
        e.alsoLocal = local[at];
        e.by = pointOf(byRow);
        e.bySide = sideOf(candidates[rows[byRow].candidate].side);
        r.explains.push_back(std::move(e));
    };
    auto resultOf = [&](std::size_t i) {
        Row& row = rows[i];
        const Candidate& c = candidates[row.candidate];
        Result r;
        r.muscle = points_[c.point].muscle;
        r.point = points_[c.point].point;
        r.side = row.side;
        if (row.evidence.combined && r.side == body::Side::None) {
            // The row's own point explains only midline spots, another point of the muscle a spot on one side: the
            // row's side is that side (points on both sides leave it open: the row says "both sides").
            int sides = 0;
            for (const auto& [si, who] : row.byWhom) {
                const std::size_t at = rows[who].candidate * nSpots + si;
                if (!sideless[at] && spots[si].side != body::Side::None)
                    sides |= candidates[rows[who].candidate].side == 0 ? 1 : 2;
            }
            if (sides == 1 || sides == 2)
                r.side = sideOf(sides == 1 ? 0 : 1);
        }
        r.score = row.score;
        r.symptoms = c.symptoms;
        for (std::size_t si = 0; si < nSpots; ++si) {
            std::size_t byRow = i;
            if (row.evidence.combined) {
                const auto found
                    = std::find_if(row.byWhom.begin(), row.byWhom.end(), [si](const auto& p) { return p.first == si; });
                byRow = found == row.byWhom.end() ? none : found->second;
            } else if (linkOf(row.candidate * nSpots + si) <= 0) {
                byRow = none;
            }
            if (byRow == none)
                r.unexplained.push_back(drawing.spots[si].instance);
            else
                explain(r, rows[byRow].candidate * nSpots + si, si, byRow);
        }
        r.evidence = std::move(row.evidence);
        return r;
    };

    // First one entry per muscle (its best trigger point and side), so one muscle with many points does not
    // crowd out the others; then, while there is room, the other trigger points of those muscles.
    std::vector<Result> ranked;
    std::vector<std::size_t> rankedMuscle;
    std::vector<char> seenMuscle(muscleCount_, 0);
    std::vector<const catalogue::TriggerPoint*> seenPoints;
    std::vector<char> taken(rows.size(), 0);
    auto take = [&](std::size_t i) {
        seenPoints.push_back(pointOf(i));
        taken[i] = 1;
        ranked.push_back(resultOf(i));
        ranked.back().rank = static_cast<int>(ranked.size());
        rankedMuscle.push_back(rows[i].muscle);
    };
    // A point of the muscle whose press test was answered "yes" on the row's side is the source the person found:
    // the muscle's row names it (pressing quadratus lumborum's deep point brought the pain on, and the row named the
    // superficial point that stands for the muscle in the low back's pain guide), and its own row is not repeated.
    // (The test is the one the score uses: yesChance() gives kPressYesSource for the muscle pressed on that side.)
    auto pressedPoint = [&](const Result& r) -> const catalogue::TriggerPoint* {
        for (auto a = drawing.answers.rbegin(); a != drawing.answers.rend(); ++a)
            if (a->reply == Reply::Yes && a->question.kind == QuestionKind::Press
                && yesChance(r, a->question) == kPressYesSource)
                return points_[pointIndex_.at(a->question.subject)].point;
        return nullptr;
    };
    for (const std::size_t i : order) {
        if (limit && ranked.size() >= limit)
            break;
        if (i != bestOfMuscle[rows[i].muscle] || seenMuscle[rows[i].muscle])
            continue;
        seenMuscle[rows[i].muscle] = 1;
        take(i);
        Result& row = ranked.back();
        const auto* pressed = row.evidence.combined ? nullptr : pressedPoint(row);
        if (pressed && pressed != row.point) {
            // A pain guide names the muscle, not a point: its places now read as the pressed point's.
            for (auto& e : row.explains)
                if (e.how == How::Guide && e.by && e.by->muscleId == pressed->muscleId)
                    e.by = pressed;
            row.point = pressed;
            seenPoints.push_back(pressed);
        }
    }
    for (const std::size_t i : order) {
        if (limit && ranked.size() >= limit)
            break;
        // Another point of a muscle is worth a row when it explains a spot (with symptoms alone every point of the
        // muscle would tie, and the rows would only repeat the muscle).
        if (taken[i] || rows[i].explained == 0
            || std::find(seenPoints.begin(), seenPoints.end(), pointOf(i)) != seenPoints.end())
            continue;
        take(i);
    }
    // Relative likelihood against the best row, and where the pain guides name each muscle.
    const double top = ranked.empty() ? 0.0 : ranked.front().score;
    for (std::size_t k = 0; k < ranked.size(); ++k) {
        Result& r = ranked[k];
        const auto first = std::find(rankedMuscle.begin(), rankedMuscle.end(), rankedMuscle[k]);
        r.muscleRank = ranked[static_cast<std::size_t>(first - rankedMuscle.begin())].rank;
        r.relative = top > 0 ? r.score / top : 0.0;
        // Symptoms alone place no pain: nothing is more than possible then. A row that explains none of the spots
        // drawn (it ranks by its symptoms or answers alone, say after every place was answered "no") is never more
        // than less likely: its pattern is not the pain.
        r.likelihood = nSpots > 0 && r.explains.empty() ? Likelihood::LessLikely
            : r.relative >= kLikely && nSpots > 0       ? Likelihood::Likely
            : r.relative >= kPossible                   ? Likelihood::Possible
                                                        : Likelihood::LessLikely;
        for (const auto& s : spots) {
            const auto it = guideByRegion_.find(s.base);
            if (it == guideByRegion_.end())
                continue;
            for (const auto& g : it->second)
                if (g.muscleIndex == rankedMuscle[k]
                    && std::none_of(r.evidence.guides.begin(), r.evidence.guides.end(),
                        [&](const GuideHit& h) { return h.region == s.base; }))
                    r.evidence.guides.push_back({s.base, g.position, g.of, g.kind});
        }
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
    if (!r) {
        // The ids it may mean: one a letter or two off ("head.tempel"), or whose part after the area it names
        // ("temple" for head.temple).
        std::string near;
        int count = 0;
        for (const auto& candidate : map.regions()) {
            const std::string part = candidate.id.substr(candidate.id.find('.') + 1);
            if (count < 3
                && (catalogue::editDistance(base, candidate.id, 2) <= 2 || part == base
                    || (base.size() >= 5 && catalogue::editDistance(base, part, 1) <= 1))) {
                near += (near.empty() ? "; did you mean " : ", ") + candidate.id;
                ++count;
            }
        }
        throw std::invalid_argument("spot \"" + text + "\": unknown region \"" + base
            + "\" (see `tpmap regions` for the list" + (near.empty() ? std::string() : near + "?") + ")");
    }
    if (colon != std::string::npos) {
        const std::string side = region.substr(colon + 1);
        const auto parsed = body::parseSide(side);
        if (!parsed)
            throw std::invalid_argument("spot \"" + text + "\": side must be left or right, not \"" + side + "\"");
        if (!r->sided)
            throw std::invalid_argument("spot \"" + text + "\": " + base + " is a midline region and has no side");
        spot.instance = base + ":" + std::string(body::sideName(*parsed));
    } else if (r->sided) {
        throw std::invalid_argument("spot \"" + text + "\": " + base + " needs a side, e.g. " + base + ":right");
    } else {
        spot.instance = base;
    }
    return spot;
}

std::vector<Spot> parseSpots(const body::BodyMap& map, const std::string& text)
{
    const auto eq = text.find('=');
    const std::string region = text.substr(0, eq);
    const std::string intensity = eq == std::string::npos ? std::string() : text.substr(eq);
    constexpr std::string_view both = ":both";
    if (!region.ends_with(both)) {
        // Here "both" is a side too: a side that is none of the three says so (parseSpot() knows only two).
        if (const auto colon = region.find(':'); colon != std::string::npos && map.region(region.substr(0, colon))
            && !body::parseSide(region.substr(colon + 1)))
            throw std::invalid_argument(
                "spot \"" + text + "\": side must be left, right or both, not \"" + region.substr(colon + 1) + "\"");
        return {parseSpot(map, text)};
    }
    const std::string base = region.substr(0, region.size() - both.size());
    if (const auto* r = map.region(base); r && !r->sided)
        throw std::invalid_argument("spot \"" + text + "\": " + base + " is a midline region and has no side");
    return {parseSpot(map, base + ":left" + intensity), parseSpot(map, base + ":right" + intensity)};
}

QuestionKey parseQuestionId(const catalogue::Catalogue& catalogue, const std::string& text)
{
    auto fail = [&](const std::string& why) { return std::invalid_argument("question \"" + text + "\": " + why); };
    const auto parts = splitQuestionId(text);
    if (!parts) {
        const auto colon = text.find(':');
        if (colon == std::string::npos || colon + 1 == text.size())
            throw fail("expected press:TRIGGER-POINT:SIDE, region:REGION[:SIDE] or symptom:ID");
        throw fail("unknown kind \"" + text.substr(0, colon) + "\" (press, region or symptom)");
    }
    QuestionKey key;
    key.kind = parts->kind;
    key.subject = parts->subject;
    switch (parts->kind) {
    case QuestionKind::Press:
        if (parts->side) {
            const auto side = body::parseSide(*parts->side);
            if (!side)
                throw fail("side must be left or right, not \"" + *parts->side + "\"");
            key.side = *side;
        }
        if (!catalogue.triggerPoint(key.subject))
            throw fail("unknown trigger point \"" + key.subject + "\"");
        break;
    case QuestionKind::Region:
        // A sided place without a side asks about it on either side ("region:head.upper_teeth").
        if (catalogue.body().isEitherSide(key.subject))
            break;
        try {
            key.subject = parseSpot(catalogue.body(), key.subject).instance;
        } catch (const std::invalid_argument& e) {
            throw fail(e.what());
        }
        break;
    case QuestionKind::Symptom:
        if (!catalogue.symptom(key.subject))
            throw fail("unknown symptom \"" + key.subject + "\"");
        break;
    }
    return key;
}

Answer parseAnswer(const catalogue::Catalogue& catalogue, const std::string& text)
{
    const auto eq = text.rfind('=');
    if (eq == std::string::npos)
        throw std::invalid_argument("answer \"" + text + "\": expected QUESTION=yes|no|unsure");
    const std::string reply = text.substr(eq + 1);
    Answer answer;
    answer.question = parseQuestionId(catalogue, text.substr(0, eq));
    const auto parsed = reply == "not-sure" ? std::optional(Reply::Unsure) : parseReply(reply);
    if (!parsed)
        throw std::invalid_argument("answer \"" + text + "\": reply must be yes, no or unsure, not \"" + reply + "\"");
    answer.reply = *parsed;
    return answer;
}

} // namespace tmap::match

namespace tmap::match {

std::vector<const catalogue::RedFlag*> redFlagsFor(const catalogue::Catalogue& catalogue, const Drawing& drawing)
{
    struct Touched {
        const catalogue::RedFlag* flag;
        int symptoms; ///< the drawing's symptoms among the flag's
        int spots; ///< the drawing's spots in the flag's regions
    };
    // A "yes" to "Do you also feel pain here?" or "Do you also have ...?" tells as much as the place drawn or the
    // symptom ticked: a yes to chest pain brings the heart's warning as chest pain drawn does.
    std::vector<std::string> places, symptoms = drawing.symptoms;
    for (const auto& spot : drawing.spots)
        places.push_back(spot.instance);
    for (const auto& a : drawing.answers)
        if (a.reply == Reply::Yes && a.question.kind == QuestionKind::Region)
            places.push_back(a.question.subject);
        else if (a.reply == Reply::Yes && a.question.kind == QuestionKind::Symptom)
            symptoms.push_back(a.question.subject);
    std::vector<Touched> touched;
    for (const auto& flag : catalogue.data().redFlags) {
        Touched t {&flag, 0, 0};
        for (const auto& place : places) {
            const auto instance = body::parseInstance(place);
            // A place on either side (a "yes" to it) may be the side a warning names.
            if (std::any_of(flag.regions.begin(), flag.regions.end(), [&](const std::string& region) {
                    const auto flagged = body::parseInstance(region);
                    return region == place || (instance && region == instance->base)
                        || (instance && instance->side == body::Side::None && flagged
                            && flagged->base == instance->base);
                }))
                ++t.spots;
        }
        for (const auto& s : symptoms)
            t.symptoms += std::find(flag.symptoms.begin(), flag.symptoms.end(), s) != flag.symptoms.end() ? 1 : 0;
        if (t.symptoms + t.spots > 0)
            touched.push_back(t);
    }
    // The ones that stop self-care first; among them, the ones the drawing points at most specifically: a symptom
    // the person ticked says more than a place (neck pain with dizziness puts the neck arteries before the signs of
    // a place alone), then more of the drawing's places; else the catalogue's order.
    std::stable_sort(touched.begin(), touched.end(), [](const Touched& a, const Touched& b) {
        return std::make_tuple(a.flag->holdSelfCare, a.symptoms, a.spots)
            > std::make_tuple(b.flag->holdSelfCare, b.symptoms, b.spots);
    });
    std::vector<const catalogue::RedFlag*> flags;
    for (const auto& t : touched)
        flags.push_back(t.flag);
    return flags;
}

bool drawingAnswers(const Drawing& drawing, const QuestionKey& question, const catalogue::Catalogue* catalogue)
{
    switch (question.kind) {
    case QuestionKind::Region: {
        // A place asked about on either side is answered by a spot on one side of it.
        const auto asked = body::parseInstance(question.subject);
        return std::any_of(drawing.spots.begin(), drawing.spots.end(), [&](const Spot& s) {
            const auto drawn = body::parseInstance(s.instance);
            return s.instance == question.subject
                || (asked && drawn && asked->side == body::Side::None && drawn->base == asked->base);
        });
    }
    case QuestionKind::Symptom: {
        if (std::find(drawing.symptoms.begin(), drawing.symptoms.end(), question.subject) != drawing.symptoms.end())
            return true;
        const auto* symptom = catalogue ? catalogue->symptom(question.subject) : nullptr;
        return symptom && std::any_of(drawing.spots.begin(), drawing.spots.end(), [&](const Spot& s) {
            const auto instance = body::parseInstance(s.instance);
            const std::string base = instance ? instance->base : s.instance;
            return std::find(symptom->drawnAs.begin(), symptom->drawnAs.end(), base) != symptom->drawnAs.end();
        });
    }
    case QuestionKind::Press:
        return false;
    }
    return false;
}

PainCentres::PainCentres(const body::BodyMap& body, const Drawing& drawing)
{
    for (const auto& view : body.views()) {
        // The left lateral view is the right one seen in a mirror: the markers are the right one's, so a place
        // there is measured from the mirrored X of that view (else pain on the left was never measured there, and
        // ties went the other way than on the right).
        const std::string markersView = view.mirrored ? view.id.substr(0, view.id.rfind("-left")) : view.id;
        for (const auto& s : drawing.spots) {
            const body::Shape* shape = view.shape(s.instance);
            const auto instance = body::parseInstance(s.instance);
            if (shape && instance)
                centres_.push_back({markersView, view.mirrored || instance->side == body::Side::Left, shape->centre});
        }
    }
}

double PainCentres::distanceTo(const catalogue::TriggerPoint& tp) const
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const auto& m : tp.markers)
        for (const auto& c : centres_) {
            if (c.view != m.view)
                continue;
            const body::Point x = c.left ? body::mirrored({m.x, m.y}) : body::Point {m.x, m.y};
            nearest = std::min(nearest, std::hypot(x.x - c.at.x, x.y - c.at.y));
        }
    return nearest;
}

std::vector<const catalogue::RedFlag*> selfCareHolds(const catalogue::Catalogue& catalogue, const Drawing& drawing)
{
    return selfCareHolds(redFlagsFor(catalogue, drawing), drawing.clearedWarnings);
}

std::vector<const catalogue::RedFlag*> selfCareHolds(
    std::vector<const catalogue::RedFlag*> flags, const std::vector<std::string>& cleared)
{
    std::erase_if(flags, [&](const catalogue::RedFlag* f) {
        return !f->holdSelfCare || std::find(cleared.begin(), cleared.end(), f->id) != cleared.end();
    });
    return flags;
}

} // namespace tmap::match
