#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "body/body_map.h"
#include "catalogue/builder.h"
#include "catalogue/catalogue.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace tmap::catalogue;

namespace {

// A copy of data/ in a fresh temporary folder, with only the muscle files a test writes.
struct DataCopy {
    fs::path root;
    DataCopy()
    {
        root = fs::temp_directory_path()
            / ("tm-builder-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        fs::remove_all(root);
        fs::create_directories(root / "catalogue" / "muscles");
        fs::copy(TM_SOURCE_DIR "/data/body", root / "body", fs::copy_options::recursive);
        for (const auto& entry : fs::directory_iterator(TM_SOURCE_DIR "/data/catalogue"))
            if (entry.is_regular_file())
                fs::copy(entry.path(), root / "catalogue" / entry.path().filename());
        fitListsToTestMuscles();
    }
    ~DataCopy() { fs::remove_all(root); }
    static int& counter()
    {
        static int n = 0;
        return n;
    }
    void write(const std::string& id, const std::string& text) const
    {
        std::ofstream(root / "catalogue" / "muscles" / (id + ".json")) << text;
    }
    void write(const json& muscle) const
    {
        write(muscle["id"].get<std::string>(), muscle.dump(2));
        // Every muscle needs an outline: a small square on the right heel of the soles view, where no test muscle
        // has a marker.
        auto outlines = read("outlines.json");
        outlines["muscles"][muscle["id"].get<std::string>()] = json::array(
            {{{"view", "soles"}, {"polygons", {{{0.70, 0.78}, {0.74, 0.78}, {0.74, 0.82}, {0.70, 0.82}}}}}});
        rewrite("outlines.json", outlines);
        // The real pain guides name the real muscles: the first test muscle written stands for every region.
        const fs::path guides = root / "catalogue" / "pain-guides";
        if (fs::exists(guides / "test.json"))
            return;
        fs::create_directories(guides);
        json regions = json::array();
        std::ifstream tsv(root / "body" / "regions.tsv");
        std::string line;
        std::getline(tsv, line); // header
        while (std::getline(tsv, line))
            if (!line.empty())
                regions.push_back(line.substr(0, line.find('\t')));
        const json guide {{"regions", regions}, {"muscles", {{{"muscle", muscle["id"]}, {"kind", "main"}}}},
            {"sources", {{{"ref", "travell-simons-v1"}, {"chapter", "test"}}}}};
        std::ofstream(guides / "test.json") << json {{"guides", {guide}}}.dump(2);
    }
    json read(const std::string& name) const
    {
        std::ifstream in(root / "catalogue" / name);
        return json::parse(in);
    }
    void rewrite(const std::string& name, const json& doc) const
    {
        std::ofstream(root / "catalogue" / name) << doc.dump(2);
    }

private:
    // The real lists name the real muscles: keep only the symptoms that the test muscles (headache) and the red flags
    // use, and no per-muscle evidence, so that a catalogue of test muscles is complete.
    void fitListsToTestMuscles() const
    {
        std::set<std::string> used {"headache"};
        auto redFlags = read("redflags.json");
        for (const auto& flag : redFlags["red_flags"])
            for (const auto& s : flag.value("symptoms", json::array()))
                used.insert(s.get<std::string>());
        // A sign a warning names is not a use of a symptom: those the list loses go from the signs too.
        for (auto& flag : redFlags["red_flags"])
            if (flag.contains("sign_symptoms")) {
                auto& signs = flag["sign_symptoms"];
                signs.erase(std::remove_if(signs.begin(), signs.end(),
                                [&](const json& s) { return !used.count(s.get<std::string>()); }),
                    signs.end());
            }
        rewrite("redflags.json", redFlags);
        auto symptoms = read("symptoms.json");
        auto& list = symptoms["symptoms"];
        list.erase(std::remove_if(list.begin(), list.end(),
                       [&](const json& s) { return !used.count(s["id"].get<std::string>()); }),
            list.end());
        rewrite("symptoms.json", symptoms);
        auto evidence = read("evidence.json");
        evidence["muscles"] = json::array();
        rewrite("evidence.json", evidence);
        auto outlines = read("outlines.json");
        outlines["muscles"] = json::object();
        rewrite("outlines.json", outlines);
    }
};

json validMuscle(const std::string& id)
{
    return {{"id", id}, {"name", "Test " + id}, {"other_names", {"tester"}}, {"latin", "Musculus testus"},
        {"area", "neck"}, {"overview", "A test muscle."}, {"location", "Here."}, {"action", "Tests."},
        {"palpation", "Press here."}, {"symptoms", {{{"id", "headache"}, {"note", "sometimes"}}}},
        {"factors", {{{"id", "posture"}, {"note", "slumping"}}}},
        {"trigger_points",
            {{{"id", id + "-1"}, {"name", "TrP1"}, {"location", "middle"}, {"site", {"neck.side"}},
                {"zones", {{{"region", "head.temple"}, {"kind", "main"}, {"frequency", "usual"}, {"side", "same"}}}}}}},
        {"techniques",
            {{{"kind", "pressure"}, {"name", "Thumb"}, {"tool", "thumb"}, {"position", "sitting"},
                {"steps", {"press", "hold"}}, {"duration", "30 s"}, {"frequency", "daily"}, {"intensity", "5/10"},
                {"precautions", {"not over the carotid pulse"}}}}},
        {"precautions", {"gentle"}}, {"red_flags", {"vascular-neck"}}, {"related", json::array()},
        {"sources", {{{"ref", "travell-simons-v1"}, {"chapter", "7"}}}}};
}

std::string buildError(const DataCopy& data)
{
    try {
        loadSources(data.root.string());
    } catch (const BuildError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("builder: a valid catalogue builds and reads back", "[builder]")
{
    DataCopy data;
    // alpha names beta, which comes later: references resolve in any order.
    auto alpha = validMuscle("alpha");
    alpha["related"] = {"beta"};
    alpha["tips"] = {"Use a headset for long calls."};
    data.write(alpha);
    auto beta = validMuscle("beta");
    beta["related"] = {"alpha"};
    data.write(beta);
    const auto sources = loadSources(data.root.string());
    REQUIRE(sources.muscles.size() == 2);
    // A point without authored markers gets the centre of its site: the fallback, counted.
    REQUIRE_FALSE(sources.muscles[0].triggerPoints[0].markers.empty());
    CHECK(sources.muscles[0].triggerPoints[0].markersComputed);
    const auto out = data.root / "out.sqlite";
    writeDatabase(sources, out.string());
    const auto cat = Catalogue::open(out.string());
    REQUIRE(cat->muscle("beta"));
    CHECK(cat->muscle("beta")->related == std::vector<std::string> {"alpha"});
    CHECK(cat->muscle("alpha")->techniques.at(0).steps.size() == 2);
    CHECK(cat->muscle("alpha")->tips == std::vector<std::string> {"Use a headset for long calls."});
    CHECK(cat->muscle("alpha")->precautions == std::vector<std::string> {"gentle"});
    CHECK(cat->muscle("beta")->tips.empty());
    CHECK(cat->triggerPoint("alpha-1")->zones.at(0).region == "head.temple");
    CHECK(cat->triggerPoint("alpha-1")->onlySide == tmap::body::Side::None);
    CHECK(cat->search("tester").size() == 2);
    CHECK(cat->muscle("beta")->alsoIn.empty());
}

TEST_CASE("builder: a muscle listed under other areas too", "[builder]")
{
    DataCopy data;
    auto alpha = validMuscle("alpha");
    alpha["also_in"] = {"hip", "shoulder"};
    data.write(alpha);
    const auto out = data.root / "out.sqlite";
    writeDatabase(loadSources(data.root.string()), out.string());
    CHECK(Catalogue::open(out.string())->muscle("alpha")->alsoIn == std::vector<std::string> {"hip", "shoulder"});
    const std::string own = alpha["area"];
    for (const auto& [bad, problem] :
        std::vector<std::pair<json, std::string>> {{json {"elbowland"}, "/also_in/0: unknown body area \"elbowland\""},
            {json {own}, "/also_in/0: \"" + own + "\" is the muscle's own area already"},
            {json {"hip", "hip"}, "/also_in/1: \"hip\" is listed twice"}}) {
        INFO(bad.dump());
        alpha["also_in"] = bad;
        data.write(alpha);
        CHECK_THAT(buildError(data), Catch::Contains("alpha.json: " + problem));
    }
}

TEST_CASE("builder: authored markers are kept as written, one per view", "[builder]")
{
    DataCopy data;
    auto m = validMuscle("alpha");
    m["trigger_points"][0]["markers"] = {{{"view", "front"}, {"x", 0.459}, {"y", 0.167}}};
    data.write(m);
    const auto sources = loadSources(data.root.string());
    const auto& tp = sources.muscles.at(0).triggerPoints.at(0);
    REQUIRE(tp.markers.size() == 1);
    CHECK(tp.markers[0].view == "front");
    CHECK(tp.markers[0].x == Approx(0.459));
    CHECK(tp.markers[0].y == Approx(0.167));
    CHECK_FALSE(tp.markersComputed);
}

TEST_CASE("builder: broken files are rejected with file, place and problem", "[builder]")
{
    DataCopy data;
    const std::string file = (data.root / "catalogue" / "muscles").string();

    SECTION("not JSON")
    {
        data.write("alpha", "{ \"id\": \"alpha\", ");
        CHECK_THAT(buildError(data), Catch::Contains(file + "/alpha.json: /: not valid JSON"));
    }
    SECTION("unknown region id")
    {
        auto m = validMuscle("alpha");
        m["trigger_points"][0]["zones"][0]["region"] = "head.elbow";
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains(file + "/alpha.json: /trigger_points/0/zones/0/region: unknown region id \"head.elbow\""));
    }
    SECTION("a pain guide's first muscle cannot share an entry with the one before it")
    {
        data.write(validMuscle("alpha"));
        const fs::path guides = data.root / "catalogue" / "pain-guides" / "test.json";
        json doc = json::parse(std::ifstream(guides));
        doc["guides"][0]["muscles"][0]["same_entry"] = true;
        std::ofstream(guides) << doc.dump(2);
        CHECK_THAT(buildError(data),
            Catch::Contains("test.json: /guides/0/muscles/0/same_entry: the first muscle of a guide has no entry"));
    }
    SECTION("same_entry must be true or false")
    {
        data.write(validMuscle("alpha"));
        const fs::path guides = data.root / "catalogue" / "pain-guides" / "test.json";
        json doc = json::parse(std::ifstream(guides));
        doc["guides"][0]["muscles"][0]["same_entry"] = "yes";
        std::ofstream(guides) << doc.dump(2);
        CHECK_THAT(
            buildError(data), Catch::Contains("test.json: /guides/0/muscles/0/same_entry: expected true or false"));
    }
    SECTION("a warning's sign that is no symptom")
    {
        data.write(validMuscle("alpha"));
        const fs::path flags = data.root / "catalogue" / "redflags.json";
        json doc = json::parse(std::ifstream(flags));
        doc["red_flags"][0]["sign_symptoms"] = {"headache", "fainting"};
        std::ofstream(flags) << doc.dump(2);
        CHECK_THAT(buildError(data),
            Catch::Contains("redflags.json: /red_flags/0/sign_symptoms: unknown symptom \"fainting\""));
    }
    SECTION("unknown related muscle")
    {
        auto m = validMuscle("alpha");
        m["related"] = {"nobody"};
        data.write(m);
        CHECK_THAT(buildError(data), Catch::Contains("alpha.json: /related/0: unknown muscle \"nobody\""));
    }
    SECTION("a side that is neither right nor left")
    {
        auto m = validMuscle("alpha");
        m["trigger_points"][0]["only_side"] = "middle";
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /trigger_points/0/only_side: must be right or left, not \"middle\""));
    }
    SECTION("missing main zone")
    {
        auto m = validMuscle("alpha");
        m["trigger_points"][0]["zones"][0]["kind"] = "spillover";
        data.write(m);
        CHECK_THAT(buildError(data), Catch::Contains("alpha.json: /trigger_points/0/zones: missing main zone"));
    }
    SECTION("no zones, unless the point is said to refer no pain, and then none")
    {
        auto m = validMuscle("alpha");
        m["trigger_points"][0]["zones"] = json::array();
        data.write(m);
        CHECK_THAT(buildError(data), Catch::Contains("alpha.json: /trigger_points/0/zones: missing main zone"));
        m["trigger_points"][0]["no_referred_pain"] = true;
        data.write(m);
        CHECK(buildError(data) == "");
        m["trigger_points"][0]["zones"] = validMuscle("alpha")["trigger_points"][0]["zones"];
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /trigger_points/0/zones: a point with \"no_referred_pain\" lists no zones"));
    }
    SECTION("duplicate trigger point id")
    {
        data.write(validMuscle("alpha"));
        auto m = validMuscle("beta");
        m["trigger_points"][0]["id"] = "alpha-1";
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("beta.json: /trigger_points/0/id: duplicate trigger point id \"alpha-1\""));
    }
    SECTION("file name and id differ")
    {
        data.write("gamma", validMuscle("alpha").dump());
        CHECK_THAT(buildError(data), Catch::Contains("gamma.json: /id: id \"alpha\" differs from the file name"));
    }
    SECTION("missing field and wrong type")
    {
        auto m = validMuscle("alpha");
        m.erase("palpation");
        m["name"] = 7;
        data.write(m);
        const auto error = buildError(data);
        CHECK_THAT(error, Catch::Contains("alpha.json: /palpation: missing"));
        CHECK_THAT(error, Catch::Contains("alpha.json: /name: expected a string"));
    }
    SECTION("a marker in an unknown view, off its site, outside the figure")
    {
        auto m = validMuscle("alpha");
        m["trigger_points"][0]["markers"] = {{{"view", "top"}, {"x", 0.5}, {"y", 0.5}},
            {{"view", "front"}, {"x", 0.4}, {"y", 0.6}}, {{"view", "back"}, {"x", 0.02}, {"y", 0.5}},
            {{"view", "side-left"}, {"x", 0.5}, {"y", 0.15}}, {{"view", "side"}, {"x", "0.4"}, {"y", 0.15}}};
        data.write(m);
        const auto error = buildError(data);
        CHECK_THAT(error, Catch::Contains("alpha.json: /trigger_points/0/markers/0/view: unknown view \"top\""));
        CHECK_THAT(error,
            Catch::Contains("alpha.json: /trigger_points/0/markers/1: not on the point's site (neck.side) in view "
                            "\"front\""));
        CHECK_THAT(error,
            Catch::Contains("alpha.json: /trigger_points/0/markers/2: outside the body outline of view \"back\""));
        CHECK_THAT(error,
            Catch::Contains("alpha.json: /trigger_points/0/markers/3/view: \"side-left\" is drawn from "
                            "another view"));
        CHECK_THAT(error, Catch::Contains("alpha.json: /trigger_points/0/markers/4/x: expected a number"));
    }
    SECTION("a tip that is also a precaution")
    {
        auto m = validMuscle("alpha");
        m["tips"] = {"gentle"};
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains(file + "/alpha.json: /tips/0: is also one of the precautions; keep it in one list"));
    }
    SECTION("a tip that is not text")
    {
        auto m = validMuscle("alpha");
        m["tips"] = {""};
        data.write(m);
        CHECK_THAT(buildError(data), Catch::Contains(file + "/alpha.json: /tips/0: expected a non-empty string"));
    }
    SECTION("a pressure technique without precautions")
    {
        auto m = validMuscle("alpha");
        m["techniques"][0]["precautions"] = json::array();
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /techniques: needs a pressure technique with its precautions"));
    }
}

TEST_CASE("builder: nothing half-built is left behind", "[builder]")
{
    DataCopy data;
    data.write(validMuscle("alpha"));
    const auto out = data.root / "out.sqlite";
    writeDatabase(loadSources(data.root.string()), out.string());
    const auto before = fs::file_size(out);

    // A failing build, through the tool as the build runs it: exit 1, the old catalogue untouched, no temp file.
    data.write("beta", "[1, 2");
    const std::string command = std::string(TM_BUILDER) + " --data " + data.root.string() + " --output " + out.string()
        + " 2>" + (data.root / "err.txt").string();
    CHECK(std::system(command.c_str()) != 0);
    std::ifstream err(data.root / "err.txt");
    std::string message, line;
    while (std::getline(err, line))
        message += line + "\n";
    CHECK_THAT(message, Catch::Contains("beta.json: /: not valid JSON") && Catch::Contains("nothing written"));
    CHECK(fs::file_size(out) == before);
    CHECK_FALSE(fs::exists(out.string() + ".tmp"));
}

TEST_CASE("builder: a stretch whose title says the opposite of its steps", "[builder]")
{
    DataCopy data;
    auto m = validMuscle("alpha");
    json stretch = {{"kind", "stretch"}, {"name", "Lunge with the foot turned in"},
        {"steps", {"Kneel on one knee with the other foot in front.", "Let the foot turn slightly outward."}}};

    SECTION("the title turns the foot in, the steps turn it out")
    {
        m["techniques"].push_back(stretch);
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /techniques/1/name: the title has the foot in but the steps have it outward"));
    }
    SECTION("the title lifts the arch, the steps let it roll down")
    {
        stretch["name"] = "Calf stretch with the arch lifted";
        stretch["steps"] = {"Step back and let the arch roll slightly down."};
        m["techniques"].push_back(stretch);
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains(
                "alpha.json: /techniques/1/name: the title has the arch lifted but the steps have it down"));
    }
    SECTION("the title points the foot, the steps pull it up")
    {
        stretch["name"] = "Calf stretch with the foot pointed";
        stretch["steps"] = {"Sit with the leg straight.", "Pull the foot up toward the shin and hold."};
        m["techniques"].push_back(stretch);
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /techniques/1/name: the title has the foot pointed but the steps have it up"));
    }
    SECTION("title and steps agree: the foot swings out so that the thigh turns in")
    {
        stretch["name"] = "Lunge with the thigh turned in";
        stretch["steps"]
            = {"Kneel on one knee with the other foot in front.", "Let the foot swing out so that the thigh turns in."};
        m["techniques"].push_back(stretch);
        data.write(m);
        CHECK(buildError(data).empty());
    }
}

TEST_CASE("builder: a pressure step inside a place its own precautions forbid", "[builder]")
{
    DataCopy data;
    auto m = validMuscle("alpha");
    auto& technique = m["techniques"][0];
    technique["precautions"] = {"Stay out of the femoral triangle below the groin crease."};

    SECTION("pressing beside the groin pulse")
    {
        technique["steps"] = {"Find the pulse.", "Press on the inner side of the pulse, just below the crease."};
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /techniques/0/steps/1: presses into the femoral triangle (\"inner side of "
                            "the pulse\"), which the technique's precaution /techniques/0/precautions/0 forbids"));
    }
    SECTION("pressing over the carotid pulse")
    {
        technique["precautions"] = {"Never press over the carotid pulse at the front of the neck."};
        technique["steps"] = {"Grip the muscle and press over the pulse."};
        data.write(m);
        CHECK_THAT(buildError(data), Catch::Contains("alpha.json: /techniques/0/steps/0: presses into the carotid"));
    }
    SECTION("a step that names the place to warn does not press there")
    {
        technique["steps"] = {"Keep away from the pulse; press the muscle on the inner side of the cord.",
            "Do not reach across to the outer side of the cord: that is the femoral triangle."};
        data.write(m);
        CHECK(buildError(data).empty());
    }
    SECTION("a place that the precautions do not forbid is not checked")
    {
        technique["precautions"] = {"Press gently."};
        technique["steps"] = {"Press on the inner side of the pulse."};
        data.write(m);
        CHECK(buildError(data).empty());
    }
}

TEST_CASE("builder: a symptom that nothing uses", "[builder]")
{
    DataCopy data;
    auto symptoms = data.read("symptoms.json");
    symptoms["symptoms"].push_back({{"id", "test-hum"}, {"name", "A humming"}, {"words", {"hum"}}});
    data.rewrite("symptoms.json", symptoms);
    const auto index = std::to_string(symptoms["symptoms"].size() - 1);
    auto m = validMuscle("alpha");

    SECTION("used by no muscle, trigger point or red flag")
    {
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("symptoms.json: /symptoms/" + index
                + "/id: symptom \"test-hum\" is used by no muscle, trigger point or red flag"));
    }
    SECTION("used by a trigger point")
    {
        m["trigger_points"][0]["symptoms"] = {"test-hum"};
        data.write(m);
        CHECK(buildError(data).empty());
    }
}

TEST_CASE("builder: a zone on a region that no view draws", "[builder]")
{
    DataCopy data;
    auto m = validMuscle("alpha");

    SECTION("a vocabulary region with no shape in the geometry")
    {
        std::ofstream(data.root / "body" / "regions.tsv", std::ios::app) << "head.test_crown\tno\tfront\ttest crown\n";
        m["trigger_points"][0]["zones"].push_back(
            {{"region", "head.test_crown"}, {"kind", "spillover"}, {"frequency", "usual"}, {"side", "same"}});
        data.write(m);
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /trigger_points/0/zones/1/region: region \"head.test_crown\" is drawn in no "
                            "view of the body map"));
    }
    SECTION("a midline region drawn in the front view")
    {
        m["trigger_points"][0]["zones"].push_back(
            {{"region", "head.vertex"}, {"kind", "spillover"}, {"frequency", "usual"}, {"side", "same"}});
        data.write(m);
        CHECK(buildError(data).empty());
    }
}

TEST_CASE("builder: evidence levels, by default and per muscle", "[builder]")
{
    DataCopy data;
    data.write(validMuscle("alpha"));
    data.write(validMuscle("beta"));
    auto evidence = data.read("evidence.json");
    const auto defaultPattern = evidence["default"]["pattern"].get<std::string>();

    SECTION("an override reaches the catalogue; the other muscles keep the defaults")
    {
        evidence["muscles"] = {{{"muscle", "beta"}, {"pattern", "confirmed by experiment"}, {"source", "A study."}}};
        data.rewrite("evidence.json", evidence);
        const auto out = data.root / "out.sqlite";
        writeDatabase(loadSources(data.root.string()), out.string());
        const auto cat = Catalogue::open(out.string());
        CHECK(cat->muscle("alpha")->patternEvidence == defaultPattern);
        CHECK(cat->muscle("beta")->patternEvidence == "confirmed by experiment");
        CHECK(cat->muscle("beta")->techniqueEvidence == evidence["default"]["technique"].get<std::string>());
    }
    SECTION("an override for an unknown muscle, without a source")
    {
        evidence["muscles"] = {{{"muscle", "nobody"}, {"pattern", "confirmed"}}};
        data.rewrite("evidence.json", evidence);
        const auto error = buildError(data);
        CHECK_THAT(error, Catch::Contains("evidence.json: /muscles/0/muscle: unknown muscle \"nobody\""));
        CHECK_THAT(error, Catch::Contains("evidence.json: /muscles/0/source: missing"));
    }
}

TEST_CASE("builder: pattern shapes are checked against the zones' regions", "[builder][shapes]")
{
    DataCopy data;
    data.write(validMuscle("alpha"));
    const auto body = tmap::body::BodyMap::fromDirectory(data.root.string());
    const auto* temple = body.view("side")->shape("head.temple:right");
    REQUIRE(temple);
    const auto* templeFront = body.view("front")->shape("head.temple:right");
    REQUIRE(templeFront);
    auto ringsOf = [](const tmap::body::Shape& s, double dx = 0) {
        json rings = json::array();
        for (const auto& polygon : s.polygons) {
            json ring = json::array();
            for (const auto& p : polygon)
                ring.push_back({p.x + dx, p.y});
            rings.push_back(ring);
        }
        return rings;
    };
    const fs::path dir = data.root / "catalogue" / "pattern-shapes";
    fs::create_directories(dir);
    auto writeShapes = [&](const json& shapes) {
        std::ofstream(dir / "alpha.json") << json {{"muscle", "alpha"}, {"trigger_points", {{"alpha-1", shapes}}}};
    };
    const json front {{"view", "front"}, {"kind", "main"}, {"polygons", ringsOf(*templeFront)}};

    SECTION("the regions themselves are valid shapes, read back from the database")
    {
        writeShapes({front, {{"view", "side"}, {"kind", "main"}, {"polygons", ringsOf(*temple)}}});
        const auto sources = loadSources(data.root.string());
        REQUIRE(sources.muscles.at(0).triggerPoints.at(0).shapes.size() == 2);
        const auto out = data.root / "out.sqlite";
        writeDatabase(sources, out.string());
        const auto cat = Catalogue::open(out.string());
        const auto& shapes = cat->triggerPoint("alpha-1")->shapes;
        REQUIRE(shapes.size() == 2);
        CHECK(shapes[1].view == "side");
        CHECK(shapes[1].kind == ZoneKind::Main);
        CHECK(shapes[1].polygons.size() == temple->polygons.size());
    }
    SECTION("a shape moved off its region, a missing view, a mirrored view, a muscle without a file")
    {
        writeShapes({front, {{"view", "side"}, {"kind", "main"}, {"polygons", ringsOf(*temple, 0.2)}},
            {{"view", "side-left"}, {"kind", "main"}, {"polygons", ringsOf(*temple)}}});
        data.write(validMuscle("beta"));
        const auto error = buildError(data);
        CHECK_THAT(error,
            Catch::Contains("alpha.json: /trigger_points/alpha-1/1: 100% of the shape lies outside "
                            "the regions of its main zones"));
        CHECK_THAT(error, Catch::Contains("covers 0% of head.temple:right"));
        CHECK_THAT(error,
            Catch::Contains("alpha.json: /trigger_points/alpha-1/2/view: \"side-left\" is drawn from "
                            "another view"));
        CHECK_THAT(error, Catch::Contains("beta.json: /: missing: the pattern shapes of every trigger point"));
    }
    SECTION("no shape where the zones are drawn")
    {
        writeShapes({front});
        CHECK_THAT(
            buildError(data), Catch::Contains("alpha.json: /trigger_points/alpha-1: no main shape in view side"));
    }
    SECTION("broken polygons")
    {
        writeShapes({{{"view", "front"}, {"kind", "main"}, {"polygons", {{{0.1, 0.1}, {0.2, "x"}, {0.3, 0.3}}}}}});
        CHECK_THAT(buildError(data),
            Catch::Contains("alpha.json: /trigger_points/alpha-1/0/polygons/0/1: expected a "
                            "point [x, y]"));
    }
}

TEST_CASE("builder: muscle outlines are checked and stored", "[builder][outlines]")
{
    DataCopy data;
    data.write(validMuscle("alpha"));
    auto outlines = data.read("outlines.json");
    auto& alpha = outlines["muscles"]["alpha"];

    SECTION("an outline reaches the catalogue")
    {
        const auto out = data.root / "out.sqlite";
        writeDatabase(loadSources(data.root.string()), out.string());
        const auto cat = Catalogue::open(out.string());
        const auto& o = cat->muscle("alpha")->outlines;
        REQUIRE(o.size() == 1);
        CHECK(o[0].view == "soles");
        CHECK_FALSE(o[0].deep);
        REQUIRE(o[0].polygons.size() == 1);
        CHECK(o[0].polygons[0].size() == 4);
        CHECK(o[0].polygons[0][2].x == Approx(0.74));
    }
    SECTION("a muscle without an outline")
    {
        outlines["muscles"].erase("alpha");
        data.rewrite("outlines.json", outlines);
        CHECK_THAT(buildError(data), Catch::Contains("outlines.json: /muscles/alpha: muscle \"alpha\" has no outline"));
    }
    SECTION("an unknown muscle, an unknown view and a mirrored view")
    {
        outlines["muscles"]["nobody"] = alpha;
        alpha.push_back(alpha[0]);
        alpha[0]["view"] = "top";
        alpha[1]["view"] = "side-left";
        data.rewrite("outlines.json", outlines);
        const auto error = buildError(data);
        CHECK_THAT(error, Catch::Contains("outlines.json: /muscles/nobody: unknown muscle \"nobody\""));
        CHECK_THAT(error, Catch::Contains("outlines.json: /muscles/alpha/0/view: unknown view \"top\""));
        CHECK_THAT(error, Catch::Contains("/muscles/alpha/1/view: \"side-left\" is drawn from another view"));
    }
    SECTION("a point off the figure and a broken polygon")
    {
        alpha.push_back(alpha[0]);
        alpha[0]["polygons"][0][1] = {0.99, 0.78}; // beside the right foot
        alpha[1]["view"] = "front";
        alpha[1]["polygons"][0] = {{0.5, 0.5}, {0.5}};
        data.rewrite("outlines.json", outlines);
        const auto error = buildError(data);
        CHECK_THAT(error, Catch::Contains("/muscles/alpha/0/polygons/0/1: (0.990, 0.780) is outside the body outline"));
        CHECK_THAT(error, Catch::Contains("/muscles/alpha/1/polygons/0: a polygon is an array of 3 to"));
    }
    SECTION("a marker far from its muscle's outline")
    {
        // The test muscle's point sits on the side of the neck; an outline on the right heel of the front view.
        alpha[0]["view"] = "front";
        alpha[0]["polygons"][0] = {{0.42, 0.93}, {0.44, 0.93}, {0.44, 0.95}, {0.42, 0.95}};
        data.rewrite("outlines.json", outlines);
        CHECK_THAT(buildError(data),
            Catch::Contains("/muscles/alpha: the marker of alpha-1 in view \"front\" is")
                && Catch::Contains("outside the outline"));
    }
    SECTION("a file that is not JSON names itself")
    {
        std::ofstream(data.root / "catalogue" / "outlines.json") << "{ \"muscles\": ";
        CHECK_THAT(buildError(data), Catch::Contains("outlines.json: /: not valid JSON"));
    }
}

TEST_CASE("builder: the guide's markup is checked, in English and in German", "[builder]")
{
    DataCopy data;
    data.write(validMuscle("alpha"));
    const fs::path guidePath = data.root / "catalogue" / "guide.json";
    json guide = json::parse(std::ifstream(guidePath));
    const std::string id = guide["sections"][0]["id"].get<std::string>();
    SECTION("English")
    {
        guide["sections"][0]["body"] = "**Call now for:\n- chest pain";
        data.rewrite("guide.json", guide);
        CHECK_THAT(
            buildError(data), Catch::Contains(guidePath.string() + ": /sections/0/body: a \"**\" without its pair"));
    }
    SECTION("German")
    {
        const fs::path listsPath = data.root / "catalogue" / "i18n" / "de" / "lists.json";
        fs::create_directories(listsPath.parent_path());
        const json lists {{"guide", {{id, {{"title", "Titel"}, {"body", "Rufen Sie an bei:\n- Brust\nDann ruhen."}}}}}};
        std::ofstream(listsPath) << lists.dump(2);
        CHECK_THAT(buildError(data),
            Catch::Contains(listsPath.string() + ": /guide/" + id + "/body: text after a list's items"));
    }
}
