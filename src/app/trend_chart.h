// trend_chart: the day-by-day intensity chart (Qt Charts), built the same way for the Journal tab and the PDF report.
#pragma once

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

class QChart;

namespace tmap::app {

/// One line of a trend: a value (0-10) per day.
struct TrendLine {
    QString name;
    QList<QPair<QDate, double>> points; ///< oldest first
    QColor colour;
};

/// A chart of intensity (0-10, y) over days (x, a date axis); the caller owns it.
QChart* buildTrendChart(const QList<TrendLine>& lines, const QString& title = {});
/// Lays out a chart off screen and renders it at `size` (logical pixels), at twice the resolution.
QImage renderChart(QChart* chart, QSize size);

} // namespace tmap::app
