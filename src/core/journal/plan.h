// journal/plan: a saved plan - an ordered list of trigger points and techniques with a name ("desk neck routine")
// that the user runs in one go. Plans live in the journal file beside the notes and travel with its export.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "body/body_map.h"

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::journal {

struct Vocabulary;
struct Problem;

/// One step of a plan: a trigger point of a muscle (or the muscle as a whole), on a side, with a technique.
struct PlanStep {
    std::string muscle; ///< catalogue muscle id
    std::string triggerPoint; ///< a trigger point of that muscle, or "" for the muscle as a whole
    body::Side side = body::Side::None; ///< None: a midline point, or either side
    std::string technique; ///< the technique's name, or "" for the entry's own first technique
    bool operator==(const PlanStep&) const = default;
};

/// A named, ordered list of steps. The id is a UUID, stable across export and import.
struct Plan {
    std::string id; ///< empty for a plan not yet saved
    std::string name;
    std::vector<PlanStep> steps;
    std::string created; ///< set by the journal, UTC
    std::string updated; ///< set by the journal on every save, UTC
    bool operator==(const Plan&) const = default;
};

inline constexpr std::size_t kMaxPlanSteps = 50;
inline constexpr std::size_t kMaxPlans = 1000;

/// A plan's name as plan names are compared (savePlan refuses a second plan of the same name): without the spaces
/// around it, ASCII letters and the accented capitals of Latin-1 (Ä, Ö, Ü, É, ...) in lower case, as the app compares
/// them ("Übungen" is "übungen", " desk " is "desk").
std::string planNameKey(std::string_view name);

/// Every problem of a plan, with pointers relative to it ("/steps/0/muscle"): a name of 1-200 characters on one
/// line, at most kMaxPlanSteps steps, each naming a known muscle and one of its trigger points. Empty when valid.
/// `requireId`: the plan must carry an id (import).
std::vector<Problem> validatePlan(const Plan& plan, const Vocabulary& vocabulary, bool requireId = false);

/// What a session can run, for the steps not among `stored` (the plan as it was saved; steps saved before stay, as
/// an import keeps them: the session leaves out what it cannot run and says so): no point for a clinician only, a
/// point the entry keeps to one side on that side, a technique that is one of the muscle's (by its catalogue name).
/// Journal::savePlan and editPlan check it with the journal's catalogue.
std::vector<Problem> validateNewSteps(
    const Plan& plan, const std::vector<PlanStep>& stored, const catalogue::Catalogue& catalogue);

} // namespace tmap::journal
