// catalogue/dose: the technique texts of the real catalogue read into hold times, strokes and limits.
#include <catch2/catch.hpp>

#include "../support/catalogue_fixture.h"
#include "catalogue/dose.h"

using tmap::catalogue::Dose;
using tmap::catalogue::parseDose;
using tmap::catalogue::Span;

TEST_CASE("dose: a hold or strokes, and how often", "[dose]")
{
    const auto d = parseDose("Hold 30 to 60 seconds, or 6 to 12 slow rolls.", "Up to 6 times a day.");
    CHECK(d.holdSeconds == Span {30, 60});
    CHECK(d.strokes == Span {6, 12});
    CHECK_FALSE(d.repetitions);
    CHECK_FALSE(d.perSession);
    CHECK(d.perDay == Span {6, 6});
    CHECK(tmap::catalogue::repetitionLimit(d) == 1);
}

TEST_CASE("dose: repetitions in a row, and per session", "[dose]")
{
    auto d = parseDose("Hold 20 to 30 seconds while breathing slowly; repeat 2 or 3 times.",
        "Several times a day, ideally right after pressure work or a warm shower.");
    CHECK(d.holdSeconds == Span {20, 30});
    CHECK(d.repetitions == Span {2, 3});
    CHECK_FALSE(d.perDay);
    CHECK(tmap::catalogue::repetitionLimit(d) == 3);

    d = parseDose("Hold each tender spot 30 to 60 seconds, or use 6 to 12 slow short strokes over it.",
        "Once or twice a session, up to 3 to 6 times a day; expect gradual change over 1 to 2 weeks.");
    CHECK(d.perSession == Span {1, 2});
    CHECK(d.perDay == Span {3, 6});
    CHECK(d.strokes == Span {6, 12});
    CHECK(tmap::catalogue::repetitionLimit(d) == 2);

    d = parseDose("Hold 20 to 30 seconds (3 to 5 slow breaths), 3 times.", "Two or three times a day.");
    CHECK(d.repetitions == Span {3, 3});
    CHECK(d.breaths == Span {3, 5});
    CHECK(d.perDay == Span {2, 3});

    d = parseDose("Hold each spot 20 to 60 seconds, or roll it 6 to 12 times.",
        "Several times a day (for example 3 to 6 short sessions).");
    CHECK(d.strokes == Span {6, 12});
    CHECK_FALSE(d.repetitions); // "roll it 6 to 12 times" is strokes, not repetitions
    CHECK(d.perDay == Span {3, 6});
}

TEST_CASE("dose: breaths stand for seconds, minutes and nothing", "[dose]")
{
    auto d = parseDose("6 to 10 slow breaths.", "2 or 3 times a day.");
    CHECK_FALSE(d.holdSeconds);
    CHECK(tmap::catalogue::holdSecondsOf(d) == Span {36, 60});
    d = parseDose("5 to 10 minutes.", "Once a day at most.");
    CHECK(d.minutes == Span {5, 10});
    CHECK(d.perDay == Span {1, 1});
    CHECK_FALSE(tmap::catalogue::holdSecondsOf(d));
    CHECK(parseDose("As set by your physiotherapist.", "As set by your physiotherapist.") == Dose {});
}

TEST_CASE("dose: every technique of the real catalogue", "[dose]")
{
    int pressure = 0, stretch = 0;
    for (const auto& muscle : builtCatalogue().muscles())
        for (const auto& t : muscle.techniques) {
            INFO(muscle.id << ": " << t.name << ": " << t.duration << " | " << t.frequency);
            const auto d = tmap::catalogue::doseOf(t);
            const auto hold = tmap::catalogue::holdSecondsOf(d);
            if (hold) {
                CHECK(hold->min > 0);
                CHECK(hold->min <= hold->max);
                CHECK(hold->max <= 120);
            }
            const int limit = tmap::catalogue::repetitionLimit(d);
            CHECK(limit >= 1);
            CHECK(limit <= 10);
            if (t.kind == tmap::catalogue::TechniqueKind::Pressure) {
                ++pressure;
                // Every pressure technique states a hold time: kFallbackHoldSeconds is never needed today.
                CHECK(hold);
                CHECK(limit <= 3);
            }
            if (t.kind == tmap::catalogue::TechniqueKind::Stretch) {
                ++stretch;
                CHECK(hold);
            }
            if (d.strokes)
                CHECK(d.strokes->min <= d.strokes->max);
        }
    CHECK(pressure > 100);
    CHECK(stretch > 100);
}
