// The crash-and-fault suite (docs/reliability.md). Children save, import, export and back up in a loop and report
// each step only after it is done; they are killed with SIGKILL at random moments. Every acknowledged note must be
// there afterwards, an import is all or nothing, an export or a backup is complete or absent and leaves no
// temporary file behind once the next run has started, and nothing is ever moved aside. Read and write errors are
// injected into SQLite (tests/support/faulty_vfs.h). Each case prints its figures. Its own test program, because
// it forks. TM_CRASH_ROUNDS=N (default 30) sets the kills per case: `TM_CRASH_ROUNDS=300 build/bin/journal_crash_test`.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/uuid.h"

#include "../support/faulty_vfs.h"

namespace fs = std::filesystem;
using namespace tmap::journal;

namespace {

struct TempDir {
    fs::path path;
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "tm-crash-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        path = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

int rounds()
{
    const char* text = std::getenv("TM_CRASH_ROUNDS");
    const int n = text ? std::atoi(text) : 0;
    return n > 0 ? n : 30;
}

OpenOptions options()
{
    OpenOptions o;
    o.dailyBackup = false;
    return o;
}

/// The child: save notes forever, writing "<id>\n" to `fd` after each commit. Never returns.
[[noreturn]] void saveForever(const std::string& path, int fd, unsigned seed)
{
    try {
        auto journal = Journal::open(path, options());
        std::mt19937 random(seed);
        for (unsigned i = 0;; ++i) {
            Note n;
            n.when = "2026-11-25T08:30:00+01:00";
            n.spots = {{"head.temple:right", static_cast<int>(random() % 11), Quality::Aching},
                {"neck.side:left", static_cast<int>(random() % 11), Quality::None}};
            n.text = "crash test note " + std::to_string(i) + " " + std::string(random() % 3000, 'x');
            n.tags = {"crash", "seed" + std::to_string(seed)};
            n.treatments = {{"upper-trapezius", "", "ball", 5, 6, 3}};
            const std::string line = journal->save(n).id + "\n";
            // One write() of under PIPE_BUF bytes: the parent sees the whole line or none of it.
            if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
                ::_exit(3);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash child: %s\n", e.what());
        ::_exit(2);
    }
}

void drain(int fd, std::string& buffer, std::chrono::steady_clock::time_point until);

int movedAside(const fs::path& folder)
{
    int n = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        n += entry.path().filename().string().find(".broken-") != std::string::npos;
    return n;
}

int temporaries(const fs::path& folder)
{
    int n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.path().filename().string().find(".tmp") != std::string::npos) {
            std::fprintf(stderr, "crash suite: left over: %s\n", entry.path().c_str());
            ++n;
        }
    return n;
}

Note crashNote(unsigned i, std::mt19937& random)
{
    Note n;
    n.when = "2026-11-25T08:30:00+01:00";
    n.spots = {{"head.temple:right", static_cast<int>(random() % 11), Quality::Aching}};
    n.text = "crash suite note " + std::to_string(i) + " " + std::string(random() % 2000, 'y');
    return n;
}

/// Runs `body(fd)` in a child killed with SIGKILL after a random delay; returns what it wrote to `fd`.
template <class F> std::string runAndKill(F&& body, std::mt19937& random, int maxDelayMs = 300)
{
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        try {
            body(fds[1]);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "crash child: %s\n", e.what());
            ::_exit(2);
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string output;
    drain(fds[0], output, std::chrono::steady_clock::now() + std::chrono::milliseconds(random() % maxDelayMs));
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    INFO("the child exited by itself with status " << status);
    REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
    drain(fds[0], output, std::chrono::steady_clock::now());
    ::close(fds[0]);
    return output;
}

void tell(int fd, const std::string& line)
{
    if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
        ::_exit(3);
}

/// Reads whatever the child wrote until `until`, appending complete lines.
void drain(int fd, std::string& buffer, std::chrono::steady_clock::time_point until)
{
    char chunk[4096];
    for (;;) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        pollfd p {fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(std::max<std::int64_t>(0, left.count())));
        if (ready <= 0)
            return;
        const auto n = ::read(fd, chunk, sizeof chunk);
        if (n <= 0)
            return;
        buffer.append(chunk, static_cast<std::size_t>(n));
    }
}

} // namespace

TEST_CASE("crash: every note reported saved survives SIGKILL at random moments", "[journal][crash]")
{
    TempDir dir;
    const std::string path = (dir.path / "journal.sqlite").string();
    std::mt19937 random(std::random_device {}());
    const int kKills = rounds();
    std::set<std::string> reported;
    int kills = 0;
    int lost = 0;
    for (int round = 0; round < kKills; ++round) {
        int fds[2];
        REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            saveForever(path, fds[1], static_cast<unsigned>(round));
        }
        ::close(fds[1]);
        // Some kills land while the child is still opening (or creating) the journal, most mid-way through saves.
        const int delayMs = round % 5 == 0 ? static_cast<int>(random() % 15) : 30 + static_cast<int>(random() % 300);
        std::string output;
        drain(fds[0], output, std::chrono::steady_clock::now() + std::chrono::milliseconds(delayMs));
        REQUIRE(::kill(child, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        INFO("round " << round << ": the child exited by itself with status " << status);
        REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
        ++kills;
        drain(fds[0], output, std::chrono::steady_clock::now()); // what it wrote before it died is in the pipe
        ::close(fds[0]);
        for (std::size_t start = 0, end; (end = output.find('\n', start)) != std::string::npos; start = end + 1)
            reported.insert(output.substr(start, end - start));

        OpenOptions check = options();
        check.check = OpenOptions::Check::Always;
        auto journal = Journal::open(path, check);
        INFO("round " << round);
        REQUIRE(journal->report().movedAside.empty()); // a crash never makes the journal look damaged
        CHECK(journal->integrityProblem().empty());
        for (const auto& id : reported)
            if (!journal->contains(id))
                ++lost;
        CHECK(journal->count({}) >= static_cast<std::int64_t>(reported.size()));
    }
    std::printf("crash suite: save: kills=%d notes_acknowledged=%zu notes_lost=%d moved_aside_wrongly=%d\n", kills,
        reported.size(), lost, movedAside(dir.path));
    CHECK(kills == kKills);
    CHECK(lost == 0);
    CHECK(reported.size() >= static_cast<std::size_t>(kKills)); // real saves were killed, not just openings
    for (const auto& entry : fs::directory_iterator(dir.path))
        CHECK(entry.path().filename().string().find(".broken-") == std::string::npos);
}

TEST_CASE("crash: an import killed at any moment is all or nothing", "[journal][crash]")
{
    TempDir dir;
    const std::string path = (dir.path / "journal.sqlite").string();
    Journal::open(path, options()); // created once, so that kills land in imports
    std::mt19937 random(std::random_device {}());
    constexpr int kBatch = 25;
    std::set<std::string> acknowledged;
    int kills = 0, lost = 0, partial = 0;
    for (int round = 0; round < rounds(); ++round) {
        const std::string output = runAndKill(
            [&](int fd) {
                auto journal = Journal::open(path, options());
                std::mt19937 r(static_cast<unsigned>(round));
                for (int batch = 0;; ++batch) {
                    nlohmann::json doc {
                        {"format", kExportFormat}, {"version", kExportVersion}, {"notes", nlohmann::json::array()}};
                    std::string ids;
                    for (int i = 0; i < kBatch; ++i) {
                        Note n = crashNote(static_cast<unsigned>(i), r);
                        n.id = newUuid();
                        doc["notes"].push_back(noteToJson(n));
                        ids += n.id + " ";
                    }
                    const std::string file = (dir.path / ("import-" + std::to_string(::getpid()) + ".json")).string();
                    std::ofstream(file) << doc.dump();
                    importJson(*journal, file);
                    tell(fd, ids + "\n");
                }
            },
            random);
        ++kills;
        for (std::size_t start = 0, end; (end = output.find('\n', start)) != std::string::npos; start = end + 1)
            for (std::size_t a = start, b; (b = output.find(' ', a)) != std::string::npos && b < end; a = b + 1)
                acknowledged.insert(output.substr(a, b - a));
        auto journal = Journal::open(path, options());
        for (const auto& id : acknowledged)
            lost += !journal->contains(id);
        partial += journal->count({}) % kBatch != 0;
    }
    std::printf("crash suite: import: kills=%d notes_acknowledged=%zu notes_lost=%d partial_imports=%d "
                "moved_aside_wrongly=%d\n",
        kills, acknowledged.size(), lost, partial, movedAside(dir.path));
    CHECK(lost == 0);
    CHECK(partial == 0);
    CHECK(movedAside(dir.path) == 0);
}

TEST_CASE(
    "crash: an export or a backup killed at any moment is complete or absent, and its leftovers go", "[journal][crash]")
{
    TempDir dir;
    const std::string path = (dir.path / "journal.sqlite").string();
    constexpr int kNotes = 300;
    {
        auto journal = Journal::open(path, options());
        std::mt19937 r(1);
        for (unsigned i = 0; i < kNotes; ++i)
            journal->save(crashNote(i, r));
    }
    std::mt19937 random(std::random_device {}());
    const std::string output = (dir.path / "export.json").string();
    const fs::path backup = dir.path / "backups" / "journal-2026-11-30.sqlite";
    int kills = 0, broken = 0, completed = 0, leftovers = 0;
    for (int round = 0; round < rounds(); ++round) {
        const bool exporting = round % 2 == 0;
        const std::string said = runAndKill(
            [&](int fd) {
                auto journal = Journal::open(path, options());
                for (;;) {
                    if (exporting)
                        exportToFile(*journal, output, Format::Json);
                    else
                        journal->backupNow("2026-11-30");
                    tell(fd, "done\n");
                }
            },
            random, 600);
        ++kills;
        completed += said.find("done") != std::string::npos;
        if (exporting && fs::exists(output)) {
            std::ifstream in(output);
            const std::string text {std::istreambuf_iterator<char>(in), {}};
            try {
                broken += parseExport(text, output).size() != kNotes;
            } catch (const ImportError&) {
                ++broken;
            }
        }
        if (!exporting && fs::exists(backup)) {
            OpenOptions check = options();
            check.check = OpenOptions::Check::Always;
            check.readOnly = true;
            try {
                broken += Journal::open(backup.string(), check)->count({}) != kNotes;
            } catch (const JournalError&) {
                ++broken;
            }
        }
        // The next run cleans what the killed one left: an export of the same file, an open of the journal.
        auto journal = Journal::open(path, options());
        exportToFile(*journal, output, Format::Json);
        leftovers += temporaries(dir.path);
    }
    std::printf("crash suite: export+backup: kills=%d completed_before_kill=%d broken_files=%d leftovers=%d "
                "moved_aside_wrongly=%d\n",
        kills, completed, broken, leftovers, movedAside(dir.path));
    CHECK(broken == 0);
    CHECK(leftovers == 0);
    CHECK(movedAside(dir.path) == 0);
}

TEST_CASE("crash: two writers and the app's save path at once, killed at random, lose nothing", "[journal][crash]")
{
    TempDir dir;
    const std::string path = (dir.path / "journal.sqlite").string();
    Journal::open(path, options());
    std::mt19937 random(std::random_device {}());
    std::set<std::string> acknowledged;
    int kills = 0, lost = 0, appSaves = 0;
    const int roundCount = std::max(3, rounds() / 5);
    for (int round = 0; round < roundCount; ++round) {
        // Both writers are forked before this process starts saving in a thread (no fork from a threaded process).
        int fds[2][2];
        pid_t children[2];
        for (int c = 0; c < 2; ++c) {
            REQUIRE(::pipe2(fds[c], O_CLOEXEC) == 0);
            children[c] = ::fork();
            REQUIRE(children[c] >= 0);
            if (children[c] == 0) {
                ::close(fds[c][0]);
                saveForever(path, fds[c][1], static_cast<unsigned>(round * 2 + c));
            }
            ::close(fds[c][1]);
        }
        std::thread app([&] {
            auto journal = Journal::open(path, options()); // the app's save path: Journal::save, as JournalSession
            std::mt19937 r(static_cast<unsigned>(round));
            for (int i = 0; i < 15; ++i) {
                acknowledged.insert(journal->save(crashNote(static_cast<unsigned>(i), r)).id);
                ++appSaves;
            }
        });
        std::string output[2];
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(100 + random() % 600);
        for (int c = 0; c < 2; ++c)
            drain(fds[c][0], output[c], until);
        for (int c = 0; c < 2; ++c) {
            REQUIRE(::kill(children[c], SIGKILL) == 0);
            int status = 0;
            REQUIRE(::waitpid(children[c], &status, 0) == children[c]);
            REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
            ++kills;
            drain(fds[c][0], output[c], std::chrono::steady_clock::now());
            ::close(fds[c][0]);
            for (std::size_t start = 0, end; (end = output[c].find('\n', start)) != std::string::npos; start = end + 1)
                acknowledged.insert(output[c].substr(start, end - start));
        }
        app.join();
        auto journal = Journal::open(path, options());
        for (const auto& id : acknowledged)
            lost += !journal->contains(id);
        CHECK(journal->integrityProblem().empty());
    }
    std::printf("crash suite: concurrent: kills=%d notes_acknowledged=%zu app_saves=%d notes_lost=%d "
                "moved_aside_wrongly=%d\n",
        kills, acknowledged.size(), appSaves, lost, movedAside(dir.path));
    CHECK(lost == 0);
    CHECK(appSaves == roundCount * 15);
    CHECK(movedAside(dir.path) == 0);
}

TEST_CASE("crash: injected read and write errors never move a journal aside or lose a note", "[journal][faults]")
{
    TempDir dir;
    const std::string path = (dir.path / "journal.sqlite").string();
    constexpr int kNotes = 80;
    std::vector<std::string> saved;
    {
        auto journal = Journal::open(path, options());
        std::mt19937 r(2);
        for (unsigned i = 0; i < kNotes; ++i)
            saved.push_back(journal->save(crashNote(i, r)).id);
    }
    tmap::test::FaultyVfs vfs;
    int readFaults = 0, ioErrors = 0, writeFaults = 0, fullDisk = 0, lost = 0;
    // EIO on the 1st, 2nd, ... read of a first open of the day (integrity check and backup), until the open needs
    // fewer reads than that.
    for (int n = 1; n < 5000; ++n) {
        OpenOptions o;
        o.day = formatTimestamp(1767225600 + std::int64_t {n} * 86400, 0).substr(0, 10);
        const int before = vfs.readFailures();
        vfs.failRead(n, 1);
        try {
            if (const auto opened = Journal::open(path, o); !opened->report().movedAside.empty())
                std::fprintf(stderr, "crash suite: read %d failed and the journal was moved aside: [%s]\n", n,
                    opened->report().problem.c_str());
        } catch (const JournalError&) {
            ++ioErrors;
        }
        vfs.heal();
        if (vfs.readFailures() == before)
            break;
        ++readFaults;
    }
    // ENOSPC on the 1st, 2nd, ... write of a save.
    std::mt19937 r(3);
    for (int n = 1; n < 200; ++n) {
        auto journal = Journal::open(path, options());
        const int before = vfs.writeFailures();
        vfs.failWrite(n, -1, SQLITE_IOERR_WRITE, ENOSPC);
        try {
            journal->save(crashNote(static_cast<unsigned>(n), r));
        } catch (const JournalError& e) {
            fullDisk += std::string_view(e.what()).find("the disk is full") != std::string_view::npos;
        }
        const bool failed = vfs.writeFailures() != before;
        vfs.heal();
        if (!failed)
            break;
        ++writeFaults;
    }
    auto journal = Journal::open(path, options());
    for (const auto& id : saved)
        lost += !journal->contains(id);
    std::printf("crash suite: faults: read_faults=%d reported_as_io_errors=%d write_faults=%d said_disk_full=%d "
                "notes_lost=%d moved_aside_wrongly=%d\n",
        readFaults, ioErrors, writeFaults, fullDisk, lost, movedAside(dir.path));
    CHECK(readFaults > 10);
    CHECK(movedAside(dir.path) == 0);
    CHECK(lost == 0);
    CHECK(fullDisk == writeFaults);
    CHECK(journal->integrityProblem().empty());
}
