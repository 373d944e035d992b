// fuzz_journal_file: libFuzzer target for reading another journal file for an import (journal/salvage.h), the
// reader of a damaged journal. An input is a list of edits to a small journal made at start-up: 5 bytes each, a
// little-endian offset (taken modulo the file's size) and a byte to XOR there - so the fuzzer explores damaged
// journals. Any input must either be refused with an ImportError or a JournalError, or give notes and plans that
// pass the journal's rules; never a crash, a hang, a leak or undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "body/body_map.h"
#include "journal/journal.h"
#include "journal/plan.h"
#include "journal/salvage.h"

using namespace tmap;

namespace {

const body::BodyMap& bodyMap()
{
    static const auto map = body::BodyMap::fromDirectory(TM_SOURCE_DIR "/data");
    return map;
}

/// A journal of 60 notes (spots, tags, factors, a treatment, an answer; a few in the trash) and two plans.
const std::string& original()
{
    static const std::string bytes = [] {
        const std::string path = "/tmp/fuzz-journal-seed-" + std::to_string(::getpid()) + ".sqlite";
        std::filesystem::remove(path);
        {
            journal::OpenOptions o;
            o.dailyBackup = false;
            o.vocabulary = {&bodyMap(), nullptr};
            auto j = journal::Journal::open(path, o);
            for (int i = 0; i < 60; ++i) {
                journal::Note n;
                n.when = "2026-11-" + std::to_string(10 + i % 15) + "T08:30:00+01:00";
                n.spots = {{"head.temple:right", i % 11, journal::Quality::Throbbing}, {"neck.side:right", 4, {}}};
                n.text = "note " + std::to_string(i) + std::string(static_cast<std::size_t>(i * 7), 'x');
                n.tags = {"work"};
                n.factors = {"long-sitting"};
                n.treatments = {{"upper-trapezius", "", "ball", 5, 7, 4}};
                n.answers = {{"region:head.jaw:right", journal::Reply::No}};
                const auto saved = j->save(n);
                if (i % 9 == 0)
                    j->trash(saved.id);
            }
            for (const char* name : {"Evening", "Desk"}) {
                journal::Plan plan;
                plan.name = name;
                plan.steps.push_back({"upper-trapezius", "", body::Side::Right, ""});
                j->savePlan(plan);
            }
        }
        std::ifstream in(path, std::ios::binary);
        std::string b((std::istreambuf_iterator<char>(in)), {});
        std::filesystem::remove(path);
        if (b.size() < 4096)
            __builtin_trap();
        return b;
    }();
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/tmp/fuzz-journal-file-" + std::to_string(::getpid()) + ".sqlite";
    std::string bytes = original();
    for (std::size_t i = 0; i + 5 <= size && i < 5 * 64; i += 5) {
        std::uint32_t offset = 0;
        std::memcpy(&offset, data + i, sizeof offset);
        bytes[offset % bytes.size()] = static_cast<char>(bytes[offset % bytes.size()] ^ data[i + 4]);
    }
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const journal::Vocabulary vocabulary {&bodyMap(), nullptr};
    try {
        const auto doc = journal::readJournalFile(path, vocabulary);
        for (const auto& n : doc.notes)
            if (!journal::validateNote(n, vocabulary, true).empty())
                __builtin_trap(); // the reader let an invalid note through
        for (const auto& p : doc.plans)
            if (!journal::validatePlan(p, vocabulary, true).empty())
                __builtin_trap();
        if (doc.notes.size() + static_cast<std::size_t>(doc.unusable) > 62 + 2)
            __builtin_trap(); // more than the file ever held
    } catch (const journal::ImportError&) {
    } catch (const journal::JournalError&) {
    }
    return 0;
}
