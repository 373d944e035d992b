// treat/session_dialog: the guided self-release session of one trigger point ("Treat this"): where to press, the
// entry's technique and dose, pain before, the press test, the get-ready countdown, the timed holds, the stretch,
// pain after and the end signal; a Stop button for sharp, spreading or numb pain. The steps and their times are
// the core's (treat/session.h); this dialog shows them, keeps the clock and saves the note.
#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <memory>
#include <optional>

#include "treat/session.h"

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

class BodyMapWidget;
class JournalSession;
class PainDrawing;

/// One session of one trigger point, start to saved note; Space starts and pauses, Esc stops.
class SessionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)

public:
    /// `drawing`: the Where page's drawing, if any: prefills "pain now" from its strongest spot and receives the
    /// press-test answer for the ranking. `timeScale` (0 < s <= 1) shortens every timer (tests, screenshots).
    SessionDialog(const catalogue::Catalogue& catalogue, const catalogue::TriggerPoint& point, body::Side side,
        JournalSession* journal, PainDrawing* drawing = nullptr, double timeScale = 1.0, QWidget* parent = nullptr);
    ~SessionDialog() override;

    const treat::Session& session() const { return *session_; }
    /// The saved note's id, once saved.
    QString savedNoteId() const { return savedNoteId_; }

    QSpinBox* painBeforeBox() const { return painBefore_; }
    QSpinBox* painAfterBox() const { return painAfter_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* finishButton() const { return finish_; }
    QPushButton* stopButton() const { return stop_; }
    /// Shown at the end when the note could not be saved (another program kept the journal busy, Cancel, a full
    /// disk): saves the same note again.
    QPushButton* saveAgainButton() const { return saveAgain_; }
    QLabel* stepLabel() const { return step_; }

    /// Moves the session's clock forward, as if `ms` had passed (tests and screenshots).
    void fastForward(qint64 ms);

    /// Starts the session (as Start or Space).
    void startSession();
    /// Pauses or resumes a running step (as Space).
    void togglePause();
    /// Ends at once with a reason; saves what was done when the session had started.
    void stopSession(treat::StopReason reason);
    /// Records the pain after, saves the note and shows the end.
    void finishSession();

signals:
    /// The session's note was saved.
    void saved(const QString& noteId);

protected:
    void reject() override;

private:
    void tick();
    void refresh();
    void signalEnd();
    void save();
    qint64 now() const;
    QString phaseTitle() const;

    const catalogue::Catalogue& catalogue_;
    const catalogue::TriggerPoint& point_;
    const catalogue::Muscle* muscle_;
    JournalSession* journal_;
    PainDrawing* drawing_;
    std::unique_ptr<PainDrawing> mapDrawing_;
    std::unique_ptr<treat::Session> session_;
    QElapsedTimer clock_;
    qint64 offset_ = 0;
    treat::Phase shownPhase_ = treat::Phase::Before;
    QString savedNoteId_;
    std::string noteWhen_; ///< the time of the note, fixed at the first try to save it

    BodyMapWidget* map_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QSpinBox* painBefore_ = nullptr;
    QButtonGroup* pressTest_ = nullptr;
    QPushButton* start_ = nullptr;
    QLabel* step_ = nullptr;
    QLabel* countdown_ = nullptr;
    QLabel* repetition_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* next_ = nullptr;
    QSpinBox* painAfter_ = nullptr;
    QPushButton* finish_ = nullptr;
    QLabel* end_ = nullptr;
    QLabel* stopped_ = nullptr;
    QPushButton* saveAgain_ = nullptr;
    QPushButton* stop_ = nullptr;
    QTimer* timer_ = nullptr;
};

} // namespace tmap::app
