// tpmap where / tpmap ask: rank the trigger points that may cause a pain drawing, and choose the question that
// best narrows them down. The JSON shapes are a stable contract; the English wording of reasons and questions
// lives here (the core returns structure).
#include <cmath>
#include <iostream>
#include <set>

#include "cli.h"
#include "match/matcher.h"
#include "match/questions.h"
#include "match/reasons.h"

namespace tmap::cli {

namespace {

struct DrawingOptions {
    std::vector<std::string> spots;
    std::vector<std::string> symptoms;
    std::vector<std::string> answers;
    bool noWarningSigns = false;
    int limit = 10;
};

void addDrawingOptions(CLI::App* command, DrawingOptions& opts, Context& ctx)
{
    command->add_option("SPOT", opts.spots,
        "REGION[:SIDE][=INTENSITY]; SIDE is left, right or both; INTENSITY 0-10, 5 when left out; e.g. "
        "head.temple:right=7 back.lumbar:both");
    // One value each time they are given: a spot after them stays a spot ("--symptom tinnitus head.temple:right").
    eachTimeOneValue(
        command->add_option("--symptom", opts.symptoms, "a symptom such as tinnitus or headache (repeatable)"));
    eachTimeOneValue(command->add_option("--answer", opts.answers,
        "an answered question, QUESTION=yes|no|unsure (QUESTION as `tpmap ask` prints it; repeatable)"));
    command->add_flag("--no-warning-signs", opts.noWarningSigns,
        "none of the signs of the warnings shown apply to you, or a doctor ruled them out: press tests, and "
        "questions about the symptoms their signs name, are asked under them too");
    command->add_flag("--json", ctx.json, "JSON output");
}

match::Drawing readDrawing(const DrawingOptions& opts, const catalogue::Catalogue& cat, const char* command)
{
    if (opts.spots.empty() && opts.symptoms.empty())
        throw UsageError(
            std::string(command) + ": give at least one SPOT or --symptom (see tpmap " + command + " --help)");
    match::Drawing drawing;
    std::vector<bool> said; // whether each spot's intensity was given ("=N") or is the default
    for (const auto& text : opts.spots) {
        try {
            const bool given = text.find('=') != std::string::npos;
            for (auto& spot : match::parseSpots(cat.body(), text)) {
                // The same place twice is one spot: the stronger of the pains given ("back.lumbar:both
                // back.lumbar:left=8"); a place given without a number keeps the number given elsewhere
                // ("head.temple:right=3 head.temple:right" is 3, not the default 5).
                const auto same = std::find_if(drawing.spots.begin(), drawing.spots.end(),
                    [&](const match::Spot& s) { return s.instance == spot.instance; });
                if (same == drawing.spots.end()) {
                    drawing.spots.push_back(std::move(spot));
                    said.push_back(given);
                    continue;
                }
                const auto i = static_cast<std::size_t>(same - drawing.spots.begin());
                // Two numbers for one place: said on stderr, so that a typo is seen (stdout stays the answer).
                if (given && said[i] && same->intensity != spot.intensity)
                    std::cerr << "tpmap: note: " << spot.instance << " is given twice, at " << same->intensity
                              << " and " << spot.intensity << "; the stronger, "
                              << std::max(same->intensity, spot.intensity) << ", is used\n";
                if (given && !said[i])
                    same->intensity = spot.intensity;
                else if (given == said[i])
                    same->intensity = std::max(same->intensity, spot.intensity);
                said[i] = said[i] || given;
            }
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
    }
    for (const auto& id : symptomIds(cat, opts.symptoms))
        if (std::find(drawing.symptoms.begin(), drawing.symptoms.end(), id) == drawing.symptoms.end())
            drawing.symptoms.push_back(id);
    addAnswers(cat, drawing, opts.answers, "drawing");
    if (opts.noWarningSigns)
        for (const auto* f : match::selfCareHolds(cat, drawing))
            drawing.clearedWarnings.push_back(f->id);
    return drawing;
}

/// A region's place: the first part of its description ("temple"), or all of it (`full`: "back of the thigh -
/// upper half") when another place of the same list shares the first part (body::namedInFull).
std::string placeText(const body::BodyMap& map, const std::string& base, bool full = false)
{
    const auto* region = map.region(base);
    if (!region || !full)
        return body::shortPlace(map, base);
    std::string name = region->description; // no comma inside a name: names are listed with them
    for (std::size_t at; (at = name.find(", ")) != std::string::npos;)
        name.replace(at, 2, " - ");
    return name;
}

/// "temple (right)".
std::string regionText(const body::BodyMap& map, const std::string& instanceText, bool full = false)
{
    const auto instance = body::parseInstance(instanceText);
    if (!instance)
        return instanceText;
    std::string where = placeText(map, instance->base, full);
    // "top of the hip bone (iliac crest), left": a name that ends in brackets gets the side after a comma. A sided
    // place without a side (a question about pain on both sides) is on either side.
    if (instance->side == body::Side::None && !map.isEitherSide(instanceText))
        return where;
    const std::string side(instance->side == body::Side::None ? "either side" : body::sideName(instance->side));
    return where.ends_with(')') ? where + ", " + side : where + " (" + side + ")";
}

std::string symptomText(const catalogue::Catalogue& cat, const std::string& id)
{
    const auto* s = cat.symptom(id);
    if (!s)
        return id;
    std::string name = s->name;
    if (!name.empty())
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return name;
}

/// A place of match::reasons as tpmap names it: "back of the thigh, upper half (both sides)".
std::string placeWords(const body::BodyMap& map, const match::ReasonPlace& place)
{
    const std::string side = place.bothSides ? "both sides" : std::string(body::sideName(place.side));
    return placeText(map, place.base, place.fullName) + (side.empty() ? "" : " (" + side + ")");
}

/// Plain-language reasons, grouped by how each spot is explained (`reasons`, match::reasons of `r`): "main zone:
/// temple (right), lower jaw (right); spillover (sometimes): eye (right); trigger point lies in: side of the neck
/// (right); known for headache". A place drawn on the left and the right, explained alike, is said once: "low back
/// (both sides)"; a place another point of the muscle explains names it: "[Temporalis, posterior fibres, left side]".
std::string reasonText(const match::Result& r, const match::Reasons& reasons, const catalogue::Catalogue& cat)
{
    auto label = [](match::ReasonKind kind) -> std::string {
        switch (kind) {
        case match::ReasonKind::Main:
            return "main zone";
        case match::ReasonKind::MainSometimes:
            return "main zone (sometimes)";
        case match::ReasonKind::Spillover:
            return "spillover";
        case match::ReasonKind::SpilloverSometimes:
            return "spillover (sometimes)";
        case match::ReasonKind::Local:
            return "trigger point lies in";
        case match::ReasonKind::Guide:
            return "the references list it for pain at";
        }
        return {};
    };
    std::string text;
    for (const auto& g : reasons.groups) {
        text += (text.empty() ? "" : "; ") + label(g.kind) + ": ";
        bool first = true;
        for (const auto& place : g.places) {
            text += (first ? "" : ", ") + placeWords(cat.body(), place);
            if (place.by)
                text += " [" + place.by->name
                    + (place.bySide != body::Side::None && place.bySide != r.side
                            ? ", " + std::string(match::resultSideName(place.bySide)) + " side"
                            : "")
                    + "]";
            first = false;
        }
    }
    if (!reasons.symptoms.empty()) {
        text += (text.empty() ? "" : "; ") + std::string("known for ");
        for (std::size_t i = 0; i < reasons.symptoms.size(); ++i)
            text += (i ? ", " : "") + symptomText(cat, reasons.symptoms[i]);
    }
    return text;
}

std::string questionText(const match::Question& q, const catalogue::Catalogue& cat)
{
    switch (q.key.kind) {
    case match::QuestionKind::Press: {
        std::string where = q.point->location; // a sentence of its own: its full stop would stand before ")."
        while (!where.empty() && (where.back() == '.' || where.back() == ' '))
            where.pop_back();
        // The side left open (pain on the midline): the point on either side. A point in the neck's front is gripped
        // between thumb and fingers, never pressed in (over the carotid artery).
        return std::string(q.point->grip ? "Grip" : "Press") + " the "
            + (q.key.side == body::Side::None ? "" : std::string(body::sideName(q.key.side)) + " ") + q.muscle->name
            + " trigger point" + (q.key.side == body::Side::None ? " on either side" : "")
            + (q.point->grip ? " between thumb and fingers, without pressing into the neck" : "") + " (" + where
            + "). Does it bring on your familiar pain?";
    }
    case match::QuestionKind::Region:
        // The place in full, as the app names it: "big toe" alone was the underside and the top of it.
        return "Do you also feel pain here: " + regionText(cat.body(), q.key.subject, true) + "?";
    case match::QuestionKind::Symptom:
        // How the likeliest candidate known for it shows it: a word used for several things can be answered.
        return "Do you also have this symptom: " + symptomText(cat, q.key.subject) + "?"
            + (q.symptomMuscle && !q.symptomNote.empty()
                    ? " (For example, " + q.symptomMuscle->name + ": " + q.symptomNote + ")"
                    : std::string());
    }
    return {};
}

nlohmann::json answersJson(const std::vector<match::Answer>& answers)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : answers)
        list.push_back({{"question", a.question.id()}, {"answer", match::replyName(a.reply)}});
    return list;
}

nlohmann::json queryJson(const match::Drawing& drawing)
{
    nlohmann::json spots = nlohmann::json::array();
    for (const auto& s : drawing.spots)
        spots.push_back({{"spot", s.instance}, {"intensity", s.intensity}});
    return {{"spots", spots}, {"symptoms", drawing.symptoms}, {"answers", answersJson(drawing.answers)}};
}

double rounded(double value)
{
    return std::round(value * 10000) / 10000;
}

/// The warnings the drawing touches (the same as the app's "Warning signs: check this first"), as JSON.
nlohmann::json redFlagsJson(const catalogue::Catalogue& cat, const match::Drawing& drawing)
{
    nlohmann::json flags = nlohmann::json::array();
    for (const auto* f : match::redFlagsFor(cat, drawing))
        flags.push_back({{"id", f->id}, {"title", f->title}, {"signs", f->signs}, {"action", f->action},
            {"hold_self_care", f->holdSelfCare}});
    return flags;
}

/// The same warnings in words, before anything else: they are the first thing to read.
void printRedFlags(const catalogue::Catalogue& cat, const match::Drawing& drawing)
{
    const auto flags = match::redFlagsFor(cat, drawing);
    if (flags.empty())
        return;
    std::cout << "WARNING SIGNS: CHECK THIS FIRST\n";
    for (const auto* f : flags)
        std::cout << "  " << f->title << ": " << f->signs << "\n    " << f->action << "\n";
    std::cout << "\n";
}

} // namespace

void addAnswers(
    const catalogue::Catalogue& cat, match::Drawing& drawing, const std::vector<std::string>& texts, const char* what)
{
    for (const auto& text : texts) {
        match::Answer answer;
        try {
            answer = match::parseAnswer(cat, text);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--answer: ") + e.what());
        }
        // An answer about what the drawing already says contradicts it or adds nothing: "no pain at" a drawn
        // place, "no" to a ticked symptom (the app never asks either, and drops one when the drawing gains it).
        if (match::drawingAnswers(drawing, answer.question, &cat)) {
            const bool place = answer.question.kind == match::QuestionKind::Region;
            const bool ticked = match::drawingAnswers(drawing, answer.question); // without the places it is drawn as
            throw UsageError("--answer " + text + ": the " + what + " already "
                + (place         ? "has this place as a spot; leave the answer out (or the spot)"
                        : ticked ? "has this symptom; leave the answer out (or the --symptom)"
                                 : "says it: a spot is drawn where this symptom is felt; leave the answer out"));
        }
        // A point or place answered "no" on either side and "yes" on one side says two things of one question
        // ("press:temporalis-2=no" with "press:temporalis-2:right=yes" both counted). A "yes" on either side and a
        // "no" on one side agree: the other side.
        if (const auto mine = match::sidelessForm(answer.question))
            for (const auto& a : drawing.answers)
                if (const auto theirs = match::sidelessForm(a.question); theirs && theirs->question == mine->question
                    && theirs->sided != mine->sided && (mine->sided ? a.reply : answer.reply) == match::Reply::No
                    && (mine->sided ? answer.reply : a.reply) == match::Reply::Yes)
                    throw UsageError("--answer: " + a.question.id() + "=" + match::replyName(a.reply) + " and "
                        + answer.question.id() + "=" + match::replyName(answer.reply)
                        + " say two things of one point or place (on either side, and on one side); give one answer");
        // One question, one answer: the same one twice counts once; two different ones are a mistake to say, not
        // to settle by taking either.
        const auto earlier = std::find_if(drawing.answers.begin(), drawing.answers.end(),
            [&](const match::Answer& a) { return a.question == answer.question; });
        if (earlier == drawing.answers.end())
            drawing.answers.push_back(std::move(answer));
        else if (earlier->reply != answer.reply)
            throw UsageError("--answer: " + answer.question.id() + " is answered twice ("
                + match::replyName(earlier->reply) + ", " + match::replyName(answer.reply) + "); give one answer");
    }
}

std::vector<std::string> symptomIds(const catalogue::Catalogue& cat, const std::vector<std::string>& words)
{
    std::vector<std::string> ids;
    for (const auto& word : words) {
        const auto found = cat.findSymptoms(word);
        if (found.empty()) {
            // "ear pain" is a place: say where to draw it, rather than that no symptom is called so.
            if (const auto places = cat.placesNamedBy(word); !places.empty()) {
                std::string list;
                // As a spot is written: a place of two sides with one of them ("head.ear" alone is refused).
                for (std::size_t i = 0; i < places.size() && i < 4; ++i)
                    list += (i ? ", " : "") + places[i] + (cat.body().isInstance(places[i]) ? "" : ":right");
                throw UsageError("\"" + word + "\" names a place, not a symptom: draw it as a spot instead, e.g. "
                    + list + (places.size() > 4 ? ", ..." : "") + " (tpmap regions lists them all)");
            }
            std::string near;
            for (const auto* s : cat.symptomsSpelledNearly(word))
                near += (near.empty() ? "; did you mean: " : ", ") + s->id;
            throw UsageError("unknown symptom \"" + word
                + "\" (a symptom id, name or word; a word of 4 or more letters may be the start of one symptom's "
                  "name; see tpmap symptoms"
                + near + ")");
        }
        for (const auto* s : found)
            if (std::find(ids.begin(), ids.end(), s->id) == ids.end())
                ids.push_back(s->id);
    }
    return ids;
}

void addWhereCommand(CLI::App& app, Context& ctx)
{
    auto opts = std::make_shared<DrawingOptions>();
    auto* where = app.add_subcommand("where", "rank the trigger points that may cause your pain");
    addDrawingOptions(where, *opts, ctx);
    where->add_option("--limit", opts->limit, "how many results (0: all)")
        ->check(wholeNumber(0, 100000, "a number of results from 0 to 100000 (0: all)"));
    where->footer("Examples:\n  tpmap where head.temple:right=7 head.jaw:right\n  tpmap where --symptom tinnitus\n"
                  "  tpmap where back.lumbar:left --answer press:quadratus-lumborum-3:left=yes");
    where->callback([&ctx, opts] {
        const auto& cat = ctx.catalogue();
        const auto drawing = readDrawing(*opts, cat, "where");
        const match::Matcher matcher(cat);
        const auto results = matcher.rank(drawing, static_cast<std::size_t>(opts->limit));

        if (ctx.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& r : results) {
                nlohmann::json explains = nlohmann::json::array();
                for (const auto& e : r.explains)
                    explains.push_back({{"spot", e.spot}, {"zone", match::howName(e.how)},
                        {"frequency", e.occasional ? "occasional" : "usual"}, {"local", e.alsoLocal},
                        {"trigger_point", e.by ? e.by->id : r.point->id}, {"side", match::resultSideName(e.bySide)}});
                nlohmann::json guides = nlohmann::json::array();
                for (const auto& g : r.evidence.guides)
                    guides.push_back({{"region", g.region}, {"position", g.position}, {"of", g.of},
                        {"kind", g.kind == catalogue::ZoneKind::Main ? "main" : "spillover"}});
                const nlohmann::json evidence {{"fit", rounded(r.evidence.fit)}, {"prior", rounded(r.evidence.prior)},
                    {"symptoms", rounded(r.evidence.symptoms)}, {"answers", rounded(r.evidence.answers)},
                    {"pain_guides", guides}, {"combined_points", r.evidence.combined},
                    {"answered", answersJson(r.evidence.answered)}};
                list.push_back({{"rank", r.rank}, {"muscle_rank", r.muscleRank}, {"score", r.score},
                    {"relative", rounded(r.relative)}, {"likelihood", match::likelihoodName(r.likelihood)},
                    {"side", match::onBothSides(r) ? "both" : match::resultSideName(r.side)},
                    {"muscle", {{"id", r.muscle->id}, {"name", r.muscle->name}}},
                    {"trigger_point",
                        {{"id", r.point->id}, {"name", r.point->name}, {"clinician_only", r.point->clinicianOnly}}},
                    {"explains", explains}, {"unexplained", r.unexplained}, {"symptoms", r.symptoms},
                    {"evidence", evidence}, {"reason", reasonText(r, match::reasons(r, cat.body()), cat)}});
            }
            auto query = queryJson(drawing);
            query["limit"] = opts->limit;
            printJson({{"query", query}, {"red_flags", redFlagsJson(cat, drawing)}, {"results", list}});
            return;
        }
        printRedFlags(cat, drawing);
        if (results.empty()) {
            std::cout << "No trigger point in the catalogue refers pain to that drawing.\n";
            return;
        }
        std::printf("%-4s %-11s %-6s %-28s %s\n", "rank", "likelihood", "side", "muscle", "trigger point");
        bool more = false;
        for (const auto& r : results) {
            // Each muscle's best point comes first, then, while there is room, the muscles' other points: those
            // follow their own heading, so that a "possible" below a "less likely" is read as what it is.
            if (r.muscleRank != r.rank && !more) {
                std::cout << "\nOther trigger points of the muscles above:\n";
                more = true;
            }
            // A muscle name wider than its column goes on a line of its own, the point under the column's head:
            // run into the point's name, "Interossei and lumbricals of the foot Dorsal interossei" read as one.
            const bool wide = r.muscle->name.size() > 28;
            std::printf("%-4d %-11s %-6s %-28s%s", r.rank, match::likelihoodName(r.likelihood),
                match::onBothSides(r) ? "both" : match::resultSideName(r.side), r.muscle->name.c_str(),
                wide ? "\n                                                     " : " ");
            std::printf("%s%s\n", r.point->name.c_str(),
                r.point->clinicianOnly ? " (for a clinician only: do not press it yourself)" : "");
            const auto reasons = match::reasons(r, cat.body()); // the reasons and what is not explained, once
            std::printf("                        %s\n", reasonText(r, reasons, cat).c_str());
            if (!reasons.unexplained.empty()) {
                std::string list;
                for (const auto& place : reasons.unexplained)
                    list += (list.empty() ? "" : ", ") + placeWords(cat.body(), place);
                std::printf("                        does not explain: %s\n", list.c_str());
            }
        }
        if (!match::selfCareHolds(cat, drawing).empty())
            std::cout << "\nSelf-care information, not a diagnosis. Rule out the warning above first: do not press "
                         "or stretch until its signs do not apply, or a doctor has ruled them out. Then see `tpmap "
                         "muscle NAME` for how to release each one;\n"
                         "`tpmap ask` (same arguments) asks the question that best narrows the list down.\n";
        else
            std::cout << "\nSelf-care information, not a diagnosis. See `tpmap muscle NAME` (e.g. `tpmap muscle \""
                      << results.front().muscle->name
                      << "\"`) for how to release each one;\n"
                         "`tpmap ask` (same arguments) asks the question that best narrows the list down.\n";
    });

    auto askOpts = std::make_shared<DrawingOptions>();
    auto* ask = app.add_subcommand("ask", "the one question that best narrows down the likely trigger points");
    addDrawingOptions(ask, *askOpts, ctx);
    ask->footer("Answer with --answer QUESTION=yes|no|unsure, on `tpmap where` or `tpmap ask`:\n"
                "  tpmap ask back.lumbar:left\n"
                "  tpmap ask back.lumbar:left --answer press:quadratus-lumborum-3:left=yes");
    ask->callback([&ctx, askOpts] {
        const auto& cat = ctx.catalogue();
        const auto drawing = readDrawing(*askOpts, cat, "ask");
        const match::Matcher matcher(cat);
        const auto question = match::nextQuestion(matcher, drawing);
        if (ctx.json) {
            nlohmann::json q = nullptr;
            if (question) {
                q = {{"id", question->key.id()}, {"kind", match::questionKindName(question->key.kind)},
                    {"text", questionText(*question, cat)}, {"gain", rounded(question->gain)}};
                if (question->key.kind == match::QuestionKind::Press) {
                    q["muscle"] = question->muscle->id;
                    q["trigger_point"] = question->point->id;
                    q["side"] = match::resultSideName(question->key.side); // "either" when left open
                    q["grip"] = question->point->grip;
                    q["how_to_find"] = question->point->location;
                    q["precautions"] = precautionLines(question->precautions);
                } else if (question->key.kind == match::QuestionKind::Region) {
                    q["region"] = question->key.subject;
                    // A sided place: its side, "either" when asked without one (pain drawn on both sides).
                    const auto& map = cat.body();
                    if (const auto instance = body::parseInstance(question->key.subject);
                        instance && (instance->side != body::Side::None || map.isEitherSide(question->key.subject)))
                        q["side"] = match::resultSideName(instance->side);
                } else {
                    q["symptom"] = question->key.subject;
                    if (question->symptomMuscle)
                        q["symptom_note"] = {{"muscle", question->symptomMuscle->id}, {"note", question->symptomNote}};
                }
            }
            // The warnings that keep press tests, and questions about their own signs, from being asked (none
            // once --no-warning-signs is given).
            nlohmann::json held = nlohmann::json::array();
            for (const auto* f : match::selfCareHolds(cat, drawing))
                held.push_back(f->id);
            printJson({{"query", queryJson(drawing)}, {"red_flags", redFlagsJson(cat, drawing)},
                {"press_tests_held_by", held}, {"question", q}});
            return;
        }
        printRedFlags(cat, drawing);
        if (!match::selfCareHolds(cat, drawing).empty())
            std::cout << "No press test, and no question about a warning's own signs, is asked while a warning above "
                         "may apply. If none of its signs apply to you, or a doctor has ruled them out, add "
                         "--no-warning-signs.\n\n";
        // Said after every answer as after `tpmap where`'s list: a press test is a self-care check, not a diagnosis.
        constexpr const char* kNotADiagnosis = "\nSelf-care information, not a diagnosis.\n";
        if (!question) {
            std::cout << "Nothing useful is left to ask: see `tpmap where` with the same arguments.\n"
                      << kNotADiagnosis;
            return;
        }
        std::cout << questionText(*question, cat) << "\n";
        if (!question->precautions.empty()) {
            std::cout << (question->point && question->point->grip ? "  Before you grip (grip gently):\n"
                                                                   : "  Before you press (press gently):\n");
            printPrecautions(question->precautions, "  ");
        }
        std::cout << "  answer with: --answer " << question->key.id() << "=yes|no|unsure\n" << kNotADiagnosis;
    });
}

} // namespace tmap::cli
