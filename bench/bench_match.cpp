// bench_match: ranking a 5-spot drawing over the full catalogue, choosing the next question, opening the
// catalogue; and the ranking's accuracy on tests/data/match-cases.json (tuning and scoring sets).
// Prints one line per timing: name, median, p99 (microseconds), repetitions; and one line per accuracy set.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "catalogue/catalogue.h"
#include "match/matcher.h"
#include "match/questions.h"

#include "../tests/support/accuracy.h"

#include "bench_report.h"

namespace {

using Clock = std::chrono::steady_clock;

using tmap::bench::report;

} // namespace

int main(int argc, char** argv)
{
    const std::string path = argc > 1 ? argv[1] : TM_BENCH_CATALOGUE;
    std::vector<double> open;
    std::size_t sinkSize = 0;
    // The first figure is what the window waits for before its first frame: the lists and the body (it opens with
    // the check deferred). The second is both together: the check, which reads the muscles as it checks them, and
    // what the first ranking after start-up waits for; a plain open() (tpmap) does all of it.
    std::vector<double> openAndRead;
    for (int i = 0; i < 50; ++i) {
        const auto t0 = Clock::now();
        auto cat = tmap::catalogue::Catalogue::open(path, tmap::catalogue::Catalogue::Checks::Deferred);
        const auto t1 = Clock::now();
        sinkSize += cat->muscles().size();
        const auto t2 = Clock::now();
        open.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        openAndRead.push_back(std::chrono::duration<double, std::micro>(t2 - t0).count());
    }
    report("catalogue_open", open);
    report("catalogue_open_and_read_muscles", openAndRead);

    const auto cat = tmap::catalogue::Catalogue::open(path);
    const tmap::match::Matcher matcher(*cat);
    tmap::match::Drawing drawing;
    for (const char* s :
        {"head.temple:right", "head.jaw:right", "neck.side:right", "shoulder.top:right", "head.occiput:right"})
        drawing.spots.push_back({s, 6});
    std::vector<double> rank;
    std::size_t sink = 0;
    for (int i = 0; i < 20000; ++i) {
        const auto t0 = Clock::now();
        sink += matcher.rank(drawing, 10).size();
        rank.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    report("rank_5_spots", rank);

    tmap::match::Drawing lowBack;
    lowBack.spots = {{"back.lumbar:left", 6}, {"back.lumbar:right", 6}};
    std::vector<double> ask;
    for (int i = 0; i < 500; ++i) {
        const auto t0 = Clock::now();
        sink += tmap::match::nextQuestion(matcher, lowBack).has_value();
        ask.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    report("next_question_2_spots", ask);

    // Accuracy: "accuracy<TAB>set=..<TAB>cases=..<TAB>top1=..<TAB>top3=..<TAB>top5_all_first=..<TAB>
    // top10_all_named=..<TAB>top1_after_3_answers=.." (shares 0-1).
    namespace acc = tmap::accuracy;
    const auto cases = acc::loadCases(*cat, TM_BENCH_CASES);
    std::map<std::string, acc::Score> sets;
    for (const auto& c : cases)
        acc::scoreCase(matcher, c, sets[c.set]);
    for (const auto& [name, s] : sets)
        std::printf("accuracy\tset=%s\tcases=%d\ttop1=%.3f\ttop3=%.3f\ttop5_all_first=%.3f\ttop10_all_named=%.3f\t"
                    "top1_after_3_answers=%.3f\n",
            name.c_str(), s.cases, acc::share(s.firstTop1, s.cases), acc::share(s.firstTop3, s.cases),
            acc::share(s.allFirstTop5, s.cases), acc::share(s.allListedTop10, s.cases),
            acc::share(s.top1AfterQuestions, s.cases));
    // "guides<TAB>regions=..<TAB>main_top5=..<TAB>listed_top10=..": each guide's region drawn alone (accuracy.h).
    const auto guides = acc::guideAgreement(matcher);
    std::printf("guides\tregions=%d\tmain_top5=%.3f\tlisted_top10=%.3f\n", guides.regions,
        acc::share(guides.mainTop5, guides.regions), acc::share(guides.listedTop10, guides.regions));
    if (argc > 2 && std::string(argv[2]) == "--missed")
        for (const auto& m : guides.missed)
            std::printf("guide-missed\t%s\n", m.c_str());
    return sink == 0 || sinkSize == 0 ? 1 : 0;
}
