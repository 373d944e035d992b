#include "app/bodymap/legend.h"

#include <QPainter>

#include "app/bodymap/body_painter.h"

namespace tmap::app {

Legend::Legend(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(tr("Orange: your painful spots. Solid red: main referral zone. Hatched red: "
                                "spillover zone. X: the trigger point. Faint outline: its muscle."));
    // What the swatches do not show: an X set beside a small zone it would hide, and the place a question asks about.
    setToolTip(tr("An X set beside a small zone it would hide is joined by a thin line to the small circle where the "
                  "trigger point lies: press at the circle. A blue outline marks the place the question under the "
                  "map asks about."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize Legend::sizeHint() const
{
    return {400, fontMetrics().height() + 10};
}

void Legend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const BodyColours c = BodyColours::from(palette());
    const int h = fontMetrics().height();
    const int y = (height() - h) / 2;
    int x = 4;
    auto swatch = [&](const QString& text, auto&& draw) {
        const QRectF box(x, y + 1, h - 2, h - 2);
        p.save();
        draw(box);
        p.restore();
        x += h + 4;
        p.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(text);
        p.drawText(QRect(x, y, w + 2, h), Qt::AlignVCenter, text);
        x += w + 16;
    };
    swatch(tr("Your pain"), [&](const QRectF& b) {
        QColor f = c.spot;
        f.setAlphaF(0.8);
        p.fillRect(b, f);
        p.setPen(QPen(c.spot.darker(115), 1.5));
        p.drawRect(b);
    });
    swatch(tr("Main zone"), [&](const QRectF& b) {
        QColor f = c.main;
        f.setAlphaF(0.78);
        p.fillRect(b, f);
    });
    swatch(tr("Spillover"), [&](const QRectF& b) {
        QColor f = c.main;
        f.setAlphaF(0.22);
        p.fillRect(b, f);
        p.fillRect(b, QBrush(c.spill, Qt::BDiagPattern));
    });
    swatch(tr("Trigger point"), [&](const QRectF& b) {
        p.setPen(QPen(c.marker, 2.2, Qt::SolidLine, Qt::RoundCap));
        const QRectF r = b.adjusted(2, 2, -2, -2);
        p.drawLine(r.topLeft(), r.bottomRight());
        p.drawLine(r.bottomLeft(), r.topRight());
    });
    swatch(tr("Muscle"), [&](const QRectF& b) {
        QPainterPath muscle;
        muscle.addEllipse(b.adjusted(0, 3, 0, -3));
        BodyPainter::paintMuscle(p, muscle, false, c);
    });
}

} // namespace tmap::app
