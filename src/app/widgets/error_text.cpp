// widgets/error_text: the core's errors in the user's language - file problems, a note's or plan's problems, imports.
#include "app/widgets/error_text.h"

#include <cerrno>

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include "app/widgets/text.h"
#include "body/body_map.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/note.h"
#include "journal/plan.h"

namespace tmap::app {

QString ErrorText::place(const journal::Problem& p)
{
    // A CSV's row: its line and the header's name of the column (the file's own word, as it is written there).
    if (p.line > 0)
        return p.column.empty() ? tr("Line %1").arg(p.line)
                                : tr("Line %1, column \"%2\"").arg(p.line).arg(qs(p.column));
    // A JSON pointer in words, lists by their items counted from 1: "/notes/3/spots/0/intensity" is "Note 4, spot 1,
    // intensity"; "/spots/1/region" (a note's own problem) is "Spot 2, place".
    static const QHash<QString, const char*> kItems {
        {"notes", QT_TR_NOOP("Note %1")},
        {"plans", QT_TR_NOOP("Plan %1")},
        {"spots", QT_TR_NOOP("Spot %1")},
        {"tags", QT_TR_NOOP("Tag %1")},
        {"factors", QT_TR_NOOP("Factor %1")},
        {"treatments", QT_TR_NOOP("Treatment %1")},
        {"steps", QT_TR_NOOP("Step %1")},
        {"answers", QT_TR_NOOP("Answer %1")},
    };
    static const QHash<QString, const char*> kFields {
        {"when", QT_TR_NOOP("When")},
        {"intensity", QT_TR_NOOP("Overall intensity")},
        {"text", QT_TR_NOOP("Note")},
        {"spots", QT_TR_NOOP("Spot")},
        {"tags", QT_TR_NOOP("Tag")},
        {"factors", QT_TR_NOOP("Factor")},
        {"treatments", QT_TR_NOOP("Treatment")},
        {"steps", QT_TR_NOOP("Step")},
        {"answers", QT_TR_NOOP("Answers")},
        {"name", QT_TR_NOOP("Name")},
        {"id", QT_TR_NOOP("Id")},
        {"created_at", QT_TR_NOOP("Created")},
        {"updated_at", QT_TR_NOOP("Changed")},
        {"format", QT_TR_NOOP("Format")},
        {"version", QT_TR_NOOP("Version")},
        {"exported_at", QT_TR_NOOP("Exported")},
        {"notes", QT_TR_NOOP("Notes")},
        {"plans", QT_TR_NOOP("Plans")},
    };
    // The part of a spot, a treatment, a step or an answer.
    static const QHash<QString, const char*> kParts {
        {"region", QT_TR_NOOP("place")},
        {"intensity", QT_TR_NOOP("intensity")},
        {"quality", QT_TR_NOOP("feels like")},
        {"muscle", QT_TR_NOOP("muscle")},
        {"trigger_point", QT_TR_NOOP("trigger point")},
        {"technique", QT_TR_NOOP("technique")},
        {"minutes", QT_TR_NOOP("minutes")},
        {"before", QT_TR_NOOP("pain before")},
        {"after", QT_TR_NOOP("pain after")},
        {"side", QT_TR_NOOP("side")},
        {"question", QT_TR_NOOP("question")},
        {"reply", QT_TR_NOOP("yes/no/unsure")},
        {"text", QT_TR_NOOP("text")},
    };
    const QStringList parts = qs(p.pointer).split('/', Qt::SkipEmptyParts);
    QStringList words;
    bool inItem = false; // the last word names an item (a spot, a note): its fields are its parts
    for (int i = 0; i < parts.size(); ++i) {
        QString key = parts[i];
        key.replace("~1", "/").replace("~0", "~");
        bool isIndex = false;
        const int index = i + 1 < parts.size() ? parts[i + 1].toInt(&isIndex) : 0;
        if (isIndex && index >= 0 && kItems.contains(key)) {
            words << tr(kItems.value(key)).arg(index + 1);
            inItem = true;
            ++i;
            continue;
        }
        // A note's own field as the note editor names it ("Overall intensity", "Note" for its text); after "Note 4"
        // the note's fields ("Note 4, Overall intensity", "Note 4, text"); a spot's and a treatment's, their parts.
        const bool noteLevel = inItem && (parts[i - 2] == "notes" || parts[i - 2] == "plans");
        if (words.isEmpty() && kFields.contains(key))
            words << tr(kFields.value(key));
        else if (kParts.contains(key) && !(noteLevel && key == "intensity"))
            words << tr(kParts.value(key));
        else if (noteLevel && kFields.contains(key))
            words << tr(kFields.value(key));
        else
            words << key.replace('_', ' ');
        inItem = false;
    }
    QString out = words.join(", ");
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

QString ErrorText::line(const journal::Problem& p)
{
    // A field the format does not have is named in the words: its place is the object it is in ("Note 1:
    // \"mood\" is not a field of this format", not "Note 1, mood: \"mood\" ...").
    journal::Problem at = p;
    if (p.rule == journal::Problem::Rule::UnknownField && p.line == 0)
        at.pointer = p.pointer.substr(0, p.pointer.rfind('/'));
    const QString where = place(at);
    const QString what = problem(p);
    return where.isEmpty() ? what : tr("%1: %2").arg(where, what);
}

QString ErrorText::problems(const std::vector<journal::Problem>& problems)
{
    QStringList lines;
    for (const auto& p : problems)
        lines << line(p);
    return lines.join('\n');
}

namespace {

/// What a JSON value is, as the import's problems name it.
QString kindText(std::int64_t kind)
{
    switch (static_cast<journal::ValueKind>(kind)) {
    case journal::ValueKind::Null:
        return ErrorText::tr("null");
    case journal::ValueKind::Boolean:
        return ErrorText::tr("true or false");
    case journal::ValueKind::WholeNumber:
        return ErrorText::tr("a whole number");
    case journal::ValueKind::HugeNumber:
        return ErrorText::tr("a whole number too large to store");
    case journal::ValueKind::Fraction:
        return ErrorText::tr("a number with a fraction");
    case journal::ValueKind::Text:
        return ErrorText::tr("text in quotes");
    case journal::ValueKind::List:
        return ErrorText::tr("a list");
    case journal::ValueKind::TextList:
        return ErrorText::tr("a list of texts");
    case journal::ValueKind::Object:
        return ErrorText::tr("an object");
    case journal::ValueKind::Other:
        break;
    }
    return ErrorText::tr("something else");
}

/// The field a problem is about: the pointer's last word, or a CSV's column.
QString fieldOf(const journal::Problem& p)
{
    if (p.line > 0)
        return qs(p.column);
    const QString pointer = qs(p.pointer);
    return pointer.mid(pointer.lastIndexOf('/') + 1);
}

} // namespace

QString ErrorText::problem(const journal::Problem& p)
{
    using Rule = journal::Problem::Rule;
    switch (p.rule) {
    case Rule::TooLong:
        return tr("too long: %1 characters, at most %2").arg(p.count).arg(p.limit); // never fewer than 2
    case Rule::ControlCharacter:
        return tr("contains a control character (such as a tab)");
    case Rule::NotUtf8:
        return tr("contains bytes that are not text");
    case Rule::Empty:
        return tr("cannot be empty");
    case Rule::Twice:
        return tr("\"%1\" is listed twice").arg(qs(p.value));
    case Rule::TooMany:
        return tr("too many: %1, at most %2").arg(p.count).arg(p.limit);
    case Rule::NoRoom:
        return tr("there are already %1 plans, the most a journal keeps").arg(p.limit);
    case Rule::OutOfRange:
        return tr("%1 is not between 0 and %2").arg(p.count).arg(p.limit);
    case Rule::NotOneLine:
        return tr("must be one line");
    case Rule::Unknown:
        return tr("\"%1\" is not one Trigger Map knows").arg(qs(p.value));
    case Rule::NeedsSide:
        return tr("\"%1\" needs a side, left or right").arg(qs(p.value));
    case Rule::Missing:
        return tr("is missing");
    case Rule::WrongType:
        return tr("must be %1, not %2").arg(kindText(p.limit), kindText(p.count));
    case Rule::UnknownField:
        return tr("\"%1\" is not a field of this format").arg(qs(p.value));
    case Rule::NotOneOf: {
        // The words the file takes are the format's own (English) words, whatever the app's language: the core's.
        const QString field = fieldOf(p);
        QStringList words;
        if (field == "quality")
            for (const auto& [quality, name] : journal::kQualities)
                if (quality != journal::Quality::None) // "" or no quality at all
                    words << qs(std::string(name));
        if (field == "reply")
            for (const auto& [reply, name] : journal::kReplies)
                words << qs(std::string(name));
        if (field == "side")
            for (const auto side : {body::Side::Left, body::Side::Right})
                words << qs(std::string(body::sideName(side)));
        const QString allowed = words.join(", ");
        return allowed.isEmpty() ? tr("\"%1\" is not one Trigger Map knows").arg(qs(p.value))
                                 : tr("\"%1\" is none of %2").arg(qs(p.value), allowed);
    }
    case Rule::NotATime:
        return p.limit == 1
            ? tr("\"%1\" is not a time with its UTC offset, like 2026-11-25T08:30:00+01:00").arg(qs(p.value))
            : tr("\"%1\" is not a time like 2026-11-25T07:30:00Z").arg(qs(p.value));
    case Rule::NotAnId:
        return tr("\"%1\" is not an id like 3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c").arg(qs(p.value));
    case Rule::NotAQuestion:
        return tr("\"%1\" is not a question Trigger Map asks").arg(qs(p.value));
    case Rule::NewerVersion:
        return tr("version %1 was written by a newer Trigger Map; this one reads up to version %2")
            .arg(p.count)
            .arg(p.limit);
    case Rule::TooSmall:
        return tr("%1 is less than %2").arg(p.count).arg(p.limit);
    case Rule::TooEarly:
        return tr("a version-%1 file cannot hold this (it came with version %2)").arg(p.count).arg(p.limit);
    case Rule::EmptyNote:
        // What to do about it, since the editor shows it (an import shows it at the note's place).
        return tr("The note is empty: mark where it hurt, give an overall pain, write something or add what you "
                  "tried.");
    case Rule::ClinicianOnly:
        return tr("%1 is for a clinician only, not a step of a self-treatment plan").arg(qs(p.value));
    case Rule::OneSideOnly:
        return p.limit == 1 ? tr("%1 is on the left side only").arg(qs(p.value))
                            : tr("%1 is on the right side only").arg(qs(p.value));
    case Rule::NotATechnique:
        return tr("\"%1\" is not one of this muscle's techniques").arg(qs(p.value));
    case Rule::NotANumber:
        return tr("\"%1\" is not a whole number from 0 to %2").arg(qs(p.value)).arg(p.limit);
    case Rule::FieldCount:
        return tr("the row has %1 fields, the header %2").arg(p.count).arg(p.limit);
    case Rule::RowsApart:
        return tr("the rows of note %1 must follow each other; it already ended on line %2")
            .arg(qs(p.value))
            .arg(p.count);
    case Rule::RowDiffers:
        return tr("differs from line %1, the first row of the same note (a note's columns are the same on each of "
                  "its rows)")
            .arg(p.count);
    case Rule::BadEscape:
        return tr("a backslash that escapes neither ';' nor '\\'");
    case Rule::BadItem:
        return tr("item %1 of the list cannot be read").arg(p.count);
    case Rule::NoRegion:
        return tr("is empty on a second row of the same note (only a note without places has a row without one)");
    case Rule::SpotAfterNone:
        return tr("the note's first row has no place, so its later rows cannot have one");
    case Rule::Other:
        break;
    }
    return qs(p.message);
}

QString ErrorText::import(const journal::ImportError& error)
{
    using Reason = journal::ImportError::Reason;
    const QString file = QDir::toNativeSeparators(qs(error.file()));
    const auto& f = error.facts();
    const QString value = qs(f.value);
    switch (error.reason()) {
    case Reason::Other:
        break;
    case Reason::Problems: {
        // The first few, each at its place; the count of the rest.
        constexpr std::size_t kShown = 5;
        const auto& all = error.problems();
        // One problem a line, each marked, so that a line the message box wraps is not read as the next problem.
        QString text = tr("%1 does not follow the format of a Trigger Map export:").arg(file);
        for (std::size_t i = 0; i < all.size() && i < kShown; ++i)
            text += QStringLiteral("\n\u2022 ") + line(all[i]);
        if (all.size() > 100)
            text += '\n' + tr("(and more: the check stopped after %1 problems)").arg(all.size());
        else if (all.size() > kShown)
            text += '\n' + tr("(and %n more)", nullptr, static_cast<int>(all.size() - kShown));
        return text;
    }
    case Reason::IsFolder:
        return tr("%1 is a folder, not a file. Choose a file written by Export (JSON or CSV).").arg(file);
    case Reason::CannotRead:
        return f.detail.empty() ? tr("%1 could not be read.").arg(file)
                                : tr("%1 could not be read: %2.").arg(file, qs(f.detail));
    case Reason::TooLarge:
        return tr("%1 is %2, larger than the %3 an import can read.")
            .arg(file, QLocale().formattedDataSize(static_cast<qint64>(f.count)),
                QLocale().formattedDataSize(static_cast<qint64>(f.limit)));
    case Reason::Empty:
        return tr("%1 is empty. Choose a file written by Export (JSON or CSV).").arg(file);
    case Reason::IsDatabase:
        return tr("%1 is a database (a pain journal or a backup), not an export. Import it with Import notes, which "
                  "reads journals too.")
            .arg(file);
    case Reason::IsJournalItself:
        return tr("%1 is this pain journal itself (or one of its working files), not an export. Choose a file "
                  "written by Export (JSON or CSV).")
            .arg(file);
    case Reason::NotUtf8:
        return f.column ? tr("%1 is not UTF-8 text (line %2, column %3). A Trigger Map export is UTF-8; another "
                             "encoding cannot be read.")
                              .arg(file)
                              .arg(f.line)
                              .arg(f.column)
                        : tr("%1 is not UTF-8 text (line %2). Save it as \"CSV UTF-8\" in the spreadsheet; "
                             "another encoding cannot be read.")
                              .arg(file)
                              .arg(f.line);
    case Reason::TooDeep:
        return tr("%1 has lists and objects nested more than %2 deep; a Trigger Map export is not.")
            .arg(file)
            .arg(f.limit);
    case Reason::NotJson:
        // The parser's own words stay in English: they name JSON's characters, and help whoever mends the file.
        return f.line ? tr("%1 is not valid JSON: the fault is at line %2, column %3 (%4).")
                            .arg(file)
                            .arg(f.line)
                            .arg(f.column)
                            .arg(qs(f.detail))
                      : tr("%1 is not valid JSON (%2).").arg(file, qs(f.detail));
    case Reason::DuplicateKey: {
        const QString where = place({error.pointer(), {}});
        return where.isEmpty()
            ? tr("%1: the field \"%2\" appears twice in the same object.").arg(file, value)
            : tr("%1: the field \"%2\" appears twice in the same object (%3).").arg(file, value, where);
    }
    case Reason::NotAnObject:
        return tr("%1 is not a Trigger Map export: the file holds %2, not an object.")
            .arg(file, kindText(static_cast<std::int64_t>(f.count)));
    case Reason::NotAnExport:
        return tr("%1 is not a Trigger Map export (JSON from another program). Choose a file written by Export "
                  "(JSON or CSV).")
            .arg(file);
    case Reason::BodyMapExport:
        return tr("%1 is a body-map export, made for a clinician's body charts; it cannot be imported. Choose a file "
                  "written by Export as JSON or CSV.")
            .arg(file);
    case Reason::CsvSpreadsheetLine:
        return tr("%1: the first line, \"%2\", is a spreadsheet's note, not the header. Delete that line and import "
                  "again.")
            .arg(file, value);
    case Reason::CsvSemicolons:
        return tr("%1: the fields are separated by semicolons, not commas (a spreadsheet set to another language may "
                  "save it so). Save it again with commas as separators, or import the JSON export.")
            .arg(file);
    case Reason::CsvOlderFormat:
        return tr("%1 is the CSV of an older Trigger Map, which cannot be read back exactly. Export it again, or "
                  "import its JSON export.")
            .arg(file);
    case Reason::CsvHeaderShort:
        return tr("%1: the header row ends before the column \"%2\".").arg(file, value);
    case Reason::CsvHeaderLong:
        return tr("%1 is not a Trigger Map journal CSV: its header row has a column too many, \"%2\".")
            .arg(file, value);
    case Reason::CsvWrongColumn:
        return tr("%1 is not a Trigger Map journal CSV: column %2 of its header row is \"%3\", not \"%4\".")
            .arg(file)
            .arg(f.count)
            .arg(value, qs(f.detail));
    case Reason::CsvStrayQuote:
        return tr("%1, line %2: a double quote inside a field that does not start with one (quote the field and "
                  "double the quote).")
            .arg(file)
            .arg(f.line);
    case Reason::CsvOpenQuote:
        return tr("%1, line %2: a quoted field starts here and never ends.").arg(file).arg(f.line);
    case Reason::CsvAfterQuote:
        return tr("%1, line %2, column \"%3\": text after the closing quote of a field.")
            .arg(file)
            .arg(f.line)
            .arg(value);
    case Reason::CsvCarriageReturn:
        return tr("%1, line %2, column \"%3\": a carriage return outside quotes that does not end the line.")
            .arg(file)
            .arg(f.line)
            .arg(value);
    case Reason::CannotOpenJournal:
        return tr("%1 could not be opened as a journal (%2).").arg(file, qs(f.detail));
    case Reason::NotAJournal:
        return tr("%1 is a database, but not a Trigger Map journal. Choose a journal, one of its backups, or a file "
                  "written by Export (JSON or CSV).")
            .arg(file);
    case Reason::JournalTooDamaged:
        return tr("%1 is too damaged to read anything from it (its list of tables cannot be read).").arg(file);
    case Reason::NewerJournal:
        return tr("%1 was written by a newer version of Trigger Map (format %2). Update Trigger Map to import it.")
            .arg(file)
            .arg(f.count);
    case Reason::OldestJournal:
        return tr("%1 is in the first format of Trigger Map 0.1's early builds. Open it once as a journal with "
                  "\"tpmap notes list --journal FILE\", which brings it to the current format, then import it.")
            .arg(file);
    }
    if (error.pointer().empty())
        return tr("%1: %2").arg(file, qs(error.problem()));
    return tr("%1, at %2: %3").arg(file, qs(error.pointer()), qs(error.problem()));
}

QString ErrorText::describe(const std::exception& error)
{
    if (const auto* invalid = dynamic_cast<const journal::InvalidNote*>(&error))
        return tr("The note was not saved:\n%1").arg(problems(invalid->problems()));
    if (const auto* invalid = dynamic_cast<const journal::InvalidPlan*>(&error))
        return tr("The plan was not saved:\n%1").arg(problems(invalid->problems()));
    if (const auto* import = dynamic_cast<const journal::ImportError*>(&error))
        return ErrorText::import(*import);
    // A journal damaged since it was opened (the check runs on the first open of a day): say how to go on.
    if (journal::isDamaged(error))
        return tr("%1\n\nThe journal file is damaged. Restore a backup: File > Journal file and backups lists "
                  "them, with \"Restore from backup...\".")
            .arg(QString::fromUtf8(error.what()));
    if (const auto* failed = dynamic_cast<const journal::JournalError*>(&error))
        if (const QString worded = file(*failed); !worded.isEmpty())
            return worded;
    // The others already name the file (in English: the core words what it does not say in structure).
    return QString::fromUtf8(error.what());
}

QString ErrorText::file(const journal::JournalError& error)
{
    using Reason = journal::JournalError::Reason;
    const QString file = QDir::toNativeSeparators(qs(error.file()));
    switch (error.reason()) {
    case Reason::Other:
        return {};
    case Reason::DiskFull:
        return tr("%1: the disk is full. Nothing was changed; free some space and try again.").arg(file);
    case Reason::IsFolder:
        return tr("%1 is a folder, not a file. Choose a file.").arg(file);
    case Reason::FileReadOnly:
        return tr("%1 is read-only. Make it writable, or choose another file.").arg(file);
    case Reason::FolderReadOnly:
        return tr("The folder %1 is read-only, and the journal needs to write there. Make it writable, or choose a "
                  "file in another folder.")
            .arg(QDir::toNativeSeparators(qs(error.detail())));
    case Reason::ReadOnly:
        return tr("%1 cannot be written: the file or its folder is read-only. Nothing was saved.").arg(file);
    case Reason::NewerVersion:
        return tr("%1 was written by a newer version of Trigger Map. It was left as it is; open it with that version.")
            .arg(file);
    case Reason::IsBackup:
        return tr("%1 is one of the journal's automatic backups, and nothing is written to it. To go on from it, "
                  "restore it (File > Journal file and backups), or copy it out of the backups folder first.")
            .arg(file);
    case Reason::IsDamagedCopy:
        return tr("%1 is a damaged journal that was moved aside, and nothing is written to it. To add the notes it "
                  "still holds to your journal, import it (File > Import into the journal).")
            .arg(file);
    case Reason::WorkingFileName:
        return tr("%1: a journal's name cannot end in -wal, -shm or -journal. SQLite takes such a file for a working "
                  "file of another database and deletes it. Nothing was written; choose another name (rename an "
                  "existing file first, for example to NAME.sqlite).")
            .arg(file);
    case Reason::Missing:
        return tr("There is no pain journal at %1 yet.").arg(file);
    case Reason::WouldReplaceDatabase:
        return tr("%1 is a database (a pain journal, one of its backups or another program's file). An export or a "
                  "report never replaces one: nothing was written. Choose another name.")
            .arg(file);
    case Reason::NoFolder:
        return tr("There is no folder %1, so no journal was started at %2. Check the name, or make the folder first.")
            .arg(QDir::toNativeSeparators(qs(error.detail())), file);
    case Reason::NotAJournal:
        return tr("%1 is not a Trigger Map journal. It was left as it is; choose another file.").arg(file);
    case Reason::CannotWrite: {
        QString why;
        switch (error.systemError()) {
        case ENOSPC:
        case EDQUOT:
            why = tr("the disk is full");
            break;
        case EACCES:
        case EPERM:
            why = tr("you have no permission to write there");
            break;
        case EROFS:
            why = tr("the disk is read-only");
            break;
        case ENOENT:
            why = tr("the folder does not exist");
            break;
        default:
            why = qs(error.detail());
        }
        return tr("%1 could not be written: %2. Nothing was written.").arg(file, why);
    }
    }
    return {};
}

} // namespace tmap::app
