// journal: a note's "Narrow it down" answers - saved and read back in order, checked like the rest of a note, kept
// through the JSON export (version 3) and the CSV (its "answers" column), and the 3 -> 4 migration.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "../support/catalogue_fixture.h"
#include "db/database.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal_fixture.h"
#include "match/matcher.h"

using namespace tmap::journal;
using tmap::test::quiet;
using tmap::test::TempDir;

namespace {

Note answered()
{
    Note n;
    n.when = "2026-11-20T09:00:00+01:00";
    n.intensity = 6;
    n.spots = {{"back.lumbar:left", 6, Quality::Aching}};
    n.answers = {{"press:quadratus-lumborum-1:left", Reply::Yes}, {"region:back.mid:left", Reply::No},
        {"symptom:numbness", Reply::Unsure}};
    return n;
}

} // namespace

TEST_CASE("answers: saved with the note, in order, and replaced on a new save", "[journal][answers]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    auto saved = j->save(answered());
    auto back = j->get(saved.id);
    REQUIRE(back);
    CHECK(back->answers == answered().answers);

    saved.answers = {{"region:back.mid:left", Reply::Yes}};
    j->save(saved);
    back = j->get(saved.id);
    REQUIRE(back);
    REQUIRE(back->answers.size() == 1);
    CHECK(back->answers[0].reply == Reply::Yes);

    // Erasing the note for good leaves none of its answers behind.
    j->trash(saved.id);
    j->purge(saved.id);
    tmap::db::Database db(dir.file());
    auto rows = db.prepare("SELECT count(*) FROM note_answer");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 0);
}

TEST_CASE("answers: a question the ranking cannot ask, or asked twice, is refused", "[journal][answers]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    auto refused = [&](std::vector<Answer> answers, const std::string& pointer, const std::string& words) {
        Note n = answered();
        n.answers = std::move(answers);
        INFO(pointer << " " << words);
        try {
            j->save(n);
            FAIL("saved");
        } catch (const InvalidNote& e) {
            REQUIRE_FALSE(e.problems().empty());
            CHECK(e.problems().front().pointer == pointer);
            CHECK_THAT(e.problems().front().message, Catch::Contains(words));
        }
    };
    refused({{"press:no-such-point:left", Reply::Yes}}, "/answers/0/question", "unknown trigger point");
    refused({{"press:quadratus-lumborum-1:up", Reply::Yes}}, "/answers/0/question", "not left or right");
    refused({{"press:quadratus-lumborum-1:", Reply::Yes}}, "/answers/0/question", "not left or right");
    refused({{"region:head.nowhere:left", Reply::No}}, "/answers/0/question", "unknown region");
    refused({{"symptom:no-such-symptom", Reply::No}}, "/answers/0/question", "unknown symptom");
    refused({{"colour:red", Reply::No}}, "/answers/0/question", "not a question id");
    refused({{"region:back.mid:left", Reply::No}, {"region:back.mid:left", Reply::Yes}}, "/answers/1/question",
        "answered twice");
    CHECK(j->list({}).empty());
}

TEST_CASE("answers: a press test on either side (the side left open) is saved as asked", "[journal][answers]")
{
    // Pain on the midline asks "press:platysma-1" (either side): the journal read it back as the right side's, and
    // "Last time it hurt here" said "(right)".
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    Note n = answered();
    n.answers = {{"press:platysma-1", Reply::Yes}};
    const auto saved = j->save(n);
    REQUIRE(j->get(saved.id));
    CHECK(j->get(saved.id)->answers == n.answers);
    const auto press = tmap::match::splitQuestionId("press:platysma-1");
    REQUIRE(press);
    CHECK(press->kind == tmap::match::QuestionKind::Press);
    CHECK(press->subject == "platysma-1");
    CHECK_FALSE(press->side);
}

TEST_CASE("answers: a place asked about on either side (pain on both sides) is saved as asked", "[journal][answers]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    j->setVocabulary({nullptr, &builtCatalogue()});
    Note n = answered();
    n.answers = {{"region:head.upper_teeth", Reply::No}, {"region:head.vertex", Reply::Yes}};
    const auto saved = j->save(n);
    REQUIRE(j->get(saved.id));
    CHECK(j->get(saved.id)->answers == n.answers);
}

TEST_CASE("answers: through the JSON export and the CSV and back, exactly", "[journal][answers][csv]")
{
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    const tmap::journal::Vocabulary vocabulary {nullptr, &builtCatalogue()};
    j->setVocabulary(vocabulary);
    const auto saved = j->save(answered());

    std::ostringstream json;
    exportJson(*j, json);
    CHECK_THAT(json.str(), Catch::Contains("\"question\":\"press:quadratus-lumborum-1:left\""));
    const auto fromJson = parseExport(json.str(), "export.json", vocabulary);
    REQUIRE(fromJson.size() == 1);
    CHECK(fromJson[0].answers == saved.answers);

    std::ostringstream csv;
    exportCsv(*j, csv);
    CHECK_THAT(csv.str(),
        Catch::Contains("press:quadratus-lumborum-1:left=yes; region:back.mid:left=no; symptom:numbness=unsure"));
    const auto fromCsv = parseCsv(csv.str(), "export.csv", vocabulary);
    REQUIRE(fromCsv.size() == 1);
    CHECK(fromCsv[0].answers == saved.answers);

    // A CSV from before the answers (no "answers" column) still reads, as notes without answers.
    std::string old = csv.str();
    old.replace(old.find(",answers\r\n"), 10, "\r\n");
    old.replace(old.rfind(",\"press:") != std::string::npos ? old.rfind(",\"press:") : old.rfind(",press:"),
        std::string::npos, "\r\n");
    const auto fromOld = parseCsv(old, "old.csv", vocabulary);
    REQUIRE(fromOld.size() == 1);
    CHECK(fromOld[0].answers.empty());
    CHECK(fromOld[0].spots == saved.spots);

    // A reply the journal does not know names the line and the column.
    std::string bad = csv.str();
    bad.replace(bad.find("=unsure"), 7, "=maybe");
    CHECK_THROWS_WITH(parseCsv(bad, "bad.csv", vocabulary), Catch::Contains("column answers"));
}

TEST_CASE("answers: an older export imported with update keeps a note's answers, which it cannot hold",
    "[journal][answers][csv]")
{
    // A CSV of 15 columns or a JSON document of version 2 has no answers: "update" replaced the note and its answers
    // were gone, an unchanged note counted as updated.
    TempDir dir;
    auto j = Journal::open(dir.file(), quiet());
    const tmap::journal::Vocabulary vocabulary {nullptr, &builtCatalogue()};
    j->setVocabulary(vocabulary);
    const auto saved = j->save(answered());
    REQUIRE_FALSE(saved.answers.empty());
    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    update.vocabulary = vocabulary;
    const auto write = [&dir](const std::string& name, const std::string& text) {
        std::ofstream(dir.file(name), std::ios::binary) << text;
        return dir.file(name);
    };

    std::ostringstream csv;
    exportCsv(*j, csv);
    std::string old = csv.str(); // the answers' column cut off, as a spreadsheet or an older version leaves it
    old.replace(old.find(",answers\r\n"), 10, "\r\n");
    old.replace(old.rfind(",\"press:") != std::string::npos ? old.rfind(",\"press:") : old.rfind(",press:"),
        std::string::npos, "\r\n");
    CHECK(readImport(write("old.csv", old), update).answersUnknown);
    CHECK_FALSE(readImport(write("new.csv", csv.str()), update).answersUnknown);
    auto result = importFile(*j, dir.file("old.csv"), update);
    CHECK(result.unchanged == 1);
    CHECK(result.updated == 0);
    CHECK(j->get(saved.id)->answers == saved.answers);

    // The same from a version-2 JSON document, with a change the note takes: its text, not its answers.
    std::ostringstream json;
    exportJson(*j, json);
    std::string v2 = json.str();
    v2.replace(v2.find("\"version\": 3"), 12, "\"version\": 2");
    const auto from = v2.find("\"answers\":[");
    REQUIRE(from != std::string::npos);
    v2.erase(from, v2.find("],", from) + 2 - from);
    const auto text = v2.find("\"text\":\"") + 8;
    v2.replace(text, v2.find('"', text) - text, "changed in the file");
    CHECK(readImport(write("v2.json", v2), update).answersUnknown);
    result = importFile(*j, dir.file("v2.json"), update);
    CHECK(result.updated == 1);
    CHECK(j->get(saved.id)->text == "changed in the file");
    CHECK(j->get(saved.id)->answers == saved.answers);

    // A version-3 document without a note's answers means the note has none: it takes that.
    std::ostringstream now;
    exportJson(*j, now);
    std::string v3 = now.str();
    const auto at = v3.find("\"answers\":[");
    REQUIRE(at != std::string::npos);
    v3.erase(at, v3.find("],", at) + 2 - at);
    CHECK_FALSE(readImport(write("v3.json", v3), update).answersUnknown);
    result = importFile(*j, dir.file("v3.json"), update);
    CHECK(result.updated == 1);
    CHECK(j->get(saved.id)->answers.empty());
}

TEST_CASE("answers: a version-3 journal gains the answers' table and keeps its notes", "[journal][answers][migration]")
{
    TempDir dir;
    std::string id;
    {
        auto j = Journal::open(dir.file(), quiet());
        Note n = answered();
        n.answers.clear();
        id = j->save(n).id;
    }
    {
        // Version 3 is version 4 without the answers' table.
        tmap::db::Database db(dir.file());
        db.exec("DROP TABLE note_answer; PRAGMA user_version = 3;");
    }
    auto j = Journal::open(dir.file(), quiet());
    CHECK(j->report().migratedFrom == 3);
    REQUIRE(j->get(id));
    auto note = *j->get(id);
    note.answers = answered().answers;
    j->save(note);
    CHECK(j->get(id)->answers.size() == 3);
    tmap::db::Database db(dir.file());
    CHECK(db.userVersion() == kSchemaVersion);
}

TEST_CASE(
    "answers: the journal keeps exactly the question ids the ranking reads, and the same replies", "[journal][answers]")
{
    // One grammar (match/question_id.h): a journal that took an id the ranking cannot read would keep an answer
    // nothing can use; one that refused an id the ranking asks would lose it.
    const auto& cat = builtCatalogue();
    const Vocabulary vocabulary {nullptr, &cat};
    for (const std::string id : {"press:quadratus-lumborum-1:left", "press:platysma-1",
             "press:platysma-1:", "press:platysma-1:both", "press:platysma-1:up", "press:no-such-point:left",
             "press::left", "region:back.mid:left", "region:head.upper_teeth", "region:chest.sternum",
             "region:chest.sternum:left", "region:back.mid:both", "region:no.such:left", "region:", "symptom:numbness",
             "symptom:nosuch", "symptom:", "press", "asked:numbness", "Press:platysma-1", ":numbness", ""}) {
        INFO(id);
        bool ranking = true;
        try {
            tmap::match::parseQuestionId(cat, id);
        } catch (const std::invalid_argument&) {
            ranking = false;
        }
        Note n = answered();
        n.answers = {{id, Reply::Yes}};
        const auto problems = validateNote(n, vocabulary, false);
        const bool journal = std::none_of(
            problems.begin(), problems.end(), [](const Problem& p) { return p.rule == Problem::Rule::NotAQuestion; });
        CHECK(journal == ranking);
    }
    for (const auto& [reply, name] : kReplies) {
        CHECK(parseReply(name) == reply);
        CHECK(tmap::match::parseReply(replyName(reply)) == reply);
    }
}
