// A damaged or foreign catalogue: refused at open with one message naming the file - every foreign key, every
// region and view the reader looks up, every count in a geometry blob checked - so that reading the muscles
// later cannot fail on the file's content, and no allocation is sized by an unchecked number.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "../support/temp_dir.h"
#include "body/body_map.h"
#include "catalogue/catalogue.h"
#include "db/database.h"

using namespace tmap::catalogue;
namespace fs = std::filesystem;

namespace {

/// A copy of the built catalogue with `sql` applied.
std::string damaged(const tmap::test::TempDir& dir, const std::string& sql)
{
    const std::string copy = dir.file("catalogue.sqlite");
    fs::remove(copy);
    fs::copy_file(TM_TEST_CATALOGUE, copy);
    tmap::db::Database db(copy, tmap::db::Database::Mode::ReadWrite);
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec(sql);
    return copy;
}

/// Everything the programs read from a catalogue, as they read it.
void useEverything(const Catalogue& cat)
{
    std::size_t n = 0;
    for (const auto& m : cat.muscles())
        n += m.techniques.size() + m.triggerPoints.size() + m.related.size();
    for (const auto* tp : cat.triggerPoints())
        n += tp->zones.size() + (cat.muscle(tp->muscleId) ? 1 : 0);
    n += cat.search("neck").size() + cat.body().views().size();
    CHECK(n > 0);
}

std::string blob(std::initializer_list<std::uint32_t> counts, std::size_t doubles)
{
    std::string bytes;
    for (const auto c : counts)
        bytes.append(reinterpret_cast<const char*>(&c), sizeof c);
    bytes.append(doubles * sizeof(double), '\0');
    return bytes;
}

} // namespace

TEST_CASE("catalogue damage: every broken reference is refused at open, naming the file", "[catalogue][damage]")
{
    tmap::test::TempDir dir;
    const std::pair<const char*, const char*> cases[] = {
        // The crash of issue 16: a technique of a muscle that is not there.
        {"UPDATE technique SET muscle_id = 'no-such-muscle' WHERE rowid = (SELECT min(rowid) FROM technique)",
            "technique.muscle_id refers to muscle 'no-such-muscle'"},
        {"UPDATE technique_step SET technique_id = 987654 WHERE rowid = 3", "technique_step.technique_id"},
        {"UPDATE technique_precaution SET technique_id = 'seven' WHERE rowid = 1", "technique_precaution"},
        {"UPDATE zone SET trigger_point_id = 'nowhere-1' WHERE rowid = 7", "zone.trigger_point_id"},
        {"UPDATE muscle_symptom SET symptom_id = 'no-such-symptom' WHERE rowid = 2", "muscle_symptom.symptom_id"},
        {"UPDATE related_muscle SET related_id = 'ghost' WHERE rowid = 1", "related_muscle.related_id"},
        {"UPDATE muscle_source SET source_id = 'a-book' WHERE rowid = 1", "muscle_source.source_id"},
        {"UPDATE body_shape SET view_id = 'top' WHERE rowid = 1", "body_shape.view_id"},
        {"UPDATE zone SET region = 'head.nowhere' WHERE rowid = 1", "the region \"head.nowhere\""},
        {"UPDATE trigger_point_site SET region = '' WHERE rowid = 1", "trigger_point_site names the region"},
        {"UPDATE trigger_point_marker SET view = 'top' WHERE rowid = 1", "the view \"top\""},
        {"UPDATE pattern_shape SET trigger_point_id = 'nowhere-1' WHERE rowid = 1", "pattern_shape.trigger_point_id"},
        {"UPDATE pattern_shape SET view = 'top' WHERE rowid = 2", "pattern_shape names the view \"top\""},
        // Checked as the muscles are read: a NULL or a number where an id belongs, a symptom of a point, a warning.
        {"UPDATE trigger_point_symptom SET symptom_id = 'itch' WHERE rowid = 1",
            "trigger_point_symptom.symptom_id refers to symptom 'itch'"},
        {"UPDATE muscle_red_flag SET red_flag_id = 'fire' WHERE rowid = 1", "muscle_red_flag.red_flag_id"},
        {"UPDATE muscle_factor SET factor_id = 'x' WHERE rowid = 1", "muscle_factor.factor_id refers to factor 'x'"},
        {"UPDATE technique_step SET technique_id = '3abc' WHERE rowid = 2", "technique_step.technique_id"},
        {"UPDATE muscle_tip SET muscle_id = 42 WHERE rowid = 1", "muscle_tip.muscle_id refers to muscle 42,"},
        {"UPDATE red_flag_region SET region = 'arm.wing' WHERE rowid = 1", "red_flag_region names the region"},
        {"UPDATE muscle_outline SET muscle_id = 'ghost' WHERE rowid = 1", "muscle_outline.muscle_id"},
        {"DELETE FROM body_shape WHERE view_id = 'soles'; DELETE FROM body_view WHERE id = 'soles'",
            "the body view \"soles\" is missing"},
        {"UPDATE body_view SET aspect = 0 WHERE id = 'front'", "aspect ratio"},
        // A point's zones lost must not read as "none the references draw"; nor the flag set on a point with zones.
        {"DELETE FROM zone WHERE trigger_point_id = 'temporalis-1'", "temporalis-1: has no essential zone"},
        {"UPDATE trigger_point SET no_referred_pain = 1 WHERE id = 'temporalis-1'",
            "temporalis-1: said to refer no pain, yet it has zones"},
        {"UPDATE red_flag_sign SET symptom_id = 'itch' WHERE rowid = 1", "red_flag_sign.symptom_id"},
        {"UPDATE pain_guide_muscle SET place = 0 WHERE rowid = (SELECT rowid FROM pain_guide_muscle WHERE ordinal = 2 "
         "AND place = 2 LIMIT 1)",
            "out of place"},
    };
    for (const auto& [sql, expected] : cases) {
        INFO(sql);
        const std::string path = damaged(dir, sql);
        CHECK_THROWS_WITH(
            Catalogue::open(path), Catch::Contains(path) && Catch::Contains(expected) && Catch::Contains("damaged"));
    }
}

TEST_CASE(
    "catalogue damage: a value the schema rules out is refused at open, not read as another", "[catalogue][damage]")
{
    // Written past the schema's CHECK rules (a damaged or hand-edited file): "bogus" must not become "spillover".
    tmap::test::TempDir dir;
    const std::pair<const char*, const char*> cases[] = {
        {"UPDATE zone SET kind = 'bogus' WHERE rowid = 1", "zone row 1 breaks the rule (kind IN"},
        {"UPDATE zone SET frequency = 'often' WHERE rowid = 2", "zone row 2 breaks the rule (frequency IN"},
        {"UPDATE zone SET side = 'left' WHERE rowid = 3", "zone row 3 breaks the rule (side IN"},
        {"UPDATE trigger_point SET clinician_only = 7 WHERE rowid = 1", "(clinician_only IN (0, 1))"},
        {"UPDATE trigger_point SET only_side = 'up' WHERE rowid = 2", "(only_side IN"},
        {"UPDATE pattern_shape SET kind = 'both' WHERE rowid = 1", "pattern_shape row 1 breaks the rule"},
        {"UPDATE muscle_outline SET deep = 2 WHERE rowid = 1", "muscle_outline row 1 breaks the rule (deep IN (0, 1))"},
        // A technique's kind: "massage" must not become "other" (what a session does, pressure or stretch, follows it).
        {"UPDATE technique SET kind = 'massage' WHERE rowid = 1", "technique row 1 breaks the rule (kind IN"},
    };
    for (const auto& [sql, expected] : cases) {
        INFO(sql);
        const std::string path = damaged(dir, std::string("PRAGMA ignore_check_constraints = ON; ") + sql);
        CHECK_THROWS_WITH(
            Catalogue::open(path), Catch::Contains(path) && Catch::Contains(expected) && Catch::Contains("damaged"));
    }
}

TEST_CASE("catalogue damage: a window's deferred check still runs before any muscle is read", "[catalogue][damage]")
{
    const tmap::test::TempDir dir;
    const std::string path = damaged(
        dir, "UPDATE technique SET muscle_id = 'no-such-muscle' WHERE rowid = (SELECT min(rowid) FROM technique)");
    // The window opens with the check deferred until after its first frame: the lists and the body read fine...
    const auto cat = Catalogue::open(path, Catalogue::Checks::Deferred);
    CHECK_FALSE(cat->body().regions().empty());
    // ...and the first read of the muscles runs the check, which names the file and the broken reference.
    CHECK_THROWS_WITH(cat->muscles(), Catch::Contains(path) && Catch::Contains("technique.muscle_id"));
    CHECK_THROWS_WITH(cat->checkReferences(), Catch::Contains(path) && Catch::Contains("damaged"));
    CHECK_THROWS_AS(cat->muscle("trapezius"), tmap::catalogue::CatalogueError);
    // An intact catalogue opened the same way passes the check and reads its muscles.
    const auto intact = Catalogue::open(TM_TEST_CATALOGUE, Catalogue::Checks::Deferred);
    CHECK_NOTHROW(intact->checkReferences());
    CHECK_FALSE(intact->muscles().empty());
}

TEST_CASE("catalogue damage: a geometry count is checked against the blob before anything is allocated",
    "[catalogue][damage][body]")
{
    using tmap::body::BodyError;
    using tmap::body::decodePolygons;
    // 2 000 000 000 polygons in 8 bytes: refused at once, not after allocating 48 GB.
    CHECK_THROWS_WITH(decodePolygons(blob({2000000000u, 0}, 0)), Catch::Contains("corrupt"));
    // One polygon of 300 000 000 points in 20 bytes.
    CHECK_THROWS_WITH(decodePolygons(blob({1, 300000000u}, 1)), Catch::Contains("corrupt"));
    CHECK_THROWS_AS(decodePolygons(blob({1, 2}, 3)), BodyError); // truncated
    CHECK_THROWS_AS(decodePolygons(blob({1, 1}, 3)), BodyError); // bytes left over
    std::string nan = blob({1, 1}, 2);
    const double value = std::numeric_limits<double>::quiet_NaN();
    std::memcpy(nan.data() + 8, &value, sizeof value);
    CHECK_THROWS_AS(decodePolygons(nan), BodyError);
    const auto good = decodePolygons(tmap::body::encodePolygons({{{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.1}}}));
    REQUIRE(good.size() == 1);
    CHECK(good[0].size() == 3);

    tmap::test::TempDir dir;
    const std::string path = damaged(dir, "UPDATE body_shape SET polygons = X'FFFFFFFF00000000' WHERE rowid = 1");
    CHECK_THROWS_WITH(Catalogue::open(path), Catch::Contains(path) && Catch::Contains("corrupt"));

    // A pattern shape's blob is decoded as the muscles are read, at open: the same checks, the same clear message;
    // a window that defers the check gets it at the first read of the muscles.
    const std::string shapes = damaged(dir, "UPDATE pattern_shape SET polygons = X'FFFFFFFF00000000' WHERE rowid = 3");
    CHECK_THROWS_WITH(Catalogue::open(shapes), Catch::Contains(shapes) && Catch::Contains("corrupt"));
    const auto cat = Catalogue::open(shapes, Catalogue::Checks::Deferred);
    CHECK_THROWS_WITH(cat->muscles(), Catch::Contains(shapes) && Catch::Contains("corrupt"));
}

TEST_CASE("catalogue damage: a foreign or empty database is one clear message", "[catalogue][damage]")
{
    tmap::test::TempDir dir;
    const std::string path = dir.file("catalogue.sqlite");
    {
        tmap::db::Database db(path);
        db.exec("CREATE TABLE muscle (id TEXT); PRAGMA user_version = 3");
    }
    CHECK_THROWS_WITH(Catalogue::open(path), Catch::Contains(path));
    std::ofstream(dir.file("empty.sqlite")).flush();
    CHECK_THROWS_WITH(Catalogue::open(dir.file("empty.sqlite")), Catch::Contains("empty.sqlite"));
    // Another program's database (the pain journal given as the catalogue) is called so, not an old catalogue to
    // rebuild.
    {
        tmap::db::Database db(dir.file("journal.sqlite"));
        db.exec("CREATE TABLE note (id TEXT); PRAGMA user_version = 4");
    }
    CHECK_THROWS_WITH(Catalogue::open(dir.file("journal.sqlite")),
        Catch::Contains("journal.sqlite") && Catch::Contains("not a Trigger Map catalogue")
            && !Catch::Contains("rebuild"));
}

TEST_CASE("catalogue damage: a missing table is named before anything reads it", "[catalogue][damage]")
{
    // The lists read at open (body geometry, symptoms, pain guides) and the search's own tables: each named as a
    // missing table, not as the SQL that failed on it.
    tmap::test::TempDir dir;
    for (const char* table : {"body_data", "pain_guide", "symptom", "factor", "search_synonym", "muscle_search_data",
             "muscle_search_idx", "zone"}) {
        INFO(table);
        const std::string path = damaged(dir, std::string("DROP TABLE ") + table);
        CHECK_THROWS_WITH(Catalogue::open(path),
            Catch::Contains(path) && Catch::Contains(std::string("table ") + table + " is missing")
                && !Catch::Contains("SELECT"));
    }
}

TEST_CASE("catalogue damage: flipped bytes are refused at open or read in full, never crash", "[catalogue][damage]")
{
    // What the fault campaign did (8 of 200 such mutants crashed): flip one random byte of the built catalogue, open
    // it and read everything. Any failure must be a CatalogueError naming the file; fuzz_catalogue goes further.
    tmap::test::TempDir dir;
    std::string original;
    {
        std::ifstream in(TM_TEST_CATALOGUE, std::ios::binary);
        original.assign(std::istreambuf_iterator<char>(in), {});
    }
    REQUIRE(original.size() > 4096);
    std::mt19937 random(16);
    int refused = 0;
    for (int round = 0; round < 60; ++round) {
        std::string bytes = original;
        for (int flips = 0; flips < 3; ++flips) {
            const auto at = std::uniform_int_distribution<std::size_t>(100, bytes.size() - 1)(random);
            bytes[at] = static_cast<char>(bytes[at] ^ (1 << std::uniform_int_distribution<int>(0, 7)(random)));
        }
        const std::string path = dir.file("mutant-" + std::to_string(round) + ".sqlite");
        std::ofstream(path, std::ios::binary) << bytes;
        INFO(path);
        try {
            const auto cat = Catalogue::open(path);
            useEverything(*cat);
        } catch (const CatalogueError& e) {
            ++refused;
            CHECK_THAT(e.what(), Catch::Contains(path));
        }
        fs::remove(path);
    }
    CHECK(refused < 60);
}
