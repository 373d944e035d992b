// journal/salvage: the notes and plans of another journal file - a backup, a journal from another computer, or a
// damaged journal that was moved aside - read as far as it can be read, so that an import can add them to this one.
#pragma once

#include <string>
#include <vector>

#include "journal/exchange.h"

namespace tmap::journal {

/// Reads every note and plan of the journal file at `path` (version 2 to 4) without changing it: opened only to
/// read, never written, its -wal read if it has one. A damaged file is read around its damage: the notes before
/// and after a page that cannot be read, each note with what of its lists can be read (a note whose spots, tags,
/// factors, treatments or answers cannot all be read is kept with the rest, tagged kRecoveredInPartTag and counted
/// as `incomplete`; one left with nothing valid is counted `unusable`; a plan is whole or left out). Every note and
/// plan is checked as an import checks it (`vocabulary`). Throws ImportError naming the file when it is no journal,
/// one of a newer version or of the first format, or when nothing of it can be read at all (its list of tables
/// damaged); an I/O error is a JournalError.
ExportDocument readJournalFile(const std::string& path, const Vocabulary& vocabulary = {});

/// True when the file at `path` starts like an SQLite database (a journal, a backup, a damaged journal).
bool looksLikeDatabase(const std::string& path);

} // namespace tmap::journal
