// journal/trend_chart: the day-by-day intensity chart, one painting for the Journal tab and the PDF report.
#include "app/journal/trend_chart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>

#include "app/widgets/warning_style.h"

namespace tmap::app {

namespace {

/// The days shown: the lines' first to last day, at least a week, ending on the last day.
QPair<QDate, QDate> shownDays(const QList<TrendLine>& lines)
{
    QDate first, last;
    for (const auto& line : lines)
        for (const auto& [day, value] : line.points) {
            if (!first.isValid() || day < first)
                first = day;
            if (!last.isValid() || day > last)
                last = day;
        }
    if (!first.isValid())
        first = last = QDate::currentDate();
    if (first.daysTo(last) < 7)
        first = last.addDays(-7);
    return {first, last};
}

} // namespace

QColor readableLineColour(const QColor& colour, const QColor& background)
{
    const bool dark = background.lightnessF() < 0.5;
    QColor c = colour;
    for (int i = 0; i < 20 && contrastRatio(c, background) < 3.0; ++i)
        c = dark ? c.lighter(112) : c.darker(112);
    return c;
}

QList<TrendTick> trendTicks(
    const QDate& first, const QDate& last, qreal width, const QFontMetricsF& metrics, const QDate& today)
{
    const QLocale locale;
    const qint64 days = first.daysTo(last) + 1;
    QList<TrendTick> ticks;
    const bool byMonth = days > 124;
    const int thisYear = today.year();
    //: A day on the chart's axis as QLocale formats dates (in German "d. MMM": "1. Nov.").
    QString dayFormat = QCoreApplication::translate("tmap::app::TrendChart", "d MMM");
    if (first.year() != thisYear || last.year() != thisYear)
        //: A day on the chart's axis when the chart reaches into another year (in German "d. MMM yy").
        dayFormat = QCoreApplication::translate("tmap::app::TrendChart", "d MMM yy");
    //: The first of a month on the axis of a chart of many months (in German "MMM yyyy": "Nov. 2025").
    const QString monthFormat = QCoreApplication::translate("tmap::app::TrendChart", "MMM yyyy");
    // At most about nine labels, and never so many that they touch: a narrow chart labels fewer.
    const qreal labelWidth = metrics.horizontalAdvance(locale.toString(last, byMonth ? monthFormat : dayFormat)) + 12;
    const qint64 fitting = std::max<qint64>(1, static_cast<qint64>(width / labelWidth));
    if (byMonth) {
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        const qint64 room = std::min<qint64>(fitting, 9);
        int step = 12;
        for (const int s : {1, 2, 3, 6})
            if ((months + s - 1) / s <= room) {
                step = s;
                break;
            }
        if (step == 12) {
            const qint64 years = months / 12 + 1;
            step = 12 * static_cast<int>(std::max<qint64>(1, (years + room - 1) / room));
        }
        // The first of each step'th month of the year (January, April, July, October for 3), inside the chart.
        QDate month(first.year(), first.month(), 1);
        if (month < first)
            month = month.addMonths(1);
        while ((month.month() - 1) % std::min(step, 12) != 0)
            month = month.addMonths(1);
        for (; month <= last.addDays(1); month = month.addMonths(step))
            ticks.append({month, locale.toString(month, monthFormat)});
    } else {
        // The days of the chart only: the mark after the last named tomorrow.
        const qint64 step = std::max<qint64>({1, (days + 7) / 8, (days + fitting - 1) / fitting});
        for (qint64 d = 0; d < days; d += step)
            ticks.append({first.addDays(d), locale.toString(first.addDays(d), dayFormat), true});
    }
    return ticks;
}

void paintTrend(
    QPainter& painter, const QRectF& area, const QList<TrendLine>& lines, const QString& title, const QPalette& palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(palette.color(QPalette::Base).lightnessF() < 0.5 ? 70 : 40); // as visible on the dark palette
    const QFontMetricsF fm(painter.font());
    const qreal pad = 6, lineHeight = fm.height();

    // Title above, legend below, y labels and the axis name on the left, day labels under the plot.
    QRectF plot = area.adjusted(pad, pad, -pad, -pad);
    if (!title.isEmpty()) {
        const QFont normal = painter.font();
        QFont bold = normal;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRectF(plot.left(), plot.top(), plot.width(), lineHeight), Qt::AlignCenter, title);
        painter.setFont(normal);
        plot.setTop(plot.top() + lineHeight + pad);
    }
    const bool legend = !lines.isEmpty();
    if (legend)
        plot.setBottom(plot.bottom() - lineHeight - pad);
    // Day labels, low enough to clear the "0" of the intensity labels.
    const qreal dayLabelTop = lineHeight / 2 + 2;
    plot.setBottom(plot.bottom() - dayLabelTop - lineHeight);
    // "Pain", as the notes' column names the same figure ("Intensity" here read as another).
    const QString axisName = QCoreApplication::translate("tmap::app::TrendChart", "Pain");
    plot.setLeft(plot.left() + lineHeight + pad + fm.horizontalAdvance(QStringLiteral("10")) + pad);
    plot.setRight(plot.right() - fm.horizontalAdvance(QStringLiteral("00 MMM 0000")) / 2);
    if (plot.width() < 20 || plot.height() < 20) {
        painter.restore();
        return;
    }

    // Axis name, turned to run up the left side.
    painter.setPen(text);
    painter.save();
    painter.translate(area.left() + pad, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), lineHeight), Qt::AlignCenter, axisName);
    painter.restore();

    // Intensity: a line and a label every 2.
    auto yAt = [&](double v) { return plot.bottom() - plot.height() * v / 10.0; };
    for (int v = 0; v <= 10; v += 2) {
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
        painter.setPen(text);
        painter.drawText(QRectF(plot.left() - 40 - pad, yAt(v) - lineHeight / 2, 40, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }

    // Days: from midnight of the first to midnight after the last; a point sits at noon of its day.
    const auto [first, last] = shownDays(lines);
    const qint64 days = first.daysTo(last) + 1;
    auto xAt = [&](const QDate& day, double hours) {
        return plot.left() + plot.width() * (double(first.daysTo(day)) + hours / 24.0) / double(days);
    };
    const auto ticks = trendTicks(first, last, plot.width(), QFontMetricsF(painter.font()), QDate::currentDate());
    for (const auto& tick : ticks) {
        const qreal x = xAt(tick.day, tick.atNoon ? 12 : 0);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        // Centred under its mark; the box only needs to be wider than any label ("Sept. 2026"). With no line (nothing
        // noted, or the days still being read) no days are named: this week's dates under a journal of 2024, while
        // its trend was read, looked like the answer.
        if (lines.isEmpty())
            continue;
        painter.setPen(text);
        painter.drawText(
            QRectF(x - 80, plot.bottom() + dayLabelTop, 160, lineHeight), Qt::AlignHCenter | Qt::AlignTop, tick.label);
    }
    painter.setPen(QPen(text, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // The lines; a dot per day while they are few enough to tell apart.
    static const QColor fallback[]
        = {QColor(0xc6, 0x1a, 0x1a), QColor(0xe8, 0x7d, 0x0e), QColor(0x2a, 0x8a, 0x3a), QColor(0x3d, 0x7e, 0xd6)};
    auto colourOf = [&](int i) {
        return readableLineColour(
            lines[i].colour.isValid() ? lines[i].colour : fallback[i % 4], palette.color(QPalette::Base));
    };
    painter.save();
    painter.setClipRect(plot.adjusted(-4, -4, 4, 4));
    for (int i = 0; i < lines.size(); ++i) {
        auto points = lines[i].points;
        std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QPainterPath path;
        for (const auto& [day, value] : points) {
            const QPointF at(xAt(day, 12), yAt(std::clamp(value, 0.0, 10.0)));
            if (path.elementCount() == 0)
                path.moveTo(at);
            else
                path.lineTo(at);
        }
        // Years of days crowd several points into each pixel: then a 1 px cosmetic line, which Qt draws with its
        // fast stroker (a 2 px line with round joins over 1 000 zigzags took 60-70 ms a paint at 100 000 notes).
        QPen pen(colourOf(i), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (points.size() > plot.width() / 3) {
            // One logical pixel: a hairline on screen, as wide on the report's 2x picture.
            pen.setWidthF(std::max<qreal>(1, painter.device()->devicePixelRatioF()));
            pen.setCosmetic(true);
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (points.size() < 60) {
            painter.setBrush(colourOf(i));
            for (const auto& [day, value] : points)
                painter.drawEllipse(QPointF(xAt(day, 12), yAt(std::clamp(value, 0.0, 10.0))), 3, 3);
        }
    }
    painter.restore();

    // Legend: a short stroke of each line's colour, then its name.
    if (legend) {
        qreal width = 0;
        for (const auto& line : lines)
            width += 22 + fm.horizontalAdvance(line.name) + 16;
        qreal x = plot.center().x() - width / 2;
        const qreal y = area.bottom() - pad - lineHeight / 2;
        for (int i = 0; i < lines.size(); ++i) {
            painter.setPen(QPen(colourOf(i), 3, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, y), QPointF(x + 16, y));
            painter.setPen(text);
            const qreal w = fm.horizontalAdvance(lines[i].name);
            painter.drawText(QRectF(x + 22, y - lineHeight / 2, w + 2, lineHeight), Qt::AlignVCenter, lines[i].name);
            x += 22 + w + 16;
        }
    }
    painter.restore();
}

QImage renderTrend(const QList<TrendLine>& lines, QSize size, const QString& title)
{
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPalette print;
    print.setColor(QPalette::WindowText, Qt::black);
    QPainter painter(&image);
    paintTrend(painter, QRectF(QPointF(0, 0), QSizeF(size)), lines, title, print);
    return image;
}

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Intensity by day"));
}

void TrendChart::setReading(const QString& text)
{
    lines_.clear(); // never the last subject's lines under the new subject's name
    title_ = text;
    reading_ = true;
    setAccessibleDescription(text);
    update();
}

void TrendChart::setTrend(const QList<TrendLine>& lines, const QString& title)
{
    reading_ = false;
    lines_ = lines;
    title_ = title;
    QStringList names;
    for (const auto& line : lines)
        names << tr("%1: %2 days").arg(line.name).arg(line.points.size());
    setAccessibleDescription(title.isEmpty() ? names.join(QStringLiteral("; ")) : title);
    update();
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    QPalette colours = palette();
    if (reading_) // light: the axes and the words in the placeholder's colour, so it reads as "not yet"
        colours.setColor(QPalette::WindowText, colours.color(QPalette::PlaceholderText));
    paintTrend(painter, rect(), lines_, title_, colours);
}

} // namespace tmap::app
