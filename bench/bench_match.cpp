// bench_match: ranking a 5-spot drawing over the full catalogue; and opening the catalogue.
// Prints one line per figure: name, median, p99 (microseconds), repetitions.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "catalogue/catalogue.h"
#include "match/matcher.h"

#include "bench_report.h"

namespace {

using Clock = std::chrono::steady_clock;

using tmap::bench::report;

} // namespace

int main(int argc, char** argv)
{
    const std::string path = argc > 1 ? argv[1] : TM_BENCH_CATALOGUE;
    std::vector<double> open;
    for (int i = 0; i < 50; ++i) {
        const auto t0 = Clock::now();
        auto cat = tmap::catalogue::Catalogue::open(path);
        open.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    report("catalogue_open", open);

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
    return sink == 0 ? 1 : 0;
}
