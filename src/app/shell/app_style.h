// app_style: the style the app runs with - the platform's own (or Fusion for --palette), with one change.
#pragma once

#include <QProxyStyle>

namespace tmap::app {

/// Draws the menu bar's overflow ("more menus") icon itself. Qt's own is a PNG, and every QMenuBar asks for it
/// when it is built; reading that first PNG loads and queries every image-format plugin (SVG, GIF, ICO, JPEG),
/// about 3 ms of start-up on a small machine for an icon that shows only in a very narrow window.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    /// Wraps `base` (owned), or the platform's default style when null.
    explicit AppStyle(QStyle* base = nullptr);
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override;
};

/// Installs AppStyle over the platform's style, or over Fusion when `fusion` is true.
void installAppStyle(bool fusion);

} // namespace tmap::app
