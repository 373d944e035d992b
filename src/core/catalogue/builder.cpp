// catalogue/builder: reads data/ (JSON, body geometry), checks every rule of docs/catalogue-format.md and writes the
// catalogue database. Over 600 lines because the checks of one muscle file read its fields once, in one pass, and
// report every problem with its file and JSON path; a split along the branch issue-15b (checks, pain guides, writer)
// is prepared but waits for the marker and search changes that landed meanwhile.
#include "catalogue/builder.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "body/body_map.h"
#include "builder_internal.h"
#include "builder_shapes_internal.h"
#include "catalogue/guide_text.h"
#include "catalogue/schema.h"
#include "catalogue/translations.h"
#include "db/database.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace tmap::catalogue {

namespace {

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string text;
    for (const auto& line : lines)
        text += line + "\n";
    if (!text.empty())
        text.pop_back();
    return text;
}

// Collects problems; each names the file and the JSON path (RFC 6901 pointer) where it was found.
class Problems final {
public:
    void add(const std::string& file, const std::string& path, const std::string& message)
    {
        items.push_back(file + ": " + (path.empty() ? "/" : path) + ": " + message);
    }
    std::vector<std::string> items;
};

// Reads typed fields from one JSON object, reporting what is missing or wrongly typed.
class Fields final {
public:
    Fields(const json& object, std::string file, std::string path, Problems& problems)
        : object_(object)
        , file_(std::move(file))
        , path_(std::move(path))
        , problems_(problems)
    {
        if (!object_.is_object())
            problems_.add(file_, path_, "expected an object");
    }

    std::string text(const char* key, bool required = true) const
    {
        if (!object_.is_object() || !object_.contains(key)) {
            if (required)
                problems_.add(file_, path_ + "/" + key, "missing");
            return {};
        }
        const auto& v = object_[key];
        if (!v.is_string()) {
            problems_.add(file_, path_ + "/" + key, "expected a string");
            return {};
        }
        auto s = v.get<std::string>();
        if (required && s.find_first_not_of(" \t\n") == std::string::npos)
            problems_.add(file_, path_ + "/" + key, "must not be empty");
        return s;
    }

    std::optional<double> number(const char* key) const
    {
        if (!object_.is_object() || !object_.contains(key)) {
            problems_.add(file_, path_ + "/" + key, "missing");
            return std::nullopt;
        }
        if (!object_[key].is_number()) {
            problems_.add(file_, path_ + "/" + key, "expected a number");
            return std::nullopt;
        }
        return object_[key].get<double>();
    }

    /// An optional true/false field; absent is false.
    bool flag(const char* key) const
    {
        if (!object_.is_object() || !object_.contains(key))
            return false;
        if (!object_[key].is_boolean()) {
            problems_.add(file_, path_ + "/" + key, "expected true or false");
            return false;
        }
        return object_[key].get<bool>();
    }

    std::vector<std::string> texts(const char* key, bool required = false) const
    {
        std::vector<std::string> result;
        const json* v = array(key, required);
        if (!v)
            return result;
        for (std::size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string() || (*v)[i].get<std::string>().empty())
                problems_.add(file_, path_ + "/" + key + "/" + std::to_string(i), "expected a non-empty string");
            else
                result.push_back((*v)[i].get<std::string>());
        }
        return result;
    }

    const json* array(const char* key, bool required) const
    {
        if (!object_.is_object() || !object_.contains(key)) {
            if (required)
                problems_.add(file_, path_ + "/" + key, "missing");
            return nullptr;
        }
        if (!object_[key].is_array()) {
            problems_.add(file_, path_ + "/" + key, "expected an array");
            return nullptr;
        }
        return &object_[key];
    }

    std::string at(const std::string& key) const { return path_ + "/" + key; }
    /// A problem with the object as a whole.
    void problem(const std::string& message) const { problems_.add(file_, path_, message); }
    const std::string& file() const { return file_; }

private:
    const json& object_;
    std::string file_;
    std::string path_;
    Problems& problems_;
};

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<json> parseFile(const fs::path& path, Problems& problems)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.add(path.string(), "", "cannot read the file");
        return std::nullopt;
    }
    try {
        return json::parse(in);
    } catch (const json::parse_error& e) {
        problems.add(path.string(), "", std::string("not valid JSON: ") + e.what());
        return std::nullopt;
    }
}

const std::set<std::string>& knownAreas()
{
    static const std::set<std::string> ids = [] {
        std::set<std::string> s;
        for (const auto& [id, name] : areas())
            s.insert(id);
        return s;
    }();
    return ids;
}

Muscle readMuscle(const json& doc, const std::string& file, Problems& problems)
{
    Fields f(doc, file, "", problems);
    Muscle m;
    m.id = f.text("id");
    m.name = f.text("name");
    m.otherNames = f.texts("other_names");
    m.latin = f.text("latin", false);
    m.area = f.text("area");
    if (!m.area.empty() && !knownAreas().count(m.area))
        problems.add(file, "/area", "unknown body area \"" + m.area + "\"");
    m.alsoIn = f.texts("also_in");
    std::set<std::string> seenAreas;
    for (std::size_t i = 0; i < m.alsoIn.size(); ++i) {
        const std::string at = "/also_in/" + std::to_string(i);
        const std::string& other = m.alsoIn[i];
        if (!knownAreas().count(other))
            problems.add(file, at, "unknown body area \"" + other + "\"");
        else if (other == m.area)
            problems.add(file, at, "\"" + other + "\" is the muscle's own area already");
        else if (!seenAreas.insert(other).second)
            problems.add(file, at, "\"" + other + "\" is listed twice");
    }
    m.overview = f.text("overview");
    m.location = f.text("location");
    m.action = f.text("action");
    m.palpation = f.text("palpation");
    auto links = [&](const char* key, bool required) {
        std::vector<Link> result;
        if (const json* arr = f.array(key, required)) {
            for (std::size_t i = 0; i < arr->size(); ++i) {
                Fields lf((*arr)[i], file, f.at(key) + "/" + std::to_string(i), problems);
                result.push_back({lf.text("id"), lf.text("note", false)});
            }
        }
        return result;
    };
    m.symptoms = links("symptoms", false);
    m.factors = links("factors", true);
    if (const json* tps = f.array("trigger_points", true)) {
        for (std::size_t i = 0; i < tps->size(); ++i) {
            const std::string path = "/trigger_points/" + std::to_string(i);
            Fields tf((*tps)[i], file, path, problems);
            TriggerPoint tp;
            tp.muscleId = m.id;
            tp.id = tf.text("id");
            tp.name = tf.text("name");
            tp.location = tf.text("location");
            tp.sites = tf.texts("site", true);
            if (const json* markers = tf.array("markers", false)) {
                for (std::size_t k = 0; k < markers->size(); ++k) {
                    Fields mf((*markers)[k], file, path + "/markers/" + std::to_string(k), problems);
                    const auto x = mf.number("x");
                    const auto y = mf.number("y");
                    tp.markers.push_back({mf.text("view"), x.value_or(-1), y.value_or(-1)});
                }
            }
            tp.symptoms = tf.texts("symptoms");
            const std::string onlySide = tf.text("only_side", false);
            if (const auto side = body::parseSide(onlySide))
                tp.onlySide = *side;
            else if (!onlySide.empty())
                problems.add(file, path + "/only_side", "must be right or left, not \"" + onlySide + "\"");
            tp.clinicianOnly = tf.flag("clinician_only");
            tp.lessCommon = tf.flag("less_common");
            tp.grip = tf.flag("grip");
            tp.noReferredPain = tf.flag("no_referred_pain");
            if (const json* zones = tf.array("zones", true)) {
                for (std::size_t z = 0; z < zones->size(); ++z) {
                    const std::string zpath = path + "/zones/" + std::to_string(z);
                    Fields zf((*zones)[z], file, zpath, problems);
                    Zone zone;
                    zone.region = zf.text("region");
                    const auto kind = zf.text("kind");
                    const auto frequency = zf.text("frequency", false);
                    const auto side = zf.text("side", false);
                    if (kind == "main")
                        zone.kind = ZoneKind::Main;
                    else if (kind == "spillover")
                        zone.kind = ZoneKind::Spillover;
                    else if (!kind.empty())
                        problems.add(file, zpath + "/kind", "must be main or spillover, not \"" + kind + "\"");
                    if (frequency.empty() || frequency == "usual")
                        zone.frequency = Frequency::Usual;
                    else if (frequency == "occasional")
                        zone.frequency = Frequency::Occasional;
                    else
                        problems.add(file, zpath + "/frequency", "must be usual or occasional");
                    if (side.empty() || side == "same")
                        zone.bothSides = false;
                    else if (side == "both")
                        zone.bothSides = true;
                    else
                        problems.add(file, zpath + "/side", "must be same or both");
                    tp.zones.push_back(zone);
                }
            }
            m.triggerPoints.push_back(std::move(tp));
        }
    }
    if (const json* ts = f.array("techniques", true)) {
        for (std::size_t i = 0; i < ts->size(); ++i) {
            Fields tf((*ts)[i], file, "/techniques/" + std::to_string(i), problems);
            Technique t;
            const std::string kind = tf.text("kind");
            if (const auto parsed = parseTechniqueKind(kind))
                t.kind = *parsed;
            else if (!kind.empty()) // a missing one is reported as missing
                problems.add(file, tf.at("kind"), "must be pressure, stretch or other");
            t.name = tf.text("name");
            t.tool = tf.text("tool", false);
            t.position = tf.text("position", false);
            t.steps = tf.texts("steps", true);
            t.duration = tf.text("duration", false);
            t.frequency = tf.text("frequency", false);
            t.intensity = tf.text("intensity", false);
            t.precautions = tf.texts("precautions");
            if (t.steps.empty())
                problems.add(file, tf.at("steps"), "a technique needs at least one step");
            m.techniques.push_back(std::move(t));
        }
    }
    m.precautions = f.texts("precautions");
    m.tips = f.texts("tips");
    m.redFlags = f.texts("red_flags");
    m.redFlagNotes = f.texts("red_flag_notes");
    m.related = f.texts("related");
    if (const json* ss = f.array("sources", true)) {
        for (std::size_t i = 0; i < ss->size(); ++i) {
            Fields sf((*ss)[i], file, "/sources/" + std::to_string(i), problems);
            m.sources.push_back({sf.text("ref"), sf.text("chapter", false)});
        }
    }
    return m;
}

template <typename T, typename Read>
std::vector<T> readList(const fs::path& path, const char* key, Problems& problems, Read read)
{
    std::vector<T> result;
    const auto doc = parseFile(path, problems);
    if (!doc)
        return result;
    Fields top(*doc, path.string(), "", problems);
    if (const json* arr = top.array(key, true)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            Fields f((*arr)[i], path.string(), std::string("/") + key + "/" + std::to_string(i), problems);
            result.push_back(read(f));
        }
    }
    return result;
}

template <typename T>
std::set<std::string> idsOf(const std::vector<T>& items, const std::string& file, const char* key, Problems& problems)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].id.empty() && !ids.insert(items[i].id).second)
            problems.add(
                file, std::string("/") + key + "/" + std::to_string(i) + "/id", "duplicate id \"" + items[i].id + "\"");
    return ids;
}

// The fallback for a point without authored markers: one per view, at the centre of the first site region (the
// right-side instance) drawn in that view. Points of one muscle that share a site then share an X, so the catalogue
// authors every marker (tools/markers) and the build reports how many points still need this.
void computeMarkers(TriggerPoint& tp, const body::BodyMap& map)
{
    for (const auto& site : tp.sites) {
        const body::Region* region = map.region(site);
        if (!region)
            continue;
        const std::string instance = body::Instance {site, region->sided ? body::Side::Right : body::Side::None}.id();
        for (const auto& view : map.views()) {
            if (view.mirrored)
                continue;
            if (std::any_of(tp.markers.begin(), tp.markers.end(), [&](const Marker& m) { return m.view == view.id; }))
                continue;
            if (const body::Shape* shape = view.shape(instance))
                tp.markers.push_back({view.id, shape->centre.x, shape->centre.y});
        }
    }
    tp.markersComputed = !tp.markers.empty();
}

// How far outside its site region an authored marker may sit (normalised view units): "at the edge" of a thin
// region, such as the top of the shoulder seen from behind.
constexpr double kMarkerAtEdge = 0.01;

// An authored marker is the right side's, in a view drawn from the data, on the figure, and on (or at the edge of)
// one of the point's own site regions.
void checkMarkers(const TriggerPoint& tp, const body::BodyMap& map, const std::string& file, const std::string& path,
    Problems& problems)
{
    std::set<std::string> seen;
    for (std::size_t k = 0; k < tp.markers.size(); ++k) {
        const Marker& m = tp.markers[k];
        const std::string at = path + "/markers/" + std::to_string(k);
        const body::View* view = map.view(m.view);
        if (!view || view->mirrored) {
            problems.add(file, at + "/view",
                view ? "\"" + m.view + "\" is drawn from another view: markers are the right side's (use \"side\")"
                     : "unknown view \"" + m.view + "\"");
            continue;
        }
        if (!seen.insert(m.view).second) {
            problems.add(file, at + "/view", "a second marker in view \"" + m.view + "\"");
            continue;
        }
        if (m.x < 0 || m.x > 1 || m.y < 0 || m.y > 1) {
            problems.add(file, at, "x and y are normalised view coordinates, from 0 to 1");
            continue;
        }
        const body::Point p {m.x, m.y};
        if (!view->insideOutline(p)) {
            problems.add(file, at, "outside the body outline of view \"" + m.view + "\"");
            continue;
        }
        bool onSite = false;
        std::string drawn;
        for (const auto& site : tp.sites) {
            const body::Region* region = map.region(site);
            if (!region)
                continue;
            const std::string instance
                = body::Instance {site, region->sided ? body::Side::Right : body::Side::None}.id();
            const body::Shape* shape = view->shape(instance);
            if (!shape)
                continue;
            drawn += (drawn.empty() ? "" : ", ") + site;
            onSite = onSite || shape->contains(p)
                || std::any_of(shape->polygons.begin(), shape->polygons.end(),
                    [&](const body::Polygon& polygon) { return body::distanceToEdges(polygon, p) <= kMarkerAtEdge; });
        }
        if (drawn.empty())
            problems.add(file, at, "none of the point's sites is drawn in view \"" + m.view + "\"");
        else if (!onSite)
            problems.add(file, at, "not on the point's site (" + drawn + ") in view \"" + m.view + "\"");
    }
}

// ---- Text checks: a stretch whose title contradicts its steps; a pressure step in a place its precautions forbid.

std::string lowerCase(std::string_view text)
{
    std::string lower(text);
    std::transform(
        lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

// Where `phrase` occurs in `text` as whole words (both lower-case), or npos.
std::size_t findPhrase(std::string_view text, std::string_view phrase)
{
    auto isLetter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const std::size_t end = at + phrase.size();
        if ((at == 0 || !isLetter(text[at - 1])) && (end == text.size() || !isLetter(text[end])))
            return at;
    }
    return std::string_view::npos;
}

// Pieces of `text` between any of the `separators`.
std::vector<std::string> splitAny(const std::string& text, std::string_view separators)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || separators.find(text[i]) != std::string_view::npos) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

std::vector<std::string> words(const std::string& lowerText)
{
    std::vector<std::string> result;
    std::string word;
    for (const char c : lowerText + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'')
            word += c;
        else if (!word.empty())
            result.push_back(std::exchange(word, {}));
    }
    return result;
}

// Which way a body part goes in a stretch; the pairs are opposites.
enum class Direction { In, Out, Up, Down, Straight, Bent, Toward, Away };

Direction opposite(Direction d)
{
    switch (d) {
    case Direction::In:
        return Direction::Out;
    case Direction::Out:
        return Direction::In;
    case Direction::Up:
        return Direction::Down;
    case Direction::Down:
        return Direction::Up;
    case Direction::Straight:
        return Direction::Bent;
    case Direction::Bent:
        return Direction::Straight;
    case Direction::Toward:
        return Direction::Away;
    case Direction::Away:
        return Direction::Toward;
    }
    return d;
}

// A body part named in a stretch and the direction word that follows it in the same clause ("foot turned in",
// "arch lifted", "knee straight", "palm down"). The noun comes first: "the foot" then within a few words "in". A foot
// or toes "pointed" (or "point the foot") go down, the opposite of "pull the foot up".
struct PartDirection {
    std::string part;
    Direction direction;
    std::string word; ///< as the text says it, for the message
};

std::vector<PartDirection> partDirections(const std::string& text, std::size_t window)
{
    // Plurals are folded onto one name so "toes up" and "toe down" compare.
    static const std::map<std::string, std::string, std::less<>> parts = {{"foot", "foot"}, {"feet", "foot"},
        {"toe", "toe"}, {"toes", "toe"}, {"arch", "arch"}, {"sole", "sole"}, {"heel", "heel"}, {"ankle", "ankle"},
        {"knee", "knee"}, {"knees", "knee"}, {"leg", "leg"}, {"legs", "leg"}, {"thigh", "thigh"}, {"hip", "hip"},
        {"hips", "hip"}, {"palm", "palm"}, {"palms", "palm"}, {"hand", "hand"}, {"hands", "hand"}, {"wrist", "wrist"},
        {"elbow", "elbow"}, {"arm", "arm"}, {"arms", "arm"}, {"finger", "finger"}, {"fingers", "finger"},
        {"thumb", "thumb"}, {"shoulder", "shoulder"}, {"shoulders", "shoulder"}, {"chin", "chin"}, {"head", "head"},
        {"jaw", "jaw"}, {"trunk", "trunk"}, {"chest", "chest"}};
    static const std::map<std::string, Direction, std::less<>> directions
        = {{"in", Direction::In}, {"inward", Direction::In}, {"inwards", Direction::In}, {"out", Direction::Out},
            {"outward", Direction::Out}, {"outwards", Direction::Out}, {"up", Direction::Up}, {"upward", Direction::Up},
            {"upwards", Direction::Up}, {"lifted", Direction::Up}, {"raised", Direction::Up}, {"down", Direction::Down},
            {"downward", Direction::Down}, {"downwards", Direction::Down}, {"lowered", Direction::Down},
            {"straight", Direction::Straight}, {"straightened", Direction::Straight}, {"bent", Direction::Bent},
            {"toward", Direction::Toward}, {"towards", Direction::Toward}, {"away", Direction::Away}};
    // "in" before these is a preposition ("the other foot in front"), not a direction.
    static const std::set<std::string, std::less<>> notAfterIn = {"front", "the", "a", "an", "your", "its", "their",
        "line", "place", "this", "that", "it", "each", "both", "one", "bed", "between"};
    std::vector<PartDirection> found;
    for (const auto& clause : splitAny(lowerCase(text), ",;.:()")) {
        const auto w = words(clause);
        for (std::size_t i = 0; i < w.size(); ++i) {
            const auto part = parts.find(w[i]);
            if (part == parts.end())
                continue;
            const bool footOrToe = part->second == "foot" || part->second == "toe";
            const bool pointBefore = (i >= 1 && (w[i - 1] == "point" || w[i - 1] == "points"))
                || (i >= 2 && (w[i - 2] == "point" || w[i - 2] == "points"));
            if (footOrToe && pointBefore) {
                found.push_back({part->second, Direction::Down, "pointed"});
                continue;
            }
            for (std::size_t j = i + 1; j < w.size() && j <= i + window; ++j) {
                if (parts.count(w[j]))
                    break;
                if (w[j] == "in" && j + 1 < w.size() && notAfterIn.count(w[j + 1]))
                    continue;
                if (footOrToe && w[j] == "pointed") {
                    found.push_back({part->second, Direction::Down, w[j]});
                    break;
                }
                if (const auto d = directions.find(w[j]); d != directions.end()) {
                    found.push_back({part->second, d->second, w[j]});
                    break;
                }
            }
        }
    }
    return found;
}

// A stretch whose title sends a body part one way while its steps only ever send it the other way (sartorius'
// "foot turned in" whose foot turned outward; tibialis posterior's "arch lifted" whose arch rolled down).
void checkStretchTitle(const Technique& t, const std::string& file, const std::string& path, Problems& problems)
{
    std::vector<PartDirection> inSteps;
    for (const auto& step : t.steps)
        for (auto& pd : partDirections(step, 4))
            inSteps.push_back(std::move(pd));
    for (const auto& titled : partDirections(t.name, 3)) {
        const PartDirection* opposed = nullptr;
        bool same = false;
        for (const auto& s : inSteps)
            if (s.part == titled.part) {
                same = same || s.direction == titled.direction;
                if (s.direction == opposite(titled.direction) && !opposed)
                    opposed = &s;
            }
        if (opposed && !same)
            problems.add(file, path + "/name",
                "the title has the " + titled.part + " " + titled.word + " but the steps have it " + opposed->word);
    }
}

// A place where pressing is unsafe (data/catalogue/forbidden-places.json): the words by which a precaution forbids
// it and the words by which a step would press there.
struct ForbiddenPlace {
    std::string id;
    std::string name;
    std::vector<std::string> precautionWords;
    std::vector<std::string> stepWords;
};

// A pressure step that presses into a place that its own technique's precautions forbid (pectineus pressed "on the
// inner side of the pulse" while its precaution kept out of the femoral triangle). A step that names the place after
// "never", "not", "away from" and the like in the same sentence warns, it does not press.
void checkForbiddenPlaces(const Technique& t, const std::vector<ForbiddenPlace>& places, const std::string& file,
    const std::string& path, Problems& problems)
{
    static const std::vector<std::string_view> warnings
        = {"never", "not", "no", "don't", "avoid", "away from", "stay out", "stay off", "keep off", "keep out",
            "move off", "outside", "skip", "stop", "clear of", "instead of"};
    if (t.kind != TechniqueKind::Pressure)
        return;
    for (const auto& place : places) {
        std::optional<std::size_t> forbiddenBy;
        for (std::size_t p = 0; p < t.precautions.size() && !forbiddenBy; ++p) {
            const auto precaution = lowerCase(t.precautions[p]);
            for (const auto& w : place.precautionWords)
                if (findPhrase(precaution, lowerCase(w)) != std::string_view::npos)
                    forbiddenBy = p;
        }
        if (!forbiddenBy)
            continue;
        // The first word of the place that a step uses to press there, if any.
        auto pressedWith = [&](const std::string& step) -> std::optional<std::string> {
            for (const auto& sentence : splitAny(lowerCase(step), ".;!?"))
                for (const auto& w : place.stepWords) {
                    const auto at = findPhrase(sentence, lowerCase(w));
                    if (at == std::string_view::npos)
                        continue;
                    const std::string_view before = std::string_view(sentence).substr(0, at);
                    if (std::none_of(warnings.begin(), warnings.end(),
                            [&](std::string_view n) { return findPhrase(before, n) != std::string_view::npos; }))
                        return w;
                }
            return std::nullopt;
        };
        for (std::size_t s = 0; s < t.steps.size(); ++s)
            if (const auto w = pressedWith(t.steps[s]))
                problems.add(file, path + "/steps/" + std::to_string(s),
                    "presses into " + place.name + " (\"" + *w + "\"), which the technique's precaution " + path
                        + "/precautions/" + std::to_string(*forbiddenBy) + " forbids");
    }
}

} // namespace

BuildError::BuildError(std::vector<std::string> problems)
    : std::runtime_error(joinLines(problems))
    , problems_(std::move(problems))
{
}

namespace {

// The references' pain guides: every file of the folder, in name order. Each region of the vocabulary is in
// exactly one guide; every muscle and source resolves; no muscle twice in a guide.
std::vector<PainGuide> readPainGuides(const fs::path& dir, const body::BodyMap* map,
    const std::set<std::string>& muscleIds, const std::set<std::string>& sourceIds, Problems& problems)
{
    std::vector<PainGuide> guides;
    std::vector<fs::path> files;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        problems.add(dir.string(), "", "no pain guide files");
        return guides;
    }
    std::map<std::string, std::string> regionAt; // region -> "file: path" of the guide that covers it
    for (const auto& path : files) {
        const auto doc = parseFile(path, problems);
        if (!doc)
            continue;
        const std::string file = path.string();
        Fields top(*doc, file, "", problems);
        const json* list = top.array("guides", true);
        if (!list)
            continue;
        for (std::size_t gi = 0; gi < list->size(); ++gi) {
            const std::string at = "/guides/" + std::to_string(gi);
            Fields f((*list)[gi], file, at, problems);
            PainGuide g;
            g.regions = f.texts("regions", true);
            if (g.regions.empty())
                problems.add(file, at + "/regions", "a guide needs at least one region");
            for (std::size_t ri = 0; ri < g.regions.size(); ++ri) {
                const auto& r = g.regions[ri];
                const std::string where = at + "/regions/" + std::to_string(ri);
                if (map && !map->region(r))
                    problems.add(file, where, "unknown region id \"" + r + "\"");
                else if (const auto [it, fresh] = regionAt.emplace(r, file + ": " + at); !fresh)
                    problems.add(file, where, "region \"" + r + "\" already has a guide (" + it->second + ")");
            }
            if (const json* muscles = f.array("muscles", true)) {
                std::set<std::string> seen;
                for (std::size_t mi = 0; mi < muscles->size(); ++mi) {
                    Fields mf((*muscles)[mi], file, at + "/muscles/" + std::to_string(mi), problems);
                    GuideMuscle gm;
                    gm.muscleId = mf.text("muscle");
                    const std::string kind = mf.text("kind");
                    if (kind != "main" && kind != "spillover")
                        problems.add(file, mf.at("kind"), "must be \"main\" or \"spillover\"");
                    gm.kind = kind == "spillover" ? ZoneKind::Spillover : ZoneKind::Main;
                    // "same_entry": the references name this muscle in one entry with the muscle before it.
                    const bool sameEntry = mf.flag("same_entry");
                    if (sameEntry && g.muscles.empty())
                        problems.add(file, mf.at("same_entry"), "the first muscle of a guide has no entry to share");
                    gm.place = g.muscles.empty() ? 0 : g.muscles.back().place + (sameEntry ? 0 : 1);
                    if (!gm.muscleId.empty() && !muscleIds.count(gm.muscleId))
                        problems.add(file, mf.at("muscle"), "unknown muscle \"" + gm.muscleId + "\"");
                    else if (!seen.insert(gm.muscleId).second)
                        problems.add(file, mf.at("muscle"), "muscle \"" + gm.muscleId + "\" listed twice");
                    g.muscles.push_back(std::move(gm));
                }
                if (muscles->empty())
                    problems.add(file, at + "/muscles", "a guide needs at least one muscle");
            }
            if (const json* sources = f.array("sources", true)) {
                for (std::size_t si = 0; si < sources->size(); ++si) {
                    Fields sf((*sources)[si], file, at + "/sources/" + std::to_string(si), problems);
                    SourceRef ref {sf.text("ref"), sf.text("chapter")};
                    if (!ref.ref.empty() && !sourceIds.count(ref.ref))
                        problems.add(file, sf.at("ref"), "unknown source \"" + ref.ref + "\"");
                    g.sources.push_back(std::move(ref));
                }
                if (sources->empty())
                    problems.add(file, at + "/sources", "cite at least one source");
            }
            f.texts("not_in_catalogue");
            f.text("note", false);
            guides.push_back(std::move(g));
        }
    }
    if (map)
        for (const auto& r : map->regions())
            if (!regionAt.count(r.id))
                problems.add(dir.string(), "", "region \"" + r.id + "\" has no pain guide");
    return guides;
}

// How sure the references are of each entry (data/catalogue/evidence.json): a default for the referral pattern and
// for the technique, and per-muscle overrides that name their source. Sets the muscles' evidence lines.
void readEvidence(const fs::path& path, std::vector<Muscle>& muscles, Problems& problems)
{
    const auto doc = parseFile(path, problems);
    if (!doc)
        return;
    const std::string file = path.string();
    Fields top(*doc, file, "", problems);
    std::string pattern;
    std::string technique;
    if (doc->is_object() && doc->contains("default")) {
        Fields d((*doc)["default"], file, "/default", problems);
        pattern = d.text("pattern");
        technique = d.text("technique");
    } else {
        problems.add(file, "/default", "missing");
    }
    for (auto& m : muscles) {
        m.patternEvidence = pattern;
        m.techniqueEvidence = technique;
    }
    const json* list = top.array("muscles", false);
    if (!list)
        return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = "/muscles/" + std::to_string(i);
        Fields f((*list)[i], file, at, problems);
        const auto id = f.text("muscle");
        const auto ownPattern = f.text("pattern", false);
        const auto ownTechnique = f.text("technique", false);
        f.text("source");
        if (ownPattern.empty() && ownTechnique.empty())
            problems.add(file, at, "an override needs a pattern or a technique level");
        const auto m = std::find_if(muscles.begin(), muscles.end(), [&](const Muscle& x) { return x.id == id; });
        if (m == muscles.end()) {
            if (!id.empty())
                problems.add(file, at + "/muscle", "unknown muscle \"" + id + "\"");
            continue;
        }
        if (!seen.insert(id).second)
            problems.add(file, at + "/muscle", "muscle \"" + id + "\" listed twice");
        if (!ownPattern.empty())
            m->patternEvidence = ownPattern;
        if (!ownTechnique.empty())
            m->techniqueEvidence = ownTechnique;
    }
}

} // namespace

CatalogueData loadSources(const std::string& dataDir)
{
    Problems problems;
    CatalogueData data;
    const fs::path root(dataDir);
    const fs::path cat = root / "catalogue";

    const fs::path regionsPath = root / "body" / "regions.tsv";
    const fs::path geometryPath = root / "body" / "geometry.json";
    std::optional<body::BodyMap> map;
    if (!fs::exists(regionsPath) || !fs::exists(geometryPath)) {
        problems.add((fs::exists(regionsPath) ? geometryPath : regionsPath).string(), "", "file is missing");
    } else {
        data.regionsTsv = readText(regionsPath);
        try {
            map = body::BodyMap::fromText(
                data.regionsTsv, readText(geometryPath), regionsPath.string(), geometryPath.string());
            for (const auto& v : map->views())
                if (!v.mirrored)
                    data.views.push_back(v);
        } catch (const body::BodyError& e) {
            problems.items.push_back(e.what());
        }
    }

    data.sources = readList<Source>(cat / "sources.json", "sources", problems, [](const Fields& f) {
        return Source {f.text("id"), f.text("citation")};
    });
    data.symptoms = readList<Symptom>(cat / "symptoms.json", "symptoms", problems, [](const Fields& f) {
        return Symptom {f.text("id"), f.text("name"), f.texts("words"), f.texts("drawn_as")};
    });
    data.factors = readList<Factor>(cat / "factors.json", "factors", problems, [](const Fields& f) {
        return Factor {f.text("id"), f.text("name"), f.text("description"), f.text("prevention")};
    });
    data.redFlags = readList<RedFlag>(cat / "redflags.json", "red_flags", problems, [](const Fields& f) {
        return RedFlag {f.text("id"), f.text("title"), f.text("signs"), f.text("action"), f.texts("regions"),
            f.texts("symptoms"), f.texts("sign_symptoms"), f.flag("hold_self_care")};
    });
    data.guide = readList<GuideSection>(cat / "guide.json", "sections", problems, [](const Fields& f) {
        return GuideSection {f.text("id"), f.text("title"), f.text("body"), f.flag("warning")};
    });

    data.searchSynonyms
        = readList<SearchSynonym>(cat / "search-synonyms.json", "synonyms", problems, [](const Fields& f) {
              auto s = SearchSynonym {f.texts("words", true), f.texts("means"), f.texts("not")};
              if (s.means.empty() && s.notPhrases.empty())
                  f.problem("a synonym needs \"means\" or \"not\"");
              return s;
          });

    const auto sourceIds = idsOf(data.sources, (cat / "sources.json").string(), "sources", problems);
    const auto symptomIds = idsOf(data.symptoms, (cat / "symptoms.json").string(), "symptoms", problems);
    const auto factorIds = idsOf(data.factors, (cat / "factors.json").string(), "factors", problems);
    const auto redFlagIds = idsOf(data.redFlags, (cat / "redflags.json").string(), "red_flags", problems);
    idsOf(data.guide, (cat / "guide.json").string(), "sections", problems);
    const auto forbiddenPlaces
        = readList<ForbiddenPlace>(cat / "forbidden-places.json", "places", problems, [](const Fields& f) {
              return ForbiddenPlace {
                  f.text("id"), f.text("name"), f.texts("precaution_words", true), f.texts("step_words", true)};
          });
    idsOf(forbiddenPlaces, (cat / "forbidden-places.json").string(), "places", problems);

    auto regionKnown = [&](const std::string& id) { return !map || map->region(id) != nullptr; };
    // A zone or site on a region that no view draws could never be coloured or clicked.
    auto regionDrawn = [&](const std::string& id) {
        const body::Region* region = map ? map->region(id) : nullptr;
        if (!region)
            return true;
        const std::vector<std::string> instances
            = region->sided ? std::vector<std::string> {id + ":right", id + ":left"} : std::vector<std::string> {id};
        return std::any_of(
            instances.begin(), instances.end(), [&](const std::string& i) { return !map->viewsOf(i).empty(); });
    };
    for (std::size_t i = 0; i < data.symptoms.size(); ++i)
        for (const auto& r : data.symptoms[i].drawnAs)
            if (map && !map->region(r))
                problems.add((cat / "symptoms.json").string(), "/symptoms/" + std::to_string(i) + "/drawn_as",
                    "unknown region \"" + r + "\" (a base id such as chest.sternum)");
    for (std::size_t i = 0; i < data.redFlags.size(); ++i) {
        const auto file = (cat / "redflags.json").string();
        for (const auto& r : data.redFlags[i].regions)
            if (map && !map->region(r) && !map->isInstance(r))
                problems.add(file, "/red_flags/" + std::to_string(i) + "/regions", "unknown region \"" + r + "\"");
        for (const auto& s : data.redFlags[i].symptoms)
            if (!symptomIds.count(s))
                problems.add(file, "/red_flags/" + std::to_string(i) + "/symptoms", "unknown symptom \"" + s + "\"");
        for (const auto& s : data.redFlags[i].signSymptoms)
            if (!symptomIds.count(s))
                problems.add(
                    file, "/red_flags/" + std::to_string(i) + "/sign_symptoms", "unknown symptom \"" + s + "\"");
    }

    // Muscles: one file each, read in name order so the build is reproducible.
    std::vector<fs::path> files;
    const fs::path muscleDir = cat / "muscles";
    if (fs::is_directory(muscleDir))
        for (const auto& entry : fs::directory_iterator(muscleDir))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty())
        problems.add(muscleDir.string(), "", "no muscle files");
    std::vector<std::string> muscleFiles;
    for (const auto& path : files) {
        const auto doc = parseFile(path, problems);
        if (!doc)
            continue;
        Muscle m = readMuscle(*doc, path.string(), problems);
        if (!m.id.empty() && m.id != path.stem().string())
            problems.add(path.string(), "/id", "id \"" + m.id + "\" differs from the file name");
        muscleFiles.push_back(path.string());
        data.muscles.push_back(std::move(m));
    }

    std::set<std::string> muscleIds;
    std::set<std::string> pointIds;
    for (std::size_t mi = 0; mi < data.muscles.size(); ++mi) {
        const auto& m = data.muscles[mi];
        if (!m.id.empty() && !muscleIds.insert(m.id).second)
            problems.add(muscleFiles[mi], "/id", "duplicate muscle id \"" + m.id + "\"");
        for (std::size_t ti = 0; ti < m.triggerPoints.size(); ++ti)
            if (!m.triggerPoints[ti].id.empty() && !pointIds.insert(m.triggerPoints[ti].id).second)
                problems.add(muscleFiles[mi], "/trigger_points/" + std::to_string(ti) + "/id",
                    "duplicate trigger point id \"" + m.triggerPoints[ti].id + "\"");
    }

    for (std::size_t mi = 0; mi < data.muscles.size(); ++mi) {
        auto& m = data.muscles[mi];
        const auto& file = muscleFiles[mi];
        for (std::size_t i = 0; i < m.symptoms.size(); ++i)
            if (!symptomIds.count(m.symptoms[i].id))
                problems.add(
                    file, "/symptoms/" + std::to_string(i) + "/id", "unknown symptom \"" + m.symptoms[i].id + "\"");
        for (std::size_t i = 0; i < m.factors.size(); ++i)
            if (!factorIds.count(m.factors[i].id))
                problems.add(
                    file, "/factors/" + std::to_string(i) + "/id", "unknown factor \"" + m.factors[i].id + "\"");
        if (m.factors.empty())
            problems.add(file, "/factors", "link at least one cause or perpetuating factor");
        for (std::size_t i = 0; i < m.redFlags.size(); ++i)
            if (!redFlagIds.count(m.redFlags[i]))
                problems.add(file, "/red_flags/" + std::to_string(i), "unknown red flag \"" + m.redFlags[i] + "\"");
        for (std::size_t i = 0; i < m.related.size(); ++i) {
            if (!muscleIds.count(m.related[i]))
                problems.add(file, "/related/" + std::to_string(i), "unknown muscle \"" + m.related[i] + "\"");
            else if (m.related[i] == m.id)
                problems.add(file, "/related/" + std::to_string(i), "a muscle cannot relate to itself");
        }
        for (std::size_t i = 0; i < m.sources.size(); ++i)
            if (!sourceIds.count(m.sources[i].ref))
                problems.add(
                    file, "/sources/" + std::to_string(i) + "/ref", "unknown source \"" + m.sources[i].ref + "\"");
        if (m.sources.empty())
            problems.add(file, "/sources", "cite at least one source");
        if (m.triggerPoints.empty())
            problems.add(file, "/trigger_points", "a muscle needs at least one trigger point");
        const bool hasPressure = std::any_of(m.techniques.begin(), m.techniques.end(),
            [](const Technique& t) { return t.kind == TechniqueKind::Pressure && !t.precautions.empty(); });
        if (!hasPressure)
            problems.add(file, "/techniques", "needs a pressure technique with its precautions");
        // A text is safety (shown before every step) or a tip (shown after them), not both.
        for (std::size_t i = 0; i < m.tips.size(); ++i)
            if (std::find(m.precautions.begin(), m.precautions.end(), m.tips[i]) != m.precautions.end())
                problems.add(file, "/tips/" + std::to_string(i), "is also one of the precautions; keep it in one list");
        for (std::size_t ti = 0; ti < m.techniques.size(); ++ti) {
            const std::string path = "/techniques/" + std::to_string(ti);
            if (m.techniques[ti].kind == TechniqueKind::Stretch)
                checkStretchTitle(m.techniques[ti], file, path, problems);
            checkForbiddenPlaces(m.techniques[ti], forbiddenPlaces, file, path, problems);
        }
        for (std::size_t ti = 0; ti < m.triggerPoints.size(); ++ti) {
            auto& tp = m.triggerPoints[ti];
            const std::string path = "/trigger_points/" + std::to_string(ti);
            if (!tp.id.empty() && !tp.id.starts_with(m.id + "-"))
                problems.add(file, path + "/id", "trigger point id should start with \"" + m.id + "-\"");
            for (std::size_t s = 0; s < tp.sites.size(); ++s)
                if (!regionKnown(tp.sites[s]))
                    problems.add(
                        file, path + "/site/" + std::to_string(s), "unknown region id \"" + tp.sites[s] + "\"");
                else if (!regionDrawn(tp.sites[s]))
                    problems.add(file, path + "/site/" + std::to_string(s),
                        "region \"" + tp.sites[s] + "\" is drawn in no view of the body map");
            for (std::size_t s = 0; s < tp.symptoms.size(); ++s)
                if (!symptomIds.count(tp.symptoms[s]))
                    problems.add(
                        file, path + "/symptoms/" + std::to_string(s), "unknown symptom \"" + tp.symptoms[s] + "\"");
            std::set<std::string> zoneRegions;
            for (std::size_t z = 0; z < tp.zones.size(); ++z) {
                const auto& zone = tp.zones[z];
                if (!regionKnown(zone.region))
                    problems.add(file, path + "/zones/" + std::to_string(z) + "/region",
                        "unknown region id \"" + zone.region + "\"");
                else if (!zoneRegions.insert(zone.region).second)
                    problems.add(file, path + "/zones/" + std::to_string(z) + "/region",
                        "region \"" + zone.region + "\" listed twice");
                else if (!regionDrawn(zone.region))
                    problems.add(file, path + "/zones/" + std::to_string(z) + "/region",
                        "region \"" + zone.region + "\" is drawn in no view of the body map");
            }
            // A point the references draw no pain pattern for (pectoralis major's point linked with an irregular
            // heartbeat) says so, and lists no zones; every other needs an essential zone.
            if (tp.noReferredPain) {
                if (!tp.zones.empty())
                    problems.add(file, path + "/zones", "a point with \"no_referred_pain\" lists no zones");
            } else if (std::none_of(
                           tp.zones.begin(), tp.zones.end(), [](const Zone& z) { return z.kind == ZoneKind::Main; }))
                problems.add(file, path + "/zones",
                    "missing main zone: every trigger point needs one (or \"no_referred_pain\": true with no zones)");
            if (map && tp.markers.empty())
                computeMarkers(tp, *map);
            else if (map)
                checkMarkers(tp, *map, file, path, problems);
        }
    }
    // Every symptom leads somewhere: to a muscle, a trigger point or a red flag. One that nothing uses is offered
    // to the user and matches nothing.
    {
        std::set<std::string> used;
        for (const auto& m : data.muscles) {
            for (const auto& l : m.symptoms)
                used.insert(l.id);
            for (const auto& tp : m.triggerPoints)
                used.insert(tp.symptoms.begin(), tp.symptoms.end());
        }
        for (const auto& r : data.redFlags)
            used.insert(r.symptoms.begin(), r.symptoms.end());
        for (std::size_t i = 0; i < data.symptoms.size(); ++i)
            if (!data.symptoms[i].id.empty() && !used.count(data.symptoms[i].id))
                problems.add((cat / "symptoms.json").string(), "/symptoms/" + std::to_string(i) + "/id",
                    "symptom \"" + data.symptoms[i].id + "\" is used by no muscle, trigger point or red flag");
    }
    if (map)
        readPatternShapes(cat / "pattern-shapes", data.muscles, *map, problems.items);
    readEvidence(cat / "evidence.json", data.muscles, problems);
    readOutlines(cat / "outlines.json", map ? &*map : nullptr, data.muscles, problems.items);
    data.translations = readTranslations((cat / "i18n").string(), data, problems.items);
    // The guide's little markup (paragraphs, "- " items, **bold**), in English and in every translation.
    for (std::size_t i = 0; i < data.guide.size(); ++i) {
        if (auto why = guideMarkupProblem(data.guide[i].body))
            problems.add((cat / "guide.json").string(), "/sections/" + std::to_string(i) + "/body", *why);
        for (const auto& [language, strings] : data.translations)
            if (const auto it = strings.find(tkey::guide(data.guide[i].id, "body")); it != strings.end())
                if (auto why = guideMarkupProblem(it->second))
                    problems.add((cat / "i18n" / language / "lists.json").string(),
                        "/guide/" + data.guide[i].id + "/body", *why);
    }
    data.painGuides = readPainGuides(cat / "pain-guides", map ? &*map : nullptr, muscleIds, sourceIds, problems);
    if (!problems.items.empty())
        throw BuildError(std::move(problems.items));
    return data;
}

namespace {

/// The words of a text as written, split at anything that is neither a letter nor part of a UTF-8 character.
std::vector<std::string> tokensOf(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalpha(c) || c >= 0x80)
            word += ch;
        else if (!word.empty())
            words.push_back(std::exchange(word, {}));
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

/// A word with its ASCII letters lowered (other bytes kept: "Schläfe" -> "schläfe").
std::string loweredWord(std::string word)
{
    for (auto& ch : word)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return word;
}

/// tokensOf(), lowered.
std::vector<std::string> wordsOf(const std::string& text)
{
    auto words = tokensOf(text);
    for (auto& w : words)
        w = loweredWord(std::move(w));
    return words;
}

/// Words that name a place of the body in a symptom's search words ("neck" in "stiff neck", "Nacken" in "steifer
/// Nacken"): the parts of the region ids ("neck", "temple", "heel"; not where on a part: "upper", "side"), and the
/// nouns of the regions' names in the other languages.
std::set<std::string> placeWords(const body::BodyMap& map, const decltype(CatalogueData::translations)& translations)
{
    static const std::set<std::string> where {
        "upper", "lower", "inner", "outer", "front", "side", "middle", "under", "top", "mid", "tip", "base", "back"};
    std::set<std::string> places;
    for (const auto& r : map.regions()) {
        places.insert(r.area());
        for (const auto& w : wordsOf(r.id.substr(r.id.find('.') + 1)))
            if (!where.count(w))
                places.insert(w);
        for (const auto& [language, strings] : translations)
            if (const auto it = strings.find(tkey::region(r.id)); it != strings.end())
                // Nouns only (capitalised in German), of four letters or more: "Seite", "Halses", "Nacken".
                for (const auto& word : tokensOf(it->second))
                    if (word.size() >= 4 && std::isupper(static_cast<unsigned char>(word[0])))
                        places.insert(loweredWord(word));
    }
    return places;
}

std::string joinWords(const std::vector<std::string>& words, const char* separator)
{
    std::string text;
    for (const auto& w : words) {
        if (!text.empty())
            text += separator;
        text += w;
    }
    return text;
}

void insertAll(db::Database& db, const CatalogueData& data)
{
    {
        auto st = db.prepare("INSERT INTO source VALUES (?, ?)");
        for (const auto& s : data.sources)
            st.bind(1, s.id).bind(2, s.citation).run();
    }
    std::map<std::string, const Symptom*> symptoms;
    {
        auto st = db.prepare("INSERT INTO symptom VALUES (?, ?, ?, ?)");
        for (const auto& s : data.symptoms) {
            st.bind(1, s.id).bind(2, s.name).bind(3, joinWords(s.words, "\n"));
            st.bind(4, joinWords(s.drawnAs, "\n")).run();
            symptoms[s.id] = &s;
        }
    }
    {
        auto st = db.prepare("INSERT INTO factor VALUES (?, ?, ?, ?)");
        for (const auto& f : data.factors)
            st.bind(1, f.id).bind(2, f.name).bind(3, f.description).bind(4, f.prevention).run();
    }
    {
        auto st = db.prepare("INSERT INTO red_flag VALUES (?, ?, ?, ?, ?)");
        auto reg = db.prepare("INSERT INTO red_flag_region VALUES (?, ?)");
        auto sym = db.prepare("INSERT INTO red_flag_symptom VALUES (?, ?)");
        auto sign = db.prepare("INSERT INTO red_flag_sign VALUES (?, ?)");
        for (const auto& r : data.redFlags) {
            st.bind(1, r.id).bind(2, r.title).bind(3, r.signs).bind(4, r.action).bind(5, r.holdSelfCare ? 1 : 0).run();
            for (const auto& x : r.regions)
                reg.bind(1, r.id).bind(2, x).run();
            for (const auto& x : r.symptoms)
                sym.bind(1, r.id).bind(2, x).run();
            for (const auto& x : r.signSymptoms)
                sign.bind(1, r.id).bind(2, x).run();
        }
    }
    {
        auto st = db.prepare("INSERT INTO guide_section VALUES (?, ?, ?, ?, ?)");
        int ordinal = 0;
        for (const auto& g : data.guide)
            st.bind(1, g.id).bind(2, ordinal++).bind(3, g.title).bind(4, g.body).bind(5, g.warning ? 1 : 0).run();
    }
    {
        auto st = db.prepare("INSERT INTO body_data VALUES (?, ?)");
        st.bind(1, "regions.tsv").bind(2, data.regionsTsv).run();
        auto view = db.prepare("INSERT INTO body_view VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto shape = db.prepare("INSERT INTO body_shape VALUES (?, ?, ?, ?, ?, ?)");
        int viewOrdinal = 0;
        for (const auto& v : data.views) {
            std::vector<body::Polygon> strokes(v.strokes.begin(), v.strokes.end());
            nlohmann::json labels = nlohmann::json::array();
            for (const auto& l : v.labels)
                labels.push_back({{"text", l.text}, {"x", l.at.x}, {"y", l.at.y}});
            const std::string outline = body::encodePolygons(v.outline);
            const std::string strokeBlob = body::encodePolygons(strokes);
            view.bind(1, v.id)
                .bind(2, viewOrdinal++)
                .bind(3, v.title)
                .bind(4, v.aspect)
                .bindBlob(5, outline.data(), outline.size())
                .bindBlob(6, strokeBlob.data(), strokeBlob.size())
                .bind(7, labels.dump())
                .run();
            int shapeOrdinal = 0;
            for (const auto& sh : v.shapes) {
                const std::string polygons = body::encodePolygons(sh.polygons);
                shape.bind(1, v.id)
                    .bind(2, shapeOrdinal++)
                    .bind(3, sh.instance)
                    .bind(4, sh.centre.x)
                    .bind(5, sh.centre.y)
                    .bindBlob(6, polygons.data(), polygons.size())
                    .run();
            }
        }
    }

    auto muscle = db.prepare("INSERT INTO muscle VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto otherName = db.prepare("INSERT INTO muscle_other_name VALUES (?, ?, ?)");
    auto alsoIn = db.prepare("INSERT INTO muscle_also_in VALUES (?, ?, ?)");
    auto muscleSymptom = db.prepare("INSERT INTO muscle_symptom VALUES (?, ?, ?, ?)");
    auto muscleFactor = db.prepare("INSERT INTO muscle_factor VALUES (?, ?, ?, ?)");
    auto point = db.prepare("INSERT INTO trigger_point VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto site = db.prepare("INSERT INTO trigger_point_site VALUES (?, ?, ?)");
    auto marker = db.prepare("INSERT INTO trigger_point_marker VALUES (?, ?, ?, ?)");
    auto zone = db.prepare("INSERT INTO zone VALUES (?, ?, ?, ?, ?, ?)");
    auto patternShape = db.prepare("INSERT INTO pattern_shape VALUES (?, ?, ?, ?)");
    auto pointSymptom = db.prepare("INSERT INTO trigger_point_symptom VALUES (?, ?)");
    auto technique = db.prepare(
        "INSERT INTO technique (muscle_id, ordinal, kind, name, tool, position, duration, frequency, intensity) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto step = db.prepare("INSERT INTO technique_step VALUES (?, ?, ?)");
    auto techniquePrecaution = db.prepare("INSERT INTO technique_precaution VALUES (?, ?, ?)");
    auto precaution = db.prepare("INSERT INTO muscle_precaution VALUES (?, ?, ?)");
    auto tip = db.prepare("INSERT INTO muscle_tip VALUES (?, ?, ?)");
    auto redFlag = db.prepare("INSERT INTO muscle_red_flag VALUES (?, ?)");
    auto redFlagNote = db.prepare("INSERT INTO muscle_red_flag_note VALUES (?, ?, ?)");
    auto related = db.prepare("INSERT INTO related_muscle VALUES (?, ?, ?)");
    auto source = db.prepare("INSERT INTO muscle_source VALUES (?, ?, ?, ?)");
    auto search = db.prepare("INSERT INTO muscle_search VALUES (?, ?, ?, ?, ?, ?, ?)");
    // The places each muscle's trigger points send pain to, by their names: "jaw" finds the muscles whose patterns
    // reach the jaw (upper trapezius, sternocleidomastoid), not only those whose text says so.
    std::map<std::string, std::string> regionNames;
    std::set<std::string> places;
    {
        const auto map = body::BodyMap::fromViews(data.regionsTsv, data.views, "regions.tsv");
        for (const auto& r : map.regions())
            regionNames[r.id] = r.description;
        places = placeWords(map, data.translations);
    }

    int muscleOrdinal = 0;
    for (const auto& m : data.muscles) {
        muscle.bind(1, m.id)
            .bind(2, muscleOrdinal++)
            .bind(3, m.name)
            .bind(4, m.latin)
            .bind(5, m.area)
            .bind(6, m.overview)
            .bind(7, m.location)
            .bind(8, m.action)
            .bind(9, m.palpation)
            .bind(10, m.patternEvidence)
            .bind(11, m.techniqueEvidence)
            .run();
        for (std::size_t i = 0; i < m.otherNames.size(); ++i)
            otherName.bind(1, m.id).bind(2, static_cast<int>(i)).bind(3, m.otherNames[i]).run();
        for (std::size_t i = 0; i < m.alsoIn.size(); ++i)
            alsoIn.bind(1, m.id).bind(2, static_cast<int>(i)).bind(3, m.alsoIn[i]).run();
        // Searched in every language the catalogue speaks: the English and each translation.
        auto lookup = [](const auto& strings, const std::string& key) {
            const auto it = strings.find(key);
            return it == strings.end() ? std::string() : it->second;
        };
        std::vector<std::string> symptomWords;
        std::vector<std::string> symptomPhrases; // the symptoms' search words: some name a place ("stiff neck")
        auto addSymptom = [&](const Symptom& s) {
            symptomWords.push_back(s.name);
            symptomPhrases.insert(symptomPhrases.end(), s.words.begin(), s.words.end());
            for (const auto& [language, strings] : data.translations) {
                symptomWords.push_back(lookup(strings, tkey::symptom(s.id, "name")));
                std::istringstream words(lookup(strings, tkey::symptom(s.id, "words")));
                for (std::string w; std::getline(words, w);)
                    symptomPhrases.push_back(w);
            }
        };
        for (std::size_t i = 0; i < m.symptoms.size(); ++i) {
            muscleSymptom.bind(1, m.id)
                .bind(2, static_cast<int>(i))
                .bind(3, m.symptoms[i].id)
                .bind(4, m.symptoms[i].note)
                .run();
            if (const auto it = symptoms.find(m.symptoms[i].id); it != symptoms.end())
                addSymptom(*it->second);
            symptomWords.push_back(m.symptoms[i].note);
            for (const auto& [language, strings] : data.translations)
                symptomWords.push_back(lookup(strings, tkey::text(m.symptoms[i].note)));
        }
        for (std::size_t i = 0; i < m.factors.size(); ++i)
            muscleFactor.bind(1, m.id)
                .bind(2, static_cast<int>(i))
                .bind(3, m.factors[i].id)
                .bind(4, m.factors[i].note)
                .run();
        std::vector<std::string> bodyText {m.overview, m.location, m.action};
        for (const auto& [language, strings] : data.translations)
            for (const auto* text : {&m.overview, &m.location, &m.action})
                bodyText.push_back(lookup(strings, tkey::text(*text)));
        for (std::size_t ti = 0; ti < m.triggerPoints.size(); ++ti) {
            const auto& tp = m.triggerPoints[ti];
            point.bind(1, tp.id)
                .bind(2, m.id)
                .bind(3, static_cast<int>(ti))
                .bind(4, tp.name)
                .bind(5, tp.location)
                .bind(6, body::sideName(tp.onlySide))
                .bind(7, tp.clinicianOnly ? 1 : 0)
                .bind(8, tp.lessCommon ? 1 : 0)
                .bind(9, tp.grip ? 1 : 0)
                .bind(10, tp.noReferredPain ? 1 : 0)
                .run();
            for (std::size_t s = 0; s < tp.sites.size(); ++s)
                site.bind(1, tp.id).bind(2, static_cast<int>(s)).bind(3, tp.sites[s]).run();
            for (const auto& mk : tp.markers)
                marker.bind(1, tp.id).bind(2, mk.view).bind(3, mk.x).bind(4, mk.y).run();
            for (std::size_t z = 0; z < tp.zones.size(); ++z) {
                const auto& zn = tp.zones[z];
                zone.bind(1, tp.id)
                    .bind(2, static_cast<int>(z))
                    .bind(3, zn.region)
                    .bind(4, zn.kind == ZoneKind::Main ? "main" : "spillover")
                    .bind(5, zn.frequency == Frequency::Usual ? "usual" : "occasional")
                    .bind(6, zn.bothSides ? "both" : "same")
                    .run();
            }
            for (const auto& sh : tp.shapes) {
                const std::string polygons = body::encodePolygons(sh.polygons);
                patternShape.bind(1, tp.id)
                    .bind(2, sh.view)
                    .bind(3, sh.kind == ZoneKind::Main ? "main" : "spillover")
                    .bindBlob(4, polygons.data(), polygons.size())
                    .run();
            }
            for (const auto& s : tp.symptoms) {
                pointSymptom.bind(1, tp.id).bind(2, s).run();
                if (const auto it = symptoms.find(s); it != symptoms.end())
                    addSymptom(*it->second);
            }
            bodyText.push_back(tp.name);
            for (const auto& [language, strings] : data.translations)
                bodyText.push_back(lookup(strings, tkey::text(tp.name)));
        }
        for (std::size_t i = 0; i < m.techniques.size(); ++i) {
            const auto& t = m.techniques[i];
            technique.bind(1, m.id)
                .bind(2, static_cast<int>(i))
                .bind(3, std::string(techniqueKindName(t.kind)))
                .bind(4, t.name)
                .bind(5, t.tool)
                .bind(6, t.position)
                .bind(7, t.duration)
                .bind(8, t.frequency)
                .bind(9, t.intensity)
                .run();
            const auto techniqueId = db.lastInsertRowId();
            for (std::size_t s = 0; s < t.steps.size(); ++s)
                step.bind(1, techniqueId).bind(2, static_cast<int>(s)).bind(3, t.steps[s]).run();
            for (std::size_t s = 0; s < t.precautions.size(); ++s)
                techniquePrecaution.bind(1, techniqueId).bind(2, static_cast<int>(s)).bind(3, t.precautions[s]).run();
        }
        for (std::size_t i = 0; i < m.precautions.size(); ++i)
            precaution.bind(1, m.id).bind(2, static_cast<int>(i)).bind(3, m.precautions[i]).run();
        for (std::size_t i = 0; i < m.tips.size(); ++i)
            tip.bind(1, m.id).bind(2, static_cast<int>(i)).bind(3, m.tips[i]).run();
        for (const auto& r : m.redFlags)
            redFlag.bind(1, m.id).bind(2, r).run();
        for (std::size_t i = 0; i < m.redFlagNotes.size(); ++i)
            redFlagNote.bind(1, m.id).bind(2, static_cast<int>(i)).bind(3, m.redFlagNotes[i]).run();
        for (std::size_t i = 0; i < m.sources.size(); ++i)
            source.bind(1, m.id)
                .bind(2, static_cast<int>(i))
                .bind(3, m.sources[i].ref)
                .bind(4, m.sources[i].chapter)
                .run();
        // The warnings name the conditions a muscle is mistaken for ("carpal tunnel syndrome"): searched too, in a
        // column of their own that a search reads only when nothing else matches (Catalogue::search): "pain
        // spreading to the jaw" in a heart warning does not make the diaphragm a muscle of jaw pain. The tips go
        // there too ("saddle", "headset"): they name other muscles to treat, which would crowd a search for a name.
        std::vector<std::string> warnings;
        for (const auto& p : m.precautions)
            warnings.push_back(p);
        for (const auto& t : m.tips)
            warnings.push_back(t);
        for (const auto& n : m.redFlagNotes)
            warnings.push_back(n);
        std::vector<std::string> painPlaces;
        for (const auto& tp : m.triggerPoints)
            for (const auto& z : tp.zones) {
                std::vector<std::string> names {regionNames.count(z.region) ? regionNames[z.region] : z.region};
                for (const auto& [language, strings] : data.translations)
                    names.push_back(lookup(strings, tkey::region(z.region)));
                for (auto& n : names)
                    if (!n.empty() && std::find(painPlaces.begin(), painPlaces.end(), n) == painPlaces.end())
                        painPlaces.push_back(std::move(n));
            }
        // A symptom's search word that names a place goes with the muscles that have to do with that place: "stiff
        // neck" (stiffness) finds the neck's muscles, not every muscle known for stiffness (the hand's
        // interossei); "frozen shoulder" not the hip's.
        std::set<std::string> own {m.area};
        for (const auto& place : painPlaces)
            for (auto& w : wordsOf(place))
                own.insert(std::move(w));
        for (const auto& tp : m.triggerPoints)
            for (const auto& where : tp.sites) {
                own.insert(where.substr(0, where.find('.')));
                for (auto& w : wordsOf(where.substr(where.find('.') + 1)))
                    own.insert(std::move(w));
                for (const auto& [language, strings] : data.translations)
                    for (auto& w : wordsOf(lookup(strings, tkey::region(where))))
                        own.insert(std::move(w));
                for (auto& w : wordsOf(regionNames.count(where) ? regionNames[where] : where))
                    own.insert(std::move(w));
            }
        for (const auto& phrase : symptomPhrases) {
            const auto words = wordsOf(phrase);
            // A word that is a place, or starts with one (German compounds: "Nackensteife"), needs that place.
            const auto fits = [&](const std::string& w) {
                if (places.count(w))
                    return own.count(w) > 0;
                for (const auto& place : places)
                    if (place.size() >= 4 && w.size() > place.size() && w.starts_with(place) && !own.count(place))
                        return false;
                return true;
            };
            if (std::all_of(words.begin(), words.end(), fits))
                symptomWords.push_back(phrase);
        }
        std::vector<std::string> names = m.otherNames;
        // A muscle's names in the other languages; their safety text stays out (it names neighbouring muscles, which
        // would crowd a search for a name), the lay words in search-synonyms.json find the conditions instead.
        for (const auto& [language, strings] : data.translations) {
            names.push_back(lookup(strings, tkey::muscleName(m.id)));
            for (const auto& other : m.otherNames)
                names.push_back(lookup(strings, tkey::text(other)));
        }
        search.bind(1, m.id)
            .bind(2, m.name + " " + m.latin)
            .bind(3, joinWords(names, "; "))
            .bind(4, joinWords(symptomWords, "; "))
            .bind(5, joinWords(painPlaces, "; "))
            .bind(6, joinWords(bodyText, "\n"))
            .bind(7, joinWords(warnings, "\n"))
            .run();
    }
    // Related muscles refer to each other in any order, so they go in once every muscle exists.
    for (const auto& m : data.muscles)
        for (std::size_t i = 0; i < m.related.size(); ++i)
            related.bind(1, m.id).bind(2, static_cast<int>(i)).bind(3, m.related[i]).run();

    {
        auto st = db.prepare("INSERT INTO translation VALUES (?, ?, ?)");
        for (const auto& [language, strings] : data.translations)
            for (const auto& [key, text] : strings)
                st.bind(1, language).bind(2, key).bind(3, text).run();
    }
    {
        auto st = db.prepare("INSERT INTO search_synonym VALUES (?, ?, ?, ?)");
        for (std::size_t i = 0; i < data.searchSynonyms.size(); ++i) {
            const auto& syn = data.searchSynonyms[i];
            st.bind(1, static_cast<int>(i))
                .bind(2, joinWords(syn.words, "\n"))
                .bind(3, joinWords(syn.means, "\n"))
                .bind(4, joinWords(syn.notPhrases, "\n"))
                .run();
        }
    }

    auto guide = db.prepare("INSERT INTO pain_guide (id) VALUES (?)");
    auto guideRegion = db.prepare("INSERT INTO pain_guide_region VALUES (?, ?)");
    auto guideMuscle = db.prepare("INSERT INTO pain_guide_muscle VALUES (?, ?, ?, ?, ?)");
    auto guideSource = db.prepare("INSERT INTO pain_guide_source VALUES (?, ?, ?, ?)");
    for (std::size_t gi = 0; gi < data.painGuides.size(); ++gi) {
        const auto& g = data.painGuides[gi];
        const int id = static_cast<int>(gi) + 1;
        guide.bind(1, id).run();
        for (const auto& r : g.regions)
            guideRegion.bind(1, id).bind(2, r).run();
        for (std::size_t i = 0; i < g.muscles.size(); ++i)
            guideMuscle.bind(1, id)
                .bind(2, static_cast<int>(i))
                .bind(3, g.muscles[i].muscleId)
                .bind(4, g.muscles[i].kind == ZoneKind::Main ? "main" : "spillover")
                .bind(5, g.muscles[i].place)
                .run();
        for (std::size_t i = 0; i < g.sources.size(); ++i)
            guideSource.bind(1, id)
                .bind(2, static_cast<int>(i))
                .bind(3, g.sources[i].ref)
                .bind(4, g.sources[i].chapter)
                .run();
    }
}

} // namespace

void writeDatabase(const CatalogueData& data, const std::string& path)
{
    const fs::path target(path);
    const fs::path temp = target.string() + ".tmp";
    std::error_code ec;
    fs::remove(temp, ec);
    try {
        {
            db::Database db(temp.string(), db::Database::Mode::Create);
            db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
            db::Transaction tx(db);
            db.exec(kSchemaSql);
            db.exec(kOutlineSchemaSql);
            insertAll(db, data);
            insertOutlines(db, data.muscles);
            db.setUserVersion(kSchemaVersion);
            tx.commit();
            db.exec("PRAGMA optimize; VACUUM;");
        }
        fs::rename(temp, target);
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
}

} // namespace tmap::catalogue
