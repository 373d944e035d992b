// catalogue/translations: the catalogue's user-visible strings in other languages, authored beside the data
// (data/catalogue/i18n/<language>/lists.json and muscles/<id>.json), checked for completeness by the builder and
// built into the catalogue. The front ends ask for a string by key and fall back to the English data.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tmap::catalogue {

struct CatalogueData;
struct Muscle;

/// Keys of translatable strings (one function per kind, so that writers and readers agree).
namespace tkey {
std::string region(std::string_view id); ///< the region's description ("short name, explanation")
std::string view(std::string_view id); ///< a view's title; "left side" for the mirrored side view
std::string area(std::string_view id);
std::string symptom(std::string_view id, std::string_view field); ///< field: name | words (newline-separated)
std::string factor(std::string_view id, std::string_view field); ///< name | description | prevention
std::string redFlag(std::string_view id, std::string_view field); ///< title | signs | action
std::string guide(std::string_view id, std::string_view field); ///< title | body
std::string muscleName(std::string_view id);
std::string text(std::string_view english); ///< a muscle's safety text and names, keyed by the English
} // namespace tkey

/// Every language's strings: language -> key -> text.
using Translations = std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>;

/// Reads data/catalogue/i18n/<language>/ for every language folder under `dir`. Problems (bad JSON, unknown ids,
/// strings without a translation) are appended as "file: json-path: message".
Translations readTranslations(const std::string& dir, const CatalogueData& data, std::vector<std::string>& problems);

/// The keys (and the English text) every language must translate: regions, views, areas, symptoms, factors, red
/// flags, the guide, muscle names, and each muscle's trigger point and technique names, precautions and red flag
/// notes.
std::vector<std::pair<std::string, std::string>> requiredKeys(const CatalogueData& data);

/// A muscle's descriptive text, in the order its entry shows it: its other names, overview, where it lies and what it does, how to
/// find it, how sure the references are, its trigger points' locations, the notes on its symptoms and causes, and its
/// techniques' tools, positions, steps and doses. Keyed like its names (tkey::text). A language translates a muscle's text
/// whole or not at all: the builder refuses a muscle file that translates some of it; until then the entry shows the
/// English and says so.
std::vector<std::string> proseOf(const Muscle& muscle);

} // namespace tmap::catalogue
