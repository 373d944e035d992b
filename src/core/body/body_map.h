// body: the region vocabulary (data/body/regions.tsv) and the drawn geometry of each view
// (data/body/geometry.json). The same polygons are drawn by the app and hit-tested here.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tmap::body {

class BodyMap;

enum class Side { None, Left, Right };

std::string_view sideName(Side side); // "", "left", "right"
/// "left" or "right" (the one spelling of a side in ids, files and JSON); nullopt for anything else.
std::optional<Side> parseSide(std::string_view text);

Side opposite(Side side);

/// A row of the vocabulary: a region of the body, which may exist once per side.
struct Region {
    std::string id; ///< e.g. "head.temple"
    bool sided = false;
    std::vector<std::string> views; ///< views the vocabulary promises ("side" means the lateral views)
    std::string description;
    std::string area() const { return id.substr(0, id.find('.')); }
};

/// A region on one side: "head.temple:right", or "chest.sternum" for a midline region.
struct Instance {
    std::string base;
    Side side = Side::None;
    std::string id() const;
    bool operator==(const Instance&) const = default;
};

/// Parses "head.temple:right" / "chest.sternum" (also the shorthand "head.temple:r" a user may type); no check
/// against the vocabulary. The one parser of region instances: whoever reads one calls this (or resolve()).
std::optional<Instance> parseInstance(std::string_view text);
/// True for an instance in its one written form ("head.temple:right", "chest.sternum"), vocabulary unchecked.
bool isCanonicalInstance(std::string_view text);
/// "head.temple:right" -> "head.temple:left"; midline ids are their own mirror.
std::string mirrorInstance(std::string_view id);

/// A place as a list names it once: a region drawn on the left and on the right is one entry (`bothSides`), at the
/// place of the first; a text that is no instance stays as it is, in `base`.
struct PlaceOnSides {
    std::string base;
    Side side = Side::None; ///< the side drawn, when not both
    bool bothSides = false;
    std::string tag; ///< the caller's tag of the entry (see placesOnce)
};

/// `instances` in order, each place once: the same instance twice counts once, and a region's left and right
/// instances become one entry on both sides - but only when their `tags` (one per instance, if given) are equal:
/// "low back (both sides)" for one explanation, two entries for two.
std::vector<PlaceOnSides> placesOnce(
    const std::vector<std::string>& instances, const std::vector<std::string>& tags = {});

/// The bases among `bases` (region ids without a side) whose place - the description up to its first comma,
/// "back of the thigh" - another of them shares: a list names those in full ("back of the thigh, upper half"), so
/// that each place reads differently. Every front end names the places of a result's reasons this way.
std::set<std::string> namedInFull(const BodyMap& map, const std::vector<std::string>& bases);
/// A region's place as a list names it: its description up to the first comma ("back of the thigh"); the id for a
/// region the map does not know.
std::string shortPlace(const BodyMap& map, const std::string& base);

struct Point {
    double x = 0;
    double y = 0;
};
using Polygon = std::vector<Point>;

/// A point of a view seen in a mirror (left and right swapped): how the left lateral view is made from the right
/// one, and a left trigger point's marker from the right one's.
inline Point mirrored(Point p)
{
    return {1 - p.x, p.y};
}

bool contains(const Polygon& polygon, Point p);
double distanceToEdges(const Polygon& polygon, Point p);
/// The polygon's area, in its own units squared (normalised coordinates: a share of the view's width x height).
double area(const Polygon& polygon);

/// Where one region instance is drawn in one view.
struct Shape {
    std::string instance;
    std::vector<Polygon> polygons;
    Point centre; ///< a point well inside the shape (label anchor, click target)
    double minX = 1, minY = 1, maxX = 0, maxY = 0; ///< bounding box
    bool contains(Point p) const;
};

struct Label {
    std::string text;
    Point at;
};

/// One drawing of the body: coordinates are normalised to [0,1] across width and height; width/height = aspect.
struct View {
    std::string id;
    std::string title;
    double aspect = 0.5;
    std::vector<Polygon> outline;
    std::vector<Shape> shapes;
    std::vector<std::vector<Point>> strokes;
    std::vector<Label> labels;
    bool mirrored = false; ///< derived by mirroring another view (the left lateral view)

    const Shape* shape(std::string_view instance) const;
    /// The shape under p, or nullptr outside the figure.
    const Shape* hit(Point p) const;
    bool insideOutline(Point p) const;
};

/// Thrown for a malformed vocabulary or geometry, with the file and the place in it.
class BodyError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The region vocabulary and every view's geometry.
class BodyMap final {
public:
    /// Builds from the text of regions.tsv and geometry.json; the names are used in error messages.
    static BodyMap fromText(std::string_view regionsTsv, std::string_view geometryJson,
        std::string_view regionsName = "regions.tsv", std::string_view geometryName = "geometry.json");
    /// Builds from the vocabulary and views read elsewhere (the catalogue database); shapes keep their centres
    /// when these lie inside them.
    static BodyMap fromViews(std::string_view regionsTsv, std::vector<View> views, std::string_view sourceName);
    /// Reads data/body/regions.tsv and data/body/geometry.json from a data folder.
    static BodyMap fromDirectory(const std::string& dataDir);

    const std::vector<Region>& regions() const { return regions_; }
    const Region* region(std::string_view baseId) const;
    /// Every instance of the vocabulary: sided regions twice, midline ones once.
    std::vector<std::string> instances() const;
    bool isInstance(std::string_view id) const;
    /// A sided region's id without its side ("head.temple"): the place on either side, as a question about pain
    /// drawn on both sides names it. Not an instance (isInstance), and not a midline region.
    bool isEitherSide(std::string_view id) const;
    /// The instances a place stands for: an instance itself, or both sides of an either-side place (isEitherSide);
    /// none for an id the vocabulary does not know.
    std::vector<std::string> instancesOf(std::string_view place) const;
    /// Parses and checks a user's spot: "head.temple:right"; a sided region needs a side, a midline one has none.
    std::optional<Instance> resolve(std::string_view text) const;

    const std::vector<View>& views() const { return views_; }
    const View* view(std::string_view id) const;
    /// Views in which an instance is drawn.
    std::vector<std::string> viewsOf(std::string_view instance) const;
    /// The instance at a normalised point of a view, if any.
    std::optional<std::string> hit(std::string_view view, Point p) const;

    /// Human name for an instance: "temple, above and in front of the ear (right)".
    std::string describe(std::string_view instance) const;
    /// Whether another region of the vocabulary shares this region's place ("back of the thigh": its upper and its
    /// lower half), so that a name standing alone needs it in full (namedInFull over the whole vocabulary).
    bool sharesPlace(std::string_view base) const { return sharedPlaces_.count(base) > 0; }

private:
    void readVocabulary(std::string_view regionsTsv, std::string_view regionsName);
    std::vector<Region> regions_;
    std::set<std::string, std::less<>> sharedPlaces_; ///< read with the vocabulary (sharesPlace)
    std::map<std::string, std::size_t, std::less<>> regionIndex_;
    std::vector<View> views_;
};

/// Compact storage of polygons (the catalogue database keeps the geometry this way: it loads far faster than JSON).
std::string encodePolygons(const std::vector<Polygon>& polygons);
std::vector<Polygon> decodePolygons(std::string_view blob); ///< throws BodyError when truncated

} // namespace tmap::body
