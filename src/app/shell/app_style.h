// app_style: the style the app runs with - the platform's own (or Fusion for --palette), with three changes.
#pragma once

#include <QProxyStyle>

namespace tmap::app {

/// Draws the menu bar's overflow ("more menus") icon itself. Qt's own is a PNG, and every QMenuBar asks for it
/// when it is built; reading that first PNG loads and queries every image-format plugin (SVG, GIF, ICO, JPEG),
/// about 3 ms of start-up on a small machine for an icon that shows only in a very narrow window.
/// Elides table headings that do not fit.
/// Rings radio buttons in a colour that stands out (Fusion outlines them in the window colour made darker:
/// 1.15:1 against the dark window and 2.1:1 against the light one, where controls need 3:1).
class AppStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    /// Wraps `base` (owned), or the platform's default style when null.
    explicit AppStyle(QStyle* base = nullptr);
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
    /// A table's heading wider than its column ends in "..." (Qt 6.4 draws it centred and cuts both ends off).
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
    /// The ring drawn around a radio button on `palette`.
    static QColor radioRing(const QPalette& palette, bool enabled);
};

/// Installs AppStyle over the platform's style, or over Fusion when `fusion` is true.
void installAppStyle(bool fusion);

} // namespace tmap::app
