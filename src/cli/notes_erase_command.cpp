// tpmap notes purge / empty-trash / backups / restore-backup: erasing notes for good, and the automatic backups
// that still keep them for a while (journal::kKeepBackups): where they are, how old, and bringing one back.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli.h"
#include "journal/journal.h"

namespace tmap::cli {

namespace {

/// What is left of notes erased for good: the backups that still hold a copy (journal::Journal::backupsHolding), each
/// with how long it stays - a daily backup until newer ones replace it, a copy kept before a restore or an update and
/// a damaged journal moved aside until the user deletes it - or that none does. (It said the backups keep copies when
/// a note written since the day's backup was in none, and that every copy would be replaced.)
void sayCopiesLeft(const std::vector<journal::BackupFile>& holding, int notes)
{
    const std::string them = notes == 1 ? "it" : "them";
    if (holding.empty()) {
        std::cout << "No backup holds a copy of " << them << ": " << (notes == 1 ? "it is" : "they are")
                  << " gone for good.\n";
        return;
    }
    std::cout << holding.size() << (holding.size() == 1 ? " backup still holds" : " backups still hold")
              << " a copy of " << them << ":\n";
    for (const auto& b : holding)
        std::cout << "  " << b.path
                  << (b.kind == journal::BackupFile::Kind::Daily
                             ? " (daily: until newer daily backups replace it; the newest "
                                 + std::to_string(journal::kKeepBackups)
                                 + " are kept, one made each day the journal is opened)"
                             : " (kept until you delete it)")
                  << "\n";
}

const char* kindName(journal::BackupFile::Kind kind)
{
    switch (kind) {
    case journal::BackupFile::Kind::Daily:
        return "daily";
    case journal::BackupFile::Kind::BeforeRestore:
        return "before-restore";
    case journal::BackupFile::Kind::BeforeMigration:
        return "before-migration";
    case journal::BackupFile::Kind::Damaged:
        return "damaged";
    }
    return "";
}

} // namespace

void addNotesEraseCommands(CLI::App& notes, Context& ctx, const JournalOpener& openJournal)
{
    struct Options {
        std::string journal;
        std::string id;
        std::string file;
    };
    auto opts = std::make_shared<Options>();
    auto journalOption = [&opts](CLI::App* sub) { addJournalOption(*sub, opts->journal); };

    auto* purge = notes.add_subcommand(
        "purge", "erase a note in the trash for good (the backups that hold it keep it a while; it says which)");
    purge->add_option("ID", opts->id, "the note's id (tpmap notes list --trash shows them)")->required();
    journalOption(purge);
    purge->callback([opts, openJournal] {
        auto j = openJournal(opts->journal, JournalUse::Write);
        opts->id = noteId(*j, opts->id);
        switch (j->purge(opts->id)) {
        case journal::Journal::Purged::NoSuchNote:
            throw UsageError("no note with id \"" + opts->id + "\" in " + j->path());
        case journal::Journal::Purged::NotInTrash:
            throw UsageError("note " + opts->id + " is not in the trash; move it there first (tpmap notes delete "
                + opts->id + journalArgument(opts->journal) + ")");
        case journal::Journal::Purged::Erased:
            break;
        }
        std::cout << "Erased note " << opts->id << " for good.\n";
        sayCopiesLeft(journal::Journal::backupsHolding(j->path(), {opts->id}), 1);
    });

    auto* empty = notes.add_subcommand("empty-trash", "erase every note in the trash for good");
    journalOption(empty);
    empty->callback([opts, openJournal] {
        auto j = openJournal(opts->journal, JournalUse::Write);
        const auto ids = j->trashIds();
        const int n = j->emptyTrash();
        std::cout << (n == 0 ? std::string("The trash was already empty.\n")
                             : "Erased " + std::to_string(n) + " note" + (n == 1 ? "" : "s") + " for good.\n");
        if (n > 0)
            sayCopiesLeft(journal::Journal::backupsHolding(j->path(), ids), n);
    });

    auto* backups = notes.add_subcommand("backups", "list the automatic backups of the journal, newest first");
    backups->add_flag("--json", ctx.json, "JSON output");
    journalOption(backups);
    backups->callback([&ctx, opts] {
        // Listing needs no open: the folder is known from the path, and nothing is written.
        const std::string path = opts->journal.empty() ? journal::defaultJournalPath() : opts->journal;
        const auto files = journal::Journal::backupFiles(path);
        // A mistyped name has no backups and no journal: say so, not "none yet". (A journal lost beside its backups
        // lists them: they are the way back.)
        if (!opts->journal.empty() && files.empty() && !std::filesystem::exists(path))
            throw UsageError(opts->journal + ": there is no journal there, and no backups of one (check the name)");
        if (ctx.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& b : files)
                list.push_back({{"path", b.path}, {"kind", kindName(b.kind)}, {"day", b.day},
                    {"time", b.time.empty() ? nlohmann::json(nullptr) : nlohmann::json(b.time)}, {"bytes", b.bytes}});
            printJson({{"journal", path}, {"folder", journal::Journal::backupFolder(path)},
                {"keep_days", journal::kKeepBackups}, {"backups", list}});
            return;
        }
        std::cout << "Backups of " << path << "\nin " << journal::Journal::backupFolder(path) << " (the newest "
                  << journal::kKeepBackups << " daily ones are kept):\n";
        if (files.empty()) {
            // "One is written" promised a backup that a folder no one can write to never gets.
            const std::string folder = journal::Journal::backupFolder(path);
            std::error_code ec;
            const auto status = std::filesystem::status(folder, ec);
            const bool notFolder = std::filesystem::exists(status) && !std::filesystem::is_directory(status);
            // Made on the first backup when missing: then its own folder must take it.
            const std::string writable
                = std::filesystem::exists(status) ? folder : std::filesystem::path(folder).parent_path().string();
            const bool blocked = notFolder || ::access(writable.c_str(), W_OK) != 0;
            if (!blocked)
                std::cout << "  none yet (one is written on the first open of each day)\n";
            else
                std::cout << "  none, and none can be written: " << folder
                          << (notFolder ? " is a file, not a folder (move it away"
                                        : " cannot be written to (make it writable")
                          << " for the daily backup; the journal itself is fine)\n";
        }
        for (const auto& b : files)
            std::cout << "  " << b.day << (b.time.empty() ? "" : " " + b.time) << "  " << kindName(b.kind) << "  "
                      << (b.bytes + 1023) / 1024 << " KB  " << b.path << "\n";
        if (!files.empty())
            std::cout << "Restore one with: tpmap notes restore-backup FILE" << journalArgument(opts->journal) << "\n";
        // A damaged journal moved aside is not restored; what it still holds is imported.
        if (std::any_of(
                files.begin(), files.end(), [](const auto& b) { return b.kind == journal::BackupFile::Kind::Damaged; }))
            std::cout << "Add the notes a damaged one still holds with: tpmap notes import FILE"
                      << journalArgument(opts->journal) << "\n";
    });

    auto* restore = notes.add_subcommand(
        "restore-backup", "replace the journal with a backup; the journal as it is now is kept in the backups");
    restore->add_option("FILE", opts->file, "the backup (tpmap notes backups lists them)")->required();
    journalOption(restore);
    restore->callback([opts, openJournal] {
        // No file was there (a lost journal brought back): the restore starts the journal, and when it fails the
        // empty journal it made is removed again - only then: a file that was there (even an empty one, or one
        // whose damage moved it aside) is the user's, and stays.
        const std::string target = opts->journal.empty() ? journal::defaultJournalPath() : opts->journal;
        std::error_code existsError;
        const bool fileWasThere = std::filesystem::exists(std::filesystem::symlink_status(target, existsError));
        auto j = openJournal(opts->journal, JournalUse::Restore);
        const bool started = j->report().created;
        journal::Journal::Restored restored;
        try {
            restored = j->restoreBackup(opts->file);
        } catch (const journal::JournalError& e) {
            journal::ListQuery all;
            all.limit = 1;
            if (started && !fileWasThere && j->count(all) == 0 && j->plans().empty()) {
                const std::string path = j->path();
                j.reset();
                std::error_code ec;
                for (const char* suffix : {"", "-wal", "-shm"})
                    std::filesystem::remove(path + suffix, ec);
            }
            throw UsageError(std::string("nothing restored: ") + e.what());
        }
        std::cout << "Restored " << opts->file << " into " << j->path() << ".\n";
        if (started)
            std::cout << "There was no journal there before: it starts as the backup.\n";
        else
            std::cout << "The journal as it was is kept in " << restored.kept << "\n";
        if (restored.notesWithoutAPart > 0)
            std::cout << "The backup was in an older format: " << restored.notesWithoutAPart
                      << (restored.notesWithoutAPart == 1 ? " note was" : " notes were")
                      << " brought up to date without a part this version refuses (such as a spot in no region); "
                         "the backup itself is unchanged and keeps them whole.\n";
    });
}

} // namespace tmap::cli
