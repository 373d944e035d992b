// where/narrow_panel: the "Narrow it down" question in words, its caution before pressing, replies and answers.
#include "app/where/narrow_panel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "app/widgets/answer_text.h"
#include "app/widgets/data_text.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/safety_html.h"
#include "app/widgets/section.h"
#include "app/widgets/stacked_height.h"
#include "app/widgets/text.h"
#include "app/widgets/warning_style.h"
#include "catalogue/catalogue.h"

namespace tmap::app {

NarrowPanel::NarrowPanel(const catalogue::Catalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , catalogue_(catalogue)
{
    // Never squeezed below what it needs (the map gives way instead): a cut question cannot be answered.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* section = new Section(tr("Narrow it down"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section);
    auto* body = section->body();
    body->setSpacing(4);

    // The answers first, the question and its buttons last: the panel sits at the foot of the page and grows
    // upward, so the buttons stay where the pointer is however many answers there are and however long the question
    // (they jumped up by a row at each answer when the answers came below them).
    answersHeading_ = new QLabel(tr("Your answers:"), section);
    body->addWidget(answersHeading_);
    answersScroll_ = new QScrollArea(section);
    answersScroll_->setWidgetResizable(true);
    answersScroll_->setFrameShape(QFrame::NoFrame);
    answersScroll_->setAccessibleName(tr("Your answers"));
    answersBox_ = new QWidget(answersScroll_);
    answersLayout_ = new QVBoxLayout(answersBox_);
    answersLayout_->setContentsMargins(0, 0, 0, 0);
    answersLayout_->setSpacing(2);
    answersScroll_->setWidget(answersBox_);
    body->addWidget(answersScroll_);
    new OnResize(
        answersScroll_, [this] { fitAnswers(); }, OnResize::When::Later);
    // The newest answer, next to the question, stays in view: the box grows once its new rows are laid out, after
    // setState, and the scroll bar's range says when.
    connect(answersScroll_->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        [this](int, int maximum) { answersScroll_->verticalScrollBar()->setValue(maximum); });

    prompt_ = new QLabel(section);
    prompt_->setWordWrap(true);
    prompt_->setTextFormat(Qt::PlainText);
    prompt_->setAccessibleName(tr("Question"));
    body->addWidget(prompt_);
    // A press test asks the person to press before any entry or session has shown its precautions: all of them go
    // with the question, the one that matters most (where not to press: the kidney under quadratus lumborum, the
    // artery beside sternocleidomastoid) first. A long list (soleus has eight) scrolls in a box of whole items, and
    // a line under it says how many are below, so that the map keeps its room and nothing is only in a tooltip.
    cautionScroll_ = new QScrollArea(section);
    cautionScroll_->setWidgetResizable(true);
    cautionScroll_->setFrameShape(QFrame::NoFrame);
    cautionScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cautionScroll_->setAccessibleName(tr("Before you press"));
    cautionBox_ = new QWidget(cautionScroll_);
    cautionBox_->setObjectName("pressCaution");
    cautionBox_->setAttribute(Qt::WA_StyledBackground);
    cautionLayout_ = new QVBoxLayout(cautionBox_);
    cautionLayout_->setContentsMargins(5, 4, 5, 4);
    cautionLayout_->setSpacing(2);
    cautionScroll_->setWidget(cautionBox_);
    cautionScroll_->hide();
    body->addWidget(cautionScroll_);
    cautionMore_ = new QLabel(section);
    cautionMore_->setWordWrap(true);
    cautionMore_->hide();
    body->addWidget(cautionMore_);
    new OnResize(
        cautionScroll_, [this] { fitCaution(); }, OnResize::When::Later);
    connect(cautionScroll_->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { tellCautionsBelow(); });

    buttons_ = new QWidget(section);
    auto* row = new QHBoxLayout(buttons_);
    row->setContentsMargins(0, 0, 0, 0);
    yes_ = new QPushButton(tr("&Yes"), buttons_);
    no_ = new QPushButton(tr("&No"), buttons_);
    unsure_ = new QPushButton(tr("Not s&ure"), buttons_);
    skip_ = new QPushButton(tr("S&kip"), buttons_);
    skip_->setToolTip(tr("Leave this question out for this drawing, without answering it"));
    show_ = new QPushButton(tr("Show on the body"), buttons_);
    show_->setToolTip(tr("Show the place this question is about on the body map"));
    for (auto* b : {yes_, no_, unsure_, skip_})
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(show_);
    body->addWidget(buttons_);
    connect(yes_, &QPushButton::clicked, this, [this] { reply(match::Reply::Yes); });
    connect(no_, &QPushButton::clicked, this, [this] { reply(match::Reply::No); });
    connect(unsure_, &QPushButton::clicked, this, [this] { reply(match::Reply::Unsure); });
    connect(skip_, &QPushButton::clicked, this, [this] {
        if (question_)
            emit skipped(question_->key);
    });
    connect(show_, &QPushButton::clicked, this, &NarrowPanel::showRequested);

    unskip_ = new QPushButton(tr("Ask the skipped questions again"), section);
    body->addWidget(unskip_, 0, Qt::AlignLeft);
    connect(unskip_, &QPushButton::clicked, this, &NarrowPanel::skipsCleared);

    setState(std::nullopt, {}, false);
}

void NarrowPanel::showCaution(const std::optional<match::Question>& question)
{
    // The same question again (the drawing changed, an intensity, say): the box as it is, scrolled where it was.
    std::string key;
    if (question && !question->precautions.empty()) {
        key = question->key.id();
        for (const auto& p : question->precautions)
            key += "\n" + p.text;
    }
    if (key == cautionKey_ && !key.empty())
        return;
    cautionKey_ = key;
    for (auto* item : cautionItems_) {
        cautionLayout_->removeWidget(item);
        delete item;
    }
    cautionItems_.clear();
    if (!question || question->precautions.empty()) {
        cautionScroll_->hide();
        cautionMore_->hide();
        return;
    }
    // Drawn as a warning; styled the first time it shows (a style sheet costs start-up time, and most drawings begin
    // with a question about a place).
    if (cautionBox_->styleSheet().isEmpty()) {
        // The box's room follows the window's height.
        new OnResize(
            window(),
            [panel = QPointer<NarrowPanel>(this)] {
                if (panel) // the resize's owner is the window, which outlives its parts
                    panel->fitCaution();
            },
            OnResize::When::Later);
        cautionBox_->setStyleSheet(warningFrameStyleSheet(palette(), cautionBox_->objectName(), 1, 3));
    }
    // The core's order: the muscle's own first (where not to press), then the techniques' (skin, blood thinners).
    // As every safety box: a technique's own precautions under its name when more than one technique is in play
    // (here the muscle's ways to press: catalogue::pressPrecautionsFor).
    const QStringList all
        = SafetyHtml::translated(question->precautions, catalogue::pressingTechniques(*question->muscle).size() > 1);
    const bool grip = question->point && question->point->grip;
    bool first = true;
    for (const auto& item : all) {
        const bool heading = SafetyHtml::isHeading(item);
        QString html = heading ? item : "&#8226; " + item;
        if (first && !heading)
            html = "<b>" + (grip ? tr("Grip gently.") : tr("Press gently.")) + "</b> " + item;
        first = first && heading;
        auto* label = new QLabel(html, cautionBox_);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setProperty("heading", heading); // a technique's name over its own: not one more to read
        cautionLayout_->addWidget(label);
        cautionItems_.push_back(label);
    }
    cautionScroll_->verticalScrollBar()->setValue(0);
    cautionScroll_->setAccessibleName(grip ? tr("Before you grip") : tr("Before you press"));
    cautionScroll_->setVisible(true);
    fitCaution();
}

void NarrowPanel::fitCaution()
{
    if (cautionItems_.empty())
        return;
    // Whole items, the first always, then as many as the window's height allows (below): a line cut in half is
    // neither read nor seen to go on.
    const QMargins m = cautionLayout_->contentsMargins();
    const int spacing = cautionLayout_->spacing();
    auto heightAt = [&](int width, std::size_t count) {
        int h = m.top() + m.bottom();
        for (std::size_t i = 0; i < count; ++i)
            h += cautionItems_[i]->heightForWidth(std::max(1, width - m.left() - m.right())) + (i > 0 ? spacing : 0);
        return h;
    };
    const int full = cautionScroll_->width();
    // The first item whole; in a window 720 px high or more, up to eight lines' worth of items, from 960 px fourteen
    // (all of soleus' eight at 1920x1080). The room is not measured from the window: a box sized by the window's height
    // grew the window it was sized by, and a window made small again kept the height the large one gave the box (at
    // 200%, 960x540 grew past the screen). Below 720 px the first item is all, the box's least, as tall as the window's
    // other parts allow.
    const int lines = window()->height() >= 960 ? 14 : window()->height() >= 720 ? 8 : 0;
    // Not laid out yet (a few pixels wide, every word a line): a small height for now, fitted again when the box has
    // its width. Sized by such a width, it made the window taller than it was asked to be.
    if (full < 20 * fontMetrics().averageCharWidth()) {
        cautionShown_ = 0;
        cautionScroll_->setFixedHeight(3 * fontMetrics().lineSpacing());
        return;
    }
    int height = heightAt(full, cautionItems_.size());
    std::size_t shown = cautionItems_.size();
    const int narrow = full - cautionScroll_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int budget = std::max(heightAt(narrow, 1), lines * fontMetrics().lineSpacing());
    if (height > budget) {
        // Not all: the box's text wraps beside a scroll bar; its height stops at the last whole item that fits.
        shown = 1;
        while (shown < cautionItems_.size() && heightAt(narrow, shown + 1) - m.bottom() <= budget)
            ++shown;
        // Up to the top of the next item, so that the box's foot shows it goes on.
        height = heightAt(narrow, shown) - m.bottom() + spacing;
    }
    cautionShown_ = shown;
    if (cautionScroll_->height() != height)
        cautionScroll_->setFixedHeight(height);
    tellCautionsBelow();
    // Once the new items are laid out (their places are not known before): counted again.
    QTimer::singleShot(0, this, &NarrowPanel::tellCautionsBelow);
}

void NarrowPanel::tellCautionsBelow()
{
    // How many precautions lie wholly or partly below the box's foot as it is scrolled now: at the top, those past
    // the items fitCaution chose to show (their places may not be laid out yet); scrolled, by where they lie.
    int below = 0;
    const int scrolled = cautionScroll_->verticalScrollBar()->value();
    const int foot = scrolled + cautionScroll_->viewport()->height();
    for (std::size_t i = 0; i < cautionItems_.size(); ++i)
        if (!cautionItems_[i]->property("heading").toBool()
            && (scrolled == 0 ? i >= cautionShown_ : cautionItems_[i]->geometry().bottom() > foot))
            ++below;
    if (cautionShown_ == 0 || cautionShown_ >= cautionItems_.size())
        below = 0;
    cautionMore_->setText(below == 1 ? tr("One more below: scroll the box to read it.")
                                     : tr("%1 more below: scroll the box to read them all.").arg(below));
    cautionMore_->setVisible(below > 0);
}

QString NarrowPanel::cautionText() const
{
    QStringList html;
    for (const auto* item : cautionItems_)
        html << item->text();
    return cautionScroll_->isHidden() ? QString() : html.join('\n');
}

QPushButton* NarrowPanel::replyButton(match::Reply reply) const
{
    switch (reply) {
    case match::Reply::Yes:
        return yes_;
    case match::Reply::No:
        return no_;
    case match::Reply::Unsure:
        return unsure_;
    }
    return nullptr;
}

QToolButton* NarrowPanel::undoButton(int row) const
{
    return row >= 0 && row < answerRows() ? undo_[static_cast<std::size_t>(row)] : nullptr;
}

void NarrowPanel::reply(match::Reply reply)
{
    if (question_)
        emit answered({question_->key, reply});
}

void NarrowPanel::setState(
    const std::optional<match::Question>& question, const std::vector<match::Answer>& answers, bool anySkipped)
{
    // A button that had the focus keeps it across questions (it is hidden only when there is nothing to ask), so
    // the keyboard user can answer one question after another.
    const QWidget* focused = QApplication::focusWidget();
    const bool replyHadFocus = focused && buttons_->isAncestorOf(focused);
    question_ = question;
    if (question) {
        prompt_->setText(questionText(catalogue_, *question));
    } else {
        prompt_->setText(answers.empty() && !anySkipped
                ? tr("Nothing to ask: no question would tell the likely sources apart.")
                : tr("Nothing more to ask: no further question would tell the likely sources apart."));
    }
    showCaution(question);
    buttons_->setVisible(question.has_value());
    show_->setVisible(question && question->key.kind != match::QuestionKind::Symptom); // a symptom has no place
    for (auto* b : {yes_, no_, unsure_, skip_, show_})
        b->setAccessibleDescription(question ? prompt_->text() : QString());
    unskip_->setVisible(!question && anySkipped);

    // The answers: few (one per question asked), so a row of widgets each rather than a view.
    // An Undo that had the keyboard focus hands it on, so that the keyboard user keeps a place on the page.
    const bool undoHadFocus
        = std::any_of(undo_.begin(), undo_.end(), [](const QToolButton* b) { return b->hasFocus(); });
    for (auto* b : undo_) {
        // Later, not now: this may run inside the clicked() of the very button that goes.
        QWidget* line = b->parentWidget();
        line->hide();
        answersLayout_->removeWidget(line);
        line->deleteLater();
    }
    undo_.clear();
    for (const auto& a : answers) {
        auto* line = new QWidget(answersBox_);
        auto* lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        const QString text = AnswerText::answer(catalogue_, a);
        auto* label = new QLabel(text, line);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto* undo = new QToolButton(line);
        undo->setText(tr("Undo"));
        undo->setAccessibleName(tr("Undo the answer: %1").arg(text));
        undo->setToolTip(tr("Take this answer back"));
        undo->setFocusPolicy(Qt::StrongFocus);
        lineLayout->addWidget(label, 1);
        lineLayout->addWidget(undo);
        answersLayout_->addWidget(line);
        const match::QuestionKey key = a.question;
        connect(undo, &QToolButton::clicked, this, [this, key] { emit undone(key); });
        undo_.push_back(undo);
    }
    answersHeading_->setVisible(!answers.empty());
    answersScroll_->setVisible(!answers.empty());
    fitAnswers();
    if ((undoHadFocus || (replyHadFocus && !question)) && !undo_.empty())
        undo_.back()->setFocus();
    else if (undoHadFocus && question)
        yes_->setFocus();
}

void NarrowPanel::fitAnswers()
{
    // Room for the last three answers as they wrap at this width (a row holds an Undo button and may take two
    // lines: a height per line of text cut them in half); more scroll, so the panel never pushes the map off the
    // page. The rows wrap at the box's width, less the scroll bar that more than three rows bring.
    const int width = answersScroll_->width()
        - (undo_.size() > 3 ? answersScroll_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) : 0);
    std::vector<const QWidget*> lines;
    for (auto it = undo_.rbegin(); it != undo_.rend() && lines.size() < 3; ++it)
        lines.push_back((*it)->parentWidget());
    const int height = stackedHeight(lines, width, answersLayout_->spacing());
    if (answersScroll_->height() != height)
        answersScroll_->setFixedHeight(height);
}

QString NarrowPanel::questionText(const catalogue::Catalogue& catalogue, const match::Question& question)
{
    const QString text = questionText(catalogue, question.key);
    if (question.key.kind != match::QuestionKind::Symptom || !question.symptomMuscle || question.symptomNote.empty())
        return text;
    // "(For example, Pectoralis major: ...)": one muscle's way of it, not the only yes; a muscle's name after "for
    // example" needs no article, in German either.
    return tr("%1 (For example, %2: %3)")
        .arg(text, DataText::muscleName(*question.symptomMuscle), DataText::text(question.symptomNote));
}

QString NarrowPanel::questionText(const catalogue::Catalogue& catalogue, const match::QuestionKey& question)
{
    switch (question.kind) {
    case match::QuestionKind::Press: {
        const auto* point = catalogue.triggerPoint(question.subject);
        if (!point)
            break;
        QString howTo = DataText::text(point->location).trimmed();
        while (howTo.endsWith('.'))
            howTo.chop(1);
        // A point in the neck's front is gripped between thumb and fingers, never pressed in (the carotid artery).
        if (point->grip)
            return tr("Grip here (%2): %1. %3. Grip it between thumb and fingers, without pressing into the neck. Does "
                      "it bring on your familiar pain?")
                .arg(AnswerText::point(catalogue, *point), AnswerText::side(question.side), howTo);
        // The side before the point's name, which may end in its own brackets ("Soleus, low (TrP1) (left)").
        return tr("Press here (%2): %1. %3. Does it bring on your familiar pain?")
            .arg(AnswerText::point(catalogue, *point), AnswerText::side(question.side), howTo);
    }
    case match::QuestionKind::Region:
        return tr("Do you also feel pain here: %1?").arg(AnswerText::place(catalogue, question.subject));
    case match::QuestionKind::Symptom:
        return tr("Do you also have this symptom: %1?").arg(AnswerText::symptom(catalogue, question.subject));
    }
    return qs(question.id());
}

} // namespace tmap::app
