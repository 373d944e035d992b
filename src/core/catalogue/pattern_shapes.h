// catalogue/pattern_shapes: a referral pattern drawn as smooth shapes (data/catalogue/pattern-shapes, made by
// tools/patterns) rather than as the regions its zones name - which shapes show in a view, for either side - and
// the rule that ties the two together: a shape lies inside its zones' regions and covers each of them visibly.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "body/body_map.h"
#include "catalogue/model.h"

namespace tmap::catalogue {

/// One shape of a pattern as a view shows it: for a left point the right side's shape mirrored, and its lateral
/// shape in the left lateral view ("side-left"), as patternMarker() does for the X.
struct ShownShape {
    ZoneKind kind = ZoneKind::Main;
    const std::vector<body::Polygon>* polygons = nullptr; ///< the right side's rings (the point's own data)
    bool mirrored = false; ///< draw x -> 1 - x
};

/// The shapes of `point` on `side` in `view`, spillover first, so that the essential zone is drawn on top.
std::vector<ShownShape> patternShapes(const TriggerPoint& point, body::Side side, std::string_view view);

/// The views and zone kinds that must have a shape: each (view, kind) in which a region of a zone of that kind is
/// drawn (for the right side, as the shapes are stored).
std::vector<std::pair<std::string, ZoneKind>> shapesNeeded(const body::BodyMap& map, const TriggerPoint& point);

/// How one shape sits on the body, measured on a grid of samples.
struct ShapeFit {
    double area = 0; ///< the shape's area, in squared view heights
    /// Shares of the shape farther than the tolerance outside the regions its zones name, and outside the figure.
    double outsideRegions = 0;
    double outsideFigure = 0;
    /// Each region instance of the shape's zones drawn in its view, with the share of that region it covers.
    std::vector<std::pair<std::string, double>> cover;
};

/// Measures `shape` of the right-side `point`. `tolerance` is in view heights (the generator's contour may lie a
/// grid cell past a region's edge).
ShapeFit shapeFit(
    const body::BodyMap& map, const TriggerPoint& point, const PatternShape& shape, double tolerance = 0.004);

/// The least share of each region a shape must cover for the region to read as part of the pattern.
inline constexpr double kMinShapeCover = 0.25;

} // namespace tmap::catalogue
