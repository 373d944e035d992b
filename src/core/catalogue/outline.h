// catalogue/outline: where a muscle lies under the skin - its outline in the body views, for the side a trigger
// point is on - and how far a point is from it. The builder stores what tools/outlines/gen.py generated; the app
// draws what these say, faintly, under a referral pattern.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "body/body_map.h"
#include "catalogue/model.h"

namespace tmap::catalogue {

/// A muscle's outline as drawn in one view for one side.
struct OutlineShape {
    std::vector<body::Polygon> polygons; ///< normalised view coordinates
    bool deep = false; ///< under other muscles: drawn fainter and dashed
};

/// The outline of `muscle` in `view` for a trigger point on `side`, if the muscle is drawn there. Outlines are
/// the right side's; a left one is their mirror image (x -> 1 - x), and a right lateral ("side") outline shows in
/// the left lateral view ("side-left") for the left side - as trigger point markers do (patternMarker).
std::optional<OutlineShape> muscleOutline(const Muscle& muscle, body::Side side, std::string_view view);

/// How far `p` lies outside the outline, in units of the view's height (a view `aspect` wide per unit of height);
/// 0 when it lies inside.
double outlineDistance(const std::vector<body::Polygon>& polygons, body::Point p, double aspect);

/// A trigger point's marker that lies farther than `near` (units of the view's height) from its muscle's outline
/// in a view where both are drawn: the outline is not where the muscle is, or the marker is misplaced.
struct StrayMarker {
    std::string point; ///< trigger point id
    std::string view;
    double distance = 0;
};
std::vector<StrayMarker> strayMarkers(const Muscle& muscle, const body::BodyMap& map, double near);

} // namespace tmap::catalogue
