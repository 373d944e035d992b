// legend: explains the map's colours and marks (never colour alone: hatching and an X too).
#pragma once

#include <QWidget>

namespace tmap::app {

/// A one-line legend under the body map.
class Legend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Legend)

public:
    explicit Legend(QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace tmap::app
