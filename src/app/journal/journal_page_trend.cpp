// journal/journal_page_trend: the Journal tab's trend - the subjects of the days shown (overall pain, each region,
// each muscle treated) and the chosen one's chart, a region's or a muscle's read off the UI thread.
#include <QComboBox>
#include <QDate>
#include <algorithm>

#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/trend_chart.h"
#include "app/widgets/data_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/summary.h"

namespace tmap::app {

void JournalPage::showSubjects(const journal::Summary& summary)
{
    const QString previous = subject_->currentData().toString();
    const QSignalBlocker block(subject_);
    subject_->clear();
    overall_.clear();
    // The regions and muscles of the range, most often noted first.
    const auto& cat = session_.catalogue();
    // The day's pain first, as the report and tpmap give it: each note's overall pain, else its worst spot (a note
    // saved from the Where page has only spots).
    for (const auto& d : summary.painPerDay)
        overall_.append({QDate::fromString(qs(d.day), Qt::ISODate), d.intensity.mean});
    if (!overall_.isEmpty()) {
        subject_->addItem(tr("Daily pain"), QString("overall"));
        subject_->setItemData(subject_->count() - 1,
            tr("Each note's overall pain, else its worst spot; the mean of the day's notes"), Qt::ToolTipRole);
        if (!summary.regionSubjects.empty() || !summary.muscleSubjects.empty())
            subject_->insertSeparator(subject_->count());
    }
    for (const auto& r : summary.regionSubjects)
        subject_->addItem(
            tr("Pain: %1").arg(JournalModel::shortRegionName(cat.body(), r.id)), QString("region:") + qs(r.id));
    if (!summary.regionSubjects.empty() && !summary.muscleSubjects.empty())
        subject_->insertSeparator(subject_->count());
    for (const auto& m : summary.muscleSubjects) {
        const auto* muscle = cat.muscle(m.id);
        const QString name = muscle ? DataText::muscleName(*muscle) : qs(m.id);
        subject_->addItem(tr("%1: pain before and after treating it").arg(name), QString("muscle:") + qs(m.id));
    }
    if (subject_->count() == 0)
        subject_->addItem(tr("(nothing noted yet)"));
    subject_->setEnabled(!subject_->itemData(0).isNull());
    const int keep = subject_->findData(previous);
    subject_->setCurrentIndex(keep >= 0 ? keep : 0);
    refreshTrend();
}

void JournalPage::refreshTrend()
{
    // A newer choice supersedes an older one: the older read stops, and its answer (if it comes) is dropped.
    if (trendStop_) {
        *trendStop_ = true;
        trendStop_.reset();
    }
    const QString subject = subject_->currentData().toString();
    const bool region = subject.startsWith("region:");
    const bool muscle = subject.startsWith("muscle:");
    const journal::Range days = range();
    const QString key = subject + '|' + qs(days.since) + '|' + qs(days.until);
    const auto show = [this, subject, key](const QList<TrendLine>& lines) {
        const bool any
            = std::any_of(lines.begin(), lines.end(), [](const TrendLine& l) { return !l.points.isEmpty(); });
        trendDrawn_ = key;
        chart_->setTrend(any ? lines : QList<TrendLine> {},
            any                     ? QString()
                : subject.isEmpty() ? tr("Nothing noted yet")
                                    : tr("Nothing noted in the days shown"));
        emit trendShown();
    };
    if (!session_.journal() || !(region || muscle)) {
        QList<TrendLine> lines;
        if (session_.journal() && subject == "overall") // read with the figures already
            lines << TrendLine {tr("Daily pain"), overall_, QColor(0x2a, 0x5d, 0xb0)};
        show(lines);
        return;
    }
    // A region's or a muscle's days read every note of the range (a good part of a second at 100 000 notes): off
    // the UI thread, on a connection of its own. The chart says so meanwhile and shows nothing of another choice;
    // read again for the same subject and days (after a save), it keeps what it shows until the new lines come.
    if (key != trendDrawn_) {
        trendDrawn_.clear();
        chart_->setReading(tr("Reading..."));
    }
    auto stop = std::make_shared<std::atomic<bool>>(false);
    trendStop_ = stop;
    auto lines = std::make_shared<QList<TrendLine>>();
    if (region)
        *lines << TrendLine {tr("Highest"), {}, QColor(0xc6, 0x1a, 0x1a)}
               << TrendLine {tr("Mean"), {}, QColor(0xe8, 0x7d, 0x0e)};
    else
        *lines << TrendLine {tr("Before"), {}, QColor(0xc6, 0x1a, 0x1a)}
               << TrendLine {tr("After"), {}, QColor(0x2a, 0x8a, 0x3a)};
    // "region:head.temple:right" / "muscle:upper-trapezius": the id after the kind's word (not a fixed 7 letters).
    const std::string id = subject.mid(subject.indexOf(':') + 1).toStdString();
    session_.readAside(
        this,
        [lines, id, days, region](journal::Journal& j) {
            TrendLine& first = (*lines)[0];
            TrendLine& second = (*lines)[1];
            const auto dayOf = [](const std::string& day) { return QDate::fromString(qs(day), Qt::ISODate); };
            if (region) {
                for (const auto& d : j.regionTrend(id, days)) {
                    first.points.append({dayOf(d.day), double(d.max)});
                    second.points.append({dayOf(d.day), d.mean});
                }
                return;
            }
            for (const auto& d : j.muscleTrend(id, days)) {
                if (d.before)
                    first.points.append({dayOf(d.day), *d.before});
                if (d.after)
                    second.points.append({dayOf(d.day), *d.after});
            }
        },
        [this, stop, lines, show](const QString& error) {
            if (trendStop_ != stop)
                return; // superseded by a later choice (or by new figures)
            trendStop_.reset();
            if (!error.isEmpty()) {
                emit statusMessage(error);
                trendDrawn_.clear();
                chart_->setTrend({}, tr("The trend could not be read."));
                emit trendShown();
                return;
            }
            show(*lines);
        },
        stop);
}

} // namespace tmap::app
