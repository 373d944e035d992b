// spot_list: the panel listing the painful spots, each with an intensity to change and a remove button.
#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace tmap::app {

class PainDrawing;

/// Mirrors a PainDrawing's spots as editable rows.
class SpotList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotList)

public:
    SpotList(PainDrawing& drawing, std::function<QString(const QString&)> nameOf, QWidget* parent = nullptr);
    /// The height of the first `count` rows (all of them when fewer) laid out `width` wide: a box that shows whole
    /// rows is this high.
    int heightOfRows(int count, int width) const;

private:
    void sync();
    PainDrawing& drawing_;
    std::function<QString(const QString&)> nameOf_;
    QVBoxLayout* rows_;
    QLabel* empty_;
    QStringList shown_;
};

} // namespace tmap::app
