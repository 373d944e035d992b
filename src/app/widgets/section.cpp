// widgets/section: a section's bold heading and its body's thin rounded frame.
#include "app/widgets/section.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace tmap::app {

Section::Section(const QString& title, QWidget* parent)
    : QWidget(parent)
    , heading_(new QLabel(title, this))
    , body_(new QVBoxLayout)
{
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading_);
    body_->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(body_, 1);
}

QString Section::title() const
{
    return heading_->text();
}

void Section::paintEvent(QPaintEvent*)
{
    // The body's frame: a thin rounded outline in the palette's mid tone. No fill: a large translucent fill would
    // make the raster engine start worker threads for the first frame.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(body_->geometry()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace tmap::app
