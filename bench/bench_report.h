// bench_report: the one output format of every benchmark program, read by scripts/bench:
// "name<TAB>median_us=..<TAB>p99_us=..<TAB>n=..".
#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

namespace tmap::bench {

inline void report(const char* name, std::vector<double>& samples)
{
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    const double p99 = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    std::printf("%s\tmedian_us=%.2f\tp99_us=%.2f\tn=%zu\n", name, median, p99, samples.size());
}

} // namespace tmap::bench
