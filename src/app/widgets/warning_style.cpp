// widgets/warning_style: the colours and style sheets of warnings, cautions and the stop button, light and dark.
#include "app/widgets/warning_style.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace tmap::app {

WarningColours warningColours(const QPalette& palette)
{
    // A light red box with dark red text on a light palette. On a dark one the light box glared out of the page:
    // there a dark red box with light text and a bright red border, which stands out as much (text 12:1 on its
    // background, the border 4:1 against a dark window).
    if (palette.color(QPalette::Window).lightness() < 128)
        return {QColor(0x4a, 0x14, 0x16), QColor(0xff, 0xe1, 0xde), QColor(0xff, 0x5c, 0x5c)};
    return {QColor(0xfd, 0xe2, 0xe1), QColor(0x5c, 0x0b, 0x0b), QColor(0xc6, 0x1a, 0x1a)};
}

namespace {

/// A box's CSS rule in rich text: its colours and a `border` px solid border.
QString boxCss(const QString& selector, const WarningColours& c, int border)
{
    return QStringLiteral("%1 { background-color: %2; color: %3; border-width: %4px; border-style: solid; "
                          "border-color: %5; }")
        .arg(selector, c.background.name(), c.text.name())
        .arg(border)
        .arg(c.border.name());
}

/// A QLabel style sheet for a box in colours `c`.
QString labelStyleSheet(const WarningColours& c, int border, int radius, int padding)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: %3px solid %4; border-radius: %5px; "
                          "padding: %6px; }")
        .arg(c.background.name(), c.text.name())
        .arg(border)
        .arg(c.border.name())
        .arg(radius)
        .arg(padding);
}

} // namespace

QString warningLabelStyleSheet(const QPalette& palette, int border, int radius, int padding)
{
    return labelStyleSheet(warningColours(palette), border, radius, padding);
}

QString warningFrameStyleSheet(const QPalette& palette, const QString& objectName, int border, int radius)
{
    const WarningColours c = warningColours(palette);
    return QStringLiteral(
        "#%1 { background: %2; border: %3px solid %4; border-radius: %5px; } #%1 QLabel { color: %6; }")
        .arg(objectName, c.background.name())
        .arg(border)
        .arg(c.border.name())
        .arg(radius)
        .arg(c.text.name());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QString stopButtonStyleSheet()
{
    return QStringLiteral(
        "QPushButton { background: #b3261e; color: white; font-weight: bold; border: 1px solid #601410; "
        "border-radius: 4px; padding: 6px 12px; }"
        "QPushButton:hover { background: #8c1d18; }"
        "QPushButton:pressed { background: #601410; }"
        "QPushButton:focus { border: 2px solid palette(highlight); }"
        "QPushButton:disabled { background: #d8a09c; color: #f4e4e3; border-color: #c08a86; }");
}

QString warningCss(const QPalette& palette, const QString& selector)
{
    // The border as the Where page's box has it: on a dark page the fill alone hardly stood out (1.1:1).
    return boxCss(selector, warningColours(palette), 2);
}

WarningColours cautionColours(const QPalette& palette)
{
    // Amber: light with dark brown text on a light palette, dark with light text on a dark one (text 7:1 or more
    // on its background, the border 3:1 or more against the window).
    if (palette.color(QPalette::Window).lightness() < 128)
        return {QColor(0x3d, 0x30, 0x0a), QColor(0xff, 0xec, 0xb8), QColor(0xe0, 0xa8, 0x00)};
    return {QColor(0xff, 0xf3, 0xd1), QColor(0x4a, 0x33, 0x00), QColor(0xa8, 0x6b, 0x00)};
}

QString cautionLabelStyleSheet(const QPalette& palette, int border, int radius, int padding)
{
    return labelStyleSheet(cautionColours(palette), border, radius, padding);
}

QString cautionCss(const QPalette& palette, const QString& selector)
{
    return boxCss(selector, cautionColours(palette), 1);
}

QString safetyCss(const QPalette& palette)
{
    return warningCss(palette, ".flag") + cautionCss(palette, ".caution");
}

} // namespace tmap::app
