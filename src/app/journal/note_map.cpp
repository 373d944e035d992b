// note_map: the note editor's small body map, a BodyMapWidget with its view buttons and a name line.
#include "app/journal/note_map.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/pain_drawing.h"
#include "app/widgets/body_names.h"
#include "app/widgets/check_list.h"
#include "app/widgets/secondary_text.h"
#include "body/body_map.h"

namespace tmap::app {

NoteMap::NoteMap(const body::BodyMap& body, QWidget* parent)
    : QWidget(parent)
    , body_(body)
    , drawing_(new PainDrawing(this))
    , views_(new QButtonGroup(this))
{
    // The view buttons in rows of three: the editor is narrow, and every view stays one click away.
    auto* switcher = new QGridLayout;
    switcher->setSpacing(2);
    int i = 0;
    for (const auto& v : body_.views()) {
        auto* b = new QToolButton(this);
        b->setText(BodyNames::view(v));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setProperty("view", QString::fromStdString(v.id));
        b->setToolTip(tr("Show the %1 view (Page Up and Page Down on the map)").arg(BodyNames::view(v)));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setStyleSheet(checkedButtonStyleSheet(palette())); // the view on show, as on the Where page
        views_->addButton(b);
        switcher->addWidget(b, i / 3, i % 3);
        ++i;
    }

    map_ = new BodyMapWidget(body_, *drawing_, this);
    map_->setObjectName("noteMap");
    // The chosen row's spot is framed, not covered: on a small map the frame's fill hid the spot's orange, in the
    // colour that means "Asked about" on the Where page.
    map_->setHighlightFilled(false);
    // Smaller than the main map's minimum: the editor has other fields to show beside it.
    map_->setMinimumSize(110, 170);
    map_->setAccessibleDescription(tr("Click where it hurt to add the spot to the note, or to choose a spot already "
                                      "listed. Arrow keys move between regions, Space or Enter adds or chooses the "
                                      "region, Page Up and Page Down change the view."));
    name_ = new QLabel(tr("Click where it hurt."), this);
    name_->setWordWrap(true);
    new SecondaryText(name_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(switcher);
    layout->addWidget(map_, 1);
    layout->addWidget(name_);

    if (!views_->buttons().isEmpty())
        views_->buttons().first()->setChecked(true);
    connect(views_, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton* b) { map_->setView(b->property("view").toString()); });
    connect(map_, &BodyMapWidget::viewChanged, this, [this](const QString& view) {
        for (auto* b : views_->buttons())
            b->setChecked(b->property("view").toString() == view);
    });
    auto nameRegion = [this](const QString& instance) {
        name_->setText(instance.isEmpty() ? tr("Click where it hurt.") : map_->regionName(instance));
        name_->setEnabled(!instance.isEmpty());
    };
    connect(map_, &BodyMapWidget::hovered, this, nameRegion);
    connect(map_, &BodyMapWidget::focusedRegionChanged, this, nameRegion);
    connect(map_, &BodyMapWidget::regionActivated, this, &NoteMap::activated);
}

QString NoteMap::view() const
{
    return map_->view();
}

void NoteMap::setView(const QString& view)
{
    map_->setView(view);
}

void NoteMap::showRegion(const QString& instance)
{
    map_->setHighlight(instance);
    if (instance.isEmpty())
        return;
    const std::string id = instance.toStdString();
    if (const auto* v = body_.view(map_->view().toStdString()); v && v->shape(id))
        return;
    for (const auto& v : body_.views())
        if (v.shape(id)) {
            map_->setView(QString::fromStdString(v.id));
            return;
        }
}

} // namespace tmap::app
