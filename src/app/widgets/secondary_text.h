// secondary_text: a label that reads as secondary (a count, a hint) and still reads: two thirds of the way from
// the window to its text, on any palette, following palette changes. A disabled label, which these were, is
// drawn at about 1.6:1, as if nothing could be done with what it says.
#pragma once

#include <QEvent>
#include <QLabel>
#include <QObject>

namespace tmap::app {

/// Colours `label` as secondary text for as long as it lives (owned by the label).
class SecondaryText final : public QObject {
public:
    explicit SecondaryText(QLabel* label)
        : QObject(label)
        , label_(label)
    {
        label->installEventFilter(this);
        apply();
    }

    /// The colour: 65% of the text, 35% of the window (about 6.5:1 on the light palette, 6:1 on the dark one).
    static QColor colour(const QPalette& palette)
    {
        const QColor text = palette.color(QPalette::WindowText), window = palette.color(QPalette::Window);
        auto mix = [](float t, float w) { return 0.65f * t + 0.35f * w; };
        return QColor::fromRgbF(
            mix(text.redF(), window.redF()), mix(text.greenF(), window.greenF()), mix(text.blueF(), window.blueF()));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        // From the palette the label inherits (its own holds the colour set here).
        const QPalette inherited = label_->parentWidget() ? label_->parentWidget()->palette() : label_->palette();
        const QColor wanted = colour(inherited);
        if (label_->palette().color(QPalette::WindowText) == wanted)
            return; // also ends the palette change that setting it sends
        QPalette own = label_->palette();
        own.setColor(QPalette::WindowText, wanted);
        label_->setPalette(own);
    }

    QLabel* label_;
};

} // namespace tmap::app
