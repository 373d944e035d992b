#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

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
    void write(const json& muscle) const { write(muscle["id"].get<std::string>(), muscle.dump(2)); }
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
    data.write(alpha);
    auto beta = validMuscle("beta");
    beta["related"] = {"alpha"};
    data.write(beta);
    const auto sources = loadSources(data.root.string());
    REQUIRE(sources.muscles.size() == 2);
    REQUIRE_FALSE(sources.muscles[0].triggerPoints[0].markers.empty());
    const auto out = data.root / "out.sqlite";
    writeDatabase(sources, out.string());
    const auto cat = Catalogue::open(out.string());
    REQUIRE(cat->muscle("beta"));
    CHECK(cat->muscle("beta")->related == std::vector<std::string> {"alpha"});
    CHECK(cat->muscle("alpha")->techniques.at(0).steps.size() == 2);
    CHECK(cat->triggerPoint("alpha-1")->zones.at(0).region == "head.temple");
    CHECK(cat->triggerPoint("alpha-1")->onlySide == tmap::body::Side::None);
    CHECK(cat->search("tester").size() == 2);
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
