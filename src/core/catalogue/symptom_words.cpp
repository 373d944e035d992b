// catalogue/symptom_words: matching typed words to symptoms and body places, and the edit distance of near misses.
#include "catalogue/symptom_words.h"

#include "catalogue/catalogue.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace tmap::catalogue {

namespace {

/// A word as both sides are compared: plural "s" dropped ("headaches", "paresthesias"), but not from "-ss", "-us",
/// "-is" ("dizziness", "tinnitus"); then British "ae" and "oe" read as "e" ("paraesthesia", "dyspnoea").
std::string normalWord(std::string w)
{
    if (w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
        w.pop_back();
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        out += w[i];
        if ((w[i] == 'a' || w[i] == 'o') && i + 1 < w.size() && w[i + 1] == 'e') {
            out.back() = 'e';
            ++i;
        }
    }
    return out;
}

/// The words of a text: ASCII letters and digits lower-cased, apostrophes dropped, anything else separates words.
std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            words.push_back(normalWord(std::move(word)));
        word.clear();
    };
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\'')
            continue;
        if (std::isalnum(u) || u >= 0x80)
            word += static_cast<char>(std::tolower(u));
        else
            flush();
    }
    flush();
    return words;
}

std::string joined(const std::vector<std::string>& words)
{
    std::string s;
    for (const auto& w : words)
        s += (s.empty() ? "" : " ") + w;
    return s;
}

/// Words that say nothing about which symptom is meant.
bool isFiller(const std::string& w)
{
    static constexpr std::array fillers {"pain", "painful", "ache", "aching", "achy", "of", "in", "the", "and", "or",
        "a", "an", "with", "my", "on", "at", "to", "when", "like", "type", "feel", "feeling", "sensation", "some",
        "very", "mild", "severe", "chronic", "acute", "constant", "left", "right", "both", "i", "have", "has", "had",
        "get", "sided", "sore", "soreness", "hurt", "hurts", "hurting"};
    return std::find(fillers.begin(), fillers.end(), w) != fillers.end();
}

/// Words that say what brings a symptom on, not what it is: "cold" alone is not "sensitivity to hot and cold".
bool isQualifier(const std::string& w)
{
    static constexpr std::array qualifiers {"hot", "cold", "coldness", "heat", "warm", "warmth"};
    return std::find(qualifiers.begin(), qualifiers.end(), w) != qualifiers.end();
}

int wordScore(const std::string& typed, const std::string& known)
{
    if (typed == known)
        return 2;
    if (std::min(typed.size(), known.size()) < 4)
        return 0;
    const auto a = searchStem(typed);
    const auto b = searchStem(known);
    if (std::min(a.size(), b.size()) < 4)
        return 0;
    return a.starts_with(b) || b.starts_with(a) ? 1 : 0;
}

} // namespace

std::vector<std::string> placeWordsOf(const std::vector<std::string>& regionIds)
{
    // Body words that no region id spells out.
    std::vector<std::string> places {"finger", "fingertip", "feet", "tooth", "mouth", "face", "lip", "skull", "spine",
        "rib", "belly", "stomach", "waist", "limb", "joint", "bottom", "breast", "pelvic", "lumbar", "abdominal",
        "cervical", "thoracic", "muscle", "blade"};
    for (const auto& id : regionIds)
        for (auto& w : wordsOf(std::string(id)))
            places.push_back(std::move(w));
    for (auto& w : places)
        w = normalWord(w);
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    return places;
}

std::vector<std::string> placesNamed(
    std::string_view typed, const std::vector<std::string>& regionIds, const std::vector<std::string>& descriptions)
{
    const auto known = placeWordsOf(regionIds);
    auto isPlace = [&](const std::string& w) { return std::binary_search(known.begin(), known.end(), w); };
    static constexpr std::array others {"tender", "tenderness", "ache", "between"};
    // Where on a place ("upper", "inner") ranks the regions below, but names no place by itself.
    static constexpr std::array positions {"upper", "lower", "low", "inner", "outer", "front", "middle", "mid", "side",
        "top", "under", "tip", "base", "behind"};
    auto has
        = [](const auto& list, const std::string& w) { return std::find(list.begin(), list.end(), w) != list.end(); };
    std::vector<std::string> places;
    std::vector<std::string> said; // every word of the phrase but "pain": "upper back pain" -> "upper", "back"
    // Two words people use for one place the region ids name in one: "shoulder blade" is the scapula.
    auto words = wordsOf(typed);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string two = words[i] + " " + words[i + 1];
        const char* one = two == "shoulder blade"        ? "scapula"
            : (two == "low back" || two == "lower back") ? "lumbar"
                                                         : nullptr;
        if (one) {
            words[i] = one;
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
    for (auto w : words) {
        // "earache", "backache": a place run together with "ache".
        if (w.size() > 6 && w.ends_with("ache") && isPlace(normalWord(w.substr(0, w.size() - 4))))
            w = normalWord(w.substr(0, w.size() - 4));
        if (!isFiller(w))
            said.push_back(w);
        const bool position = has(positions, w);
        if (isPlace(w) && !position)
            places.push_back(w);
        else if (!position && !isFiller(w) && !has(others, w))
            return {}; // a word that is neither a place nor "pain": not a place alone
    }
    if (places.empty())
        return {};
    // The regions whose id or description spells one of those places ("ear": head.ear; "back": back.lumbar, ...),
    // those that share most words of the phrase first ("low back": back.lumbar, "low back beside the spine").
    std::vector<std::pair<int, std::string>> regions;
    for (std::size_t i = 0; i < regionIds.size(); ++i) {
        const auto id = wordsOf(regionIds[i]);
        const auto description = i < descriptions.size() ? wordsOf(descriptions[i]) : std::vector<std::string> {};
        if (!std::any_of(
                places.begin(), places.end(), [&](const std::string& p) { return has(id, p) || has(description, p); }))
            continue;
        // A word of the id counts twice ("ear" is head.ear before the temple "in front of the ear"), of its area
        // once more ("upper back" is back.upper_spine before thigh.back_upper).
        int shared = 0;
        for (const auto& w : said)
            shared += (has(id, w) ? 2 : 0) + (has(description, w) ? 1 : 0) + (id.front() == w ? 1 : 0);
        regions.emplace_back(-shared, regionIds[i]);
    }
    std::stable_sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> ids;
    for (auto& r : regions)
        ids.push_back(std::move(r.second));
    return ids;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t most)
{
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > most)
        return most + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::vector<const Symptom*> nearSymptoms(
    const std::vector<Symptom>& symptoms, std::string_view typed, std::size_t limit)
{
    const auto typedWords = wordsOf(typed);
    std::vector<std::pair<std::size_t, const Symptom*>> near;
    for (const auto& s : symptoms) {
        std::size_t best = 99;
        std::vector<std::string> texts {s.id, s.name};
        texts.insert(texts.end(), s.words.begin(), s.words.end());
        for (const auto& text : texts)
            for (const auto& w : wordsOf(text))
                for (const auto& t : typedWords) {
                    if (t.size() < 4 || isFiller(t) || isFiller(w))
                        continue;
                    const std::size_t most = t.size() <= 6 ? 1 : 2;
                    if (const auto d = editDistance(t, w, most); d <= most)
                        best = std::min(best, d);
                }
        if (best < 99)
            near.emplace_back(best, &s);
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Symptom*> out;
    for (const auto& [distance, symptom] : near)
        if (out.size() < limit)
            out.push_back(symptom);
    return out;
}

std::vector<const Symptom*> matchSymptoms(const std::vector<Symptom>& symptoms, std::string_view typed,
    const std::vector<std::string>& placeWords, std::size_t minPrefix)
{
    const auto typedWords = wordsOf(typed);
    const std::string key = joined(typedWords);
    if (key.empty())
        return {};

    struct Known {
        const Symptom* symptom;
        std::vector<std::string> keys; // id, name and words, each as normal words joined by spaces
        std::vector<std::string> words; // every word of those, fillers left out
    };
    std::vector<Known> known;
    for (const auto& s : symptoms) {
        Known k {&s, {}, {}};
        std::vector<std::string> texts {s.id, s.name};
        texts.insert(texts.end(), s.words.begin(), s.words.end());
        for (const auto& t : texts) {
            const auto ws = wordsOf(t);
            k.keys.push_back(joined(ws));
            for (const auto& w : ws)
                if (!isFiller(w))
                    k.words.push_back(w);
        }
        known.push_back(std::move(k));
    }

    // 1. The same words as an id, a name or a word.
    std::vector<const Symptom*> exact;
    for (const auto& k : known)
        if (std::find(k.keys.begin(), k.keys.end(), key) != k.keys.end())
            exact.push_back(k.symptom);
    if (!exact.empty())
        return exact;
    // Only words that say "pain" ("sore", "ache"): no symptom, though "sore" starts "sore throat".
    if (std::all_of(typedWords.begin(), typedWords.end(), isFiller))
        return {};

    auto isPlace
        = [&placeWords](const std::string& w) { return std::binary_search(placeWords.begin(), placeWords.end(), w); };

    // 2. The start of one symptom's names, at the start of a word; a place or a qualifier is not the start of a
    // symptom ("foot", "cold").
    if (key.size() >= minPrefix && !(typedWords.size() == 1 && (isPlace(key) || isQualifier(key)))) {
        std::vector<const Symptom*> prefixed;
        for (const auto& k : known)
            for (const auto& name : k.keys) {
                bool found = false;
                for (auto at = name.find(key); at != std::string::npos && !found; at = name.find(key, at + 1))
                    found = at == 0 || name[at - 1] == ' ';
                if (found) {
                    prefixed.push_back(k.symptom);
                    break;
                }
            }
        if (prefixed.size() == 1)
            return prefixed;
        if (prefixed.size() > 1)
            return {};
    }

    // 3. The phrase's words, scored against each symptom's words. Between equal scores, the symptom one of whose
    // names the phrase covers most wins: "cramp in calf" is "cramps", not "menstrual cramps".
    struct Fit {
        int score = 0;
        double covered = 0;
        auto operator<=>(const Fit&) const = default;
    };
    const Symptom* best = nullptr;
    Fit bestFit;
    bool tie = false;
    bool bestNamesSymptom = false;
    for (const auto& k : known) {
        Fit fit;
        bool namesSymptom = false;
        std::vector<std::string> matched;
        for (const auto& u : typedWords) {
            if (isFiller(u))
                continue;
            int top = 0;
            for (const auto& v : k.words)
                if (const int score = wordScore(u, v); score > 0) {
                    top = std::max(top, score);
                    matched.push_back(v);
                }
            // A place only narrows it down ("ear ringing"); "arm tingling" is not "cannot raise arm". So does what
            // brings a symptom on: "teeth sensitive to cold" is tooth sensitivity, "coldness" alone is no symptom.
            const bool place = isPlace(u) || isQualifier(u);
            fit.score += place ? std::min(top, 1) : top;
            namesSymptom = namesSymptom || (top > 0 && !place);
        }
        for (const auto& name : k.keys) {
            auto words = wordsOf(name);
            std::erase_if(words, isFiller);
            if (words.empty())
                continue;
            const auto shared = std::count_if(words.begin(), words.end(),
                [&](const std::string& w) { return std::find(matched.begin(), matched.end(), w) != matched.end(); });
            fit.covered = std::max(fit.covered, static_cast<double>(shared) / static_cast<double>(words.size()));
        }
        if (fit.score == 0)
            continue;
        if (fit > bestFit) {
            best = k.symptom;
            bestFit = fit;
            tie = false;
            bestNamesSymptom = namesSymptom;
        } else if (fit == bestFit) {
            tie = true;
        }
    }
    if (!best || tie || !bestNamesSymptom)
        return {};
    return {best};
}

} // namespace tmap::catalogue
