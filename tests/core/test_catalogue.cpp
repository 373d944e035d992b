#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <thread>

#include "../support/catalogue_fixture.h"
#include "../support/temp_dir.h"
#include "catalogue/catalogue.h"
#include "catalogue/guide_text.h"
#include "db/database.h"

using namespace tmap::catalogue;

namespace {

// Regions referred to or occupied by any trigger point of the catalogue.
std::set<std::string> coveredRegions(const Catalogue& cat)
{
    std::set<std::string> covered;
    for (const auto* tp : cat.triggerPoints())
        for (const auto& z : tp->zones)
            covered.insert(z.region);
    return covered;
}

std::vector<std::string> uncovered(const Catalogue& cat, const std::vector<std::string>& prefixes)
{
    const auto covered = coveredRegions(cat);
    std::vector<std::string> missing;
    for (const auto& r : cat.body().regions())
        for (const auto& p : prefixes)
            if (r.id.starts_with(p) && !covered.count(r.id))
                missing.push_back(r.id);
    return missing;
}

/// The words of `text`, lower case, those shorter than `minLength` letters left out.
std::set<std::string> wordsOf(const std::string& text, std::size_t minLength = 1)
{
    std::set<std::string> out;
    std::string word;
    for (const char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            if (word.size() >= minLength)
                out.insert(word);
            word.clear();
        }
    }
    return out;
}

} // namespace

TEST_CASE("catalogue: the database has no orphans and every reference resolves", "[catalogue]")
{
    tmap::db::Database db(TM_TEST_CATALOGUE, tmap::db::Database::Mode::ReadOnly);
    auto check = db.prepare("PRAGMA foreign_key_check");
    CHECK_FALSE(check.step());
    const auto& cat = builtCatalogue();
    for (const auto& m : cat.muscles()) {
        INFO(m.id);
        CHECK_FALSE(m.triggerPoints.empty());
        CHECK_FALSE(m.sources.empty());
        CHECK_FALSE(m.factors.empty());
        for (const auto& id : m.related)
            CHECK(cat.muscle(id));
        for (const auto& tp : m.triggerPoints) {
            INFO(tp.id);
            // Every point refers pain to an essential zone but one the references draw no pattern for.
            CHECK(tp.noReferredPain == std::none_of(tp.zones.begin(), tp.zones.end(), [](const Zone& z) {
                return z.kind == ZoneKind::Main;
            }));
            CHECK_FALSE(tp.markers.empty());
            for (const auto& z : tp.zones)
                CHECK(cat.body().region(z.region));
        }
        const bool pressureWithPrecautions = std::any_of(
            m.techniques.begin(), m.techniques.end(), [](const Technique& t) {
                return t.kind == tmap::catalogue::TechniqueKind::Pressure && !t.precautions.empty() && !t.steps.empty();
            });
        CHECK(pressureWithPrecautions);
    }
}

TEST_CASE("catalogue: the shared lists hold the required causes and the general guide", "[catalogue]")
{
    const auto& cat = builtCatalogue();
    for (const char* id : {"overuse-injury", "dehydration-nutrition", "stress-tension", "long-sitting",
             "lack-of-stretching", "posture"}) {
        INFO(id);
        REQUIRE(cat.factor(id));
        CHECK_FALSE(cat.factor(id)->prevention.empty());
    }
    CHECK(cat.data().guide.size() >= 6);
    for (const char* id : {"heart", "sudden-headache", "spreading-numbness", "general-warning"})
        CHECK(cat.redFlag(id));
    // When to stop and see a clinician is marked as safety text (the app boxes it) and is read before how to press,
    // near the top, not after the long parts.
    const auto& guide = cat.data().guide;
    const auto at = [&](const std::string& id) {
        return std::find_if(guide.begin(), guide.end(), [&](const auto& s) { return s.id == id; }) - guide.begin();
    };
    REQUIRE(at("when-to-see-a-professional") < std::ptrdiff_t(guide.size()));
    CHECK(guide[std::size_t(at("when-to-see-a-professional"))].warning);
    CHECK(at("when-to-see-a-professional") < at("self-release"));
    CHECK(at("when-to-see-a-professional") <= 1);
    // Where never to press (the large vessels and nerves; pregnancy, blood thinners...) is safety text too, read
    // before how to press.
    REQUIRE(at("where-not-to-press") < std::ptrdiff_t(guide.size()));
    CHECK(guide[std::size_t(at("where-not-to-press"))].warning);
    CHECK(at("where-not-to-press") < at("self-release"));
    for (const char* place :
        {"carotid", "femoral", "back of the knee", "armpit", "varicose", "pregnan", "blood thinners"})
        CHECK(guide[std::size_t(at("where-not-to-press"))].body.find(place) != std::string::npos);
    CHECK(std::count_if(guide.begin(), guide.end(), [](const auto& s) { return s.warning; }) == 2);
}

TEST_CASE("catalogue: head, neck, shoulder, arm and hand regions are all covered", "[catalogue][coverage]")
{
    const auto missing
        = uncovered(builtCatalogue(), {"head.", "neck.", "shoulder.", "arm.", "elbow.", "forearm.", "wrist.", "hand."});
    INFO("uncovered: " << Catch::Detail::stringify(missing));
    CHECK(missing.empty());
}

TEST_CASE("catalogue: chest, abdomen, back and pelvis regions are all covered", "[catalogue][coverage]")
{
    const auto missing = uncovered(builtCatalogue(), {"chest.", "abdomen.", "back.", "pelvis."});
    INFO("uncovered: " << Catch::Detail::stringify(missing));
    CHECK(missing.empty());
}

TEST_CASE("catalogue: hip, thigh, knee, leg, ankle and foot regions are all covered", "[catalogue][coverage]")
{
    const auto missing
        = uncovered(builtCatalogue(), {"hip.", "buttock.", "thigh.", "knee.", "leg.", "ankle.", "foot."});
    INFO("uncovered: " << Catch::Detail::stringify(missing));
    CHECK(missing.empty());
}

TEST_CASE("catalogue: all 116 region ids are covered by some zone", "[catalogue][coverage]")
{
    const auto& cat = builtCatalogue();
    CHECK(coveredRegions(cat).size() == cat.body().regions().size());
}

TEST_CASE("catalogue: full-text search finds by prefix, name, other name and symptom", "[catalogue][search]")
{
    const auto& cat = builtCatalogue();
    auto ids = [&](const char* query) {
        std::vector<std::string> out;
        for (const auto& h : cat.search(query))
            out.push_back(h.muscle->id);
        return out;
    };
    auto contains = [](const std::vector<std::string>& v, const char* id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    CHECK(contains(ids("jaw"), "masseter"));
    CHECK(contains(ids("tinnit"), "masseter"));
    CHECK(ids("trap").size() >= 1);
    CHECK(contains(ids("trapez"), "upper-trapezius"));
    CHECK(contains(ids("SCM"), "sternocleidomastoid"));
    CHECK(contains(ids("sciatica"), "piriformis"));
    CHECK(ids("qqqqzzz").empty());
    // Operators and quotes are words to FTS5 only when we say so: user text never breaks the query.
    CHECK_NOTHROW(cat.search("\"unbalanced AND OR ( * -"));
    CHECK(ftsQuery("tinnit jaw") == "\"tinnit\"* AND \"jaw\"*");
}

TEST_CASE("catalogue: search finds the muscles that send pain to a place, not those whose warnings name it",
    "[catalogue][search]")
{
    // "jaw pain" listed the diaphragm, serratus anterior and the abdominals (their heart warnings name "pain
    // spreading to the left arm or jaw") and missed upper trapezius and sternocleidomastoid, whose patterns reach it.
    const auto& cat = builtCatalogue();
    std::set<std::string> jaw;
    for (const auto& h : cat.search("jaw pain", 500))
        jaw.insert(h.muscle->id);
    for (const char* id : {"masseter", "upper-trapezius", "sternocleidomastoid"}) {
        INFO(id);
        CHECK(jaw.count(id) == 1);
    }
    for (const char* id : {"diaphragm", "serratus-anterior", "rectus-abdominis", "transversus-abdominis"}) {
        INFO(id);
        CHECK(jaw.count(id) == 0);
    }
    // German place names too: "Kiefer" (jaw).
    std::set<std::string> kiefer;
    for (const auto& h : cat.search("Kiefer", 500))
        kiefer.insert(h.muscle->id);
    CHECK(kiefer.count("upper-trapezius") == 1);
    // A word found only in the warnings still finds: "diabetes" is named by foot entries' red-flag notes alone.
    CHECK_FALSE(cat.search("diabetes").empty());
}

TEST_CASE("catalogue: \"back pain\" finds the back's muscles first, and a German place-and-pain word its place",
    "[catalogue][search]")
{
    const auto& cat = builtCatalogue();
    // "back pain" put the hamstrings first ("the back of the thigh ... pain") and quadratus lumborum out of the
    // first eight.
    auto firstIds = [&](std::string_view text, std::size_t n) {
        std::vector<std::string> ids;
        for (const auto& h : cat.search(text, 500))
            if (ids.size() < n)
                ids.push_back(h.muscle->id);
        return ids;
    };
    for (const char* text : {"back pain", "backache", "Rückenschmerzen"}) {
        INFO(text);
        const auto first = firstIds(text, 8);
        REQUIRE(first.size() == 8);
        CHECK(std::find(first.begin(), first.end(), "quadratus-lumborum") != first.end());
        for (const char* id : {"semitendinosus-semimembranosus", "biceps-femoris", "occipitalis"})
            CHECK(std::find(first.begin(), first.end(), id) == first.end());
    }
    // "Kieferschmerzen" (jaw pain) found nothing; "Kiefer" finds the jaw's muscles.
    const auto jaw = firstIds("Kieferschmerzen", 500);
    CHECK(std::find(jaw.begin(), jaw.end(), "masseter") != jaw.end());
    CHECK(ftsQuery("Kieferschmerzen", {}) == "(\"kieferschmerz\"* OR \"kiefer\"*)");
    CHECK(ftsQuery("Nackenbeschwerden", {}) == "(\"nackenbeschwerd\"* OR \"nacken\"*)");
    // The place as it is, not stemmed ("hal" found the hallucis muscles, "bei" every "bei"), three letters enough.
    const auto neck = firstIds("Halsschmerzen", 8);
    CHECK(std::none_of(neck.begin(), neck.end(), [](const std::string& id) { return id.find("hallucis") != id.npos; }));
    CHECK_FALSE(firstIds("Armschmerzen", 1).empty());
    // Too short to be a place and its pain, or no pain: left alone.
    CHECK(ftsQuery("schmerzen", {}) == "\"schmerz\"*");
    CHECK(ftsQuery("Heimweh", {}) == "\"heimweh\"*");
}

TEST_CASE(
    "catalogue: a symptom's search word that names a place finds that place's muscles only", "[catalogue][search]")
{
    // "stiff neck" is a word of stiffness, a symptom of the hand's and the hip's muscles too: "neck" listed 52
    // muscles, the hand's interossei fourth and sternocleidomastoid 41st; "Nacken" (Nackensteife) 44.
    const auto& cat = builtCatalogue();
    for (const char* query : {"neck", "Nacken", "stiff neck"}) {
        INFO(query);
        std::set<std::string> found;
        for (const auto& h : cat.search(query, 500))
            found.insert(h.muscle->id);
        CHECK(found.count("levator-scapulae") == 1);
        for (const char* id : {"hand-interossei", "extensor-digitorum", "gluteus-minimus"}) {
            INFO(id);
            CHECK(found.count(id) == 0);
        }
    }
    // The symptom itself still finds every muscle known for it, by its name.
    std::set<std::string> stiffness;
    for (const auto& h : cat.search("stiffness", 500))
        stiffness.insert(h.muscle->id);
    CHECK(stiffness.count("hand-interossei") == 1);
}

TEST_CASE("catalogue: search needs every word, stems English and German, and knows lay words", "[catalogue][search]")
{
    const auto& cat = builtCatalogue();
    auto ids = [&](const char* query) {
        std::set<std::string> out;
        for (const auto& h : cat.search(query, 500))
            out.insert(h.muscle->id);
        return out;
    };
    // All words must match: two words find no more than either alone.
    const auto jaw = ids("jaw");
    const auto both = ids("jaw tinnitus");
    REQUIRE_FALSE(both.empty());
    CHECK(both.size() < jaw.size());
    for (const auto& id : both)
        CHECK(jaw.count(id) == 1);
    CHECK(ids("jaw qqqqzzz").empty());

    // Stems: "dizzy" is the catalogue's "dizziness"; "headaches" its "headache"; German plurals too.
    CHECK(searchStem("dizzy") == "dizz");
    CHECK(searchStem("headaches") == "headach");
    CHECK(searchStem("schmerzen") == "schmerz");
    CHECK(searchStem("jaw") == "jaw");
    CHECK(searchStem("shoulder") == "shoulder");
    CHECK(ids("dizzy").count("sternocleidomastoid") == 1);
    CHECK(ids("headaches").count("upper-trapezius") == 1);
    // German "ie" keeps its "e": "Knie" (knee) cut to "kni" found the jaw muscles' "knirschen" (grinding).
    CHECK(searchStem("knie") == "knie");
    CHECK(searchStem("knee") == "kne");
    CHECK(ids("Knie").count("vastus-medialis") == 1);
    CHECK(ids("Knie").count("temporalis") == 0);
    // "Low back" is the lumbar region, not "the lower back teeth" or "the lower back of the forearm".
    const auto lowBack = ids("low back");
    CHECK(lowBack.count("quadratus-lumborum") == 1);
    CHECK(lowBack.count("iliocostalis-lumborum") == 1);
    for (const char* elsewhere : {"masseter", "extensor-indicis", "flexor-hallucis-longus"})
        CHECK(lowBack.count(elsewhere) == 0);

    // Lay words from data/catalogue/search-synonyms.json, English and German.
    for (const char* word : {"carpal tunnel", "sciatica", "tennis elbow", "golfer's elbow", "TMJ", "frozen shoulder",
             "Tennisarm", "Hexenschuss", "Ischias", "schwindelig", "Kopfschmerzen"}) {
        INFO(word);
        CHECK_FALSE(ids(word).empty());
    }
    CHECK(ids("Schwindel").count("sternocleidomastoid") == 1);
    // The words of a translated entry's description: gluteus minimus' German overview says "Bandscheibenvorfall".
    CHECK(ids("Bandscheibenvorfall").count("gluteus-minimus") == 1);
    // ... and of its other names: serratus anterior is the boxer's muscle, in German too.
    CHECK(ids("Boxermuskel").count("serratus-anterior") == 1);
    CHECK(ids("TMJ").count("masseter") == 1);

    // "heel" is the foot's: the heel of the hand does not count.
    const auto heel = ids("heel");
    REQUIRE_FALSE(heel.empty());
    for (const auto& id : heel) {
        INFO(id);
        CHECK(cat.muscle(id)->area != "forearm-hand");
    }
    CHECK(heel.count("soleus") + heel.count("quadratus-plantae") + heel.count("abductor-hallucis") >= 1);

    // The query: a synonym's words OR what it means; a ruled-out phrase NOT.
    const std::vector<SearchSynonym> synonyms {{{"dizzy"}, {"dizziness"}, {}}, {{"heel"}, {}, {"heel of the hand"}}};
    CHECK(ftsQuery("dizzy jaw", synonyms) == "(\"dizz\"* OR \"dizzi\"*) AND \"jaw\"*");
    CHECK(ftsQuery("heel", synonyms) == "(\"heel\"* NOT (\"heel of the hand\"))");
}

TEST_CASE("catalogue: symptoms are found by id, name or word", "[catalogue]")
{
    const auto& cat = builtCatalogue();
    REQUIRE_FALSE(cat.findSymptoms("tinnitus").empty());
    CHECK(cat.findSymptoms("tinnitus").front()->id == "tinnitus");
    CHECK(cat.findSymptoms("ringing").front()->id == "tinnitus");
    CHECK(cat.findSymptoms("nonsense-symptom").empty());
}

TEST_CASE("catalogue: opening a file that is not a catalogue fails clearly", "[catalogue]")
{
    CHECK_THROWS_WITH(Catalogue::open("/nonexistent/catalogue.sqlite"), Catch::Contains("catalogue not found"));
    CHECK_THROWS_WITH(Catalogue::open(TM_SOURCE_DIR "/data/catalogue/symptoms.json"), Catch::Contains("symptoms.json"));
}

TEST_CASE("catalogue: a catalogue without its muscle tables is refused at open, not at first use", "[catalogue]")
{
    tmap::test::TempDir dir;
    const std::string copy = dir.file("catalogue.sqlite");
    std::filesystem::copy_file(TM_TEST_CATALOGUE, copy);
    {
        tmap::db::Database db(copy, tmap::db::Database::Mode::ReadWrite);
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("DROP TABLE trigger_point");
    }
    CHECK_THROWS_AS(Catalogue::open(copy), CatalogueError);
    CHECK_THROWS_WITH(
        Catalogue::open(copy), Catch::Contains("catalogue.sqlite: damaged catalogue: table trigger_point"));
}

TEST_CASE("catalogue: the muscles are read once, on first use, also when threads ask at once", "[catalogue]")
{
    const auto cat = Catalogue::open(TM_TEST_CATALOGUE);
    const std::vector<Muscle>* seen[4] = {};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] { seen[i] = &cat->muscles(); });
    for (auto& t : threads)
        t.join();
    for (const auto* s : seen)
        CHECK(s == seen[0]);
    CHECK(seen[0]->size() == builtCatalogue().muscles().size());
    CHECK(cat->triggerPoints().size() == builtCatalogue().triggerPoints().size());
    CHECK(cat->muscle("upper-trapezius") != nullptr);
    CHECK(cat->triggerPoint(cat->triggerPoints().front()->id) == cat->triggerPoints().front());
}

TEST_CASE("catalogue: a one-sided trigger point carries its side as a Side", "[catalogue]")
{
    const auto& cat = builtCatalogue();
    REQUIRE(cat.triggerPoint("pectoralis-major-5"));
    CHECK(cat.triggerPoint("pectoralis-major-5")->onlySide == tmap::body::Side::Right);
    CHECK(cat.triggerPoint("upper-trapezius-1")->onlySide == tmap::body::Side::None);
}

TEST_CASE("catalogue: no entry words one precaution twice", "[catalogue][content]")
{
    // The entry page lists every precaution of an entry and its techniques once, before "How to find it". Two
    // wordings of one warning (most of their words shared) would show twice: say it once, in one wording.
    auto words = [](const std::string& text) { return wordsOf(text); };
    int entries = 0;
    for (const auto& m : builtCatalogue().muscles()) {
        std::vector<std::string> all(m.precautions.begin(), m.precautions.end());
        for (const auto& t : m.techniques)
            all.insert(all.end(), t.precautions.begin(), t.precautions.end());
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        for (std::size_t i = 0; i < all.size(); ++i)
            for (std::size_t j = i + 1; j < all.size(); ++j) {
                const auto a = words(all[i]);
                const auto b = words(all[j]);
                std::size_t shared = 0;
                for (const auto& w : a)
                    shared += b.count(w);
                const double overlap = static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
                INFO(m.id << ": \"" << all[i] << "\" / \"" << all[j] << "\"");
                CHECK(overlap <= 0.55);
            }
        ++entries;
    }
    CHECK(entries == 117);
}

TEST_CASE("catalogue: a technique's own precaution keeps its technique, one that several share does not",
    "[catalogue][content]")
{
    // "Do not use in pregnancy, with a hernia ..." is the back-bend stretch's: listed among the muscle's, it read as
    // if the whole entry were not for pregnancy (and "Do not do this with mouth ulcers" had no "this").
    const auto& cat = builtCatalogue();
    const auto* rectus = cat.muscle("rectus-abdominis");
    REQUIRE(rectus);
    const auto all = tmap::catalogue::precautionsFor(*rectus);
    const auto find = [](const auto& list, const std::string& start) {
        return std::find_if(list.begin(), list.end(), [&](const auto& p) { return p.text.starts_with(start); });
    };
    const auto stretch = find(all, "Do not use in pregnancy");
    REQUIRE(stretch != all.end());
    REQUIRE(stretch->technique);
    CHECK(stretch->technique->kind == tmap::catalogue::TechniqueKind::Stretch);
    CHECK(find(all, rectus->precautions.front()) - all.begin() == 0); // the muscle's own first, with no technique
    CHECK_FALSE(all.front().technique);
    // Masseter: "press more gently if you are pregnant" belongs to both ways of pressing, so to neither alone; the
    // mouth ulcers to the grip inside the cheek. A press test lists no stretch's precaution.
    const auto* masseter = cat.muscle("masseter");
    REQUIRE(masseter);
    const auto pressing = tmap::catalogue::pressPrecautionsFor(*masseter);
    const auto gently = find(pressing, "Press more gently if you are pregnant");
    REQUIRE(gently != pressing.end());
    CHECK_FALSE(gently->technique);
    CHECK(std::count_if(pressing.begin(), pressing.end(), [](const auto& p) {
        return p.text.starts_with("Press more gently if you are pregnant");
    }) == 1);
    const auto ulcers = find(pressing, "Do not do this with mouth ulcers");
    REQUIRE(ulcers != pressing.end());
    REQUIRE(ulcers->technique);
    CHECK(ulcers->technique->name == "Pincer grip from inside the cheek");
    for (const auto& p : pressing)
        CHECK((!p.technique || p.technique->kind == tmap::catalogue::TechniqueKind::Pressure));
    CHECK(find(pressing, "Do not force the jaw open") == pressing.end());
    // Every entry: each text once, the muscle's own first.
    for (const auto& m : cat.muscles()) {
        const auto list = tmap::catalogue::precautionsFor(m);
        for (std::size_t i = 0; i < list.size(); ++i) {
            INFO(m.id << ": " << list[i].text);
            CHECK(std::count_if(list.begin(), list.end(), [&](const auto& p) { return p.text == list[i].text; }) == 1);
            if (i < m.precautions.size())
                CHECK(list[i].text == m.precautions[i]);
        }
    }
}

TEST_CASE("catalogue: a technique's tool is written in words, as the page shows it", "[catalogue][content]")
{
    // The entry page shows the tool as written ("Tool: cane-hook" read like an id in English).
    for (const auto& m : builtCatalogue().muscles())
        for (const auto& t : m.techniques) {
            INFO(m.id << ": " << t.name << ": \"" << t.tool << "\"");
            CHECK(t.tool.find_first_of("-_") == std::string::npos);
        }
}

TEST_CASE("catalogue: no clinician note of a muscle restates one of its warnings", "[catalogue][content]")
{
    // The session and the entry show a muscle's warnings (signs and action) and then its own notes: a note that only
    // restated a warning ("Chest pain ... call emergency services" under the heart warning) made the list longer
    // and pushed the other signs out of view. A note says what the warning does not (a place, a cause).
    auto words = [](const std::string& text) { return wordsOf(text, 4); };
    // Close in words, but each says where the warning does not: heart pain felt in the mid-back; a headache that
    // joins two warnings (sudden and severe, or after a neck injury).
    const std::set<std::pair<std::string, std::string>> placeOrCause {
        {"iliocostalis-thoracis", "heart"}, {"splenius-capitis", "vascular-neck"}};
    const auto& cat = builtCatalogue();
    int notes = 0;
    for (const auto& m : cat.muscles())
        for (const auto& note : m.redFlagNotes) {
            ++notes;
            const auto said = words(note);
            for (const auto& id : m.redFlags) {
                if (placeOrCause.count({m.id, id}))
                    continue;
                const auto* flag = cat.redFlag(id);
                REQUIRE(flag);
                const auto warning = words(flag->signs + " " + flag->action);
                const auto shared = std::count_if(
                    said.begin(), said.end(), [&](const std::string& w) { return warning.count(w) > 0; });
                INFO(m.id << ": \"" << note << "\" and the warning " << id);
                CHECK(double(shared) < 0.8 * double(said.size()));
            }
        }
    CHECK(notes > 150);
}

TEST_CASE("catalogue: the guide's texts read as paragraphs, lists and bold lead-ins", "[catalogue][guide]")
{
    using namespace tmap::catalogue;
    const auto paragraphs = guideParagraphs("Stop if:\n\n**Call now** for:\n- chest pain;\n- a **sudden** headache.\n\n"
                                            "**Also** see a doctor\nif unsure.");
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[0].text == GuideLine {{"Stop if:", false}});
    CHECK(paragraphs[1].text == GuideLine {{"Call now", true}, {" for:", false}});
    REQUIRE(paragraphs[1].items.size() == 2);
    CHECK(paragraphs[1].items[1] == GuideLine {{"a ", false}, {"sudden", true}, {" headache.", false}});
    CHECK(paragraphs[2].text == GuideLine {{"Also", true}, {" see a doctor if unsure.", false}});
    CHECK(guidePlainText("**Call now** for:\n- chest pain;\n- headache.\n\nNext.")
        == "Call now for:\n  - chest pain;\n  - headache.\n\nNext.");
    CHECK(guideMarkupProblem("**Call now for:\n- chest pain"));
    CHECK(guideMarkupProblem("Call:\n- "));
    CHECK(guideMarkupProblem("Call for:\n- a\nThen rest.")); // would be shown above the list
    // A message quotes the line's start without cutting a character in two (byte 60 falls inside the Ä here).
    const auto cut = guideMarkupProblem("**" + std::string(57, 'a') + "\xC3\x84rztin");
    REQUIRE(cut);
    CHECK(cut->find("\xC3\"") == std::string::npos);
    CHECK_FALSE(guideMarkupProblem("**Call now** for:\n- chest pain"));
    // The guide's warning lists the emergencies one by one, under its bold call to action, in every language.
    const auto& cat = builtCatalogue();
    const auto& guide = cat.data().guide;
    const auto warning = std::find_if(guide.begin(), guide.end(), [](const GuideSection& s) { return s.warning; });
    REQUIRE(warning != guide.end());
    const auto parts = guideParagraphs(warning->body);
    const auto emergency = std::find_if(parts.begin(), parts.end(), [](const GuideParagraph& p) {
        return !p.text.empty() && p.text.front().bold && p.text.front().text.find("emergency") != std::string::npos;
    });
    REQUIRE(emergency != parts.end());
    CHECK(emergency->items.size() >= 5);
}

TEST_CASE("catalogue: the symptoms a warning names are offered first, each symptom once", "[catalogue]")
{
    const auto& data = builtCatalogue().data();
    const auto list = tmap::catalogue::symptomsWarningsFirst(data);
    REQUIRE(list.size() == data.symptoms.size());
    std::set<std::string> ids;
    for (const auto* s : list)
        CHECK(ids.insert(s->id).second);
    auto at = [&list](const std::string& id) {
        return std::find_if(list.begin(), list.end(), [&id](const auto* s) { return s->id == id; }) - list.begin();
    };
    // Chest pain, numbness and genital pain bring up a warning; tinnitus and stiffness bring up none.
    for (const char* warned : {"chest-pain", "numbness", "genital-pain", "dizziness"})
        for (const char* plain : {"tinnitus", "stiffness"}) {
            INFO(warned << " before " << plain);
            CHECK(at(warned) < at(plain));
        }
}
