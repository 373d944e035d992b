// fuzz_journal_import: libFuzzer target for the journal's JSON import. Any input must either be refused with an
// ImportError or give notes that pass validation and survive a round trip through the export shape unchanged.
#include <cstddef>
#include <cstdint>
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
        notes = parseExport(text, "fuzz.json", vocabulary, 1 << 20);
    } catch (const ImportError&) {
        return 0;
    }
    nlohmann::json doc {{"format", kExportFormat}, {"version", kExportVersion}, {"notes", nlohmann::json::array()}};
    for (const auto& note : notes) {
        if (!validateNote(note, vocabulary, true).empty())
            __builtin_trap(); // parseExport let an invalid note through
        doc["notes"].push_back(noteToJson(note));
    }
    const auto again = parseExport(doc.dump(), "round-trip.json", vocabulary, 64u << 20); // must not throw
    if (again.size() != notes.size())
        __builtin_trap();
    for (std::size_t i = 0; i < notes.size(); ++i) {
        Note expected = notes[i];
        if (expected.created.empty() || expected.updated.empty()) // the export always writes both
            continue;
        if (!(again[i] == expected))
            __builtin_trap();
    }
    return 0;
}
