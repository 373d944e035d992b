// accuracy: scores the ranking on the drawings of tests/data/match-cases.json (written from the references' pain
// guides and from published case reports) - shared by the accuracy test and the match benchmark.
#pragma once

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "match/matcher.h"
#include "match/questions.h"

namespace tmap::accuracy {

struct Case {
    std::string id;
    std::string kind; ///< guide | case-report
    std::string set; ///< tune | score
    match::Drawing drawing;
    std::vector<std::string> first; ///< named first by the references, or confirmed by treatment
    std::vector<std::string> others;
};

inline std::vector<Case> loadCases(const catalogue::Catalogue& cat, const std::string& path)
{
    std::ifstream in(path);
    const auto doc = nlohmann::json::parse(in);
    std::vector<Case> cases;
    for (const auto& c : doc.at("cases")) {
        Case x;
        x.id = c.at("id").get<std::string>();
        x.kind = c.at("kind").get<std::string>();
        x.set = c.at("set").get<std::string>();
        for (const auto& s : c.at("spots"))
            x.drawing.spots.push_back(match::parseSpot(cat.body(), s.get<std::string>()));
        x.drawing.symptoms = c.value("symptoms", std::vector<std::string> {});
        x.first = c.at("first").get<std::vector<std::string>>();
        x.others = c.value("others", std::vector<std::string> {});
        cases.push_back(std::move(x));
    }
    return cases;
}

/// The place of each muscle in a ranking (1 = first; muscles in order of their first row), 0 when absent.
inline int muscleRank(const std::vector<match::Result>& results, const std::string& muscle)
{
    std::vector<std::string> seen;
    for (const auto& r : results) {
        if (std::find(seen.begin(), seen.end(), r.muscle->id) != seen.end())
            continue;
        seen.push_back(r.muscle->id);
        if (r.muscle->id == muscle)
            return static_cast<int>(seen.size());
    }
    return 0;
}

/// Answers up to `questions` questions as a person whose pain comes from `truth` would: "yes" when the answer is
/// more likely yes than no under that muscle (its press test, a place its pattern reaches, a symptom it is
/// known for).
inline match::Drawing answered(
    const match::Matcher& matcher, match::Drawing drawing, const std::string& truth, int questions)
{
    const auto* muscle = matcher.catalogue().muscle(truth);
    if (!muscle || muscle->triggerPoints.empty())
        return drawing;
    const auto ranked = matcher.rank(drawing, 0);
    match::Result probe;
    probe.muscle = muscle;
    probe.point = &muscle->triggerPoints.front();
    probe.side = body::Side::None;
    for (const auto& r : ranked)
        if (r.muscle == muscle) {
            probe.point = r.point;
            probe.side = r.side;
            break;
        }
    for (int i = 0; i < questions; ++i) {
        const auto q = match::nextQuestion(matcher, drawing);
        if (!q)
            break;
        const double chance = matcher.yesChance(probe, q->key);
        drawing.answers.push_back({q->key, chance >= 0.5 ? match::Reply::Yes : match::Reply::No});
    }
    return drawing;
}

struct Score {
    int cases = 0;
    int firstTop1 = 0; ///< one of the muscles named first is ranked first
    int firstTop3 = 0; ///< ... in the top 3
    int allFirstTop5 = 0; ///< every muscle named first is in the top 5
    int allListedTop10 = 0; ///< every muscle named (first and others) is in the top 10
    int top1AfterQuestions = 0; ///< the case's first muscle is ranked first after up to three answers
    std::vector<std::string> missed; ///< cases whose first muscles are not all in the top 5, with the ranks
};

inline void scoreCase(const match::Matcher& matcher, const Case& c, Score& s, bool withQuestions = true)
{
    const auto results = matcher.rank(c.drawing, 0);
    ++s.cases;
    int bestFirst = 0;
    bool allTop5 = true;
    std::string ranks;
    for (const auto& m : c.first) {
        const int r = muscleRank(results, m);
        if (r > 0 && (bestFirst == 0 || r < bestFirst))
            bestFirst = r;
        allTop5 = allTop5 && r > 0 && r <= 5;
        ranks += " " + m + "=" + std::to_string(r);
    }
    bool allTop10 = true;
    for (const auto& m : c.first) {
        const int r = muscleRank(results, m);
        allTop10 = allTop10 && r > 0 && r <= 10;
    }
    for (const auto& m : c.others) {
        const int r = muscleRank(results, m);
        allTop10 = allTop10 && r > 0 && r <= 10;
    }
    s.firstTop1 += bestFirst == 1;
    s.firstTop3 += bestFirst > 0 && bestFirst <= 3;
    s.allFirstTop5 += allTop5;
    s.allListedTop10 += allTop10;
    if (!allTop5)
        s.missed.push_back(c.id + ":" + ranks);
    if (withQuestions && !c.first.empty()) {
        const auto after = matcher.rank(answered(matcher, c.drawing, c.first.front(), 3), 0);
        s.top1AfterQuestions += muscleRank(after, c.first.front()) == 1;
    }
}

/// How closely the ranking follows the references' own lists, on no case of either set: each region a pain guide
/// covers, drawn alone (on the right when it has sides, intensity 6), with the first five muscles marked essential
/// (main) among the guide's first ten in the top 5, and its first ten muscles in the top 10. The guides are the references' answer to
/// "pain here: which muscles, in which order", so a one-place drawing that ranks them otherwise says the fit and the
/// prior are weighed against each other badly. (The guides are data the ranking reads: this measures the weighing,
/// not the data; a guide written wrongly would score well.)
struct GuideAgreement {
    int regions = 0;
    int mainTop5 = 0;
    int listedTop10 = 0;
    std::vector<std::string> missed; ///< "region: muscle=rank ..." for the regions that miss either
};

inline GuideAgreement guideAgreement(const match::Matcher& matcher)
{
    GuideAgreement g;
    const auto& cat = matcher.catalogue();
    for (const auto& guide : cat.data().painGuides) {
        for (const auto& region : guide.regions) {
            const auto* r = cat.body().region(region);
            match::Drawing drawing;
            drawing.spots.push_back({r && r->sided ? region + ":right" : region, 6});
            const auto results = matcher.rank(drawing, 0);
            ++g.regions;
            bool top5 = true;
            bool top10 = true;
            int mains = 0;
            std::string ranks;
            for (std::size_t i = 0; i < guide.muscles.size() && i < 10; ++i) {
                const auto& m = guide.muscles[i];
                const int rank = muscleRank(results, m.muscleId);
                const bool main = m.kind == catalogue::ZoneKind::Main && mains++ < 5;
                const bool miss = (main && (rank == 0 || rank > 5)) || rank == 0 || rank > 10;
                top5 = top5 && !(main && (rank == 0 || rank > 5));
                top10 = top10 && rank > 0 && rank <= 10;
                if (miss)
                    ranks += " " + m.muscleId + "=" + std::to_string(rank);
            }
            g.mainTop5 += top5;
            g.listedTop10 += top10;
            if (!ranks.empty())
                g.missed.push_back(region + ":" + ranks);
        }
    }
    return g;
}

inline double share(int part, int whole)
{
    return whole ? static_cast<double>(part) / whole : 0.0;
}

} // namespace tmap::accuracy
