// bodymap/body_map_widget: the map's hover, clicks, keyboard focus, zoom and pan, and its cached picture layers.
#include "app/bodymap/body_map_widget.h"

#include <QAccessible>
#include <QApplication>
#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

#include "app/bodymap/pain_drawing.h"
#include "app/widgets/body_names.h"

namespace tmap::app {

BodyMapWidget::BodyMapWidget(const body::BodyMap& map, PainDrawing& drawing, QWidget* parent)
    : QWidget(parent)
    , map_(map)
    , drawing_(drawing)
    , painter_(map)
    , colours_(BodyColours::from(palette()))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("Arrow keys move between regions, Space or Enter marks the region as painful, "
                                "Page Up and Page Down change the view, + and - zoom to the region."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&drawing_, &PainDrawing::changed, this, qOverload<>(&QWidget::update));
}

QString BodyMapWidget::regionName(const QString& instance) const
{
    return BodyNames::region(map_, instance.toStdString());
}

void BodyMapWidget::setView(const QString& view)
{
    if (view == view_ || !map_.view(view.toStdString()))
        return;
    view_ = view;
    hover_.clear();
    if (!focus_.isEmpty() && !map_.view(view.toStdString())->shape(focus_.toStdString()))
        focus_.clear();
    resetZoom();
    announce(tr("%1 view").arg(BodyNames::view(*map_.view(view.toStdString()))));
    emit viewChanged(view_);
    update();
}

void BodyMapWidget::setPattern(const Pattern& pattern)
{
    pattern_ = pattern;
    update();
    emit patternChanged();
}

void BodyMapWidget::setHighlight(const QString& instance)
{
    if (instance == highlight_)
        return;
    highlight_ = instance;
    update();
    emit highlightChanged(instance);
}

bool BodyMapWidget::highlightShown() const
{
    return !painter_.path(view_, highlight_).isEmpty();
}

void BodyMapWidget::setHighlightFilled(bool filled)
{
    highlightFilled_ = filled;
    update();
}

void BodyMapWidget::resetZoom()
{
    frame_ = {};
    zoom_ = 1.0;
    pan_ = {};
    update();
}

void BodyMapWidget::frameOn(FrameFor frame)
{
    frame_ = std::move(frame);
    applyFrame();
}

void BodyMapWidget::applyFrame()
{
    const body::View* view = map_.view(view_.toStdString());
    if (!frame_ || !view || width() <= 0 || height() <= 0)
        return;
    const auto focus = frame_(double(width()) / height());
    if (!focus)
        return;
    // The frame as the unzoomed map draws it, then the zoom that makes it fill the map and the pan that centres it.
    const QRectF shown = BodyPainter::toTarget(*view, rect()).mapRect(*focus);
    if (shown.width() <= 0 || shown.height() <= 0)
        return;
    zoom_ = std::clamp(std::min(width() / shown.width(), height() / shown.height()), 1.0, 6.0);
    pan_ = (QRectF(rect()).center() - shown.center()) * zoom_;
    if (zoom_ == 1.0)
        pan_ = {};
    update();
}

void BodyMapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFrame();
}

QRectF BodyMapWidget::mapArea() const
{
    const QRectF base = rect();
    const QPointF c = base.center();
    QRectF zoomed(0, 0, base.width() * zoom_, base.height() * zoom_);
    zoomed.moveCenter(c + pan_);
    return zoomed;
}

QTransform BodyMapWidget::toWidget() const
{
    return BodyPainter::toTarget(*map_.view(view_.toStdString()), mapArea());
}

QString BodyMapWidget::regionAt(const QPointF& widgetPos) const
{
    bool invertible = false;
    const QPointF p = toWidget().inverted(&invertible).map(widgetPos);
    if (!invertible)
        return {};
    const auto hit = map_.hit(view_.toStdString(), {p.x(), p.y()});
    return hit ? QString::fromStdString(*hit) : QString();
}

std::optional<QPointF> BodyMapWidget::centreOf(const QString& instance) const
{
    const body::View* v = map_.view(view_.toStdString());
    const body::Shape* shape = v ? v->shape(instance.toStdString()) : nullptr;
    if (!shape)
        return std::nullopt;
    return toWidget().map(QPointF(shape->centre.x, shape->centre.y));
}

QString BodyMapWidget::currentLayerKey() const
{
    return QString("%1|%2x%3|%4|%5,%6|%7|%8")
        .arg(view_)
        .arg(width())
        .arg(height())
        .arg(zoom_)
        .arg(pan_.x())
        .arg(pan_.y())
        .arg(devicePixelRatioF())
        .arg(colours_.figure.rgba() ^ colours_.outline.rgba() ^ colours_.background.rgba());
}

void BodyMapWidget::buildLayers()
{
    layersPending_ = false;
    const QString key = currentLayerKey();
    if (key == layerKey_ || !isVisible())
        return;
    BodyScene scene;
    scene.view = view_;
    const qreal dpr = devicePixelRatioF();
    auto render = [&](BodyPainter::Layers layers, bool opaque) {
        QPixmap pixmap(size() * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(opaque ? colours_.background : Qt::transparent);
        QPainter lp(&pixmap);
        painter_.paint(lp, mapArea(), scene, colours_, layers);
        return pixmap;
    };
    baseLayer_ = render(BodyPainter::Base, true);
    lineLayer_ = render(BodyPainter::Lines, false);
    layerKey_ = key;
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    BodyScene scene;
    scene.view = view_;
    for (const auto& s : drawing_.spots())
        scene.spots.insert(s.instance, s.intensity);
    scene.pattern = pattern_;
    scene.highlight = highlight_;
    scene.highlightFilled = highlightFilled_;
    scene.hover = hover_;
    scene.focus = hasFocus() ? focus_ : QString();

    QPainter p(this);
    if (currentLayerKey() == layerKey_) {
        p.drawPixmap(0, 0, baseLayer_);
        painter_.paint(p, mapArea(), scene, colours_, BodyPainter::Dynamic);
        p.drawPixmap(0, 0, lineLayer_);
        painter_.paint(p, mapArea(), scene, colours_, BodyPainter::Top);
    } else {
        // No layers for this view, size or zoom yet. Building them means two window-sized pixmaps, which costs
        // more than drawing one frame directly; so this frame (the first one the user sees, or one of a resize)
        // is drawn directly and the layers are built once the event loop is idle.
        p.fillRect(rect(), colours_.background);
        painter_.paint(p, mapArea(), scene, colours_, BodyPainter::All);
        if (!layersPending_) {
            layersPending_ = true;
            QTimer::singleShot(0, this, &BodyMapWidget::buildLayers);
        }
    }
    if (hasFocus()) {
        QPen pen(colours_.focus, 1, Qt::DotLine);
        p.setPen(pen);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void BodyMapWidget::zoomAt(const QPointF& anchor, double factor)
{
    const double newZoom = std::clamp(zoom_ * factor, 1.0, 6.0);
    if (newZoom == zoom_)
        return;
    frame_ = {}; // the user's zoom from here on
    // Keep the point at the anchor where it is.
    const QPointF centre = QRectF(rect()).center() + pan_;
    pan_ += (anchor - centre) * (1 - newZoom / zoom_);
    zoom_ = newZoom;
    if (zoom_ == 1.0)
        pan_ = {};
    update();
}

QPointF BodyMapWidget::zoomAnchor() const
{
    // The keyboard's region when the map has the focus, else the pointer when it is over the map, else the middle.
    if (hasFocus() && !focus_.isEmpty())
        if (const auto centre = centreOf(focus_))
            return *centre;
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    if (rect().contains(cursor))
        return cursor;
    return QRectF(rect()).center();
}

void BodyMapWidget::keepInView(const QString& instance)
{
    // When zoomed, the map follows the keyboard: the focused region's centre stays inside, with a margin.
    const auto centre = centreOf(instance);
    if (zoom_ == 1.0 || !centre)
        return;
    const QRectF inner = QRectF(rect()).adjusted(width() * 0.15, height() * 0.15, -width() * 0.15, -height() * 0.15);
    QPointF shift;
    if (centre->x() < inner.left())
        shift.setX(inner.left() - centre->x());
    else if (centre->x() > inner.right())
        shift.setX(inner.right() - centre->x());
    if (centre->y() < inner.top())
        shift.setY(inner.top() - centre->y());
    else if (centre->y() > inner.bottom())
        shift.setY(inner.bottom() - centre->y());
    if (!shift.isNull())
        frame_ = {};
    pan_ += shift;
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    // A left drag on a zoomed map moves it (as the middle and right buttons always do).
    if (pressed_ && !dragging_ && zoom_ > 1.0
        && (event->position().toPoint() - dragFrom_).manhattanLength() >= QApplication::startDragDistance()) {
        dragging_ = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (dragging_) {
        frame_ = {};
        pan_ += event->position() - QPointF(dragFrom_);
        dragFrom_ = event->position().toPoint();
        update();
        return;
    }
    const QString region = regionAt(event->position());
    if (region == hover_)
        return;
    hover_ = region;
    setCursor(region.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (!region.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), regionName(region), this);
    else
        QToolTip::hideText();
    emit hovered(region);
    update();
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        dragging_ = true;
        dragFrom_ = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    // On a zoomed map a left press may start a drag: the click toggles on release, when the pointer stayed put.
    pressed_ = true;
    dragFrom_ = event->position().toPoint();
    if (zoom_ > 1.0)
        return;
    pressed_ = false;
    activateAt(event->position());
}

void BodyMapWidget::activateAt(const QPointF& at)
{
    const QString region = regionAt(at);
    if (region.isEmpty())
        return;
    focus_ = region;
    emit regionActivated(region);
}

void BodyMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && pressed_) {
        pressed_ = false;
        if (!dragging_) {
            activateAt(event->position());
            return;
        }
    }
    if (dragging_) {
        dragging_ = false;
        setCursor(Qt::ArrowCursor);
    }
}

void BodyMapWidget::leaveEvent(QEvent*)
{
    if (!hover_.isEmpty()) {
        hover_.clear();
        emit hovered({});
        update();
    }
}

void BodyMapWidget::wheelEvent(QWheelEvent* event)
{
    zoomAt(event->position(), std::pow(1.25, event->angleDelta().y() / 120.0));
}

void BodyMapWidget::setFocusRegion(const QString& instance)
{
    focus_ = instance;
    if (!instance.isEmpty()) {
        keepInView(instance);
        announce(regionName(instance) + (drawing_.contains(instance) ? tr(", marked as painful") : QString()));
    }
    emit focusedRegionChanged(instance);
    update();
}

void BodyMapWidget::announce(const QString& text)
{
    // Screen readers follow the widget's accessible name; it names the region under the keyboard cursor.
    setAccessibleName(tr("Body map: %1").arg(text));
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void BodyMapWidget::moveFocus(int dx, int dy)
{
    const body::View* v = map_.view(view_.toStdString());
    if (!v || v->shapes.empty())
        return;
    const body::Shape* current = focus_.isEmpty() ? nullptr : v->shape(focus_.toStdString());
    if (!current) {
        // Start at the top of the figure.
        const body::Shape* top = &v->shapes.front();
        for (const auto& s : v->shapes)
            if (s.centre.y < top->centre.y)
                top = &s;
        setFocusRegion(QString::fromStdString(top->instance));
        return;
    }
    // The nearest region whose centre lies in the pressed direction, favouring straight lines.
    const double aspect = v->aspect;
    const body::Shape* best = nullptr;
    double bestCost = 1e9;
    for (const auto& s : v->shapes) {
        if (&s == current)
            continue;
        const double ddx = (s.centre.x - current->centre.x) * aspect;
        const double ddy = s.centre.y - current->centre.y;
        const double along = dx * ddx + dy * ddy;
        if (along <= 1e-6)
            continue;
        const double across = std::abs(dx * ddy - dy * ddx);
        const double cost = along + 2.5 * across;
        if (cost < bestCost) {
            bestCost = cost;
            best = &s;
        }
    }
    if (best)
        setFocusRegion(QString::fromStdString(best->instance));
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(-1, 0);
        return;
    case Qt::Key_Right:
        moveFocus(1, 0);
        return;
    case Qt::Key_Up:
        moveFocus(0, -1);
        return;
    case Qt::Key_Down:
        moveFocus(0, 1);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!focus_.isEmpty()) {
            emit regionActivated(focus_);
            setFocusRegion(focus_);
        }
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        const auto& views = map_.views();
        int index = 0;
        for (std::size_t i = 0; i < views.size(); ++i)
            if (QString::fromStdString(views[i].id) == view_)
                index = static_cast<int>(i);
        const int n = static_cast<int>(views.size());
        index = (index + (event->key() == Qt::Key_PageDown ? 1 : n - 1)) % n;
        setView(QString::fromStdString(views[static_cast<std::size_t>(index)].id));
        return;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(zoomAnchor(), 1.25);
        return;
    case Qt::Key_Minus:
        zoomAt(zoomAnchor(), 1 / 1.25);
        return;
    case Qt::Key_0:
        resetZoom();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BodyMapWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    if (focus_.isEmpty())
        moveFocus(0, 1);
    else
        setFocusRegion(focus_);
    update();
}

void BodyMapWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        colours_ = BodyColours::from(palette());
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace tmap::app
