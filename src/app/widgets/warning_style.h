// warning_style: the colours of a warning (the red-flag notice, the note editor's problems, the entry page's
// red flags), in one place, so that a palette can change them.
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace tmap::app {

/// The three colours a warning is drawn in.
struct WarningColours final {
    QColor background;
    QColor text;
    QColor border;
};

/// The warning colours for `palette`: a light red box with dark red text on a light palette, a dark red box with
/// light text and a bright red border on a dark one (the box brings its own background either way).
WarningColours warningColours(const QPalette& palette);

/// A QLabel style sheet that draws a warning box: `border` px border, `radius` px corners, `padding` px inside.
QString warningLabelStyleSheet(const QPalette& palette, int border, int radius, int padding);
/// The same box drawn around a widget named `objectName` whose labels hold the text (a list of items in a scroll
/// area); the widget needs Qt::WA_StyledBackground.
QString warningFrameStyleSheet(const QPalette& palette, const QString& objectName, int border, int radius);
/// The style sheet of a button that stops something at once (a guided session's "Stop now"): solid red with white
/// bold text, darker when hovered and pressed, so that it reads as the button it is and not as one more warning box
/// (white on it 6:1 and more, on the light and the dark palette alike).
QString stopButtonStyleSheet();

/// The contrast ratio of two colours (WCAG): from 1 (the same) to 21 (black on white); text needs 4.5, a line or a
/// control's outline 3.
double contrastRatio(const QColor& a, const QColor& b);

/// The CSS rule for a warning in rich text (`selector { background-color: ...; color: ...; }`).
QString warningCss(const QPalette& palette, const QString& selector);

/// The colours of a caution (what to mind before pressing): amber, one step below a warning's red, so that the signs
/// that send a person to a clinician stand out from the routine precautions beside them.
WarningColours cautionColours(const QPalette& palette);

/// A QLabel style sheet that draws a caution box, as warningLabelStyleSheet.
QString cautionLabelStyleSheet(const QPalette& palette, int border, int radius, int padding);

/// The CSS rule for a caution in rich text, as warningCss.
QString cautionCss(const QPalette& palette, const QString& selector);

/// Both rules, `.flag` for warnings and `.caution` for cautions: the default style sheet of every page that shows a
/// safety box (SafetyHtml::box).
QString safetyCss(const QPalette& palette);

} // namespace tmap::app
