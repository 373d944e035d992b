// summary_page: the report's first page. Laid out from both ends: the header from the top, the footer, the standard
// body-map codes, what helped and the worst regions with the trend from the bottom; the body maps take the room
// between, so that the page never overflows whatever the texts' lengths.
#include "app/report/summary_page.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>

#include "app/bodymap/body_painter.h"
#include "app/journal/journal_model.h"
#include "app/journal/trend_chart.h"
#include "app/report/body_map_names.h"
#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "catalogue/pattern.h"

namespace tmap::app {

namespace {

constexpr double kMargin = 36;
constexpr double kContent = SummaryPage::kWidth - 2 * kMargin;
const QColor kText(0x20, 0x20, 0x20);
const QColor kGrey(0x55, 0x55, 0x55);
const QColor kHeading(0x7a, 0x10, 0x10);

QFont font(double size, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPixelSize(std::max(1, static_cast<int>(size * 10 + 0.5))); // tenths of a point: see Text
    f.setBold(bold);
    return f;
}

// Text is measured and drawn with fonts ten times the size in a painter scaled down by ten, so that sizes such as
// 7.5 points (pixel sizes are whole numbers) come out exact.
struct Text {
    QPainter* painter; ///< null: measure only
    double size;
    bool bold = false;
    QColor colour = kText;

    double draw(const QRectF& rect, const QString& text, int flags = Qt::TextWordWrap) const
    {
        const QFont f = font(size, bold);
        const QFontMetricsF fm(f);
        const QRectF big(rect.x() * 10, rect.y() * 10, rect.width() * 10, std::max(1.0, rect.height()) * 10e3);
        const QRectF used = fm.boundingRect(big, flags, text);
        if (painter) {
            painter->save();
            painter->scale(0.1, 0.1);
            painter->setFont(f);
            painter->setPen(colour);
            painter->drawText(QRectF(big.topLeft(), QSizeF(big.width(), used.height() + 2)), flags, text);
            painter->restore();
        }
        return used.height() / 10;
    }
};

BodyColours printColours()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, kText);
    palette.setColor(QPalette::WindowText, kText);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    return BodyColours::from(palette);
}

QString dayText(const std::string& day, QLocale::FormatType format = QLocale::LongFormat)
{
    const QDate d = QDate::fromString(qs(day), Qt::ISODate);
    if (!d.isValid())
        return qs(day);
    // A document keeps its years whole ("01.11.2026", beside "3. Dezember 2026"), also in the short form.
    const QLocale locale;
    return locale.toString(d, wholeYearDateFormat(locale, format));
}

QString one(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

SummaryPage::SummaryPage(const catalogue::Catalogue& catalogue, const journal::ClinicianSummary& summary, int pages)
    : catalogue_(catalogue)
    , c_(summary)
    , pages_(pages)
{
}

QString SummaryPage::rangeText(const journal::Range& range)
{
    if (range.since.empty() && range.until.empty())
        return tr("All notes");
    if (range.until.empty())
        return tr("From %1").arg(dayText(range.since));
    if (range.since.empty())
        return tr("Until %1").arg(dayText(range.until));
    if (range.since == range.until) // one day, named once ("Wednesday, 2 December 2026 to Wednesday, 2 ...")
        return dayText(range.since);
    return tr("%1 to %2").arg(dayText(range.since), dayText(range.until));
}

QImage SummaryPage::image(int width) const
{
    const int height = static_cast<int>(width * kHeight / kWidth);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(0, 0, width, height));
    return image;
}

void SummaryPage::paint(QPainter& painter, const QRectF& page) const
{
    painter.save();
    painter.translate(page.topLeft());
    painter.scale(page.width() / kWidth, page.width() / kWidth);
    painter.setRenderHint(QPainter::Antialiasing);

    const double top = paintHeader(painter, kMargin);
    paintFooter(painter);
    // The maps get the room the sections under them leave (worst regions beside the trend, what helped, the codes);
    // those follow right under the maps, so that what the maps' width leaves unused is at the foot of the page, not
    // a blank band between the maps and the rest.
    const double middle = 150;
    const double helped = c_.summary.notes > 0 ? paintHelped(nullptr, 0) : 0;
    const double codes = c_.summary.notes > 0 ? paintCodes(nullptr, 0) : 0;
    const double under = c_.summary.notes > 0 ? middle + 8 + helped + 8 + codes : 0;
    const double bottom = kHeight - kMargin - 14 - under;
    const double maps = paintMaps(painter, top + 8, bottom - top - 16);
    if (c_.summary.notes > 0) {
        double y = std::min(top + 8 + maps + 12, bottom);
        paintWorst(painter, QRectF(kMargin, y, kContent * 0.56, middle));
        paintTrend(painter, QRectF(kMargin + kContent * 0.6, y, kContent * 0.4, middle));
        y += middle + 8;
        paintHelped(&painter, y);
        paintCodes(&painter, y + helped + 8);
    }
    painter.restore();
}

double SummaryPage::paintHeader(QPainter& p, double y) const
{
    const auto& s = c_.summary;
    y += Text {&p, 16, true}.draw({kMargin, y, kContent, 0}, tr("Pain journal: summary for a clinician"));
    y += 4;
    QString line = rangeText(s.range);
    if (s.notes == 0)
        line += " \u2013 "
            + (s.range.since.empty() && s.range.until.empty() ? tr("no notes yet.") : tr("no notes on these days."));
    else if (s.days == 1)
        line += " \u2013 " + (s.notes == 1 ? tr("%Ln note", nullptr, s.notes) : tr("%Ln notes", nullptr, s.notes)) + " "
            + tr("on %1.").arg(dayText(s.first, QLocale::ShortFormat));
    else
        // The range above is the one asked for; these are the days that have notes in it (said once each).
        line += " \u2013 " + (s.notes == 1 ? tr("%Ln note", nullptr, s.notes) : tr("%Ln notes", nullptr, s.notes))
            + tr(" on %n days, ", nullptr, s.days)
            + tr("the first on %1, the last on %2.")
                  .arg(dayText(s.first, QLocale::ShortFormat), dayText(s.last, QLocale::ShortFormat));
    y += Text {&p, 9, true}.draw({kMargin, y, kContent, 0}, line);
    y += 3;
    const QString made = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    y += Text {&p, 7.5, false, kGrey}.draw({kMargin, y, kContent, 0},
        s.notes == 0
            ? tr("Written by the person themselves with Trigger Map, a self-care app; it is a record, not a diagnosis. "
                 "Intensities run from 0 (no pain) to 10 (worst imaginable). Report made on %1.")
                  .arg(made)
            : tr("Written by the person themselves with Trigger Map, a self-care app; it is a record, not a diagnosis. "
                 "Intensities run from 0 (no pain) to 10 (worst imaginable). Report made on %1; the details and every "
                 "note follow from page 2.")
                  .arg(made));
    return y;
}

double SummaryPage::paintMaps(QPainter& p, double y, double height) const
{
    const double start = y;
    y += Text {&p, 10.5, true, kHeading}.draw({kMargin, y, kContent, 0}, tr("Where it hurt"));
    if (c_.views.empty()) {
        y += 4;
        y += Text {&p, 8.5}.draw({kMargin, y, kContent, 0}, tr("No spots were noted in this range."));
        return y - start;
    }
    // Legend: the heat colours of 1, 4, 7 and 10, as the painter fills them.
    const BodyColours colours = printColours();
    {
        double x = kMargin + kContent;
        for (int v : {10, 7, 4, 1}) {
            const QString label = QString::number(v);
            x -= 10;
            Text {&p, 7}.draw({x, y - 11, 10, 0}, label, Qt::AlignCenter);
            x -= 11;
            p.fillRect(QRectF(x, y - 10, 10, 8), colours.figure);
            p.fillRect(QRectF(x, y - 10, 10, 8), BodyPainter::heatColour(colours, v / 10.0));
        }
        const QString title = tr("Mean intensity:");
        const double w = QFontMetricsF(font(7)).horizontalAdvance(title) / 10 + 4;
        Text {&p, 7}.draw({x - w, y - 11, w, 0}, title);
    }
    y += 4;

    // Rows: the first days, the whole range, the last days (only the whole range when they would overlap).
    struct Row {
        QString label, days;
        const journal::PeriodDrawing* drawing;
    };
    auto period = [](const journal::PeriodDrawing& d) {
        return d.since == d.until
            ? dayText(d.since, QLocale::ShortFormat)
            : dayText(d.since, QLocale::ShortFormat) + " \u2013 " + dayText(d.until, QLocale::ShortFormat);
    };
    QList<Row> rows;
    const bool apart = !c_.start.since.empty() && c_.start.until < c_.end.since;
    if (apart)
        rows.append({c_.windowDays == 1 ? tr("First day") : tr("First %n days", nullptr, c_.windowDays),
            period(c_.start), &c_.start});
    rows.append({tr("Whole range (mean)"), period(c_.average), &c_.average});
    if (apart)
        rows.append({c_.windowDays == 1 ? tr("Last day") : tr("Last %n days", nullptr, c_.windowDays), period(c_.end),
            &c_.end});

    const double labelWidth = 84, gap = 6, header = 12;
    const BodyPainter painter(catalogue_.body());
    // One column per view that holds pain, and close-ups of the head where a head region was noted: on a whole
    // figure this small the temple, the jaw or the ear are specks.
    struct Column {
        std::string view;
        QRectF focus; ///< normalised; empty: the whole figure
        double aspect;
        QString title;
    };
    std::vector<Column> figures, heads;
    for (const auto& id : c_.views) {
        const auto* v = catalogue_.body().view(id);
        figures.push_back({id, {}, v->aspect, BodyNames::view(*v)});
    }
    for (const auto& column : headColumns()) {
        const auto* v = catalogue_.body().view(column.first);
        heads.push_back({column.first, column.second, column.second.width() * v->aspect / column.second.height(),
            tr("%1, head").arg(BodyNames::view(*v))});
    }
    const auto aspectsOf = [](const std::vector<Column>& line) {
        double sum = 0;
        for (const auto& column : line)
            sum += column.aspect;
        return sum;
    };
    // The height of a line of `line`'s pictures that fills the width, each picture as wide as its figure.
    const double width = kContent - labelWidth;
    const auto fitting = [&](const std::vector<Column>& line) {
        return line.empty() ? 0.0 : (width - gap * static_cast<double>(line.size())) / aspectsOf(line);
    };
    const double perRow = (height - (y - start) - header) / rows.size();
    // The close-ups beside the figures, or - when the width is what limits them (a page of one row, the soles
    // shown) and that would make the figures smaller - on a line of their own under the figures of each row.
    std::vector<Column> together = figures;
    together.insert(together.end(), heads.begin(), heads.end());
    const double besideHeight = std::min(perRow, fitting(together));
    double figureHeight = besideHeight, headHeight = besideHeight;
    bool below = false;
    if (!heads.empty()) {
        const double under = std::min(fitting(heads), 0.45 * (perRow - header));
        const double over = std::min(fitting(figures), perRow - header - under);
        if (over > 1.15 * besideHeight) {
            below = true;
            figureHeight = over;
            headHeight = under;
        }
    }
    const std::vector<Column>& firstLine = below ? figures : together;

    // The titles over a line of pictures; the pictures of a row in a line. The columns share the page's width:
    // each picture as wide as its figure, and what is left over spread evenly between them, the figure in the middle
    // of its column.
    const auto spareOf = [&](const std::vector<Column>& line, double h) {
        return std::max(0.0, width - h * aspectsOf(line) - gap * static_cast<double>(line.size()))
            / static_cast<double>(std::max<std::size_t>(1, line.size()));
    };
    const auto titles = [&](const std::vector<Column>& line, double h, double top) {
        const double spare = spareOf(line, h);
        // One size for the line's titles, a little smaller when a narrow column needs it ("Rechte Seite" beside
        // the head's close-ups took two lines and ran into the figure); each column shrinking on its own mixed three
        // sizes in one line.
        double size = 7.5;
        const auto fits = [&](double points) {
            return std::all_of(line.begin(), line.end(), [&](const Column& column) {
                return QFontMetricsF(font(points, true)).horizontalAdvance(column.title) / 10
                    <= h * column.aspect + gap + spare - 2;
            });
        };
        while (size > 5.5 && !fits(size))
            size -= 0.5;
        double x = kMargin + labelWidth;
        for (const auto& column : line) {
            const double w = h * column.aspect + gap + spare;
            Text {&p, size, true}.draw({x, top, w, 0}, column.title, Qt::AlignHCenter | Qt::TextWordWrap);
            x += w;
        }
    };
    const auto pictures = [&](const std::vector<Column>& line, double h, double top, BodyScene& scene) {
        const double spare = spareOf(line, h);
        double x = kMargin + labelWidth;
        for (const auto& column : line) {
            scene.view = qs(column.view);
            const double w = h * column.aspect;
            const QRectF cell(x + (gap + spare) / 2, top, w, h);
            const auto* v = catalogue_.body().view(column.view);
            if (!column.focus.isEmpty()) {
                const QRectF inner = cell.adjusted(0, 4, 0, -4);
                painter.paintFocused(p, inner, column.focus, scene, colours);
                // The same letters at the close-up's top corners, on the side each stands on the whole figure.
                for (const auto& label : v->labels)
                    if (label.text.size() == 1) {
                        const double cx = label.at.x < 0.5 ? inner.left() + 2 : inner.right() - 14;
                        Text {&p, 6.5, true, kGrey}.draw({cx, inner.top(), 12, 0}, qs(label.text), Qt::AlignHCenter);
                    }
            } else {
                painter.paint(p, cell, scene, colours);
                // The patient's right and left (one letter, the same in English and German): where the figure
                // faces.
                const QTransform at = BodyPainter::toTarget(*v, cell);
                for (const auto& label : v->labels)
                    if (label.text.size() == 1) {
                        const QPointF c = at.map(QPointF(label.at.x, label.at.y));
                        Text {&p, 6.5, true, kGrey}.draw(
                            {c.x() - 6, c.y() - 4, 12, 0}, qs(label.text), Qt::AlignHCenter);
                    }
            }
            x += w + gap + spare;
        }
    };

    titles(firstLine, figureHeight, y);
    y += header;
    const double rowHeight = below ? figureHeight + header + headHeight : figureHeight;
    for (const auto& row : rows) {
        double ly = y + rowHeight / 2 - 14;
        ly += Text {&p, 8, true}.draw({kMargin, ly, labelWidth - 4, 0}, row.label);
        ly += Text {&p, 7, false, kGrey}.draw({kMargin, ly, labelWidth - 4, 0}, row.days);
        Text {&p, 7, false, kGrey}.draw({kMargin, ly, labelWidth - 4, 0},
            row.drawing->notes == 1 ? tr("%Ln note", nullptr, 1) : tr("%Ln notes", nullptr, row.drawing->notes));
        BodyScene scene;
        // The painter's labels are sized in points of the device; the page draws its own, small, below.
        scene.showLabels = false;
        for (const auto& r : row.drawing->regions)
            scene.heat.insert(qs(r.region), r.intensity.mean / 10.0);
        pictures(firstLine, figureHeight, y, scene);
        if (below) {
            titles(heads, headHeight, y + figureHeight);
            pictures(heads, headHeight, y + figureHeight + header, scene);
        }
        y += rowHeight;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        p.drawLine(QPointF(kMargin, y), QPointF(kMargin + kContent, y));
    }
    return y - start;
}

std::vector<std::pair<std::string, QRectF>> SummaryPage::headColumns() const
{
    constexpr std::size_t kMost = 3; // the whole figures keep the room they need
    const auto& body = catalogue_.body();
    std::vector<std::pair<std::string, QRectF>> columns;
    for (const auto& view : c_.views) {
        const body::View* v = body.view(view);
        const auto noted
            = [v](const journal::RegionMean& r) { return r.region.starts_with("head.") && v->shape(r.region); };
        const auto head = catalogue::headFrame(body, view);
        if (!head || std::none_of(c_.average.regions.begin(), c_.average.regions.end(), noted))
            continue;
        const QRectF box = BodyPainter::rectOf(*head);
        const double pad = 0.08 * std::max(box.width(), box.height());
        columns.emplace_back(view, box.adjusted(-pad, -pad, pad, pad));
        if (columns.size() == kMost)
            break;
    }
    return columns;
}

double SummaryPage::paintWorst(QPainter& p, const QRectF& area) const
{
    double y = area.top();
    y += Text {&p, 10.5, true, kHeading}.draw({area.left(), y, area.width(), 0}, tr("Worst regions"));
    y += 3;
    // The numbers are short ("6.6", "6.6 → 3.4"): the region names get the room.
    const double mean = area.width() * 0.70, change = area.width() * 0.80;
    const Text head {&p, 7, true, kGrey};
    head.draw({area.left(), y, mean, 0}, tr("Region"));
    head.draw({area.left() + mean, y, change - mean - 4, 0}, tr("Mean"), Qt::AlignRight);
    head.draw({area.left() + change, y, area.width() - change, 0}, tr("First \u2192 last"), Qt::AlignRight);
    y += 10;
    auto value = [](const std::optional<double>& v) { return v ? one(*v) : QStringLiteral("\u2013"); };
    for (const auto& r : c_.worst) {
        // A cell starts its own line: "Lower back beside the spine", not the name as it reads inside a sentence.
        const QString name = BodyNames::alone(JournalModel::shortRegionName(catalogue_.body(), r.region));
        if (y + std::max(10.0, Text {nullptr, 7.5}.draw({0, 0, mean - 4, 0}, name)) > area.bottom())
            break;
        const Text cell {&p, 7.5};
        // A long place wraps onto a second line, whole: cut short ("top of the shoulder between neck and sh...")
        // it named no place a clinician could read, and a PDF cannot be widened.
        const double height = cell.draw({area.left(), y, mean - 4, 0}, name);
        cell.draw({area.left() + mean, y, change - mean - 4, 0}, one(r.average.mean), Qt::AlignRight);
        cell.draw({area.left() + change, y, area.width() - change, 0}, value(r.start) + " \u2192 " + value(r.end),
            Qt::AlignRight);
        y += std::max(10.5, height + 1.5);
    }
    if (c_.summary.regions.size() > c_.worst.size() && y + 10 <= area.bottom())
        y += Text {&p, 7, false, kGrey}.draw({area.left(), y, area.width(), 0},
            tr("and %n more (page 2)", nullptr, static_cast<int>(c_.summary.regions.size() - c_.worst.size())));
    // What the columns mean, when a dash is there to read.
    const bool dash = std::any_of(c_.worst.begin(), c_.worst.end(), [](const auto& r) { return !r.start || !r.end; });
    if (y + 10 <= area.bottom())
        y += Text {&p, 7, false, kGrey}.draw({area.left(), y + 2, area.width(), 0},
                 (c_.windowDays == 1
                         ? tr("First → last: the mean on the first and the last day")
                         : tr("First → last: the mean in the first and the last %n days", nullptr, c_.windowDays))
                     + (dash ? tr("; –: not noted then") : QString()))
            + 2;
    return y - area.top();
}

double SummaryPage::paintTrend(QPainter& p, const QRectF& area) const
{
    double y = area.top();
    y += Text {&p, 10.5, true, kHeading}.draw({area.left(), y, area.width(), 0}, tr("Overall trend"));
    y += 3;
    const auto& t = c_.trend;
    // How many days "the first" and "the last" are (it said "the first days", beside a chart whose last week could be
    // read either way).
    const int n = c_.windowDays;
    const bool day = n == 1;
    QString words;
    switch (t.direction) {
    case journal::TrendDirection::Better:
        words = day ? tr("Better: the daily pain fell from %1 on the first day to %2 on the last.")
                    : tr("Better: the daily pain fell from %1 in the first %n days to %2 in the last %n.", nullptr, n);
        break;
    case journal::TrendDirection::Worse:
        words = day ? tr("Worse: the daily pain rose from %1 on the first day to %2 on the last.")
                    : tr("Worse: the daily pain rose from %1 in the first %n days to %2 in the last %n.", nullptr, n);
        break;
    case journal::TrendDirection::Same:
        words = day
            ? tr("About the same: the daily pain was %1 on the first day and %2 on the last.")
            : tr("About the same: the daily pain was %1 in the first %n days and %2 in the last %n.", nullptr, n);
        break;
    case journal::TrendDirection::Unknown:
        words = tr("Too few days with a pain reading to tell a trend.");
        break;
    }
    if (t.direction != journal::TrendDirection::Unknown)
        words = words.arg(one(t.start.mean), one(t.end.mean));
    y += Text {&p, 8, t.direction != journal::TrendDirection::Unknown}.draw({area.left(), y, area.width(), 0}, words);
    y += Text {&p, 6.5, false, kGrey}.draw({area.left(), y, area.width(), 0},
        tr("Daily pain: the overall pain of a note, else its worst spot; a day's is the mean of its notes."));
    y += 2;
    TrendLine line {tr("Daily pain"), {}, QColor(0xc6, 0x1a, 0x1a)};
    for (const auto& d : t.days)
        line.points.append({QDate::fromString(qs(d.day), Qt::ISODate), d.intensity.mean});
    if (!line.points.isEmpty() && area.bottom() - y > 40) {
        QPalette palette;
        palette.setColor(QPalette::Window, Qt::white);
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, kText);
        palette.setColor(QPalette::WindowText, kText);
        palette.setColor(QPalette::Mid, QColor(0xcc, 0xcc, 0xcc));
        // The chart is drawn at about the size it has on screen (its margins and lines are in pixels there), with a
        // font of 6.5 points.
        constexpr double k = 2.5;
        p.save();
        p.scale(1 / k, 1 / k);
        QFont small = QApplication::font();
        small.setPixelSize(static_cast<int>(6.5 * k + 0.5));
        p.setFont(small);
        const QRectF chart(area.left() * k, y * k, area.width() * k, (area.bottom() - y) * k);
        ::tmap::app::paintTrend(p, chart, {line}, QString(), palette);
        p.restore();
    }
    return area.height();
}

double SummaryPage::paintHelped(QPainter* painter, double y) const
{
    const double start = y;
    double at = start;
    at += Text {painter, 10.5, true, kHeading}.draw(
        {kMargin, at, kContent, 0}, tr("What helped, what went with worse days"));
    at += 2;
    QStringList lines;
    for (const auto& t : c_.helped) {
        QString what = DataText::pointOrMuscleName(catalogue_, t.muscle, t.triggerPoint);
        if (!t.technique.empty())
            what += QString::fromUtf8(" \u2013 ") + DataText::text(t.technique); // in the report's language
        lines << tr("%1: the pain was %2 points lower right after (mean of %n sessions).", nullptr, t.drop.count)
                     .arg(what, one(*t.drop.mean));
    }
    for (const auto& f : c_.worseWith) {
        const auto* factor = catalogue_.factor(f.factor);
        lines << tr("Days with \u201c%1\u201d: daily pain %2 against %3 on the other days (%4 and %5 days).")
                     .arg(
                         factor ? DataText::factorName(*factor) : qs(f.factor), one(*f.with.mean), one(*f.without.mean))
                     .arg(f.with.count)
                     .arg(f.without.count);
    }
    if (lines.isEmpty())
        lines << tr("Nothing stands out yet: a technique needs %n sessions with the pain noted before and after, a "
                    "factor %n days with and without it.",
            nullptr, c_.insightMinimum);
    for (const auto& l : lines)
        at += Text {painter, 8}.draw({kMargin + 8, at, kContent - 8, 0}, "\u2022 " + l);
    at += Text {painter, 6.5, false, kGrey}.draw({kMargin + 8, at, kContent - 8, 0},
        tr("What happened together in these notes; it does not show what caused what."));
    return at - start;
}

double SummaryPage::paintCodes(QPainter* painter, double y) const
{
    const double start = y;
    double at = start;
    at += Text {painter, 10.5, true, kHeading}.draw({kMargin, at, kContent, 0}, tr("Standard body maps"));
    at += 2;
    using journal::BodyMapFormat;
    const QString lines[] = {
        tr("CHOIR body map, segments (highest intensity): %1")
            .arg(BodyMapNames::endorsed(BodyMapFormat::Choir, c_.choir)),
        tr("Michigan Body Map, %1 of 35 areas: %2")
            .arg(c_.mbm.areas.size())
            .arg(BodyMapNames::endorsed(BodyMapFormat::Mbm, c_.mbm)),
        tr("Widespread Pain Index, %1 of 19 areas: %2")
            .arg(c_.wpi.areas.size())
            .arg(BodyMapNames::endorsed(BodyMapFormat::Wpi, c_.wpi)),
    };
    for (const auto& l : lines)
        at += Text {painter, 7.5}.draw({kMargin + 8, at, kContent - 8, 0}, l);
    at += Text {painter, 6.5, false, kGrey}.draw({kMargin + 8, at, kContent - 8, 0},
        tr("Areas in which a spot was noted in the range, on the patient's left and right; the same areas as the "
           "app's export to standard body maps. The WPI count is of areas noted, not a diagnosis."));
    return at - start;
}

void SummaryPage::paintFooter(QPainter& p) const
{
    const double y = kHeight - kMargin - 8;
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    p.drawLine(QPointF(kMargin, y - 2), QPointF(kMargin + kContent, y - 2));
    Text {&p, 7, false, kGrey}.draw({kMargin, y, kContent, 0}, tr("Trigger Map \u2013 pain journal"));
    Text {&p, 7, false, kGrey}.draw({kMargin, y, kContent, 0}, tr("Page %1 of %2").arg(1).arg(pages_), Qt::AlignRight);
}

} // namespace tmap::app
