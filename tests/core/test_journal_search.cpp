// Journal search by name: a word finds notes through the names of their regions (English and German, with sides),
// muscles, trigger points, techniques and factors, not only through the text, tags and ids.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/catalogue_fixture.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal_fixture.h"

using namespace tmap::journal;
using namespace tmap::test;
using tmap::test::TempDir;

namespace {

struct Searchable {
    TempDir dir;
    std::unique_ptr<Journal> journal = Journal::open(dir.file(), quiet());
    std::string treated, sat, plain;

    Searchable()
    {
        journal->setVocabulary({nullptr, &builtCatalogue()});
        Note a;
        a.when = "2026-11-25T08:30:00+01:00";
        a.spots = {{"head.temple:right", 6, Quality::None}};
        a.treatments = {{"upper-trapezius", "upper-trapezius-1", "Tennisball an der Wand", 5, 6, 3}};
        treated = journal->save(a).id;
        Note b;
        b.when = "2026-11-26T08:30:00+01:00";
        b.spots = {{"chest.sternum", 3, Quality::None}};
        b.factors = {"long-sitting"};
        sat = journal->save(b).id;
        Note c;
        c.when = "2026-11-27T08:30:00+01:00";
        c.intensity = 2;
        c.text = "a quiet day";
        c.tags = {symptomTag("dizziness")}; // ticked on the drawing the note was made from
        plain = journal->save(c).id;
    }
    std::vector<std::string> found(const std::string& words)
    {
        std::vector<std::string> ids;
        for (const auto& n : journal->list(query(words)))
            ids.push_back(n.id);
        CHECK(journal->count(query(words)) == static_cast<std::int64_t>(ids.size()));
        return ids;
    }
};

} // namespace

TEST_CASE("search: muscles, trigger points and techniques by name, in English and German", "[journal][search]")
{
    Searchable s;
    using V = std::vector<std::string>;
    CHECK(s.found("upper trapezius") == V {s.treated});
    CHECK(s.found("Trapezmuskel") == V {s.treated}); // the muscle's German name
    CHECK(s.found("TrP1") == V {s.treated}); // the trigger point's name
    CHECK(s.found("front fibres") == V {s.treated});
    CHECK(s.found("tennisball") == V {s.treated}); // the technique as written
    CHECK(s.found("wand") == V {s.treated});
    CHECK(s.found("trapezius sternum").empty()); // every word must match the same note
    CHECK(s.found("infraspinatus").empty());
}

TEST_CASE("search: a word typed twice counts once, and too many words are said as such", "[journal][search]")
{
    // 994 words gave SQLite's "Expression tree is too large (maximum depth 1000)", with the query's text.
    Searchable s;
    using V = std::vector<std::string>;
    std::string repeated;
    for (int i = 0; i < 900; ++i)
        repeated += "trapezius ";
    CHECK(s.found(repeated) == V {s.treated});
    std::string many;
    for (std::size_t i = 0; i <= tmap::journal::kMaxSearchWords; ++i)
        many += "w" + std::to_string(i) + " ";
    CHECK_THROWS_WITH(s.journal->list(query(many)), Catch::Contains("at most 32"));
}

TEST_CASE("search: factors by name and id, in English and German", "[journal][search]")
{
    Searchable s;
    using V = std::vector<std::string>;
    CHECK(s.found("sitting") == V {s.sat});
    CHECK(s.found("Sitzen") == V {s.sat});
    CHECK(s.found("long-sitting") == V {s.sat});
    CHECK(s.found("bewegungsmangel") == V {s.sat});
    CHECK(s.found("poor sleep").empty());
}

TEST_CASE("search: a symptom ticked on the drawing by its name, in English and German", "[journal][search]")
{
    Searchable s;
    using V = std::vector<std::string>;
    CHECK(s.found("dizziness") == V {s.plain});
    CHECK(s.found("Schwindel") == V {s.plain}); // its German name; the note holds "symptom:dizziness"
    CHECK(s.found("unsteadiness") == V {s.plain});
    CHECK(s.found("tinnitus").empty());
}

TEST_CASE("search: the app's own tags by the words the app shows them in", "[journal][search]")
{
    Searchable s;
    using V = std::vector<std::string>;
    Note session;
    session.when = "2026-11-28T08:30:00+01:00";
    session.intensity = 4;
    session.tags = {"session", "points:2", "press-test:upper-trapezius-1:yes"};
    const std::string guided = s.journal->save(session).id;
    Note pressed;
    pressed.when = "2026-11-29T08:30:00+01:00";
    pressed.intensity = 3;
    pressed.tags = {"press-test:no"};
    const std::string tested = s.journal->save(pressed).id;
    // Without the front end's words, only the tags as written match (the full-text index holds them).
    CHECK(s.found("angeleitete").empty());
    CHECK(s.found("session") == V {guided});
    // With them (here German, as the app gives them in a German interface): a tag and a family of tags.
    s.journal->setVocabulary({nullptr, &builtCatalogue(),
        {{"session", "angeleitete Sitzung"}, {"press-test:", "Drucktest"}, {"stopped:stopped", "vorzeitig beendet"}}});
    CHECK(s.found("angeleitete") == V {guided});
    CHECK(s.found("angeleitete Sitzung") == V {guided});
    // ("Sitzung" alone also finds the note with "Langes Sitzen": the German stem of both is "sitz".)
    const V sitting = s.found("Sitzung");
    CHECK(std::find(sitting.begin(), sitting.end(), guided) != sitting.end());
    CHECK(s.found("Drucktest") == V {tested, guided}); // newest first
    CHECK(s.found("beendet").empty());
    CHECK(s.found("session") == V {guided}); // the tag as written still matches
}

TEST_CASE("search: regions by their names and sides, with or without accents", "[journal][search]")
{
    Searchable s;
    using V = std::vector<std::string>;
    CHECK(s.found("Schläfe") == V {s.treated}); // the German name of head.temple
    CHECK(s.found("schlafe") == V {s.treated}); // typed without the accent
    CHECK(s.found("temple rechts") == V {s.treated});
    CHECK(s.found("Schläfe links").empty()); // the note's temple is the right one
    CHECK(s.found("breastbone") == V {s.sat}); // chest.sternum's name, not its id
    CHECK(s.found("Brustbein") == V {s.sat});
    CHECK(s.found("ear").empty()); // the temple's description mentions the ear; its name does not
    CHECK(s.found("quiet") == V {s.plain});
}

TEST_CASE("search: without a catalogue, region names from the body map and written techniques still match",
    "[journal][search]")
{
    TempDir dir;
    auto journal = Journal::open(dir.file(), quiet());
    journal->setVocabulary({&bodyMap(), nullptr});
    Note a;
    a.when = "2026-11-25T08:30:00+01:00";
    a.spots = {{"chest.sternum", 3, Quality::None}};
    a.treatments = {{"pectoralis-major", "", "doorway stretch", 2, std::nullopt, std::nullopt}};
    const std::string id = journal->save(a).id;
    CHECK(journal->count(query("breastbone")) == 1);
    CHECK(journal->count(query("doorway")) == 1);
    CHECK(journal->list(query("stretch"))[0].id == id);
    CHECK(journal->count(query("Brustbein")) == 0); // no catalogue, no translations
    // A search of spaces only is no search: every note, as with an empty one.
    CHECK(journal->count(query("   ")) == 1);
    CHECK(journal->list(query(" \t ")).size() == 1);
}
