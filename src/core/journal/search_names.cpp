// journal/search_names.cpp owns what a search word names: regions (by their names and sides), muscles, trigger
// points, techniques, factors and ticked symptoms, in English and in every language the catalogue carries, so that
// "upper trapezius", "Schläfe" or "sitting" find the notes that hold those ids.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "body/body_map.h"
#include "catalogue/catalogue.h"
#include "catalogue/translations.h"
#include "journal/note_rules.h"

#include "journal_internal.h"

namespace tmap::journal::detail {

using namespace std::literals;

namespace {

/// Lower case, with the accents of Latin letters dropped ("Schläfe" -> "schlafe"), so that a word typed with or
/// without them finds the name either way (the full-text index folds them the same way).
std::string fold(std::string_view text)
{
    // U+00C0-U+00FF after the lead byte 0xC3: the letter each stands for ('\0' keeps the character).
    static constexpr auto kLatin1 = "aaaaaaaceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaaaceeeeiiii\0nooooo\0ouuuuy\0y"sv;
    static_assert(kLatin1.size() == 64);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            continue;
        }
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next == 0x9F) { // sharp s
                out += "ss";
                ++i;
                continue;
            }
            if (next >= 0x80 && next <= 0xBF && kLatin1[next - 0x80] != '\0') {
                out += kLatin1[next - 0x80];
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

/// The words of a text: letters and digits (any non-ASCII byte counts as a letter); apostrophes join.
std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> list;
    std::string word;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\'')
            continue;
        if (text.substr(i, 3) == "\xE2\x80\x99") { // a typographic apostrophe
            i += 2;
            continue;
        }
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
            word += static_cast<char>(c);
        } else if (!word.empty()) {
            list.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        list.push_back(std::move(word));
    return list;
}

/// True when a word of `name` begins with `stem` (both folded).
bool names(std::string_view name, const std::string& stem)
{
    for (const auto& w : words(fold(name)))
        if (w.starts_with(stem))
            return true;
    return false;
}

/// The place a region's description names: its part before the first comma ("temple, above ..." -> "temple").
std::string_view place(std::string_view description)
{
    return description.substr(0, description.find(','));
}

/// The side words a user may type, in the languages the catalogue is translated to.
constexpr std::pair<std::string_view, body::Side> kSideWords[] {
    {"left", body::Side::Left},
    {"right", body::Side::Right},
    {"links", body::Side::Left},
    {"rechts", body::Side::Right},
};

} // namespace

NoteSearch noteSearch(db::Database& db, const Vocabulary& vocabulary, std::string_view text)
{
    NoteSearch search;
    const catalogue::Catalogue* cat = vocabulary.catalogue;
    const body::BodyMap* map = vocabulary.body ? vocabulary.body : (cat ? &cat->body() : nullptr);
    std::vector<std::string_view> languages;
    if (cat)
        for (const auto& language : cat->languages())
            languages.push_back(language);
    // Every name in English and in each translation.
    auto anyName = [&](const std::string& english, const std::string& key, const std::string& stem, auto&& shorten) {
        if (names(shorten(english), stem))
            return true;
        for (const auto language : languages)
            if (names(shorten(cat->translated(language, key, english)), stem))
                return true;
        return false;
    };
    const auto whole = [](const std::string& s) { return std::string_view(s); };

    std::vector<std::string> written; // the techniques the notes hold, read once
    bool writtenRead = false;
    // A word typed twice asks nothing more (every word must match); past kMaxSearchWords different ones the query
    // grows beyond what SQLite takes ("Expression tree is too large"), which the user is told in plain words.
    std::vector<std::string> typedWords;
    for (auto& typed : words(text))
        if (std::find(typedWords.begin(), typedWords.end(), typed) == typedWords.end())
            typedWords.push_back(std::move(typed));
    if (typedWords.size() > kMaxSearchWords)
        throw std::invalid_argument("a search of " + std::to_string(typedWords.size()) + " different words; at most "
            + std::to_string(kMaxSearchWords) + " can be searched for at once");
    for (const auto& typed : typedWords) {
        SearchWord word;
        word.fts = catalogue::ftsQuery(typed);
        if (word.fts.empty())
            continue;
        const std::string stem = catalogue::searchStem(fold(typed));
        if (map) {
            std::optional<body::Side> side;
            for (const auto& [sideWord, s] : kSideWords)
                if (sideWord.starts_with(stem))
                    side = s;
            for (const auto& instance : map->instances()) {
                const auto parsed = body::parseInstance(instance);
                const body::Region* region = parsed ? map->region(parsed->base) : nullptr;
                if (!region)
                    continue;
                if ((side && parsed->side == *side)
                    || anyName(region->description, catalogue::tkey::region(region->id), stem, place))
                    word.regions.insert(instance);
            }
        }
        if (cat) {
            for (const auto& muscle : cat->muscles()) {
                bool found = names(muscle.id, stem)
                    || anyName(muscle.name, catalogue::tkey::muscleName(muscle.id), stem, whole);
                for (const auto& other : muscle.otherNames)
                    found = found || anyName(other, catalogue::tkey::text(other), stem, whole);
                if (found)
                    word.muscles.insert(muscle.id);
                for (const auto& point : muscle.triggerPoints)
                    if (anyName(point.name, catalogue::tkey::text(point.name), stem, whole))
                        word.points.insert(point.id);
                // A technique is noted by its name in the language the app had: either finds both.
                for (const auto& technique : muscle.techniques) {
                    if (!anyName(technique.name, catalogue::tkey::text(technique.name), stem, whole))
                        continue;
                    word.techniques.insert(technique.name);
                    for (const auto language : languages)
                        word.techniques.insert(
                            cat->translated(language, catalogue::tkey::text(technique.name), technique.name));
                }
            }
            // A symptom ticked on the drawing a note was made from is its tag "symptom:ID": found by the name.
            for (const auto& symptom : cat->data().symptoms)
                if (anyName(symptom.name, catalogue::tkey::symptom(symptom.id, "name"), stem, whole))
                    word.tags.insert(symptomTag(symptom.id));
            for (const auto& factor : cat->data().factors)
                if (names(factor.id, stem)
                    || anyName(factor.name, catalogue::tkey::factor(factor.id, "name"), stem, whole))
                    word.factors.insert(factor.id);
        }
        // The app's own tags, by the words it shows them in.
        for (const auto& [tag, shown] : vocabulary.tagWords)
            if (names(shown, stem))
                (tag.ends_with(':') ? word.tagFamilies : word.tags).insert(tag);
        if (!writtenRead) {
            auto st = db.prepare("SELECT DISTINCT technique FROM treatment WHERE technique <> ''");
            while (st.step())
                written.push_back(st.text(0));
            writtenRead = true;
        }
        for (const auto& technique : written)
            if (names(technique, stem))
                word.techniques.insert(technique);
        search.words.push_back(std::move(word));
    }
    return search;
}

} // namespace tmap::journal::detail
