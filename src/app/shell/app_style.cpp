// shell/app_style: the app's proxy style - a drawn menu-overflow icon, elided table headings, radio button rings.
#include "app/shell/app_style.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <algorithm>

namespace tmap::app {

namespace {

/// A double chevron pointing right (horizontal) or down, in the palette's button text colour.
QPixmap chevron(int size, bool horizontal, const QColor& colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, size / 10.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const qreal s = size;
    for (const qreal at : {0.28, 0.55}) {
        QPainterPath path;
        if (horizontal) {
            path.moveTo(at * s, 0.3 * s);
            path.lineTo((at + 0.17) * s, 0.5 * s);
            path.lineTo(at * s, 0.7 * s);
        } else {
            path.moveTo(0.3 * s, at * s);
            path.lineTo(0.5 * s, (at + 0.17) * s);
            path.lineTo(0.7 * s, at * s);
        }
        p.drawPath(path);
    }
    return pixmap;
}

} // namespace

AppStyle::AppStyle(QStyle* base)
    : QProxyStyle(base)
{
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    const QColor colour = (widget ? widget->palette() : QApplication::palette()).color(QPalette::ButtonText);
    const bool horizontal = icon == SP_ToolBarHorizontalExtensionButton;
    QIcon result;
    for (const int size : {16, 32})
        result.addPixmap(chevron(size, horizontal, colour));
    return result;
}

QColor AppStyle::radioRing(const QPalette& palette, bool enabled)
{
    // Half way between the window and its text: 3.8:1 on the light palette and on the dark one, clear without
    // shouting; disabled, half way again towards the window.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    auto mix = [](const QColor& a, const QColor& b) {
        return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
    };
    const QColor ring = mix(text, window);
    return enabled ? ring : mix(ring, window);
}

void AppStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorRadioButton)
        return;
    const QColor ring = radioRing(option->palette, option->state & State_Enabled);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(ring, 1.2));
    painter->drawEllipse(QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0));
    painter->restore();
}

void AppStyle::drawControl(
    ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option);
        header && element == CE_HeaderLabel && !header->text.isEmpty()) {
        // The label's rectangle (SE_HeaderLabel: the header's margins and the sort arrow are already off it), less
        // the icon's room; measured in the font the label is drawn in, bold for the section of the current cell.
        int room = header->rect.width();
        if (!header->icon.isNull())
            room -= proxy()->pixelMetric(PM_SmallIconSize, option, widget) + 4;
        QFont font = painter->font();
        if (header->state & State_On)
            font.setBold(true);
        const QFontMetrics metrics(font);
        if (metrics.horizontalAdvance(header->text) > room) {
            QStyleOptionHeader elided = *header;
            elided.text = metrics.elidedText(header->text, Qt::ElideRight, std::max(0, room));
            QProxyStyle::drawControl(element, &elided, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void installAppStyle(bool fusion)
{
    QApplication::setStyle(new AppStyle(fusion ? QStyleFactory::create("Fusion") : nullptr));
}

} // namespace tmap::app
