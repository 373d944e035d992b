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

/// The view to show where to press: of the views that show the point's X, the one bestPatternView() would rank
/// first (a point in the calf whose pain is under the toes: the back view, not the soles); bestPatternView() when
/// no view shows the X.
std::string bestPressView(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view current);

/// True when `point` on either side sends pain to the region instance `instance` ("leg.calf_upper:left") - its
/// pattern colours it - or lies in it (its site): what "Last time it hurt here" asks of a past treatment.
bool concerns(const body::BodyMap& map, const TriggerPoint& point, const std::string& instance);

class Catalogue;

/// Whether a treatment noted in the journal (its muscle id, and trigger point id or "" for the muscle as a whole)
/// concerns `instance`: its point does (concerns above), or, for a whole muscle or a point this catalogue does not
/// know, any point of the muscle; a muscle it does not know is kept (true): nothing noted in an older catalogue's
/// terms is hidden. The judge journal::lastTime() takes.
bool treatmentConcerns(
    const Catalogue& catalogue, const std::string& muscle, const std::string& point, const std::string& instance);

/// The side an entry page pictures a trigger point on: its only side (rectus abdominis' chest-pain point, on the
/// left), else the right.
body::Side pictureSide(const TriggerPoint& point);

/// The views of the small pictures of a trigger point on its entry page (at most `count`, in the order front, back,
/// lateral, soles): of the views that show the pattern on `side`, the ones that together show the most main zones,
/// then the X, then the most spillover, then the muscle's outline, then the most of the pattern drawn in each
/// picture (a second picture that repeats the pattern from the side beats one that shows a sliver of it from the
/// back); between equals, the lateral view is left out first. A pattern on the sole from a point in the calf
/// pictures the calf (with the X) and the sole.
std::vector<std::string> pictureViews(
    const body::BodyMap& map, const Muscle& muscle, const TriggerPoint& point, body::Side side, std::size_t count = 2);

/// Two trigger points of one muscle whose X's are drawn too close together in a view that shows both.
struct CrowdedMarkers {
    std::string first; ///< trigger point ids
    std::string second;
    std::string view;
    double apart = 0; ///< distance, as a fraction of the view's height
};

/// Pairs of points of `muscle` drawn less than `minApart` of the view's height apart in some view of `map` that
/// shows both (on a side where both occur): two places the references name must be two places on the body.
std::vector<CrowdedMarkers> crowdedMarkers(const Muscle& muscle, const body::BodyMap& map, double minApart = 0.01);

/// A rectangle of a view, in normalised view coordinates (it may reach past the view's edges).
struct Frame {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    bool contains(const Frame& other) const
    {
        return other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY;
    }
};

/// The head's box in `view` (every region of the head area drawn there, normalised): what a close-up of the head
/// shows (the report's). Empty (nullopt) when the view draws no part of the head.
std::optional<Frame> headFrame(const body::BodyMap& map, std::string_view view);

/// What a picture of the pattern in `view` shows, shaped `pictureAspect` (width / height, as the picture is
/// drawn): the X and every region the pattern colours there with a margin, and a landmark to find one's way -
/// the head for a point on the head or neck, the hand for one on the forearm or hand, the foot for one on the
/// lower leg or foot. A head, hand or foot the picture reaches into is shown whole, never cut in half. Empty
/// (nullopt) when none of the pattern shows in the view.
std::optional<Frame> patternFrame(
    const body::BodyMap& map, const TriggerPoint& point, body::Side side, std::string_view view, double pictureAspect);

} // namespace tmap::catalogue
