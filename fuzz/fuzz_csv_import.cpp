// fuzz_csv_import: libFuzzer target for the journal's CSV import. Any input must either be refused with an
// ImportError or give notes that pass validation and that the CSV writer writes back into a file that reads back
// to the same notes.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "body/body_map.h"
#include "journal/exchange.h"

using namespace tmap::journal;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto body = tmap::body::BodyMap::fromDirectory(TM_SOURCE_DIR "/data");
    const Vocabulary vocabulary {&body, nullptr};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<Note> notes;
    try {
        notes = parseCsv(text, "fuzz.csv", vocabulary, 1 << 20);
    } catch (const ImportError&) {
        return 0;
    }
    std::ostringstream out;
    writeCsvHeader(out);
    for (const auto& note : notes) {
        if (!validateNote(note, vocabulary, true).empty())
            __builtin_trap(); // parseCsv let an invalid note through
        writeCsvNote(out, note);
    }
    const auto again = parseCsv(out.str(), "round-trip.csv", vocabulary, 64u << 20); // must not throw
    if (again != notes)
        __builtin_trap();
    return 0;
}
