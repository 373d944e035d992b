// Translations of the catalogue's data: every user-visible string has a German entry beside the data, stale ones are
// refused, and the built catalogue serves them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "../support/temp_dir.h"
#include "catalogue/model.h"
#include "catalogue/translations.h"
#include "../support/catalogue_fixture.h"

namespace fs = std::filesystem;
using namespace tmap::catalogue;
using json = nlohmann::json;

namespace {

CatalogueData smallData()
{
    CatalogueData data;
    data.regionsTsv = "id\tsided\tviews\tdescription\nhead.temple\tyes\tfront\ttemple, above the ear\n";
    data.symptoms.push_back({"headache", "Headache", {"migraine"}, {}});
    Muscle m;
    m.id = "test-muscle";
    m.name = "Test muscle";
    TriggerPoint tp;
    tp.name = "Test point";
    m.triggerPoints.push_back(tp);
    Technique t;
    t.name = "Thumb press";
    t.precautions = {"Not over the carotid pulse."};
    m.techniques.push_back(t);
    data.muscles.push_back(m);
    return data;
}

json completeLists()
{
    json areasDe = json::object();
    for (const auto& [id, name] : areas())
        areasDe[id] = "Bereich " + id;
    return {{"regions", {{"head.temple", "Schläfe, über dem Ohr"}}}, {"views", {{"left side", "Linke Seite"}}},
        {"areas", areasDe}, {"symptoms", {{"headache", {{"name", "Kopfschmerzen"}, {"words", {"Migräne"}}}}}}};
}

void write(const fs::path& path, const json& doc)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path) << doc.dump(2);
}

json completeMuscle()
{
    return {{"name", "Testmuskel"},
        {"texts",
            {{"Test point", "Testpunkt"}, {"Thumb press", "Daumendruck"},
                {"Not over the carotid pulse.", "Nicht über dem Halsschlagader-Puls."}}}};
}

} // namespace

TEST_CASE("translations: complete German data is read and keyed", "[catalogue][i18n]")
{
    tmap::test::TempDir dir;
    const fs::path de = dir.path / "de";
    write(de / "lists.json", completeLists());
    write(de / "muscles" / "test-muscle.json", completeMuscle());
    std::vector<std::string> problems;
    const auto t = readTranslations(dir.path.string(), smallData(), problems);
    INFO((problems.empty() ? std::string() : problems.front()));
    CHECK(problems.empty());
    CHECK(t.at("de").at(tkey::region("head.temple")) == "Schläfe, über dem Ohr");
    CHECK(t.at("de").at(tkey::text("Not over the carotid pulse.")) == "Nicht über dem Halsschlagader-Puls.");
    CHECK(t.at("de").at(tkey::symptom("headache", "words")) == "Migräne");
}

TEST_CASE("translations: a missing or stale string fails the build and names the key", "[catalogue][i18n]")
{
    tmap::test::TempDir dir;
    const fs::path de = dir.path / "de";
    SECTION("a precaution without German")
    {
        auto muscle = completeMuscle();
        muscle["texts"].erase("Not over the carotid pulse.");
        write(de / "lists.json", completeLists());
        write(de / "muscles" / "test-muscle.json", muscle);
        std::vector<std::string> problems;
        readTranslations(dir.path.string(), smallData(), problems);
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems.front(),
            Catch::Contains("1 strings have no translation") && Catch::Contains("text:Not over the carotid pulse."));
    }
    SECTION("a translation of English that no longer exists")
    {
        auto muscle = completeMuscle();
        muscle["texts"]["An old precaution."] = "Eine alte Vorsichtsmaßnahme.";
        write(de / "lists.json", completeLists());
        write(de / "muscles" / "test-muscle.json", muscle);
        std::vector<std::string> problems;
        readTranslations(dir.path.string(), smallData(), problems);
        REQUIRE(problems.size() == 1);
        CHECK_THAT(
            problems.front(), Catch::Contains("match no current string") && Catch::Contains("An old precaution"));
    }
    SECTION("an empty translation")
    {
        auto lists = completeLists();
        lists["regions"]["head.temple"] = "";
        write(de / "lists.json", lists);
        write(de / "muscles" / "test-muscle.json", completeMuscle());
        std::vector<std::string> problems;
        readTranslations(dir.path.string(), smallData(), problems);
        REQUIRE_FALSE(problems.empty());
        CHECK_THAT(problems.front(), Catch::Contains("lists.json") && Catch::Contains("/regions/head.temple"));
    }
}

TEST_CASE("translations: a muscle's descriptions and steps are translated whole or not at all", "[catalogue][i18n]")
{
    tmap::test::TempDir dir;
    const fs::path de = dir.path / "de";
    auto data = smallData();
    auto& m = data.muscles.front();
    m.overview = "A test muscle.";
    m.triggerPoints.front().location = "In the middle.";
    m.techniques.front().steps = {"Press.", "Breathe."};
    CHECK(proseOf(m) == std::vector<std::string> {"A test muscle.", "In the middle.", "Press.", "Breathe."});
    write(de / "lists.json", completeLists());
    SECTION("none: the entry stays English, and that is not a problem")
    {
        write(de / "muscles" / "test-muscle.json", completeMuscle());
        std::vector<std::string> problems;
        readTranslations(dir.path.string(), data, problems);
        CHECK(problems.empty());
    }
    SECTION("all of them")
    {
        auto muscle = completeMuscle();
        muscle["texts"]["A test muscle."] = "Ein Testmuskel.";
        muscle["texts"]["In the middle."] = "In der Mitte.";
        muscle["texts"]["Press."] = "Drücken.";
        muscle["texts"]["Breathe."] = "Atmen.";
        write(de / "muscles" / "test-muscle.json", muscle);
        std::vector<std::string> problems;
        const auto all = readTranslations(dir.path.string(), data, problems);
        CHECK(problems.empty());
        CHECK(all.at("de").at(tkey::text("Breathe.")) == "Atmen.");
    }
    SECTION("some: refused, naming the file and an untranslated text")
    {
        auto muscle = completeMuscle();
        muscle["texts"]["A test muscle."] = "Ein Testmuskel.";
        muscle["texts"]["Press."] = "Drücken.";
        write(de / "muscles" / "test-muscle.json", muscle);
        std::vector<std::string> problems;
        readTranslations(dir.path.string(), data, problems);
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems.front(),
            Catch::Contains("test-muscle.json") && Catch::Contains("2 of the muscle's 4")
                && Catch::Contains("In the middle."));
    }
}

TEST_CASE("translations: the built catalogue serves German for every safety text", "[catalogue][i18n]")
{
    const auto& cat = builtCatalogue();
    for (const auto& flag : cat.data().redFlags) {
        CHECK(cat.translated("de", tkey::redFlag(flag.id, "title"), flag.title) != flag.title);
        CHECK(cat.translated("de", tkey::redFlag(flag.id, "action"), flag.action) != flag.action);
    }
    for (const auto& m : cat.muscles()) {
        for (const auto& t : m.techniques)
            for (const auto& p : t.precautions)
                CHECK(cat.translated("de", tkey::text(p), p) != p);
        for (const auto& p : m.precautions)
            CHECK(cat.translated("de", tkey::text(p), p) != p);
        for (const auto& tip : m.tips)
            CHECK(cat.translated("de", tkey::text(tip), tip) != tip);
    }
    const std::string english = "temple";
    CHECK(&cat.translated("fr", tkey::region("head.temple"), english) == &english); // no French: the English
}

TEST_CASE("translations: every entry's descriptions and steps are in German", "[catalogue][i18n]")
{
    // The rule above lets a language grow muscle by muscle; German is complete, and this keeps it so: a new muscle
    // or text needs its German before it lands.
    const auto& cat = builtCatalogue();
    std::size_t texts = 0;
    for (const auto& m : cat.muscles())
        for (const auto& english : proseOf(m)) {
            INFO(m.id << ": " << english);
            CHECK(cat.hasTranslation("de", tkey::text(english)));
            ++texts;
        }
    CHECK(texts > 3000);
}
