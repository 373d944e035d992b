// narrow_panel: the "Narrow it down" part of the Where-it-hurts page - the one question the core chose to tell
// the likely sources apart (press a trigger point, pain in another place, a symptom), phrased in plain words,
// with Yes / No / Not sure / Skip, and the answers given so far, each with an Undo.
#pragma once

#include <QWidget>
#include <optional>
#include <string>
#include <vector>

#include "match/questions.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace tmap::app {

/// Shows a question and the answers; the page decides what to ask and keeps the answers in its drawing.
class NarrowPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NarrowPanel)

public:
    explicit NarrowPanel(const catalogue::Catalogue& catalogue, QWidget* parent = nullptr);

    /// Shows `question` (nothing: nothing useful is left to ask), the answers given so far, and whether any
    /// question was skipped (then they can be asked again).
    void setState(
        const std::optional<match::Question>& question, const std::vector<match::Answer>& answers, bool anySkipped);
    const std::optional<match::Question>& question() const { return question_; }

    /// The question in plain words: "Press here (left): ... Does it bring on your familiar pain?"
    static QString questionText(const catalogue::Catalogue& catalogue, const match::QuestionKey& question);
    /// The same, and for a symptom how the likeliest candidate known for it shows it ("... (For example, Pectoralis
    /// major: ...)").
    static QString questionText(const catalogue::Catalogue& catalogue, const match::Question& question);

    // The parts, for tests and keyboard wiring.
    QLabel* questionLabel() const { return prompt_; }
    /// Under a press test: how gently to press and where not to, every precaution (the muscle's own first), in a box
    /// that scrolls when they do not fit. Hidden for other questions.
    QScrollArea* cautionBox() const { return cautionScroll_; }
    /// The box's items as shown (rich text, one per line); empty when it is hidden.
    QString cautionText() const;
    /// The line under the box saying how many precautions are below its foot (hidden when none is).
    QLabel* cautionsBelowLabel() const { return cautionMore_; }
    QPushButton* replyButton(match::Reply reply) const;
    QPushButton* skipButton() const { return skip_; }
    QPushButton* showButton() const { return show_; }
    /// The Undo button of the answer on `row` (oldest first), or null.
    QToolButton* undoButton(int row) const;
    int answerRows() const { return static_cast<int>(undo_.size()); }

signals:
    void answered(const match::Answer& answer);
    void skipped(const match::QuestionKey& question);
    void undone(const match::QuestionKey& question);
    /// "Ask skipped questions again".
    void skipsCleared();
    /// "Show on the body": the map should show this question's place again.
    void showRequested();

private:
    void reply(match::Reply reply);
    void showCaution(const std::optional<match::Question>& question);
    /// Sizes the answers' box to show the last three as they wrap now (the scroll bar's range keeps the newest in
    /// view).
    void fitAnswers();
    /// Sizes the precautions' box: the first item, and in a window 720 px high or more whole items up to eight
    /// lines (fourteen from 960 px); a scroll bar for the rest.
    void fitCaution();
    /// Says under the box how many precautions are still below its foot.
    void tellCautionsBelow();

    const catalogue::Catalogue& catalogue_;
    std::optional<match::Question> question_;
    QLabel* prompt_;
    QScrollArea* cautionScroll_;
    QWidget* cautionBox_;
    QVBoxLayout* cautionLayout_;
    std::vector<QLabel*> cautionItems_;
    std::size_t cautionShown_ = 0;
    std::string cautionKey_; ///< the question and precautions the box shows ("" when hidden)
    QLabel* cautionMore_;
    QWidget* buttons_;
    QPushButton* yes_;
    QPushButton* no_;
    QPushButton* unsure_;
    QPushButton* skip_;
    QPushButton* show_;
    QPushButton* unskip_;
    QLabel* answersHeading_;
    QScrollArea* answersScroll_;
    QWidget* answersBox_;
    QVBoxLayout* answersLayout_;
    std::vector<QToolButton*> undo_;
};

} // namespace tmap::app
