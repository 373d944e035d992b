// error_text: what the core's errors say, in the user's language - a file problem (journal::JournalError's
// reason), a note's or a plan's problems (journal::Problem's rule), an import file's place - for every part of the
// app that writes or reads the user's files (the journal, the drawing kept across a restart, the report, exports).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <exception>
#include <vector>

namespace tmap::journal {
class ImportError;
class JournalError;
struct Problem;
} // namespace tmap::journal

namespace tmap::app {

class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::ErrorText)

public:
    /// A user-facing sentence for any exception the core throws (JournalError, InvalidNote, ImportError, ...).
    static QString describe(const std::exception& error);
    /// A file problem the core gives in structure (journal::JournalError::Reason), in the user's language; empty for
    /// Reason::Other, which only the error's English text says.
    static QString file(const journal::JournalError& error);
    /// "Spot 2: intensity 12 is not between 0 and 10" - the problems of a note, a plan or an import file, one a line.
    static QString problems(const std::vector<journal::Problem>& problems);
    /// One problem at its place: "Spot 2: intensity 12 is not between 0 and 10".
    static QString line(const journal::Problem& problem);
    /// Where a problem is: "Note 4, spot 1, place" for a JSON pointer, "Line 5, column \"region\"" for a CSV's
    /// row, "" for the whole note.
    static QString place(const journal::Problem& problem);
    /// An import file the core refused (journal::ImportError's reason and facts), naming the file.
    static QString import(const journal::ImportError& error);
    /// What one problem says, in the user's language for the rules the core names (journal::Problem::Rule); the
    /// core's English message for the others (an unknown id, which only a damaged file or catalogue can bring).
    static QString problem(const journal::Problem& problem);
};

} // namespace tmap::app
