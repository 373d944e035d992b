// tpmap notes purge / empty-trash / backups / restore-backup, search by name, and the CSV round trip through tpmap.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../support/run_command.h"

namespace fs = std::filesystem;
using tmap::test::Run;

namespace {

std::string quote(const std::string& word)
{
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string read(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct Box {
    fs::path dir;
    std::string journal;
    Box()
    {
        std::string pattern = (fs::temp_directory_path() / "tm-erase-cli-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        dir = pattern;
        journal = (dir / "journal.sqlite").string();
    }
    ~Box()
    {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    Run tpmap(const std::string& args, const std::string& journalFile = {}) const
    {
        return tmap::test::runCommand("XDG_DATA_HOME=" + quote((dir / "xdg").string()) + " " + TM_TPMAP
            + " --catalogue " + TM_TEST_CATALOGUE + " " + args + " --journal "
            + quote(journalFile.empty() ? journal : journalFile) + " 2>&1");
    }
    std::string add(const std::string& args) const
    {
        const auto run = tpmap("notes add " + args);
        REQUIRE(run.code == 0);
        // The id is the last line; the first note of a journal also says first (on stderr) that it started one.
        REQUIRE(run.out.size() >= 37);
        return run.out.substr(run.out.size() - 37, 36);
    }
};

} // namespace

TEST_CASE("notes cli: purge erases a note of the trash for good and names the backups that keep it", "[cli][notes]")
{
    Box box;
    const std::string id = box.add("--spot head.temple:right=7 --text 'wombat secret'");
    // The next open backs the journal up, this note in it; a note written after that is in no backup (both used to
    // be told that the backups keep a copy).
    const std::string later = box.add("--spot head.temple:right=6 --text 'written after the backup'");
    const auto live = box.tpmap("notes purge " + id);
    CHECK(live.code == 2);
    // Its hints name the journal given: followed as printed, they acted on the default journal.
    CHECK_THAT(live.out, Catch::Contains("is not in the trash") && Catch::Contains("--journal " + box.journal));
    const auto deleted = box.tpmap("notes delete " + id);
    REQUIRE(deleted.code == 0);
    CHECK_THAT(deleted.out, Catch::Contains("Undo: tpmap notes restore " + id + " --journal " + box.journal));
    CHECK_THAT(box.tpmap("notes show " + id).out, Catch::Contains("--journal " + box.journal));
    const auto trash = nlohmann::json::parse(box.tpmap("notes list --trash --json").out);
    CHECK(trash["total"] == 1);
    const auto purged = box.tpmap("notes purge " + id);
    CHECK(purged.code == 0);
    CHECK_THAT(purged.out,
        Catch::Contains("for good") && Catch::Contains("1 backup still holds a copy of it")
            && Catch::Contains((box.dir / "backups").string()) && Catch::Contains("(daily: until newer daily"));
    CHECK(box.tpmap("notes show " + id).code == 2);
    REQUIRE(box.tpmap("notes delete " + later).code == 0);
    const auto gone = box.tpmap("notes purge " + later);
    CHECK(gone.code == 0);
    CHECK_THAT(gone.out, Catch::Contains("No backup holds a copy of it: it is gone for good."));
    CHECK_THAT(gone.out, !Catch::Contains("backups still hold"));
    CHECK(read(box.journal).find("wombat") == std::string::npos);
    CHECK(box.tpmap("notes purge " + id).code == 2);
}

TEST_CASE("notes cli: empty-trash erases every note in the trash and only those", "[cli][notes]")
{
    Box box;
    const std::string keep = box.add("--spot chest.sternum=2");
    for (int i = 0; i < 3; ++i)
        REQUIRE(box.tpmap("notes delete " + box.add("--spot head.temple:right=5")).code == 0);
    const auto emptied = box.tpmap("notes empty-trash");
    CHECK(emptied.code == 0);
    CHECK_THAT(emptied.out, Catch::Contains("Erased 3 notes for good"));
    // The first note went into the day's backup (taken by the second open); the three came after it.
    CHECK_THAT(emptied.out, Catch::Contains("No backup holds a copy of them"));
    CHECK(nlohmann::json::parse(box.tpmap("notes list --trash --json").out)["total"] == 0);
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
    CHECK_THAT(box.tpmap("notes empty-trash").out, Catch::Contains("already empty"));
}

TEST_CASE("notes cli: backups are listed and one can be restored, the journal as it was kept", "[cli][notes]")
{
    Box box;
    box.add("--spot chest.sternum=2"); // the first open creates the journal: no backup of an empty one
    box.add("--spot chest.sternum=3"); // the next open backs up the journal of one note
    const auto today = nlohmann::json::parse(box.tpmap("notes backups --json").out);
    CHECK(today["keep_days"] == 7);
    CHECK(today["folder"] == (box.dir / "backups").string());
    REQUIRE(today["backups"].size() == 1);
    // An older backup, as the open of that day would have written it (a copy of today's, with one note).
    fs::copy_file(today["backups"][0]["path"].get<std::string>(), box.dir / "backups" / "journal-2026-11-20.sqlite");
    box.add("--spot chest.sternum=4");
    CHECK_THAT(box.tpmap("notes backups").out,
        Catch::Contains("Restore one with: tpmap notes restore-backup FILE --journal " + box.journal));
    const auto list = nlohmann::json::parse(box.tpmap("notes backups --json").out);
    REQUIRE(list["backups"].size() >= 1);
    const auto& oldest = list["backups"].back();
    CHECK(oldest["day"] == "2026-11-20");
    CHECK(oldest["kind"] == "daily");
    const auto restored = box.tpmap("notes restore-backup " + quote(oldest["path"].get<std::string>()));
    CHECK(restored.code == 0);
    CHECK_THAT(restored.out, Catch::Contains("before-restore"));
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
    const auto after = nlohmann::json::parse(box.tpmap("notes backups --json").out);
    bool kept = false;
    for (const auto& b : after["backups"])
        kept = kept || b["kind"] == "before-restore";
    CHECK(kept);
    // A backups folder that cannot be one: said, not "none yet (one is written...)".
    {
        Box other;
        other.add("--spot chest.sternum=2");
        fs::remove_all(other.dir / "backups");
        std::ofstream(other.dir / "backups") << "a file where the folder goes";
        CHECK_THAT(other.tpmap("notes backups").out,
            Catch::Contains("none can be written") && Catch::Contains("is a file, not a folder"));
    }
    const auto bad = box.tpmap("notes restore-backup " + quote((box.dir / "nothing.sqlite").string()));
    CHECK(bad.code == 2);
    CHECK_THAT(bad.out, Catch::Contains("no such backup"));
}

TEST_CASE(
    "notes cli: a journal lost beside its backups points to them, and is restored where it was missing", "[cli][notes]")
{
    Box box;
    box.add("--spot chest.sternum=2");
    box.add("--spot chest.sternum=3"); // backed up now
    const auto backups = nlohmann::json::parse(box.tpmap("notes backups --json").out)["backups"];
    REQUIRE(backups.size() == 1);
    const std::string newest = backups[0]["path"];
    fs::remove(box.journal);
    // Reading says where the way back is, not "tpmap notes add starts one".
    const auto list = box.tpmap("notes list");
    CHECK(list.code == 2);
    CHECK_THAT(list.out, Catch::Contains("restore-backup " + newest) && !Catch::Contains("starts one"));
    // The restore works with the journal missing.
    const auto restored = box.tpmap("notes restore-backup " + quote(newest));
    CHECK(restored.code == 0);
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
    // A journal started over beside them says so once.
    fs::remove(box.journal);
    const auto started = box.tpmap("notes add --spot chest.sternum=5");
    CHECK(started.code == 0);
    CHECK_THAT(started.out, Catch::Contains("was missing or empty") && Catch::Contains("restore-backup"));
    // A note is never added to a backup.
    const auto refused = box.tpmap("notes add --spot chest.sternum=5", newest);
    CHECK(refused.code != 0);
    CHECK_THAT(refused.out, Catch::Contains("automatic backups"));
    // A mistyped journal has neither: said, not "none yet".
    const auto typo = box.tpmap("notes backups", (box.dir / "jornal.sqlite").string());
    CHECK(typo.code == 2);
    CHECK_THAT(typo.out, Catch::Contains("no journal there, and no backups"));
}

TEST_CASE(
    "notes cli: a journal that is no plain file, and an export to a missing folder, are said as such", "[cli][notes]")
{
    Box box;
    const std::string fifo = (box.dir / "fifo.sqlite").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    for (const char* command : {"notes list", "notes add --text x"}) {
        INFO(command);
        const auto run = box.tpmap(command, fifo);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("is not a plain file"));
    }
    // A link to a file that is not there: the link is named (SQLite said "unable to open database file").
    const std::string link = (box.dir / "link.sqlite").string();
    fs::create_symlink(box.dir / "gone" / "j.sqlite", link);
    const auto dangling = box.tpmap("notes add --text x", link);
    CHECK(dangling.code == 2);
    CHECK_THAT(dangling.out, Catch::Contains("is a link to") && Catch::Contains("which does not exist"));
    box.add("--spot chest.sternum=2");
    const auto missing = box.tpmap("notes export " + quote((box.dir / "nofolder" / "x.json").string()));
    CHECK(missing.code == 2);
    CHECK_THAT(missing.out, Catch::Contains("there is no folder"));
}

TEST_CASE("notes cli: search finds muscles, techniques and factors by name", "[cli][notes]")
{
    Box box;
    box.add("--spot head.temple:right=6 --factor long-sitting");
    const auto found = nlohmann::json::parse(box.tpmap("notes list --search 'Sitzen Schläfe' --json").out);
    CHECK(found["total"] == 1);
    CHECK(nlohmann::json::parse(box.tpmap("notes list --search 'sitting left' --json").out)["total"] == 0);
}

TEST_CASE("notes cli: a CSV export imports into an empty journal and exports the same again", "[cli][notes]")
{
    Box box;
    box.add("--spot head.temple:right=7@sharp --text 'comma, \"quote\"; semi' --tag 'a;b' --factor poor-sleep "
            "--when 2026-11-01T10:00:00Z");
    box.add("--spot chest.sternum=2 --spot neck.side:left=4 --when 2026-11-05T10:00:00+01:00");
    const std::string first = (box.dir / "first.csv").string();
    const std::string second = (box.dir / "second.csv").string();
    const std::string other = (box.dir / "other.sqlite").string();
    REQUIRE(box.tpmap("notes export --format csv --output " + quote(first)).code == 0);
    const auto imported = box.tpmap("notes import " + quote(first), other);
    CHECK(imported.code == 0);
    CHECK_THAT(imported.out, Catch::Contains("2 added"));
    REQUIRE(box.tpmap("notes export --format csv --output " + quote(second), other).code == 0);
    CHECK(read(first) == read(second));
    CHECK_THAT(read(first), Catch::Contains("temple (right)") && Catch::Contains("Poor sleep"));

    std::string broken = read(first);
    broken.replace(broken.find(",7,sharp,"), 9, ",7,blunt,");
    std::ofstream(box.dir / "broken.csv", std::ios::binary) << broken;
    const std::string empty = (box.dir / "empty.sqlite").string();
    const auto refused = box.tpmap("notes import " + quote((box.dir / "broken.csv").string()), empty);
    CHECK(refused.code == 2);
    CHECK_THAT(refused.out, Catch::Contains("broken.csv: at line 2, column quality: unknown quality \"blunt\""));
    CHECK_FALSE(fs::exists(empty)); // the bad file was refused before a journal was started for it
}

TEST_CASE("notes cli: restoring into no journal starts it, leaves nothing when it fails, and the source as it was",
    "[cli][notes]")
{
    // A journal file given as the backup was left with a -wal and a -shm beside it; a restore into a journal that
    // did not exist said it kept "the journal as it was"; a failed one left an empty journal behind.
    Box box;
    box.add("--text 'from the source'");
    const std::string fresh = (box.dir / "fresh.sqlite").string();
    const auto bad = (box.dir / "garbage.sqlite").string();
    std::ofstream(bad) << "garbage";
    const auto failed = box.tpmap("notes restore-backup " + quote(bad), fresh);
    CHECK(failed.code == 2);
    CHECK_FALSE(fs::exists(fresh));
    const auto restored = box.tpmap("notes restore-backup " + quote(box.journal), fresh);
    CHECK(restored.code == 0);
    CHECK_THAT(restored.out, Catch::Contains("no journal there before") && !Catch::Contains("as it was is kept"));
    CHECK(box.tpmap("notes list --search source", fresh).out.find("from the source") != std::string::npos);
    CHECK_FALSE(fs::exists(box.journal + "-wal"));
    CHECK_FALSE(fs::exists(box.journal + "-shm"));
}

TEST_CASE("notes cli: notes saved while backups are restored are never lost", "[cli][notes][concurrency]")
{
    // Every note reported saved is in the journal or in one of the copies kept before a restore. The copy was
    // written before the restore took the journal's lock, so a note saved in between was in neither (4-6 of 100).
    Box box;
    box.add("--text seed");
    box.add("--text seed2"); // the second open backs up the journal
    const auto backups = nlohmann::json::parse(box.tpmap("notes backups --json").out)["backups"];
    REQUIRE(backups.size() == 1);
    const std::string backup = backups[0]["path"].get<std::string>();
    const std::string program = std::string(TM_TPMAP) + " --catalogue " + TM_TEST_CATALOGUE;
    const std::string journal = " --journal " + quote(box.journal);
    const auto run = tmap::test::runCommand("( for i in $(seq 1 40); do " + program + " notes add --text w$i" + journal
        + " 2>/dev/null || true; done ) & ( for i in $(seq 1 8); do sleep 0.05; " + program + " notes restore-backup "
        + quote(backup) + journal + " > /dev/null 2>&1; done ) & wait");
    std::vector<std::string> saved;
    for (std::size_t at = 0; (at = run.out.find('\n', at)) != std::string::npos; ++at)
        if (at >= 36)
            saved.push_back(run.out.substr(at - 36, 36));
    REQUIRE(saved.size() >= 30);
    std::set<std::string> found;
    std::vector<fs::path> files {box.journal};
    for (const auto& e : fs::directory_iterator(box.dir / "backups"))
        files.push_back(e.path());
    for (const auto& file : files) {
        const auto notes = nlohmann::json::parse(box.tpmap("notes list --limit 100000 --json", file.string()).out);
        for (const auto& n : notes["notes"])
            found.insert(n["id"].get<std::string>());
    }
    for (const auto& id : saved) {
        INFO(id);
        CHECK(found.count(id) == 1);
    }
}
