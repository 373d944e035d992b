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

QString JournalPage::eraseWarning(int notes)
{
    return (notes == 1 ? tr("The note cannot be brought back from the trash afterwards.")
                       : tr("The %n notes cannot be brought back from the trash afterwards.", nullptr, notes))
        + ' '
        + tr("The automatic backups still keep copies of the journal until %n newer daily backups have replaced them "
             "(one is made each day the journal is opened); after that the notes are gone for good.",
            nullptr, journal::kKeepBackups);
}

bool JournalPage::confirmErase(int notes, const QString& action)
{
    if (!session_.interactive())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Delete permanently"),
        notes == 1 ? tr("Delete this note permanently?") : tr("Delete %n notes permanently?", nullptr, notes),
        QMessageBox::Cancel, this);
    box.setInformativeText(eraseWarning(notes));
    auto* erase = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == erase;
}

int JournalPage::purgeSelected()
{
    const QStringList ids = selectedIds();
    if (!model_->trash() || ids.isEmpty() || !confirmErase(int(ids.size()), tr("Delete &permanently")))
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
    journal::ListQuery trash;
    trash.trash = true;
    std::int64_t inTrash = 0;
    try {
        inTrash = j->count(trash);
    } catch (const std::exception& e) {
        session_.reportError(ErrorText::describe(e));
        return 0;
    }
    if (inTrash == 0) {
        showMessage(tr("The trash is empty."));
        return 0;
    }
    if (!confirmErase(int(inTrash), tr("&Empty trash")))
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
