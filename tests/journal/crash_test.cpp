// Crash safety of the journal: a child process saves notes in a loop and reports each id only after the commit;
// it is killed with SIGKILL at random moments, many times. Every reported note must be there afterwards and the
// file must pass PRAGMA integrity_check. Its own test program, because it forks.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "journal/journal.h"

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

TEST_CASE("crash: every note reported saved survives SIGKILL at random moments, 30 times", "[journal][crash]")
{
    TempDir dir;
    const std::string path = (dir.path / "journal.sqlite").string();
    std::mt19937 random(std::random_device {}());
    constexpr int kKills = 30;
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
    std::printf("crash test: kills=%d notes_saved=%zu notes_lost=%d\n", kills, reported.size(), lost);
    CHECK(kills == kKills);
    CHECK(lost == 0);
    CHECK(reported.size() >= 30); // real saves were killed, not just openings (slow sanitizer builds save fewer)
    for (const auto& entry : fs::directory_iterator(dir.path))
        CHECK(entry.path().filename().string().find(".broken-") == std::string::npos);
}
