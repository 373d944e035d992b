#include "app/treat/session_dialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/journal_session.h"
#include "app/widgets/warning_style.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"

namespace tmap::app {

namespace {

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

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
    box->setSpecialValueText(SessionDialog::tr("not said"));
    box->setAccessibleName(name);
    box->setMinimumWidth(90);
    box->setValue(-1); // "not said" until the user says
    return box;
}

std::optional<int> painOf(const QSpinBox* box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

QString techniqueHtml(const catalogue::Technique& t, const QString& heading)
{
    QString h = "<h3>" + heading.arg(esc(t.name)) + "</h3>";
    if (!t.steps.empty()) {
        h += "<ol>";
        for (const auto& s : t.steps)
            h += "<li>" + esc(s) + "</li>";
        h += "</ol>";
    }
    QStringList dose;
    if (!t.duration.empty())
        dose << "<b>" + SessionDialog::tr("How long:") + "</b> " + esc(t.duration);
    if (!t.frequency.empty())
        dose << "<b>" + SessionDialog::tr("How often:") + "</b> " + esc(t.frequency);
    if (!t.intensity.empty())
        dose << "<b>" + SessionDialog::tr("How hard:") + "</b> " + esc(t.intensity);
    return h + "<p>" + dose.join("<br>") + "</p>";
}

} // namespace

SessionDialog::SessionDialog(const catalogue::Catalogue& catalogue, const catalogue::TriggerPoint& point,
    body::Side side, JournalSession* journal, PainDrawing* drawing, double timeScale, QWidget* parent)
    : QDialog(parent)
    , catalogue_(catalogue)
    , point_(point)
    , muscle_(catalogue.muscle(point.muscleId))
    , journal_(journal)
    , drawing_(drawing)
    , mapDrawing_(std::make_unique<PainDrawing>())
{
    Q_ASSERT(muscle_);
    session_ = std::make_unique<treat::Session>(treat::planFor(*muscle_, point, side, timeScale));
    const auto& plan = session_->plan();
    setWindowTitle(tr("Treat: %1").arg(QString::fromStdString(point.name)));
    resize(1100, 760);

    // Where to press: the X of the point's pattern, in the view that shows it best.
    const body::Side shown = plan.side == body::Side::None ? body::Side::Right : plan.side;
    map_ = new BodyMapWidget(catalogue.body(), *mapDrawing_, this);
    map_->setPattern({&point, shown, muscle_});
    map_->setView(QString::fromStdString(catalogue::bestPatternView(catalogue.body(), point, shown, "front")));
    map_->setAttribute(Qt::WA_TransparentForMouseEvents);
    map_->setFocusPolicy(Qt::NoFocus);
    map_->setAccessibleName(tr("Where to press"));

    auto* info = new QTextBrowser(this);
    info->setOpenLinks(false);
    info->setAccessibleName(tr("How to find the point and what to do"));
    QString h = "<h2>" + esc(point.name) + "</h2>";
    h += "<p><b>" + tr("Where to press:") + "</b> " + esc(point.location) + "</p>";
    if (!muscle_->palpation.empty())
        h += "<p><b>" + tr("How to find it:") + "</b> " + esc(muscle_->palpation) + "</p>";
    if (plan.pressure)
        h += techniqueHtml(*plan.pressure, tr("Then: %1"));
    if (plan.stretch)
        h += techniqueHtml(*plan.stretch, tr("Then stretch: %1"));
    info->setHtml(h);

    pages_ = new QStackedWidget(this);

    // Before: pain now, the press test, Start.
    auto* before = new QWidget(pages_);
    auto* beforeForm = new QFormLayout(before);
    beforeForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    painBefore_ = painBox(before, tr("Pain now, before"));
    int strongest = -1;
    if (drawing_)
        for (const auto& s : drawing_->spots())
            strongest = std::max(strongest, s.intensity);
    painBefore_->setValue(strongest);
    beforeForm->addRow(tr("Pain &now (0-10):"), painBefore_);
    auto* pressRow = new QHBoxLayout;
    pressTest_ = new QButtonGroup(before);
    const std::pair<treat::PressTest, QString> replies[] {{treat::PressTest::Yes, tr("&Yes")},
        {treat::PressTest::No, tr("N&o")}, {treat::PressTest::NotSure, tr("Not s&ure")}};
    for (const auto& [answer, label] : replies) {
        auto* b = new QRadioButton(label, before);
        b->setObjectName(answer == treat::PressTest::Yes ? "pressYes"
                : answer == treat::PressTest::No         ? "pressNo"
                                                         : "pressNotSure");
        pressTest_->addButton(b, static_cast<int>(answer));
        pressRow->addWidget(b);
    }
    pressRow->addStretch(1);
    auto* pressLabel = new QLabel(tr("Does pressing the point bring on your familiar pain?"), before);
    pressLabel->setWordWrap(true);
    beforeForm->addRow(pressLabel);
    beforeForm->addRow(pressRow);
    start_ = new QPushButton(tr("&Start (Space)"), before);
    start_->setDefault(true);
    beforeForm->addRow(start_);
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
    huge.setPointSizeF(huge.pointSizeF() * 3.5);
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
    painAfter_ = painBox(after, tr("Pain now, after"));
    afterForm->addRow(tr("Pain n&ow (0-10):"), painAfter_);
    finish_ = new QPushButton(tr("&Finish and save"), after);
    afterForm->addRow(finish_);
    pages_->addWidget(after);

    // End: done, or stopped with the entry's precautions and red flags.
    auto* end = new QWidget(pages_);
    auto* endLayout = new QVBoxLayout(end);
    end_ = new QLabel(end);
    end_->setWordWrap(true);
    end_->setTextFormat(Qt::RichText);
    stopped_ = new QLabel(end);
    stopped_->setWordWrap(true);
    stopped_->setTextFormat(Qt::RichText);
    stopped_->setStyleSheet(warningLabelStyleSheet(palette(), 1, 4, 8));
    stopped_->hide();
    endLayout->addWidget(end_);
    endLayout->addWidget(stopped_);
    endLayout->addStretch(1);
    pages_->addWidget(end);

    stop_ = new QPushButton(tr("Stop: sharp, spreading or numb"), this);
    stop_->setStyleSheet(warningLabelStyleSheet(palette(), 2, 4, 6).replace("QLabel", "QPushButton"));
    stop_->setAutoDefault(false);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setAutoDefault(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(stop_);
    bottom->addStretch(1);
    bottom->addWidget(close);

    auto* column = new QVBoxLayout;
    column->addWidget(info, 3);
    column->addWidget(pages_, 2);
    column->addLayout(bottom);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(map_, 2);
    layout->addLayout(column, 3);

    connect(start_, &QPushButton::clicked, this, &SessionDialog::startSession);
    connect(pause_, &QPushButton::clicked, this, &SessionDialog::togglePause);
    connect(next_, &QPushButton::clicked, this, [this] {
        const auto was = session_->phase();
        session_->next(now());
        if (was == treat::Phase::Hold || was == treat::Phase::Stretch)
            signalEnd();
        refresh();
    });
    connect(finish_, &QPushButton::clicked, this, &SessionDialog::finishSession);
    connect(stop_, &QPushButton::clicked, this, [this] { stopSession(treat::StopReason::SharpSpreadingOrNumb); });
    connect(close, &QPushButton::clicked, this, &SessionDialog::reject);
    auto* space = new QShortcut(Qt::Key_Space, this);
    connect(space, &QShortcut::activated, this, [this] {
        if (session_->phase() == treat::Phase::Before)
            startSession();
        else if (!session_->finished() && session_->phase() != treat::Phase::After)
            togglePause();
    });

    timer_ = new QTimer(this);
    timer_->setInterval(100);
    connect(timer_, &QTimer::timeout, this, &SessionDialog::tick);
    clock_.start();
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

void SessionDialog::startSession()
{
    if (session_->phase() != treat::Phase::Before)
        return;
    session_->setPainBefore(painOf(painBefore_));
    if (pressTest_->checkedId() >= 0)
        session_->setPressTest(static_cast<treat::PressTest>(pressTest_->checkedId()));
    if (const auto answer = session_->pressAnswer(); answer && drawing_ && !drawing_->spots().isEmpty())
        drawing_->setAnswer(*answer); // the ranking reads it like an answer to "Narrow it down"
    session_->start(now());
    timer_->start();
    refresh();
}

void SessionDialog::togglePause()
{
    if (session_->paused())
        session_->resume(now());
    else
        session_->pause(now());
    refresh();
}

void SessionDialog::tick()
{
    const auto was = session_->phase();
    if (session_->update(now()) && (was == treat::Phase::Hold || was == treat::Phase::Stretch))
        signalEnd();
    refresh();
}

void SessionDialog::signalEnd()
{
    // Heard where the desktop has sound; the page that changes is the signal that is always there.
    QApplication::beep();
}

void SessionDialog::stopSession(treat::StopReason reason)
{
    if (session_->finished())
        return;
    const bool started = session_->phase() != treat::Phase::Before;
    if (!started) {
        session_->setPainBefore(painOf(painBefore_));
        if (pressTest_->checkedId() >= 0)
            session_->setPressTest(static_cast<treat::PressTest>(pressTest_->checkedId()));
    }
    session_->stop(reason, now());
    timer_->stop();
    if (started)
        save();
    QString text;
    if (reason == treat::StopReason::SharpSpreadingOrNumb)
        text += "<p><b>" + tr("Stopped. Let go of the point now.") + "</b> "
            + tr("Sharp, spreading or numb pain is a sign to stop, not to press harder.") + "</p>";
    QStringList items;
    for (const auto& p : muscle_->precautions)
        items << esc(p);
    if (session_->plan().pressure)
        for (const auto& p : session_->plan().pressure->precautions)
            items << esc(p);
    if (!items.isEmpty())
        text += "<p><b>" + tr("Precautions") + "</b></p><ul><li>" + items.join("</li><li>") + "</li></ul>";
    QStringList flags;
    for (const auto& id : muscle_->redFlags)
        if (const auto* r = catalogue_.redFlag(id))
            flags << "<b>" + esc(r->title) + ".</b> " + esc(r->signs) + " <b>" + esc(r->action) + "</b>";
    for (const auto& n : muscle_->redFlagNotes)
        flags << esc(n);
    if (!flags.isEmpty())
        text += "<p><b>" + tr("See a clinician when") + "</b></p><ul><li>" + flags.join("</li><li>") + "</li></ul>";
    stopped_->setText(text);
    stopped_->setVisible(!text.isEmpty());
    refresh();
}

void SessionDialog::finishSession()
{
    if (session_->phase() != treat::Phase::After)
        return;
    session_->finish(painOf(painAfter_), now());
    timer_->stop();
    save();
    signalEnd();
    refresh();
}

void SessionDialog::reject()
{
    // Esc stops a running session (and keeps what was done); a second Esc, or Esc before the start, closes.
    if (!session_->finished() && session_->phase() != treat::Phase::Before) {
        stopSession(treat::StopReason::UserStopped);
        return;
    }
    QDialog::reject();
}

void SessionDialog::save()
{
    if (!journal_ || !savedNoteId_.isEmpty())
        return;
    auto note = session_->toNote(journal::nowLocal(), now());
    QStringList lines;
    lines << tr("Guided session: %1 (%2).")
                 .arg(QString::fromStdString(point_.name), QString::fromStdString(note.treatments[0].technique));
    switch (session_->pressTest()) {
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
    lines << tr("Holds done: %1 of %2.").arg(session_->holdsDone()).arg(session_->plan().repetitions);
    if (const auto reason = session_->stopReason())
        lines << (*reason == treat::StopReason::SharpSpreadingOrNumb
                ? tr("Stopped early: sharp, spreading or numb pain.")
                : tr("Stopped early."));
    note.text = lines.join('\n').toStdString();
    if (const auto stored = journal_->save(note)) {
        savedNoteId_ = QString::fromStdString(stored->id);
        emit saved(savedNoteId_);
    }
}

QString SessionDialog::phaseTitle() const
{
    const bool strokes = session_->plan().holdMs == 0;
    switch (session_->phase()) {
    case treat::Phase::GetReady:
        return tr("Get ready: find the point");
    case treat::Phase::Hold:
        return strokes ? tr("Slow strokes: %1, then Next step").arg(session_->plan().strokes) : tr("Press and hold");
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
    const auto phase = session_->phase();
    pages_->setCurrentIndex(pageOf(phase));
    const qint64 t = now();
    if (pageOf(phase) == RunningPage) {
        step_->setText(session_->paused() ? tr("Paused") + " - " + phaseTitle() : phaseTitle());
        const qint64 left = session_->remaining(t);
        const qint64 length = session_->stepLength();
        countdown_->setText(length > 0 ? QString::number((left + 999) / 1000) : QString());
        countdown_->setVisible(length > 0);
        const bool stretch = phase == treat::Phase::Stretch || phase == treat::Phase::StretchGetReady;
        repetition_->setText((stretch ? tr("Stretch %1 of %2") : tr("Hold %1 of %2"))
                                 .arg(session_->repetition())
                                 .arg(session_->repetitions()));
        progress_->setRange(0, length > 0 ? static_cast<int>(length) : 1);
        progress_->setValue(length > 0 ? static_cast<int>(length - left) : 0);
        pause_->setText(session_->paused() ? tr("&Resume (Space)") : tr("&Pause (Space)"));
    }
    if (phase != shownPhase_ && phase == treat::Phase::After)
        painAfter_->setFocus();
    if (phase == treat::Phase::Done) {
        const auto& tr0 = session_->toNote({}, t).treatments.front();
        QString text = "<h2>" + tr("Done. Well done.") + "</h2>";
        if (tr0.before && tr0.after)
            text += "<p>" + tr("Pain before: %1, after: %2.").arg(*tr0.before).arg(*tr0.after) + "</p>";
        text += "<p>" + (savedNoteId_.isEmpty() ? tr("Not saved.") : tr("Saved in your journal.")) + "</p>";
        end_->setText(text);
    } else if (phase == treat::Phase::Stopped) {
        end_->setText("<h2>" + tr("Session stopped") + "</h2><p>"
            + (savedNoteId_.isEmpty() ? tr("Nothing was saved.") : tr("What was done is saved in your journal."))
            + "</p>");
    }
    stop_->setEnabled(!session_->finished());
    shownPhase_ = phase;
}

} // namespace tmap::app
