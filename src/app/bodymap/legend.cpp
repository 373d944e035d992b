// bodymap/legend: the legend's items and swatches, laid out on as many lines as the width needs.
#include "app/bodymap/legend.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include "app/bodymap/body_painter.h"

namespace tmap::app {

namespace {

constexpr int kMargin = 4; // left and right of the items
constexpr int kGap = 16; // between two items on a line
constexpr int kLineGap = 4; // between two lines

/// How many lines the places of place() take.
int linesIn(const std::vector<QPoint>& at)
{
    return at.empty() ? 1 : at.back().y() + 1;
}

} // namespace

Legend::Legend(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(tr("Orange: your painful spots. Solid red: main referral zone. Hatched red: "
                                "spillover zone. X: the trigger point. Faint outline: its muscle."));
    // What the swatches do not show: the slim X over a small zone.
    setToolTip(tr("Press where the X is. Over a small zone the X is drawn slim, so that the zone shows between its "
                  "arms. A blue outline marks the place the question under the map asks about."));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

std::vector<Legend::Item> Legend::items() const
{
    const BodyColours c = BodyColours::from(palette());
    std::vector<Item> out;
    out.push_back({tr("Your pain"), [c](QPainter& p, const QRectF& b) {
                       QColor f = c.spot;
                       f.setAlphaF(0.8);
                       p.fillRect(b, f);
                       p.setPen(QPen(c.spot.darker(115), 1.5));
                       p.drawRect(b);
                   }});
    out.push_back({tr("Main zone"), [c](QPainter& p, const QRectF& b) {
                       QColor f = c.main;
                       f.setAlphaF(0.78);
                       p.fillRect(b, f);
                   }});
    out.push_back({tr("Spillover"), [c](QPainter& p, const QRectF& b) {
                       QColor f = c.main;
                       f.setAlphaF(0.22);
                       p.fillRect(b, f);
                       p.fillRect(b, QBrush(c.spill, Qt::BDiagPattern));
                   }});
    out.push_back({tr("Trigger point"), [c](QPainter& p, const QRectF& b) {
                       p.setPen(QPen(c.marker, 2.2, Qt::SolidLine, Qt::RoundCap));
                       const QRectF r = b.adjusted(2, 2, -2, -2);
                       p.drawLine(r.topLeft(), r.bottomRight());
                       p.drawLine(r.bottomLeft(), r.topRight());
                   }});
    if (clinicianPoint_) // drawn as the map draws it (BodyPainter::paintMarker)
        out.push_back({tr("Clinician only: do not press"), [c](QPainter& p, const QRectF& b) {
                           BodyPainter::paintMarker(p, b.center(), b.height() / 2 - 2.5, {}, c, true);
                       }});
    out.push_back({tr("Muscle"), [c](QPainter& p, const QRectF& b) {
                       QPainterPath muscle;
                       muscle.addEllipse(b.adjusted(0, 3, 0, -3));
                       BodyPainter::paintMuscle(p, muscle, false, c);
                   }});
    if (askedAbout_) // drawn as the map draws a question's place (BodyPainter: the highlight)
        out.push_back({tr("Asked about"), [c](QPainter& p, const QRectF& b) {
                           const QRectF r = b.adjusted(1.5, 1.5, -1.5, -1.5);
                           p.fillRect(r, c.hover);
                           p.setPen(QPen(c.focus, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                           p.drawRoundedRect(r, 2, 2);
                       }});
    return out;
}

int Legend::lineHeight() const
{
    return fontMetrics().height();
}

int Legend::itemWidth(const Item& item) const
{
    return lineHeight() + 4 + fontMetrics().horizontalAdvance(item.text) + 2;
}

std::vector<QPoint> Legend::place(const std::vector<Item>& list, int width) const
{
    std::vector<QPoint> at;
    int x = kMargin;
    int line = 0;
    for (const auto& item : list) {
        const int w = itemWidth(item);
        if (x > kMargin && x + w > width - kMargin) { // the item goes whole to the next line
            x = kMargin;
            ++line;
        }
        at.emplace_back(x, line);
        x += w + kGap;
    }
    return at;
}

int Legend::lineCount(int width) const
{
    return linesIn(place(items(), width));
}

int Legend::textHeight(int lines) const
{
    return lines * lineHeight() + (lines - 1) * kLineGap;
}

int Legend::heightForWidth(int width) const
{
    return textHeight(lineCount(width)) + 10;
}

QSize Legend::sizeHint() const
{
    int width = 2 * kMargin;
    for (const auto& item : items())
        width += itemWidth(item) + kGap;
    return {width - kGap, lineHeight() + 10};
}

QSize Legend::minimumSizeHint() const
{
    int widest = 0;
    for (const auto& item : items())
        widest = std::max(widest, itemWidth(item));
    return {widest + 2 * kMargin, lineHeight() + 10};
}

QStringList Legend::itemNames() const
{
    QStringList names;
    for (const auto& item : items())
        names << item.text;
    return names;
}

void Legend::setAskedAbout(bool shown)
{
    if (shown == askedAbout_)
        return;
    askedAbout_ = shown;
    updateGeometry(); // it may need a second line
    update();
}

void Legend::setClinicianPoint(bool shown)
{
    if (shown == clinicianPoint_)
        return;
    clinicianPoint_ = shown;
    updateGeometry();
    update();
}

void Legend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void Legend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto list = items();
    const auto at = place(list, width());
    const int h = lineHeight();
    const int top = (height() - textHeight(linesIn(at))) / 2;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const int x = at[i].x();
        const int y = top + at[i].y() * (h + kLineGap);
        const QRectF box(x, y + 1, h - 2, h - 2);
        p.save();
        list[i].draw(p, box);
        p.restore();
        p.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(list[i].text);
        p.drawText(QRect(x + h + 4, y, w + 2, h), Qt::AlignVCenter, list[i].text);
    }
}

} // namespace tmap::app
