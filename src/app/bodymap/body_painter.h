// body_painter: draws one view of the body map - figure, regions, painful spots, a referral pattern and
// its trigger point - with QPainter, from the core's geometry. The screen, the entry pages' small pictures
// and the PDF report all draw through it, so there is one renderer.
#pragma once

#include <QColor>
#include <QHash>
#include <QMap>
#include <QPainterPath>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QTransform>
#include <optional>
#include <utility>
#include <vector>

#include "body/body_map.h"
#include "catalogue/model.h"
#include "catalogue/pattern.h"

class QPainter;

namespace tmap::app {

/// Colours of the map, derived from the widget palette so that light and dark themes both work.
struct BodyColours {
    QColor background, figure, outline, border, text, hover, focus, spot, main, spill, marker;
    QColor muscle; ///< the muscle under a pattern: a calm, faint tone that neither colour scheme's pattern hides
    static BodyColours from(const QPalette& palette);
};

/// One trigger point on one side of the body.
struct PatternPart {
    const catalogue::TriggerPoint* point = nullptr;
    body::Side side = body::Side::Right;
};

/// A trigger point shown on the map: which point, on which side of the body, and its muscle (whose outline is
/// drawn under the pattern; none without it). A result that stands for several points of its muscle, or for the
/// muscle on both sides, names the others in `others`; they are drawn alike, each with its X.
struct Pattern {
    Pattern() = default;
    Pattern(const catalogue::TriggerPoint* p, body::Side s, const catalogue::Muscle* m = nullptr,
        std::vector<PatternPart> more = {})
        : point(p)
        , side(s)
        , muscle(m)
        , others(std::move(more))
    {
    }
    const catalogue::TriggerPoint* point = nullptr;
    body::Side side = body::Side::Right;
    const catalogue::Muscle* muscle = nullptr;
    std::vector<PatternPart> others;
    explicit operator bool() const { return point != nullptr; }
    /// The point itself first, then the others.
    std::vector<PatternPart> parts() const;
};

/// What to draw on top of the figure.
struct BodyScene {
    QString view;
    QMap<QString, int> spots; ///< instance -> intensity 0-10
    QMap<QString, double> heat; ///< instance -> 0..1, a heat map (reports); drawn instead of spots when set
    Pattern pattern;
    QString hover;
    QString focus;
    QString highlight; ///< a region the page points at (a "Narrow it down" question about it)
    /// The highlight filled (a question's place) or only outlined, so that a spot's own colour stays (the chosen
    /// row of the note editor).
    bool highlightFilled = true;
    bool showLabels = true;
    /// Half the width of the X in device pixels; 0: from the figure's height (markerRadius()). A picture of part of
    /// the body sets it (paintFocused()), so that a close-up does not blow the X up nor a long limb shrink it.
    double markerRadius = 0;
};

/// Paints views of a BodyMap; caches each region's outline as a QPainterPath in normalised coordinates.
class BodyPainter final {
public:
    explicit BodyPainter(const body::BodyMap& map);

    const body::BodyMap& map() const { return map_; }
    /// The largest rectangle with the view's aspect ratio centred in `area` (with a small margin).
    static QRectF fitRect(const body::View& view, const QRectF& area);
    /// Normalised view coordinates -> the fitted rectangle.
    static QTransform toTarget(const body::View& view, const QRectF& area);

    /// What paint() draws, bottom to top; the widget caches the static layers (Base, Lines) as pixmaps.
    enum Layer { Base = 1, Dynamic = 2, Lines = 4, Top = 8, All = 15 };
    using Layers = int;

    void paint(QPainter& painter, const QRectF& area, const BodyScene& scene, const BodyColours& colours,
        Layers layers = All) const;
    /// Paints the scene zoomed so that `focus` (normalised view coordinates) fills `target`.
    void paintFocused(QPainter& painter, const QRectF& target, const QRectF& focus, const BodyScene& scene,
        const BodyColours& colours) const;
    /// The part of a view a pattern occupies (zones and marker), normalised; empty when none of it shows there.
    QRectF patternBounds(const Pattern& pattern, const QString& view) const;

    /// The colour of a heat-map region (heat 0..1), drawn over the figure; the report's legend uses it too.
    static QColor heatColour(const BodyColours& colours, double heat);
    /// The pattern's zones as drawn in a view (normalised coordinates): its shapes, spillover first, each with
    /// whether it is the essential (main) zone; empty when none of it shows there.
    std::vector<std::pair<bool, QPainterPath>> patternPaths(const Pattern& pattern, const QString& view) const;
    /// The same for one part of a pattern.
    std::vector<std::pair<bool, QPainterPath>> patternPaths(const PatternPart& part, const QString& view) const;

    /// The outline of one instance in one view (normalised coordinates), empty when not drawn there.
    QPainterPath path(const QString& view, const QString& instance) const;

    /// Where the trigger point's X goes in a view (normalised), if it shows there (catalogue::patternMarker).
    static std::optional<QPointF> marker(const Pattern& pattern, const QString& view);
    /// The same for one part of a pattern.
    static std::optional<QPointF> marker(const PatternPart& part, const QString& view);
    /// The core's frame of a picture (catalogue::patternFrame) as a rectangle in the view's coordinates.
    static QRectF rectOf(const catalogue::Frame& frame)
    {
        return {QPointF(frame.minX, frame.minY), QPointF(frame.maxX, frame.maxY)};
    }
    /// Where a point of the view (normalised) lands in a picture that paintFocused() draws of `focus` in `target`.
    QPointF focusedPoint(const QRectF& target, const QRectF& focus, const QString& view, const QPointF& at) const;
    /// Half the width of the X, in device pixels, for a figure drawn `figureHeight` pixels high.
    static double markerRadius(double figureHeight);
    /// Half the width of the X in a picture of part of a view `pictureHeight` pixels high (paintFocused()): the same in
    /// every picture of that size, whatever part of the body it shows.
    static double pictureMarkerRadius(double pictureHeight);
    /// True when the X for a point at `at` (device pixels) would mostly hide one of the pattern's `zones` (device
    /// paths): a zone smaller than the X, or a thin strip under it.
    static bool markerHides(const QPointF& at, double r, const std::vector<QPainterPath>& zones);
    /// Draws a muscle's outline (in the painter's coordinates): a faint fill and a thin line, fainter and dashed
    /// for a muscle that lies deep. The map and the legend draw it alike.
    static void paintMuscle(QPainter& painter, const QPainterPath& outline, bool deep, const BodyColours& colours);
    /// Draws the X of radius `r` at the point `at`, always there; slim and without its halo where it would hide a
    /// zone (markerHides), so that the zone shows between its arms. A point for a clinician only
    /// (TriggerPoint::clinicianOnly: beside the femoral pulse) is a crossed circle instead, the sign for "not here",
    /// never the X that says where to press.
    static void paintMarker(QPainter& painter, const QPointF& at, double r, const std::vector<QPainterPath>& zones,
        const BodyColours& colours, bool clinicianOnly = false);

private:
    struct ViewPaths {
        QString view;
        mutable QHash<QString, QPainterPath> regions; ///< instance -> outline, built when first asked for
        QPainterPath outline; ///< the silhouette
        QPainterPath strokes; ///< decorative lines
        QPainterPath borders; ///< every region outline, drawn in one call
    };
    const ViewPaths& pathsFor(const QString& view) const;
    /// The instances the pattern colours (catalogue::patternRegions), none without a pattern.
    std::vector<catalogue::PatternRegion> patternRegions(const Pattern& pattern) const;
    /// One region's path: a frame shows only a few (spots, pattern, hover), so they are built on demand.
    QPainterPath regionPath(const ViewPaths& paths, const QString& instance) const;

    const body::BodyMap& map_;
    mutable QHash<QString, ViewPaths> cache_; ///< view -> paths in normalised coordinates
};

} // namespace tmap::app
