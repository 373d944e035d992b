// tpmap notes as a user and a script see it: ids on stdout after the commit, the JSON contract, exit codes
// (2 bad arguments or a bad file, 1 the journal cannot be written), every run against a journal in a temp folder.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

#include "../support/run_command.h"

using tmap::test::Run;

namespace {

std::string quote(const std::string& word)
{
    std::string q = "'";
    for (const char c : word)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

/// A temp folder that is also XDG_DATA_HOME for every tpmap run, so the real user's journal is never touched.
struct Sandbox {
    fs::path dir;
    std::string journal;
    Sandbox()
    {
        std::string pattern = (fs::temp_directory_path() / "tm-notes-cli-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        dir = pattern;
        journal = (dir / "journal.sqlite").string();
    }
    ~Sandbox()
    {
        std::error_code ec;
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(dir, ec);
    }

    /// tpmap ARGS (already shell words); `--journal` added unless `withJournal` is false.
    Run tpmap(const std::string& args, bool mergeErr = false, bool withJournal = true) const
    {
        const std::string command = "XDG_DATA_HOME=" + quote((dir / "xdg").string()) + " " + TM_TPMAP + " --catalogue "
            + TM_TEST_CATALOGUE + " " + args + (withJournal ? " --journal " + quote(journal) : std::string())
            + (mergeErr ? " 2>&1" : " 2>/dev/null");
        return tmap::test::runCommand(command);
    }

    std::string add(const std::string& args) const
    {
        const auto run = tpmap("notes add " + args);
        REQUIRE(run.code == 0);
        REQUIRE(run.out.size() == 37); // a UUID and a newline, nothing else
        return run.out.substr(0, 36);
    }
};

} // namespace

TEST_CASE("notes cli: add prints the new id, show and list return the note", "[cli][notes]")
{
    Sandbox box;
    const std::string id = box.add("--spot head.temple:right=7@throbbing --spot chest.sternum --text 'Woke up with it' "
                                   "--when 2026-11-25T08:30:00+01:00 --tag work --tag 'it'\\''s late' "
                                   "--factor poor-sleep --factor stress-tension");
    const auto show = box.tpmap("notes show " + id + " --json");
    REQUIRE(show.code == 0);
    const auto note = nlohmann::json::parse(show.out);
    CHECK(note["id"] == id);
    CHECK(note["when"] == "2026-11-25T08:30:00+01:00");
    CHECK(note["text"] == "Woke up with it");
    CHECK(note["spots"][0]
        == nlohmann::json({{"region", "head.temple:right"}, {"intensity", 7}, {"quality", "throbbing"}}));
    CHECK(note["spots"][1]["region"] == "chest.sternum");
    CHECK(note["spots"][1]["intensity"] == 5);
    CHECK(note["spots"][1]["quality"] == "");
    CHECK(note["tags"] == nlohmann::json({"work", "it's late"}));
    CHECK(note["factors"] == nlohmann::json({"poor-sleep", "stress-tension"}));
    CHECK(note["deleted_at"].is_null());
    CHECK(note["created_at"].is_string());

    box.add("--spot neck.side:left=3 --when 2026-11-26T09:00");
    const auto list = nlohmann::json::parse(box.tpmap("notes list --json").out);
    CHECK(list["total"] == 2);
    REQUIRE(list["notes"].size() == 2);
    CHECK(list["notes"][1]["id"] == id); // newest first
    CHECK(list["journal"] == box.journal);
    const auto page = nlohmann::json::parse(box.tpmap("notes list --limit 1 --json").out);
    CHECK(page["notes"].size() == 1);
    CHECK(page["total"] == 2);
    const auto day = nlohmann::json::parse(box.tpmap("notes list --since 2026-11-25 --until 2026-11-25 --json").out);
    CHECK(day["total"] == 1);
    const auto found = nlohmann::json::parse(box.tpmap("notes list --search 'woke temple' --json").out);
    CHECK(found["total"] == 1);
    const auto table = box.tpmap("notes list");
    CHECK(table.code == 0);
    CHECK_THAT(table.out,
        Catch::Contains(id.substr(0, 8)) && Catch::Contains("head.temple:right=7@throbbing")
            && Catch::Contains("2 of 2 notes"));
    const auto text = box.tpmap("notes show " + id);
    CHECK_THAT(text.out, Catch::Contains("Woke up with it") && Catch::Contains("poor-sleep"));
    struct stat st { };
    REQUIRE(::stat(box.journal.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("notes cli: add records a treatment with its pain before and after, as a session does", "[cli][notes]")
{
    Sandbox box;
    // A technique named as one of the muscle's, in any case, takes the catalogue's name: the insights group it with
    // the app's sessions.
    const std::string id = box.add("--treated upper-trapezius-1 --technique 'PINCER GRIP on the top of the shoulder' "
                                   "--before 7 --after 3 --minutes 5 --spot neck.side:right=6");
    const auto note = nlohmann::json::parse(box.tpmap("notes show " + id + " --json").out);
    REQUIRE(note["treatments"].size() == 1);
    const auto& t = note["treatments"][0];
    CHECK(t["muscle"] == "upper-trapezius");
    CHECK(t["trigger_point"] == "upper-trapezius-1");
    CHECK(t["technique"] == "Pincer grip on the top of the shoulder");
    CHECK(t["before"] == 7);
    CHECK(t["after"] == 3);
    CHECK(t["minutes"] == 5);
    CHECK_THAT(box.tpmap("notes show " + id).out,
        Catch::Contains("treatment: Upper trapezius, ") && Catch::Contains("[upper-trapezius-1]")
            && Catch::Contains("pain 7 -> 3"));
    // A treatment alone is a note; a muscle as a whole, another technique kept as typed.
    const std::string alone = box.add("--treated levator-scapulae --technique 'massage by a therapist'");
    const auto other = nlohmann::json::parse(box.tpmap("notes show " + alone + " --json").out);
    CHECK(other["treatments"][0]["trigger_point"].is_null());
    CHECK(other["treatments"][0]["technique"] == "massage by a therapist");
    // Its parts without --treated, and an unknown id, are told and nothing is saved.
    const auto orphan = box.tpmap("notes add --before 3", true);
    CHECK(orphan.code == 2);
    CHECK_THAT(orphan.out, Catch::Contains("give --treated too"));
    const auto unknown = box.tpmap("notes add --treated upper-trapezius-9", true);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.out, Catch::Contains("--treated upper-trapezius-9"));
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 2);
}

TEST_CASE("notes cli: add keeps the symptoms had as the app keeps those ticked, and show names them", "[cli][notes]")
{
    Sandbox box;
    const std::string id = box.add("--spot neck.side:right=5 --symptom dizzy --symptom tinnitus --tag work");
    const auto note = nlohmann::json::parse(box.tpmap("notes show " + id + " --json").out);
    CHECK(note["tags"] == nlohmann::json::array({"work", "symptom:dizziness", "symptom:tinnitus"}));
    CHECK_THAT(box.tpmap("notes show " + id).out,
        Catch::Contains("symptoms:  Dizziness or unsteadiness, Ringing in the ear (tinnitus)")
            && Catch::Contains("tags:      work"));
    const auto unknown = box.tpmap("notes add --symptom foo", true);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.out, Catch::Contains("unknown symptom \"foo\""));
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
}

TEST_CASE("notes cli: add keeps the answers of tpmap ask with the note, as Save to journal does", "[cli][notes]")
{
    // The journal, its export and its CSV carry answers; the command line could not save them.
    Sandbox box;
    const std::string id = box.add("--spot back.lumbar:left=6 --answer press:quadratus-lumborum-3:left=yes "
                                   "--answer region:back.mid:left=no");
    const auto note = nlohmann::json::parse(box.tpmap("notes show " + id + " --json").out);
    REQUIRE(note["answers"].size() == 2);
    CHECK(note["answers"][0]["question"] == "press:quadratus-lumborum-3:left");
    CHECK(note["answers"][0]["reply"] == "yes");
    CHECK(note["answers"][1]["reply"] == "no");
    const auto unknown = box.tpmap("notes add --spot back.lumbar:left --answer press:nope=yes", true);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.out, Catch::Contains("--answer") && Catch::Contains("nope"));
    const auto twice = box.tpmap(
        "notes add --spot back.lumbar:left --answer symptom:tinnitus=yes --answer symptom:tinnitus=no", true);
    CHECK(twice.code == 2);
    CHECK_THAT(twice.out, Catch::Contains("--answer") && Catch::Contains("answered twice"));
    // "No pain at" a place the note has as a spot, or "no" to a symptom it has, contradicts it: tpmap where refuses
    // both, and notes add saved them.
    for (const char* contradiction : {"--spot back.lumbar:left --answer region:back.lumbar:left=no",
             "--spot back.lumbar:left --symptom tinnitus --answer symptom:tinnitus=no"}) {
        INFO(contradiction);
        const auto refused = box.tpmap(std::string("notes add ") + contradiction, true);
        CHECK(refused.code == 2);
        CHECK_THAT(refused.out, Catch::Contains("the note already has this"));
    }
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
}

TEST_CASE("notes cli: bad arguments exit 2 and name the problem on stderr", "[cli][notes]")
{
    Sandbox box;
    const std::string id = box.add("--spot head.temple:right");
    for (const std::string& args : std::vector<std::string> {"notes", "notes add",
             "notes add --spot head.nowhere:right", "notes add --spot head.temple:right=11",
             "notes add --spot head.temple:right=-1", "notes add --spot head.temple:up", "notes add --spot head.temple",
             "notes add --spot head.temple:right@stabbing", "notes add --spot head.temple:right --when yesterday",
             "notes add --spot head.temple:right --when 2026-02-30T10:00",
             "notes add --spot head.temple:right --when 2999-01-01T08:00", // a note is about pain someone had
             "notes add --spot head.temple:right --when 2999-01-01T08:00:00Z",
             "notes add --spot head.temple:right --factor too-much-coffee",
             "notes add --spot head.temple:right --spot head.temple:right", "notes add --text '   '",
             "notes show 00000000-0000-4000-8000-000000000000", "notes show", "notes delete nope",
             "notes restore " + id, "notes list --since 25.11.2026", "notes list --limit 0",
             "notes export --format xml --output x", "notes export --format json", "notes import",
             "notes import /nonexistent/file.json", "notes import x --on-duplicate merge"}) {
        INFO("tpmap " << args);
        const auto run = box.tpmap(args, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("tpmap"));
        CHECK(box.tpmap(args).out.empty()); // nothing on stdout
    }
    CHECK_THAT(box.tpmap("notes add --spot head.temple:right=11", true).out, Catch::Contains("0 to 10"));
    // A negative or fractional --offset says what it takes (CLI11's own check printed a 300-digit bound).
    for (const char* offset : {"-1", "1.5"}) {
        const auto run = box.tpmap(std::string("notes list --offset ") + offset, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("0 or more") && !Catch::Contains("1797693"));
    }
    // A number is plain digits: CLI11 alone read "0x5" as 5 and called 5.0 "not in range 0 to 10".
    for (const std::string args : {"notes add --text x --intensity 0x5", "notes add --text x --intensity 5.0",
             "notes add --text x --intensity +5", "notes add --text x --treated upper-trapezius --before 0b11",
             "notes add --text x --treated upper-trapezius --minutes 1e2", "notes list --limit 0x10"}) {
        INFO("tpmap " << args);
        const auto run = box.tpmap(args, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("is not a") && !Catch::Contains("in range"));
    }
    CHECK_THAT(box.tpmap("notes add --text x --intensity 5.0", true).out,
        Catch::Contains("\"5.0\" is not a pain from 0 to 10 (a whole number)"));
    CHECK(box.tpmap("notes add --text x --intensity 05").code == 0); // a leading zero is still the number
    // A mistake in an option of tpmap itself points to tpmap's help, not to the subcommand's.
    const auto catalogue = box.tpmap("--catalogue /nonexistent/catalogue.sqlite notes list", true, false);
    CHECK(catalogue.code == 2);
    CHECK_THAT(catalogue.out, Catch::Contains("see: tpmap --help") && !Catch::Contains("notes list --help"));
    CHECK_THAT(box.tpmap("notes add --spot head.temple:right --when 2999-01-01T08:00", true).out,
        Catch::Contains("is in the future"));
    // A note needs no spot: text or an overall pain alone is a note (as the app's editor allows); nothing at all
    // is refused in the journal's words. ":both" is the left and the right, as for where.
    CHECK(box.tpmap("notes add --text 'stiff all over'").code == 0);
    const auto overall = box.tpmap("notes add --intensity 4 --json");
    REQUIRE(overall.code == 0);
    CHECK(nlohmann::json::parse(overall.out)["intensity"] == 4);
    const auto nothing = box.tpmap("notes add", true);
    CHECK(nothing.code == 2);
    CHECK_THAT(nothing.out, Catch::Contains("the note is empty"));
    CHECK(box.tpmap("notes add --intensity 11").code == 2);
    const auto both = box.tpmap("notes add --spot back.lumbar:both=6@aching --json");
    REQUIRE(both.code == 0);
    const auto bothSpots = nlohmann::json::parse(both.out)["spots"];
    REQUIRE(bothSpots.size() == 2);
    CHECK(bothSpots[0]["region"] == "back.lumbar:left");
    CHECK(bothSpots[1]["quality"] == "aching");
    // Minutes with an offset (no seconds) are a time; a day that does not exist is called so.
    const auto offset = box.tpmap("notes add --spot head.temple:right --when 2026-11-24T23:30+01:00 --json");
    CHECK(offset.code == 0);
    CHECK(nlohmann::json::parse(offset.out)["when"] == "2026-11-24T23:30:00+01:00");
    CHECK_THAT(box.tpmap("notes add --spot head.temple:right --when 2026-02-30T08:00", true).out,
        Catch::Contains("no such date"));
    CHECK_THAT(box.tpmap("notes list --since 2026-02-30", true).out, Catch::Contains("no such date"));
    CHECK_THAT(box.tpmap("notes add --spot head.temple:right --factor too-much-coffee", true).out,
        Catch::Contains("too-much-coffee") && Catch::Contains("long-sitting")); // the factors to choose from
    // In the command line's words, not the stored note's ("/spots/1/region", "/tags/0").
    const auto twice = box.tpmap("notes add --spot head.temple:right=7 --spot head.temple:right=3", true).out;
    CHECK_THAT(twice, Catch::Contains("--spot head.temple:right is given twice"));
    CHECK(twice.find("/spots/") == std::string::npos);
    const auto tagTwice = box.tpmap("notes add --spot head.temple:right --tag work --tag work", true);
    CHECK(tagTwice.code == 2);
    CHECK_THAT(tagTwice.out, Catch::Contains("note not saved: --tag: ") && !Catch::Contains("/tags"));
    const auto empty = box.tpmap("notes add --spot head.temple:right --tag ''", true);
    CHECK(empty.code == 2);
    CHECK_THAT(empty.out, Catch::Contains("--tag is empty"));
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 6); // the good ones, nothing else
}

TEST_CASE("notes cli: a note that is not saved starts no journal", "[cli][notes]")
{
    // "started a new journal", then "note not saved: the note is empty": an 80 KB journal was left behind.
    Sandbox box;
    REQUIRE_FALSE(fs::exists(box.journal));
    for (const char* args : {"", "--text \"$(printf 'bad\\001control')\"", "--spot head.temple:right --tag ' '"}) {
        INFO(args);
        const auto run = box.tpmap(std::string("notes add ") + args, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("note not saved") || Catch::Contains("is empty"));
        CHECK_FALSE(Catch::Contains("started a new journal").match(run.out));
        CHECK_FALSE(fs::exists(box.journal));
    }
    // A good one starts it.
    box.add("--spot head.temple:right");
    CHECK(fs::exists(box.journal));
}

TEST_CASE("notes cli: an import of a bad file leaves even a damaged journal where it is", "[cli][notes][safety]")
{
    // "t.db was damaged; it was moved to t.db.broken-... and a new, empty journal was started", then "nothing
    // imported: the file is empty": the failed command had swapped the user's journal for an empty one.
    Sandbox box;
    for (int i = 0; i < 40; ++i)
        box.add("--spot head.temple:right --text " + std::string(2000, 'a' + i % 26));
    const auto size = fs::file_size(box.journal);
    fs::resize_file(box.journal, size / 2);
    const std::string empty = (box.dir / "empty.json").string();
    std::ofstream(empty).close();
    const auto run = box.tpmap("notes import " + quote(empty), true);
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("nothing imported") && !Catch::Contains("moved to"));
    CHECK(fs::file_size(box.journal) == size / 2);
    for (const auto& entry : fs::directory_iterator(box.dir))
        CHECK(entry.path().filename().string().find(".broken-") == std::string::npos);
}

TEST_CASE("notes cli: a command that only reads leaves an empty file empty", "[cli][notes]")
{
    // `notes list` on a 0-byte file said "No notes." and left an 80 KB journal in its place.
    Sandbox box;
    std::ofstream(box.journal).close();
    const auto run = box.tpmap("notes list", true);
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains("the file is empty, not a journal yet"));
    CHECK(fs::file_size(box.journal) == 0);
    // A note starts the journal there.
    box.add("--spot head.temple:right");
    CHECK(fs::file_size(box.journal) > 0);
}

TEST_CASE("notes cli: delete moves a note to the trash and restore brings it back", "[cli][notes]")
{
    Sandbox box;
    const std::string id = box.add("--spot head.temple:right=4");
    CHECK(box.tpmap("notes delete " + id).code == 0);
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 0);
    const auto trashed = nlohmann::json::parse(box.tpmap("notes show " + id + " --json").out);
    CHECK(trashed["deleted_at"].is_string());
    const auto again = box.tpmap("notes delete " + id, true);
    CHECK(again.code == 2);
    CHECK_THAT(again.out, Catch::Contains("already in the trash"));
    CHECK(box.tpmap("notes restore " + id).code == 0);
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
}

TEST_CASE("notes cli: export and import round-trip, a bad file changes nothing", "[cli][notes]")
{
    Sandbox box;
    const std::string a = box.add("--spot head.temple:right=7 --text 'comma, \"quote\"' --when 2026-11-01T10:00:00Z");
    box.add("--spot chest.sternum=2 --when 2026-11-05T10:00:00Z");
    const std::string json = (box.dir / "out.json").string();
    const std::string csv = (box.dir / "out.csv").string();
    CHECK(box.tpmap("notes export --format json --output " + quote(json)).code == 0);
    CHECK(box.tpmap("notes export --format csv --output " + quote(csv) + " --since 2026-11-02").code == 0);
    std::ifstream in(csv);
    const std::string csvText {std::istreambuf_iterator<char>(in), {}};
    CHECK(csvText.rfind("note_id,when,", 0) == 0);
    CHECK_THAT(csvText, Catch::Contains("chest.sternum") && !Catch::Contains("head.temple"));
    const auto stdoutJson = nlohmann::json::parse(box.tpmap("notes export --format json --output -").out);
    CHECK(stdoutJson["notes"].size() == 2);
    // Standard output on a full disk: a failure, not a cut-short export that exits 0.
    if (fs::exists("/dev/full")) {
        CHECK(box.tpmap("notes export --format json - > /dev/full").code == 1);
        CHECK(box.tpmap("notes list --json > /dev/full").code == 1);
        // A note added whose id cannot be printed is saved all the same, and said so: a script that ran it again
        // after the failure added it twice. A command that only reads says nothing of the kind.
        const auto errors = (box.dir / "errors.txt").string();
        auto run = [&](const std::string& args) {
            const auto code = tmap::test::runCommand("XDG_DATA_HOME=" + quote((box.dir / "xdg").string()) + " "
                + TM_TPMAP + " --catalogue " + TM_TEST_CATALOGUE + " " + args + " --journal " + quote(box.journal)
                + " > /dev/full 2> " + quote(errors))
                                  .code;
            std::ifstream said(errors);
            return std::pair {code, std::string(std::istreambuf_iterator<char>(said), {})};
        };
        const auto [addCode, addErrors] = run("notes add --text 'full disk'");
        CHECK(addCode == 1);
        CHECK_THAT(addErrors, Catch::Contains("is saved; do not run it again"));
        CHECK(box.tpmap("notes list --search 'full disk'").out.find("full disk") != std::string::npos);
        const auto [listCode, listErrors] = run("notes list");
        CHECK(listCode == 1);
        CHECK_THAT(listErrors, !Catch::Contains("saved"));
    }
    // The file may be given as import takes it, without --output.
    const std::string plain = (box.dir / "plain.json").string();
    CHECK(box.tpmap("notes export " + quote(plain) + " --format json").code == 0);
    CHECK(fs::exists(plain));
    // Without --format, the file's ending says which; a name that says neither is refused, nothing written.
    const std::string byName = (box.dir / "by-name.CSV").string();
    CHECK(box.tpmap("notes export " + quote(byName)).code == 0);
    CHECK(fs::exists(byName));
    std::ifstream byNameIn(byName);
    CHECK(std::string {std::istreambuf_iterator<char>(byNameIn), {}}.rfind("note_id,when,", 0) == 0);
    const auto unnamed = box.tpmap("notes export " + quote((box.dir / "notes.txt").string()), true);
    CHECK(unnamed.code == 2);
    CHECK_THAT(unnamed.out, Catch::Contains("--format") && Catch::Contains(".json or .csv"));
    CHECK_FALSE(fs::exists(box.dir / "notes.txt"));

    Sandbox other;
    const auto imported = other.tpmap("notes import " + quote(json));
    CHECK(imported.code == 0);
    CHECK_THAT(imported.out, Catch::Contains("2 added"));
    CHECK_THAT(other.tpmap("notes import " + quote(json)).out, Catch::Contains("2 skipped"));
    // The same file again with update: nothing differs, so nothing is written or counted as updated.
    CHECK_THAT(other.tpmap("notes import " + quote(json) + " --on-duplicate update").out,
        Catch::Contains("0 updated") && Catch::Contains("2 unchanged"));
    CHECK(nlohmann::json::parse(other.tpmap("notes show " + a + " --json").out)["text"] == "comma, \"quote\"");

    std::ifstream src(json);
    auto doc = nlohmann::json::parse(src);
    doc["notes"][1]["spots"][0]["intensity"] = 42;
    doc["notes"].push_back(doc["notes"][0]);
    doc["notes"][2]["id"] = "00000000-0000-4000-8000-000000000001";
    const std::string bad = (box.dir / "bad.json").string();
    std::ofstream(bad) << doc.dump();
    Sandbox third;
    const auto refused = third.tpmap("notes import " + quote(bad), true);
    CHECK(refused.code == 2);
    CHECK_THAT(refused.out,
        Catch::Contains("bad.json") && Catch::Contains("/notes/1/spots/0/intensity")
            && Catch::Contains("out of range"));
    // Into a journal not there yet, a bad file starts none (nor its working files): nothing was written.
    CHECK_FALSE(fs::exists(third.journal));
    CHECK(fs::is_empty(third.dir));
    CHECK(third.tpmap("notes add --spot chest.sternum=2").code == 0);
    CHECK(third.tpmap("notes import " + quote(bad), true).code == 2);
    CHECK(nlohmann::json::parse(third.tpmap("notes list --json").out)["total"] == 1);
}

TEST_CASE("notes cli: a --when the clocks skipped is saved an hour on, and said", "[cli][notes]")
{
    Sandbox box;
    // Central European time as a POSIX rule (no time-zone database needed): 02:00 became 03:00 on 2026-03-29.
    const std::string tz = "TZ='CET-1CEST,M3.5.0,M10.5.0/3' ";
    auto add = [&](const std::string& when) {
        return tmap::test::runCommand(tz + TM_TPMAP + " --catalogue " + TM_TEST_CATALOGUE + " notes add --journal "
            + quote(box.journal) + " --text x --json --when " + when + " 2>&1");
    };
    const auto skipped = add("2026-03-29T02:30");
    CHECK(skipped.code == 0);
    CHECK_THAT(skipped.out,
        Catch::Contains("there was no 02:30 on 2026-03-29") && Catch::Contains("saved at 03:30")
            && Catch::Contains("2026-03-29T03:30:00+02:00"));
    const auto fine = add("2026-03-29T01:30");
    CHECK(fine.code == 0);
    CHECK_THAT(fine.out, !Catch::Contains("there was no") && Catch::Contains("2026-03-29T01:30:00+01:00"));
}

TEST_CASE("notes cli: an import of notes dated in the future says so, naming the latest", "[cli][notes]")
{
    Sandbox box;
    const auto file = (box.dir / "ahead.json").string();
    std::ofstream(file) << R"({"format": "trigger-map-journal", "version": 3, "notes": [{"id":
        "11111111-2222-4333-8444-555555555555", "when": "2999-01-01T08:00:00+00:00", "text": "from a wrong clock"}]})";
    const auto run = box.tpmap("notes import " + quote(file), true);
    CHECK(run.code == 0);
    CHECK_THAT(run.out,
        Catch::Contains("1 note in") && Catch::Contains("is dated in the future (2999-01-01T08:00:00")
            && Catch::Contains("clock"));
    const auto plain = box.tpmap("notes import " + quote(file), true); // nothing new, and still dated so
    CHECK(plain.code == 0);
}

TEST_CASE("notes cli: an import reads a saved file, never a pipe or standard input", "[cli][notes]")
{
    // A pipe nobody writes to: the import waited for ever. Also a catalogue given as one.
    Sandbox box;
    const auto pipe = box.dir / "pipe";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    const auto fromPipe = box.tpmap("notes import " + quote(pipe.string()), true);
    CHECK(fromPipe.code == 2);
    CHECK_THAT(fromPipe.out, Catch::Contains("is not a plain file") && Catch::Contains("saved file"));
    const auto dash = box.tpmap("notes import -", true);
    CHECK(dash.code == 2);
    CHECK_THAT(dash.out, Catch::Contains("not standard input"));
    const auto catalogue
        = tmap::test::runCommand(std::string(TM_TPMAP) + " --catalogue " + quote(pipe.string()) + " muscles 2>&1");
    CHECK(catalogue.code != 0);
    CHECK_THAT(catalogue.out, Catch::Contains("not a plain file"));
}

TEST_CASE("notes cli: list cuts ids only as far as the notes stay told apart", "[cli][notes]")
{
    // Notes from another program whose ids share their first 30 characters.
    Sandbox box;
    box.add("--spot head.temple:right=7 --when 2026-11-01T10:00:00Z");
    const std::string json = (box.dir / "out.json").string();
    REQUIRE(box.tpmap("notes export --format json --output " + quote(json)).code == 0);
    std::ifstream in(json);
    auto doc = nlohmann::json::parse(in);
    doc["notes"].push_back(doc["notes"][0]);
    doc["notes"][0]["id"] = "00000000-0000-4000-8000-000000000a9f";
    doc["notes"][1]["id"] = "00000000-0000-4000-8000-000000000a94";
    doc["notes"][1]["when"] = "2026-11-02T10:00:00Z";
    const std::string two = (box.dir / "two.json").string();
    std::ofstream(two) << doc.dump();
    Sandbox other;
    REQUIRE(other.tpmap("notes import " + quote(two)).code == 0);
    const auto list = other.tpmap("notes list").out;
    // Each line starts with an id long enough to be unique (these differ in their last character only), and show
    // takes it as printed.
    std::istringstream lines(list);
    int shown = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] == ' ' || line.find("2026-11") == std::string::npos)
            continue;
        const std::string printed = line.substr(0, line.find(' '));
        CHECK(printed.size() == 36);
        CHECK(other.tpmap("notes show " + printed).code == 0);
        ++shown;
    }
    CHECK(shown == 2);
    // The app's own random ids stay short.
    CHECK(box.tpmap("notes list").out.find("00000000") == std::string::npos);
}

TEST_CASE("notes cli: an unwritable journal exits 1 naming the file", "[cli][notes]")
{
    Sandbox box;
    box.add("--spot head.temple:right");
    ::chmod(box.journal.c_str(), 0400);
    const auto run = box.tpmap("notes add --spot head.temple:right", true);
    CHECK(run.code == 1);
    CHECK_THAT(run.out, Catch::Contains(box.journal) && Catch::Contains("read-only"));
    ::chmod(box.journal.c_str(), 0600);
    const std::string blocked = (box.dir / "file-not-folder").string();
    std::ofstream(blocked) << "x";
    // A journal inside a file: no such folder, a bad argument (a new journal starts only in a folder that exists).
    const auto nested
        = box.tpmap("notes add --spot head.temple:right --journal " + quote(blocked + "/journal.sqlite"), true, false);
    CHECK(nested.code == 2);
    CHECK_THAT(nested.out, Catch::Contains("file-not-folder"));
    // A mistyped folder is refused, naming it; a new file in a folder that exists starts a journal and says so.
    const auto typo = box.tpmap(
        "notes add --spot head.temple:right --journal " + quote((box.dir / "no-such" / "j.sqlite").string()), true,
        false);
    CHECK(typo.code == 2);
    CHECK_THAT(typo.out, Catch::Contains("no-such") && Catch::Contains("no folder"));
    CHECK_FALSE(fs::exists(box.dir / "no-such"));
    const std::string fresh = (box.dir / "fresh.sqlite").string();
    const auto started = box.tpmap("notes add --spot head.temple:right --journal " + quote(fresh), true, false);
    CHECK(started.code == 0);
    CHECK_THAT(started.out, Catch::Contains("started a new journal: " + fresh));
}

namespace {
std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}
} // namespace

TEST_CASE("notes cli: a journal the user made read-only is read, never written", "[cli][notes][safety]")
{
    Sandbox box;
    const fs::path folder = box.dir / "shared";
    fs::create_directory(folder);
    const std::string journal = (folder / "journal.sqlite").string();
    const std::string j = " --journal " + quote(journal);
    box.tpmap("notes add --spot head.temple:right=6 --text 'tea helped'" + j, false, false);
    box.tpmap("plans new Evening" + j, false, false);
    const auto before = [&] {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(folder))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }();
    REQUIRE(before == std::vector<std::string> {"backups", "journal.sqlite"}); // today's backup is made
    const std::string bytes = readFile(journal);

    for (const bool folderReadOnly : {true, false}) {
        INFO((folderReadOnly ? "read-only folder" : "read-only file"));
        ::chmod(folderReadOnly ? folder.c_str() : journal.c_str(), folderReadOnly ? 0555 : 0400);
        const auto list = box.tpmap("notes list --json" + j, false, false);
        CHECK(list.code == 0);
        CHECK(nlohmann::json::parse(list.out)["total"] == 1);
        const auto noted = box.tpmap("notes list" + j, true, false);
        CHECK_THAT(noted.out,
            Catch::Contains(folderReadOnly ? "its folder is read-only" : "journal file is read-only")
                && Catch::Contains("only read"));
        CHECK(box.tpmap("notes summary" + j, false, false).code == 0);
        CHECK(nlohmann::json::parse(box.tpmap("notes list --search tea --json" + j, false, false).out)["total"] == 1);
        CHECK(box.tpmap("plans list" + j, false, false).out.find("Evening") != std::string::npos);
        const std::string out = (box.dir / (folderReadOnly ? "a.json" : "b.json")).string();
        CHECK(box.tpmap("notes export --format json --output " + quote(out) + j, false, false).code == 0);
        CHECK(nlohmann::json::parse(readFile(out))["notes"].size() == 1);
        // Writing is still refused, naming the file.
        const auto add = box.tpmap("notes add --spot head.temple:right" + j, true, false);
        CHECK(add.code == 1);
        CHECK_THAT(add.out, Catch::Contains(journal) && Catch::Contains("read-only"));
        ::chmod(folderReadOnly ? folder.c_str() : journal.c_str(), folderReadOnly ? 0755 : 0600);
        std::vector<std::string> after;
        for (const auto& entry : fs::directory_iterator(folder))
            after.push_back(entry.path().filename().string());
        std::sort(after.begin(), after.end());
        CHECK(after == before); // no backup, no -wal or -shm left there
        CHECK(readFile(journal) == bytes);
    }
}

TEST_CASE("notes cli: a --journal that does not exist is an error for reading, a new journal for adding",
    "[cli][notes][safety]")
{
    Sandbox box;
    const std::string typo = (box.dir / "jornal.sqlite").string();
    for (const char* command : {"notes list", "notes list --search temple", "notes export --format json --output -",
             "notes summary", "notes insights", "plans list"}) {
        INFO(command);
        const auto run = box.tpmap(std::string(command) + " --journal " + quote(typo), true, false);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains(typo) && Catch::Contains("no journal there"));
        CHECK_FALSE(fs::exists(typo)); // nothing made on the way
    }
    CHECK(box.tpmap("notes add --spot head.temple:right --journal " + quote(typo), true, false).code == 0);
    CHECK(fs::exists(typo));
    CHECK(box.tpmap("notes list --journal " + quote(typo), true, false).code == 0);
}

TEST_CASE("notes cli: a --journal that names a folder is a wrong argument, exit 2, with the journal in it offered",
    "[cli][notes]")
{
    Sandbox box;
    const fs::path folder = box.dir / "notes";
    fs::create_directories(folder);
    for (const char* command : {"notes list", "notes add --spot head.temple:right", "plans list", "notes summary"}) {
        INFO(command);
        const auto run = box.tpmap(std::string(command) + " --journal " + quote(folder.string()), true, false);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains(folder.string() + ": is a folder") && Catch::Contains("own file"));
    }
    CHECK(fs::is_empty(folder)); // nothing made in it
    REQUIRE(box.tpmap("notes add --spot head.temple:right --journal " + quote((folder / "journal.sqlite").string()),
                   true, false)
                .code
        == 0);
    const auto offered = box.tpmap("notes list --journal " + quote(folder.string()), true, false);
    CHECK(offered.code == 2);
    CHECK_THAT(offered.out, Catch::Contains("did you mean " + (folder / "journal.sqlite").string() + "?"));
}

TEST_CASE("notes cli: a journal damaged after the day's first open is said to be the journal, with the way back",
    "[cli][notes]")
{
    // The advice said "A journal: restore a backup ... The catalogue: install the program again", whichever it was,
    // and not how to get back the notes written since the backup.
    Sandbox box;
    for (int i = 1; i <= 3; ++i)
        REQUIRE(box.tpmap("notes add --intensity " + std::to_string(i) + " --text note" + std::to_string(i)).code == 0);
    {
        std::fstream file(box.journal, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(3 * 4096);
        const std::string junk(4096, '\xff');
        file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const auto run = box.tpmap("notes list", true);
    CHECK(run.code == 1);
    CHECK_THAT(run.out,
        Catch::Contains(box.journal) && Catch::Contains("The journal is damaged")
            && Catch::Contains("tpmap notes import THAT-COPY"));
    CHECK_THAT(run.out, !Catch::Contains("The catalogue"));
}

TEST_CASE("notes cli: a --journal named as SQLite names a working file is a wrong argument, exit 2", "[cli][notes]")
{
    // A journal started as pain.sqlite-journal was deleted by the next open of pain.sqlite.
    Sandbox box;
    const fs::path named = box.dir / "pain.sqlite-journal";
    const auto run = box.tpmap("notes add --spot head.temple:right --journal " + quote(named.string()), true, false);
    CHECK(run.code == 2);
    CHECK_THAT(run.out, Catch::Contains(named.string()) && Catch::Contains("cannot end in -wal, -shm or -journal"));
    CHECK_FALSE(fs::exists(named));
}

TEST_CASE("notes cli: without --journal the journal is $XDG_DATA_HOME/trigger-map/journal.sqlite", "[cli][notes]")
{
    Sandbox box;
    const auto run = box.tpmap("notes add --spot head.temple:right", false, false);
    CHECK(run.code == 0);
    CHECK(fs::exists(box.dir / "xdg" / "trigger-map" / "journal.sqlite"));
    CHECK_FALSE(fs::exists(box.journal));
}

TEST_CASE("notes cli: a damaged journal is moved aside and the user is told", "[cli][notes]")
{
    Sandbox box;
    for (int i = 0; i < 200; ++i)
        box.add("--spot head.temple:right --text " + std::string(400, 'x'));
    const auto size = fs::file_size(box.journal);
    REQUIRE(size > 50'000);
    fs::resize_file(box.journal, size / 2);
    // A command that only reads leaves it as it is and fails, saying how to go on: "No notes." from a new, empty
    // journal would look like a success.
    for (const char* reading : {"notes list", "notes export --format json -", "plans list"}) {
        INFO(reading);
        const auto refused = box.tpmap(reading, true);
        CHECK(refused.code == 1);
        CHECK_THAT(refused.out, Catch::Contains("damaged") && Catch::Contains("restore-backup"));
        CHECK(fs::file_size(box.journal) == size / 2);
    }
    const auto run = box.tpmap("notes add --spot head.temple:right", true);
    CHECK(run.code == 0);
    CHECK_THAT(run.out, Catch::Contains("damaged") && Catch::Contains("moved to") && Catch::Contains(".broken-"));
    int broken = 0;
    for (const auto& e : fs::directory_iterator(box.dir))
        broken += e.path().filename().string().find("journal.sqlite.broken-") == 0;
    CHECK(broken == 1);
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
    // The backups list shows it as damaged, with the command that adds what it still holds.
    const auto listed = box.tpmap("notes backups", true);
    CHECK_THAT(listed.out, Catch::Contains("damaged") && Catch::Contains("tpmap notes import FILE"));
    // The message names the way back: importing what can still be read of the damaged file, which says it is
    // damaged and adds the notes of the half that is left.
    CHECK_THAT(run.out, Catch::Contains("tpmap notes import "));
    std::string moved;
    for (const auto& e : fs::directory_iterator(box.dir))
        if (e.path().filename().string().find("journal.sqlite.broken-") == 0
            && e.path().string().find("-wal") == std::string::npos
            && e.path().string().find("-shm") == std::string::npos)
            moved = e.path().string();
    REQUIRE_FALSE(moved.empty());
    const auto recovered = box.tpmap("notes import " + quote(moved), true);
    CHECK(recovered.code == 0);
    CHECK_THAT(recovered.out, Catch::Contains("is damaged"));
    // Half the file is gone: most notes lost their spots (their pages were in the lost half) but keep their text.
    CHECK_THAT(recovered.out, Catch::Contains("recovered in part") && Catch::Contains("recovered:in-part"));
    const int total = nlohmann::json::parse(box.tpmap("notes list --json").out)["total"];
    CHECK(total > 20);
    CHECK(total <= 201);
    CHECK(fs::file_size(moved) == size / 2); // read, never written
}

TEST_CASE("notes cli: --journal naming a file that is not a journal leaves it alone", "[cli][notes]")
{
    Sandbox box;
    const std::string text = "this is not a database, but it may be precious";
    std::ofstream(box.journal) << text;
    ::chmod(box.journal.c_str(), 0644);
    const auto run = box.tpmap("notes add --spot head.temple:right", true);
    CHECK(run.code == 1);
    CHECK_THAT(run.out, Catch::Contains(box.journal) && Catch::Contains("not a Trigger Map journal"));
    std::ifstream in(box.journal);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == text);
    struct stat st { };
    REQUIRE(::stat(box.journal.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    CHECK_FALSE(fs::exists(box.journal + "-wal"));

    // The app's own file (no --journal) is moved aside instead: it can only have been a journal.
    const fs::path own = box.dir / "xdg" / "trigger-map" / "journal.sqlite";
    fs::create_directories(own.parent_path());
    std::ofstream(own) << text;
    const auto moved = box.tpmap("notes add --spot head.temple:right", true, false);
    CHECK(moved.code == 0);
    CHECK_THAT(moved.out, Catch::Contains("moved to"));
}

TEST_CASE("notes cli: export --output naming the journal is refused and every note kept", "[cli][notes][safety]")
{
    Sandbox box;
    const std::string a = box.add("--spot head.temple:right=7 --when 2026-11-01T10:00:00Z");
    const std::string b = box.add("--spot chest.sternum=2 --when 2026-11-05T10:00:00Z");
    REQUIRE(box.tpmap("notes delete " + b).code == 0);
    const std::string link = (box.dir / "link.sqlite").string();
    fs::create_symlink(box.journal, link);
    for (const auto& output : {box.journal, (box.dir / "." / "journal.sqlite").string(), link}) {
        // Without --force any existing file is refused; with it, the journal itself still is.
        const auto plain = box.tpmap("notes export --format json --since 2026-11-02 --output " + quote(output), true);
        CHECK(plain.code == 2);
        CHECK_THAT(plain.out, Catch::Contains(output) && Catch::Contains("exists; add --force"));
        const auto run
            = box.tpmap("notes export --format json --since 2026-11-02 --force --output " + quote(output), true);
        CHECK(run.code == 1);
        CHECK_THAT(run.out, Catch::Contains(output) && Catch::Contains("the pain journal itself"));
    }
    CHECK(nlohmann::json::parse(box.tpmap("notes list --json").out)["total"] == 1);
    CHECK(box.tpmap("notes show " + a).code == 0);
    CHECK(box.tpmap("notes show " + b).code == 0); // the note in the trash too
    // A folder is no file to export to, with --force or without: said so, with a file name to give.
    for (const char* force : {"", " --force"}) {
        const auto folder
            = box.tpmap("notes export --format json" + std::string(force) + " " + quote(box.dir.string()), true);
        CHECK(folder.code == 2);
        CHECK_THAT(folder.out, Catch::Contains("is a folder") && Catch::Contains("pain-notes.json"));
    }
}

TEST_CASE("notes cli: export --force never replaces a database or a read-only file", "[cli][notes][safety]")
{
    // "--format csv --force" turned a copy of another journal into a CSV, and a file made read-only was replaced.
    Sandbox box;
    box.add("--spot head.temple:right=7 --when 2026-11-01T10:00:00Z");
    const fs::path other = box.dir / "other-journal.sqlite";
    fs::copy_file(box.journal, other);
    const auto before = fs::file_size(other);
    const fs::path kept = box.dir / "keep.json";
    std::ofstream(kept) << "precious";
    fs::permissions(kept, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    for (const char* format : {"json", "csv", "choir"}) {
        INFO(format);
        const auto database = box.tpmap(
            std::string("notes export --format ") + format + " --force --output " + quote(other.string()), true);
        CHECK(database.code == 1);
        CHECK_THAT(database.out, Catch::Contains(other.string()) && Catch::Contains("is a database"));
        CHECK(fs::file_size(other) == before);
        const auto readOnly = box.tpmap(
            std::string("notes export --format ") + format + " --force --output " + quote(kept.string()), true);
        CHECK(readOnly.code == 1);
        CHECK_THAT(readOnly.out, Catch::Contains(kept.string()) && Catch::Contains("is read-only"));
        std::ifstream in(kept);
        CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "precious");
    }
    // A plain export of an earlier day is still replaced when asked.
    const fs::path earlier = box.dir / "earlier.json";
    std::ofstream(earlier) << "{}";
    CHECK(box.tpmap("notes export --format json --force --output " + quote(earlier.string()), true).code == 0);
    CHECK(fs::file_size(earlier) > 2);
}

TEST_CASE("notes cli: --journal with an empty name is refused, not the real journal", "[cli][notes]")
{
    Sandbox box;
    for (const char* command :
        {"notes add --spot head.temple:right", "notes summary", "notes insights", "plans list", "notes backups"}) {
        INFO(command);
        const auto run = box.tpmap(std::string(command) + " --journal ''", true, false);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("--journal needs a file name"));
    }
    CHECK_FALSE(fs::exists(box.dir / "xdg" / "trigger-map" / "journal.sqlite"));
}

TEST_CASE("notes cli: a failed export says why and leaves no partial copy behind", "[cli][notes][safety]")
{
    Sandbox box;
    const std::string text(60000, 'x');
    box.add("--spot head.temple:right=7 --text " + text + " --when 2026-11-01T10:00:00Z");
    box.add("--spot head.temple:right=7 --text " + text + " --when 2026-11-02T10:00:00Z");
    // Files may grow to 64 KiB only (ulimit counts 512-byte blocks in sh): the 120 KB export fails with EFBIG.
    const std::string output = (box.dir / "out.json").string();
    const std::string command = "trap '' XFSZ; ulimit -f 128; XDG_DATA_HOME=" + quote((box.dir / "xdg").string()) + " "
        + TM_TPMAP + " --catalogue " + TM_TEST_CATALOGUE + " notes export --format json --journal " + quote(box.journal)
        + " --output " + quote(output) + " 2>&1";
    const auto run = tmap::test::runCommand(command);
    CHECK(run.code == 1);
    CHECK_THAT(run.out, Catch::Contains(output) && Catch::Contains("File too large") && !Catch::Contains("Success"));
    for (const auto& e : fs::directory_iterator(box.dir))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    CHECK_FALSE(fs::exists(output));
}

TEST_CASE("notes cli: export --format choir|mbm|wpi writes the endorsed areas per period", "[cli][notes][bodymap]")
{
    Sandbox box;
    box.add("--spot head.forehead:right=4 --spot back.lumbar:left=6 --when 2026-11-01T10:00:00Z");
    box.add("--spot head.forehead:right=7 --when 2026-11-03T10:00:00Z");
    box.add("--spot chest.sternum=3 --when 2025-12-05T10:00:00Z");

    const auto choir = nlohmann::json::parse(box.tpmap("notes export --format choir --output -").out);
    CHECK(choir["instrument"] == "choir");
    CHECK(choir["areas"] == 74);
    REQUIRE(choir["periods"].size() == 1);
    const auto& endorsed = choir["periods"][0]["endorsed"];
    REQUIRE(endorsed.size() == 4);
    CHECK(endorsed[0]["code"] == "101"); // the patient's right forehead, on the front figure
    CHECK(endorsed[0]["side"] == "right");
    CHECK(endorsed[0]["view"] == "front");
    CHECK(endorsed[0]["intensity"] == 7);
    CHECK(endorsed[1]["code"] == "108");
    CHECK(endorsed[2]["code"] == "109");
    CHECK(endorsed[3]["code"] == "218"); // the patient's left low back, on the back figure
    CHECK(endorsed[3]["intensity"] == 6);

    const auto wpi = nlohmann::json::parse(
        box.tpmap("notes export --format wpi --per month --since 2026-11-01 --until 2026-11-30 --output -").out);
    REQUIRE(wpi["periods"].size() == 1);
    CHECK(wpi["periods"][0]["since"] == "2026-11-01");
    CHECK(wpi["periods"][0]["until"] == "2026-11-30");
    REQUIRE(wpi["periods"][0]["endorsed"].size() == 1);
    CHECK(wpi["periods"][0]["endorsed"][0]["code"] == "lower-back");
    CHECK(wpi["periods"][0]["not_on_map"] == nlohmann::json {"head.forehead:right"});

    const std::string file = (box.dir / "mbm.json").string();
    const auto written = box.tpmap("notes export --format mbm --per day --output " + quote(file), true);
    CHECK(written.code == 0);
    CHECK_THAT(written.out, Catch::Contains("exported 3 mbm drawings"));
    std::ifstream in(file);
    CHECK(nlohmann::json::parse(in)["periods"].size() == 3);
    struct stat st { };
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const auto refused = box.tpmap("notes export --format json --per day --output -", true);
    CHECK(refused.code == 2);
    CHECK_THAT(refused.out, Catch::Contains("--per"));
}

TEST_CASE("notes cli: export keeps an existing file unless --force, in every format", "[cli][notes][safety]")
{
    Sandbox box;
    box.add("--spot head.temple:right=7 --when 2026-11-01T10:00:00Z");
    const std::string keep = (box.dir / "keep.json").string();
    for (const char* format : {"json", "csv", "choir"}) {
        INFO(format);
        {
            std::ofstream(keep) << "precious";
        }
        const auto refused
            = box.tpmap(std::string("notes export --format ") + format + " --output " + quote(keep), true);
        CHECK(refused.code == 2);
        CHECK_THAT(refused.out, Catch::Contains(keep) && Catch::Contains("--force"));
        std::ifstream in(keep);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(text == "precious");
        const auto replaced
            = box.tpmap(std::string("notes export --format ") + format + " --force --output " + quote(keep), true);
        CHECK(replaced.code == 0);
        std::ifstream again(keep);
        std::string now((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>());
        CHECK(now != "precious");
    }
}

TEST_CASE("notes cli: --since after --until is an error naming both", "[cli][notes]")
{
    Sandbox box;
    box.add("--spot head.temple:right=7 --when 2026-11-01T10:00:00Z");
    for (const char* command :
        {"notes list", "notes summary", "notes insights", "notes export --format json --output -"}) {
        INFO(command);
        const auto run = box.tpmap(std::string(command) + " --since 2026-12-01 --until 2026-11-01", true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("2026-12-01") && Catch::Contains("2026-11-01"));
        CHECK(box.tpmap(std::string(command) + " --since 2026-11-01 --until 2026-11-01", true).code == 0);
    }
}

TEST_CASE("notes cli: show, delete and restore take the short id that list prints", "[cli][notes]")
{
    Sandbox box;
    const std::string id = box.add("--spot head.temple:right=7 --when 2026-11-01T10:00:00Z");
    REQUIRE(id.size() == 36);
    const std::string shortId = id.substr(0, 8);
    CHECK_THAT(box.tpmap("notes list").out, Catch::Contains(shortId));
    const auto shown = box.tpmap("notes show " + shortId + " --json");
    REQUIRE(shown.code == 0);
    CHECK(nlohmann::json::parse(shown.out)["id"] == id);
    const auto deleted = box.tpmap("notes delete " + shortId, true);
    CHECK(deleted.code == 0);
    CHECK_THAT(deleted.out, Catch::Contains(id));
    CHECK(box.tpmap("notes restore " + id.substr(0, 5), true).code == 0);
    // Too short, or the start of no note: not found, as before.
    CHECK(box.tpmap("notes show " + id.substr(0, 3), true).code == 2);
    CHECK(box.tpmap("notes show ffffffff-0000", true).code == 2);

    // Two notes whose ids start alike (an import made so): the start is refused, naming both.
    auto doc = nlohmann::json::parse(box.tpmap("notes export --format json --output -").out);
    auto twin = doc["notes"][0];
    doc["notes"][0]["id"] = "abcd1234-0000-4000-8000-000000000001";
    doc["notes"][0]["when"] = "2026-11-20T10:00:00Z"; // the newest note: alone on a page of one
    twin["id"] = "abcd1234-0000-4000-8000-000000000002";
    doc["notes"].push_back(twin);
    const std::string file = (box.dir / "twins.json").string();
    std::ofstream(file) << doc.dump();
    REQUIRE(box.tpmap("notes import " + quote(file), true).code == 0);
    const auto ambiguous = box.tpmap("notes show abcd1234", true);
    CHECK(ambiguous.code == 2);
    CHECK_THAT(ambiguous.out,
        Catch::Contains("abcd1234-0000-4000-8000-000000000001")
            && Catch::Contains("abcd1234-0000-4000-8000-000000000002"));
    CHECK(box.tpmap("notes show abcd1234-0000-4000-8000-000000000002", true).code == 0);
    // Fewer than 4 characters name no note: said so, not "no note with id".
    const auto tooShort = box.tpmap("notes show abc", true);
    CHECK(tooShort.code == 2);
    CHECK_THAT(tooShort.out, Catch::Contains("too short") && Catch::Contains("4 characters"));
    // The id that list prints names one note of the whole journal, even when its twin is not on the page.
    const auto one = box.tpmap("notes list --limit 1");
    const std::string printed = one.out.substr(0, one.out.find(' '));
    INFO(one.out);
    CHECK_THAT(printed, Catch::StartsWith("abcd1234-"));
    CHECK(box.tpmap("notes show " + printed, true).code == 0);
}
