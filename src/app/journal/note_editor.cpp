// journal/note_editor: the note dialog - fields, spot and treatment rows, kept answers and tags, checks, saving.
#include "app/journal/note_editor.h"
#include "app/widgets/data_text.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "app/bodymap/body_map_widget.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/busy_bar.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_session.h"
#include "app/journal/note_map.h"
#include "app/journal/tag_text.h"
#include "app/widgets/answer_text.h"
#include "app/widgets/body_names.h"
#include "app/widgets/check_list.h"
#include "app/widgets/error_text.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/text.h"
#include "app/widgets/warning_style.h"
#include "catalogue/catalogue.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "match/matcher.h"

namespace tmap::app {

namespace {

enum SpotColumn { SpotRegion, SpotIntensity, SpotQuality, SpotRemove };

/// `widget` at its own height in the middle of its cell: a place's name wrapped onto several lines makes the row
/// taller, and a spin box or a drop-down stretched to that height looked broken.
QWidget* centredInCell(QWidget* widget, QWidget* table)
{
    auto* cell = new QWidget(table);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widget, 0, Qt::AlignVCenter);
    cell->setFocusProxy(widget);
    return cell;
}

/// The widget of type W in a cell (itself, or the one centred in it).
template <class W> W* cellWidgetOf(const QTableWidget* table, int row, int column)
{
    QWidget* cell = table->cellWidget(row, column);
    if (auto* widget = qobject_cast<W*>(cell))
        return widget;
    return cell ? cell->findChild<W*>() : nullptr;
}

/// A part of the note the app keeps and shows in words (the answers, the app's tags): a heading over its words and a
/// button that forgets it.
struct KeptRow {
    QLabel* heading;
    QWidget* row;
    QLabel* words;
    QPushButton* forget;
};

/// Makes a KeptRow in `parent` and adds it to `layout`.
KeptRow keptRow(QWidget* parent, QBoxLayout* layout, const QString& heading, const QString& forget, const QString& tip)
{
    KeptRow kept {new QLabel(heading, parent), new QWidget(parent), nullptr, nullptr};
    kept.words = new QLabel(kept.row);
    kept.words->setWordWrap(true);
    kept.words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    kept.forget = new QPushButton(forget, kept.row);
    kept.forget->setToolTip(tip);
    auto* row = new QHBoxLayout(kept.row);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(kept.words, 1);
    row->addWidget(kept.forget, 0, Qt::AlignTop);
    layout->addWidget(kept.heading);
    layout->addWidget(kept.row);
    return kept;
}
enum TreatmentColumn { TrMuscle, TrPoint, TrTechnique, TrMinutes, TrBefore, TrAfter, TrRemove };

// Spin box for an optional intensity: -1 shows as "not noted".
QSpinBox* optionalIntensity(QWidget* parent, const QString& none)
{
    auto* s = new QSpinBox(parent);
    s->setRange(-1, 10);
    s->setSpecialValueText(none);
    s->setValue(-1);
    return s;
}

std::optional<int> valueOf(const QSpinBox* s)
{
    return s->value() < 0 ? std::nullopt : std::optional(s->value());
}

// Search-as-you-type: any part of a name matches, in a popup.
void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace

NoteEditor::NoteEditor(JournalSession& session, const journal::Note& note, QWidget* parent)
    : QDialog(parent)
    , session_(session)
    , original_(note)
{
    const auto& cat = session_.catalogue();
    setWindowTitle(note.id.empty() ? tr("New journal note") : tr("Edit journal note"));

    // When and how much.
    when_ = new QDateTimeEdit(this);
    when_->setCalendarPopup(true);
    when_->setDisplayFormat(JournalModel::dateTimeFormat());
    intensity_ = optionalIntensity(this, tr("not rated")); // as the session says it
    intensity_->setToolTip(tr("How bad the pain was overall, 0 (none) to 10 (worst imaginable)"));
    auto* top = new QHBoxLayout;
    auto* whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(when_);
    auto* intensityLabel = new QLabel(tr("&Overall pain (0-10):"), this);
    intensityLabel->setBuddy(intensity_);
    top->addWidget(whenLabel);
    top->addWidget(when_);
    top->addSpacing(24);
    top->addWidget(intensityLabel);
    top->addWidget(intensity_);
    top->addStretch(1);

    // Where.
    auto* spotsBox = new QGroupBox(tr("Where it hurt"), this);
    spots_ = new QTableWidget(0, 4, spotsBox);
    spots_->setHorizontalHeaderLabels({tr("Region"), tr("Pain"), tr("Feels"), QString()});
    // The scale in the tooltip: "Pain (0-10)" made the column of a one- or two-digit number as wide as the words.
    spots_->horizontalHeaderItem(SpotIntensity)->setToolTip(tr("How strong, from 0 (none) to 10 (the worst)"));
    spots_->horizontalHeader()->setSectionResizeMode(SpotRegion, QHeaderView::Stretch);
    spots_->horizontalHeader()->setSectionResizeMode(SpotRemove, QHeaderView::ResizeToContents);
    // The pain and its feel as wide as their headers and words; the region's name wraps instead.
    spots_->horizontalHeader()->setSectionResizeMode(SpotIntensity, QHeaderView::ResizeToContents);
    spots_->horizontalHeader()->setSectionResizeMode(SpotQuality, QHeaderView::ResizeToContents);
    spots_->verticalHeader()->hide();
    // The headings look alike whichever cell has the focus (the chosen cell's columns were set in bold).
    spots_->horizontalHeader()->setHighlightSections(false);
    // A long name takes two lines; one too long even so loses its middle, never its side ("unterer Rücken ...
    // (links)"): two rows of the same place must tell left from right.
    spots_->setWordWrap(true);
    spots_->setTextElideMode(Qt::ElideMiddle);
    spots_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The chosen row is the spot outlined on the map.
    spots_->setSelectionMode(QAbstractItemView::SingleSelection);
    spots_->setSelectionBehavior(QAbstractItemView::SelectRows);
    spots_->setAccessibleName(tr("Spots"));
    map_ = new NoteMap(cat.body(), spotsBox);
    map_->setToolTip(tr("Click where it hurt"));
    connect(map_, &NoteMap::activated, this, [this](const QString& instance) {
        addSpot(instance);
        dropAnswersTheSpotsGive();
    });
    connect(spots_, &QTableWidget::currentCellChanged, this, [this](int row) {
        const auto* item = row >= 0 ? spots_->item(row, SpotRegion) : nullptr;
        map_->showRegion(item ? item->data(Qt::UserRole).toString() : QString());
    });
    addRegion_ = new QComboBox(spotsBox);
    {
        QList<QPair<QString, QString>> regions;
        for (const auto& id : cat.body().instances())
            regions.append({BodyNames::alone(BodyNames::region(cat.body(), id)), qs(id)});
        std::sort(regions.begin(), regions.end(),
            [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto& [name, id] : regions)
            addRegion_->addItem(name, id);
    }
    makeSearchable(addRegion_);
    // As wide as the layout gives it, not as its longest region name: the editor must fit small screens.
    addRegion_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addRegion_->setMinimumContentsLength(16);
    addRegion_->setCurrentIndex(-1);
    addRegion_->lineEdit()->setPlaceholderText(tr("Type to find a region..."));
    addRegion_->setAccessibleName(tr("Region to add"));
    auto* addSpotButton = new QPushButton(tr("&Add spot"), spotsBox);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addRegion_, 1);
    addRow->addWidget(addSpotButton);
    auto* listLayout = new QVBoxLayout;
    listLayout->addWidget(spots_, 1);
    listLayout->addLayout(addRow);
    auto* spotsLayout = new QHBoxLayout(spotsBox);
    spotsLayout->addWidget(map_, 2);
    spotsLayout->addLayout(listLayout, 3);
    connect(addSpotButton, &QPushButton::clicked, this, [this] {
        const int i = addRegion_->findText(addRegion_->currentText(), Qt::MatchFixedString);
        if (i < 0)
            return;
        addSpot(addRegion_->itemData(i).toString());
        dropAnswersTheSpotsGive();
        addRegion_->setCurrentIndex(-1);
        addRegion_->clearEditText();
    });

    // What was going on.
    auto* textBox = new QGroupBox(tr("Notes"), this);
    text_ = new QPlainTextEdit(textBox);
    text_->setPlaceholderText(tr("What you were doing, how you slept, anything you noticed..."));
    text_->setTabChangesFocus(true);
    tags_ = new QLineEdit(textBox);
    tags_->setPlaceholderText(tr("e.g. work, after running"));
    tags_->setObjectName("noteTags");
    tags_->setClearButtonEnabled(true);
    // Each label over its field: the box is narrow, and a form layout that wraps its rows under a squeeze lost the
    // tags' field below the box's foot (German at 1024x640).
    auto* textLayout = new QVBoxLayout(textBox);
    textLayout->addWidget(text_, 1);
    auto* tagsLabel = new QLabel(tr("&Tags (comma separated):"), textBox);
    tagsLabel->setBuddy(tags_);
    textLayout->addWidget(tagsLabel);
    textLayout->addWidget(tags_);
    // The tags the app wrote (a guided session's, the symptoms ticked on the drawing), kept with the note; in words,
    // apart from the user's own (in the field above they were ids such as "dizziness" in the German interface), and
    // can be forgotten.
    // (Its button's words and tip follow how many symptoms there are: showAppTags.)
    const KeptRow appTags = keptRow(textBox, textLayout, tr("Also noted:"), {}, {});
    appTagsLabel_ = appTags.heading;
    appTagsRow_ = appTags.row;
    appTagsText_ = appTags.words;
    forgetSymptoms_ = appTags.forget;
    // One symptom: the button forgets it. Several: a menu forgets one of them, or all (QPushButton shows its menu
    // instead of clicking). The menu is filled as it opens, so that forgetting one never deletes the action that
    // is still being triggered.
    const auto forgetAll = [this] {
        std::erase_if(
            appTags_, [this](const std::string& t) { return TagText::isSymptomTag(t, session_.catalogue()); });
        showAppTags();
    };
    connect(forgetSymptoms_, &QPushButton::clicked, this, forgetAll);
    forgetSymptomsMenu_ = new QMenu(this);
    connect(forgetSymptomsMenu_, &QMenu::aboutToShow, this, [this, forgetAll] {
        forgetSymptomsMenu_->clear();
        for (const auto& tag : appTags_) {
            if (!TagText::isSymptomTag(tag, session_.catalogue()))
                continue;
            forgetSymptomsMenu_->addAction(
                tr("Remove \"%1\"").arg(TagText::text(tag, session_.catalogue())), this, [this, tag] {
                    std::erase(appTags_, tag);
                    showAppTags();
                });
        }
        forgetSymptomsMenu_->addSeparator();
        forgetSymptomsMenu_->addAction(tr("Remove them all"), this, forgetAll);
    });
    // The answers that narrowed the drawing down, kept with the note; shown in words, and can be forgotten.
    const KeptRow answers = keptRow(textBox, textLayout, tr("Narrow it down:"), tr("&Forget answers"),
        tr("Keep the note without the answers to \"Narrow it down\""));
    answersLabel_ = answers.heading;
    answersRow_ = answers.row;
    answersText_ = answers.words;
    connect(answers.forget, &QPushButton::clicked, this, [this] {
        answers_.clear();
        showAnswers();
    });

    factors_ = new QListWidget(this);
    factors_->setAccessibleName(tr("Factors present that day"));
    factors_->setFlow(QListView::LeftToRight);
    factors_->setWrapping(true);
    factors_->setResizeMode(QListView::Adjust);
    factors_->setSpacing(2);
    factors_->setMaximumHeight(84); // until it is laid out at its width (below)
    styleCheckList(factors_); // check boxes that show in dark themes too
    for (const auto& f : cat.data().factors) {
        auto* item = new QListWidgetItem(DataText::factorName(f), factors_);
        item->setData(Qt::UserRole, qs(f.id));
        item->setToolTip(DataText::factorDescription(f));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* factorsBox = new QGroupBox(tr("Present that day"), this);
    (new QVBoxLayout(factorsBox))->addWidget(factors_);
    // As high as its rows at this width (four in German at 1024 px, where a fixed height cut the first and the
    // last), up to six rows; more scroll.
    new OnResize(
        factors_,
        [this] {
            int bottom = 0;
            for (int i = 0; i < factors_->count(); ++i)
                bottom = std::max(bottom, factors_->visualItemRect(factors_->item(i)).bottom());
            if (bottom <= 0)
                return;
            bottom += factors_->verticalScrollBar()->value();
            const int rowHeight = factors_->sizeHintForRow(0) + factors_->spacing();
            const int wanted = std::min(bottom + factors_->spacing() + 1, 6 * rowHeight) + 2 * factors_->frameWidth();
            if (factors_->maximumHeight() != wanted || factors_->minimumHeight() != wanted)
                factors_->setFixedHeight(wanted);
        },
        OnResize::When::Later);

    // What was tried.
    auto* treatmentsBox = new QGroupBox(tr("What you tried"), this);
    treatments_ = new QTableWidget(0, 7, treatmentsBox);
    treatments_->setHorizontalHeaderLabels({tr("Muscle"), tr("Trigger point"), tr("Technique"), tr("Minutes"),
        tr("Pain before"), tr("Pain after"), QString()});
    treatments_->horizontalHeader()->setHighlightSections(false);
    treatments_->horizontalHeader()->setSectionResizeMode(TrMuscle, QHeaderView::Stretch);
    treatments_->horizontalHeader()->setSectionResizeMode(TrPoint, QHeaderView::Stretch);
    treatments_->horizontalHeader()->setSectionResizeMode(TrTechnique, QHeaderView::Stretch);
    for (int c : {TrMinutes, TrBefore, TrAfter, TrRemove})
        treatments_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    treatments_->verticalHeader()->hide();
    treatments_->setSelectionMode(QAbstractItemView::NoSelection);
    treatments_->setAccessibleName(tr("Treatments"));
    auto* addTreatmentButton = new QPushButton(tr("Add treat&ment"), treatmentsBox);
    auto* treatmentsLayout = new QVBoxLayout(treatmentsBox);
    treatmentsLayout->addWidget(treatments_);
    auto* trRow = new QHBoxLayout;
    trRow->addStretch(1);
    trRow->addWidget(addTreatmentButton);
    treatmentsLayout->addLayout(trRow);
    connect(addTreatmentButton, &QPushButton::clicked, this, [this] { addTreatment({}); });

    problems_ = new QLabel(this);
    problems_->setWordWrap(true);
    problems_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problems_->setStyleSheet(warningLabelStyleSheet(palette(), 1, 4, 6));
    problems_->hide();

    busy_ = new BusyBar(this);
    busy_->setCancelText(tr("Stop waiting")); // the dialog's own Cancel (and Esc) does it too, keeping the note
    connect(busy_, &BusyBar::cancelClicked, &session_, &JournalSession::cancelWaiting);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons_ = buttons;
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteEditor::reject);

    auto* middle = new QHBoxLayout;
    middle->addWidget(spotsBox, 5); // the map and the spot list need the room; the notes wrap
    middle->addWidget(textBox, 2);
    // The form scrolls when the screen is too small for it (1920x1080 at 200%: 540 points high, the form needs
    // about 620); what to do with it - the problems, the wait, Save and Cancel - stays in sight below.
    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(top);
    formLayout->addLayout(middle, 3);
    formLayout->addWidget(factorsBox);
    formLayout->addWidget(treatmentsBox, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("noteForm");
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    // The form fills the view, and is never smaller than it can be laid out (a resizable scroll area would give it
    // the height its wrapped texts ask for at full size, and scroll in every window).
    new OnResize(scroll->viewport(), [scroll, form] {
        const QSize view = scroll->viewport()->size();
        const QSize least = form->minimumSizeHint();
        form->resize(std::max(view.width(), least.width()), std::max(view.height(), least.height()));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(problems_);
    layout->addWidget(busy_);
    layout->addWidget(buttons);
    resize(980, 760);
    if (const auto* screen = this->screen())
        resize(size().boundedTo(screen->availableSize()));

    setNote(note);
    opened_ = this->note();
}

NoteEditor::~NoteEditor() = default;

journal::Note NoteEditor::noteFromDrawing(const PainDrawing& drawing)
{
    journal::Note note;
    note.when = journal::nowLocal();
    note.spots = drawing.noteSpots();
    for (const auto& symptom : drawing.symptoms())
        note.tags.push_back(journal::symptomTag(symptom.toStdString())); // worded by TagText, apart from the user's
    for (const auto& a : drawing.answers())
        note.answers.push_back({a.question.id(), a.reply});
    return note;
}

void NoteEditor::showAppTags()
{
    appTagsText_->setText(TagText::list(appTags_, session_.catalogue()));
    // Only the ticked symptoms can be forgotten: a session's tags record what was done.
    const auto symptoms = std::count_if(appTags_.begin(), appTags_.end(),
        [this](const std::string& t) { return TagText::isSymptomTag(t, session_.catalogue()); });
    forgetSymptoms_->setVisible(symptoms > 0);
    forgetSymptoms_->setText(symptoms == 1 ? tr("Remove t&he symptom") : tr("Remove t&he symptoms"));
    forgetSymptoms_->setToolTip(symptoms == 1 ? tr("Keep the note without the symptom ticked on the drawing")
                                              : tr("Keep the note without one or all of the symptoms ticked on the "
                                                   "drawing"));
    forgetSymptoms_->setMenu(symptoms > 1 ? forgetSymptomsMenu_ : nullptr);
    appTagsRow_->setVisible(!appTags_.empty());
    appTagsLabel_->setVisible(!appTags_.empty());
}

void NoteEditor::showAnswers()
{
    QStringList lines;
    const auto& cat = session_.catalogue();
    for (const auto& a : answers_) {
        const std::string text = a.question + "=" + std::string(journal::replyName(a.reply));
        try {
            lines << AnswerText::answer(cat, match::parseAnswer(cat, text));
        } catch (const std::invalid_argument&) {
            lines << qs(text); // a question this catalogue no longer knows: as it was saved
        }
    }
    answersText_->setText(lines.join('\n'));
    answersRow_->setVisible(!lines.isEmpty());
    answersLabel_->setVisible(!lines.isEmpty());
}

void NoteEditor::dropAnswersTheSpotsGive()
{
    // As on the Where page (PainDrawing): "no pain at the temple" kept, then the temple added as a spot, would save a
    // note that says both. The answer goes, as the drawing now says it; a note opened with both keeps them until a
    // spot is added.
    match::Drawing drawing;
    for (int r = 0; r < spots_->rowCount(); ++r)
        drawing.spots.push_back({spots_->item(r, SpotRegion)->data(Qt::UserRole).toString().toStdString(), 5});
    for (const auto& tag : appTags_)
        if (const auto symptom = journal::symptomOfTag(tag))
            drawing.symptoms.emplace_back(*symptom);
    const auto& cat = session_.catalogue();
    const auto before = answers_.size();
    std::erase_if(answers_, [&](const journal::Answer& a) {
        try {
            const auto answer = match::parseAnswer(cat, a.question + "=" + std::string(journal::replyName(a.reply)));
            return match::drawingAnswers(drawing, answer.question, &cat);
        } catch (const std::invalid_argument&) {
            return false; // a question this catalogue no longer knows: kept as it was
        }
    });
    if (answers_.size() != before)
        showAnswers();
}

void NoteEditor::setNote(const journal::Note& note)
{
    QDateTime at = QDateTime::currentDateTime();
    if (const auto t = journal::parseTimestamp(note.when)) {
        // Shown as the wall-clock time it was written with.
        const QDateTime written = QDateTime::fromSecsSinceEpoch(t->utc, Qt::OffsetFromUTC, t->offsetMinutes * 60);
        at = QDateTime(written.date(), written.time());
    }
    at.setTime(QTime(at.time().hour(), at.time().minute()));
    // A note is about pain someone had (journal::latestNoteTime), or later only when the note already says so (an
    // imported one).
    const QDateTime latest
        = QDateTime::fromSecsSinceEpoch(journal::latestNoteTime(QDateTime::currentSecsSinceEpoch()), Qt::LocalTime);
    when_->setMaximumDateTime(std::max(QDateTime(latest.date(), latest.time()), at));
    when_->setDateTime(at);
    shownWhen_ = when_->dateTime();
    intensity_->setValue(note.intensity.value_or(-1));
    spots_->setRowCount(0);
    for (const auto& spot : QVector<PainDrawing::Spot>(map_->drawing().spots()))
        map_->drawing().remove(spot.instance);
    for (const auto& s : note.spots)
        addSpot(qs(s.region), s.intensity, s.quality);
    if (spots_->rowCount() > 0) {
        // The map opens in the first view that shows the first spot.
        map_->setView(qs(session_.catalogue().body().views().front().id));
        chooseSpot(0);
    }
    text_->setPlainText(qs(note.text));
    openedText_ = note.text;
    answers_ = note.answers;
    showAnswers();
    QStringList tags;
    appTags_.clear();
    openedUserTags_.clear();
    shownTags_ = note.tags;
    for (const auto& t : note.tags) {
        if (TagText::isAppTag(t, session_.catalogue())) {
            appTags_.push_back(t);
        } else {
            tags << qs(t);
            openedUserTags_.push_back(t);
        }
    }
    tags_->setText(tags.join(", "));
    openedTagsField_ = tags_->text();
    showAppTags();
    for (int i = 0; i < factors_->count(); ++i) {
        auto* item = factors_->item(i);
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        const bool present = std::find(note.factors.begin(), note.factors.end(), id) != note.factors.end();
        item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
    }
    treatments_->setRowCount(0);
    for (const auto& t : note.treatments)
        addTreatment(t);
}

QWidget* NoteEditor::removeButton(QTableWidget* table)
{
    auto* b = new QToolButton(table);
    b->setText(tr("Remove"));
    b->setAutoRaise(true);
    b->setToolTip(tr("Remove this row"));
    if (table == spots_) {
        // Beside the map the spot list is narrow: a cross, named for screen readers, leaves the room to the region.
        b->setText(QStringLiteral("\u2715"));
        b->setAccessibleName(tr("Remove"));
        b->setToolTip(tr("Remove this spot"));
    }
    connect(b, &QToolButton::clicked, this, [this, table, b] { removeRowOf(table, b); });
    // The button is the last column: as wide as its text, whatever the header's own width ("emov" otherwise).
    auto* header = table->horizontalHeader();
    const int last = table->columnCount() - 1;
    header->setSectionResizeMode(last, QHeaderView::Fixed);
    header->resizeSection(last, std::max(header->sectionSizeHint(last), b->sizeHint().width() + 8));
    table->verticalHeader()->setMinimumSectionSize(b->sizeHint().height());
    return b;
}

void NoteEditor::removeRowOf(QTableWidget* table, QWidget* button)
{
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->cellWidget(r, c) == button) {
                if (table == spots_)
                    map_->drawing().remove(spots_->item(r, SpotRegion)->data(Qt::UserRole).toString());
                table->removeRow(r);
                return;
            }
}

void NoteEditor::addSpot(const QString& instance, int intensity, journal::Quality quality)
{
    // A region already listed is not added twice; its row is chosen instead.
    if (const int listed = spotRow(instance); listed >= 0) {
        chooseSpot(listed);
        return;
    }
    const auto& body = session_.catalogue().body();
    const int row = spots_->rowCount();
    spots_->insertRow(row);
    auto* name = new QTableWidgetItem(BodyNames::alone(JournalModel::shortRegionName(body, instance.toStdString())));
    name->setData(Qt::UserRole, instance);
    name->setToolTip(BodyNames::alone(BodyNames::region(body, instance.toStdString())));
    name->setFlags(Qt::ItemIsEnabled);
    spots_->setItem(row, SpotRegion, name);
    auto* value = new QSpinBox(spots_);
    value->setRange(0, 10);
    value->setValue(intensity);
    value->setFrame(false);
    value->setAccessibleName(tr("Pain, %1 (0-10)").arg(name->text()));
    spots_->setCellWidget(row, SpotIntensity, centredInCell(value, spots_));
    map_->drawing().add(instance, intensity);
    // Changing a spot's pain also chooses its row, so that the map outlines the spot being changed.
    connect(value, &QSpinBox::valueChanged, this, [this, instance](int v) {
        map_->drawing().setIntensity(instance, v);
        if (const int r = spotRow(instance); r >= 0 && r != spots_->currentRow())
            chooseSpot(r);
    });
    auto* feel = new QComboBox(spots_);
    for (const auto& [q, word] : journal::kQualities)
        feel->addItem(JournalModel::qualityName(q), static_cast<int>(q));
    feel->setCurrentIndex(feel->findData(static_cast<int>(quality)));
    spots_->setCellWidget(row, SpotQuality, centredInCell(feel, spots_));
    spots_->setCellWidget(row, SpotRemove, removeButton(spots_));
    chooseSpot(row);
}

void NoteEditor::chooseSpot(int row)
{
    // The signal alone is not enough: the table may have made the row current while it was being filled.
    spots_->setCurrentCell(row, SpotRegion);
    spots_->scrollToItem(spots_->item(row, SpotRegion));
    map_->showRegion(spots_->item(row, SpotRegion)->data(Qt::UserRole).toString());
}

int NoteEditor::spotRow(const QString& instance) const
{
    for (int r = 0; r < spots_->rowCount(); ++r)
        if (spots_->item(r, SpotRegion)->data(Qt::UserRole).toString() == instance)
            return r;
    return -1;
}

void NoteEditor::addTreatment(const journal::Treatment& t)
{
    const auto& cat = session_.catalogue();
    const int row = treatments_->rowCount();
    treatments_->insertRow(row);

    auto* muscle = new QComboBox(treatments_);
    {
        QList<QPair<QString, QString>> muscles;
        for (const auto& m : cat.muscles())
            muscles.append({DataText::muscleName(m), qs(m.id)});
        std::sort(muscles.begin(), muscles.end(),
            [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto& [name, id] : muscles)
            muscle->addItem(name, id);
    }
    makeSearchable(muscle);
    muscle->lineEdit()->setPlaceholderText(tr("Type to find a muscle..."));
    const int found = muscle->findData(qs(t.muscle));
    muscle->setCurrentIndex(found);
    if (found < 0)
        muscle->setEditText(qs(t.muscle));
    muscle->lineEdit()->setCursorPosition(0); // a long name shows its start, not its end, in a narrow column
    treatments_->setCellWidget(row, TrMuscle, muscle);

    auto* point = new QComboBox(treatments_);
    treatments_->setCellWidget(row, TrPoint, point);
    // A catalogue technique in the interface's language, as the completer offers it (a session saved it in English,
    // and the German editor showed it so).
    auto* technique = new QLineEdit(shownTechnique(t.technique), treatments_);
    technique->setPlaceholderText(tr("e.g. ball against the wall"));
    technique->setFrame(false);
    treatments_->setCellWidget(row, TrTechnique, technique);
    auto* minutes = new QSpinBox(treatments_);
    minutes->setRange(0, journal::kMaxMinutes);
    minutes->setSpecialValueText(tr("-"));
    minutes->setValue(t.minutes);
    treatments_->setCellWidget(row, TrMinutes, minutes);
    auto* before = optionalIntensity(treatments_, tr("-"));
    before->setValue(t.before.value_or(-1));
    treatments_->setCellWidget(row, TrBefore, before);
    auto* after = optionalIntensity(treatments_, tr("-"));
    after->setValue(t.after.value_or(-1));
    treatments_->setCellWidget(row, TrAfter, after);
    treatments_->setCellWidget(row, TrRemove, removeButton(treatments_));

    auto refill = [this, muscle, point] {
        for (int r = 0; r < treatments_->rowCount(); ++r)
            if (treatments_->cellWidget(r, TrMuscle) == muscle)
                fillPoints(r);
        (void)point;
    };
    connect(muscle, &QComboBox::currentIndexChanged, this, refill);
    fillPoints(row);
    const int p = point->findData(qs(t.triggerPoint));
    point->setCurrentIndex(std::max(p, 0));
    if (t.muscle.empty())
        muscle->setFocus();
}

QString NoteEditor::shownTechnique(const std::string& technique) const
{
    // Only a catalogue technique's name is translated: the general lookup also knows words such as "Calf muscle",
    // which a technique typed freely would then show - and be saved - in German.
    return isCatalogueTechnique(technique) ? DataText::text(technique) : QString::fromStdString(technique);
}

bool NoteEditor::isCatalogueTechnique(const std::string& name) const
{
    for (const auto& m : session_.catalogue().muscles())
        for (const auto& tech : m.techniques)
            if (tech.name == name)
                return true;
    return false;
}

std::string NoteEditor::catalogueTechnique(const std::string& muscleId, const QString& typed) const
{
    // A catalogue technique is kept by its own (English) name, whatever the language it was chosen or typed in: a
    // German "Zangengriff oben auf der Schulter" beside a session's "Pincer grip on the top of the shoulder" made two
    // groups of one technique in "What helped", each with half its sessions. The muscle's techniques first, then
    // any muscle's.
    const auto& cat = session_.catalogue();
    const auto named = [&typed](const catalogue::Technique& tech) {
        return typed.compare(DataText::text(tech.name), Qt::CaseInsensitive) == 0
            || typed.compare(qs(tech.name), Qt::CaseInsensitive) == 0;
    };
    if (const auto* m = cat.muscle(muscleId))
        for (const auto& tech : m->techniques)
            if (named(tech))
                return tech.name;
    for (const auto& m : cat.muscles())
        for (const auto& tech : m.techniques)
            if (named(tech))
                return tech.name;
    return typed.toStdString();
}

void NoteEditor::fillPoints(int row)
{
    auto* muscle = qobject_cast<QComboBox*>(treatments_->cellWidget(row, TrMuscle));
    auto* point = qobject_cast<QComboBox*>(treatments_->cellWidget(row, TrPoint));
    auto* technique = qobject_cast<QLineEdit*>(treatments_->cellWidget(row, TrTechnique));
    point->clear();
    point->addItem(tr("whole muscle"), QString());
    QStringList techniques;
    if (const auto* m = session_.catalogue().muscle(muscle->currentData().toString().toStdString())) {
        for (const auto& tp : m->triggerPoints)
            point->addItem(DataText::pointName(tp), qs(tp.id));
        for (const auto& tech : m->techniques)
            techniques << DataText::text(tech.name);
    }
    point->setEnabled(point->count() > 1);
    auto* completer = new QCompleter(techniques, technique);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    technique->setCompleter(completer);
}

journal::Note NoteEditor::note() const
{
    journal::Note n = original_;
    if (n.when.empty() || when_->dateTime() != shownWhen_) {
        // The time as the person set it, in the local time zone (with its offset on that date).
        QDateTime local = when_->dateTime();
        local.setTimeSpec(Qt::LocalTime);
        n.when = journal::formatTimestamp(local.toSecsSinceEpoch(), local.offsetFromUtc() / 60);
    }
    n.intensity = valueOf(intensity_);
    n.spots.clear();
    for (int r = 0; r < spots_->rowCount(); ++r) {
        journal::Spot s;
        s.region = spots_->item(r, SpotRegion)->data(Qt::UserRole).toString().toStdString();
        s.intensity = cellWidgetOf<QSpinBox>(spots_, r, SpotIntensity)->value();
        s.quality
            = static_cast<journal::Quality>(cellWidgetOf<QComboBox>(spots_, r, SpotQuality)->currentData().toInt());
        n.spots.push_back(s);
    }
    n.text = text_->toPlainText() == qs(openedText_) ? openedText_ : text_->toPlainText().trimmed().toStdString();
    n.answers = answers_;
    // The app's tags kept and the user's words, each once; those the note had stay where they were (a problem the
    // journal finds with "tag 3" then means the note's third tag), new words go last.
    std::vector<std::string> words;
    if (tags_->text() == openedTagsField_)
        words = openedUserTags_;
    else
        for (const QString& tag : tags_->text().split(',', Qt::SkipEmptyParts))
            if (const std::string t = tag.simplified().toStdString(); !t.empty())
                words.push_back(t);
    const auto kept = [&](const std::string& t) {
        return std::find(appTags_.begin(), appTags_.end(), t) != appTags_.end()
            || std::find(words.begin(), words.end(), t) != words.end();
    };
    n.tags.clear();
    const auto add = [&n](const std::string& t) {
        if (std::find(n.tags.begin(), n.tags.end(), t) == n.tags.end())
            n.tags.push_back(t);
    };
    for (const auto& t : shownTags_)
        if (kept(t))
            add(t);
    for (const auto& t : appTags_)
        add(t);
    for (const auto& t : words)
        add(t);
    n.factors.clear();
    for (int i = 0; i < factors_->count(); ++i)
        if (factors_->item(i)->checkState() == Qt::Checked)
            n.factors.push_back(factors_->item(i)->data(Qt::UserRole).toString().toStdString());
    n.treatments.clear();
    for (int r = 0; r < treatments_->rowCount(); ++r) {
        auto* muscle = qobject_cast<QComboBox*>(treatments_->cellWidget(r, TrMuscle));
        journal::Treatment t;
        // A name typed but not chosen from the list still counts when it matches one.
        const int i = muscle->findText(muscle->currentText(), Qt::MatchFixedString);
        t.muscle = (i >= 0 ? muscle->itemData(i).toString() : muscle->currentText().trimmed()).toStdString();
        t.triggerPoint
            = qobject_cast<QComboBox*>(treatments_->cellWidget(r, TrPoint))->currentData().toString().toStdString();
        t.technique = catalogueTechnique(
            t.muscle, qobject_cast<QLineEdit*>(treatments_->cellWidget(r, TrTechnique))->text().simplified());
        t.minutes = qobject_cast<QSpinBox*>(treatments_->cellWidget(r, TrMinutes))->value();
        t.before = valueOf(qobject_cast<QSpinBox*>(treatments_->cellWidget(r, TrBefore)));
        t.after = valueOf(qobject_cast<QSpinBox*>(treatments_->cellWidget(r, TrAfter)));
        if (t.muscle.empty() && t.technique.empty() && t.minutes == 0 && !t.before && !t.after)
            continue; // an empty row left behind
        n.treatments.push_back(t);
    }
    return n;
}

QString NoteEditor::problems() const
{
    return problems_->isVisible() || !problems_->text().isEmpty() ? problems_->text() : QString();
}

void NoteEditor::accept()
{
    if (saving_)
        return;
    const journal::Note n = note();
    const auto problems = journal::validateNote(n, session_.vocabulary());
    if (!problems.empty()) {
        problems_->setText(tr("Please correct this first:\n%1").arg(ErrorText::problems(problems)));
        problems_->show();
        return;
    }
    problems_->clear();
    problems_->hide();
    // The save runs off the UI thread; meanwhile the fields stay as they were saved (what is typed now would not be
    // in the note) and this dialog says what it waits for, with Cancel.
    saving_ = true;
    QList<QWidget*> frozen;
    for (auto* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (child != busy_ && child != buttons_ && child->isEnabled()) {
            child->setEnabled(false);
            frozen << child;
        }
    auto* saveButton = buttons_->button(QDialogButtonBox::Save);
    saveButton->setEnabled(false);
    const bool interactive = session_.interactive();
    QString error;
    auto failed = connect(&session_, &JournalSession::error, this, [&error](const QString& e) { error = e; });
    auto busy = connect(&session_, &JournalSession::busyChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            busy_->clear();
        else
            busy_->showBusy(text, session_.isWaitingForOthers());
    });
    session_.setInteractive(false); // the problem and the wait are shown here, in the dialog
    const auto stored = session_.save(n);
    session_.setInteractive(interactive);
    disconnect(failed);
    disconnect(busy);
    busy_->clear();
    for (auto* child : frozen)
        child->setEnabled(true);
    saveButton->setEnabled(true);
    saving_ = false;
    if (!stored) {
        problems_->setText(error + "\n\n" + tr("Your note is still here: you can save it again."));
        problems_->show();
        // Save again is what Enter does (while Save was greyed out the focus went to Cancel, which Enter pressed).
        saveButton->setDefault(true);
        saveButton->setFocus();
        return;
    }
    saved_ = *stored;
    QDialog::accept();
}

bool NoteEditor::isModified() const
{
    return note() != opened_;
}

void NoteEditor::reject()
{
    if (saving_) {
        session_.cancelWaiting(); // Esc while waiting for another program: stop waiting, keep the note
        return;
    }
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Discard this note?"),
            tr("What you typed in this note has not been saved and will be lost."),
            QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName("discardNoteQuestion");
        box.button(QMessageBox::Discard)->setText(tr("&Discard"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace tmap::app
