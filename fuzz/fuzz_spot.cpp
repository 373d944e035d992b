// fuzz_spot: libFuzzer target for the spot syntax ("head.temple:right=7", what --select, `tpmap where` and
// `tpmap notes add --spot` read). Any input is either refused with std::invalid_argument or gives a region instance
// of the body map with an intensity from 0 to 10.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "body/body_map.h"
#include "match/matcher.h"

using namespace tmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto body = body::BodyMap::fromDirectory(TM_SOURCE_DIR "/data");
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto spot = match::parseSpot(body, text);
        if (!body.isInstance(spot.instance) || spot.intensity < 0 || spot.intensity > 10)
            __builtin_trap();
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
