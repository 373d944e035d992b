// contrast: the WCAG contrast ratio of two colours, for tests that measure whether text or a control stands out:
// the app's own measure (widgets/warning_style), which the trend chart also uses to pick its lines' colours.
#pragma once

#include <QColor>

#include "app/widgets/warning_style.h"

/// From 1 (the same) to 21 (black on white); text needs 4.5, a control's outline 3.
inline double contrast(const QColor& a, const QColor& b)
{
    return tmap::app::contrastRatio(a, b);
}
