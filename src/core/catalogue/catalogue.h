// catalogue/catalogue: the read-only catalogue database as the app and the CLI see it: every muscle and
// trigger point in memory, the body map, and full-text search.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "body/body_map.h"
#include "catalogue/model.h"

namespace tmap::db {
class Database;
}

namespace tmap::catalogue {

struct SearchHit {
    const Muscle* muscle = nullptr;
    double rank = 0; ///< lower is better (FTS5 bm25)
};

/// Thrown when the catalogue file is missing, not a catalogue, or of another schema version.
class CatalogueError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An opened catalogue: read once into memory; search goes to SQLite's FTS5 index. open() reads the shared lists
/// and the body geometry (all the first window needs), then checkReferences(): SQL checks of the rules and keys the
/// muscles' reader does not follow, and the muscles and their trigger points, read with every reference a row makes
/// (each foreign key, each region and view id) checked as it is read. A window that wants its first frame sooner
/// opens with Checks::Deferred and calls checkReferences() right after that frame; the first call that needs the
/// muscles (muscles(), muscle(), triggerPoint(), triggerPoints(), search()) runs it anyway, once, thread-safely, so
/// nothing ever reads an unchecked reference. A damaged file throws CatalogueError naming the file and the problem.
class Catalogue final {
public:
    static constexpr std::size_t kMinSymptomPrefix = 4;
    enum class Checks { AtOpen, Deferred };
    static std::unique_ptr<Catalogue> open(const std::string& path, Checks checks = Checks::AtOpen);
    /// Checks every reference and reads the muscles (once; later calls return at once). Throws CatalogueError
    /// naming the file; a failed call leaves nothing half-read, and the next call tries again.
    void checkReferences() const;
    ~Catalogue();
    Catalogue(const Catalogue&) = delete;
    Catalogue& operator=(const Catalogue&) = delete;

    /// The shared lists (symptoms, factors, red flags, sources, guide). Its `muscles` and `views` stay empty:
    /// see muscles() and body().
    const CatalogueData& data() const { return data_; }
    const body::BodyMap& body() const { return *body_; }
    /// Every muscle, in catalogue order.
    const std::vector<Muscle>& muscles() const;

    const Muscle* muscle(std::string_view id) const;
    /// The muscle whose id, name, other name or Latin name is `text` (letter case and spaces around ignored), when
    /// exactly one is; else null. For people who type "Quadratus lumborum" or "QL" rather than the id.
    const Muscle* muscleNamed(std::string_view text) const;
    const TriggerPoint* triggerPoint(std::string_view id) const;
    const Symptom* symptom(std::string_view id) const;
    const Factor* factor(std::string_view id) const;
    const RedFlag* redFlag(std::string_view id) const;
    const Source* source(std::string_view id) const;
    /// Every trigger point, in catalogue order.
    const std::vector<const TriggerPoint*>& triggerPoints() const;

    /// Finds the symptom a user's word or phrase names: its id, name or one of its words, whatever the case,
    /// hyphens, plural or British spelling; else a word of at least kMinSymptomPrefix letters that begins exactly
    /// one symptom's names ("tinnit"); else the one symptom whose words the phrase shares most ("weakness of
    /// grip"). A shorter, ambiguous or place-only word ("ear pain") finds nothing. See matchSymptoms().
    std::vector<const Symptom*> findSymptoms(std::string_view word) const;
    /// For a word findSymptoms() does not know: the symptoms it nearly spells (catalogue::nearSymptoms), at most 3.
    std::vector<const Symptom*> symptomsSpelledNearly(std::string_view word) const;
    /// For a word findSymptoms() does not know because it only names a body place ("ear pain"): the body's
    /// regions that spell that place (catalogue::placesNamed), to draw instead; else nothing.
    std::vector<std::string> placesNamedBy(std::string_view word) const;

    /// Full-text search over names, other names, symptoms and descriptions, with prefix matching.
    std::vector<SearchHit> search(std::string_view query, int limit = 50) const;

    const std::string& path() const { return path_; }

    /// A user-visible string in `language` ("de"), by key (catalogue/translations.h), or `english` when the
    /// catalogue has no such language or string.
    const std::string& translated(std::string_view language, std::string_view key, const std::string& english) const;
    /// Whether `language` has a string for `key`.
    bool hasTranslation(std::string_view language, std::string_view key) const;
    /// The languages the catalogue has translations for ("de"), in name order.
    const std::vector<std::string>& languages() const;

private:
    Catalogue() = default;
    std::string path_;
    std::unique_ptr<db::Database> db_;
    CatalogueData data_;
    std::unique_ptr<body::BodyMap> body_;
    void readMuscles() const;
    mutable std::once_flag referencesChecked_;
    mutable std::vector<Muscle> muscles_;
    mutable std::vector<const TriggerPoint*> points_;
    mutable std::map<std::string, const Muscle*, std::less<>> muscleIndex_;
    mutable std::map<std::string, const TriggerPoint*, std::less<>> pointIndex_;
    mutable std::mutex translationsMutex_;
    mutable std::optional<std::vector<std::string>> languages_;
    /// language -> key -> text, each language read on first use (translated()).
    mutable std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> translations_;
};

/// Where the catalogue is looked for: $TRIGGER_MAP_CATALOGUE, then next to the program (build tree), then
/// ../share/trigger-map/ relative to the program (installed tree). Returns the first that exists, or "".
std::string findCatalogue(const std::string& programDir);

/// Turns a user's words into an FTS5 query: all words required, each stemmed (searchStem) and prefix-matched; a
/// word or words that a synonym names also find what it means, and not the phrases it rules out.
std::string ftsQuery(std::string_view words, const std::vector<SearchSynonym>& synonyms = {});

/// A lower-case word without its English or German ending ("dizzy" -> "dizz", "Schmerzen" -> "schmerz"), for
/// prefix matching; short words stay whole.
std::string searchStem(std::string_view word);

} // namespace tmap::catalogue
