// match: ranks trigger points by how well their referral patterns explain a pain drawing (spots with
// intensities, plus symptoms). The score and its parts are documented in docs/ranking.md.
#pragma once

#include <string>
#include <vector>

#include "body/body_map.h"
#include "catalogue/catalogue.h"

namespace tmap::match {

struct Spot {
    std::string instance; ///< "head.temple:right" or "chest.sternum"
    int intensity = 5; ///< 0-10
};

struct Drawing {
    std::vector<Spot> spots;
    std::vector<std::string> symptoms; ///< symptom ids
};

enum class How { Main, Spillover, Local };
const char* howName(How how); // "main", "spillover", "local"

struct Explained {
    std::string spot;
    How how = How::Main;
    bool occasional = false; ///< the zone is an occasional part of the pattern
    bool alsoLocal = false; ///< the spot is also where the trigger point lies
};

struct Result {
    int rank = 0;
    double score = 0;
    std::string side; ///< "left", "right", or "either" when the drawing does not decide it
    const catalogue::Muscle* muscle = nullptr;
    const catalogue::TriggerPoint* point = nullptr;
    std::vector<Explained> explains;
    std::vector<std::string> unexplained;
    std::vector<std::string> symptoms; ///< the drawing's symptoms this trigger point is known for
    /// Plain-language reasons: "main zone: temple (right); spillover: lower jaw (right)".
    std::string reason(const body::BodyMap& map) const;
};

/// Ranks a catalogue's trigger points against drawings. Builds an index from region to zones once.
class Matcher final {
public:
    explicit Matcher(const catalogue::Catalogue& catalogue);

    /// One result per muscle (its best trigger point and side), best first. `limit` 0 means all.
    std::vector<Result> rank(const Drawing& drawing, std::size_t limit = 0) const;

private:
    struct Entry {
        std::size_t point; ///< index into points_
        double weight; ///< how well this zone explains pain in the region
        How how;
        bool occasional;
        bool bothSides;
        bool onRight = true, onLeft = true; ///< the sides the point exists on (one for a few points)
    };
    struct PointInfo {
        const catalogue::TriggerPoint* point;
        const catalogue::Muscle* muscle;
        std::size_t muscleIndex;
        int mainZones;
        std::vector<std::string> symptoms; ///< the point's and its muscle's symptom ids
        bool onRight = true, onLeft = true; ///< the sides the point exists on (one for a few points)
    };
    const catalogue::Catalogue& catalogue_;
    std::vector<PointInfo> points_;
    std::map<std::string, std::vector<Entry>, std::less<>> byRegion_;
};

/// Parses "REGION[:SIDE][=INTENSITY]"; throws std::invalid_argument with a message naming the problem.
Spot parseSpot(const body::BodyMap& map, const std::string& text);

} // namespace tmap::match

namespace tmap::match {

/// The red flags a drawing touches: a spot in one of the flag's regions (a base id matches both sides), or one
/// of its symptoms. The app shows them above the results.
std::vector<const catalogue::RedFlag*> redFlagsFor(const catalogue::Catalogue& catalogue, const Drawing& drawing);

} // namespace tmap::match
