// section: a titled part of a page - a bold heading over a softly framed body.
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tmap::app {

/// Used instead of QGroupBox on the first screen: Fusion draws a group box frame from a PNG, and the first one
/// drawn loads every image-format plugin and starts the raster engine's worker threads, ~5 ms of start-up on a
/// small machine. This draws its frame with two painter calls. The heading names the section for screen readers.
class Section final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Section)

public:
    explicit Section(const QString& title, QWidget* parent = nullptr);
    /// Where the section's content goes.
    QVBoxLayout* body() const { return body_; }
    QString title() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* heading_;
    QVBoxLayout* body_;
};

} // namespace tmap::app
