// widgets/error_text: the core's errors in the user's language - file problems, a note's or plan's problems, imports.
#include "app/widgets/error_text.h"

#include <cerrno>

#include <QDir>
#include <QHash>
#include <QStringList>

#include "app/widgets/text.h"
#include "journal/exchange.h"
#include "journal/journal.h"
#include "journal/plan.h"

namespace tmap::app {

QString ErrorText::problems(const std::vector<journal::Problem>& problems)
{
    static const QHash<QString, const char*> kFields {
        {"when", QT_TR_NOOP("When")},
        {"intensity", QT_TR_NOOP("Overall intensity")},
        {"text", QT_TR_NOOP("Note")},
        {"spots", QT_TR_NOOP("Spot")},
        {"tags", QT_TR_NOOP("Tag")},
        {"factors", QT_TR_NOOP("Factor")},
        {"treatments", QT_TR_NOOP("Treatment")},
        {"steps", QT_TR_NOOP("Step")},
        {"name", QT_TR_NOOP("Name")},
    };
    QStringList lines;
    for (const auto& p : problems) {
        // "/spots/1/intensity" -> "Spot 2, intensity: ..."
        const QStringList parts = qs(p.pointer).split('/', Qt::SkipEmptyParts);
        QString where;
        if (!parts.isEmpty()) {
            const char* field = kFields.value(parts[0]);
            where = field ? tr(field) : parts[0];
            bool isIndex = false;
            const int index = parts.size() > 1 ? parts[1].toInt(&isIndex) : 0;
            if (isIndex)
                where += ' ' + QString::number(index + 1);
            // The part of a spot or a treatment in words ("/treatments/0/muscle": "Treatment 1, muscle").
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
            };
            if (parts.size() == 3 && kParts.contains(parts[2]))
                where += ", " + tr(kParts.value(parts[2]));
            else if (parts.size() > 2)
                where += ", " + parts.mid(2).join(' ').replace('_', ' ');
        }
        const QString what = problem(p);
        lines << (where.isEmpty() ? what : tr("%1: %2").arg(where, what));
    }
    return lines.join('\n');
}

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
    case Rule::OutOfRange:
        return tr("%1 is not between 0 and %2").arg(p.count).arg(p.limit);
    case Rule::NotOneLine:
        return tr("must be one line");
    case Rule::Unknown:
        return tr("\"%1\" is not one Trigger Map knows").arg(qs(p.value));
    case Rule::NeedsSide:
        return tr("\"%1\" needs a side, left or right").arg(qs(p.value));
    case Rule::Other:
        break;
    }
    return qs(p.message);
}

QString ErrorText::describe(const std::exception& error)
{
    if (const auto* invalid = dynamic_cast<const journal::InvalidNote*>(&error))
        return tr("The note was not saved:\n%1").arg(problems(invalid->problems()));
    if (const auto* invalid = dynamic_cast<const journal::InvalidPlan*>(&error))
        return tr("The plan was not saved:\n%1").arg(problems(invalid->problems()));
    if (const auto* import = dynamic_cast<const journal::ImportError*>(&error)) {
        if (import->pointer().empty())
            return tr("%1: %2").arg(qs(import->file()), qs(import->problem()));
        return tr("%1, at %2: %3").arg(qs(import->file()), qs(import->pointer()), qs(import->problem()));
    }
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
    case Reason::Missing:
        return tr("There is no pain journal at %1 yet.").arg(file);
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
