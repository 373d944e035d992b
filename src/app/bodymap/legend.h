// legend: explains the map's colours and marks (never colour alone: hatching and an X too).
#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QPainter;

namespace tmap::app {

/// The legend under the body map: one line when the width allows, else as many as it needs (each item whole).
class Legend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Legend)

public:
    explicit Legend(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    /// Adds "Asked about" (the blue outline of the place a question asks about) while such a place is shown.
    void setAskedAbout(bool shown);
    bool askedAboutShown() const { return askedAbout_; }
    /// Adds "Clinician only" (the crossed circle of a point not to press yourself) while the map shows one.
    void setClinicianPoint(bool shown);
    /// The items' names, in order (for tests and screen readers).
    QStringList itemNames() const;
    /// The number of lines the items take at `width`.
    int lineCount(int width) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Item {
        QString text;
        std::function<void(QPainter&, const QRectF&)> draw;
    };
    std::vector<Item> items() const;
    /// Where each item's swatch starts (x, line) when the legend is `width` wide.
    std::vector<QPoint> place(const std::vector<Item>& items, int width) const;
    int itemWidth(const Item& item) const;
    int lineHeight() const;
    /// The height of `lines` lines of items, without the margin.
    int textHeight(int lines) const;

    bool askedAbout_ = false;
    bool clinicianPoint_ = false;
};

} // namespace tmap::app
