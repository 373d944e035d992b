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
#include "app/widgets/text.h"
#include "journal/journal.h"

namespace tmap::app {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

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
            restore(item->data(0, kPathRole).toString());
    });
    connect(openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(session_.backupFolder())); });
    connect(list_, &QTreeWidget::currentItemChanged, this, [this] { restore_->setEnabled(list_->currentItem()); });
    connect(list_, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { restore(item->data(0, kPathRole).toString()); });

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
        QString written = QLocale().toString(day, QLocale::ShortFormat);
        if (!isDaily)
            written += ' ' + qs(f.time).left(5);
        item->setText(0, written);
        item->setText(1,
            isDaily                                              ? tr("Daily backup")
                : f.kind == journal::BackupFile::Kind::BeforeRestore ? tr("Kept before a restore")
                                                                     : tr("Kept before the format was updated"));
        item->setText(2, QLocale().formattedDataSize(qint64(f.bytes), 1)); // "124.0 KiB", not "124.00 KiB"
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kPathRole, qs(f.path));
        item->setToolTip(0, QDir::toNativeSeparators(qs(f.path)));
        if (isDaily) {
            ++daily;
            if (!newest.isValid())
                newest = day;
            oldest = day;
        }
    }
    QString text = tr("A backup is written the first time the journal is opened each day; the newest %n are kept, "
                      "so a note deleted permanently is still in the backups for up to %n days.",
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
            + (daily == 1 ? tr("1 daily backup, from %1 (%2).")
                                .arg(QLocale().toString(newest, QLocale::ShortFormat), age(newest))
                          : tr("%n daily backups: the newest from %1 (%2), the oldest from %3 (%4).", nullptr, daily)
                                .arg(QLocale().toString(newest, QLocale::ShortFormat), age(newest),
                                    QLocale().toString(oldest, QLocale::ShortFormat), age(oldest)));
    }
    // The backups are the safety net: say when none can be written, rather than "no daily backup yet" for ever.
    const QFileInfo folder(session_.backupFolder());
    if (folder.exists() && !folder.isDir())
        text += "\n" + tr("Backups cannot be written: %1 is a file, not a folder. Move that file away so that the "
                          "journal can be backed up.")
                           .arg(QDir::toNativeSeparators(folder.filePath()));
    else if (folder.isDir() && !folder.isWritable())
        text += "\n" + tr("Backups cannot be written: the folder %1 is read-only.")
                           .arg(QDir::toNativeSeparators(folder.filePath()));
    summary_->setText(text);
    if (list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    restore_->setEnabled(list_->currentItem());
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
