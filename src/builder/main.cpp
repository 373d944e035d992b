// tpmap-build-catalogue: validates data/ and writes the catalogue database; exit 1 with every problem listed.
#include <iostream>
#include <string>

#include "catalogue/builder.h"
#include "db/database.h"

int main(int argc, char** argv)
{
    std::string data;
    std::string output;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--data" || arg == "--output") && i + 1 < argc)
            (arg == "--data" ? data : output) = argv[++i];
        else if (arg == "--help" || arg == "-h") {
            std::cout << "usage: tpmap-build-catalogue --data DIR --output FILE.sqlite\n";
            return 0;
        } else {
            std::cerr << "tpmap-build-catalogue: unknown argument " << arg << "\n";
            return 2;
        }
    }
    if (data.empty() || output.empty()) {
        std::cerr << "usage: tpmap-build-catalogue --data DIR --output FILE.sqlite\n";
        return 2;
    }
    try {
        const auto catalogue = tmap::catalogue::loadSources(data);
        tmap::catalogue::writeDatabase(catalogue, output);
        std::size_t points = 0;
        std::size_t computed = 0;
        for (const auto& m : catalogue.muscles)
            for (const auto& tp : m.triggerPoints) {
                ++points;
                computed += tp.markersComputed ? 1 : 0;
            }
        std::cout << "catalogue: " << catalogue.muscles.size() << " muscles, " << points << " trigger points ("
                  << computed << " with markers computed from their site, not authored) -> " << output << "\n";
        return 0;
    } catch (const tmap::catalogue::BuildError& e) {
        for (const auto& p : e.problems())
            std::cerr << p << "\n";
        std::cerr << "tpmap-build-catalogue: " << e.problems().size() << " problem(s); nothing written\n";
    } catch (const std::exception& e) {
        std::cerr << output << ": " << e.what() << "\n";
    }
    return 1;
}
