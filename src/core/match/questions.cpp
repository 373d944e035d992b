// match/questions: choosing the next question by expected information gain over the likeliest muscles.
#include "match/questions.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace tmap::match {

namespace {

// How many muscles the questions try to tell apart, how many of them get a press question, when the first one
// already stands out, and the least gain (bits) a question must promise.
constexpr std::size_t kWeighed = 8;
constexpr std::size_t kPressed = 5;
constexpr double kConfident = 0.85;
constexpr double kMinGain = 0.02;

double entropy(const std::vector<double>& p)
{
    double h = 0;
    for (const double x : p)
        if (x > 0)
            h -= x * std::log2(x);
    return h;
}

// Expected information gain of a yes/no question whose "yes" has chance[i] under candidate i.
double gain(const std::vector<double>& prior, const std::vector<double>& chance)
{
    double yes = 0;
    for (std::size_t i = 0; i < prior.size(); ++i)
        yes += prior[i] * chance[i];
    const double no = 1 - yes;
    if (yes <= 0 || no <= 0)
        return 0;
    std::vector<double> afterYes(prior.size());
    std::vector<double> afterNo(prior.size());
    for (std::size_t i = 0; i < prior.size(); ++i) {
        afterYes[i] = prior[i] * chance[i] / yes;
        afterNo[i] = prior[i] * (1 - chance[i]) / no;
    }
    return entropy(prior) - yes * entropy(afterYes) - no * entropy(afterNo);
}

int kindOrder(QuestionKind kind)
{
    return kind == QuestionKind::Press ? 0 : kind == QuestionKind::Region ? 1 : 2;
}

} // namespace

std::vector<std::pair<const Result*, double>> weighedCandidates(const std::vector<Result>& ranked, std::size_t count)
{
    std::vector<std::pair<const Result*, double>> weighed;
    std::set<const catalogue::Muscle*> seen;
    double total = 0;
    for (const auto& r : ranked) {
        if (weighed.size() >= count)
            break;
        if (!seen.insert(r.muscle).second)
            continue;
        weighed.push_back({&r, r.score});
        total += r.score;
    }
    for (auto& [r, p] : weighed)
        p = total > 0 ? p / total : 0.0;
    return weighed;
}

std::optional<Question> nextQuestion(const Matcher& matcher, const Drawing& drawing)
{
    // The first rows of a ranking are one per muscle: the first kWeighed rows are the muscles weighed.
    auto ranked = matcher.rank(drawing, 3 * kWeighed);
    // With places drawn, only muscles whose patterns explain some of them are told apart: a muscle ranked by a
    // symptom alone (the drawing's every other candidate answered away) is not one to press for this pain.
    if (!drawing.spots.empty())
        std::erase_if(ranked, [](const Result& r) { return r.explains.empty(); });
    const auto weighed = weighedCandidates(ranked, kWeighed);
    if (weighed.size() < 2 || weighed.front().second >= kConfident)
        return std::nullopt;
    // While a warning asks to see a clinician before self-care (heart, blood clot, nerve compression), nothing is
    // to be pressed, and none of its own signs is asked about as a muscle's (dizziness under the heart warning, a
    // muscle's "for example" beside "call emergency services"), until the warning is said not to apply.
    const auto holds = selfCareHolds(matcher.catalogue(), drawing);
    const bool held = !holds.empty();
    std::set<std::string> warningSigns;
    for (const auto* f : holds) {
        warningSigns.insert(f->symptoms.begin(), f->symptoms.end());
        warningSigns.insert(f->signSymptoms.begin(), f->signSymptoms.end());
    }
    std::vector<double> prior;
    for (const auto& [r, p] : weighed)
        prior.push_back(p);

    std::set<std::string> asked;
    // A place or a point asked about on either side and again on one side (or the reverse) is one question to the
    // person: "sacroiliac joint (either side)?" - "no", then "sacroiliac joint, left?" asked it twice, and each
    // answer counted. Once one form is answered the other is not asked. One side answered leaves the other side's
    // question possible, but a drawing asks about one side only when its rows have sides (pain drawn on both sides
    // is asked about on either side). Answers given in both forms anyway (tpmap ask --answer twice, old notes) both
    // count: rank() takes the answers as given.
    std::set<std::string> eitherAnswered; // "region:BASE", "press:POINT" answered without a side
    std::set<std::string> sideAnswered; // ... answered for one side
    for (const auto& a : drawing.answers) {
        asked.insert(a.question.id());
        if (const auto form = sidelessForm(a.question))
            (form->sided ? sideAnswered : eitherAnswered).insert(form->question);
    }
    std::set<std::string> drawn;
    for (const auto& s : drawing.spots) {
        drawn.insert(s.instance);
        if (const auto instance = body::parseInstance(s.instance))
            drawn.insert(instance->base); // a midline question about a drawn base, or vice versa
    }

    std::vector<Question> options;
    std::set<std::string> offered;
    auto offer = [&](Question q) {
        const auto id = q.key.id();
        if (asked.count(id))
            return;
        if (const auto form = sidelessForm(q.key);
            form && (eitherAnswered.count(form->question) || (!form->sided && sideAnswered.count(form->question))))
            return;
        if (!offered.insert(id).second)
            return;
        options.push_back(std::move(q));
    };
    const auto& catalogue = matcher.catalogue();
    const auto& body = catalogue.body();
    std::optional<PainCentres> centres; // looked up for a point left to a clinician only, and then once
    for (std::size_t i = 0; i < weighed.size(); ++i) {
        const Result& r = *weighed[i].first;
        // None: the drawing leaves the side open, or the row stands for the muscle on both sides (pain on both
        // sides): its questions are then about either side, and a "yes" counts for both.
        const body::Side side = onBothSides(r) ? body::Side::None : r.side;
        // The press test asks about the muscle; a point the entry leaves to a clinician (beside the femoral pulse)
        // is never one to press, so the muscle's point for self-care whose pattern reaches most of the drawing
        // stands in, of two alike the one whose X lies nearest the pain (iliopsoas' points share one pattern: for
        // pain at the front of the thigh, the iliacus inside the hip bone, not the psoas through the belly), or
        // there is no press test.
        const catalogue::TriggerPoint* pressed = r.point;
        if (pressed->clinicianOnly) {
            pressed = nullptr;
            std::pair<int, double> best {-1, 0.0}; // zones reached (more is better), distance (less is better)
            for (const auto& tp : r.muscle->triggerPoints) {
                if (tp.clinicianOnly
                    || (tp.onlySide != body::Side::None && side != body::Side::None && tp.onlySide != side))
                    continue;
                int reached = 0; // a main zone drawn counts twice, a spillover zone once
                for (const auto& z : tp.zones)
                    reached += drawn.count(z.region) ? (z.kind == catalogue::ZoneKind::Main ? 2 : 1) : 0;
                if (!centres)
                    centres.emplace(body, drawing);
                const double distance = centres->distanceTo(tp);
                if (!pressed || reached > best.first || (reached == best.first && distance < best.second)) {
                    best = {reached, distance};
                    pressed = &tp;
                }
            }
        }
        if (i < kPressed && pressed && !held) {
            Question q;
            // With the side left open (pain on the midline, or on both sides), on either side: the answer counts
            // for both.
            q.key = {QuestionKind::Press, pressed->id, side != body::Side::None ? side : pressed->onlySide};
            q.muscle = r.muscle;
            q.point = pressed;
            q.precautions = catalogue::pressPrecautionsFor(*r.muscle);
            offer(std::move(q));
        }
        for (const auto& tp : r.muscle->triggerPoints) {
            for (const auto& z : tp.zones) {
                const auto* region = body.region(z.region);
                if (!region || drawn.count(z.region))
                    continue;
                // A sided place without a side is the place on either side: "upper teeth (either side)".
                std::string instance = z.region;
                if (region->sided && side != body::Side::None)
                    instance += ":" + std::string(body::sideName(side));
                if (drawn.count(instance))
                    continue;
                Question q;
                q.key = {QuestionKind::Region, instance, body::Side::None};
                offer(std::move(q));
            }
        }
        std::vector<std::string> symptoms = r.point->symptoms;
        for (const auto& s : r.muscle->symptoms)
            symptoms.push_back(s.id);
        for (const auto& s : symptoms) {
            if (warningSigns.count(s))
                continue;
            Question q;
            q.key = {QuestionKind::Symptom, s, body::Side::None};
            // A symptom ticked, or one the drawing already says (chest pain with the chest drawn), is no question.
            if (!drawingAnswers(drawing, q.key, &catalogue))
                offer(std::move(q));
        }
    }

    std::optional<Question> best;
    std::vector<double> chance(weighed.size());
    for (auto& q : options) {
        for (std::size_t i = 0; i < weighed.size(); ++i)
            chance[i] = matcher.yesChance(*weighed[i].first, q.key);
        q.gain = gain(prior, chance);
        if (q.gain < kMinGain)
            continue;
        // Higher gain first; on a tie the press test (the most reliable sign), then a place, then a symptom;
        // then the id, so the choice is stable.
        if (!best || q.gain > best->gain + 1e-9
            || (std::abs(q.gain - best->gain) <= 1e-9
                && std::make_pair(kindOrder(q.key.kind), q.key.id())
                    < std::make_pair(kindOrder(best->key.kind), best->key.id())))
            best = q;
    }
    // A symptom question says how the likeliest candidate known for it shows it: "a feeling of swelling" is the
    // breast's fullness for pectoralis major, puffy fingers for the scalenes.
    if (best && best->key.kind == QuestionKind::Symptom)
        for (const auto& [r, p] : weighed) {
            const auto& links = r->muscle->symptoms;
            const auto link = std::find_if(links.begin(), links.end(),
                [&](const catalogue::Link& l) { return l.id == best->key.subject && !l.note.empty(); });
            if (link != links.end()) {
                best->symptomMuscle = r->muscle;
                best->symptomNote = link->note;
                break;
            }
        }
    return best;
}

} // namespace tmap::match
