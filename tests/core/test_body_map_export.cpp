// journal/body_map_export: the standard body-map tables (CHOIR, Michigan Body Map, WPI) and the export (no Qt).
#include <catch2/catch.hpp>

#include <set>

#include "journal/body_map_export.h"
#include "journal/journal.h"

using namespace tmap::journal;
using tmap::body::Side;

#include "journal_fixture.h"

namespace {

using tmap::test::quiet;
using TempDir = tmap::test::TempDir;

constexpr std::array kFormats {BodyMapFormat::Choir, BodyMapFormat::Mbm, BodyMapFormat::Wpi};

Note note(const std::string& when, std::vector<Spot> spots)
{
    Note n;
    n.when = when;
    n.spots = std::move(spots);
    return n;
}

std::vector<std::string> codes(const BodyMapDrawing& d)
{
    std::vector<std::string> out;
    for (const auto& a : d.areas)
        out.push_back(a.code);
    return out;
}

int intensityOf(const BodyMapDrawing& d, const std::string& code)
{
    for (const auto& a : d.areas)
        if (a.code == code)
            return a.intensity;
    return -1;
}

} // namespace

TEST_CASE("body-map export: each instrument has its published number of areas", "[journal][bodymap]")
{
    const auto& choir = BodyMapTable::get(BodyMapFormat::Choir);
    REQUIRE(choir.areas().size() == 74);
    std::set<int> front, back;
    for (const auto& a : choir.areas()) {
        const int code = std::stoi(a.code);
        (a.view == "front" ? front : back).insert(code);
        CHECK(a.side != Side::None);
    }
    CHECK(front.size() == 36);
    CHECK(*front.begin() == 101);
    CHECK(*front.rbegin() == 136);
    CHECK(back.size() == 38);
    CHECK(*back.begin() == 201);
    CHECK(*back.rbegin() == 238);
    CHECK(BodyMapTable::get(BodyMapFormat::Mbm).areas().size() == 35);
    CHECK(BodyMapTable::get(BodyMapFormat::Wpi).areas().size() == 19);
}

TEST_CASE("body-map export: every region instance of the vocabulary is in every table", "[journal][bodymap]")
{
    const auto instances = tmap::test::bodyMap().instances();
    REQUIRE(instances.size() == 223);
    for (const auto format : kFormats) {
        const auto& table = BodyMapTable::get(format);
        INFO(bodyMapFormatName(format));
        CHECK(table.instances().size() == instances.size());
        for (const auto& instance : instances) {
            INFO(instance);
            REQUIRE(table.codesOf(instance));
            if (format == BodyMapFormat::Choir)
                CHECK_FALSE(table.codesOf(instance)->empty()); // the CHOIR map covers the whole body
        }
    }
    // Every area of every instrument can be reached from some region.
    for (const auto format : kFormats) {
        const auto& table = BodyMapTable::get(format);
        std::set<std::string> reached;
        for (const auto& [instance, list] : table.instances())
            reached.insert(list.begin(), list.end());
        for (const auto& area : table.areas()) {
            INFO(bodyMapFormatName(format) << " " << area.code);
            CHECK(reached.count(area.code) == 1);
        }
    }
}

TEST_CASE("body-map export: left and right are the patient's", "[journal][bodymap]")
{
    for (const auto format : kFormats) {
        const auto& table = BodyMapTable::get(format);
        for (const auto& [instance, list] : table.instances()) {
            const auto parsed = tmap::body::parseInstance(instance);
            REQUIRE(parsed);
            INFO(bodyMapFormatName(format) << " " << instance);
            for (const auto& code : list) {
                const auto* area = table.area(code);
                REQUIRE(area);
                // A sided region lies only on areas of its own side (or of the midline); a midline region on
                // areas of both sides or the midline.
                if (parsed->side != Side::None && area->side != Side::None)
                    CHECK(area->side == parsed->side);
            }
            // The mirror image of a sided region lies on the mirror images of its areas.
            if (parsed->side != Side::None) {
                const auto* mirror = table.codesOf(tmap::body::mirrorInstance(instance));
                REQUIRE(mirror);
                CHECK(mirror->size() == list.size());
            }
        }
    }
    // Anchors from the CHOIR layout: on the front figure the patient's right is on the viewer's left (101, 103,
    // ...); on the back figure the patient's left is on the viewer's left (201, 203, ...).
    const auto& choir = BodyMapTable::get(BodyMapFormat::Choir);
    CHECK(*choir.codesOf("head.forehead:right") == std::vector<std::string> {"101"});
    CHECK(*choir.codesOf("head.forehead:left") == std::vector<std::string> {"102"});
    CHECK(*choir.codesOf("back.lumbar:left") == std::vector<std::string> {"218"});
    CHECK(*choir.codesOf("back.lumbar:right") == std::vector<std::string> {"219"});
    CHECK(*choir.codesOf("hand.palm:right") == std::vector<std::string> {"125"});
    CHECK(*choir.codesOf("foot.heel:left") == std::vector<std::string> {"237"});
    CHECK(choir.area("101")->side == Side::Right);
    CHECK(choir.area("201")->side == Side::Left);
    CHECK(*BodyMapTable::get(BodyMapFormat::Wpi).codesOf("head.jaw:left") == std::vector<std::string> {"left-jaw"});
    CHECK(
        *BodyMapTable::get(BodyMapFormat::Mbm).codesOf("knee.front:right") == std::vector<std::string> {"right-knee"});
}

TEST_CASE("body-map export: a known journal gives known codes, the highest intensity each", "[journal][bodymap]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->save(note("2026-11-01T08:00:00+01:00", {{"head.forehead:right", 4}, {"back.lumbar:left", 6}}));
    j->save(note("2026-11-01T20:00:00+01:00", {{"head.forehead:right", 7}, {"chest.sternum", 3}}));
    j->save(note("2026-11-20T09:00:00+01:00", {{"back.lumbar:left", 2}, {"hand.palm:left", 5}}));
    j->save(note("2026-12-02T09:00:00+01:00", {{"head.eye:left", 9}, {"neck.back:right", 0}}));
    const auto trashed = j->save(note("2026-11-02T09:00:00+01:00", {{"foot.heel:right", 10}}));
    REQUIRE(j->trash(trashed.id));

    SECTION("CHOIR over the whole journal")
    {
        const auto drawings = exportBodyMap(*j, BodyMapFormat::Choir);
        REQUIRE(drawings.size() == 1);
        const auto& d = drawings[0];
        CHECK(d.since == "2026-11-01");
        CHECK(d.until == "2026-12-02");
        CHECK(d.notes == 4);
        // In the table's order; the trashed heel and the spot at 0 endorse nothing.
        CHECK(codes(d) == std::vector<std::string> {"101", "104", "108", "109", "128", "218"});
        CHECK(intensityOf(d, "101") == 7);
        CHECK(intensityOf(d, "218") == 6);
        CHECK(intensityOf(d, "104") == 9);
        CHECK(intensityOf(d, "108") == 3);
    }
    SECTION("a range")
    {
        const auto drawings = exportBodyMap(*j, BodyMapFormat::Choir, {"2026-11-02", "2026-11-30"});
        REQUIRE(drawings.size() == 1);
        CHECK(drawings[0].since == "2026-11-02");
        CHECK(drawings[0].until == "2026-11-30");
        CHECK(codes(drawings[0]) == std::vector<std::string> {"128", "218"});
        CHECK(intensityOf(drawings[0], "218") == 2);
    }
    SECTION("per month and per day")
    {
        const auto months = exportBodyMap(*j, BodyMapFormat::Wpi, {}, BodyMapPeriod::Month);
        REQUIRE(months.size() == 2);
        CHECK(months[0].since == "2026-11-01");
        CHECK(months[0].until == "2026-11-30");
        CHECK(codes(months[0]) == std::vector<std::string> {"lower-back", "chest"});
        CHECK(months[0].unmapped
            == std::vector<std::string> {"hand.palm:left", "head.forehead:right"}); // the WPI has no head, no hands
        CHECK(months[1].since == "2026-12-01");
        CHECK(months[1].until == "2026-12-31");
        CHECK(months[1].areas.empty());
        const auto days = exportBodyMap(*j, BodyMapFormat::Mbm, {}, BodyMapPeriod::Day);
        REQUIRE(days.size() == 3);
        CHECK(days[0].since == "2026-11-01");
        CHECK(days[0].until == "2026-11-01");
        CHECK(days[0].notes == 2);
        CHECK(codes(days[0]) == std::vector<std::string> {"head", "chest", "lower-back"});
    }
    SECTION("an empty range is one drawing without areas")
    {
        const auto drawings = exportBodyMap(*j, BodyMapFormat::Choir, {"2027-01-01", "2027-01-31"});
        REQUIRE(drawings.size() == 1);
        CHECK(drawings[0].notes == 0);
        CHECK(drawings[0].areas.empty());
        CHECK(drawings[0].since == "2027-01-01");
    }
}

TEST_CASE("body-map export: a broken table is refused with its place", "[journal][bodymap]")
{
    const std::string areas = "code\tside\tname\nneck\t\tneck\n";
    CHECK_THROWS_WITH(BodyMapTable::fromText(BodyMapFormat::Wpi, "instance\tcodes\nneck.back:left\tnope\n", areas),
        Catch::Contains("wpi_map.tsv:2") && Catch::Contains("unknown code \"nope\""));
    CHECK_THROWS_WITH(BodyMapTable::fromText(BodyMapFormat::Wpi, "instance\tcodes\n", "code\tside\tname\nx\tup\tx\n"),
        Catch::Contains("wpi_areas.tsv:2") && Catch::Contains("neither left nor right"));
}
