// catalogue: the in-memory shape of the trigger point catalogue, shared by the JSON builder, the SQLite
// reader and the matcher. Plain data; no I/O here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "body/body_map.h"

namespace tmap::catalogue {

enum class ZoneKind { Main, Spillover };
enum class Frequency { Usual, Occasional };

struct Zone {
    std::string region; ///< vocabulary id without side
    ZoneKind kind = ZoneKind::Main;
    Frequency frequency = Frequency::Usual;
    bool bothSides = false; ///< felt on either side, not only the trigger point's side
};

struct Marker {
    std::string view; ///< view id of the right-side marker (mirror it for the left)
    double x = 0;
    double y = 0;
};

/// A referral pattern drawn as a shape (data/catalogue/pattern-shapes, made by tools/patterns): the essential
/// (main) or the spillover zones of one trigger point in one view, as closed rings (even-odd) in normalised view
/// coordinates. The right side's, like the markers; the left is mirrored.
struct PatternShape {
    std::string view; ///< a view drawn from the data ("side", never "side-left")
    ZoneKind kind = ZoneKind::Main;
    std::vector<body::Polygon> polygons;
};

struct TriggerPoint {
    std::string id;
    std::string muscleId;
    std::string name;
    std::string location;
    std::vector<std::string> sites; ///< regions where the trigger point itself lies
    std::vector<Zone> zones;
    std::vector<std::string> symptoms; ///< symptom ids typical of this point
    /// Right or Left for a point the references place on one side of the body only; None for both sides.
    body::Side onlySide = body::Side::None;
    /// The entry leaves this point to a clinician (beside a large artery or nerve, or reached only from inside the
    /// pelvis): it is ranked and pictured like any other, but never offered for pressing on oneself (no guided
    /// session, no plan step).
    bool clinicianOnly = false;
    /// The point is found by gripping the muscle between thumb and fingers, never by pressing inward: the neck's
    /// sternocleidomastoid and platysma, over the carotid artery and the windpipe. The press test asks to grip it.
    bool grip = false;
    /// The references call this point less common (or rare) than the muscle's others: the ranking counts it about
    /// half as likely a source (kLessCommon in match/matcher.cpp).
    bool lessCommon = false;
    /// The references draw no pain pattern for this point (pectoralis major's point linked with an irregular
    /// heartbeat: tenderness where it lies, no referred pain): it has no zones. Stored as its own flag: a point whose
    /// zones a damaged catalogue lost is refused, never read as one that refers no pain.
    bool noReferredPain = false;
    /// Where the X goes, one per view that shows the point: authored in the muscle file (right side; the left is
    /// mirrored). The builder computes them from the first site only for a point without any.
    std::vector<Marker> markers;
    bool markersComputed = false; ///< the builder's fallback placed the markers (not stored in the database)
    /// How the pattern is drawn: one shape per view and zone kind that the zones' regions reach. The ranking
    /// works on `zones`; the builder proves that each shape lies inside its zones' regions and covers each.
    std::vector<PatternShape> shapes;
};

/// What a technique does: presses the trigger point, stretches the muscle, or something else (heat, a habit).
enum class TechniqueKind { Pressure, Stretch, Other };

/// "pressure", "stretch" or "other": the word the catalogue's files and database use.
constexpr std::string_view techniqueKindName(TechniqueKind kind)
{
    return kind == TechniqueKind::Pressure ? "pressure" : kind == TechniqueKind::Stretch ? "stretch" : "other";
}

/// The kind techniqueKindName() gives `name`; nullopt for any other word.
constexpr std::optional<TechniqueKind> parseTechniqueKind(std::string_view name)
{
    for (const auto kind : {TechniqueKind::Pressure, TechniqueKind::Stretch, TechniqueKind::Other})
        if (techniqueKindName(kind) == name)
            return kind;
    return std::nullopt;
}

struct Technique {
    TechniqueKind kind = TechniqueKind::Other;
    std::string name;
    std::string tool;
    /// A tool to have at hand: the catalogue writes "none" for the hands alone, which is no tool to name.
    bool hasTool() const { return !tool.empty() && tool != "none"; }
    std::string position;
    std::vector<std::string> steps;
    std::string duration;
    std::string frequency;
    std::string intensity;
    std::vector<std::string> precautions;
};

struct Link {
    std::string id;
    std::string note;
};

struct SourceRef {
    std::string ref;
    std::string chapter;
};

/// A muscle's outline in one body view (the right side's, in normalised view coordinates; the app mirrors it for
/// the left): a calm silhouette drawn faintly under a referral pattern, from data/catalogue/outlines.json.
struct MuscleOutline {
    std::string view;
    bool deep = false; ///< lies under other muscles in this view: drawn fainter and dashed
    std::vector<body::Polygon> polygons;
};

struct Muscle {
    std::string id;
    std::string name;
    std::vector<std::string> otherNames;
    std::string latin;
    std::string area;
    /// Other body areas a person may look for it under (iliopsoas, a belly muscle, under the hip too): the catalogue
    /// browser lists it there as well. Its own `area` is not among them.
    std::vector<std::string> alsoIn;
    std::string overview;
    std::string location;
    std::string action;
    std::string palpation;
    std::vector<Link> symptoms;
    std::vector<Link> factors;
    std::vector<TriggerPoint> triggerPoints;
    std::vector<Technique> techniques;
    /// Safety: what not to do, where not to press, what needs a clinician first. Shown before every self-care step.
    std::vector<std::string> precautions;
    /// Advice that is not safety: what keeps the pain from coming back (a headset, a wider shoe) and which muscles
    /// to treat with this one. Shown after the steps, never in a safety box.
    std::vector<std::string> tips;
    std::vector<std::string> redFlags;
    std::vector<std::string> redFlagNotes;
    std::vector<std::string> related;
    std::vector<SourceRef> sources;
    /// How sure the references are of this entry (data/catalogue/evidence.json): of its referral pattern and of its
    /// self-care technique, each one line of plain text.
    std::string patternEvidence;
    std::string techniqueEvidence;
    /// Where the muscle lies, per view that shows it (catalogue/outline.h).
    std::vector<MuscleOutline> outlines;
};

struct Symptom {
    std::string id;
    std::string name;
    std::vector<std::string> words;
    /// Base regions whose drawing already says it (chest pain: the chest): no question asks about it then.
    std::vector<std::string> drawnAs;
};

/// A search word and what it means (data/catalogue/search-synonyms.json): a user's lay word ("dizzy", "tennis
/// elbow", "Hexenschuss") finds what the catalogue calls it; `not` keeps phrases that only look alike out ("heel"
/// is not "heel of the hand").
struct SearchSynonym {
    std::vector<std::string> words; ///< what a user may type: one or more words each
    std::vector<std::string> means; ///< what to search for as well
    std::vector<std::string> notPhrases; ///< phrases that, found instead of the word, do not count
};

struct Factor {
    std::string id;
    std::string name;
    std::string description;
    std::string prevention;
};

struct RedFlag {
    std::string id;
    std::string title;
    std::string signs;
    std::string action;
    std::vector<std::string> regions; ///< base ids or instances that bring up the notice
    std::vector<std::string> symptoms; ///< symptom ids that bring up the notice
    /// Symptoms its signs name that do not bring it up alone (dizziness of the heart's): while the notice holds
    /// self-care, these and `symptoms` are not asked about as a muscle's sign.
    std::vector<std::string> signSymptoms;
    /// The signs need a clinician before any self-treatment (heart, clot, nerve or artery): the front ends ask
    /// before a guided session or a plan while the notice is up.
    bool holdSelfCare = false;
};

struct Source {
    std::string id;
    std::string citation;
};

struct GuideSection {
    std::string id;
    std::string title;
    std::string body;
    bool warning = false; ///< safety text (when to stop and see a clinician): shown as a warning, never hidden
};

/// One muscle of a pain guide: listed for pain in the guide's regions, as an essential (main) zone of its
/// pattern or as spillover.
struct GuideMuscle {
    std::string muscleId;
    ZoneKind kind = ZoneKind::Main;
    /// The place in the references' list (0 = first). Muscles the references name in one entry ("adductor longus
    /// and brevis", "trapezius" split here into its parts) share a place; otherwise it is the muscle's index.
    int place = 0;
};

/// One of the references' pain guides: for pain in these regions, the muscles whose trigger points the references
/// name, most likely first (data/catalogue/pain-guides/). The ranking uses it as how often each muscle is the cause.
struct PainGuide {
    std::vector<std::string> regions; ///< vocabulary ids without side; each region is in exactly one guide
    std::vector<GuideMuscle> muscles; ///< in the references' order of likelihood
    std::vector<SourceRef> sources;
};

/// One thing to mind before pressing or stretching, and the technique it belongs to: null when it holds for the
/// muscle whatever the technique (its own precautions, and those two or more of the techniques share).
struct Precaution {
    std::string text;
    const Technique* technique = nullptr;
    bool operator==(const Precaution&) const = default;
};
/// What to mind before pressing or stretching this muscle with these techniques (null ones skipped), each text
/// once: the muscle's own first (where not to press, what needs a clinician), then those several of the techniques
/// share (blood thinners), then each technique's own under it, in the techniques' order. A technique's own ("do not
/// use in pregnancy" of a back-bend stretch) reads right only with its name: every front end shows it so.
std::vector<Precaution> precautionsFor(const Muscle& muscle, const std::vector<const Technique*>& techniques);
/// The same with all of the muscle's techniques.
std::vector<Precaution> precautionsFor(const Muscle& muscle);
/// The muscle's techniques but its stretches: the ways a press test's point is worked on.
std::vector<const Technique*> pressingTechniques(const Muscle& muscle);
/// precautionsFor with pressingTechniques(): what to mind before a press test.
std::vector<Precaution> pressPrecautionsFor(const Muscle& muscle);

/// The body areas in display order, with their names.
const std::vector<std::pair<std::string, std::string>>& areas();
std::string areaName(const std::string& area);

/// Everything the catalogue holds.
struct CatalogueData {
    /// Filled by the builder; an opened Catalogue keeps its muscles apart (Catalogue::muscles()).
    std::vector<Muscle> muscles;
    std::vector<Symptom> symptoms;
    std::vector<Factor> factors;
    std::vector<RedFlag> redFlags;
    std::vector<Source> sources;
    std::vector<GuideSection> guide;
    std::vector<PainGuide> painGuides;
    std::vector<SearchSynonym> searchSynonyms;
    /// The user-visible strings in other languages: language -> key (catalogue/translations.h) -> text. Filled by
    /// the builder; an opened Catalogue reads each language on its first use instead (Catalogue::translated()).
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> translations;
    std::string regionsTsv; ///< the body vocabulary, verbatim
    /// The body geometry as authored (not the mirrored left lateral view). Filled by the builder; an opened
    /// Catalogue moves it into body() and leaves this empty.
    std::vector<body::View> views;
};

/// The symptoms in the order a list offers them to tick: first those a warning names (redflags.json `symptoms`:
/// chest pain, numbness, genital pain, ...), which a person who has one must not miss in a short list, then the
/// others; each group in the catalogue's order.
std::vector<const Symptom*> symptomsWarningsFirst(const CatalogueData& data);

} // namespace tmap::catalogue
