// The tpmap command line as a user and a script see it: exit codes, messages on stderr, JSON on stdout.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <set>
#include <sstream>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include "../support/run_command.h"

using tmap::test::Run;

namespace {

// Runs tpmap with arguments (shell words), capturing stdout; stderr goes to stdout when `mergeErr`.
Run tpmap(const std::string& args, bool mergeErr = false)
{
    const std::string command = std::string(TM_TPMAP) + " --catalogue " + TM_TEST_CATALOGUE + " " + args
        + (mergeErr ? " 2>&1" : " 2>/dev/null");
    return tmap::test::runCommand(command);
}

} // namespace

TEST_CASE("cli: --help and --version", "[cli]")
{
    const auto help = tpmap("--help");
    CHECK(help.code == 0);
    CHECK_THAT(help.out, Catch::Contains("where") && Catch::Contains("regions") && Catch::Contains("muscle"));
    // An option given once per value reads so: "--tag TEXT", not "TEXT ..." (several values at once).
    for (const char* command : {"where --help", "ask --help", "notes add --help"}) {
        INFO(command);
        const auto sub = tpmap(command);
        CHECK(sub.code == 0);
        CHECK_THAT(sub.out, Catch::Contains("--symptom TEXT ") && !Catch::Contains("TEXT ..."));
    }
    const auto version = tpmap("--version");
    CHECK(version.code == 0);
    CHECK_THAT(version.out, Catch::Contains(TM_VERSION));
}

TEST_CASE("cli: bad arguments exit 2 with a usage message on stderr", "[cli]")
{
    for (const char* args : {"", "frobnicate", "where", "where head.nope:right", "where head.temple:up",
             "where head.temple:right=12", "where --symptom notasymptom", "hit --view front",
             "hit --view nope --at 0.5,0.5", "hit --view front --at 2,2", "muscle no-such-muscle",
             "regions --view sideways", "where --limit -3 head.temple:right", "where --symptom foo head.temple:right",
             "ask", "ask back.lumbar:left --answer press:no-such-point:left=yes",
             "where back.lumbar:left --answer region:back.mid:left=perhaps"}) {
        INFO("tpmap " << args);
        const auto run = tpmap(args, true);
        CHECK(run.code == 2);
        CHECK_FALSE(run.out.empty());
        CHECK(tpmap(args).out.empty()); // nothing on stdout
    }
}

TEST_CASE("cli: where takes both sides at once and a symptom as people type it", "[cli]")
{
    const auto both = nlohmann::json::parse(tpmap("where back.lumbar:both=6 --json").out);
    const auto pair = nlohmann::json::parse(tpmap("where back.lumbar:left=6 back.lumbar:right=6 --json").out);
    CHECK(both["query"]["spots"] == pair["query"]["spots"]);
    CHECK(both["results"] == pair["results"]);
    // A row that stands for a muscle on both sides says so: its spots are explained by points of both sides.
    bool sawBoth = false;
    for (const auto& r : both["results"]) {
        std::set<std::string> sides;
        for (const auto& e : r["explains"])
            sides.insert(e["side"].get<std::string>());
        const bool twoSides = sides.count("left") && sides.count("right");
        CHECK((r["side"] == "both") == twoSides);
        sawBoth = sawBoth || twoSides;
        // Its reason says the place once, with both sides; a one-sided row names its side.
        const std::string reason = r["reason"];
        INFO(reason);
        if (twoSides) {
            CHECK(reason.find("(both sides)") != std::string::npos);
            CHECK(reason.find("(left)") == std::string::npos);
            CHECK(reason.find("(right)") == std::string::npos);
        }
    }
    CHECK(sawBoth);
    const auto one = nlohmann::json::parse(tpmap("where back.lumbar:right --json").out);
    CHECK(one["results"][0]["reason"].get<std::string>().find("(right)") != std::string::npos);
    // The same place twice is one spot, with the stronger pain.
    const auto twice = nlohmann::json::parse(tpmap("where back.lumbar:both=4 back.lumbar:left=8 --json").out);
    REQUIRE(twice["query"]["spots"].size() == 2);
    CHECK(twice["query"]["spots"][0]["intensity"] == 8);
    // A place given without a number keeps the number given for it elsewhere (the default 5 said nothing).
    for (const char* args : {"head.temple:right=3 head.temple:right", "head.temple:right head.temple:right=3"}) {
        INFO(args);
        const auto said = nlohmann::json::parse(tpmap(std::string("where ") + args + " --json").out);
        REQUIRE(said["query"]["spots"].size() == 1);
        CHECK(said["query"]["spots"][0]["intensity"] == 3);
    }
    const auto typed = nlohmann::json::parse(tpmap("where neck.side:right --symptom Pins-and-Needles --json").out);
    CHECK(typed["query"]["symptoms"] == nlohmann::json::array({"tingling"}));
    const auto place = tpmap("where neck.side:right --symptom 'ear pain'", true);
    CHECK(place.code == 2);
    // The places as a spot is written, with a side: "head.ear" alone was then refused ("needs a side").
    CHECK_THAT(place.out,
        Catch::Contains("\"ear pain\" names a place, not a symptom: draw it as a spot instead, e.g. "
                        "head.ear:right,"));
    // What brings a symptom on is not a symptom: "coldness" is not "sensitivity to hot and cold".
    const auto cold = tpmap("where neck.side:right --symptom coldness", true);
    CHECK(cold.code == 2);
    CHECK_THAT(cold.out, Catch::Contains("coldness"));
    // A limit below 0 names the range in plain numbers (it printed the largest double, 300 digits).
    const auto limit = tpmap("where neck.side:right --limit -1", true);
    CHECK(limit.code == 2);
    CHECK_THAT(limit.out, Catch::Contains("--limit") && Catch::Contains("0 to 100000"));
    CHECK(limit.out.find("1797693") == std::string::npos);
    // Two different answers to one question are refused, naming it; the same answer twice counts once.
    const auto conflicting
        = tpmap("ask back.lumbar:left --answer region:back.sacrum=yes --answer region:back.sacrum=no", true);
    CHECK(conflicting.code == 2);
    CHECK_THAT(conflicting.out, Catch::Contains("region:back.sacrum is answered twice (yes, no)"));
    // "No" on either side and "yes" on one side contradict (both counted, the point fell below others); "yes" on
    // either side and "no" on one side agree (the other side).
    const auto eitherNo = tpmap("where head.temple:right --no-warning-signs --answer press:temporalis-2=no "
                                "--answer press:temporalis-2:right=yes",
        true);
    CHECK(eitherNo.code == 2);
    CHECK_THAT(eitherNo.out, Catch::Contains("say two things of one point or place"));
    CHECK(tpmap("where head.temple:right --no-warning-signs --answer press:temporalis-2=yes "
                "--answer press:temporalis-2:right=no")
              .code
        == 0);
    // An answer about what the drawing already says is a mistake to name, not a silent contradiction.
    for (const char* args :
        {"back.lumbar:left --answer region:back.lumbar:left=no", "--symptom tinnitus --answer symptom:tinnitus=no"}) {
        INFO(args);
        const auto run = tpmap(std::string("where ") + args, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("the drawing already has"));
    }
    const auto same = nlohmann::json::parse(
        tpmap("where back.lumbar:left --answer region:back.sacrum=yes --answer region:back.sacrum=yes --json").out);
    CHECK(same["query"]["answers"].size() == 1);
}

TEST_CASE("cli: regions lists 223 instances and hit finds them", "[cli]")
{
    const auto regions = tpmap("regions --json");
    REQUIRE(regions.code == 0);
    const auto doc = nlohmann::json::parse(regions.out);
    CHECK(doc["count"] == 223);
    CHECK(doc["regions"].size() == 223);
    const auto front = nlohmann::json::parse(tpmap("regions --view soles --json").out);
    CHECK(front["count"].get<int>() > 10);
    const auto miss = nlohmann::json::parse(tpmap("hit --view front --at 0.001,0.001 --json").out);
    CHECK(miss["region"].is_null());
    CHECK_THAT(tpmap("hit --view front --at 0.001,0.001").out, Catch::Contains("none"));
}

TEST_CASE("cli: where prints the stable JSON contract", "[cli]")
{
    const auto run = tpmap("where head.temple:right=7 head.jaw:right --json");
    REQUIRE(run.code == 0);
    const auto doc = nlohmann::json::parse(run.out);
    REQUIRE(doc.contains("query"));
    REQUIRE_FALSE(doc["results"].empty());
    const auto& first = doc["results"][0];
    CHECK(first["rank"] == 1);
    CHECK(first["muscle_rank"] == 1); // its muscle's row: its own
    CHECK(first["score"].is_number());
    CHECK(first["side"] == "right");
    CHECK(first["muscle"]["id"].is_string());
    CHECK(first["muscle"]["name"].is_string());
    CHECK(first["trigger_point"]["id"].is_string());
    CHECK(first["trigger_point"]["name"].is_string());
    CHECK(first["explains"][0]["spot"].is_string());
    CHECK(first["explains"][0]["zone"].is_string());
    CHECK(first["unexplained"].is_array());
    CHECK(first["symptoms"].is_array());
    const auto table = tpmap("where head.temple:right");
    CHECK(table.code == 0);
    CHECK_THAT(table.out, Catch::Contains("rank") && Catch::Contains("Temporalis"));
    const auto symptom = nlohmann::json::parse(tpmap("where --symptom tinnitus --json").out);
    CHECK_FALSE(symptom["results"].empty());
    // The relative likelihood as a word, and what the score rests on.
    CHECK(first["likelihood"] == "likely");
    CHECK(first["reason"].is_string());
    CHECK(first["evidence"]["fit"].is_number());
    CHECK(first["evidence"]["prior"].is_number());
    CHECK(first["evidence"]["pain_guides"].is_array());
    // An unknown symptom word names the word.
    const auto foo = tpmap("where --symptom foo head.temple:right", true);
    CHECK(foo.code == 2);
    CHECK_THAT(foo.out, Catch::Contains("\"foo\""));
    CHECK_THAT(foo.out, !Catch::Contains("did you mean"));
    // A near spelling is named, never taken for it.
    const auto typo = tpmap("where --symptom tinitus head.temple:right", true);
    CHECK(typo.code == 2);
    CHECK_THAT(typo.out, Catch::Contains("did you mean: tinnitus"));
    // An unknown body area lists the areas there are; a mistake exits 2 and says where the options are.
    const auto area = tpmap("muscles --area nek", true);
    CHECK(area.code == 2);
    CHECK_THAT(area.out, Catch::Contains("the areas: abdomen, arm, back,") && Catch::Contains("neck"));
    const auto bad = tpmap("where --limit x head.temple:right", true);
    CHECK(bad.code == 2);
    CHECK_THAT(bad.out, Catch::Contains("see: tpmap where --help"));
    CHECK_THAT(bad.out, !Catch::Contains("Positionals:")); // not the whole help again
}

TEST_CASE("cli: ask returns a question, and answering it changes the ranking", "[cli]")
{
    const auto lowBack = nlohmann::json::parse(tpmap("where back.lumbar:left back.lumbar:right --json").out);
    std::vector<std::string> top3;
    for (const auto& r : lowBack["results"])
        if (top3.size() < 3)
            top3.push_back(r["muscle"]["id"].get<std::string>());
    CHECK(std::find(top3.begin(), top3.end(), "quadratus-lumborum") != top3.end());

    const auto ask = tpmap("ask back.lumbar:left --json");
    REQUIRE(ask.code == 0);
    const auto q = nlohmann::json::parse(ask.out)["question"];
    REQUIRE(q.is_object());
    const std::string id = q["id"].get<std::string>();
    CHECK((q["kind"] == "press" || q["kind"] == "region" || q["kind"] == "symptom"));
    CHECK(q["text"].is_string());
    // A place whose name ends in brackets gets its side after a comma: "(iliac crest), left", not ") (left)".
    CHECK(q["text"].get<std::string>().find(") (") == std::string::npos);
    if (q["kind"] == "region" && q["region"].get<std::string>().starts_with("hip.crest"))
        CHECK(q["text"].get<std::string>().find("(iliac crest), left") != std::string::npos);
    CHECK(nlohmann::json::parse(tpmap("ask back.lumbar:left --json").out)["question"]["id"] == id); // stable
    auto order = [](const nlohmann::json& doc) {
        std::vector<std::string> ids;
        for (const auto& r : doc["results"])
            ids.push_back(r["trigger_point"]["id"].get<std::string>() + r["side"].get<std::string>());
        return ids;
    };
    const auto before = order(nlohmann::json::parse(tpmap("where back.lumbar:left --limit 0 --json").out));
    const auto yes
        = order(nlohmann::json::parse(tpmap("where back.lumbar:left --limit 0 --json --answer " + id + "=yes").out));
    const auto no
        = order(nlohmann::json::parse(tpmap("where back.lumbar:left --limit 0 --json --answer " + id + "=no").out));
    CHECK((yes != before || no != before));
    // The answered question is not asked again.
    const auto next = nlohmann::json::parse(tpmap("ask back.lumbar:left --json --answer " + id + "=yes").out);
    if (next["question"].is_object())
        CHECK(next["question"]["id"] != id);
}

TEST_CASE("cli: an answer the drawing gives itself is refused, a symptom whose place is drawn too", "[cli]")
{
    const auto place = tpmap("where chest.pectoral:left=6 --answer region:chest.pectoral:left=no", true);
    CHECK(place.code == 2);
    CHECK_THAT(place.out, Catch::Contains("has this place as a spot"));
    // Chest pain is what the chest drawn says (symptoms.json, drawn_as): "no" to it contradicts the drawing.
    const auto symptom = tpmap("where chest.pectoral:left=6 --answer symptom:chest-pain=no", true);
    CHECK(symptom.code == 2);
    CHECK_THAT(symptom.out, Catch::Contains("a spot is drawn where this symptom is felt"));
    CHECK(tpmap("where neck.side:right --answer symptom:chest-pain=no").code == 0);
}

TEST_CASE("cli: two parts of one place drawn are named apart in the reasons, as in the app", "[cli]")
{
    const auto text = tpmap("where thigh.back_upper:right thigh.back_lower:right").out;
    CHECK_THAT(text, Catch::Contains("back of the thigh - upper half (right), back of the thigh - lower half (right)"));
    CHECK_THAT(text, !Catch::Contains("back of the thigh (right), back of the thigh (right)"));
}

TEST_CASE("cli: a press question comes with what to mind before pressing, as in the app", "[cli]")
{
    // Answering "no" to the places asked about first leads to a press test.
    std::string answers;
    nlohmann::json q;
    for (int i = 0; i < 8; ++i) {
        q = nlohmann::json::parse(tpmap("ask neck.side:right shoulder.top:right --json" + answers).out)["question"];
        REQUIRE(q.is_object());
        if (q["kind"] == "press")
            break;
        answers += " --answer " + q["id"].get<std::string>() + "=no";
    }
    REQUIRE(q["kind"] == "press");
    REQUIRE(q["precautions"].is_array());
    REQUIRE_FALSE(q["precautions"].empty());
    const auto text = tpmap("ask neck.side:right shoulder.top:right" + answers).out;
    CHECK_THAT(text, Catch::Contains("Before you press") && Catch::Contains(q["precautions"][0].get<std::string>()));
    // The entry in tpmap, as on the entry page: the safety text before how to find the muscle and the steps.
    const auto entry = tpmap("muscle scalenes").out;
    const auto before = entry.find("\nBefore you press\n");
    const auto clinician
        = entry.find("\nWarning signs: if one applies, see a doctor instead of treating it yourself\n");
    REQUIRE(before != std::string::npos);
    REQUIRE(clinician != std::string::npos);
    CHECK(before < entry.find("\nHow to find it\n"));
    CHECK(clinician < before); // the signs for a clinician first, as on the entry page
}

TEST_CASE("cli: catalogue commands", "[cli]")
{
    const auto muscles = nlohmann::json::parse(tpmap("muscles --json").out);
    CHECK(muscles["muscle_count"].get<int>() == static_cast<int>(muscles["muscles"].size()));
    // The text list names each body area once (a heading is a line that does not start with a space).
    std::istringstream lines(tpmap("muscles").out);
    std::set<std::string> headings;
    int headingLines = 0;
    for (std::string line; std::getline(lines, line);)
        if (!line.empty() && line[0] != ' ') {
            headings.insert(line);
            ++headingLines;
        }
    CHECK(headingLines == static_cast<int>(headings.size()));
    CHECK(headings.size() >= 10);
    CHECK(headings.count("Head, face and jaw") == 1);
    const auto entry = tpmap("muscle upper-trapezius");
    CHECK(entry.code == 0);
    CHECK_THAT(entry.out, Catch::Contains("Self-release") && Catch::Contains("Sources"));
    // Advice comes under its own heading, after the precautions, not among them.
    const auto precautions = entry.out.find("\nPrecautions"), tips = entry.out.find("\nTips for lasting relief");
    REQUIRE(tips != std::string::npos);
    CHECK((precautions == std::string::npos || precautions < tips));
    CHECK(entry.out.find("headset") > tips);
    const auto json = nlohmann::json::parse(tpmap("muscle masseter --json").out);
    CHECK(json["id"] == "masseter");
    CHECK_FALSE(json["trigger_points"].empty());
    CHECK_FALSE(json["tips"].empty());
    const auto search = nlohmann::json::parse(tpmap("search tinnit --json").out);
    CHECK_FALSE(search["results"].empty());
    // A muscle by its name, another name or its Latin name, in any letter case; a word that is none is an error.
    for (const char* name : {"\"Quadratus lumborum\"", "ql", "\"musculus quadratus lumborum\""}) {
        const auto found = nlohmann::json::parse(tpmap(std::string("muscle ") + name + " --json").out);
        CHECK(found["id"] == "quadratus-lumborum");
    }
    CHECK(tpmap("muscle quadratus").code == 2);
}

TEST_CASE("cli: where heads the muscles' other points and names the places it does not explain", "[cli]")
{
    const auto r = tpmap("where back.lumbar:left back.lumbar:right --limit 0");
    REQUIRE(r.code == 0);
    const auto heading = r.out.find("Other trigger points of the muscles above:");
    REQUIRE(heading != std::string::npos);
    // Every row after the heading is a muscle named above it, and no row before it repeats a muscle.
    const auto json = nlohmann::json::parse(tpmap("where back.lumbar:left back.lumbar:right --limit 0 --json").out);
    std::vector<std::string> seen;
    bool again = false;
    for (const auto& row : json["results"]) {
        const auto id = row["muscle"]["id"].get<std::string>();
        const bool repeat = std::find(seen.begin(), seen.end(), id) != seen.end();
        CHECK((!again || repeat)); // once the muscles repeat, they only repeat
        again = again || repeat;
        seen.push_back(id);
    }
    CHECK(again);
    CHECK_THAT(r.out, Catch::Contains("does not explain: low back beside the spine (left)"));
    CHECK_THAT(r.out, !Catch::Contains("does not explain: back.lumbar"));
}

TEST_CASE("cli: tpmap does not link Qt", "[cli]")
{
    const std::string command = std::string("ldd ") + TM_TPMAP + " | grep -ci qt";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[32] = {};
    const auto n = std::fread(buffer, 1, sizeof buffer - 1, pipe);
    pclose(pipe);
    CHECK(std::string(buffer, n).starts_with("0"));
}

TEST_CASE("cli: an unknown command is named, hit refuses coordinates that are not numbers", "[cli]")
{
    const auto unknown = tpmap("nosuch", true);
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.out, Catch::Contains("unknown command \"nosuch\"") && !Catch::Contains("is required"));
    // With --help too: the top-level help with exit 0 hid the typo.
    for (const char* args : {"nosuch --help", "notes nosuch --help"}) {
        INFO(args);
        const auto helped = tpmap(args, true);
        CHECK(helped.code == 2);
        CHECK_THAT(helped.out, Catch::Contains("unknown command \"nosuch\""));
    }
    CHECK(tpmap("notes --help").code == 0);
    // A mistyped subcommand is named too, with the usage of the command it belongs to; an option's value is no
    // command word.
    // A mistyped option is named where it was given, with the option it was most like.
    for (const auto& [args, says] : std::vector<std::pair<std::string, std::string>> {
             {"--versoin", "tpmap: unknown option \"--versoin\" (did you mean --version?)"},
             {"notes list --jornal x", "tpmap notes list: unknown option \"--jornal\" (did you mean --journal?)"},
             {"where head.temple:right --limt 3", "tpmap where: unknown option \"--limt\" (did you mean --limit?)"}}) {
        INFO(args);
        const auto typo = tpmap(args, true);
        CHECK(typo.code == 2);
        CHECK_THAT(typo.out, Catch::Contains(says) && !Catch::Contains("is required"));
    }
    for (const char* args : {"notes bogus", "--catalogue " TM_TEST_CATALOGUE " notes bogus"}) {
        INFO(args);
        const auto sub = tpmap(args, true);
        CHECK(sub.code == 2);
        CHECK_THAT(sub.out,
            Catch::Contains("tpmap notes: unknown command \"bogus\"") && Catch::Contains("import")
                && !Catch::Contains("is required"));
    }
    for (const char* at : {"nan,nan", "0.5,nan", "inf,0.5"}) {
        INFO(at);
        const auto run = tpmap(std::string("hit --view front --at ") + at, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("normalised"));
    }
}

TEST_CASE("cli: where and ask put the warnings the drawing touches first, as the app does", "[cli]")
{
    // Left chest and inner arm: the heart warning, in JSON and before the list in words.
    const auto doc = nlohmann::json::parse(tpmap("where chest.pectoral:left=6 arm.inner:left=4 --json").out);
    REQUIRE(doc["red_flags"].is_array());
    std::set<std::string> ids;
    for (const auto& f : doc["red_flags"]) {
        ids.insert(f["id"].get<std::string>());
        CHECK_FALSE(f["title"].get<std::string>().empty());
        CHECK_FALSE(f["signs"].get<std::string>().empty());
        CHECK_FALSE(f["action"].get<std::string>().empty());
        // The heart warning holds self-care: a script can tell, and the words do not invite to press.
        CHECK(f["hold_self_care"] == (f["id"] == "heart"));
    }
    CHECK(ids.count("heart") == 1);
    const auto text = tpmap("where chest.pectoral:left=6 arm.inner:left=4");
    REQUIRE(text.code == 0);
    CHECK(text.out.rfind("WARNING SIGNS: CHECK THIS FIRST", 0) == 0);
    CHECK(text.out.find("Possible heart problem") < text.out.find("rank"));
    CHECK_THAT(text.out, Catch::Contains("Rule out the warning above first"));
    CHECK_THAT(tpmap("where neck.side:right").out, !Catch::Contains("Rule out the warning"));
    // Asking shows them too; a drawing that touches none has an empty list and no heading.
    const auto ask = nlohmann::json::parse(tpmap("ask chest.pectoral:left=6 arm.inner:left=4 --json").out);
    CHECK_FALSE(ask["red_flags"].empty());
    CHECK(nlohmann::json::parse(tpmap("where foot.top:right --json").out)["red_flags"].empty());
    CHECK(tpmap("where foot.top:right").out.find("CHECK THIS FIRST") == std::string::npos);
}

TEST_CASE("cli: ask has a point in the front of the neck gripped, not pressed, and on either side when open", "[cli]")
{
    // Pain at the chin: the platysma's press test, its side left open (the chin is on the midline). The places
    // asked first (pain also in the eye, on either side) are left unanswered.
    std::string args = "ask head.chin=6";
    nlohmann::json q;
    for (int turn = 0; turn < 6; ++turn) {
        q = nlohmann::json::parse(tpmap(args + " --json").out)["question"];
        if (!q.is_object() || q["kind"] == "press")
            break;
        args += " --answer " + q["id"].get<std::string>() + "=unsure";
    }
    REQUIRE(q.is_object());
    REQUIRE(q["kind"] == "press");
    CHECK(q["muscle"] == "platysma");
    CHECK(q["grip"] == true);
    CHECK(q["side"] == "either");
    CHECK(q["id"].get<std::string>().find(":right") == std::string::npos);
    const auto text = q["text"].get<std::string>();
    CHECK(text.rfind("Grip the Platysma trigger point on either side between thumb and fingers", 0) == 0);
    // Answered, it is not asked again, and the answer counts.
    const auto answered = tpmap(args + " --answer " + q["id"].get<std::string>() + "=yes --json").out;
    const auto next = nlohmann::json::parse(answered)["question"];
    CHECK((next.is_null() || next["id"] != q["id"]));
}

TEST_CASE("cli: ask asks about pain drawn on both sides on either side", "[cli]")
{
    const auto q = nlohmann::json::parse(tpmap("ask head.temple:both --no-warning-signs --json").out)["question"];
    REQUIRE(q.is_object());
    REQUIRE(q["kind"] == "region");
    CHECK(q["side"] == "either");
    const auto region = q["region"].get<std::string>();
    CHECK(region.find(':') == std::string::npos);
    CHECK(q["text"].get<std::string>().ends_with(" (either side)?"));
    // The id goes back as an answer, and a one-sided drawing's place keeps its side.
    const auto answered = tpmap("where head.temple:both --answer " + q["id"].get<std::string>() + "=yes --json");
    CHECK(answered.code == 0);
    const auto one = nlohmann::json::parse(tpmap("ask head.temple:right --no-warning-signs --json").out)["question"];
    REQUIRE(one.is_object());
    if (one["kind"] == "region" && one.contains("side"))
        CHECK(one["side"] == "right");
}

TEST_CASE("cli: ask names a place in full, as the app does", "[cli]")
{
    // "Do you also feel pain here: big toe (right)?" asked about its underside; the top of the toe read the same.
    const auto q = nlohmann::json::parse(tpmap("ask foot.ball:right=6 --json").out)["question"];
    REQUIRE(q.is_object());
    REQUIRE(q["kind"] == "region");
    REQUIRE(q["region"] == "foot.big_toe_under:right");
    CHECK(q["text"] == "Do you also feel pain here: big toe - underside (right)?");
}

TEST_CASE("cli: ask holds press tests under a warning until --no-warning-signs says its signs do not apply", "[cli]")
{
    const auto held = nlohmann::json::parse(tpmap("ask back.lumbar:left --json").out);
    CHECK(held["press_tests_held_by"] == nlohmann::json::array({"cauda-equina"}));
    CHECK(held["red_flags"].size() == 1);
    const auto text = tpmap("ask back.lumbar:left").out;
    CHECK(text.find("add --no-warning-signs") != std::string::npos);
    const auto cleared = nlohmann::json::parse(tpmap("ask back.lumbar:left --no-warning-signs --json").out);
    CHECK(cleared["press_tests_held_by"].empty());
    CHECK(cleared["red_flags"].size() == 1); // still shown
    CHECK(tpmap("ask back.lumbar:left --no-warning-signs").out.find("add --no-warning-signs") == std::string::npos);
}

TEST_CASE("cli: a symptom question says how the likeliest candidate known for it shows it", "[cli]")
{
    const auto q = nlohmann::json::parse(tpmap("ask chest.pectoral:left=6 --answer region:arm.front:left=no "
                                               "--answer region:shoulder.front:left=no --json")
                                             .out)["question"];
    REQUIRE(q.is_object());
    REQUIRE(q["kind"] == "symptom");
    REQUIRE(q.contains("symptom_note"));
    const auto note = q["symptom_note"]["note"].get<std::string>();
    CHECK_FALSE(note.empty());
    CHECK(q["text"].get<std::string>().find(note) != std::string::npos);
}

TEST_CASE("cli: where marks a point the entry leaves to a clinician", "[cli]")
{
    // The front of the thigh below the groin: iliopsoas' point beside the femoral pulse is among the results.
    const auto doc
        = nlohmann::json::parse(tpmap("where thigh.front_upper:right abdomen.groin:right --limit 0 --json").out);
    bool seen = false;
    for (const auto& r : doc["results"]) {
        const bool clinician = r["trigger_point"]["clinician_only"].get<bool>();
        // Pectineus lies under the femoral vessels: its point too.
        CHECK(clinician == (r["trigger_point"]["id"] == "iliopsoas-3" || r["trigger_point"]["id"] == "pectineus-1"));
        seen = seen || clinician;
    }
    CHECK(seen);
    const auto text = tpmap("where thigh.front_upper:right abdomen.groin:right --limit 0");
    CHECK_THAT(text.out, Catch::Contains("for a clinician only"));
}

TEST_CASE("cli: muscle takes a trigger point's id and suggests ids spelled nearly, search puts the name first", "[cli]")
{
    // The ids `where` and `ask` print: the point's muscle.
    const auto point = tpmap("muscle upper-trapezius-1");
    CHECK(point.code == 0);
    CHECK_THAT(point.out, Catch::StartsWith("Upper trapezius"));
    CHECK(tpmap("show upper-trapezius").out == tpmap("muscle upper-trapezius").out); // as people guess it
    const auto typo = tpmap("muscle trapezus", true);
    CHECK(typo.code == 2);
    CHECK_THAT(typo.out, Catch::Contains("upper-trapezius") && Catch::Contains("lower-trapezius"));
    CHECK_THAT(tpmap("muscle pirifromis", true).out, Catch::Contains("did you mean: piriformis)"));
    // The muscle named as typed comes first (the other parts mention it and ranked above it).
    const auto found = nlohmann::json::parse(tpmap("search upper trapezius --json").out);
    REQUIRE_FALSE(found["results"].empty());
    CHECK(found["results"][0]["id"] == "upper-trapezius");
    // Every muscle that matches, not the first 50.
    CHECK(nlohmann::json::parse(tpmap("search pain --json").out)["results"].size() > 50);
    // Nothing to look for is a mistake said so, not "0 result(s)".
    for (const char* nothing : {"search ''", "search '\"'"}) {
        const auto run = tpmap(nothing, true);
        CHECK(run.code == 2);
        CHECK_THAT(run.out, Catch::Contains("give a word to look for"));
    }
    // --symptom and --answer take one value each: a spot after them stays a spot.
    const auto after = tpmap("where --symptom tinnitus head.temple:right --json");
    REQUIRE(after.code == 0);
    CHECK(nlohmann::json::parse(after.out)["query"]["spots"].size() == 1);
}
