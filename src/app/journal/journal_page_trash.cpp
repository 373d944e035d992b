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

QString JournalPage::eraseWarning(int notes, int backups)
{
    // It said the backups keep copies when the notes, written since the day's backup, were in none.
    return (notes == 1 ? tr("The note cannot be brought back from the trash afterwards.")
                       : tr("The %n notes cannot be brought back from the trash afterwards.", nullptr, notes))
        + ' '
        + (backups == 0
                ? (notes == 1 ? tr("No automatic backup holds a copy of it: it is gone for good.")
                              : tr("No automatic backup holds a copy of them: they are gone for good."))
                : (backups == 1 ? tr("One of the automatic backups still holds a copy until newer daily backups "
                                     "replace it (the newest %1 are kept, one made each day the journal is opened); "
                                     "after that it is gone for good.")
                                      .arg(journal::kKeepBackups)
                                : tr("%n of the automatic backups still hold a copy until newer daily backups replace "
                                     "them (the newest %1 are kept, one made each day the journal is opened); after "
                                     "that it is gone for good.",
                                    nullptr, backups)
                                      .arg(journal::kKeepBackups)));
}

bool JournalPage::confirmErase(const std::vector<std::string>& ids, const QString& action)
{
    if (!session_.interactive())
        return true;
    const int notes = static_cast<int>(ids.size());
    const int backups = static_cast<int>(journal::Journal::backupsHolding(session_.path().toStdString(), ids).size());
    QMessageBox box(QMessageBox::Warning, tr("Delete permanently"),
        notes == 1 ? tr("Delete this note permanently?") : tr("Delete %n notes permanently?", nullptr, notes),
        QMessageBox::Cancel, this);
    box.setInformativeText(eraseWarning(notes, backups));
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
    const int erased = session_.purge(ids);
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
