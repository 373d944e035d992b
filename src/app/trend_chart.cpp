#include "trend_chart.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>

namespace tmap::app {

QChart* buildTrendChart(const QList<TrendLine>& lines, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QDateTimeAxis(chart);
    auto* y = new QValueAxis(chart);
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setLabelFormat("%d");
    y->setTitleText(QCoreApplication::translate("tmap::app::TrendChart", "Intensity"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QDate first, last;
    for (const auto& line : lines) {
        auto* series = new QLineSeries(chart);
        series->setName(line.name);
        for (const auto& [day, value] : line.points) {
            series->append(double(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()), value);
            if (!first.isValid() || day < first)
                first = day;
            if (!last.isValid() || day > last)
                last = day;
        }
        // Few days: show the points, a lone one would otherwise be invisible.
        series->setPointsVisible(line.points.size() < 60);
        if (line.colour.isValid()) {
            QPen pen(line.colour, 2);
            series->setPen(pen);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    // Half a day of room on each side, at least a week shown.
    const QDate shownFirst = first.daysTo(last) < 7 ? last.addDays(-7) : first;
    x->setRange(QDateTime(shownFirst, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
    x->setFormat(QStringLiteral("d MMM"));
    // One tick a day (at midnight) for a week or so; beyond that the axis spreads them evenly.
    x->setTickCount(std::min<int>(9, int(shownFirst.daysTo(last)) + 2));
    return chart;
}

QImage renderChart(QChart* chart, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->setBackgroundRoundness(0);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart->geometry());
    }
    scene.removeItem(chart);
    return image;
}

} // namespace tmap::app
