// journal/notes.cpp owns the rows: writing, reading, trashing, restoring and purging notes, and the row helpers.
#include "journal/journal.h"

#include <algorithm>
#include <cassert>
#include <filesystem>

#include "journal/note_rules.h"
#include "journal/uuid.h"

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace detail {

void bindOptional(db::Statement& st, int index, const std::optional<int>& value)
{
    if (value)
        st.bind(index, *value);
    else
        st.bind(index, std::nullopt);
}

std::optional<int> optionalInt(const db::Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return static_cast<int>(st.integer(column));
}

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const auto& w : words)
        text += (text.empty() ? "" : " ") + w;
    return text;
}

void checkRange(const Range& range)
{
    if (!range.since.empty() && !isDay(range.since))
        throw std::invalid_argument("since: \"" + range.since + "\" is not a date like 2026-11-25");
    if (!range.until.empty() && !isDay(range.until))
        throw std::invalid_argument("until: \"" + range.until + "\" is not a date like 2026-11-25");
}

std::string rangeClause(const Range& range, std::vector<std::string>& values)
{
    checkRange(range);
    std::string clause;
    if (!range.since.empty()) {
        clause += " AND n.day >= ?";
        values.push_back(range.since);
    }
    if (!range.until.empty()) {
        clause += " AND n.day <= ?";
        values.push_back(range.until);
    }
    return clause;
}

} // namespace detail

Note Journal::save(Note note)
{
    if (auto problems = validateNote(note, vocabulary_); !problems.empty())
        throw InvalidNote(std::move(problems));
    if (note.id.empty())
        note.id = newUuid();
    const std::string now = nowUtc();
    write([&] {
        Writer writer(*db_);
        const auto found = writer.lookup(note.id);
        note.created = found ? found->created : (note.created.empty() ? now : note.created);
        note.updated = now;
        if (found) {
            auto deleted = db_->prepare("SELECT deleted_at FROM note WHERE nid = ?1");
            deleted.bind(1, found->nid);
            deleted.step();
            note.deleted = deleted.text(0);
        }
        writer.put(note, found ? std::optional(found->nid) : std::nullopt);
    });
    return note;
}

SaveAllResult Journal::putNotes(
    const std::vector<Note>& notes, OnDuplicate onDuplicate, const std::string& now, bool answersUnknown)
{
    SaveAllResult result;
    Writer writer(*db_);
    auto trashed = db_->prepare("SELECT deleted_at IS NOT NULL FROM note WHERE nid = ?1");
    auto inTrash = [&](std::int64_t nid) {
        trashed.bind(1, nid);
        const bool yes = trashed.step() && trashed.integer(0) != 0;
        trashed.reset();
        return yes;
    };
    for (const auto& original : notes) {
        assert(!original.id.empty());
        const auto found = writer.lookup(original.id);
        // A note recovered in part from a damaged journal never replaces the one here, which may be whole.
        const bool inPart
            = std::find(original.tags.begin(), original.tags.end(), kRecoveredInPartTag) != original.tags.end();
        if (found && (onDuplicate == OnDuplicate::Skip || inPart)) {
            ++result.skipped;
            result.inTrash += inTrash(found->nid) ? 1 : 0;
            continue;
        }
        std::optional<Note> withAnswers;
        if (auto here = found ? get(original.id) : std::nullopt) {
            // The same note again (an export imported twice), or one changed here since the file's copy: kept as
            // it is here (its trash state aside).
            const bool trashedHere = !here->deleted.empty();
            here->deleted.clear();
            // A file whose format holds no answers (an older export) says nothing of them: the note keeps those it
            // has here (it lost them on "update", and an unchanged note counted as updated).
            if (answersUnknown) {
                withAnswers = original;
                withAnswers->answers = here->answers;
            }
            const auto met = detail::meetDuplicate(withAnswers ? *withAnswers : original, *here, now);
            if (met != detail::Duplicate::Replace) {
                ++(met == detail::Duplicate::Unchanged ? result.unchanged : result.skipped);
                result.newerHere += met == detail::Duplicate::NewerHere ? 1 : 0;
                result.inTrash += trashedHere ? 1 : 0;
                continue;
            }
        }
        // A time from a wrong clock (more than a day ahead) is taken as now; a note without one gets now.
        Note note = withAnswers ? *withAnswers : original;
        note.created = recordTimeNotAhead(note.created, now);
        note.updated = recordTimeNotAhead(note.updated, now);
        if (note.created.empty())
            note.created = found ? found->created : now;
        if (note.updated.empty())
            note.updated = now;
        // A note updated stays where it is here; a new one deleted where it comes from (another journal file read
        // for an import: an export holds live notes only) goes to the trash, not back among the live notes.
        if (found)
            note.deleted.clear();
        writer.put(note, found ? std::optional(found->nid) : std::nullopt);
        ++(found ? result.updated : result.added);
        if (found ? inTrash(found->nid) : !note.deleted.empty())
            ++result.inTrash;
    }
    return result;
}

SaveAllResult Journal::saveAll(const std::vector<Note>& notes, OnDuplicate onDuplicate)
{
    SaveAllResult result;
    const std::string now = nowUtc();
    write([&] { result = putNotes(notes, onDuplicate, now); });
    return result;
}

std::optional<Note> Journal::get(std::string_view id)
{
    auto st = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM note n WHERE n.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Reader reader(*db_);
    return reader.read(st);
}

bool Journal::contains(std::string_view id)
{
    auto st = db_->prepare("SELECT 1 FROM note WHERE id = ?1");
    st.bind(1, id);
    return st.step();
}

bool Journal::holdsNothing()
{
    try {
        auto st = db_->prepare("SELECT NOT EXISTS (SELECT 1 FROM note) AND NOT EXISTS (SELECT 1 FROM plan)");
        return st.step() && st.integer(0) != 0;
    } catch (const db::Error&) {
        return false; // unreadable: not "empty", and the open's other checks say what is wrong
    }
}

std::vector<std::string> Journal::idsStartingWith(std::string_view prefix, int limit)
{
    // substr, not LIKE: an id's characters are never wildcards.
    auto st = db_->prepare("SELECT id FROM note WHERE substr(id, 1, length(?1)) = ?1 ORDER BY id LIMIT ?2");
    st.bind(1, prefix);
    st.bind(2, static_cast<std::int64_t>(limit));
    std::vector<std::string> ids;
    while (st.step())
        ids.push_back(st.text(0));
    return ids;
}

void Journal::forEach(const Range& range, const std::function<void(const Note&)>& visit)
{
    std::vector<std::string> values;
    const std::string clause = rangeClause(range, values);
    auto st = db_->prepare(std::string("SELECT ") + kNoteColumns + " FROM note n WHERE n.deleted_at IS NULL" + clause
        + " ORDER BY n.day, n.at_utc, n.nid");
    for (std::size_t i = 0; i < values.size(); ++i)
        st.bind(static_cast<int>(i + 1), values[i]);
    Reader reader(*db_);
    // One read transaction, so an export is a consistent snapshot even while the app keeps writing.
    db_->exec("BEGIN");
    try {
        while (st.step())
            visit(reader.read(st));
    } catch (...) {
        st.reset();
        // The first error is the one to tell: a rollback that fails too (the disk gone) must not take its place.
        try {
            db_->exec("ROLLBACK");
        } catch (const std::exception&) {
        }
        throw;
    }
    st.reset();
    db_->exec("COMMIT");
}

bool Journal::trash(std::string_view id)
{
    bool changed = false;
    const std::string now = nowUtc();
    write([&] {
        auto st = db_->prepare("UPDATE note SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL");
        st.bind(1, id).bind(2, now).run();
        changed = db_->changes() == 1;
    });
    return changed;
}

bool Journal::restore(std::string_view id)
{
    bool changed = false;
    write([&] {
        auto st = db_->prepare("UPDATE note SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL");
        st.bind(1, id).run();
        changed = db_->changes() == 1;
    });
    return changed;
}

Journal::Purged Journal::purge(std::string_view id)
{
    Purged result = Purged::NoSuchNote;
    write([&] {
        auto find = db_->prepare("SELECT nid, deleted_at IS NOT NULL FROM note WHERE id = ?1");
        find.bind(1, id);
        if (!find.step())
            return;
        if (find.integer(1) == 0) {
            result = Purged::NotInTrash;
            return;
        }
        const auto nid = find.integer(0);
        db_->prepare("DELETE FROM note_search WHERE rowid = ?1").bind(1, nid).run();
        db_->prepare("DELETE FROM note WHERE nid = ?1").bind(1, nid).run();
        result = Purged::Erased;
    });
    if (result == Purged::Erased)
        eraseTraces();
    return result;
}

int Journal::purge(const std::vector<std::string>& ids)
{
    int erased = 0;
    write([&] {
        erased = 0; // write() may run the body again
        auto find = db_->prepare("SELECT nid FROM note WHERE id = ?1 AND deleted_at IS NOT NULL");
        auto unindex = db_->prepare("DELETE FROM note_search WHERE rowid = ?1");
        auto erase = db_->prepare("DELETE FROM note WHERE nid = ?1");
        for (const auto& id : ids) {
            find.bind(1, id);
            const bool inTrash = find.step();
            const auto nid = inTrash ? find.integer(0) : 0;
            find.reset();
            if (!inTrash)
                continue;
            unindex.bind(1, nid).run();
            unindex.reset();
            erase.bind(1, nid).run();
            erase.reset();
            ++erased;
        }
    });
    if (erased > 0)
        eraseTraces();
    return erased;
}

int Journal::emptyTrash()
{
    int removed = 0;
    write([&] {
        db_->exec("DELETE FROM note_search WHERE rowid IN (SELECT nid FROM note WHERE deleted_at IS NOT NULL)");
        db_->exec("DELETE FROM note WHERE deleted_at IS NOT NULL");
        removed = db_->changes();
    });
    if (removed > 0)
        eraseTraces();
    return removed;
}

std::vector<std::string> Journal::trashIds()
{
    std::vector<std::string> ids;
    for (auto st = db_->prepare("SELECT id FROM note WHERE deleted_at IS NOT NULL ORDER BY nid"); st.step();)
        ids.push_back(st.text(0));
    return ids;
}

void Journal::eraseTraces()
{
    // The rows themselves were overwritten as they were deleted (secure_delete, configure()). The full-text index
    // keeps a deleted note's words in its older segments until they are merged: merge them all now. Then copy the
    // log into the file and empty it, so that the log holds no old page either. Both are best effort: another
    // program reading the journal can hold the log back, and the next checkpoint finishes the work.
    try {
        write([&] { db_->exec("INSERT INTO note_search (note_search) VALUES ('optimize')"); });
        db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const std::exception&) {
    }
}

} // namespace tmap::journal
