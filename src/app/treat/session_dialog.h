// treat/session_dialog: the guided self-release session of one or several trigger points ("Treat this", the Where
// page's selection, a saved plan): for each point where to press, the entry's technique and dose, pain before, the
// press test, the get-ready countdown, the timed holds, the stretch, pain after and the end signal, with "2 of 4";
// a Stop button for sharp, spreading or numb pain. The steps and their times are the core's (treat/session.h,
// treat/routine.h); this dialog shows them, keeps the clock and saves one note for the whole session.
#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "treat/routine.h"

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

class BodyMapWidget;
class JournalSession;
class PainDrawing;

/// One session of one or several trigger points, start to saved note; Space starts and pauses, Esc stops.
class SessionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)

public:
    /// One point of a session: the trigger point, its side, and the technique a plan chose ("" for the entry's).
    struct Point {
        const catalogue::TriggerPoint* point = nullptr;
        body::Side side = body::Side::None;
        std::string technique;
    };

    /// `drawing`: the Where page's drawing, if any: prefills "pain now" from its strongest spot and receives the
    /// press-test answer for the ranking. `timeScale` (0 < s <= 1) shortens every timer (tests, screenshots).
    SessionDialog(const catalogue::Catalogue& catalogue, const catalogue::TriggerPoint& point, body::Side side,
        JournalSession* journal, PainDrawing* drawing = nullptr, double timeScale = 1.0, QWidget* parent = nullptr);
    /// Several points, in order (at least one); `title` names the session (a plan's name) or is empty.
    SessionDialog(const catalogue::Catalogue& catalogue, const std::vector<Point>& points, const QString& title,
        JournalSession* journal, PainDrawing* drawing = nullptr, double timeScale = 1.0, QWidget* parent = nullptr);
    ~SessionDialog() override;

    /// The session treats the pain of the drawing (started from its results): the note it saves keeps the drawing's
    /// places, so that "Last time it hurt here" finds it on a later day. Off for a plan or an entry's session, which
    /// the drawing of the moment need not concern.
    void setKeepsDrawing(bool keeps);

    /// The current point's session.
    const treat::Session& session() const { return routine_->current(); }
    const treat::Routine& routine() const { return *routine_; }
    /// The saved note's id, once saved.
    QString savedNoteId() const { return savedNoteId_; }

    QSpinBox* painBeforeBox() const { return painBefore_; }
    QSpinBox* painAfterBox() const { return painAfter_; }
    /// How many times a hold's start or end was signalled (a beep where the desktop has sound).
    int signalsGiven() const { return signals_; }
    QPushButton* nextStepButton() const { return next_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* finishButton() const { return finish_; }
    QPushButton* stopButton() const { return stop_; }
    /// Shown at the end when the note could not be saved (another program kept the journal busy, Cancel, a full
    /// disk): saves the same note again.
    QPushButton* saveAgainButton() const { return saveAgain_; }
    QLabel* stepLabel() const { return step_; }
    QPushButton* skipButton() const { return skip_; }
    /// "Point 2 of 4: ..." above the steps (hidden for one point).
    QLabel* progressLabel() const { return pointLabel_; }
    /// The point's page: its safety box first, then where to press and the steps (the other way round once started).
    QTextBrowser* pointPage() const { return info_; }
    /// The end page: what was done and the tips (Done), or the safety text (Stopped).
    QLabel* endLabel() const { return end_; }
    QLabel* stoppedLabel() const { return stopped_; }
    /// "Read on" above Start: shown while the safety box runs on below the fold of the point's page.
    QLabel* readOnLabel() const { return moreBelow_; }
    /// The precautions of the step under way (pressing or stretching) in a box of their own above the point's page
    /// while it runs (the page itself turns past its safety box to where and how to press).
    QLabel* precautionsLabel() const { return mind_; }

    /// Moves the session's clock forward, as if `ms` had passed (tests and screenshots).
    void fastForward(qint64 ms);

    /// Starts the session (as Start or Space).
    void startSession();
    /// Start and Space: the safety text's unread rest first, if it runs on below the fold (the "Read on" line);
    /// then startSession().
    void startWhenRead();
    /// Pauses or resumes a running step (as Space).
    void togglePause();
    /// Ends at once with a reason; saves what was done when the session had started.
    void stopSession(treat::StopReason reason);
    /// Records the pain after and the press test; at the last point saves the note and shows the end, else goes on
    /// to the next point.
    void finishSession();
    /// Leaves the current point out and goes on (at the last point: ends and saves what was done).
    void skipPoint();

signals:
    /// The session's note was saved.
    void saved(const QString& noteId);

protected:
    void reject() override;

private:
    /// The press test's answer, when one is ticked, into the session and the drawing's answers.
    void recordPressTest();
    void tick();
    void refresh();
    /// Shows the current point: its X, how to find it, its technique, its "pain now" and the press test.
    void showPoint();
    void showStopped(treat::StopReason reason);
    /// The point's page: its safety box, then where and how to press (before the start); or the other way round
    /// (once started), at its top.
    void showPointPage(bool howFirst);
    /// Fills and shows the precautions' box for the step under way (hidden outside pressing and stretching).
    void showPrecautions(treat::Phase phase);
    /// Sizes the precautions' box to its lines at this width, up to two fifths of the window.
    void fitPrecautions();
    /// Shows "Read on" above Start while the safety box runs on below the page's fold.
    void showMoreBelow();
    treat::Session& current() { return routine_->current(); }
    /// A beep at a hold's start and end.
    void signalEnd();
    /// A step from `was` to `now` starts or ends a hold (of pressure or of a stretch).
    static bool holdStartsOrEnds(treat::Phase was, treat::Phase now);
    void save();
    qint64 now() const;
    QString phaseTitle() const;

    const catalogue::Catalogue& catalogue_;
    QString title_;
    JournalSession* journal_;
    PainDrawing* drawing_;
    std::vector<journal::Spot> drawingSpots_; ///< the drawing's places when the session was opened from it
    std::unique_ptr<PainDrawing> mapDrawing_;
    std::unique_ptr<treat::Routine> routine_;
    QElapsedTimer clock_;
    qint64 offset_ = 0;
    treat::Phase shownPhase_ = treat::Phase::Before;
    QString savedNoteId_;
    std::string noteWhen_; ///< the time of the note, fixed at the first try to save it

    BodyMapWidget* map_ = nullptr;
    QTextBrowser* info_ = nullptr;
    QLabel* pointLabel_ = nullptr;
    QLabel* lastPoint_ = nullptr;
    QPushButton* skip_ = nullptr;
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
    QLabel* mind_ = nullptr;
    int signals_ = 0;
    QLabel* unrated_ = nullptr; ///< under the pain after while it is not rated: what is lost without it
    QLabel* moreBelow_ = nullptr;
    QString pageHeading_; ///< the point's name over its page (a session of one point)
    bool howFirst_ = false; ///< the page shows where and how to press before its safety box
    QScrollArea* mindArea_ = nullptr;
    /// Turns the point's page to how to stretch.
    void showStretch();
    /// The point's page, in `phase`: shown but at the end, and while the precautions shown crowd it out.
    void showPointPageIfRoom(treat::Phase phase);
    bool crowded_ = false; ///< the precautions need more than their share: the point's page makes way while a step runs
    /// Whose precautions mind_ shows: the pressure's (getting ready and holding) or the stretch's.
    enum class MindStep { None, Press, Stretch };
    MindStep mindStep_ = MindStep::None;
    QPushButton* saveAgain_ = nullptr;
    QPushButton* stop_ = nullptr;
    QTimer* timer_ = nullptr;
};

} // namespace tmap::app
