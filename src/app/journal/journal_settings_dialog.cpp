// journal/journal_settings_dialog: the journal's file and its backups, and restoring one of them.
#include "app/journal/journal_settings_dialog.h"

#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "app/journal/journal_session.h"
#include "app/widgets/roles.h"
#include "app/widgets/text.h"
#include "journal/journal.h"

namespace tmap::app {

namespace {

QLabel* pathLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

JournalSettingsDialog::JournalSettingsDialog(JournalSession& session, QWidget* parent)
    : QDialog(parent)
    , session_(session)
    , journalPath_(pathLabel(this))
    , folder_(pathLabel(this))
    , summary_(new QLabel(this))
    , list_(new QTreeWidget(this))
    , restore_(new QPushButton(tr("&Restore from backup..."), this))
    , recover_(new QPushButton(tr("Re&cover notes from it"), this))
{
    setWindowTitle(tr("Journal file and backups"));
    auto* form = new QFormLayout;
    form->addRow(tr("Journal file:"), journalPath_);
    form->addRow(tr("Backups folder:"), folder_);
    summary_->setWordWrap(true);

    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("Written"), tr("Kind"), tr("Size")});
    list_->setAccessibleName(tr("Backups of the journal"));
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list_->setMinimumHeight(160);

    restore_->setToolTip(tr("Replace the journal with the chosen backup; the journal as it is now is kept in the "
                            "backups folder first"));
    auto* openFolder = new QPushButton(tr("&Open backups folder"), this);
    // Enter closes the dialog; restoring is never the default.
    restore_->setAutoDefault(false);
    openFolder->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(restore_, QDialogButtonBox::ActionRole);
    buttons->addButton(openFolder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore_, &QPushButton::clicked, this, [this] {
        if (const auto* item = list_->currentItem())
            restore(item->data(0, BackupPathRole).toString());
    });
    // A damaged journal moved aside is not restored (it is damaged); what it still holds is added to the journal.
    recover_->setToolTip(tr("Add to the journal the notes that can still be read from the chosen damaged file; "
                            "those already in the journal are kept as they are"));
    recover_->setAutoDefault(false);
    recover_->setVisible(false);
    buttons->addButton(recover_, QDialogButtonBox::ActionRole);
    connect(recover_, &QPushButton::clicked, this, [this] {
        if (const auto* item = list_->currentItem())
            recover(item->data(0, BackupPathRole).toString());
    });
    connect(openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(session_.backupFolder())); });
    connect(list_, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, DamagedBackupRole).toBool())
            recover(item->data(0, BackupPathRole).toString());
        else
            restore(item->data(0, BackupPathRole).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    refresh();
}

void JournalSettingsDialog::refresh()
{
    journalPath_->setText(QDir::toNativeSeparators(session_.path()));
    folder_->setText(QDir::toNativeSeparators(session_.backupFolder()));
    list_->clear();
    const auto files = journal::Journal::backupFiles(QDir::toNativeSeparators(session_.path()).toStdString());
    const QDate today = QDate::currentDate();
    int daily = 0;
    QDate newest, oldest;
    for (const auto& f : files) {
        const QDate day = QDate::fromString(qs(f.day), Qt::ISODate);
        auto* item = new QTreeWidgetItem(list_);
        const bool isDaily = f.kind == journal::BackupFile::Kind::Daily;
        QString written = shortDayText(day); // the year whole, as the journal writes it
        if (!isDaily)
            written += ' ' + qs(f.time).left(5);
        item->setText(0, written);
        using Kind = journal::BackupFile::Kind;
        item->setText(1,
            isDaily                             ? tr("Daily backup")
                : f.kind == Kind::BeforeRestore ? tr("Kept before a restore")
                : f.kind == Kind::Damaged       ? tr("Damaged journal, moved aside")
                                                : tr("Kept before the format was updated"));
        item->setData(0, DamagedBackupRole, f.kind == Kind::Damaged);
        item->setText(2, QLocale().formattedDataSize(qint64(f.bytes), 1)); // "124.0 KiB", not "124.00 KiB"
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, BackupPathRole, qs(f.path));
        item->setToolTip(0, QDir::toNativeSeparators(qs(f.path)));
        if (isDaily) {
            ++daily;
            if (!newest.isValid())
                newest = day;
            oldest = day;
        }
    }
    QString text = tr("A backup is written the first time the journal is opened each day; the newest %n are kept, "
                      "so a note deleted permanently stays in the backups until %n newer ones have replaced it: %n "
                      "days on which the journal is opened, which can be longer than %n days.",
        nullptr, journal::kKeepBackups);
    if (daily == 0)
        text += "\n" + tr("There is no daily backup yet.");
    else {
        // English has no plural rules of its own here (no English translation file): one and many are two texts.
        auto age = [&today](const QDate& day) {
            const int days = int(day.daysTo(today));
            return days == 0 ? tr("today") : days == 1 ? tr("1 day old") : tr("%n days old", nullptr, days);
        };
        text += "\n"
            + (daily == 1 ? tr("1 daily backup, from %1 (%2).").arg(shortDayText(newest), age(newest))
                          : tr("%n daily backups: the newest from %1 (%2), the oldest from %3 (%4).", nullptr, daily)
                                .arg(shortDayText(newest), age(newest), shortDayText(oldest), age(oldest)));
    }
    // The backups are the safety net: say when none can be written, rather than "no daily backup yet" for ever.
    const QFileInfo folder(session_.backupFolder());
    if (folder.exists() && !folder.isDir())
        text += "\n"
            + tr("Backups cannot be written: %1 is a file, not a folder. Move that file away so that the "
                 "journal can be backed up.")
                  .arg(QDir::toNativeSeparators(folder.filePath()));
    else if (folder.isDir() && !folder.isWritable())
        text += "\n"
            + tr("Backups cannot be written: the folder %1 is read-only.")
                  .arg(QDir::toNativeSeparators(folder.filePath()));
    summary_->setText(text);
    if (list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    updateButtons();
}

void JournalSettingsDialog::updateButtons()
{
    const auto* item = list_->currentItem();
    const bool damaged = item && item->data(0, DamagedBackupRole).toBool();
    restore_->setVisible(!damaged);
    restore_->setEnabled(item && !damaged);
    recover_->setVisible(damaged);
}

bool JournalSettingsDialog::recover(const QString& path)
{
    if (path.isEmpty())
        return false;
    return session_.recoverFrom(path);
}

bool JournalSettingsDialog::restore(const QString& path)
{
    if (path.isEmpty())
        return false;
    if (session_.interactive()) {
        QMessageBox box(QMessageBox::Question, tr("Restore from backup"),
            tr("Replace your journal with the backup %1?").arg(QDir::toNativeSeparators(path)), QMessageBox::Cancel,
            this);
        box.setInformativeText(tr("Notes written since that backup will not be in the journal. The journal as it is "
                                  "now is first kept in the backups folder, so nothing is lost."));
        auto* yes = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    const bool ok = session_.restoreBackup(path);
    refresh();
    return ok;
}

} // namespace tmap::app
