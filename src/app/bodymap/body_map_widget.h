// body_map_widget: the clickable body map. Hover names a region, a click toggles it as a painful spot, the
// keyboard walks and toggles regions, the wheel zooms. Drawing goes through BodyPainter; hit-testing goes to
// the core, on the same geometry.
#pragma once

#include <QPixmap>
#include <QWidget>
#include <functional>
#include <optional>

#include "app/bodymap/body_painter.h"

namespace tmap::app {

class PainDrawing;

/// Draws one view of the body with the current pain drawing and an optional referral pattern.
class BodyMapWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapWidget)

public:
    BodyMapWidget(const body::BodyMap& map, PainDrawing& drawing, QWidget* parent = nullptr);

    QString view() const { return view_; }
    void setView(const QString& view);
    void setPattern(const Pattern& pattern);
    const Pattern& pattern() const { return pattern_; }
    /// Outlines one region instance to point at it ("" for none); drawn over the pattern and the spots.
    void setHighlight(const QString& instance);
    QString highlight() const { return highlight_; }
    /// Whether the highlighted region is drawn in the current view (a place behind the ear is not, in the front view).
    bool highlightShown() const;
    /// False: the highlight is a frame only, the region's own colour kept (BodyScene::highlightFilled).
    void setHighlightFilled(bool filled);

    /// The region under a point of the widget, or an empty string.
    QString regionAt(const QPointF& widgetPos) const;
    /// Where a region's centre is on screen in the current view (for tests and accessibility).
    std::optional<QPointF> centreOf(const QString& instance) const;
    QString focusedRegion() const { return focus_; }
    double zoom() const { return zoom_; }
    /// A readable name for an instance: "temple, above and in front of the ear (right)".
    QString regionName(const QString& instance) const;
    /// True when the figure and its lines are cached for the current view, size and zoom (built when idle).
    bool layersCached() const { return !layerKey_.isEmpty() && layerKey_ == currentLayerKey(); }

    QSize sizeHint() const override { return {420, 720}; }
    /// Low enough that the map, its status line, the legend and a three-line "Narrow it down" press test with its
    /// first precaution and the line saying how many more are below fit a 960x540 window (1920x1080 at 200%) in
    /// German.
    QSize minimumSizeHint() const override { return {180, 150}; }

    /// The rectangle (in the view's coordinates) to frame for the map's width:height ratio.
    using FrameFor = std::function<std::optional<QRectF>(double aspect)>;
    /// Zooms and pans so that the rectangle `frame` gives fills the map, within the zoom's limits; asked again
    /// whenever the map is resized, until the user zooms or drags, or the view changes.
    void frameOn(FrameFor frame);
    /// True while a frameOn holds.
    bool framed() const { return bool(frame_); }

public slots:
    void resetZoom();

signals:
    void viewChanged(const QString& view);
    /// The region a question points at changed ("" when none is highlighted).
    void highlightChanged(const QString& instance);
    /// setPattern() was called (the legend shows the marks the pattern uses).
    void patternChanged();
    void hovered(const QString& instance);
    /// A region was toggled as a painful spot by mouse or keyboard.
    void regionActivated(const QString& instance);
    /// The keyboard moved to a region ("" for none): the page names it in its status line.
    void focusedRegionChanged(const QString& instance);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF mapArea() const;
    QTransform toWidget() const;
    void moveFocus(int dx, int dy);
    void setFocusRegion(const QString& instance);
    /// Zooms by `factor`, keeping the figure's point at `anchor` (widget pixels) where it is.
    void zoomAt(const QPointF& anchor, double factor);
    /// Where "+" and "-" zoom: the focused region, the pointer over the map, or the middle.
    QPointF zoomAnchor() const;
    /// Pans a zoomed map so that the region's centre stays well inside.
    void keepInView(const QString& instance);
    void activateAt(const QPointF& at);
    void announce(const QString& text);

    const body::BodyMap& map_;
    PainDrawing& drawing_;
    BodyPainter painter_;
    BodyColours colours_;
    QString view_ = "front";
    Pattern pattern_;
    QString highlight_;
    bool highlightFilled_ = true;
    QString hover_;
    QString focus_;
    double zoom_ = 1.0;
    QPointF pan_; ///< offset in widget pixels
    FrameFor frame_; ///< frameOn's rectangle, framed again when the map is resized
    void applyFrame();
    QPoint dragFrom_;
    bool dragging_ = false;
    bool pressed_ = false; ///< the left button is down on a zoomed map: a click or the start of a drag
    // The figure and its lines change only with the view, size, zoom or palette: drawn into pixmaps when the
    // event loop is idle, and reused by every paint until one of these changes.
    QString currentLayerKey() const;
    void buildLayers();
    QPixmap baseLayer_, lineLayer_;
    QString layerKey_;
    bool layersPending_ = false;
};

} // namespace tmap::app
