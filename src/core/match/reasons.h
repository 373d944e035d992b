// match/reasons: why a result is listed, as structure - its spots grouped by how they are explained, each place once,
// named in full where two drawn places share a name - for every front end to word (the app with tr(), tpmap).
#pragma once

#include <string>
#include <vector>

#include "body/body_map.h"
#include "match/matcher.h"

namespace tmap::match {

/// How a group of a result's spots is explained (docs/ranking.md, "Fit").
enum class ReasonKind {
    Main, ///< an essential zone of the pattern
    MainSometimes, ///< an essential zone the references call less constant
    Spillover,
    SpilloverSometimes,
    Local, ///< the trigger point lies there
    Guide, ///< a pain guide names the muscle for the place; the pattern as drawn does not reach it
};

/// One place of a group: a region on one side, on both sides (left and right explained alike, by the same point),
/// or on the midline.
struct ReasonPlace {
    std::string base; ///< region id without a side
    body::Side side = body::Side::None; ///< the side drawn, when not both
    bool bothSides = false;
    bool fullName = false; ///< another place drawn shares its short name: name it in full (body::namedInFull)
    /// The trigger point whose pattern explains it, and that point's side (None when it explains the place on both
    /// sides), when it is not the result's own point (a row that combines several points of its muscle); else
    /// nullptr.
    const catalogue::TriggerPoint* by = nullptr;
    body::Side bySide = body::Side::None;
};

struct ReasonGroup {
    ReasonKind kind = ReasonKind::Main;
    std::vector<ReasonPlace> places; ///< in the order drawn
};

/// What a combined row (Evidence::combined) stands for.
enum class Combined { No, SamePointBothSides, WithOtherPoints };

struct Reasons {
    std::vector<ReasonGroup> groups; ///< in the order their first spot was drawn
    Combined combined = Combined::No;
    /// The spots the result does not explain, in the order drawn, each place once (its left and right as both).
    std::vector<ReasonPlace> unexplained;
    std::vector<std::string> symptoms; ///< symptom ids of the drawing the point or its muscle is known for
};

/// The reasons of `result`, the places named as `map` names them.
Reasons reasons(const Result& result, const body::BodyMap& map);

} // namespace tmap::match
