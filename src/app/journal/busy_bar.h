// journal/busy_bar: the calm busy state of a slow journal step, shown inside a page or a dialog.
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tmap::app {

/// A one-line bar that says what the journal is doing ("Opening your journal...", "Waiting for another program...")
/// with a busy indicator and Cancel, or that it stopped, with a button to try again. A short step shows nothing:
/// the bar appears only when the step is still running after a moment, at once when it waits for another program.
class BusyBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyBar)

public:
    explicit BusyBar(QWidget* parent = nullptr);
    ~BusyBar() override;

    /// Busy: `text` with a busy indicator and Cancel; shown after a moment, or at once when `now`.
    void showBusy(const QString& text, bool now = false);
    /// Stopped: `text` with a button labelled `retry` (none when empty); shown at once.
    void showStopped(const QString& text, const QString& retry);
    /// The busy state's button ("Cancel" unless set), where the window has a Cancel of its own.
    void setCancelText(const QString& text);
    /// Hides the bar (the step ended).
    void clear();
    bool isBusy() const { return busy_; }

    QLabel* textLabel() const { return text_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* retryButton() const { return retry_; }

signals:
    void cancelClicked();
    void retryClicked();

private:
    QProgressBar* indicator_;
    QLabel* text_;
    QPushButton* cancel_;
    QPushButton* retry_;
    QTimer* delay_;
    bool busy_ = false;
};

} // namespace tmap::app
