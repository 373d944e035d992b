// fuzz_catalogue: libFuzzer target for the catalogue reader. An input is either a whole database file (it starts
// with "SQLite format 3") or a list of edits to the catalogue the build made: 5 bytes each, a little-endian offset
// (taken modulo the file's size) and a byte to XOR there - so the fuzzer explores damaged catalogues from a small
// corpus. Any input must either be refused with a CatalogueError naming the file or be read in full: every
// muscle, trigger point, search and a ranking, without a crash, a leak or undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include <unistd.h>

#include "catalogue/catalogue.h"
#include "match/matcher.h"

using namespace tmap;

namespace {

const std::string& original()
{
    static const std::string bytes = [] {
        std::ifstream in(TM_CATALOGUE, std::ios::binary);
        std::string b((std::istreambuf_iterator<char>(in)), {});
        if (b.size() < 1024)
            __builtin_trap(); // build the catalogue first (scripts/fuzz does)
        return b;
    }();
    return bytes;
}

std::string fileFor(const std::uint8_t* data, std::size_t size)
{
    static constexpr char kMagic[] = "SQLite format 3";
    if (size >= sizeof kMagic && std::memcmp(data, kMagic, sizeof kMagic) == 0)
        return std::string(reinterpret_cast<const char*>(data), size);
    std::string bytes = original();
    for (std::size_t i = 0; i + 5 <= size && i < 5 * 64; i += 5) {
        std::uint32_t offset = 0;
        std::memcpy(&offset, data + i, sizeof offset);
        bytes[offset % bytes.size()] = static_cast<char>(bytes[offset % bytes.size()] ^ data[i + 4]);
    }
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/tmp/fuzz-catalogue-" + std::to_string(::getpid()) + ".sqlite";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        const std::string bytes = fileFor(data, size);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    try {
        const auto cat = catalogue::Catalogue::open(path);
        std::size_t n = 0;
        for (const auto& m : cat->muscles())
            n += m.techniques.size() + m.triggerPoints.size() + m.related.size() + m.symptoms.size();
        for (const auto* tp : cat->triggerPoints())
            n += tp->zones.size() + (cat->muscle(tp->muscleId) ? 1 : 0);
        n += cat->search("neck pain").size() + cat->findSymptoms("ear").size();
        match::Drawing drawing;
        const auto instances = cat->body().instances();
        for (std::size_t i = 0; i < instances.size(); i += 7)
            drawing.spots.push_back({instances[i], static_cast<int>(i % 11)});
        for (const auto& s : cat->data().symptoms)
            drawing.symptoms.push_back(s.id);
        n += match::Matcher(*cat).rank(drawing, 20).size();
        n += match::redFlagsFor(*cat, drawing).size();
        if (n == static_cast<std::size_t>(-1))
            std::puts("");
    } catch (const catalogue::CatalogueError& e) {
        if (std::string_view(e.what()).find(path) == std::string_view::npos)
            __builtin_trap(); // every message names the file
    }
    return 0;
}
