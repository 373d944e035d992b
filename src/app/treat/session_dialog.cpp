// treat/session_dialog: the session dialog's pages and clock (start, pause, skip, stop), precautions and its note.
#include "app/treat/session_dialog.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/journal_session.h"
#include "app/widgets/data_text.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/point_html.h"
#include "app/widgets/safety_html.h"
#include "app/widgets/secondary_text.h"
#include "app/widgets/technique_html.h"
#include "app/widgets/warning_style.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"

namespace tmap::app {

namespace {

enum Page { BeforePage, RunningPage, AfterPage, EndPage };

Page pageOf(treat::Phase phase)
{
    switch (phase) {
    case treat::Phase::Before:
        return BeforePage;
    case treat::Phase::After:
        return AfterPage;
    case treat::Phase::Done:
    case treat::Phase::Stopped:
        return EndPage;
    default:
        return RunningPage;
    }
}

QSpinBox* painBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setRange(-1, 10);
    box->setSpecialValueText(SessionDialog::tr("not rated"));
    box->setAccessibleName(name);
    box->setMinimumWidth(90);
    box->setValue(-1); // "not rated" until the user rates it
    return box;
}

std::optional<int> painOf(const QSpinBox* box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

namespace {

std::vector<treat::Plan> plansOf(
    const catalogue::Catalogue& catalogue, const std::vector<SessionDialog::Point>& points, double timeScale)
{
    std::vector<treat::Plan> plans;
    for (const auto& p : points) {
        Q_ASSERT(p.point);
        const auto* muscle = catalogue.muscle(p.point->muscleId);
        Q_ASSERT(muscle);
        plans.push_back(treat::planFor(*muscle, *p.point, p.side, timeScale, p.technique));
    }
    return plans;
}

} // namespace

SessionDialog::SessionDialog(const catalogue::Catalogue& catalogue, const catalogue::TriggerPoint& point,
    body::Side side, JournalSession* journal, PainDrawing* drawing, double timeScale, QWidget* parent)
    : SessionDialog(catalogue, {Point {&point, side, {}}}, {}, journal, drawing, timeScale, parent)
{
}

SessionDialog::SessionDialog(const catalogue::Catalogue& catalogue, const std::vector<Point>& points,
    const QString& title, JournalSession* journal, PainDrawing* drawing, double timeScale, QWidget* parent)
    : QDialog(parent)
    , catalogue_(catalogue)
    , title_(title)
    , journal_(journal)
    , drawing_(drawing)
    , mapDrawing_(std::make_unique<PainDrawing>())
{
    routine_ = std::make_unique<treat::Routine>(plansOf(catalogue, points, timeScale));
    resize(1100, 760);

    map_ = new BodyMapWidget(catalogue.body(), *mapDrawing_, this);
    map_->setAttribute(Qt::WA_TransparentForMouseEvents);
    map_->setFocusPolicy(Qt::NoFocus);
    map_->setAccessibleName(tr("Where to press"));

    info_ = new QTextBrowser(this);
    info_->setOpenLinks(false);
    info_->setAccessibleName(tr("How to find the point and what to do"));
    // The safety box's colours (widgets/warning_style): the same as the entry pages' "Before you press".
    info_->document()->setDefaultStyleSheet(safetyCss(palette()));

    pointLabel_ = new QLabel(this);
    pointLabel_->setObjectName("sessionPoint");
    pointLabel_->setWordWrap(true);
    QFont bold = pointLabel_->font();
    bold.setBold(true);
    pointLabel_->setFont(bold);
    pointLabel_->setVisible(routine_->count() > 1);

    // Once started, the point's page turns to where and how to press, past its safety box: the precautions of the
    // step under way (the pressure's or the stretch's, and the muscle's) stay in view above it in a box of their own,
    // one a line, as tall as they need up to three fifths of the window, scrolling beyond (at 200% in German the
    // longest were cut off). The signs that send a person to a clinician were read before Start, and the stop button
    // names the signs to stop for.
    mind_ = new QLabel;
    mind_->setObjectName("sessionPrecautions");
    mind_->setWordWrap(true);
    mind_->setTextFormat(Qt::RichText);
    mind_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mind_->setStyleSheet(cautionLabelStyleSheet(palette(), 1, 4, 6));
    mindArea_ = new QScrollArea(this);
    mindArea_->setFrameShape(QFrame::NoFrame);
    mindArea_->setWidgetResizable(true);
    mindArea_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mindArea_->setWidget(mind_);
    mindArea_->hide();
    // Its height follows its width (the lines wrap) and the window's (its most): measured when either changes. Shown
    // for the first time it is laid out at its real width only after the event loop turns.
    new OnResize(this, [this] { fitPrecautions(); });
    new OnResize(mindArea_, [this] { fitPrecautions(); });
    connect(info_->verticalScrollBar(), &QScrollBar::valueChanged, this, &SessionDialog::showMoreBelow);
    new OnResize(info_, [this] { showMoreBelow(); }); // a taller window may show the whole safety text
    connect(info_->verticalScrollBar(), &QScrollBar::rangeChanged, this, &SessionDialog::showMoreBelow);

    pages_ = new QStackedWidget(this);

    // Before: pain now, Start.
    auto* before = new QWidget(pages_);
    auto* beforeForm = new QFormLayout(before);
    beforeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    lastPoint_ = new QLabel(before);
    lastPoint_->setWordWrap(true);
    lastPoint_->hide();
    beforeForm->addRow(lastPoint_);
    // When the safety box runs on below the page's fold (a small window, 200%), a line says so above Start, until
    // the page has been scrolled past its end.
    moreBelow_
        = new QLabel(tr("<b>Read on:</b> the safety text goes on below; Start shows the rest of it first."), before);
    moreBelow_->setWordWrap(true);
    moreBelow_->setStyleSheet(cautionLabelStyleSheet(palette(), 1, 4, 4));
    moreBelow_->hide();
    beforeForm->addRow(moreBelow_);
    painBefore_ = painBox(before, tr("Pain now, before"));
    beforeForm->addRow(tr("Pain &now (0-10):"), painBefore_);
    start_ = new QPushButton(tr("&Start (Space)"), before);
    start_->setDefault(true);
    skip_ = new QPushButton(tr("S&kip this point"), before);
    skip_->setAutoDefault(false);
    skip_->setVisible(routine_->count() > 1);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(start_);
    startRow->addWidget(skip_);
    startRow->addStretch(1);
    beforeForm->addRow(startRow);
    pages_->addWidget(before);

    // Running: the step, its countdown, which repetition, pause and next.
    auto* running = new QWidget(pages_);
    auto* runLayout = new QVBoxLayout(running);
    step_ = new QLabel(running);
    QFont big = step_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    step_->setFont(big);
    countdown_ = new QLabel(running);
    QFont huge = countdown_->font();
    huge.setPointSizeF(huge.pointSizeF() * 3); // big enough to read from a step away, and leaves the precautions room
    huge.setBold(true);
    countdown_->setFont(huge);
    countdown_->setAccessibleName(tr("Time left"));
    repetition_ = new QLabel(running);
    progress_ = new QProgressBar(running);
    progress_->setTextVisible(false);
    auto* runButtons = new QHBoxLayout;
    pause_ = new QPushButton(tr("&Pause (Space)"), running);
    next_ = new QPushButton(tr("Ne&xt step"), running);
    runButtons->addWidget(pause_);
    runButtons->addWidget(next_);
    runButtons->addStretch(1);
    runLayout->addWidget(step_);
    runLayout->addWidget(countdown_);
    runLayout->addWidget(repetition_);
    runLayout->addWidget(progress_);
    runLayout->addLayout(runButtons);
    runLayout->addStretch(1);
    pages_->addWidget(running);

    // After: pain now again, then save.
    auto* after = new QWidget(pages_);
    auto* afterForm = new QFormLayout(after);
    afterForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* timesUp = new QLabel("<b>" + tr("Time is up: let go and rest.") + "</b>", after);
    timesUp->setStyleSheet("QLabel { font-size: 150%; }");
    afterForm->addRow(timesUp);
    // The press test, once the point has been pressed (asked before Start, it came before the person was told how to
    // find the point).
    auto* pressRow = new QHBoxLayout;
    pressTest_ = new QButtonGroup(after);
    const std::pair<treat::PressTest, QString> replies[] {{treat::PressTest::Yes, tr("&Yes")},
        {treat::PressTest::No, tr("N&o")}, {treat::PressTest::NotSure, tr("Not s&ure")}};
    for (const auto& [answer, label] : replies) {
        auto* b = new QRadioButton(label, after);
        b->setObjectName(answer == treat::PressTest::Yes ? "pressYes"
                : answer == treat::PressTest::No         ? "pressNo"
                                                         : "pressNotSure");
        pressTest_->addButton(b, static_cast<int>(answer));
        pressRow->addWidget(b);
    }
    pressRow->addStretch(1);
    auto* pressLabel = new QLabel(tr("Did pressing the point bring on your familiar pain?"), after);
    pressLabel->setWordWrap(true);
    afterForm->addRow(pressLabel);
    afterForm->addRow(pressRow);
    painAfter_ = painBox(after, tr("Pain now, after"));
    afterForm->addRow(tr("Pain no&w (0-10):"), painAfter_);
    // Saved without it, the session says nothing later about what helped ("What helped most" and "Last time" count
    // the sessions rated before and after): said while the box is empty, not asked in a dialog.
    unrated_ = new QLabel(tr("Without the pain now, this session cannot show later whether it helped."), after);
    unrated_->setObjectName("unratedHint");
    unrated_->setWordWrap(true);
    new SecondaryText(unrated_);
    afterForm->addRow(unrated_);
    connect(painAfter_, &QSpinBox::valueChanged, unrated_, [this] { unrated_->setVisible(!painOf(painAfter_)); });
    finish_ = new QPushButton(tr("&Finish and save"), after);
    afterForm->addRow(finish_);
    pages_->addWidget(after);

    // End: done, or stopped with the entry's precautions and red flags - in a scroll area, so that a long list
    // (the warnings of a muscle, the tips of several) is never cut at the foot of a small window.
    auto* endScroll = new QScrollArea(pages_);
    endScroll->setWidgetResizable(true);
    endScroll->setFrameShape(QFrame::NoFrame);
    auto* end = new QWidget(endScroll);
    auto* endLayout = new QVBoxLayout(end);
    end_ = new QLabel(end);
    end_->setWordWrap(true);
    end_->setTextFormat(Qt::RichText);
    stopped_ = new QLabel(end);
    stopped_->setWordWrap(true);
    stopped_->setTextFormat(Qt::RichText);
    stopped_->setStyleSheet(warningLabelStyleSheet(palette(), 1, 4, 8));
    stopped_->hide();
    saveAgain_ = new QPushButton(tr("&Save to journal again"), end);
    saveAgain_->setAutoDefault(false);
    saveAgain_->hide();
    connect(saveAgain_, &QPushButton::clicked, this, [this] {
        save();
        refresh();
    });
    endLayout->addWidget(end_);
    endLayout->addWidget(saveAgain_, 0, Qt::AlignLeft);
    endLayout->addWidget(stopped_);
    endLayout->addStretch(1);
    endScroll->setWidget(end);
    pages_->addWidget(endScroll);

    // A button that says what it does, "Stop now", and when: solid red with white text, so that it reads as the
    // button to press in trouble (styled as the warning boxes, it read as one more notice). The stop sign is drawn
    // white on it (the style's icon is dark grey).
    QPixmap stopSign(64, 64);
    stopSign.fill(Qt::transparent);
    {
        QPainter painter(&stopSign);
        painter.fillRect(QRect(8, 8, 48, 48), Qt::white);
    }
    stop_
        = new QPushButton(QIcon(stopSign), tr("Stop now if the pain turns sharp or spreads, or numbness starts"), this);
    stop_->setStyleSheet(stopButtonStyleSheet());
    stop_->setAutoDefault(false);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(stop_);
    bottom->addStretch(1);
    bottom->addWidget(close);

    // The steps take the height of the page shown, not of the tallest page (a stack is as tall as its tallest
    // page): the room left goes to the point's page above, whose safety text it shows more of.
    auto fitPages = [this](int shown) {
        for (int i = 0; i < pages_->count(); ++i)
            pages_->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        pages_->updateGeometry();
    };
    connect(pages_, &QStackedWidget::currentChanged, this, fitPages);
    fitPages(pages_->currentIndex());

    auto* column = new QVBoxLayout;
    column->addWidget(pointLabel_);
    column->addWidget(mindArea_, 3); // the precautions take the room they need first, up to their most
    column->addWidget(info_, 1); // the point's page takes what the steps below leave
    column->addWidget(pages_, 0);
    column->addLayout(bottom);
    auto* layout = new QHBoxLayout(this);
    // The figure is as tall as the window lets it be and narrower than that: a third of the width holds it, and the
    // text beside it gets the rest (shorter pages, more of the safety text in view).
    layout->addWidget(map_, 1);
    layout->addLayout(column, 2);

    connect(start_, &QPushButton::clicked, this, &SessionDialog::startWhenRead);
    connect(skip_, &QPushButton::clicked, this, &SessionDialog::skipPoint);
    connect(pause_, &QPushButton::clicked, this, &SessionDialog::togglePause);
    connect(next_, &QPushButton::clicked, this, [this] {
        const auto was = current().phase();
        current().next(now());
        if (holdStartsOrEnds(was, current().phase()))
            signalEnd();
        refresh();
    });
    connect(finish_, &QPushButton::clicked, this, &SessionDialog::finishSession);
    connect(stop_, &QPushButton::clicked, this, [this] { stopSession(treat::StopReason::SharpSpreadingOrNumb); });
    connect(close, &QPushButton::clicked, this, &SessionDialog::reject);
    auto* space = new QShortcut(Qt::Key_Space, this);
    connect(space, &QShortcut::activated, this, [this] {
        if (routine_->finished())
            return;
        if (current().phase() == treat::Phase::Before)
            startWhenRead();
        else if (!current().finished() && current().phase() != treat::Phase::After)
            togglePause();
    });

    timer_ = new QTimer(this);
    timer_->setInterval(100);
    connect(timer_, &QTimer::timeout, this, &SessionDialog::tick);
    clock_.start();
    showPoint();
}

void SessionDialog::showPoint()
{
    const auto& plan = current().plan();
    const auto& point = *plan.point;
    const QString name = DataText::pointName(point);
    // The side in words, not only as R and L on the picture: a person with pain on the left must not press the right.
    QString sided = PointHtml::sidedName(name, plan.side);
    if (plan.side == body::Side::None)
        sided += " " + tr("(the picture shows the right side)");
    if (routine_->count() == 1)
        setWindowTitle(tr("Treat: %1").arg(sided));
    else
        setWindowTitle((title_.isEmpty() ? tr("Guided session") : title_) + " - "
            + tr("point %1 of %2").arg(routine_->index() + 1).arg(routine_->count()));
    pointLabel_->setText(tr("Point %1 of %2: %3").arg(routine_->index() + 1).arg(routine_->count()).arg(sided));

    // Where to press: the X of the point's pattern, in the view that shows the X and most of the pattern.
    const body::Side shown = plan.side == body::Side::None ? body::Side::Right : plan.side;
    map_->setPattern({&point, shown, catalogue_.muscle(point.muscleId)});
    const std::string view = catalogue::bestPressView(catalogue_.body(), point, shown, "front");
    map_->setView(QString::fromStdString(view));
    // Closer in on the place, as the entry's pictures are framed (the core's frame: the X, the whole pattern and a
    // landmark): a point in the temple was a few pixels of a whole figure.
    map_->frameOn([this, &point, shown, view](double aspect) -> std::optional<QRectF> {
        const auto frame = catalogue::patternFrame(catalogue_.body(), point, shown, view, aspect);
        return frame ? std::optional(BodyPainter::rectOf(*frame)) : std::nullopt;
    });

    // The point's name heads its page; in a session of several the line above the page says it ("Point 2 of 3:
    // ..."), and the page does not say it again (at 200% the two took a fifth of the column).
    pageHeading_ = routine_->count() > 1 ? QString() : "<h2>" + sided.toHtmlEscaped() + "</h2>";
    showPointPage(false); // the safety text first
    mindStep_ = MindStep::None; // the box is filled for the step under way (refresh)

    // Pain now: where the last point left it, else the drawing's strongest spot.
    int pain = current().painBefore().value_or(-1);
    if (routine_->index() == 0 && drawing_)
        for (const auto& s : drawing_->spots())
            pain = std::max(pain, s.intensity);
    painBefore_->setValue(pain);
    pressTest_->setExclusive(false);
    for (auto* b : pressTest_->buttons())
        b->setChecked(false);
    pressTest_->setExclusive(true);
    if (routine_->index() > 0) {
        const auto& previous = routine_->at(routine_->index() - 1);
        const QString was = DataText::pointName(*previous.plan().point);
        lastPoint_->setText(routine_->skipped(routine_->index() - 1) ? tr("Skipped: %1.").arg(was)
                : previous.painBefore() && previous.painAfter()      ? tr("Done: %1, pain %2 before, %3 after.")
                                                                      .arg(was)
                                                                      .arg(*previous.painBefore())
                                                                      .arg(*previous.painAfter())
                                                                : tr("Done: %1.").arg(was));
        lastPoint_->show();
    }
    skip_->setText(routine_->last() ? tr("S&kip this point and end") : tr("S&kip this point"));
    start_->setFocus();
    refresh();
}

SessionDialog::~SessionDialog() = default;

qint64 SessionDialog::now() const
{
    return clock_.elapsed() + offset_;
}

void SessionDialog::fastForward(qint64 ms)
{
    offset_ += ms;
    tick();
}

void SessionDialog::startWhenRead()
{
    // While the safety text runs on below the fold ("Read on" above Start), Start (or Space) first turns the page to
    // show the rest of it: it started at once, the warning signs half read (at 200% three of six in view).
    if (moreBelow_ && moreBelow_->isVisible()) {
        auto* bar = info_->verticalScrollBar();
        bar->setValue(bar->value() + std::max(bar->pageStep() * 3 / 4, info_->fontMetrics().lineSpacing()));
        showMoreBelow();
        return;
    }
    startSession();
}

void SessionDialog::startSession()
{
    if (routine_->finished() || current().phase() != treat::Phase::Before)
        return;
    current().setPainBefore(painOf(painBefore_));
    current().start(now());
    timer_->start();
    refresh();
}

void SessionDialog::togglePause()
{
    if (current().paused())
        current().resume(now());
    else
        current().pause(now());
    refresh();
}

void SessionDialog::setKeepsDrawing(bool keeps)
{
    // The places as they are now: the window stays usable during the session, and the drawing may change before the
    // note is saved (cleared, or another place drawn).
    drawingSpots_ = keeps && drawing_ ? drawing_->noteSpots() : std::vector<journal::Spot>();
}

void SessionDialog::tick()
{
    const auto was = current().phase();
    if (current().update(now()) && holdStartsOrEnds(was, current().phase()))
        signalEnd();
    refresh();
}

bool SessionDialog::holdStartsOrEnds(treat::Phase was, treat::Phase now)
{
    // A hold's end, and its start after the countdown to get ready (the next hold began without a sign).
    const auto holding = [](treat::Phase p) { return p == treat::Phase::Hold || p == treat::Phase::Stretch; };
    return holding(was) || holding(now);
}

void SessionDialog::signalEnd()
{
    // Heard where the desktop has sound; the page that changes is the signal that is always there.
    ++signals_;
    QApplication::beep();
}

void SessionDialog::stopSession(treat::StopReason reason)
{
    if (routine_->finished())
        return;
    if (current().phase() == treat::Phase::Before)
        current().setPainBefore(painOf(painBefore_));
    recordPressTest();
    // On the rating step the pain after, when given, is kept (a stop there dropped it).
    routine_->stop(reason, now(), painOf(painAfter_));
    timer_->stop();
    save(); // what was done, when anything was
    showStopped(reason);
    refresh();
}

void SessionDialog::showPointPage(bool howFirst)
{
    const auto& plan = current().plan();
    const QString safety = PointHtml::safetyBox(catalogue_, plan);
    const QString how = PointHtml::howToPress(plan);
    info_->setHtml(pageHeading_ + (howFirst ? how + safety : safety + how));
    info_->verticalScrollBar()->setValue(0);
    howFirst_ = howFirst;
}

void SessionDialog::showPointPageIfRoom(treat::Phase phase)
{
    info_->setVisible(pageOf(phase) != EndPage && !(!mindArea_->isHidden() && crowded_));
}

void SessionDialog::showStretch()
{
    const QString heading = PointHtml::tr("Then stretch: %1").section(QStringLiteral("%1"), 0, 0).trimmed();
    const QTextCursor found = info_->document()->find(heading);
    if (found.isNull())
        return;
    const QRectF block = info_->document()->documentLayout()->blockBoundingRect(found.block());
    info_->verticalScrollBar()->setValue(static_cast<int>(block.top()));
}

void SessionDialog::showPrecautions(treat::Phase phase)
{
    const MindStep step = phase == treat::Phase::Stretch || phase == treat::Phase::StretchGetReady ? MindStep::Stretch
        : phase == treat::Phase::Hold || phase == treat::Phase::GetReady                           ? MindStep::Press
                                                                                                   : MindStep::None;
    if (step == MindStep::None) {
        mindArea_->hide();
        return;
    }
    const bool refill = step != mindStep_;
    if (refill) {
        const bool stretch = step == MindStep::Stretch;
        const auto& plan = current().plan();
        const catalogue::Technique* technique = stretch ? plan.stretch : plan.pressure;
        const QStringList cautions = SafetyHtml::precautions({technique}, *plan.muscle);
        // How hard, in sight while the hands are busy (it was only on the point's page, below the fold).
        const QString hard = technique && !technique->intensity.empty()
            ? "<p>" + TechniqueHtml::howHard(*technique) + "</p>"
            : QString();
        mind_->setText(hard
            + (cautions.isEmpty() ? QString()
                                  : "<b>" + (stretch ? tr("While you stretch:") : tr("While you press:")) + "</b>"
                        + SafetyHtml::items(cautions)));
        mindStep_ = step;
    }
    if (refill || mindArea_->isHidden() != mind_->text().isEmpty()) {
        mindArea_->setVisible(!mind_->text().isEmpty());
        fitPrecautions();
    }
}

void SessionDialog::showMoreBelow()
{
    if (!moreBelow_)
        return;
    // Only before the start (refresh() calls this at every tick of a running step).
    if (routine_->finished() || pageOf(current().phase()) != BeforePage) {
        moreBelow_->hide();
        return;
    }
    // The safety box ends where "Where to press" begins (the anchor "how"): is that line in view, or above it?
    int end = -1;
    auto* layout = info_->document()->documentLayout();
    for (auto block = info_->document()->begin(); block.isValid() && end < 0; block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains("how")) {
                end = static_cast<int>(layout->blockBoundingRect(block).top());
                break;
            }
    const auto* bar = info_->verticalScrollBar();
    const bool hidden = end >= 0 && end > bar->value() + info_->viewport()->height();
    moreBelow_->setVisible(hidden);
}

void SessionDialog::fitPrecautions()
{
    if (mindArea_->isHidden())
        return;
    // As tall as the lines need at this width, up to three fifths of the window (the point's page above scrolls
    // instead: during the hold the hands are busy, and the precautions are what must stay in sight); the box scrolls
    // beyond. Only the most follows the window: a least that grew with it would make the window grow with it, without
    // end.
    const int need = std::max(1, mind_->heightForWidth(mindArea_->width()));
    const int most = std::max(1, height() * 3 / 5);
    // More than the room they share with the point's page leaves them (a long list, 200%, German): the point's page
    // gives them its room while the step runs - where to press is drawn on the map, and was read before Start. The
    // precautions were cut off mid-line (plantaris' last three at 200%, "In pregnancy, skip the face-down position"
    // among them). The room is what the two share: from the box's top down to the steps' page, as tall as that page
    // needs, above the bottom row - measured the same whether the point's page shows or not, so that it comes back
    // when the window grows (measured from the box alone, it never did).
    const int spacing = std::max(0, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    const int shared
        = stop_->geometry().top() - mindArea_->geometry().top() - pages_->sizeHint().height() - 3 * spacing;
    const int pageLeast = std::max(4 * fontMetrics().lineSpacing(), info_->minimumSizeHint().height());
    // Not laid out yet (the bottom row still at the top): no room is known, nothing is hidden until it is.
    const bool laidOut = stop_->geometry().top() > mindArea_->geometry().top();
    crowded_ = need > most || (laidOut && need > shared - pageLeast);
    showPointPageIfRoom(current().phase());
    mindArea_->setMaximumHeight(crowded_ ? need : std::min(need, most));
    mindArea_->setMinimumHeight(std::min({need, most, 5 * fontMetrics().lineSpacing()}));
    // A scroll bar whenever the box has less than the lines need: beyond its most, or squeezed below it by the steps
    // under it in a short window (never cut off without a sign that more follows).
    const auto policy = need > std::min(most, mindArea_->height()) ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff;
    if (mindArea_->verticalScrollBarPolicy() != policy) // setting it lays the area out again
        mindArea_->setVerticalScrollBarPolicy(policy);
}

void SessionDialog::showStopped(treat::StopReason reason)
{
    const auto& plan = current().plan();
    QString text;
    if (reason == treat::StopReason::SharpSpreadingOrNumb)
        text += "<p><b>" + tr("Stopped. Let go of the point now.") + "</b> "
            + tr("Sharp or spreading pain, or numbness, is a sign to stop, not to press harder.") + "</p>";
    // The same pieces as the "Before you press" box the session opened with (widgets/safety_html).
    const QStringList cautions = SafetyHtml::precautions({plan.pressure, plan.stretch}, *plan.muscle);
    if (!cautions.isEmpty())
        text += "<p><b>" + tr("Precautions") + "</b></p>" + SafetyHtml::items(cautions);
    const QStringList flags = SafetyHtml::clinicianSigns(catalogue_, *plan.muscle);
    if (!flags.isEmpty())
        text += "<p><b>" + tr("Warning signs: if one applies, see a doctor") + "</b></p>" + SafetyHtml::items(flags);
    stopped_->setText(text);
    stopped_->setVisible(!text.isEmpty());
}

void SessionDialog::recordPressTest()
{
    if (pressTest_->checkedId() < 0)
        return;
    current().setPressTest(static_cast<treat::PressTest>(pressTest_->checkedId()));
    if (const auto answer = current().pressAnswer(); answer && drawing_ && !drawing_->spots().isEmpty())
        drawing_->setAnswer(*answer); // the ranking reads it like an answer to "Narrow it down"
}

void SessionDialog::finishSession()
{
    if (current().phase() != treat::Phase::After)
        return;
    recordPressTest();
    current().finish(painOf(painAfter_), now());
    timer_->stop();
    signalEnd();
    routine_->next(now());
    if (routine_->finished()) {
        save();
        refresh();
        return;
    }
    painAfter_->setValue(-1);
    showPoint();
}

void SessionDialog::skipPoint()
{
    if (routine_->finished())
        return;
    routine_->skip(now());
    timer_->stop();
    if (routine_->finished()) {
        save();
        refresh();
        return;
    }
    showPoint();
}

void SessionDialog::reject()
{
    // Esc stops a session that is running or has points done (and keeps what was done); a second Esc, or Esc
    // before anything started, closes.
    if (!routine_->finished() && (current().phase() != treat::Phase::Before || !routine_->treated().empty())) {
        stopSession(treat::StopReason::UserStopped);
        return;
    }
    QDialog::reject();
}

void SessionDialog::save()
{
    if (!journal_ || !savedNoteId_.isEmpty())
        return;
    if (noteWhen_.empty())
        noteWhen_ = journal::nowLocal(); // a second try saves the same note
    auto note = routine_->toNote(noteWhen_, now());
    if (note.treatments.empty())
        return; // nothing was started: nothing to keep
    note.spots = drawingSpots_;
    const auto points = routine_->treated();
    QStringList lines;
    if (points.size() > 1)
        lines << tr("Guided session of %n points.", nullptr, static_cast<int>(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& s = *points[i];
        if (points.size() > 1)
            lines << QString();
        lines << tr("Guided session: %1 (%2).")
                     .arg(DataText::pointName(*s.plan().point), DataText::text(note.treatments[i].technique));
        switch (s.pressTest()) {
        case treat::PressTest::Yes:
            lines << tr("Pressing brought on the familiar pain.");
            break;
        case treat::PressTest::No:
            lines << tr("Pressing did not bring on the familiar pain.");
            break;
        case treat::PressTest::NotSure:
            lines << tr("Not sure whether pressing brought on the familiar pain.");
            break;
        case treat::PressTest::NotAsked:
            break;
        }
        if (s.plan().repetitions > 0)
            lines << tr("Holds done: %1 of %2.").arg(s.holdsDone()).arg(s.plan().repetitions);
    }
    if (const auto reason = routine_->stopReason())
        lines << (*reason == treat::StopReason::SharpSpreadingOrNumb
                ? tr("Stopped early: sharp or spreading pain, or numbness.")
                : tr("Stopped early."));
    note.text = lines.join('\n').toStdString();
    if (const auto stored = journal_->save(note)) {
        savedNoteId_ = QString::fromStdString(stored->id);
        emit saved(savedNoteId_);
    }
}

QString SessionDialog::phaseTitle() const
{
    const bool strokes = session().plan().holdMs == 0;
    switch (session().phase()) {
    case treat::Phase::GetReady:
        return tr("Get ready: find the point");
    case treat::Phase::Hold:
        return strokes ? tr("Slow strokes: %1, then Next step").arg(session().plan().strokes) : tr("Press and hold");
    case treat::Phase::StretchGetReady:
        return tr("Get ready to stretch");
    case treat::Phase::Stretch:
        return tr("Stretch and hold");
    default:
        return {};
    }
}

void SessionDialog::refresh()
{
    const auto phase = routine_->finished() ? (routine_->stopReason() ? treat::Phase::Stopped : treat::Phase::Done)
                                            : current().phase();
    pages_->setCurrentIndex(pageOf(phase));
    // Once over, the outcome takes the column: the point's page (its warnings repeated on a stopped session's page)
    // left it a few lines, "Done" and the pain before and after in a box to scroll.
    showPrecautions(phase);
    showPointPageIfRoom(phase);
    showMoreBelow();
    const qint64 t = now();
    if (pageOf(phase) == RunningPage) {
        step_->setText(current().paused() ? tr("Paused") + " - " + phaseTitle() : phaseTitle());
        const qint64 left = current().remaining(t);
        const qint64 length = current().stepLength();
        countdown_->setText(length > 0 ? tr("%1 s", "seconds left").arg((left + 999) / 1000) : QString());
        countdown_->setVisible(length > 0);
        const bool stretch = phase == treat::Phase::Stretch || phase == treat::Phase::StretchGetReady;
        // While getting ready, the line says what comes next, not what is under way.
        const bool ready = phase == treat::Phase::GetReady || phase == treat::Phase::StretchGetReady;
        repetition_->setText((ready ? (stretch ? tr("Next: stretch %1 of %2") : tr("Next: hold %1 of %2"))
                                    : (stretch ? tr("Stretch %1 of %2") : tr("Hold %1 of %2")))
                                 .arg(current().repetition())
                                 .arg(current().repetitions()));
        progress_->setRange(0, length > 0 ? static_cast<int>(length) : 1);
        progress_->setValue(length > 0 ? static_cast<int>(length - left) : 0);
        pause_->setText(current().paused() ? tr("&Resume (Space)") : tr("&Pause (Space)"));
    }
    if (phase != shownPhase_ && phase == treat::Phase::After)
        painAfter_->setFocus();
    unrated_->setVisible(!painOf(painAfter_));
    // With points left, the button goes on to the next one (the session is saved after the last).
    if (phase == treat::Phase::After)
        finish_->setText(routine_->index() + 1 < routine_->count() ? tr("&Next point") : tr("&Finish and save"));
    // Once started, the safety text has been read before Start: the page puts where and how to press first, which a
    // hand busy pressing cannot scroll to, and the safety box after it (the precautions of the step stay in their
    // box above). It turned to an anchor before: where the page could not scroll that far (a tall window), the tail
    // of the safety box stood at its top, under the precautions' box, like a broken copy of it.
    if (phase != shownPhase_ && (pageOf(phase) == RunningPage || phase == treat::Phase::After) && !howFirst_)
        showPointPage(true);
    // The stretch begins: the page turns to how to stretch (it still began at where to press and the pressure's
    // steps, the stretch below the fold, out of reach of hands that hold the stretch).
    const auto stretching
        = [](treat::Phase p) { return p == treat::Phase::StretchGetReady || p == treat::Phase::Stretch; };
    if (stretching(phase) && !stretching(shownPhase_))
        showStretch();
    if (phase == treat::Phase::Done) {
        QString text = "<h2>" + tr("Done. Well done.") + "</h2>";
        for (const auto* s : routine_->treated()) {
            if (!s->painBefore() || !s->painAfter())
                continue;
            text += "<p>"
                + (routine_->count() > 1 ? DataText::pointName(*s->plan().point).toHtmlEscaped() + ": " : QString())
                + tr("Pain before: %1, after: %2.").arg(*s->painBefore()).arg(*s->painAfter()) + "</p>";
        }
        text += "<p>" + (savedNoteId_.isEmpty() ? tr("Not saved.") : tr("Saved in your journal.")) + "</p>";
        // What keeps the pain from coming back, once the session is over: the tips of the muscles treated, each once.
        QStringList tips;
        for (const auto* treated : routine_->treated())
            for (const auto& advice : treated->plan().muscle->tips)
                if (const QString tip = DataText::text(advice).toHtmlEscaped(); !tips.contains(tip))
                    tips << tip;
        if (!tips.isEmpty())
            text += "<p><b>" + tr("Tips for lasting relief") + "</b></p><ul><li>" + tips.join("</li><li>")
                + "</li></ul>";
        end_->setText(text);
    } else if (phase == treat::Phase::Stopped) {
        end_->setText("<h2>" + tr("Session stopped") + "</h2><p>"
            + (savedNoteId_.isEmpty() ? tr("Nothing was saved.") : tr("What was done is saved in your journal."))
            + "</p>");
    }
    saveAgain_->setVisible(journal_ && !noteWhen_.empty() && savedNoteId_.isEmpty()
        && (phase == treat::Phase::Done || phase == treat::Phase::Stopped));
    // Once the session has ended there is nothing to stop: the button goes (greyed out, it read as "you cannot
    // stop", and on the dark palette its pale red was hard to read).
    // Nor while no step runs: before a point is pressed "Stopped. Let go of the point now." read as a mistake, and
    // on the second point's "Before" it saved the first point - done as it should be - as stopped for sharp pain or
    // numbness, which a clinician reading the journal would take as that point's doing. Close (or Esc) ends the
    // session then, keeping what was done.
    const bool stoppable = !routine_->finished() && pageOf(current().phase()) == RunningPage;
    stop_->setEnabled(stoppable);
    stop_->setVisible(stoppable);
    shownPhase_ = phase;
}

} // namespace tmap::app
