// journal/busy_bar: the calm busy state of a slow journal step (a sentence, a busy indicator, Cancel or Try again).
#include "app/journal/busy_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace tmap::app {

namespace {

/// A step that ends within this shows no bar: a flash of text would only startle.
constexpr int kCalmDelayMs = 250;

} // namespace

BusyBar::BusyBar(QWidget* parent)
    : QFrame(parent)
    , indicator_(new QProgressBar(this))
    , text_(new QLabel(this))
    , cancel_(new QPushButton(tr("Cancel"), this))
    , retry_(new QPushButton(this))
    , delay_(new QTimer(this))
{
    setObjectName("journalBusyBar");
    setStyleSheet("#journalBusyBar { background: palette(alternate-base); border: 1px solid palette(mid); "
                  "border-radius: 4px; }");
    indicator_->setRange(0, 0); // busy, no percentage: how long another program writes is not known
    indicator_->setTextVisible(false);
    indicator_->setFixedWidth(fontMetrics().averageCharWidth() * 10);
    indicator_->setAccessibleName(tr("Busy"));
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(indicator_);
    layout->addWidget(text_, 1);
    layout->addWidget(cancel_);
    layout->addWidget(retry_);
    delay_->setSingleShot(true);
    delay_->setInterval(kCalmDelayMs);
    connect(delay_, &QTimer::timeout, this, [this] {
        if (busy_)
            show();
    });
    connect(cancel_, &QPushButton::clicked, this, &BusyBar::cancelClicked);
    connect(retry_, &QPushButton::clicked, this, &BusyBar::retryClicked);
    hide();
}

BusyBar::~BusyBar() = default;

void BusyBar::showBusy(const QString& text, bool now)
{
    const bool wasBusy = busy_;
    busy_ = true;
    text_->setText(text);
    indicator_->show();
    cancel_->show();
    cancel_->setEnabled(true);
    retry_->hide();
    if (now) {
        delay_->stop();
        show();
    } else if (!wasBusy) {
        delay_->start();
    }
}

void BusyBar::showStopped(const QString& text, const QString& retry)
{
    busy_ = false;
    delay_->stop();
    text_->setText(text);
    indicator_->hide();
    cancel_->hide();
    retry_->setText(retry);
    retry_->setVisible(!retry.isEmpty());
    show();
}

void BusyBar::setCancelText(const QString& text)
{
    cancel_->setText(text);
}

void BusyBar::clear()
{
    busy_ = false;
    delay_->stop();
    hide();
}

} // namespace tmap::app
