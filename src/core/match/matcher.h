// match: ranks trigger points by how likely each is the source of a pain drawing (spots with intensities,
// symptoms, and answers to the questions of match/questions.h): how well its referral pattern explains the
// drawing, times how often the references' pain guides name its muscle for pain in those places. The model is
// documented in docs/ranking.md. Results carry their explanation as data; the front ends phrase it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "body/body_map.h"
#include "catalogue/catalogue.h"
#include "match/question_id.h"

namespace tmap::match {

struct Spot {
    std::string instance; ///< "head.temple:right" or "chest.sternum"
    int intensity = 5; ///< 0-10
};

struct Answer {
    QuestionKey question;
    Reply reply = Reply::Unsure;
};

struct Drawing {
    std::vector<Spot> spots;
    std::vector<std::string> symptoms; ///< symptom ids
    std::vector<Answer> answers; ///< answered questions, oldest first
    /// Warnings (red flag ids) whose signs the person said do not apply to them, or a doctor ruled out: still shown,
    /// but they no longer hold the press tests (selfCareHolds).
    std::vector<std::string> clearedWarnings;
};

/// How a trigger point explains a spot: the region is a main zone of its pattern, a spillover zone, the place
/// where the point itself lies, or only named by the references' pain guide for that region (the pattern as
/// the catalogue draws it does not reach it).
enum class How { Main, Spillover, Local, Guide };
const char* howName(How how); // "main", "spillover", "local", "guide"

struct Explained {
    std::string spot;
    How how = How::Main;
    bool occasional = false; ///< the zone is an occasional part of the pattern
    bool alsoLocal = false; ///< the spot is also where the trigger point lies
    /// The trigger point that explains the spot: the result's own, or another point of the same muscle when the
    /// result stands for the muscle's points together (then `bySide` may also be the other side).
    const catalogue::TriggerPoint* by = nullptr;
    body::Side bySide = body::Side::None;
};

/// A plain relative likelihood, never a percentage: the evidence does not support one.
enum class Likelihood { Likely, Possible, LessLikely };
const char* likelihoodName(Likelihood likelihood); // "likely", "possible", "less likely"
/// A result's side as the CLI and JSON spell it: "left", "right", or "either" (None).
struct Result;
const char* resultSideName(body::Side side);
/// True when a row stands for its muscle on the left and the right at once: points of both sides explain its spots
/// (pain on both sides of the low back). Its `side` is then that of its best point; a front end says "both sides".
bool onBothSides(const Result& result);

/// A trigger point on one side of the body (None: the drawing leaves the side open).
struct PointOnSide {
    const catalogue::TriggerPoint* point = nullptr;
    body::Side side = body::Side::None;
    bool operator==(const PointOnSide&) const = default;
};
/// The trigger points a result stands for, each once: its own point first, then, for a row that combines several
/// points of its muscle or both sides (`evidence.combined`), every other point and side that explains a spot. The
/// map draws each of them; "Treat this" treats each of them.
std::vector<PointOnSide> pointsOf(const Result& result);

/// Where a pain guide names the result's muscle for one of the drawn regions.
struct GuideHit {
    std::string region; ///< region id without side
    int position = 0; ///< 1 = named first
    int of = 0; ///< muscles the guide names
    catalogue::ZoneKind kind = catalogue::ZoneKind::Main;
};

/// The parts the score multiplies (docs/ranking.md).
struct Evidence {
    double fit = 1; ///< how well the pattern explains the spots, each weighted by its intensity (0-1)
    double prior = 1; ///< how often the pain guides name the muscle for the drawn regions (0-1)
    double symptoms = 1; ///< how well it fits the drawing's symptoms (1 without symptoms)
    double answers = 1; ///< the answered questions' likelihood ratio (1 without answers)
    std::vector<GuideHit> guides;
    bool combined = false; ///< the muscle's trigger points together explain more than this point alone
    std::vector<Answer> answered; ///< the answers that concern this muscle or its pattern
};

struct Result {
    int rank = 0;
    /// The rank of its muscle's row: its own rank for the muscle's first row; an earlier one for another trigger
    /// point of a muscle listed above (each muscle's best row comes first, then, while there is room, the others).
    int muscleRank = 0;
    double score = 0; ///< comparable within one ranking only
    double relative = 0; ///< score / best score (1 for the first row)
    Likelihood likelihood = Likelihood::LessLikely;
    body::Side side = body::Side::None; ///< Left or Right; None ("either side") when the drawing does not decide it
    const catalogue::Muscle* muscle = nullptr;
    const catalogue::TriggerPoint* point = nullptr;
    std::vector<Explained> explains;
    std::vector<std::string> unexplained;
    std::vector<std::string> symptoms; ///< the drawing's symptoms this trigger point or its muscle is known for
    Evidence evidence;
};

/// Ranks a catalogue's trigger points against drawings. Builds its indexes (region to zones, region to pain
/// guide) once.
class Matcher final {
public:
    explicit Matcher(const catalogue::Catalogue& catalogue);

    /// One result per muscle (its best trigger point and side), best first; then, while there is room, the
    /// muscles' other trigger points. `limit` 0 means all.
    std::vector<Result> rank(const Drawing& drawing, std::size_t limit = 0) const;

    const catalogue::Catalogue& catalogue() const { return catalogue_; }

    /// How likely a "yes" is if this result's muscle is the source (used by questions): press on its point, pain
    /// also in a region instance, a symptom.
    double yesChance(const Result& candidate, const QuestionKey& question) const;

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
    struct GuideEntry {
        std::size_t muscleIndex;
        double value; ///< the prior's share for pain in this region
        int position;
        int of;
        catalogue::ZoneKind kind;
    };
    double answerFactor(
        const PointInfo& info, body::Side side, const Drawing& drawing, std::vector<Answer>* concerned) const;
    /// With no spot drawn: when a symptom is pain in named places (symptoms.json `drawn_as`, a headache), sets
    /// `prior` from those places' pain guides instead of anywherePrior_.
    void symptomPlacesPrior(const std::vector<std::string>& symptoms, std::vector<double>& prior) const;
    const catalogue::Catalogue& catalogue_;
    std::vector<PointInfo> points_;
    std::map<std::string, std::vector<Entry>, std::less<>> byRegion_;
    std::map<std::string, std::vector<GuideEntry>, std::less<>> guideByRegion_;
    std::map<std::string, std::size_t, std::less<>> pointIndex_;
    std::map<std::string, double, std::less<>> symptomAbsent_; ///< per symptom: the factor when not known for it
    /// Per muscle: how often the pain guides name it anywhere (the prior of a drawing with no spot, symptoms only).
    std::vector<double> anywherePrior_;
    std::size_t muscleCount_ = 0;
};

/// Parses "REGION[:SIDE][=INTENSITY]"; throws std::invalid_argument with a message naming the problem.
Spot parseSpot(const body::BodyMap& map, const std::string& text);

/// As parseSpot(), and "REGION:both[=INTENSITY]" gives the region on the left and on the right (pain on both sides of
/// the low back: "back.lumbar:both").
std::vector<Spot> parseSpots(const body::BodyMap& map, const std::string& text);

/// Parses a question id ("press:upper-trapezius-1:right", "region:head.temple:left", "symptom:tinnitus") and
/// checks that what it names exists; throws std::invalid_argument naming the problem.
QuestionKey parseQuestionId(const catalogue::Catalogue& catalogue, const std::string& text);

/// Parses "QID=yes|no|unsure"; throws std::invalid_argument naming the problem.
Answer parseAnswer(const catalogue::Catalogue& catalogue, const std::string& text);

} // namespace tmap::match

namespace tmap::match {

/// Whether the drawing itself already answers `question`: a place question about a drawn spot, a symptom question
/// about a ticked symptom or, given the catalogue, one whose places (Symptom::drawnAs) are drawn (chest pain with
/// the chest drawn). An answer to it contradicts the drawing ("no pain at" a drawn place) or adds nothing: no
/// question asks it, tpmap refuses one, and the app drops one when the spot or the symptom is added after it.
bool drawingAnswers(
    const Drawing& drawing, const QuestionKey& question, const catalogue::Catalogue* catalogue = nullptr);

/// The red flags a drawing touches: a spot in one of the flag's regions (a base id matches both sides), or one
/// of its symptoms; a "yes" to a place or symptom question counts as that place drawn or that symptom ticked. The
/// app shows them above the results, in this order: the flags that hold self-care first, then by how many of the
/// drawing's symptoms, then of its spots, each names; else the catalogue's order.
std::vector<const catalogue::RedFlag*> redFlagsFor(const catalogue::Catalogue& catalogue, const Drawing& drawing);

/// The red flags of the drawing that hold self-care (catalogue::RedFlag::holdSelfCare: the heart, a blood clot, a
/// nerve or an artery), less those in Drawing::clearedWarnings: while one applies, no press test is asked, and the
/// front ends ask before a session or a plan whether its signs apply.
std::vector<const catalogue::RedFlag*> selfCareHolds(const catalogue::Catalogue& catalogue, const Drawing& drawing);
/// The same, of flags already found (redFlagsFor), for a caller that shows them all too; less those whose ids are in
/// `cleared` (Drawing::clearedWarnings).
std::vector<const catalogue::RedFlag*> selfCareHolds(
    std::vector<const catalogue::RedFlag*> flags, const std::vector<std::string>& cleared = {});

/// How far trigger points' Xs lie from the nearest place drawn, in a view that shows both (normalised view
/// coordinates; a left place is measured from the mirrored X, the left lateral view from the right one's); infinity
/// when no view shows both. The drawn places' centres are looked up once per drawing. Breaks ties: of two rows that
/// explain the drawing alike, the point lying nearer the pain; of a muscle's points that reach it alike, the one to
/// press for it.
class PainCentres {
public:
    PainCentres(const body::BodyMap& body, const Drawing& drawing);
    double distanceTo(const catalogue::TriggerPoint& tp) const;

private:
    struct Centre {
        std::string view;
        bool left = false; ///< a place on the left: measured from the mirrored X
        body::Point at;
    };
    std::vector<Centre> centres_;
};

} // namespace tmap::match
