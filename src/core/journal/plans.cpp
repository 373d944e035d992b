// journal/plans.cpp owns the saved plans in the journal file: their rules, reading, saving in the user's order,
// moving, deleting, and writing them with an import's notes in one transaction (journal/plan.h).
#include <algorithm>
#include <cassert>
#include <cctype>
#include <cstring>
#include <map>

#include "catalogue/catalogue.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal/uuid.h"
#include "journal_internal.h"

namespace tmap::journal {

using namespace detail;

std::string planNameKey(std::string_view text)
{
    // Without the spaces around it, as storePlan() saves a name.
    const auto first = text.find_first_not_of(" \t");
    text = first == std::string_view::npos ? std::string_view()
                                           : text.substr(first, text.find_last_not_of(" \t") - first + 1);
    std::string lower(text);
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const auto c = static_cast<unsigned char>(lower[i]);
        if (c < 0x80) {
            lower[i] = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < lower.size()) {
            // U+00C0-U+00DE, not U+00D7 (the multiplication sign): lower case is 0x20 further on.
            const auto next = static_cast<unsigned char>(lower[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97)
                lower[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    // A letter and its accent as two characters (NFD: "U" and U+0308, as some systems write names) is the letter
    // with the accent (NFC: "Ü"): for the accents of Latin-1, so that "Übungen" typed either way is one name.
    struct Accent {
        unsigned char mark; // the second byte of the combining mark's UTF-8, after 0xCC
        const char* letters;
        const char* composed; // the Latin-1 code points of those letters with the accent, lower case
    };
    static constexpr Accent accents[] {{0x80, "aeiou", "\xE0\xE8\xEC\xF2\xF9"},
        {0x81, "aeiouy", "\xE1\xE9\xED\xF3\xFA\xFD"}, {0x82, "aeiou", "\xE2\xEA\xEE\xF4\xFB"},
        {0x83, "ano", "\xE3\xF1\xF5"}, {0x88, "aeiouy", "\xE4\xEB\xEF\xF6\xFC\xFF"}, {0x8A, "a", "\xE5"},
        {0xA7, "c", "\xE7"}};
    std::string composed;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (i + 2 < lower.size() && static_cast<unsigned char>(lower[i + 1]) == 0xCC) {
            const auto mark = static_cast<unsigned char>(lower[i + 2]);
            bool done = false;
            for (const auto& a : accents)
                if (const char* at = a.mark == mark ? std::strchr(a.letters, lower[i]) : nullptr; at && lower[i]) {
                    const auto cp = static_cast<unsigned char>(a.composed[at - a.letters]);
                    composed += static_cast<char>(0xC3);
                    composed += static_cast<char>(cp - 0x40);
                    i += 2;
                    done = true;
                    break;
                }
            if (done)
                continue;
        }
        composed += lower[i];
    }
    return composed;
}

InvalidPlan::InvalidPlan(std::vector<Problem> problems)
    : std::invalid_argument(problems.empty()
            ? std::string("invalid plan")
            : (problems.front().pointer.empty() ? "" : problems.front().pointer + ": ") + problems.front().message)
    , problems_(std::move(problems))
{
}

std::vector<Problem> validatePlan(const Plan& plan, const Vocabulary& vocabulary, bool requireId)
{
    std::vector<Problem> problems;
    if (requireId ? !isUuid(plan.id) : (!plan.id.empty() && !isUuid(plan.id)))
        problems.push_back(
            {"/id", "\"" + plan.id.substr(0, 60) + "\" is not an id like 3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c",
                Problem::Rule::NotAnId, plan.id.substr(0, 60)});
    std::size_t bad = 0;
    if (!isValidUtf8(plan.name, &bad))
        problems.push_back({"/name", "not valid UTF-8 at byte " + std::to_string(bad), Problem::Rule::NotUtf8});
    else if (plan.name.find_first_not_of(" \t") == std::string::npos)
        problems.push_back({"/name", "a plan needs a name", Problem::Rule::Empty});
    else if (plan.name.find_first_of("\r\n") != std::string::npos)
        problems.push_back({"/name", "the name must be one line", Problem::Rule::NotOneLine});
    else if (hasControl(plan.name, false)) // a tab, say: shown as a gap, or not at all
        problems.push_back({"/name", "the name contains a control character", Problem::Rule::ControlCharacter});
    else if (codePoints(plan.name) > kMaxShortChars)
        problems.push_back({"/name", "the name is longer than " + std::to_string(kMaxShortChars) + " characters",
            Problem::Rule::TooLong, {}, static_cast<std::int64_t>(codePoints(plan.name)),
            static_cast<std::int64_t>(kMaxShortChars)});
    if (plan.steps.size() > kMaxPlanSteps)
        problems.push_back(tooMany("/steps", "steps", plan.steps.size(), kMaxPlanSteps));
    // A step names what a note's treatment names: the same rules, checked by the same code.
    Note asNote;
    for (std::size_t i = 0; i < plan.steps.size() && i < kMaxPlanSteps; ++i)
        asNote.treatments.push_back(
            {plan.steps[i].muscle, plan.steps[i].triggerPoint, plan.steps[i].technique, 0, std::nullopt, std::nullopt});
    const std::string prefix = "/treatments/";
    for (auto& p : validateNote(asNote, vocabulary))
        if (p.pointer.compare(0, prefix.size(), prefix) == 0) {
            p.pointer = "/steps/" + p.pointer.substr(prefix.size());
            problems.push_back(std::move(p));
        }
    return problems;
}

std::vector<Problem> validateNewSteps(
    const Plan& plan, const std::vector<PlanStep>& stored, const catalogue::Catalogue& catalogue)
{
    std::vector<Problem> problems;
    std::vector<PlanStep> before = stored; // each step saved before excuses one step of the plan, not its copies
    for (std::size_t i = 0; i < plan.steps.size() && i < kMaxPlanSteps; ++i) {
        const auto& step = plan.steps[i];
        if (const auto it = std::find(before.begin(), before.end(), step); it != before.end()) {
            before.erase(it);
            continue; // saved before: a session runs what it still can, and says what it leaves out
        }
        const std::string at = "/steps/" + std::to_string(i);
        const auto* muscle = catalogue.muscle(step.muscle);
        const auto* point = step.triggerPoint.empty() ? nullptr : catalogue.triggerPoint(step.triggerPoint);
        if (!muscle || (!step.triggerPoint.empty() && (!point || point->muscleId != muscle->id)))
            continue; // validatePlan tells these
        if (point && point->clinicianOnly)
            problems.push_back(
                {at + "/trigger_point", point->id + " is for a clinician only, not a step of a self-treatment plan",
                    Problem::Rule::ClinicianOnly, point->id});
        if (point && point->onlySide != body::Side::None && step.side != body::Side::None
            && step.side != point->onlySide)
            problems.push_back({at + "/side",
                point->id + " is on the " + std::string(body::sideName(point->onlySide)) + " side only, not the "
                    + std::string(body::sideName(step.side)),
                Problem::Rule::OneSideOnly, point->id, 0, point->onlySide == body::Side::Left ? 1 : 2});
        if (!step.technique.empty()
            && std::none_of(muscle->techniques.begin(), muscle->techniques.end(),
                [&](const catalogue::Technique& t) { return t.name == step.technique; }))
            problems.push_back({at + "/technique",
                "\"" + headOf(step.technique, 80) + "\" is not one of " + muscle->id + "'s techniques",
                Problem::Rule::NotATechnique, headOf(step.technique, 80)});
    }
    return problems;
}

std::vector<Plan> Journal::plans()
{
    std::vector<Plan> list;
    std::vector<std::int64_t> pids;
    auto st = db_->prepare("SELECT pid, id, name, created_at, updated_at FROM plan ORDER BY position, pid");
    while (st.step()) {
        pids.push_back(st.integer(0));
        list.push_back({st.text(1), st.text(2), {}, st.text(3), st.text(4)});
    }
    auto steps = db_->prepare(detail::kPlanStepsSql);
    for (std::size_t i = 0; i < list.size(); ++i) {
        steps.bind(1, pids[i]);
        while (steps.step())
            list[i].steps.push_back(detail::planStepOf(steps));
        steps.reset();
    }
    return list;
}

std::optional<Plan> Journal::plan(std::string_view id)
{
    for (auto& p : plans())
        if (p.id == id)
            return std::move(p);
    return std::nullopt;
}

void Journal::putPlans(const std::vector<Plan>& plans, OnDuplicate onDuplicate, const std::string& now,
    SaveAllResult& result, bool imported)
{
    auto find = db_->prepare("SELECT pid, created_at FROM plan WHERE id = ?1");
    auto last = db_->prepare("SELECT coalesce(max(position), -1) + 1 FROM plan");
    auto insert
        = db_->prepare("INSERT INTO plan (id, name, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    auto update = db_->prepare("UPDATE plan SET name = ?2, updated_at = ?3 WHERE pid = ?1");
    auto clearSteps = db_->prepare("DELETE FROM plan_step WHERE pid = ?1");
    auto insertStep = db_->prepare("INSERT INTO plan_step (pid, ordinal, muscle, trigger_point, side, technique) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto others = db_->prepare("SELECT name FROM plan WHERE id <> ?1");
    // Names stay unique (ignoring case): an imported plan that meets another plan's name gets " (2)", " (3)"...
    auto uniqueName = [&](const Plan& plan) {
        std::vector<std::string> taken;
        others.bind(1, plan.id);
        while (others.step())
            taken.push_back(planNameKey(others.view(0)));
        others.reset();
        std::string name = plan.name;
        for (int n = 2; std::find(taken.begin(), taken.end(), planNameKey(name)) != taken.end(); ++n) {
            const std::string suffix = " (" + std::to_string(n) + ")";
            std::string base = plan.name;
            while (codePoints(base) + suffix.size() > kMaxShortChars) {
                do // drop the last character, never half of one
                    base.pop_back();
                while (!base.empty() && (static_cast<unsigned char>(base.back()) & 0xC0) == 0x80);
                if (!base.empty() && static_cast<unsigned char>(base.back()) >= 0xC0)
                    base.pop_back();
            }
            name = base + suffix;
        }
        return name;
    };
    std::map<std::string, Plan> here; // the plans already here that the file has too, as they are here
    if (imported)
        for (auto& p : this->plans())
            if (std::any_of(plans.begin(), plans.end(), [&](const Plan& q) { return q.id == p.id; }))
                here.emplace(p.id, std::move(p));
    // "NAME (2)" for a plan here named NAME: the name an import gave the file's copy elsewhere because a plan there
    // had NAME - not a new name. (Two journals that share their plans both ways renamed each other's plans at every
    // turn: "Morning (2) (2)".)
    const auto clashName = [](const std::string& name, const std::string& ours) {
        if (name.size() < ours.size() + 4 || name.compare(0, ours.size(), ours) != 0 || name.back() != ')'
            || name.compare(ours.size(), 2, " (") != 0)
            return false;
        const std::string_view digits = std::string_view(name).substr(ours.size() + 2, name.size() - ours.size() - 3);
        return !digits.empty()
            && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    for (const auto& fromFile : plans) {
        assert(!fromFile.id.empty());
        Plan original = fromFile;
        if (const auto ours = here.find(original.id); ours != here.end() && clashName(original.name, ours->second.name))
            original.name = ours->second.name;
        Plan plan = original;
        plan.name = uniqueName(original);
        find.bind(1, plan.id);
        const bool found = find.step();
        const std::int64_t existing = found ? find.integer(0) : 0;
        find.reset();
        if (found && onDuplicate == OnDuplicate::Skip) {
            ++result.plansSkipped;
            continue;
        }
        if (const auto ours = here.find(plan.id); found && ours != here.end()) {
            // The same plan again (an export imported twice), or one changed here since the file's copy (a step
            // added, a new name): kept as it is here.
            const auto met = detail::meetDuplicate(plan, ours->second, now);
            if (met != detail::Duplicate::Replace) {
                ++(met == detail::Duplicate::Unchanged ? result.plansUnchanged : result.plansSkipped);
                result.plansNewerHere += met == detail::Duplicate::NewerHere ? 1 : 0;
                continue;
            }
        }
        // A time from a wrong clock (more than a day ahead) is taken as now.
        plan.created = recordTimeNotAhead(plan.created, now);
        plan.updated = recordTimeNotAhead(plan.updated, now);
        std::int64_t pid = existing;
        if (found) {
            update.bind(1, pid).bind(2, plan.name).bind(3, plan.updated.empty() ? now : plan.updated).run();
            update.reset();
            clearSteps.bind(1, pid).run();
            clearSteps.reset();
            ++result.plansUpdated;
        } else {
            last.step();
            const auto position = last.integer(0);
            last.reset();
            insert.bind(1, plan.id)
                .bind(2, plan.name)
                .bind(3, position)
                .bind(4, plan.created.empty() ? now : plan.created)
                .bind(5, plan.updated.empty() ? now : plan.updated)
                .run();
            insert.reset();
            pid = db_->lastInsertRowId();
            ++result.plansAdded;
        }
        if (plan.name != original.name)
            result.plansRenamed.emplace_back(original.name, plan.name);
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            const auto& s = plan.steps[i];
            insertStep.bind(1, pid)
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, s.muscle)
                .bind(4, s.triggerPoint)
                .bind(5, body::sideName(s.side))
                .bind(6, s.technique)
                .run();
            insertStep.reset();
        }
    }
}

Plan Journal::savePlan(Plan plan)
{
    Plan saved;
    write([&] { saved = storePlan(plan); }); // a copy each time: write() may run the body again
    return saved;
}

std::optional<Plan> Journal::editPlan(std::string_view id, const std::function<void(Plan&)>& change)
{
    std::optional<Plan> edited;
    write([&] {
        edited = plan(id); // read inside the write: nothing changes it before it is saved
        if (!edited)
            return;
        change(*edited);
        edited->id = std::string(id);
        edited = storePlan(std::move(*edited));
    });
    return edited;
}

Plan Journal::storePlan(Plan plan)
{
    // Spaces around a name are not seen in a list: "desk neck routine " would look like a second plan of the name.
    const auto first = plan.name.find_first_not_of(" \t");
    plan.name = first == std::string::npos ? std::string()
                                           : plan.name.substr(first, plan.name.find_last_not_of(" \t") - first + 1);
    auto problems = validatePlan(plan, vocabulary_);
    if (problems.empty() && vocabulary_.catalogue) {
        // Steps added or changed now must be ones a session can run; steps saved before stay as they were (a
        // catalogue update may have made a point one for a clinician only).
        std::vector<PlanStep> stored;
        if (!plan.id.empty())
            for (auto& p : plans())
                if (p.id == plan.id)
                    stored = std::move(p.steps);
        problems = validateNewSteps(plan, stored, *vocabulary_.catalogue);
    }
    if (!problems.empty())
        throw InvalidPlan(std::move(problems));
    if (plan.id.empty())
        plan.id = newUuid();
    const std::string now = nowUtc();
    auto same = db_->prepare("SELECT id, name FROM plan WHERE id <> ?1");
    same.bind(1, plan.id);
    while (same.step())
        if (planNameKey(same.view(1)) == planNameKey(plan.name))
            throw InvalidPlan({{"/name", "there is already a plan called \"" + same.text(1) + "\"",
                Problem::Rule::Twice, same.text(1)}});
    same.reset();
    auto count = db_->prepare("SELECT count(*) FROM plan WHERE id <> ?1");
    count.bind(1, plan.id).step();
    if (count.integer(0) >= static_cast<std::int64_t>(kMaxPlans))
        throw InvalidPlan({{"", "there are already " + std::to_string(kMaxPlans) + " plans", Problem::Rule::NoRoom, {},
            static_cast<std::int64_t>(kMaxPlans), static_cast<std::int64_t>(kMaxPlans)}});
    count.reset();
    auto created = db_->prepare("SELECT created_at FROM plan WHERE id = ?1");
    created.bind(1, plan.id);
    plan.created = created.step() ? created.text(0) : now;
    created.reset();
    plan.updated = now;
    SaveAllResult ignored;
    putPlans({plan}, OnDuplicate::Update, now, ignored, false);
    return plan;
}

bool Journal::movePlan(std::string_view id, std::size_t to)
{
    bool moved = false;
    write([&] {
        std::vector<std::string> order;
        auto st = db_->prepare("SELECT id FROM plan ORDER BY position, pid");
        while (st.step())
            order.push_back(st.text(0));
        st.reset();
        const auto it = std::find(order.begin(), order.end(), id);
        if (it == order.end())
            return;
        std::string moving = *it;
        order.erase(it);
        order.insert(order.begin() + static_cast<std::ptrdiff_t>(std::min(to, order.size())), moving);
        auto set = db_->prepare("UPDATE plan SET position = ?2 WHERE id = ?1");
        for (std::size_t i = 0; i < order.size(); ++i) {
            set.bind(1, order[i]).bind(2, static_cast<std::int64_t>(i)).run();
            set.reset();
        }
        moved = true;
    });
    return moved;
}

bool Journal::deletePlan(std::string_view id)
{
    bool deleted = false;
    write([&] {
        auto st = db_->prepare("DELETE FROM plan WHERE id = ?1");
        st.bind(1, id).run();
        deleted = db_->changes() == 1;
    });
    return deleted;
}

SaveAllResult Journal::saveAll(
    const std::vector<Note>& notes, const std::vector<Plan>& plans, OnDuplicate onDuplicate, bool answersUnknown)
{
    SaveAllResult result;
    const std::string now = nowUtc();
    write([&] {
        result = putNotes(notes, onDuplicate, now, answersUnknown);
        putPlans(plans, onDuplicate, now, result);
    });
    return result;
}

} // namespace tmap::journal
