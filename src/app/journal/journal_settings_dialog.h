// journal_settings_dialog: where the pain journal and its backups are, how many backups there are and how old,
// and "Restore from backup..." (the journal as it is now is kept in the backups first).
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tmap::app {

class JournalSession;

/// The Journal settings dialog: the journal's file, its backups (with their count and age) and restoring one, and
/// the damaged journals moved aside beside it, whose notes it can recover.
class JournalSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSettingsDialog)

public:
    explicit JournalSettingsDialog(JournalSession& session, QWidget* parent = nullptr);

    /// Restores the backup at `path` after asking (when the session is interactive); true when it was restored.
    bool restore(const QString& path);
    /// Adds the notes that can still be read from the damaged journal at `path` (JournalSession::recoverFrom).
    bool recover(const QString& path);

    // For tests.
    QTreeWidget* backupList() const { return list_; }
    QLabel* summaryText() const { return summary_; }
    QPushButton* restoreButton() const { return restore_; }
    QPushButton* recoverButton() const { return recover_; }

private:
    void refresh();
    /// Restore for a backup, Recover for a damaged journal: the chosen row's action.
    void updateButtons();

    JournalSession& session_;
    QLabel* journalPath_;
    QLabel* folder_;
    QLabel* summary_;
    QTreeWidget* list_;
    QPushButton* restore_;
    QPushButton* recover_;
};

} // namespace tmap::app
