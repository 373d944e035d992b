// tpmap plans: the saved plans of the journal (journal/plan.h) - an ordered list of trigger points and techniques
// with a name, run in one go by the app. list, show, new, add, remove, move-step, rename, move, delete; --json.
#include <algorithm>
#include <cctype>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "treat/session.h"

namespace tmap::cli {

namespace {

/// The plan named by its id or its name (in any case, as the journal compares plan names): `tpmap plans list` prints
/// the ids to be copied. Words that are one plan's id and another plan's name are refused, naming both: the id
/// won, and `plans delete` erased the plan the user did not mean.
journal::Plan findPlan(journal::Journal& j, const std::string& idOrName)
{
    const auto plans = j.plans();
    const auto byId = std::find_if(plans.begin(), plans.end(), [&](const auto& p) { return p.id == idOrName; });
    const auto byName = std::find_if(plans.begin(), plans.end(), [&](const auto& p) {
        return journal::planNameKey(p.name) == journal::planNameKey(idOrName); // " desk " is Desk
    });
    if (byId != plans.end() && byName != plans.end() && byId != byName)
        throw UsageError("\"" + idOrName + "\" is both the id of the plan \"" + byId->name
            + "\" and the name of another plan (id " + byName->id + "): name the one you mean another way - \""
            + byId->name + "\" or " + byName->id);
    if (byId != plans.end())
        return *byId;
    if (byName != plans.end())
        return *byName;
    throw UsageError("no plan \"" + idOrName + "\" in " + j.path() + " (tpmap plans list shows them)");
}

/// "upper-trapezius-1[:right]" (a trigger point) or "upper-trapezius[:left]" (a muscle as a whole, also by a name
/// tpmap muscle takes: "QL:left").
journal::PlanStep parseStep(const catalogue::Catalogue& cat, const std::string& text, const std::string& technique)
{
    journal::PlanStep step;
    std::string id = text;
    if (const auto colon = text.find(':'); colon != std::string::npos) {
        const auto side = body::parseSide(text.substr(colon + 1));
        if (!side)
            throw UsageError("step \"" + text + "\": the side must be left or right");
        step.side = *side;
        id = text.substr(0, colon);
    }
    if (const auto* point = cat.triggerPoint(id)) {
        step.muscle = point->muscleId;
        step.triggerPoint = point->id;
        if (point->onlySide != body::Side::None) {
            // A point of one side only: the other side asked for is an error, not silently replaced.
            if (step.side != body::Side::None && step.side != point->onlySide)
                throw UsageError("step \"" + text + "\": " + point->id + " lies on the "
                    + std::string(body::sideName(point->onlySide)) + " side only (" + point->name + "); use "
                    + point->id + ":" + std::string(body::sideName(point->onlySide)) + " or leave the side out");
            step.side = point->onlySide;
        }
    } else if (const auto* muscle = cat.muscleNamed(id)) { // its id, name, other name or Latin name ("QL")
        step.muscle = muscle->id;
        id = muscle->id;
    } else {
        throw UsageError("step \"" + text + "\": no trigger point or muscle \"" + id
            + "\" (tpmap muscles lists them; a trigger point is e.g. upper-trapezius-1)");
    }
    // A session presses on one side: a step without one would run on the right unsaid (the app asks for it too).
    if (step.side == body::Side::None)
        throw UsageError("step \"" + text + "\": say the side that hurts, e.g. " + id + ":right (or add " + id
            + ":left and " + id + ":right for both sides)");
    if (!technique.empty()) {
        const auto& techniques = cat.muscle(step.muscle)->techniques;
        const auto it = std::find_if(techniques.begin(), techniques.end(),
            [&](const catalogue::Technique& t) { return lowered(t.name) == lowered(technique); });
        if (it == techniques.end()) {
            std::string names;
            for (const auto& t : techniques)
                names += (names.empty() ? "" : "; ") + t.name;
            throw UsageError("technique \"" + technique + "\" is not one of " + step.muscle + "'s: " + names);
        }
        step.technique = it->name;
    }
    return step;
}

std::string stepText(const catalogue::Catalogue& cat, const journal::PlanStep& s)
{
    // The point and the techniques a run uses (treat::stepPoint, treat::planFor), as the app's Plans tab names them;
    // a step the catalogue no longer has, as it was saved.
    const auto* point = treat::stepPoint(cat, s);
    const auto* muscle = cat.muscle(s.muscle);
    std::string text = point ? point->name : pointOrMuscleName(cat, s.muscle, s.triggerPoint);
    if (s.side != body::Side::None)
        text += " (" + std::string(body::sideName(s.side)) + ")";
    std::string how = s.technique;
    if (point && muscle) {
        const auto plan = treat::planFor(*muscle, *point, s.side, 1.0, s.technique);
        how = plan.pressure ? plan.pressure->name : std::string();
        if (plan.stretch) // a step that is the stretch alone is named by it
            how += (how.empty() ? "" : ", then stretch: ") + plan.stretch->name;
    }
    return text + ": " + (how.empty() ? std::string("no technique in the catalogue") : how);
}

/// A refused plan as a usage error that says what is wrong.
UsageError notSaved(const journal::InvalidPlan& e)
{
    // In this command's words, "step 1, muscle", not the journal's "/steps/0/muscle" (the name's messages name it
    // themselves).
    std::string problems;
    for (const auto& p : e.problems())
        problems += (problems.empty() ? "" : "; ")
            + (p.pointer == "/name" || p.pointer.empty() ? "" : journal::ImportError::inWords(p.pointer) + ": ")
            + p.message;
    return UsageError("plan not saved: " + problems);
}

/// Saves a new plan.
journal::Plan save(journal::Journal& j, journal::Plan plan)
{
    try {
        return j.savePlan(std::move(plan));
    } catch (const journal::InvalidPlan& e) {
        throw notSaved(e);
    }
}

/// Reads, changes and saves a plan in one write of the journal: an edit made meanwhile by the app or another tpmap
/// is neither lost nor overwritten.
journal::Plan edit(journal::Journal& j, const std::string& idOrName, const std::function<void(journal::Plan&)>& change)
{
    const auto found = findPlan(j, idOrName);
    try {
        if (auto edited = j.editPlan(found.id, change))
            return *edited;
    } catch (const journal::InvalidPlan& e) {
        throw notSaved(e);
    }
    throw UsageError("plan \"" + found.name + "\" was deleted meanwhile; nothing was changed");
}

/// A 1-based step number of `plan`.
std::size_t stepIndex(const journal::Plan& plan, int number)
{
    if (number < 1 || static_cast<std::size_t>(number) > plan.steps.size())
        throw UsageError("plan \"" + plan.name + "\" has " + std::to_string(plan.steps.size()) + " step"
            + (plan.steps.size() == 1 ? "" : "s") + "; there is no step " + std::to_string(number));
    return static_cast<std::size_t>(number - 1);
}

} // namespace

void addPlansCommands(CLI::App& app, Context& ctx)
{
    struct Options {
        std::string journal;
        std::string plan;
        std::string name;
        std::string step;
        std::string technique;
        int number = 0;
        int to = 0;
    };
    auto opts = std::make_shared<Options>();
    auto* plans = app.add_subcommand(
        "plans", "saved plans: trigger points and techniques in order, run in one go (list, show, new, add, ...)");
    plans->require_subcommand(1);
    plans->footer("Plans live in the journal ($XDG_DATA_HOME/trigger-map/journal.sqlite unless --journal PATH) and "
                  "travel with its JSON export.\nPLAN is a plan's name (any case) or its id.");
    auto journalOption = [&opts](CLI::App* sub) { addJournalOption(*sub, opts->journal); };
    auto planArgument
        = [&opts](CLI::App* sub) { sub->add_option("PLAN", opts->plan, "the plan's name or id")->required(); };

    auto* list = plans->add_subcommand("list", "the plans, in your order");
    list->add_flag("--json", ctx.json, "JSON output");
    journalOption(list);
    list->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal, JournalUse::Read);
        const auto all = j->plans();
        if (ctx.json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& p : all)
                out.push_back(journal::planToJson(p));
            printJson({{"journal", j->path()}, {"plans", out}});
            return;
        }
        if (all.empty())
            std::cout << "No plans yet. Make one: tpmap plans new \"desk neck routine\"\n";
        for (std::size_t i = 0; i < all.size(); ++i)
            std::cout << i + 1 << ". " << all[i].name << " (" << all[i].steps.size() << " step"
                      << (all[i].steps.size() == 1 ? "" : "s") << ")  " << all[i].id << "\n";
    });

    auto* show = plans->add_subcommand("show", "one plan's steps");
    planArgument(show);
    show->add_flag("--json", ctx.json, "JSON output");
    journalOption(show);
    show->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal, JournalUse::Read);
        const auto p = findPlan(*j, opts->plan);
        if (ctx.json) {
            printJson(journal::planToJson(p));
            return;
        }
        std::cout << p.name << "\n";
        if (p.steps.empty())
            std::cout << "  (no steps yet: tpmap plans add \"" << p.name << "\" TRIGGER-POINT)\n";
        for (std::size_t i = 0; i < p.steps.size(); ++i)
            std::cout << "  " << i + 1 << ". " << stepText(ctx.catalogue(), p.steps[i]) << "\n";
    });

    auto* make = plans->add_subcommand("new", "make an empty plan; prints its id");
    make->add_option("NAME", opts->name, "e.g. \"desk neck routine\"")->required();
    journalOption(make);
    make->callback([&ctx, opts] {
        // Checked before the journal is opened: a name that cannot be saved starts no new journal file.
        const journal::Plan plan {"", opts->name, {}, "", ""};
        if (auto problems = journal::validatePlan(plan, {nullptr, &ctx.catalogue()}); !problems.empty())
            throw notSaved(journal::InvalidPlan(std::move(problems)));
        auto j = openJournal(ctx, opts->journal, JournalUse::Start);
        j->setVocabulary({nullptr, &ctx.catalogue()});
        std::cout << save(*j, plan).id << "\n";
    });

    auto* add = plans->add_subcommand("add", "add a step at the end (or at --at N)");
    planArgument(add);
    add->add_option("STEP", opts->step,
           "a trigger point id, or a muscle as tpmap muscle names it, with a side: upper-trapezius-1:right, QL:left")
        ->required();
    add->add_option("--technique", opts->technique, "one of the entry's techniques (default: its first)");
    auto* atOption
        = add->add_option("--at", opts->number, "place of the new step, from 1 to one past the last (default: the end)")
              ->check(wholeNumber(0, 999999, "a step number, from 1"))
              ->default_str("");
    journalOption(add);
    add->callback([&ctx, opts, atOption] {
        auto j = openJournal(ctx, opts->journal);
        j->setVocabulary({nullptr, &ctx.catalogue()});
        const auto step = parseStep(ctx.catalogue(), opts->step, opts->technique);
        std::size_t at = 0;
        std::vector<std::size_t> already; // the steps with this point on this side, if any
        const auto p = edit(*j, opts->plan, [&](journal::Plan& plan) {
            if (atOption->count() == 0)
                at = plan.steps.size(); // the end
            else if (opts->number < 1 || static_cast<std::size_t>(opts->number) > plan.steps.size() + 1)
                throw UsageError("--at " + std::to_string(opts->number) + ": " + plan.name + " has "
                    + std::to_string(plan.steps.size()) + " step" + (plan.steps.size() == 1 ? "" : "s")
                    + "; a new step goes at 1 to " + std::to_string(plan.steps.size() + 1)
                    + " (without --at: at the end)");
            else
                at = static_cast<std::size_t>(opts->number - 1);
            already.clear();
            for (std::size_t i = 0; i < plan.steps.size(); ++i)
                if (plan.steps[i].muscle == step.muscle && plan.steps[i].triggerPoint == step.triggerPoint
                    && plan.steps[i].side == step.side)
                    already.push_back(i + 1);
            plan.steps.insert(plan.steps.begin() + static_cast<std::ptrdiff_t>(at), step);
        });
        if (!already.empty()) {
            std::string steps;
            for (std::size_t i = 0; i < already.size() && i < 5; ++i)
                steps += (i == 0 ? "" : ", ") + std::to_string(already[i]);
            if (already.size() > 5)
                steps += " and " + std::to_string(already.size() - 5) + " more";
            std::cerr << "tpmap: note: " << p.name << " had this point on this side already (step"
                      << (already.size() == 1 ? " " : "s ") << steps << "); it is added again\n";
        }
        std::cout << p.name << ": step " << at + 1 << " of " << p.steps.size() << ": "
                  << stepText(ctx.catalogue(), step) << "\n";
    });

    auto* remove = plans->add_subcommand("remove", "remove step N");
    planArgument(remove);
    remove->add_option("N", opts->number, "the step's number, from 1")
        ->check(wholeNumber(0, 999999, "a step number, from 1"))
        ->required();
    journalOption(remove);
    remove->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        const auto p = edit(*j, opts->plan, [&](journal::Plan& plan) {
            plan.steps.erase(plan.steps.begin() + static_cast<std::ptrdiff_t>(stepIndex(plan, opts->number)));
        });
        std::cout << p.name << ": " << p.steps.size() << " step" << (p.steps.size() == 1 ? "" : "s") << " left\n";
    });

    auto* change = plans->add_subcommand("change", "give step N another side or technique");
    planArgument(change);
    change->add_option("N", opts->number, "the step's number, from 1")
        ->check(wholeNumber(0, 999999, "a step number, from 1"))
        ->required();
    change->add_option("--side", opts->name, "the side to press: left or right")
        ->check(CLI::IsMember({"left", "right"}, CLI::ignore_case));
    change->add_option("--technique", opts->technique, "one of the entry's techniques");
    journalOption(change);
    change->callback([&ctx, opts] {
        if (opts->name.empty() && opts->technique.empty())
            throw UsageError("nothing to change: give --side, --technique or both");
        auto j = openJournal(ctx, opts->journal);
        j->setVocabulary({nullptr, &ctx.catalogue()});
        const auto p = edit(*j, opts->plan, [&](journal::Plan& plan) {
            auto& step = plan.steps[stepIndex(plan, opts->number)];
            // The step as `add` would take it, with what was not given kept.
            const std::string side = opts->name.empty() ? std::string(body::sideName(step.side)) : lowered(opts->name);
            const std::string id = step.triggerPoint.empty() ? step.muscle : step.triggerPoint;
            const auto changed = parseStep(ctx.catalogue(), side.empty() ? id : id + ":" + side, opts->technique);
            step.side = changed.side;
            if (!opts->technique.empty())
                step.technique = changed.technique;
        });
        std::cout << p.name << ": step " << opts->number << ": "
                  << stepText(ctx.catalogue(), p.steps[static_cast<std::size_t>(opts->number - 1)]) << "\n";
    });

    auto* moveStep = plans->add_subcommand("move-step", "move step N to place --to M");
    planArgument(moveStep);
    moveStep->add_option("N", opts->number, "the step's number, from 1")
        ->check(wholeNumber(0, 999999, "a step number, from 1"))
        ->required();
    moveStep->add_option("--to", opts->to, "its new place, from 1")
        ->check(wholeNumber(0, 999999, "a step number, from 1"))
        ->required();
    journalOption(moveStep);
    moveStep->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        const auto p = edit(*j, opts->plan, [&](journal::Plan& plan) {
            const auto from = stepIndex(plan, opts->number);
            const auto to = stepIndex(plan, opts->to);
            const auto step = plan.steps[from];
            plan.steps.erase(plan.steps.begin() + static_cast<std::ptrdiff_t>(from));
            plan.steps.insert(plan.steps.begin() + static_cast<std::ptrdiff_t>(to), step);
        });
        if (opts->number == opts->to)
            std::cout << p.name << ": step " << opts->number << " stays where it is\n";
        else
            std::cout << p.name << ": step " << opts->number << " is now step " << opts->to << "\n";
    });

    auto* rename = plans->add_subcommand("rename", "give a plan another name");
    planArgument(rename);
    rename->add_option("NAME", opts->name, "the new name")->required();
    journalOption(rename);
    rename->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        std::string old;
        const auto p = edit(*j, opts->plan, [&](journal::Plan& plan) {
            old = plan.name;
            plan.name = opts->name;
        });
        std::cout << "Renamed \"" << old << "\" to \"" << p.name << "\"\n";
    });

    auto* move = plans->add_subcommand("move", "move a plan to place --to N of the list");
    planArgument(move);
    move->add_option("--to", opts->to, "its new place, from 1")
        ->required()
        ->check(wholeNumber(0, 999999, "a place in the list, from 1"));
    journalOption(move);
    move->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        const auto p = findPlan(*j, opts->plan);
        if (const auto count = j->plans().size(); opts->to < 1 || static_cast<std::size_t>(opts->to) > count)
            throw UsageError("--to " + std::to_string(opts->to) + ": there " + (count == 1 ? "is " : "are ")
                + std::to_string(count) + " plan" + (count == 1 ? "" : "s") + "; a place goes from 1 to "
                + std::to_string(count));
        j->movePlan(p.id, static_cast<std::size_t>(opts->to - 1));
        std::cout << "Moved \"" << p.name << "\" to place " << opts->to << " of " << j->plans().size() << "\n";
    });

    auto* del = plans->add_subcommand("delete", "delete a plan for good (the notes of its sessions stay)");
    planArgument(del);
    journalOption(del);
    del->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        const auto p = findPlan(*j, opts->plan);
        j->deletePlan(p.id);
        std::cout << "Deleted plan \"" << p.name << "\"\n";
    });
}

} // namespace tmap::cli
