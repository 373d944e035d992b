// catalogue/catalogue_page: the Catalogue tab's muscle tree by area, its filter, and the entry with back and forward.
#include "app/catalogue/catalogue_page.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

#include "app/catalogue/entry_browser.h"
#include "app/widgets/data_text.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/roles.h"
#include "app/widgets/secondary_text.h"
#include "app/widgets/wrapped_rows.h"
#include "catalogue/catalogue.h"

namespace tmap::app {

namespace {

// Enter in the filter opens the best match; Down moves into the list.
class FilterKeys final : public QObject {
public:
    FilterKeys(QTreeView* tree, std::function<void()> openFirst, QObject* parent)
        : QObject(parent)
        , tree_(tree)
        , openFirst_(std::move(openFirst))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Down) {
                tree_->setFocus();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                openFirst_();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView* tree_;
    std::function<void()> openFirst_;
};

} // namespace

CataloguePage::CataloguePage(const catalogue::Catalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , catalogue_(catalogue)
{
    auto* splitter = new QSplitter(this);
    splitter->setObjectName("catalogueSplitter");
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    filter_ = new QLineEdit(left);
    filter_->setPlaceholderText(tr("Filter: name, symptom, body part (Ctrl+F)"));
    filter_->setClearButtonEnabled(true);
    filter_->setAccessibleName(tr("Filter the catalogue"));
    tree_ = new QTreeView(left);
    tree_->setHeaderHidden(true);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->setAccessibleName(tr("Muscles by body area"));
    new WrappedRows(tree_); // long names (German ones with their Latin) wrap instead of being cut off
    model_ = new QStandardItemModel(this);
    tree_->setModel(model_);
    count_ = new QLabel(left);
    count_->setObjectName("catalogueCount");
    new SecondaryText(count_);
    leftLayout->addWidget(filter_);
    leftLayout->addWidget(tree_, 1);
    leftLayout->addWidget(count_);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* nav = new QHBoxLayout;
    back_ = new QToolButton(right);
    back_->setArrowType(Qt::LeftArrow);
    back_->setToolTip(tr("Back (Alt+Left)"));
    back_->setAccessibleName(tr("Back"));
    back_->setShortcut(QKeySequence::Back);
    forward_ = new QToolButton(right);
    forward_->setArrowType(Qt::RightArrow);
    forward_->setToolTip(tr("Forward (Alt+Right)"));
    forward_->setAccessibleName(tr("Forward"));
    forward_->setShortcut(QKeySequence::Forward);
    auto* guide = new QToolButton(right);
    guide->setText(tr("Guide"));
    guide->setToolTip(tr("What trigger points are and how to release them safely"));
    nav->addWidget(back_);
    nav->addWidget(forward_);
    nav->addWidget(guide);
    nav->addStretch(1);
    browser_ = new EntryBrowser(catalogue_, right);
    rightLayout->addLayout(nav);
    rightLayout->addWidget(browser_, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    // The list gets a quarter of a wide window, at least its 300 px: long German names with their Latin ("Langer
    // Zehenstrecker (M. extensor digitorum longus)") were cut to look alike at 1920 px.
    new OnResize(this, [this, splitter] {
        if (splitterMoved_)
            return;
        const int total = splitter->width();
        const int list = std::max(300, total / 4);
        splitter->setSizes({list, std::max(0, total - list)});
    });
    connect(splitter, &QSplitter::splitterMoved, this, [this] { splitterMoved_ = true; });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    back_->setEnabled(false);
    forward_->setEnabled(false);
    connect(back_, &QToolButton::clicked, browser_, &QTextBrowser::backward);
    connect(forward_, &QToolButton::clicked, browser_, &QTextBrowser::forward);
    connect(browser_, &QTextBrowser::backwardAvailable, back_, &QWidget::setEnabled);
    connect(browser_, &QTextBrowser::forwardAvailable, forward_, &QWidget::setEnabled);
    connect(guide, &QToolButton::clicked, browser_, &EntryBrowser::showGuide);
    connect(browser_, &QTextBrowser::sourceChanged, this, [this] {
        const QString id = browser_->currentMuscle();
        if (id.isEmpty())
            return;
        revealInTree(id);
        emit muscleShown(id);
    });
    connect(filter_, &QLineEdit::textChanged, this, &CataloguePage::applyFilter);
    connect(tree_, &QTreeView::activated, this, &CataloguePage::openIndex);
    connect(tree_, &QTreeView::clicked, this, &CataloguePage::openIndex);
    filter_->installEventFilter(new FilterKeys(
        tree_,
        [this] { openBestMatch(); },
        this));
    applyFilter({});
    browser_->showGuide();
}

void CataloguePage::applyFilter(const QString& text)
{
    // Empty filter: everything. Otherwise the full-text search decides, in its order of relevance.
    std::vector<const catalogue::Muscle*> shown;
    if (text.trimmed().isEmpty()) {
        for (const auto& m : catalogue_.muscles())
            shown.push_back(&m);
        // By name as shown, in the interface's language ("Gerader ..." before "Oberer ..."), not by the ids.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(shown.begin(), shown.end(), [&](const catalogue::Muscle* a, const catalogue::Muscle* b) {
            return collator.compare(DataText::muscleName(*a), DataText::muscleName(*b)) < 0;
        });
    } else {
        for (const auto& hit : catalogue_.search(text.toStdString(), 200))
            shown.push_back(hit.muscle);
    }
    bestMatch_ = text.trimmed().isEmpty() || shown.empty() ? QString() : QString::fromStdString(shown.front()->id);
    model_->clear();
    const bool filtered = !text.trimmed().isEmpty();
    for (const auto& [area, name] : catalogue::areas()) {
        QStandardItem* group = nullptr;
        for (const auto* m : shown) {
            // Its own area, and while browsing (no filter) any other a person may look for it under (iliopsoas
            // under the hip too); a filtered list names each muscle once, as its count says.
            if (m->area != area
                && (filtered || std::find(m->alsoIn.begin(), m->alsoIn.end(), area) == m->alsoIn.end()))
                continue;
            if (!group) {
                group = new QStandardItem(DataText::area(area));
                group->setSelectable(false);
                QFont f = group->font();
                f.setBold(true);
                group->setFont(f);
                model_->appendRow(group);
            }
            auto* item = new QStandardItem(DataText::muscleName(*m));
            item->setData(QString::fromStdString(m->id), MuscleIdRole);
            item->setData(m->area == area, OwnAreaRole);
            // The whole name (a long German one is cut off in a narrow list), then the Latin.
            item->setToolTip(DataText::muscleName(*m) + "\n" + QString::fromStdString(m->latin));
            group->appendRow(item);
        }
    }
    if (text.trimmed().isEmpty())
        tree_->collapseAll();
    else
        tree_->expandAll();
    // The footer says how many the filter left (all words must match).
    if (text.trimmed().isEmpty())
        count_->setText(tr("%1 muscles, %2 trigger points")
                            .arg(catalogue_.muscles().size())
                            .arg(catalogue_.triggerPoints().size()));
    else
        // English has no translation file: its singular is a string of its own.
        count_->setText(shown.size() == 1 ? tr("1 muscle matches all words")
                                          : tr("%n muscles match all words", nullptr, static_cast<int>(shown.size())));
    if (model_->rowCount() == 0) {
        auto* none = new QStandardItem(tr("No muscle matches \"%1\"").arg(text));
        none->setEnabled(false);
        model_->appendRow(none);
    }
}

void CataloguePage::openBestMatch()
{
    // The best match, which the tree may list under a later area.
    const auto ids = visibleMuscles();
    if (!bestMatch_.isEmpty())
        showMuscle(bestMatch_);
    else if (!ids.isEmpty())
        showMuscle(ids.front());
}

QStringList CataloguePage::visibleMuscles() const
{
    QStringList ids;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QStandardItem* group = model_->item(r);
        for (int c = 0; c < group->rowCount(); ++c)
            if (const QString id = group->child(c)->data(MuscleIdRole).toString(); !ids.contains(id))
                ids << id; // a muscle listed under a second area too, once
    }
    return ids;
}

void CataloguePage::openIndex(const QModelIndex& index)
{
    const QString id = index.data(MuscleIdRole).toString();
    if (!id.isEmpty())
        showMuscle(id);
    else if (index.isValid())
        tree_->setExpanded(index, !tree_->isExpanded(index));
}

void CataloguePage::showMuscle(const QString& id)
{
    if (browser_->currentMuscle() != id)
        browser_->showMuscle(id);
    revealInTree(id);
}

void CataloguePage::revealInTree(const QString& id)
{
    // The entry shown (from a result, a link, Back) is the tree's current row, its area opened, in sight: the row
    // under its own area, when the tree lists it under another too.
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QStandardItem* group = model_->item(r);
        for (int c = 0; c < group->rowCount(); ++c)
            if (group->child(c)->data(MuscleIdRole).toString() == id
                && group->child(c)->data(OwnAreaRole).toBool()) {
                const QModelIndex index = group->child(c)->index();
                tree_->expand(index.parent());
                tree_->setCurrentIndex(index);
                // In the middle, so that its area's heading above it is in sight too (one of an area's first rows):
                // a row alone at the top read as a muscle of the area before it.
                // After the view has laid out and made the row visible its own way (at the very top).
                QTimer::singleShot(0, tree_, [tree = tree_, row = QPersistentModelIndex(index)] {
                    if (row.isValid())
                        tree->scrollTo(row, QAbstractItemView::PositionAtCenter);
                });
                return;
            }
    }
}

void CataloguePage::focusFilter()
{
    filter_->setFocus();
    filter_->selectAll();
}

} // namespace tmap::app
