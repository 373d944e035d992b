// journal/journal_page_trash.cpp: the Journal tab's erasing for good (Delete permanently, Empty trash, each asked
// first with how long the backups keep copies) and its Settings (the journal's file and backups). A file of its own
// so that journal_page.cpp does not grow further.
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/journal_settings_dialog.h"
#include "app/widgets/error_text.h"

namespace tmap::app {

QString JournalPage::eraseWarning(int notes, int daily, int kept)
{
    // It said the backups keep copies when the notes, written since the day's backup, were in none, and that every
    // copy would be replaced - a copy kept before a restore or an update, or a damaged journal moved aside, stays
    // until the user deletes it.
    QString text = notes == 1 ? tr("The note cannot be brought back from the trash afterwards.")
                              : tr("The %n notes cannot be brought back from the trash afterwards.", nullptr, notes);
    if (daily == 0 && kept == 0)
        return text + ' '
            + (notes == 1 ? tr("No automatic backup holds a copy of it: it is gone for good.")
                          : tr("No automatic backup holds a copy of them: they are gone for good."));
    if (daily == 1)
        text += ' '
            + tr("One of the daily backups still holds a copy until newer daily backups replace it (the newest %1 "
                 "are kept, one made each day the journal is opened).")
                  .arg(journal::kKeepBackups);
    else if (daily > 1)
        text += ' '
            + tr("%n of the daily backups still hold a copy until newer daily backups replace them (the newest %1 "
                 "are kept, one made each day the journal is opened).",
                nullptr, daily)
                  .arg(journal::kKeepBackups);
    if (kept > 0)
        text += ' '
            + tr("%n copies kept before a restore or an update, or of a damaged journal, hold it until you delete "
                 "them (Backups... shows them).",
                nullptr, kept);
    return text;
}

bool JournalPage::confirmErase(const std::vector<std::string>& ids, const QString& action)
{
    if (!session_.interactive())
        return true;
    const int notes = static_cast<int>(ids.size());
    int daily = 0, kept = 0;
    for (const auto& b : journal::Journal::backupsHolding(session_.path().toStdString(), ids))
        ++(b.kind == journal::BackupFile::Kind::Daily ? daily : kept);
    QMessageBox box(QMessageBox::Warning, tr("Delete permanently"),
        notes == 1 ? tr("Delete this note permanently?") : tr("Delete %n notes permanently?", nullptr, notes),
        QMessageBox::Cancel, this);
    box.setInformativeText(eraseWarning(notes, daily, kept));
    auto* erase = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == erase;
}

int JournalPage::purgeSelected()
{
    const QStringList ids = selectedIds();
    std::vector<std::string> chosen;
    for (const auto& id : ids)
        chosen.push_back(id.toStdString());
    if (!model_->trash() || ids.isEmpty() || !confirmErase(chosen, tr("Delete &permanently")))
        return 0;
    const int erased = session_.purge(chosen);
    if (erased > 0)
        showMessage(erased == 1 ? tr("The note was deleted permanently.")
                                : tr("%n notes were deleted permanently.", nullptr, erased));
    return erased;
}

int JournalPage::emptyTrash()
{
    ensureLoaded();
    auto* j = session_.journal();
    if (!j)
        return 0;
    const auto inTrash = session_.tryRead([](journal::Journal& journal) { return journal.trashIds(); });
    if (!inTrash)
        return 0;
    if (inTrash->empty()) {
        showMessage(tr("The trash is empty."));
        return 0;
    }
    if (!confirmErase(*inTrash, tr("&Empty trash")))
        return 0;
    const int erased = session_.emptyTrash();
    if (erased >= 0)
        showMessage(erased == 1 ? tr("The note in the trash was deleted permanently.")
                                : tr("The trash was emptied: %n notes were deleted permanently.", nullptr, erased));
    return std::max(erased, 0);
}

void JournalPage::showSettings()
{
    JournalSettingsDialog dialog(session_, window());
    dialog.exec();
}

} // namespace tmap::app
