// contrast: the WCAG contrast ratio of two colours, for tests that measure whether text or a control stands out.
#pragma once

#include <QColor>
#include <algorithm>
#include <cmath>

/// From 1 (the same) to 21 (black on white); text needs 4.5, a control's outline 3.
inline double contrast(const QColor& a, const QColor& b)
{
    auto lum = [](const QColor& c) {
        auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
