// catalogue/translations: the translation keys, and reading the translations with checks (missing, stale, partial).
#include "catalogue/translations.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "catalogue/model.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace tmap::catalogue {

namespace tkey {
namespace {
std::string join(std::string_view a, std::string_view b, std::string_view c = {})
{
    std::string key(a);
    key += ':';
    key += b;
    if (!c.empty()) {
        key += ':';
        key += c;
    }
    return key;
}
} // namespace

std::string region(std::string_view id)
{
    return join("region", id);
}
std::string view(std::string_view id)
{
    return join("view", id);
}
std::string area(std::string_view id)
{
    return join("area", id);
}
std::string symptom(std::string_view id, std::string_view field)
{
    return join("symptom", id, field);
}
std::string factor(std::string_view id, std::string_view field)
{
    return join("factor", id, field);
}
std::string redFlag(std::string_view id, std::string_view field)
{
    return join("red_flag", id, field);
}
std::string guide(std::string_view id, std::string_view field)
{
    return join("guide", id, field);
}
std::string muscleName(std::string_view id)
{
    return join("muscle", id, "name");
}
std::string text(std::string_view english)
{
    return join("text", english);
}
} // namespace tkey

std::vector<std::string> proseOf(const Muscle& m)
{
    std::vector<std::string> texts;
    auto add = [&texts](const std::string& text) {
        if (!text.empty() && std::find(texts.begin(), texts.end(), text) == texts.end())
            texts.push_back(text);
    };
    for (const auto& n : m.otherNames)
        add(n);
    for (const auto* t : {&m.overview, &m.location, &m.action, &m.palpation, &m.patternEvidence, &m.techniqueEvidence})
        add(*t);
    for (const auto& tp : m.triggerPoints)
        add(tp.location);
    for (const auto& s : m.symptoms)
        add(s.note);
    for (const auto& f : m.factors)
        add(f.note);
    for (const auto& t : m.techniques) {
        add(t.tool);
        add(t.position);
        for (const auto& step : t.steps)
            add(step);
        for (const auto* dose : {&t.duration, &t.frequency, &t.intensity})
            add(*dose);
    }
    return texts;
}

std::vector<std::pair<std::string, std::string>> requiredKeys(const CatalogueData& data)
{
    std::vector<std::pair<std::string, std::string>> keys;
    std::set<std::string> seen;
    auto add = [&](std::string key, const std::string& english) {
        if (seen.insert(key).second)
            keys.emplace_back(std::move(key), english);
    };
    // Regions: the vocabulary's descriptions (column 4 of regions.tsv).
    std::size_t start = 0;
    bool header = true;
    while (start < data.regionsTsv.size()) {
        const auto end = data.regionsTsv.find('\n', start);
        const std::string line
            = data.regionsTsv.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? data.regionsTsv.size() : end + 1;
        if (header || line.empty()) {
            header = false;
            continue;
        }
        std::vector<std::string> cols;
        std::size_t at = 0;
        for (auto tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', at)) {
            cols.push_back(line.substr(at, tab - at));
            at = tab + 1;
        }
        cols.push_back(line.substr(at));
        if (cols.size() >= 4)
            add(tkey::region(cols[0]), cols[3]);
    }
    for (const auto& v : data.views)
        add(tkey::view(v.id), v.title);
    add(tkey::view("left side"), "Left side");
    for (const auto& [id, name] : areas())
        add(tkey::area(id), name);
    for (const auto& s : data.symptoms)
        add(tkey::symptom(s.id, "name"), s.name);
    for (const auto& f : data.factors) {
        add(tkey::factor(f.id, "name"), f.name);
        add(tkey::factor(f.id, "description"), f.description);
        add(tkey::factor(f.id, "prevention"), f.prevention);
    }
    for (const auto& r : data.redFlags) {
        add(tkey::redFlag(r.id, "title"), r.title);
        add(tkey::redFlag(r.id, "signs"), r.signs);
        add(tkey::redFlag(r.id, "action"), r.action);
    }
    for (const auto& g : data.guide) {
        add(tkey::guide(g.id, "title"), g.title);
        add(tkey::guide(g.id, "body"), g.body);
    }
    for (const auto& m : data.muscles) {
        add(tkey::muscleName(m.id), m.name);
        for (const auto& tp : m.triggerPoints)
            add(tkey::text(tp.name), tp.name);
        for (const auto& t : m.techniques) {
            add(tkey::text(t.name), t.name);
            for (const auto& p : t.precautions)
                add(tkey::text(p), p);
        }
        for (const auto& p : m.precautions)
            add(tkey::text(p), p);
        for (const auto& t : m.tips)
            add(tkey::text(t), t);
        for (const auto& n : m.redFlagNotes)
            add(tkey::text(n), n);
    }
    return keys;
}

namespace {

std::optional<json> parse(const fs::path& path, std::vector<std::string>& problems)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back(path.string() + ": /: cannot read the file");
        return std::nullopt;
    }
    try {
        return json::parse(in);
    } catch (const json::parse_error& e) {
        problems.push_back(path.string() + ": /: not valid JSON: " + e.what());
        return std::nullopt;
    }
}

// Puts a string member into the map, or reports what is wrong with it.
void take(const json& object, const std::string& member, const std::string& key,
    std::map<std::string, std::string, std::less<>>& into, const std::string& file, const std::string& path,
    std::vector<std::string>& problems)
{
    if (!object.is_object() || !object.contains(member))
        return;
    const auto& v = object[member];
    if (!v.is_string() || v.get<std::string>().empty()) {
        problems.push_back(file + ": " + path + "/" + member + ": expected a non-empty string");
        return;
    }
    into[key] = v.get<std::string>();
}

void readLists(
    const fs::path& path, std::map<std::string, std::string, std::less<>>& into, std::vector<std::string>& problems)
{
    const auto doc = parse(path, problems);
    if (!doc)
        return;
    const std::string file = path.string();
    if (!doc->is_object()) {
        problems.push_back(file + ": /: expected an object");
        return;
    }
    auto plain = [&](const char* section, std::string (*key)(std::string_view)) {
        if (!doc->contains(section))
            return;
        for (const auto& [id, text] : (*doc)[section].items())
            take((*doc)[section], id, key(id), into, file, std::string("/") + section, problems);
    };
    plain("regions", tkey::region);
    plain("views", tkey::view);
    plain("areas", tkey::area);
    auto fields = [&](const char* section, std::string (*key)(std::string_view, std::string_view),
                      std::initializer_list<const char*> names) {
        if (!doc->contains(section))
            return;
        for (const auto& [id, entry] : (*doc)[section].items())
            for (const char* field : names)
                take(entry, field, key(id, field), into, file, std::string("/") + section + "/" + id, problems);
    };
    fields("symptoms", tkey::symptom, {"name"});
    fields("factors", tkey::factor, {"name", "description", "prevention"});
    fields("red_flags", tkey::redFlag, {"title", "signs", "action"});
    fields("guide", tkey::guide, {"title", "body"});
    // Search words: a list, kept newline-separated.
    if (doc->contains("symptoms"))
        for (const auto& [id, entry] : (*doc)["symptoms"].items())
            if (entry.is_object() && entry.contains("words") && entry["words"].is_array()) {
                std::string words;
                for (const auto& w : entry["words"])
                    if (w.is_string())
                        words += (words.empty() ? "" : "\n") + w.get<std::string>();
                into[tkey::symptom(id, "words")] = words;
            }
}

/// Reads one muscle's file; returns the keys of its "texts".
std::set<std::string> readMuscle(
    const fs::path& path, std::map<std::string, std::string, std::less<>>& into, std::vector<std::string>& problems)
{
    std::set<std::string> given;
    const auto doc = parse(path, problems);
    if (!doc)
        return given;
    const std::string file = path.string();
    take(*doc, "name", tkey::muscleName(path.stem().string()), into, file, "", problems);
    if (doc->contains("texts") && (*doc)["texts"].is_object())
        for (const auto& [english, text] : (*doc)["texts"].items()) {
            // The first file to translate a text shared by several muscles (a dose, an evidence line) serves them all.
            std::map<std::string, std::string, std::less<>> one;
            take((*doc)["texts"], english, tkey::text(english), one, file, "/texts", problems);
            for (auto& [key, value] : one)
                into.try_emplace(key, std::move(value));
            given.insert(tkey::text(english));
        }
    return given;
}

} // namespace

Translations readTranslations(const std::string& dir, const CatalogueData& data, std::vector<std::string>& problems)
{
    Translations all;
    if (!fs::is_directory(dir))
        return all;
    std::vector<fs::path> languages;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_directory())
            languages.push_back(entry.path());
    std::sort(languages.begin(), languages.end());
    const auto required = requiredKeys(data);
    for (const auto& folder : languages) {
        auto& strings = all[folder.filename().string()];
        readLists(folder / "lists.json", strings, problems);
        std::vector<fs::path> muscles;
        if (fs::is_directory(folder / "muscles"))
            for (const auto& entry : fs::directory_iterator(folder / "muscles"))
                if (entry.path().extension() == ".json")
                    muscles.push_back(entry.path());
        std::sort(muscles.begin(), muscles.end());
        std::map<std::string, std::pair<fs::path, std::set<std::string>>> givenBy; // muscle id -> file, keys
        for (const auto& path : muscles)
            givenBy[path.stem().string()] = {path, readMuscle(path, strings, problems)};
        // A muscle's descriptions and steps are translated whole or not at all.
        for (const auto& m : data.muscles) {
            const auto it = givenBy.find(m.id);
            if (it == givenBy.end())
                continue;
            const auto prose = proseOf(m);
            const bool started = std::any_of(prose.begin(), prose.end(),
                [&](const std::string& english) { return it->second.second.count(tkey::text(english)) > 0; });
            if (!started)
                continue;
            std::vector<std::string> untranslated;
            for (const auto& english : prose)
                if (!strings.count(tkey::text(english)))
                    untranslated.push_back(english);
            if (!untranslated.empty())
                problems.push_back(it->second.first.string() + ": /texts: " + std::to_string(untranslated.size())
                    + " of the muscle's " + std::to_string(prose.size())
                    + " descriptions and steps have no translation (translate all of them or none), e.g. \""
                    + untranslated.front() + "\"");
        }
        // Every user-visible string needs a translation: name the first few that lack one, and how many.
        std::vector<std::string> missing;
        for (const auto& [key, english] : required)
            if (!strings.count(key))
                missing.push_back(key);
        // A translation whose English no longer exists is stale: the English changed, so must the translation.
        std::set<std::string, std::less<>> wanted;
        for (const auto& [key, english] : required)
            wanted.insert(key);
        for (const auto& m : data.muscles)
            for (const auto& english : proseOf(m))
                wanted.insert(tkey::text(english));
        std::vector<std::string> stale;
        for (const auto& [key, text] : strings)
            if (!wanted.count(key) && !(key.starts_with("symptom:") && key.ends_with(":words")))
                stale.push_back(key);
        if (!stale.empty()) {
            std::string list;
            for (std::size_t i = 0; i < stale.size() && i < 8; ++i)
                list += (i ? "; " : "") + stale[i];
            problems.push_back(folder.string() + ": /: " + std::to_string(stale.size())
                + " translations match no current string (the English changed?), e.g. " + list);
        }
        if (!missing.empty()) {
            std::string list;
            for (std::size_t i = 0; i < missing.size() && i < 8; ++i)
                list += (i ? "; " : "") + missing[i];
            problems.push_back(folder.string() + ": /: " + std::to_string(missing.size())
                + " strings have no translation, e.g. " + list);
        }
    }
    return all;
}

} // namespace tmap::catalogue
