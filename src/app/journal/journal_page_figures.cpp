// journal/journal_page_figures: the Journal tab's figures of the days shown - the notes' first and last day (marked
// in the day filters' calendars), the trend's subjects, what helped most and the insights - read off the UI thread.
#include <QCalendarWidget>
#include <QDateEdit>
#include <QHeaderView>
#include <QSplitter>
#include <QStyle>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <algorithm>

#include "app/journal/insights_panel.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/widgets/data_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/insights.h"
#include "journal/summary.h"

namespace tmap::app {

/// What the page shows below its notes, read off the UI thread.
struct JournalFigures {
    journal::Summary summary;
    journal::Insights insights;
    std::string firstDay; ///< of the live notes, "" when there is none
    std::string lastDay;
};

void JournalPage::refreshFigures()
{
    // The figures of the days shown (the summary behind the trend, what helped, the insights, the notes' first and
    // last day) read every note of the range: at 100 000 notes a good part of a second. They are read off the UI
    // thread, on a connection of their own, and shown when they arrive; a newer request makes an older one moot.
    const int generation = ++figuresGeneration_;
    if (!session_.journal()) {
        figuresPending_ = false;
        showFigures(std::make_shared<JournalFigures>());
        return;
    }
    figuresPending_ = true;
    auto figures = std::make_shared<JournalFigures>();
    const journal::Range days = range();
    session_.readAside(
        this,
        [figures, days](journal::Journal& j) {
            figures->summary = journal::summarize(j, days);
            figures->insights = journal::insights(j, days);
            journal::ListQuery newest;
            newest.limit = 1;
            const auto last = j.list(newest);
            if (!last.empty()) {
                newest.offset = j.count(newest) - 1;
                const auto first = j.list(newest);
                const auto dayOfNote = [](const journal::Note& n) {
                    const auto t = journal::parseTimestamp(n.when);
                    return t ? t->day : n.when.substr(0, 10);
                };
                figures->firstDay = dayOfNote(first.empty() ? last.front() : first.front());
                figures->lastDay = dayOfNote(last.front());
            }
        },
        [this, figures, generation](const QString& error) {
            if (generation != figuresGeneration_)
                return;
            figuresPending_ = false;
            if (!error.isEmpty())
                emit statusMessage(error);
            showFigures(figures);
            emit figuresShown();
        });
}

void JournalPage::showFigures(const std::shared_ptr<const JournalFigures>& figures)
{
    showNotesRange(
        QDate::fromString(qs(figures->firstDay), Qt::ISODate), QDate::fromString(qs(figures->lastDay), Qt::ISODate));
    showSubjects(figures->summary);
    showEffects(figures->insights);
}

void JournalPage::showNotesRange(const QDate& firstDay, const QDate& lastDay)
{
    notesRange_ = {firstDay, lastDay};
    // Both calendars mark the days the notes span, and the filters say it in their tooltips.
    const auto [first, last] = notesRange_;
    QTextCharFormat noted;
    noted.setBackground(palette().color(QPalette::AlternateBase).darker(110));
    noted.setFontWeight(QFont::Bold);
    const QString tip = first.isValid()
        ? tr("Your notes run from %1 to %2").arg(shortDayText(first), shortDayText(last))
        : tr("No notes yet");
    for (auto* edit : {since_, until_}) {
        auto* calendar = edit->calendarWidget();
        calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every day's format
        if (first.isValid() && first.daysTo(last) <= 3660)
            for (QDate d = first; d <= last; d = d.addDays(1))
                calendar->setDateTextFormat(d, noted);
        edit->setToolTip(tip);
    }
}

void JournalPage::showEffects(const journal::Insights& insights)
{
    // The figures of "What goes with your pain" (journal::insights: per trigger point and technique, none below
    // its minimum), largest drop first: the two lists never disagree.
    effects_->clear();
    const auto& cat = session_.catalogue();
    bool anyToTell = false; // a technique noted often enough, whether or not it helped
    for (const auto& t : insights.techniques) {
        anyToTell = anyToTell || !t.tooFew();
        if (!t.helped()) // after it the pain rose or stayed: "What goes with your pain" shows it, not this list
            continue;
        auto* item = new QTreeWidgetItem(effects_);
        // A catalogue technique in the interface's language, after its point, as "What goes with your pain" has it.
        item->setText(0,
            tr("%1: %2").arg(DataText::pointOrMuscleName(cat, t.muscle, t.triggerPoint), DataText::text(t.technique)));
        item->setToolTip(0, item->text(0));
        item->setText(1, QLocale().toString(*t.drop.mean, 'f', 1));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const int n = t.drop.count;
        item->setText(2, n == 1 ? tr("%Ln session", nullptr, n) : tr("%Ln sessions", nullptr, n));
        item->setToolTip(1, tr("On average the pain was %1 points lower after than before").arg(item->text(1)));
        item->setToolTip(2, tr("Based on %n treatments with the pain noted before and after", nullptr, n));
    }
    insights_->setInsights(insights);
    if (effects_->topLevelItemCount() == 0) {
        auto* hint = new QTreeWidgetItem(effects_);
        hint->setText(0,
            anyToTell ? tr("None of the treatments noted often enough lowered the pain on average; \"What goes with "
                           "your pain\" shows each of them.")
                      : tr("Note the pain before and after a treatment to see what helps (after %n treatments of a "
                           "point).",
                          nullptr, insights.minimum));
        hint->setFlags(Qt::ItemIsEnabled); // not chosen, but not greyed out either: it says what to do
        QFont italic = hint->font(0);
        italic.setItalic(true);
        hint->setFont(0, italic);
        hint->setFirstColumnSpanned(true);
    }
    fitEffects();
}

void JournalPage::fitEffects()
{
    int needed = 2 * effects_->frameWidth() + 32; // the list's frame, the group box's margins
    for (int c = 0; c < effects_->columnCount(); ++c) {
        int column = effects_->header()->sectionSizeHint(c);
        for (int i = 0; i < effects_->topLevelItemCount(); ++i)
            if (!effects_->topLevelItem(i)->isFirstColumnSpanned())
                column = std::max(
                    column, effects_->fontMetrics().horizontalAdvance(effects_->topLevelItem(i)->text(c)) + 16);
        needed += column;
    }
    const int total = lower_->width();
    if (total <= 0 || effects_->topLevelItemCount() == 0)
        return;
    // Three panes: the trend, "What helped most" and "What goes with your pain". The last keeps a quarter (its
    // lines wrap, so it needs width, not height); it was left at its minimum when only two sizes were given.
    const int insights = std::clamp(total / 4, std::min(240, total / 3), 480);
    const int rest = total - insights;
    const int chartMin = std::min(rest / 2, 420);
    const int width = std::clamp(needed, rest * 2 / 5, std::max(rest - chartMin, rest * 2 / 5));
    lower_->setSizes({rest - width, width, insights});
}

} // namespace tmap::app
