// tpmap notes: the pain journal on the command line - add, list, show, delete (to the trash), restore, export,
// import (erasing for good and the backups: notes_erase_command.cpp). The journal is the app's file
// ($XDG_DATA_HOME/trigger-map/journal.sqlite) unless --journal says otherwise. Output for programs is --json on stdout;
// messages go to stderr. The JSON shapes are a stable contract.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "cli.h"
#include "journal/body_map_export.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "match/matcher.h"

namespace tmap::cli {

namespace {

using journal::Journal;

/// The option of `tpmap notes add` that gave the part of a note a journal problem names ("/tags/1" -> "--tag: "),
/// or the pointer itself for a part no option gives.
std::string optionOf(const std::string& pointer)
{
    // A treatment's own fields have options of their own: "/treatments/0/technique" is --technique, not --treated.
    static const std::pair<const char*, const char*> fields[]
        = {{"/technique", "--technique"}, {"/before", "--before"}, {"/after", "--after"}, {"/minutes", "--minutes"}};
    if (pointer.starts_with("/treatments/"))
        for (const auto& [field, option] : fields)
            if (pointer.ends_with(field))
                return std::string(option) + ": ";
    static const std::pair<const char*, const char*> options[]
        = {{"/spots", "--spot"}, {"/tags", "--tag"}, {"/factors", "--factor"}, {"/answers", "--answer"},
            {"/text", "--text"}, {"/when", "--when"}, {"/treatments", "--treated"}};
    for (const auto& [part, option] : options)
        if (pointer == part || pointer.starts_with(std::string(part) + "/"))
            return std::string(option) + ": ";
    return pointer.empty() ? std::string() : pointer + ": ";
}

/// `notes add --treated ID [--technique NAME] [--before N] [--after N] [--minutes N]` as the note's treatment: ID a
/// trigger point or a muscle; a technique named as one of the muscle's (any case) takes its name in the catalogue, so
/// that the insights group it with the app's sessions; another is kept as typed (a therapist's massage).
journal::Treatment parseTreatment(const catalogue::Catalogue& cat, const std::string& id, const std::string& technique,
    int before, int after, int minutes)
{
    journal::Treatment t;
    if (const auto* point = cat.triggerPoint(id)) {
        t.muscle = point->muscleId;
        t.triggerPoint = point->id;
    } else if (const auto* muscle = cat.muscleNamed(id)) { // its id, name, other name or Latin name ("QL")
        t.muscle = muscle->id;
    } else {
        throw UsageError("--treated " + id
            + ": no trigger point or muscle of that id (tpmap muscles lists them; a "
              "trigger point is e.g. upper-trapezius-1)");
    }
    t.technique = technique.find_first_not_of(" \t") == std::string::npos ? std::string() : technique;
    for (const auto& known : cat.muscle(t.muscle)->techniques)
        if (lowered(known.name) == lowered(t.technique))
            t.technique = known.name;
    if (before >= 0)
        t.before = before;
    if (after >= 0)
        t.after = after;
    t.minutes = minutes;
    return t;
}

} // namespace

std::string noteId(Journal& journal, const std::string& typed)
{
    if (journal.contains(typed))
        return typed;
    if (typed.size() < 4)
        throw UsageError("\"" + typed
            + "\" is too short to name a note; give at least its first 4 characters, as "
              "`tpmap notes list` prints them");
    const auto ids = journal.idsStartingWith(typed, 3);
    if (ids.size() == 1)
        return ids.front();
    if (ids.size() > 1)
        throw UsageError("\"" + typed + "\" starts more than one note (" + ids[0] + ", " + ids[1]
            + (ids.size() > 2 ? ", ..." : "") + "); give more of the id");
    return typed;
}

std::unique_ptr<Journal> openJournal(Context& ctx, const std::string& option, JournalUse use)
{
    const std::string path = option.empty() ? journal::defaultJournalPath() : option;
    const bool starts = use == JournalUse::Start || use == JournalUse::Restore;
    // A journal missing or empty beside backups of one was lost (deleted, emptied by a sync tool): the way back is
    // its newest backup, not a new journal.
    auto lost = [&] {
        const auto list = Journal::backups(path);
        return list.empty() ? std::string()
                            : "; its backups folder holds backups of one: to bring it back, tpmap notes restore-backup "
                + list.front() + journalArgument(option);
    };
    // A FIFO, a device or a symbolic link that leads nowhere is no journal: said so, before SQLite meets it.
    {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec && ec != std::errc::no_such_file_or_directory)
            throw UsageError(path + ": cannot be read as a file (" + ec.message() + ")");
        // A folder given with --journal is a wrong argument as much as a mistyped name (it exited 1, as if the
        // journal had failed); a journal's own name inside it is offered. (The app's own path being a folder is
        // the journal failing, as before: nothing was given.)
        if (!option.empty() && std::filesystem::is_directory(status)) {
            const auto inside = std::filesystem::path(path) / "journal.sqlite";
            throw UsageError(path + ": is a folder, not a journal file"
                + (std::filesystem::is_regular_file(inside, ec) ? " (did you mean " + inside.string() + "?)"
                                                                : " (give the journal's own file)"));
        }
        if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
            throw UsageError(path + ": is not a plain file (a journal is a file of its own)");
        // A link to a file that is not there (SQLite opens no journal through one, and its "unable to open database
        // file" said nothing of the link).
        if (!std::filesystem::exists(status) && std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec)))
            throw UsageError(path + ": is a link to " + std::filesystem::read_symlink(path, ec).string()
                + ", which does not exist; nothing was written (give the journal's own path, or check the link)");
    }
    if (std::error_code ec; !option.empty() && !starts && !std::filesystem::exists(path, ec)) {
        const std::string back = lost();
        throw UsageError(option + ": there is no journal there"
            + (back.empty() ? " (check the name; `tpmap notes add` starts one)" : back));
    }
    // An empty file becomes a journal when something is written to it; a command that only reads leaves it empty
    // ("No notes." after turning it into an 80 KB journal looked like reading one).
    if (std::error_code ec; use == JournalUse::Read && std::filesystem::is_regular_file(path, ec)
        && std::filesystem::file_size(path, ec) == 0 && !ec) {
        const std::string back = lost();
        throw UsageError(path + ": the file is empty, not a journal yet"
            + (back.empty() ? " (`tpmap notes add` starts one there)" : back));
    }
    // A journal named by hand starts only in a folder that exists: a mistyped folder would otherwise split the
    // notes between two journals without a word. (The app's own journal makes its folder.)
    bool starting = false;
    if (!option.empty() && starts && !std::filesystem::exists(path)) {
        const auto folder = std::filesystem::absolute(path).parent_path();
        if (!std::filesystem::is_directory(folder))
            throw UsageError(option + ": there is no folder " + folder.string()
                + " (check the name; a new journal starts only in a folder that exists)");
        starting = true;
    }
    journal::OpenOptions options;
    // The body's regions check a version-1 journal's notes as they are migrated; without a readable catalogue the
    // notes stay reachable (the regions' form is checked then).
    try {
        options.vocabulary.body = &ctx.catalogue().body();
    } catch (const std::exception&) {
    }
    // A file the user named may be anything of theirs: refuse a non-journal instead of moving it aside.
    options.moveAsideForeign = option.empty();
    // A command that only reads leaves a damaged journal as it is and fails: "No notes." from a new, empty journal
    // would look like a success.
    options.moveAsideDamaged = use != JournalUse::Read;
    options.readOnlyWhenNotWritable = use == JournalUse::Read;
    // Another program writing (the app saving, a second tpmap): said after a second, not after the whole wait.
    options.busyTimeoutMs = 1000;
    options.writeAttempts = 12;
    options.onWait = [path] {
        std::cerr << "tpmap: " << path << ": another program is writing to the journal; waiting for it...\n";
    };
    std::unique_ptr<Journal> opened;
    try {
        opened = Journal::open(path, options);
    } catch (const journal::JournalError& e) {
        // A name no journal may have is a wrong argument, as a folder is (exit 2).
        if (e.reason() == journal::JournalError::Reason::WorkingFileName)
            throw UsageError(e.what());
        throw;
    }
    const auto& report = opened->report();
    if (!report.readOnly.empty())
        std::cerr << "tpmap: " << path << ": " << report.readOnly << "; it was only read (no daily backup)\n";
    if (!report.movedAside.empty()) {
        std::cerr << "tpmap: " << path << " was damaged (" << report.problem << ");\n  it was moved to "
                  << report.movedAside << " and a new, empty journal was started.\n";
        const std::string journalOption = journalArgument(option);
        // The way back: the newest backup, then what can still be read of the damaged file on top of it.
        if (!report.newestBackup.empty())
            std::cerr << "  The newest backup is " << report.newestBackup << "; to bring your notes back, restore "
                      << "it, then add the notes written since, as far as they can still be read:\n"
                      << "    tpmap notes restore-backup " << report.newestBackup << journalOption << "\n";
        else
            std::cerr << "  To add the notes that can still be read from it:\n";
        std::cerr << "    tpmap notes import " << report.movedAside << journalOption << "\n";
    }
    if (report.migratedFrom)
        std::cerr << "tpmap: upgraded " << path << " from journal version " << report.migratedFrom << "\n";
    for (const auto& w : report.warnings)
        std::cerr << "tpmap: " << path << ": " << w << "\n";
    if (starting && use == JournalUse::Start)
        std::cerr << "tpmap: started a new journal: " << path << "\n";
    if (report.besideBackups && use != JournalUse::Restore)
        std::cerr << "tpmap: " << path << " was missing or empty, but its backups folder holds backups of a journal"
                  << " here (newest: " << report.newestBackup << ").\n  If it was lost, bring it back with: "
                  << "tpmap notes restore-backup " << report.newestBackup << journalArgument(option) << "\n";
    if (use != JournalUse::Read)
        ctx.changedJournal = path;
    return opened;
}

namespace {

/// "REGION[:SIDE][=INTENSITY][@QUALITY]"; ":both" gives the left and the right.
std::vector<journal::Spot> parseNoteSpots(const body::BodyMap& map, const std::string& text)
{
    journal::Quality quality = journal::Quality::None;
    std::string rest = text;
    if (const auto at = text.rfind('@'); at != std::string::npos) {
        const std::string word = text.substr(at + 1);
        const auto q = journal::parseQuality(word);
        if (!q || word.empty())
            throw UsageError("spot \"" + text
                + "\": quality must be one of aching, sharp, burning, throbbing, "
                  "tingling, numb, stiff");
        quality = *q;
        rest = text.substr(0, at);
    }
    std::vector<journal::Spot> spots;
    try {
        for (const auto& parsed : match::parseSpots(map, rest))
            spots.push_back({parsed.instance, parsed.intensity, quality});
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    return spots;
}

/// A note is about pain someone had: a time later than journal::latestNoteTime is a typo.
std::string notInTheFuture(const std::string& text, const std::string& timestamp)
{
    if (journal::isTooFarAhead(timestamp, static_cast<std::int64_t>(std::time(nullptr))))
        throw UsageError("--when \"" + text
            + "\" is in the future; a note is about pain you had (leave --when out for "
              "now)");
    return timestamp;
}

/// --when: a full timestamp with offset, or a local "YYYY-MM-DDTHH:MM[:SS]" (a space works for the T too); not more
/// than a day ahead.
std::string parseWhen(const std::string& text)
{
    if (journal::parseTimestamp(text))
        return notInTheFuture(text, text);
    std::tm local {};
    std::string normal = text;
    if (normal.size() > 10 && normal[10] == ' ')
        normal[10] = 'T';
    // The seconds left out before an offset: "2026-11-24T23:30+01:00", "2026-11-24T23:30Z".
    if (normal.size() > 16 && normal[13] == ':' && (normal[16] == 'Z' || normal[16] == '+' || normal[16] == '-'))
        if (const std::string full = normal.substr(0, 16) + ":00" + normal.substr(16); journal::parseTimestamp(full))
            return notInTheFuture(text, full);
    if (normal.size() == 16)
        normal += ":00";
    // Validate the shape through the strict parser, then let mktime find the offset that applied then.
    if (normal.size() == 19 && journal::parseTimestamp(normal + "Z")) {
        local.tm_year = std::stoi(normal.substr(0, 4)) - 1900;
        local.tm_mon = std::stoi(normal.substr(5, 2)) - 1;
        local.tm_mday = std::stoi(normal.substr(8, 2));
        local.tm_hour = std::stoi(normal.substr(11, 2));
        local.tm_min = std::stoi(normal.substr(14, 2));
        local.tm_sec = std::stoi(normal.substr(17, 2));
        local.tm_isdst = -1;
        const int hour = local.tm_hour;
        const int minute = local.tm_min;
        const std::time_t t = std::mktime(&local);
        if (t != static_cast<std::time_t>(-1)) {
            // A time the clocks skipped (02:30 on the morning they go forward) is moved on by mktime: said, not hidden.
            if (local.tm_hour != hour || local.tm_min != minute) {
                char moved[8];
                std::snprintf(moved, sizeof moved, "%02d:%02d", local.tm_hour % 24, local.tm_min % 60);
                std::cerr << "tpmap: there was no " << normal.substr(11, 5) << " on " << normal.substr(0, 10)
                          << " here (the clocks went forward); the note is saved at " << moved << "\n";
            }
            return notInTheFuture(text, journal::formatTimestamp(t, static_cast<int>(local.tm_gmtoff / 60)));
        }
    }
    if (looksLikeDay(text.substr(0, 10)) && !journal::isDay(text.substr(0, 10)))
        throw UsageError("--when \"" + text + "\": there is no such date");
    throw UsageError("--when \"" + text + "\": expected a time like 2026-11-25T08:30:00+01:00 or 2026-11-25T08:30");
}

std::string spotText(const journal::Spot& s)
{
    std::string text = s.region + "=" + std::to_string(s.intensity);
    if (s.quality != journal::Quality::None)
        text += "@" + std::string(journal::qualityName(s.quality));
    return text;
}

nlohmann::json noteJson(const journal::Note& note)
{
    auto json = journal::noteToJson(note);
    json["deleted_at"] = note.deleted.empty() ? nlohmann::json(nullptr) : nlohmann::json(note.deleted);
    return json;
}

std::string joinList(const std::vector<std::string>& items, const char* separator = ", ")
{
    std::string text;
    for (const auto& i : items)
        text += (text.empty() ? "" : separator) + i;
    return text;
}

std::string firstLine(const std::string& text, std::size_t max)
{
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() > max) {
        line.resize(max);
        while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
            line.pop_back(); // do not cut a character in half
        if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0)
            line.pop_back();
        line += "...";
    }
    return line;
}

void printNote(const journal::Note& n, const catalogue::Catalogue& cat, const std::string& journalOption)
{
    std::cout << "id:        " << n.id << "\n"
              << "when:      " << n.when << "\n"
              << "created:   " << n.created << "   updated: " << n.updated << "\n";
    if (!n.deleted.empty())
        std::cout << "in trash:  since " << n.deleted << " (tpmap notes restore " << n.id
                  << journalArgument(journalOption) << ")\n";
    if (n.intensity)
        std::cout << "intensity: " << *n.intensity << "/10\n";
    for (const auto& s : n.spots)
        std::cout << "spot:      " << spotText(s) << "\n";
    // The symptoms ticked on the drawing (their tags "symptom:ID") by name, apart from the other tags.
    std::vector<std::string> symptoms;
    std::vector<std::string> tags;
    for (const auto& t : n.tags) {
        const auto id = journal::symptomOfTag(t);
        if (const auto* symptom = id ? cat.symptom(*id) : nullptr)
            symptoms.push_back(symptom->name);
        else
            tags.push_back(t);
    }
    if (!symptoms.empty())
        std::cout << "symptoms:  " << joinList(symptoms) << "\n";
    if (!tags.empty())
        std::cout << "tags:      " << joinList(tags) << "\n";
    if (!n.factors.empty())
        std::cout << "factors:   " << joinList(n.factors) << "\n";
    for (const auto& t : n.treatments) {
        // In words, with the id that `tpmap muscle` takes.
        std::cout << "treatment: " << pointOrMuscleName(cat, t.muscle, t.triggerPoint) << " ["
                  << (t.triggerPoint.empty() ? t.muscle : t.triggerPoint) << "]";
        if (!t.technique.empty())
            std::cout << ", " << t.technique;
        if (t.minutes)
            std::cout << ", " << t.minutes << " min";
        if (t.before || t.after)
            std::cout << ", pain " << (t.before ? std::to_string(*t.before) : "?") << " -> "
                      << (t.after ? std::to_string(*t.after) : "?");
        std::cout << "\n";
    }
    for (const auto& a : n.answers)
        std::cout << "answer:    " << a.question << " = " << tmap::journal::replyName(a.reply) << "\n";
    if (!n.text.empty())
        std::cout << "\n" << n.text << "\n";
}

} // namespace

void addNotesCommands(CLI::App& app, Context& ctx)
{
    struct Options {
        std::string journal;
        std::vector<std::string> spots;
        std::string text;
        std::string when;
        std::vector<std::string> tags;
        std::vector<std::string> symptoms; ///< notes add --symptom: kept as the tags the app writes
        std::vector<std::string> factors;
        std::vector<std::string> answers; ///< notes add --answer: "Narrow it down" answers kept with the note
        std::string since;
        std::string until;
        std::string search;
        int limit = 20;
        int offset = 0;
        std::string id;
        std::string format;
        std::string output;
        std::string outputOption; ///< --output, the same as the positional FILE
        std::string file;
        std::string onDuplicate = "skip";
        std::string per = "whole";
        bool trash = false;
        bool force = false;
        int intensity = -1; ///< notes add --intensity: -1 when not given
        std::string treated; ///< notes add --treated: a trigger point or a muscle
        std::string technique;
        int before = -1; ///< the pain before the treatment: -1 when not given
        int after = -1;
        int minutes = 0;
    };
    auto opts = std::make_shared<Options>();
    auto* notes = app.add_subcommand("notes", "keep a pain journal: add, list, show, delete, restore, export, import");
    notes->require_subcommand(1);
    notes->footer("The journal is $XDG_DATA_HOME/trigger-map/journal.sqlite (the app's), unless --journal PATH.\n"
                  "Exit codes: 0 done, 2 bad arguments (a --journal that names no journal or a folder, too) or a bad "
                  "import file, 1 the journal could not be read or written.");
    auto journalOption = [&opts](CLI::App* sub) { addJournalOption(*sub, opts->journal); };

    auto* add = notes->add_subcommand("add", "add a note; prints its id once it is saved");
    eachTimeOneValue(add->add_option("--spot", opts->spots,
        "REGION[:SIDE][=INTENSITY][@QUALITY]; SIDE left, right or both; INTENSITY 0-10, 5 when left out; e.g. "
        "head.temple:right=7@throbbing (repeatable)"));
    add->add_option("--intensity", opts->intensity, "the overall pain, 0-10 (a note needs a spot, this or --text)")
        ->check(wholeNumber(0, 10, "a pain from 0 to 10 (a whole number)"))
        ->default_str("");
    add->add_option("--text", opts->text, "what happened, how it felt");
    add->add_option("--when", opts->when, "when it hurt (default: now), e.g. 2026-11-25T08:30 or with offset");
    eachTimeOneValue(add->add_option("--tag", opts->tags, "a tag (repeatable)"));
    eachTimeOneValue(add->add_option("--symptom", opts->symptoms,
        "a symptom you had, e.g. dizziness (repeatable; kept as the app keeps the symptoms ticked on a drawing)"));
    eachTimeOneValue(add->add_option(
        "--factor", opts->factors, "a perpetuating factor present that day, e.g. long-sitting (repeatable)"));
    eachTimeOneValue(add->add_option("--answer", opts->answers,
        "an answer to a question of `tpmap ask`, QUESTION=yes|no|unsure, kept with the note as the app's \"Save to "
        "journal\" keeps them (repeatable)"));
    add->add_option("--treated", opts->treated,
        "what was treated: a trigger point (upper-trapezius-1) or a muscle (upper-trapezius), as tpmap muscle names "
        "them");
    add->add_option("--technique", opts->technique, "with --treated: how, e.g. one of the muscle's techniques");
    add->add_option("--before", opts->before, "with --treated: the pain right before it, 0-10")
        ->check(wholeNumber(0, 10, "a pain from 0 to 10 (a whole number)"))
        ->default_str("");
    add->add_option("--after", opts->after, "with --treated: the pain right after it, 0-10")
        ->check(wholeNumber(0, 10, "a pain from 0 to 10 (a whole number)"))
        ->default_str("");
    add->add_option("--minutes", opts->minutes, "with --treated: how long it took")
        ->check(wholeNumber(0, 1440, "a number of minutes from 0 to 1440 (a day)"));
    add->add_flag("--json", ctx.json, "print the saved note as JSON");
    journalOption(add);
    add->callback([&ctx, opts] {
        const auto& cat = ctx.catalogue();
        journal::Note note;
        // The mistakes one can make on this command line, in its words (the journal's own check speaks of
        // "/spots/1/region", the note as it is stored).
        for (const auto& s : opts->spots) {
            for (auto& spot : parseNoteSpots(cat.body(), s)) {
                for (const auto& earlier : note.spots)
                    if (earlier.region == spot.region)
                        throw UsageError("--spot " + spot.region + " is given twice; give each place once");
                note.spots.push_back(std::move(spot));
            }
        }
        if (opts->intensity >= 0)
            note.intensity = opts->intensity;
        for (const auto& t : opts->tags)
            if (t.find_first_not_of(" \t") == std::string::npos)
                throw UsageError("--tag is empty; leave it out or give a word");
        note.when = opts->when.empty() ? journal::nowLocal() : parseWhen(opts->when);
        // Text of spaces only is no text: a note of nothing is refused as one.
        note.text = opts->text.find_first_not_of(" \t\r\n") == std::string::npos ? std::string() : opts->text;
        note.tags = opts->tags;
        for (const auto& id : symptomIds(cat, opts->symptoms)) {
            auto tag = journal::symptomTag(id);
            if (std::find(note.tags.begin(), note.tags.end(), tag) == note.tags.end())
                note.tags.push_back(std::move(tag));
        }
        for (const auto& f : opts->factors)
            if (!cat.factor(f)) {
                // The list to choose from, since no other command prints it.
                std::string known;
                for (const auto& k : cat.data().factors)
                    known += (known.empty() ? "" : ", ") + k.id;
                throw UsageError("unknown factor \"" + f + "\"; the factors are: " + known);
            }
        note.factors = opts->factors;
        // Read as `tpmap where --answer` reads them: a question the catalogue has, not about what the note's spots
        // and symptoms already say ("no pain at" a spot of the note was saved, though `where` refuses it).
        {
            match::Drawing drawing;
            for (const auto& s : note.spots)
                drawing.spots.push_back({s.region, s.intensity});
            drawing.symptoms = symptomIds(cat, opts->symptoms);
            addAnswers(cat, drawing, opts->answers, "note");
            for (const auto& a : drawing.answers)
                note.answers.push_back({a.question.id(), a.reply});
        }
        if (!opts->treated.empty())
            note.treatments.push_back(
                parseTreatment(cat, opts->treated, opts->technique, opts->before, opts->after, opts->minutes));
        else if (!opts->technique.empty() || opts->before >= 0 || opts->after >= 0 || opts->minutes > 0)
            throw UsageError("--technique, --before, --after and --minutes describe a treatment: give --treated too "
                             "(a trigger point or a muscle, e.g. --treated upper-trapezius-1)");
        // The journal's check names the note's parts ("/tags/1"); this command's options name them here.
        auto notSaved = [](const std::vector<journal::Problem>& found) {
            std::string problems;
            for (const auto& p : found)
                problems += (problems.empty() ? "" : "; ") + optionOf(p.pointer) + p.message;
            return UsageError("note not saved: " + problems);
        };
        // Checked before the journal is opened: a note that cannot be saved starts no new journal file.
        if (const auto problems = journal::validateNote(note, {&cat.body(), &cat}); !problems.empty())
            throw notSaved(problems);
        auto j = openJournal(ctx, opts->journal, JournalUse::Start);
        j->setVocabulary({nullptr, &cat});
        journal::Note saved;
        try {
            saved = j->save(note);
        } catch (const journal::InvalidNote& e) {
            throw notSaved(e.problems());
        }
        if (ctx.json)
            printJson(noteJson(saved));
        else
            std::cout << saved.id << "\n";
    });

    auto* list = notes->add_subcommand("list", "list notes, newest first");
    list->add_option("--since", opts->since, "first day, e.g. 2026-11-01");
    list->add_option("--until", opts->until, "last day (inclusive)");
    list->add_option("--search", opts->search,
        "words in the text, tags, region, muscle, technique or factor names, English or German (all must match)");
    list->add_flag("--trash", opts->trash, "list the notes in the trash instead (tpmap notes purge ID erases one)");
    list->add_option("--limit", opts->limit, "how many notes, 1 to 100000")
        ->check(wholeNumber(1, 100000, "a number of notes from 1 to 100000"));
    list->add_option("--offset", opts->offset, "skip this many first (0 or more)")
        ->check(wholeNumber(0, 999999999, "a whole number of notes to skip, 0 or more"));
    list->add_flag("--json", ctx.json, "JSON output");
    journalOption(list);
    list->callback([&ctx, opts] {
        journal::ListQuery query;
        query.range = checkRange(opts->since, opts->until);
        query.search = opts->search;
        query.limit = opts->limit;
        query.offset = opts->offset;
        query.trash = opts->trash;
        auto j = openJournal(ctx, opts->journal, JournalUse::Read);
        if (!query.search.empty()) {
            // The names a search word may match (muscles, factors, techniques, regions in every language).
            const auto& cat = ctx.catalogue();
            j->setVocabulary({&cat.body(), &cat});
        }
        std::vector<journal::Note> found;
        std::int64_t total = 0;
        try {
            found = j->list(query);
            total = j->count(query);
        } catch (const std::invalid_argument& e) { // a search of too many words
            throw UsageError(std::string("--search: ") + e.what());
        }
        if (ctx.json) {
            nlohmann::json items = nlohmann::json::array();
            for (const auto& n : found)
                items.push_back(noteJson(n));
            printJson({{"journal", j->path()}, {"total", total}, {"offset", opts->offset}, {"limit", opts->limit},
                {"notes", items}});
            return;
        }
        if (found.empty()) {
            std::cout << "No notes" << (total ? " on this page" : "") << ".\n";
            return;
        }
        // Ids cut to 8 characters, or as many as it takes for each to name one note of the whole journal (trash
        // included), as `notes show ID` reads it: ids that another program wrote may share a long start, where the
        // app's random ones do not.
        std::size_t idLength = 8;
        for (const auto& n : found)
            while (idLength < n.id.size() && j->idsStartingWith(n.id.substr(0, idLength), 2).size() > 1)
                ++idLength;
        const std::string indent(idLength + 2, ' ');
        for (const auto& n : found) {
            std::vector<std::string> spots;
            for (const auto& s : n.spots)
                spots.push_back(spotText(s));
            std::printf("%-*s  %s  %-5s %s\n", static_cast<int>(idLength), n.id.substr(0, idLength).c_str(),
                n.when.substr(0, 16).c_str(), n.intensity ? (std::to_string(*n.intensity) + "/10").c_str() : "-",
                joinList(spots).c_str());
            if (!n.text.empty())
                std::printf("%s%s\n", indent.c_str(), firstLine(n.text, 70).c_str());
        }
        std::cout << found.size() << " of " << total << " note" << (total == 1 ? "" : "s")
                  << " (ids shortened: show, delete and restore take them as they are; --json for full ids)\n";
    });

    auto* show = notes->add_subcommand("show", "show one note");
    show->add_option("ID", opts->id, "the note's id")->required();
    show->add_flag("--json", ctx.json, "JSON output");
    journalOption(show);
    show->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal, JournalUse::Read);
        opts->id = noteId(*j, opts->id);
        const auto note = j->get(opts->id);
        if (!note)
            throw UsageError("no note with id \"" + opts->id + "\" in " + j->path());
        if (ctx.json)
            printJson(noteJson(*note));
        else
            printNote(*note, ctx.catalogue(), opts->journal);
    });

    auto* del = notes->add_subcommand("delete", "move a note to the trash (undo with restore)");
    del->add_option("ID", opts->id, "the note's id")->required();
    journalOption(del);
    del->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        opts->id = noteId(*j, opts->id);
        if (!j->trash(opts->id)) {
            const auto note = j->get(opts->id);
            throw UsageError(note ? "note " + opts->id + " is already in the trash"
                                  : "no note with id \"" + opts->id + "\" in " + j->path());
        }
        std::cout << "Moved note " << opts->id << " to the trash. Undo: tpmap notes restore " << opts->id
                  << journalArgument(opts->journal) << "\n";
    });

    auto* restore = notes->add_subcommand("restore", "bring a note back from the trash");
    restore->add_option("ID", opts->id, "the note's id")->required();
    journalOption(restore);
    restore->callback([&ctx, opts] {
        auto j = openJournal(ctx, opts->journal);
        opts->id = noteId(*j, opts->id);
        if (!j->restore(opts->id)) {
            const auto note = j->get(opts->id);
            throw UsageError(note ? "note " + opts->id + " is not in the trash"
                                  : "no note with id \"" + opts->id + "\" in " + j->path());
        }
        std::cout << "Restored note " << opts->id << "\n";
    });

    auto* exp = notes->add_subcommand("export", "write the notes to a JSON or CSV file, or as a standard body map");
    exp->add_option("--format", opts->format,
           "json, csv, or a body map: choir, mbm (Michigan) or wpi (default: json or csv by the file's ending)")
        ->check(CLI::IsMember({"json", "csv", "choir", "mbm", "wpi"}));
    exp->add_option("--per", opts->per, "body maps: one drawing for the whole range, per day or per month")
        ->check(CLI::IsMember({"whole", "day", "month"}));
    // FILE or --output FILE: one of them (the callback asks for one).
    exp->add_option("FILE", opts->output, "the file to write, or - for standard output");
    exp->add_option("--output", opts->outputOption, "the same as FILE");
    exp->add_option("--since", opts->since, "first day, e.g. 2026-11-01");
    exp->add_option("--until", opts->until, "last day (inclusive)");
    exp->add_flag("--force", opts->force, "replace the output file if it exists");
    journalOption(exp);
    exp->callback([&ctx, opts] {
        if (!opts->outputOption.empty() && !opts->output.empty())
            throw UsageError("notes export: give the file once (FILE or --output FILE, not both)");
        if (!opts->outputOption.empty())
            opts->output = opts->outputOption;
        if (opts->output.empty())
            throw UsageError("notes export: give the file to write (FILE or --output FILE; - for standard output)");
        // Without --format, a file named .json or .csv says which it is.
        if (opts->format.empty()) {
            const std::string ending = lowered(std::filesystem::path(opts->output).extension().string());
            if (ending != ".json" && ending != ".csv")
                throw UsageError("notes export: say which format with --format json, csv, choir, mbm or wpi ("
                    + (opts->output == "-" ? std::string("standard output has no file ending")
                                           : "\"" + opts->output + "\" does not end in .json or .csv")
                    + ")");
            opts->format = ending.substr(1);
        }
        // A name the system refuses (too long, a folder in it that is a file) is said as such, in words, before
        // anything is read or written (it ended the program with the library's "filesystem error: status: ...").
        std::filesystem::file_status outputStatus;
        if (opts->output != "-") {
            std::error_code ec;
            outputStatus = std::filesystem::status(opts->output, ec);
            if (ec && ec != std::errc::no_such_file_or_directory)
                throw UsageError(
                    opts->output + ": cannot be written there (" + ec.message() + "); nothing was written");
        }
        // A file that exists is replaced only when asked to: a mistyped name must not cost an earlier export.
        if (opts->output != "-" && std::filesystem::is_directory(outputStatus)) {
            const std::string example = opts->format == "json" ? "pain-notes.json" : "pain-notes.csv";
            throw UsageError(opts->output + " is a folder; give the name of a file in it, e.g. "
                + (std::filesystem::path(opts->output) / example).string());
        }
        if (std::error_code ec; opts->output != "-"
            && !std::filesystem::is_directory(std::filesystem::absolute(opts->output).parent_path(), ec))
            throw UsageError(opts->output + ": there is no folder "
                + std::filesystem::absolute(opts->output).parent_path().string() + " (check the name)");
        if (opts->output != "-" && std::filesystem::exists(outputStatus) && !opts->force)
            throw UsageError(opts->output + " exists; add --force to replace it");
        const auto existing = opts->force ? journal::Existing::Replace : journal::Existing::Keep;
        const journal::Range range = checkRange(opts->since, opts->until);
        const auto format = opts->format == "csv" ? journal::Format::Csv : journal::Format::Json;
        const auto bodyMap = journal::parseBodyMapFormat(opts->format);
        if (!bodyMap && opts->per != "whole")
            throw UsageError("--per is for the body-map formats (choir, mbm, wpi), not " + opts->format);
        auto j = openJournal(ctx, opts->journal, JournalUse::Read);
        if (bodyMap)
            return writeBodyMapExport(*j, *bodyMap, range, opts->per, opts->output, existing);
        if (opts->output == "-") {
            if (format == journal::Format::Csv)
                journal::exportCsv(*j, std::cout, range, {&ctx.catalogue(), ""});
            else
                journal::exportJson(*j, std::cout, range);
            return;
        }
        const auto count = journal::exportToFile(*j, opts->output, format, range, {&ctx.catalogue(), ""}, existing);
        const auto plans = j->plans().size();
        std::cerr << "tpmap: exported " << count << " note" << (count == 1 ? "" : "s")
                  << (format == journal::Format::Json && plans > 0
                             ? " and " + std::to_string(plans) + " plan" + (plans == 1 ? "" : "s")
                             : std::string())
                  << " to " << opts->output << "\n";
        // A CSV holds notes only: say so when there are plans it leaves behind.
        if (format == journal::Format::Csv && plans > 0)
            std::cerr << "tpmap: note: the " << plans << " plan" << (plans == 1 ? " is" : "s are")
                      << " not in a CSV; --format json keeps the plans too\n";
    });

    auto* imp = notes->add_subcommand(
        "import", "add the notes of a JSON or CSV export, or of another journal; checks the whole file first");
    imp->add_option("FILE", opts->file,
           "a JSON or CSV export (tpmap notes export --format json|csv), or a journal file: a backup, a journal from "
           "another computer, or a damaged one moved aside (its notes as far as they can be read)")
        ->required();
    imp->add_option("--on-duplicate", opts->onDuplicate, "a note already in the journal: skip it or update it")
        ->check(CLI::IsMember({"skip", "update"}));
    journalOption(imp);
    imp->callback([&ctx, opts] {
        journal::ImportOptions options;
        options.onDuplicate = opts->onDuplicate == "update" ? journal::OnDuplicate::Update : journal::OnDuplicate::Skip;
        options.vocabulary.catalogue = &ctx.catalogue();
        // The whole file is read and checked before the journal is opened: a bad file starts no empty journal, and
        // does not get a damaged journal moved aside for nothing.
        const std::string journalPath = opts->journal.empty() ? journal::defaultJournalPath() : opts->journal;
        journal::SaveAllResult result;
        try {
            journal::refuseJournalAsImport(journalPath, opts->file);
            const auto doc = journal::readImport(opts->file, options);
            auto j = openJournal(ctx, opts->journal, JournalUse::Start);
            result = journal::saveImport(*j, doc, options.onDuplicate);
        } catch (const journal::ImportError& e) {
            const std::string what = e.what();
            // The refusal of the journal's own file says so itself.
            const bool says = what.find("nothing was imported") != std::string::npos;
            // A file that is there but could not be read (no permission, a disk error) is a file that could not be
            // read (exit 1, as the help says), not a wrong argument.
            if (std::error_code ec; e.reason() == journal::ImportError::Reason::CannotRead
                && std::filesystem::is_regular_file(opts->file, ec))
                throw std::runtime_error(says ? what : "nothing imported: " + what);
            throw UsageError(says ? what : "nothing imported: " + what);
        }
        std::cout << "Imported " << opts->file << ": " << result.added << " added, " << result.updated << " updated, "
                  << result.skipped << " skipped";
        if (result.unchanged > 0)
            std::cout << ", " << result.unchanged << " unchanged (already here as they are in the file)";
        if (result.newerHere > 0)
            std::cout << "; " << result.newerHere << " of the skipped " << (result.newerHere == 1 ? "was" : "were")
                      << " changed here after the file's copy and kept as "
                      << (result.newerHere == 1 ? "it is" : "they are") << " here";
        if (result.inTrash > 0)
            std::cout << " - " << result.inTrash << (result.inTrash == 1 ? " of them is" : " of them are")
                      << " in the trash (tpmap notes list --trash" << journalArgument(opts->journal)
                      << "; tpmap notes restore ID" << journalArgument(opts->journal) << ")";
        if (result.plansAdded + result.plansUpdated + result.plansSkipped + result.plansUnchanged > 0) {
            std::cout << "; plans: " << result.plansAdded << " added, " << result.plansUpdated << " updated, ";
            if (result.plansUnchanged > 0)
                std::cout << result.plansUnchanged << " unchanged, ";
            std::cout << result.plansSkipped << " skipped";
            if (result.plansNewerHere > 0)
                std::cout << " (" << result.plansNewerHere << " changed here after the file's copy, kept as "
                          << (result.plansNewerHere == 1 ? "it is" : "they are") << " here)";
            // A plan whose name another plan here has is kept under a new one: said, or it is looked for in vain.
            for (const auto& [from, as] : result.plansRenamed)
                std::cout << "; the plan \"" << from << "\" is here as \"" << as << "\" (another plan has its name)";
        }
        std::cout << "\n";
        // Imported as they are, but a note "from the future" is most likely a wrong clock: said, with the latest.
        if (result.ahead > 0)
            std::cerr << "tpmap: " << result.ahead << (result.ahead == 1 ? " note" : " notes") << " in " << opts->file
                      << (result.ahead == 1 ? " is dated in the future (" : " are dated in the future (the latest ")
                      << result.latestAhead << "); was the clock of the computer that wrote "
                      << (result.ahead == 1 ? "it" : "them") << " wrong? tpmap notes list shows "
                      << (result.ahead == 1 ? "it" : "them") << " first\n";
        // A damaged journal: what could be read is in; say plainly that the rest is not.
        if (result.unusable > 0)
            std::cerr << "tpmap: " << opts->file << " is damaged: " << result.unusable
                      << (result.unusable == 1 ? " note or plan in it could not be read and was left out\n"
                                               : " notes or plans in it could not be read and were left out\n");
        if (result.incomplete > 0)
            std::cerr << "tpmap: " << opts->file << " is damaged: " << result.incomplete
                      << (result.incomplete == 1 ? " note was" : " notes were")
                      << " recovered in part (a list of spots, tags, factors, treatments or answers could not be "
                         "read) and "
                      << (result.incomplete == 1 ? "carries" : "carry") << " the tag " << journal::kRecoveredInPartTag
                      << "\n";
        if (result.damagedParts > 0)
            std::cerr << "tpmap: " << opts->file << " is damaged: " << result.damagedParts
                      << (result.damagedParts == 1 ? " part" : " parts")
                      << " of it could not be read at all; any notes or plans kept there are lost\n";
    });

    const JournalOpener opener
        = [&ctx](const std::string& path, JournalUse use) { return openJournal(ctx, path, use); };
    addNotesSummaryCommand(*notes, ctx, opener);
    addNotesInsightsCommand(*notes, ctx, opener);
    addNotesEraseCommands(*notes, ctx, opener);
}

} // namespace tmap::cli
