// trend_chart: the day-by-day intensity chart, drawn with QPainter the same way for the Journal tab and the PDF
// report.
#pragma once

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QPainter;
class QFontMetricsF;

namespace tmap::app {

/// One line of a trend: a value (0-10) per day.
struct TrendLine {
    QString name;
    QList<QPair<QDate, double>> points; ///< oldest first
    QColor colour;
};

/// A mark on the chart's axis of days.
struct TrendTick {
    QDate day;
    QString label;
    /// A day's mark stands at its noon, under the day's point (at midnight every point sat half a day to the right
    /// of its date); a month's at the midnight it begins.
    bool atNoon = false;
};
/// The marks of a chart from `first` to `last` (a point at noon of each day), as many as fit `width` in labels of
/// `metrics`, at most about nine. Up to about four months: days ("1 Nov"; "1 Nov 25" when the chart reaches into
/// another year than `today`'s), evenly spaced from the first; longer: the first of every 1, 2, 3, 6 or 12 months,
/// on the calendar's quarters and halves, "Nov 2025" (years of notes crowded "1 Nov" labels without a year).
QList<TrendTick> trendTicks(
    const QDate& first, const QDate& last, qreal width, const QFontMetricsF& metrics, const QDate& today);

/// Draws intensity (0-10, y) over days (x) into `area`: the title, both axes with their labels, one line per
/// TrendLine (with dots while there are few days) and a legend. Text and grid take the palette's colours.
void paintTrend(QPainter& painter, const QRectF& area, const QList<TrendLine>& lines, const QString& title,
    const QPalette& palette);
/// `colour`, lightened (on a dark background) or darkened (on a light one) until it stands out from `background` at
/// 3:1 or more, the least contrast a line of a chart needs to be seen (the Journal tab's blue had 2.6:1 on the dark
/// palette's plot).
QColor readableLineColour(const QColor& colour, const QColor& background);
/// The chart at `size` (logical pixels), rendered at twice the resolution on white, for print.
QImage renderTrend(const QList<TrendLine>& lines, QSize size, const QString& title = {});

/// The chart as a widget.
class TrendChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    explicit TrendChart(QWidget* parent = nullptr);
    void setTrend(const QList<TrendLine>& lines, const QString& title = {});
    /// While a trend is being read: an empty chart, drawn light, that says `text` ("Reading..."); setTrend() ends it.
    void setReading(const QString& text);
    bool isReading() const { return reading_; }
    const QList<TrendLine>& lines() const { return lines_; }
    QString title() const { return title_; }
    QSize sizeHint() const override { return {520, 260}; }
    QSize minimumSizeHint() const override { return {260, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<TrendLine> lines_;
    QString title_;
    bool reading_ = false;
};

} // namespace tmap::app
