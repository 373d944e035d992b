// catalogue/pattern: the geometry of a referral pattern on the body - which region instances a trigger point on
// one side colours, where its X goes in a view, and which view shows it best. The app draws what these say.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "body/body_map.h"
#include "catalogue/model.h"

namespace tmap::catalogue {

/// A region instance a pattern colours: its main zone (solid) or spillover (hatched).
struct PatternRegion {
    std::string instance; ///< "head.temple:right"
    bool main = false;
    bool operator==(const PatternRegion&) const = default;
};

/// The instances a trigger point on `side` colours, by instance id: each zone's region on the point's side (and on
/// the other side too for a zone felt on both), a midline region once; where zones overlap, main wins. Zones whose
/// region the body map does not know are left out.
std::vector<PatternRegion> patternRegions(const body::BodyMap& map, const TriggerPoint& point, body::Side side);

/// Where the trigger point's X goes in `view` (normalised view coordinates), if it shows there. The builder
/// places markers for the right side; a left point is the mirror image (x -> 1 - x), and a right lateral
/// ("side") marker shows in the left lateral view ("side-left") for a left point.
std::optional<body::Point> patternMarker(const TriggerPoint& point, body::Side side, std::string_view view);

/// True when any of the pattern shows in `view`: a region it colours is drawn there, or its marker is.
bool patternShows(const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view view);

/// The view that shows most of the pattern: every main region drawn there counts 2, spillover 1, the marker 1;
/// `current` wins a tie, so the map does not jump without need.
std::string bestPatternView(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view current);

} // namespace tmap::catalogue
