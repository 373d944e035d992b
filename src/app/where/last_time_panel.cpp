// where/last_time_panel.cpp: "Last time it hurt here" (where/last_time_panel.h).
#include "app/where/last_time_panel.h"

#include <cmath>

#include <QDate>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include "app/bodymap/pain_drawing.h"
#include "app/journal/journal_session.h"
#include "app/widgets/answer_text.h"
#include "app/widgets/data_text.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/section.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"
#include "journal/insights.h"
#include "journal/journal.h"

namespace tmap::app {

namespace {

constexpr int kShown = 4; ///< the best few; the Journal tab's insights have the rest

QString number(double value)
{
    // A whole number without its ".0" ("pain 3 lower" after one session; "2.5 lower on average" after several).
    const double shown = std::round(value * 10) / 10; // as one decimal shows it: 2.96 is "3", not "3.0"
    return QLocale().toString(shown, 'f', shown == std::round(shown) ? 0 : 1);
}

} // namespace

LastTimePanel::LastTimePanel(const PainDrawing& drawing, QWidget* parent)
    : QWidget(parent)
    , drawing_(drawing)
{
    setObjectName("lastTime");
    auto* section = new Section(tr("Last time it hurt here"), this);
    text_ = new QLabel(section);
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setAccessibleName(tr("What you tried when it hurt here before"));
    // Reached by Tab and by the summary's "Show"; its text can be selected and copied.
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    section->body()->addWidget(text_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section);

    // Framed thinly, so that it reads as a note of its own, not as part of the results' instructions.
    Q_ASSERT(parent); // the summary needs a home that the page lays out
    auto* summary = new QFrame(parent);
    summary->setObjectName("lastTimeSummary");
    summary_ = summary;
    summaryText_ = new QLabel(summary_);
    summaryText_->setWordWrap(true); // a long translation wraps rather than widening the side panel
    summaryText_->setTextFormat(Qt::RichText);
    show_ = new QPushButton(tr("Show"), summary_);
    show_->setObjectName("lastTimeShow");
    show_->setToolTip(tr("Go to \u201cLast time it hurt here\u201d below the results"));
    show_->setAccessibleName(tr("Show what you tried when it hurt here before"));
    auto* row = new QHBoxLayout(summary_);
    row->setContentsMargins(6, 3, 3, 3);
    row->addWidget(summaryText_, 1);
    row->addWidget(show_, 0, Qt::AlignVCenter);
    connect(show_, &QPushButton::clicked, this, &LastTimePanel::reveal);

    connect(&drawing_, &PainDrawing::changed, this, &LastTimePanel::refresh);
    setShown(false);
}

LastTimePanel::~LastTimePanel()
{
    // A read still running ends within milliseconds: closing the window does not wait for a large journal's read.
    if (stop_)
        *stop_ = true;
}

void LastTimePanel::setJournal(JournalSession* session)
{
    session_ = session;
    if (session_) {
        const auto reread = [this] {
            notes_.reset();
            ++generation_; // a read running now read the journal as it was
            refresh();
        };
        connect(session_, &JournalSession::changed, this, reread);
        // The app's open may have updated an older journal or moved a damaged one aside: what the panel read from
        // the file before is stale (it said "open it once in Trigger Map" while the Journal tab had done so).
        connect(session_, &JournalSession::openFinished, this, reread);
    }
    notes_.reset();
    ++generation_;
    refresh();
}

void LastTimePanel::setShown(bool shown)
{
    setVisible(shown);
    setSummaryVisible(shown);
    // Once laid out: a panel in full view needs no pointer to it (a tall window showed both, one above the other).
    QTimer::singleShot(0, this, &LastTimePanel::updateSummary);
}

void LastTimePanel::followScroll(QScrollArea* scroll)
{
    scroll_ = scroll;
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &LastTimePanel::updateSummary);
    connect(scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &LastTimePanel::updateSummary);
    // A taller or shorter window, and the panel's own height (its text wraps anew), once laid out.
    new OnResize(
        scroll->viewport(), [this] { updateSummary(); }, OnResize::When::Later);
    new OnResize(
        this, [this] { updateSummary(); }, OnResize::When::Later);
    updateSummary();
}

void LastTimePanel::updateSummary()
{
    if (isHidden()) {
        summary_->hide();
        return;
    }
    bool allInView = false;
    if (scroll_ && scroll_->widget() && scroll_->widget()->isAncestorOf(this)) {
        const QRect inViewport(mapTo(scroll_->viewport(), QPoint(0, 0)), size());
        allInView = scroll_->viewport()->rect().contains(inViewport);
    }
    // Hiding the summary moves the panel up, never out of view; showing it, down: no flicker between the two.
    setSummaryVisible(!allInView);
}

void LastTimePanel::setSummaryVisible(bool visible)
{
    // Framed when it first shows: a style sheet costs start-up time, and most drawings have no notes to point to.
    if (visible && summary_->styleSheet().isEmpty())
        summary_->setStyleSheet("#lastTimeSummary { border: 1px solid palette(mid); border-radius: 4px; }");
    summary_->setVisible(visible);
}

void LastTimePanel::reveal()
{
    // The side panel's scroll area (not a list's inside it): the nearest one whose content holds this panel.
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        auto* scroll = qobject_cast<QScrollArea*>(w);
        if (scroll && scroll->widget() && scroll->widget()->isAncestorOf(this)) {
            // The heading at the top of the view: the panel may be taller than the view.
            scroll->verticalScrollBar()->setValue(mapTo(scroll->widget(), QPoint(0, 0)).y() - 4);
            break;
        }
    }
    text_->setFocus(Qt::OtherFocusReason);
}

void LastTimePanel::loadNotes()
{
    // One read at a time; a write during it makes its result stale (a newer read follows).
    if (loading_)
        return;
    const quint64 generation = generation_;
    readError_.clear();
    // Not opened by the app yet and no file: nothing to show (nothing is made from here).
    if (!session_->journal() && !QFileInfo::exists(session_->path())) {
        notes_.emplace();
        return;
    }
    // Every note of the journal, read on a connection of its own off the UI thread: a large journal took a second
    // on every save otherwise. A journal the app has not opened yet is read as it is, changing nothing.
    loading_ = true;
    stop_ = std::make_shared<std::atomic<bool>>(false);
    auto read = std::make_shared<std::vector<journal::Note>>();
    session_->readAside(
        this, [read](journal::Journal& j) { j.forEach({}, [&read](const journal::Note& n) { read->push_back(n); }); },
        [this, read, generation](const QString& error) {
            loading_ = false;
            if (generation != generation_) { // the journal changed meanwhile: read it again
                notes_.reset();
                refresh();
                if (!loading_) // nothing to read for now (no drawing): a picture waiting for the read goes on
                    emit notesRead();
                return;
            }
            notes_ = std::move(*read);
            // Said, not hidden: the panel would look as if nothing had been tried here before.
            readError_ = error;
            if (!error.isEmpty())
                notes_->clear();
            refresh();
            emit notesRead();
        },
        stop_);
}

void LastTimePanel::refresh()
{
    std::vector<std::string> regions;
    for (const auto& s : drawing_.spots())
        regions.push_back(s.instance.toStdString());
    if (!session_ || regions.empty()) {
        setShown(false);
        return;
    }
    if (!notes_)
        loadNotes();
    if (!notes_)
        return; // being read: shown as it was until the notes come (refresh() runs again then)
    if (!readError_.isEmpty()) {
        text_->setText("<p>" + tr("Your journal could not be read: %1").arg(readError_).toHtmlEscaped() + "</p>");
        summaryText_->setText(
            "<b>" + tr("Last time it hurt here:") + "</b> " + tr("the journal could not be read.").toHtmlEscaped());
        setShown(true);
        return;
    }
    // Only what was tried for these places: a treatment whose trigger point sends pain to or lies in a shared place.
    const auto& catalogue = session_->catalogue();
    const auto last = journal::lastTime(*notes_, regions, journal::today(),
        [&catalogue](const std::string& muscle, const std::string& point, const std::string& region) {
            return catalogue::treatmentConcerns(catalogue, muscle, point, region);
        });
    if (last.tries.empty() && last.presses.empty()) {
        setShown(false);
        return;
    }
    auto dayText = [](const std::string& day) {
        return shortDayText(QDate::fromString(QString::fromStdString(day), Qt::ISODate));
    };
    QString h = "<p>"
        + (last.days == 1 ? tr("On %n earlier day you marked some of these places.", nullptr, last.days)
                          : tr("On %n earlier days you marked some of these places.", nullptr, last.days))
        + "</p><ol>";
    for (int i = 0; i < static_cast<int>(last.tries.size()) && i < kShown; ++i) {
        const auto& t = last.tries[static_cast<std::size_t>(i)];
        const QString what = DataText::pointOrMuscleName(catalogue, t.muscle, t.triggerPoint);
        const QString technique
            = t.technique.empty() ? tr("A technique not named") : DataText::text(t.technique).toHtmlEscaped();
        QString item = "<b>" + technique + "</b> (" + what.toHtmlEscaped() + ")<br>"
            + (t.times == 1 ? tr("Tried once, on %1").arg(dayText(t.lastDay))
                            : tr("Tried %n times, last on %1", nullptr, t.times).arg(dayText(t.lastDay)));
        if (t.lastBefore && t.lastAfter)
            item += " " + tr("(pain %1 before, %2 after)").arg(*t.lastBefore).arg(*t.lastAfter);
        item += ".<br>";
        if (!t.drop.mean)
            item += tr("Pain before and after was not noted.");
        else if (t.drop.count == 1)
            item += tr("Right after: pain %1 lower (%n session with both ratings).", nullptr, 1)
                        .arg(number(*t.drop.mean));
        else
            item += tr("Right after: pain %1 lower on average (%n sessions with both ratings).", nullptr, t.drop.count)
                        .arg(number(*t.drop.mean));
        item += " ";
        if (!t.nextDay.mean)
            item += tr("No note on the next day.");
        else if (t.nextDay.count == 1)
            item += tr("Next day: pain %1 (%n day with a note).", nullptr, 1).arg(number(*t.nextDay.mean));
        else
            item += tr("Next day: pain %1 on average (%n days with a note).", nullptr, t.nextDay.count)
                        .arg(number(*t.nextDay.mean));
        h += "<li>" + item + "</li>";
    }
    h += "</ol>";
    // The press tests of those days ("Narrow it down"): the most reliable sign of a trigger point the person has.
    if (!last.presses.empty()) {
        h += "<p>" + tr("Press tests on those days:") + "</p><ul>";
        for (int i = 0; i < static_cast<int>(last.presses.size()) && i < kShown; ++i) {
            const auto& p = last.presses[static_cast<std::size_t>(i)];
            const auto* point = catalogue.triggerPoint(p.triggerPoint);
            const QString what = (point ? DataText::pointName(*point) : QString::fromStdString(p.triggerPoint)) + " ("
                + AnswerText::side(body::parseSide(p.side).value_or(body::Side::None)) + ")";
            QStringList said;
            if (p.yes > 0)
                said << (p.yes == 1 ? tr("brought on your pain on %n day", nullptr, 1)
                                    : tr("brought on your pain on %n days", nullptr, p.yes));
            if (p.no > 0)
                said << (p.no == 1 ? tr("did not on %n day", nullptr, 1) : tr("did not on %n days", nullptr, p.no));
            h += "<li><b>" + what.toHtmlEscaped() + "</b>: " + said.join(", ") + " ("
                + tr("last on %1").arg(dayText(p.lastDay)) + ").</li>";
        }
        h += "</ul>";
    }
    h += "<p><i>" + tr("What went together in your notes, not proof of what helped.") + "</i></p>";
    text_->setText(h);
    const int tries = static_cast<int>(last.tries.size());
    const int pressed = static_cast<int>(last.presses.size());
    summaryText_->setText("<b>" + tr("Last time it hurt here:") + "</b> "
        + (last.days == 1 ? tr("%n earlier day", nullptr, 1) : tr("%n earlier days", nullptr, last.days)) + ", "
        + (tries == 0
                ? (pressed == 1 ? tr("%n press test.", nullptr, 1) : tr("%n press tests.", nullptr, pressed))
                : (tries == 1 ? tr("%n treatment tried.", nullptr, 1) : tr("%n treatments tried.", nullptr, tries))));
    setShown(true);
}

} // namespace tmap::app
