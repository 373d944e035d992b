// where/spot_list: the painful spots' rows (name, intensity, remove), kept in step with the pain drawing.
#include "app/where/spot_list.h"

#include <algorithm>
#include <vector>

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/bodymap/pain_drawing.h"
#include "app/widgets/secondary_text.h"
#include "app/widgets/stacked_height.h"

namespace tmap::app {

SpotList::SpotList(PainDrawing& drawing, std::function<QString(const QString&)> nameOf, QWidget* parent)
    : QWidget(parent)
    , drawing_(drawing)
    , nameOf_(std::move(nameOf))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    empty_ = new QLabel(tr("Click the body where it hurts. Each spot gets an intensity from 0 to 10."), this);
    empty_->setWordWrap(true);
    new SecondaryText(empty_); // the first thing to do: readable, not disabled grey
    layout->addWidget(empty_);
    rows_ = new QVBoxLayout;
    rows_->setSpacing(2);
    layout->addLayout(rows_);
    layout->addStretch(1);
    connect(&drawing_, &PainDrawing::changed, this, &SpotList::sync);
    sync();
}

int SpotList::heightOfRows(int count, int width) const
{
    std::vector<const QWidget*> rows;
    for (int i = 0; i < std::min(count, rows_->count()); ++i)
        rows.push_back(rows_->itemAt(i)->widget());
    return stackedHeight(rows, width, rows_->spacing());
}

void SpotList::sync()
{
    QStringList now;
    for (const auto& s : drawing_.spots())
        now << s.instance;
    if (now == shown_) {
        // Same rows: only the values may have changed; keep the widgets (and the keyboard focus).
        for (int i = 0; i < rows_->count(); ++i) {
            auto* spin = rows_->itemAt(i)->widget()->findChild<QSpinBox*>();
            const int value = drawing_.intensity(shown_[i]);
            if (spin && spin->value() != value)
                spin->setValue(value);
        }
        return;
    }
    shown_ = now;
    while (auto* item = rows_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto& s : drawing_.spots()) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        const QString name = nameOf_(s.instance);
        auto* label = new QLabel(name, row);
        label->setWordWrap(true);
        // The place's name, and the id that tpmap and the exports use for it.
        label->setToolTip(tr("%1 (in tpmap and exports: %2)").arg(name, s.instance));
        auto* spin = new QSpinBox(row);
        spin->setRange(0, 10);
        spin->setValue(s.intensity);
        spin->setPrefix(tr("intensity "));
        spin->setAccessibleName(tr("Intensity of %1").arg(name));
        auto* remove = new QToolButton(row);
        remove->setText(QStringLiteral("\u2715"));
        remove->setToolTip(tr("Remove this spot"));
        remove->setAccessibleName(tr("Remove %1").arg(name));
        h->addWidget(label, 1);
        h->addWidget(spin);
        h->addWidget(remove);
        const QString instance = s.instance;
        connect(spin, &QSpinBox::valueChanged, this, [this, instance](int v) { drawing_.setIntensity(instance, v); });
        connect(remove, &QToolButton::clicked, this, [this, instance] { drawing_.remove(instance); });
        rows_->addWidget(row);
        // Shown now, not at the layout's next turn: whoever sizes the list on PainDrawing::changed (the page's
        // scroll area) measures the new rows, not an empty list.
        row->show();
    }
    empty_->setVisible(drawing_.spots().isEmpty());
}

} // namespace tmap::app
