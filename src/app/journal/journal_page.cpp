// journal/journal_page: the Journal tab: its controls and their wiring, the list, the filters, notes and deletes
// (the figures in journal_page_figures.cpp, the trend in journal_page_trend.cpp, the files in
// journal_page_files.cpp, the trash in journal_page_trash.cpp). Over 600 lines because the constructor builds and
// wires the page's many controls (~250 lines).
#include "app/journal/journal_page.h"
#include "app/widgets/data_text.h"
#include "app/widgets/error_text.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

#include "app/journal/busy_bar.h"
#include "app/journal/insights_panel.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_session.h"
#include "app/journal/note_editor.h"
#include "app/journal/trend_chart.h"
#include "app/widgets/on_resize.h"
#include "app/widgets/roles.h"
#include "app/widgets/secondary_text.h"
#include "app/widgets/text.h"
#include "app/widgets/wrapped_rows.h"
#include "catalogue/catalogue.h"
#include "journal/insights.h"
#include "journal/summary.h"

namespace tmap::app {

namespace {

/// Elides a cell's text in the middle, so that its end stays in sight.
class KeepEndDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

/// "Where": as many of the note's places whole as the column holds, then how many more (JournalModel::placesIn).
/// Cut at the end alone, a long first place hid that there were others: every row of a month read "Between the
/// shoulder blade and th...".
class PlacesDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
        const QStringList places = index.data(PlacesRole).toStringList();
        if (places.size() > 1)
            option->text = JournalModel::placesIn(places, option->fontMetrics, option->rect.width() - 2 * margin);
    }
};

/// Why the journal could not be opened, for the page's line: the message box that said it is gone once closed (and
/// another part of the window may have taken this open's result first; the session keeps its last error).
QString whyNotOpened(const JournalSession::OpenResult& result, const JournalSession& session)
{
    const QString why = result.error.isEmpty() ? session.lastError() : result.error;
    return why.isEmpty() ? JournalPage::tr("Your journal could not be opened.") : QString(why).replace("\n\n", " ");
}

// Turns a day filter's calendar to today's month each time it opens while the filter reads "any".
class CalendarOpensAtToday final : public QObject {
public:
    explicit CalendarOpensAtToday(QDateEdit* edit)
        : QObject(edit)
        , edit_(edit)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && edit_->date() == edit_->minimumDate()) {
            const QDate today = QDate::currentDate();
            static_cast<QCalendarWidget*>(watched)->setCurrentPage(today.year(), today.month());
        }
        return false;
    }

private:
    QDateEdit* edit_;
};

// A day filter whose lowest value reads "any".
QDateEdit* dayFilter(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(JournalPage::tr("any"));
    edit->setDate(edit->minimumDate());
    edit->setDisplayFormat(wholeYearDateFormat(QLocale(), QLocale::ShortFormat));
    edit->setAccessibleName(accessibleName);
    // "any" is stored as the lowest date, but the calendar should not open in January 2000: while the filter is
    // "any", the popup opens at today's month.
    auto* calendar = edit->calendarWidget();
    calendar->installEventFilter(new CalendarOpensAtToday(edit));
    return edit;
}

std::string dayOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? std::string() : edit->date().toString(Qt::ISODate).toStdString();
}

} // namespace

JournalPage::JournalPage(JournalSession& session, QWidget* parent)
    : QWidget(parent)
    , session_(session)
    , model_(new JournalModel(session, this))
{
    // Toolbar: what to do, then what to show.
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    newAction_ = toolbar->addAction(tr("&New note..."), this, [this] { newNote(); });
    newAction_->setShortcut(QKeySequence::New);
    newAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    editAction_ = toolbar->addAction(tr("&Edit..."), this, [this] { editNote(selectedId()); });
    deleteAction_ = toolbar->addAction(tr("&Delete"), this, [this] { deleteSelected(); });
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    deleteAction_->setToolTip(tr("Move the selected notes to the trash (Del)"));
    restoreAction_ = toolbar->addAction(tr("&Restore"), this, [this] { restoreSelected(); });
    restoreAction_->setToolTip(tr("Bring the selected notes back from the trash"));
    restoreAction_->setVisible(false);
    purgeAction_ = toolbar->addAction(tr("Delete &permanently..."), this, [this] { purgeSelected(); });
    purgeAction_->setToolTip(tr("Erase the selected notes for good"));
    purgeAction_->setVisible(false);
    emptyTrashAction_ = toolbar->addAction(tr("&Empty trash..."), this, [this] { emptyTrash(); });
    emptyTrashAction_->setToolTip(tr("Erase every note in the trash for good"));
    emptyTrashAction_->setVisible(false);
    trashAction_ = toolbar->addAction(tr("&Trash"), this, [this](bool on) { showTrash(on); });
    trashAction_->setCheckable(true);
    trashAction_->setToolTip(tr("Show the notes moved to the trash; they stay there until you restore them"));
    addAction(newAction_);
    addAction(deleteAction_);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);

    // What to show: a row of its own under the actions, so that neither squeezes the other. In one row, German
    // labels pushed "Report" and "Settings" behind the toolbar's overflow button in a 1024 px window.
    auto* filters = new QWidget(this);
    search_ = new QLineEdit(filters);
    search_->setPlaceholderText(tr("Search notes"));
    search_->setClearButtonEnabled(true);
    search_->setAccessibleName(tr("Search notes"));
    search_->setToolTip(tr("Every word must match: the note's text and tags, or the names of its regions, muscles, "
                           "techniques and factors"));
    search_->setMinimumWidth(search_->fontMetrics().averageCharWidth() * 24);
    search_->setMaximumWidth(search_->fontMetrics().averageCharWidth() * 60);
    auto* fromLabel = new QLabel(tr("  Fro&m "), filters); // Alt+F is the File menu's
    since_ = dayFilter(filters, tr("From day"));
    fromLabel->setBuddy(since_);
    auto* toLabel = new QLabel(tr(" t&o "), filters);
    until_ = dayFilter(filters, tr("To day"));
    toLabel->setBuddy(until_);
    anyDay_ = new QToolButton(filters);
    anyDay_->setAutoRaise(true);
    anyDay_->setText(tr("&Any day"));
    anyDay_->setToolTip(tr("Clear the days: show the notes of any day"));
    anyDay_->setEnabled(false);
    connect(anyDay_, &QToolButton::clicked, this, [this] { setRange({}, {}); });
    auto* filterRow = new QHBoxLayout(filters);
    filterRow->setContentsMargins(4, 0, 4, 2);
    filterRow->setSpacing(4);
    filterRow->addWidget(search_, 1);
    filterRow->addWidget(fromLabel);
    filterRow->addWidget(since_);
    filterRow->addWidget(toLabel);
    filterRow->addWidget(until_);
    filterRow->addWidget(anyDay_);
    filterRow->addStretch(1);

    exportButton_ = new QToolButton(toolbar);
    exportButton_->setText(tr("E&xport"));
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton_);
    exportJson_ = exportMenu->addAction(
        tr("As &JSON (for Trigger Map or tpmap)..."), this, [this] { exportWithDialog(journal::Format::Json); });
    exportCsv_ = exportMenu->addAction(
        tr("As &CSV (for a spreadsheet)..."), this, [this] { exportWithDialog(journal::Format::Csv); });
    exportBodyMap_ = exportMenu->addAction(
        tr("As a &body map (CHOIR, Michigan, WPI)..."), this, &JournalPage::exportBodyMapWithDialog);
    exportBodyMap_->setToolTip(tr("The days shown as a standard pain drawing, for a clinic's records"));
    exportButton_->setMenu(exportMenu);
    exportAction_ = toolbar->addWidget(exportButton_);
    import_ = toolbar->addAction(tr("&Import..."), this, &JournalPage::importWithDialog);
    import_->setToolTip(tr("Add the notes of a JSON or CSV export to this journal"));
    report_ = toolbar->addAction(tr("&Report (PDF)..."), this, &JournalPage::reportWithDialog);
    report_->setToolTip(tr("A report for your therapist over the days shown"));
    report_->setVisible(false); // until the shell gives the report's writer
    settings_ = toolbar->addAction(tr("Bac&kups..."), this, &JournalPage::showSettings);
    settings_->setToolTip(tr("Where the journal and its backups are; restore a backup"));

    // A tool button shows its action's text without the "..." of a menu item (Qt drops it), but not the
    // typographic ellipsis of the German texts: drop that too, so both languages read alike.
    for (QAction* action : toolbar->actions())
        if (QString text = action->iconText(); text.contains(QChar(0x2026)))
            action->setIconText(text.remove(QChar(0x2026)).trimmed());

    searchDelay_ = new QTimer(this);
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(250);
    connect(search_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(searchDelay_, &QTimer::timeout, this, &JournalPage::applyFilter);
    connect(since_, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);
    connect(until_, &QDateEdit::dateChanged, this, &JournalPage::applyFilter);

    // Another program (tpmap, a second window) may write the journal while the tab is open: reload when its file
    // or its write-ahead log changes.
    watcher_ = new QFileSystemWatcher(this);
    outsideChange_ = new QTimer(this);
    outsideChange_->setSingleShot(true);
    outsideChange_->setInterval(300);
    connect(watcher_, &QFileSystemWatcher::fileChanged, outsideChange_, qOverload<>(&QTimer::start));
    connect(outsideChange_, &QTimer::timeout, this, [this] {
        watchJournalFile(); // a file replaced or re-created is no longer watched
        // Only a write changes the files' sizes or modification times: the events a reading connection causes (the
        // figures are read on a connection of their own) would otherwise start a new read, whose end starts another.
        if (fileStamp() != seenStamp_)
            refresh();
    });

    // Message bar: what just happened, with Undo after a delete.
    messageBar_ = new QFrame(this);
    messageBar_->setObjectName("journalMessageBar");
    messageBar_->setStyleSheet("#journalMessageBar { background: palette(alternate-base); border: 1px solid "
                               "palette(mid); border-radius: 4px; }");
    messageText_ = new QLabel(messageBar_);
    messageText_->setWordWrap(true);
    messageText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    undo_ = new QPushButton(tr("&Undo"), messageBar_);
    auto* closeMessage = new QToolButton(messageBar_);
    closeMessage->setText(QStringLiteral("\u2715"));
    closeMessage->setAutoRaise(true);
    closeMessage->setToolTip(tr("Close"));
    auto* barLayout = new QHBoxLayout(messageBar_);
    barLayout->setContentsMargins(8, 4, 4, 4);
    barLayout->addWidget(messageText_, 1);
    barLayout->addWidget(undo_);
    barLayout->addWidget(closeMessage);
    messageBar_->hide();
    connect(undo_, &QPushButton::clicked, this, &JournalPage::undoDelete);
    connect(closeMessage, &QToolButton::clicked, messageBar_, &QWidget::hide);

    // Busy bar: the journal opening (the day's check and backup) or waiting for another program, with Cancel.
    busy_ = new BusyBar(this);
    connect(busy_, &BusyBar::cancelClicked, &session_, &JournalSession::cancelWaiting);
    connect(busy_, &BusyBar::retryClicked, this, &JournalPage::startLoading);
    connect(&session_, &JournalSession::busyChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            busy_->clear();
        else if (session_.isOpening())
            busy_->showBusy(text, session_.isWaitingForOthers());
    });
    connect(&session_, &JournalSession::openFinished, this, [this] {
        if (!loaded_ && isVisible())
            ensureLoaded();
    });
    // Busy bar of an export or the report (journal_page_files.cpp), with Cancel.
    fileBusy_ = new BusyBar(this);
    connect(fileBusy_, &BusyBar::cancelClicked, this, &JournalPage::cancelFileWrite);

    // The notes.
    count_ = new QLabel(this);
    count_->setObjectName("journalCount");
    new SecondaryText(count_);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setTextElideMode(Qt::ElideRight);
    // "Tried" is read for its figures at the end ("Quadratus lumborum 6->4"): a narrow column cuts the muscle's name
    // in the middle, not the figures off.
    view_->setItemDelegateForColumn(JournalModel::Tried, new KeepEndDelegate(view_));
    view_->setItemDelegateForColumn(JournalModel::Where, new PlacesDelegate(view_));
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setAccessibleName(tr("Journal notes, newest first"));
    fitNoteColumns();
    // Fitted again whenever the table's visible width changes, until the user sizes a column: the page's own size
    // is not enough (shown for the first time, the page was resized before the table had its width, and the
    // columns kept the widths of a table a hundred pixels wide).
    new OnResize(view_->viewport(), [this] {
        if (!columnsSizedByUser_)
            fitNoteColumns();
    });
    connect(view_->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        // The last column follows the view by itself; any other change not made here was the user's.
        if (!fittingColumns_ && section != JournalModel::ColumnCount - 1)
            columnsSizedByUser_ = true;
    });
    connect(view_, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (!model_->trash())
            editNote(index.data(NoteIdRole).toString());
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalPage::updateActions);
    connect(model_, &QAbstractItemModel::modelReset, this, &JournalPage::updateCount);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &JournalPage::updateCount);
    empty_ = new QLabel(this);
    empty_->setObjectName("journalEmpty");
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->hide();

    auto* notes = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(view_, 1);
    notesLayout->addWidget(empty_, 1);
    notesLayout->addWidget(count_);

    // The trend of one region or muscle.
    auto* trendBox = new QGroupBox(tr("Trend"), this);
    subject_ = new QComboBox(trendBox);
    subject_->setAccessibleName(tr("Region or muscle to show the trend of"));
    subject_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Long names are cut short in the box (the list shows them whole): at 28 characters the German tab needed a
    // window wider than 960 px (1920x1080 at 200%).
    subject_->setMinimumContentsLength(14);
    chart_ = new TrendChart(trendBox);
    // Small enough that a short window (1920x1080 at 200%) still lists more than four notes above it; the splitter
    // gives it more wherever there is room.
    chart_->setMinimumHeight(130);
    auto* subjectRow = new QHBoxLayout;
    auto* subjectLabel = new QLabel(tr("&Show:"), trendBox);
    subjectLabel->setBuddy(subject_);
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(subject_, 1);
    auto* trendLayout = new QVBoxLayout(trendBox);
    trendLayout->addLayout(subjectRow);
    trendLayout->addWidget(chart_, 1);
    connect(subject_, &QComboBox::currentIndexChanged, this, &JournalPage::refreshTrend);

    // What helped.
    auto* effectsBox = new QGroupBox(tr("What helped most"), this);
    effects_ = new QTreeWidget(effectsBox);
    effects_->setRootIsDecorated(false);
    effects_->setHeaderLabels({tr("Treatment"), tr("Drop"), tr("Based on")});
    effects_->setAccessibleName(tr("What helped most"));
    effects_->header()->setStretchLastSection(false);
    // The treatment (muscle and technique, a sentence) takes the room the figures leave and wraps onto more lines
    // where that is short: in two columns of their own, a narrow German panel cut both in the middle of a word.
    effects_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    effects_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    effects_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    new WrappedRows(effects_);
    effects_->setTextElideMode(Qt::ElideNone);
    effects_->setToolTip(tr("The mean drop in pain from before to after a treatment, from the notes that give both"));
    (new QVBoxLayout(effectsBox))->addWidget(effects_);

    // What went with the pain (journal::insights): treatments and factors, with what each rests on.
    auto* insightsBox = new QGroupBox(tr("What goes with your pain"), this);
    insights_ = new InsightsPanel(session_.catalogue(), insightsBox);
    (new QVBoxLayout(insightsBox))->addWidget(insights_);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower_ = lower;
    lower->addWidget(trendBox);
    lower->addWidget(effectsBox);
    lower->addWidget(insightsBox);
    lower->setStretchFactor(2, 3);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    // Shares of the width from the start, not from the panes' size hints: the table of "What helped most" asked
    // for most of a wide window and left "What goes with your pain" a column of two-word lines.
    lower->setSizes({300, 200, 300});
    lower->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName("journalSplitter");
    split->addWidget(notes);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(toolbar);
    layout->addWidget(filters);
    layout->addWidget(messageBar_);
    layout->addWidget(busy_);
    layout->addWidget(fileBusy_);
    layout->addWidget(split, 1);

    connect(&session_, &JournalSession::changed, this, [this] {
        if (loaded_)
            refresh();
    });
    connect(&session_, &JournalSession::statusMessage, this, &JournalPage::statusMessage);
    updateActions();
}

JournalPage::~JournalPage()
{
    // What still runs aside stops (an export's temporary file is removed); its answer is dropped.
    if (fileTask_)
        *fileTask_->stop = true;
    if (trendStop_)
        *trendStop_ = true;
}

void JournalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    startLoading();
}

void JournalPage::fitNoteColumns()
{
    // The time and the pain as wide as their text in this font; the rest shared so that every column stays in view
    // (fixed widths of 140 + 60 + 130 and floors of 260 and 280 pushed "Tried" off the table at 200%): where and the
    // note take most, as what a person reads; the tags a little; tried the rest (the last column stretches).
    const QFontMetrics metrics(view_->font());
    const int pad = 2 * metrics.averageCharWidth() + 8;
    const QString sampleWhen = JournalModel::whenText("2026-12-28T22:58:00Z"); // a wide day and time, any clock
    const auto header = [this, &metrics](int column) {
        return metrics.horizontalAdvance(model_->headerData(column, Qt::Horizontal).toString());
    };
    const int when = std::max(metrics.horizontalAdvance(sampleWhen), header(JournalModel::When)) + pad;
    const int pain
        = std::max(metrics.horizontalAdvance(JournalModel::tr("max %1").arg(10)), header(JournalModel::Intensity))
        + pad;
    // A few letters each at the least: a narrow window scrolls rather than shrinking a column to nothing.
    const int rest = std::max(4 * 8 * metrics.averageCharWidth(), view_->viewport()->width() - when - pain);
    fittingColumns_ = true;
    view_->setColumnWidth(JournalModel::When, when);
    view_->setColumnWidth(JournalModel::Intensity, pain);
    view_->setColumnWidth(JournalModel::Where, rest * 3 / 10);
    // The tags' heading whole ("Schlagwörter und Symptome" was cut to "Schlagwörter un..." at 1024x640): the room
    // comes from the note's text, whose first line is cut anyway (the whole note is a double-click away).
    const int tags = std::max(rest * 3 / 20, header(JournalModel::Tags) + pad);
    view_->setColumnWidth(JournalModel::Tags, tags);
    view_->setColumnWidth(JournalModel::Text, std::max(rest * 3 / 10 - (tags - rest * 3 / 20), rest / 6));
    fittingColumns_ = false;
}

void JournalPage::startLoading()
{
    if (loaded_)
        return;
    // The tab shows at once; the open (with the day's integrity check and backup of a large journal, or a wait for
    // another program's lock) runs on the session's worker thread, and openFinished() brings the notes.
    if (!session_.openInBackground())
        ensureLoaded();
}

void JournalPage::ensureLoaded()
{
    if (loaded_)
        return;
    // The explicit step: open the journal (and tell the user what the open found) before the model reads it; the
    // model's reset itself only reads what is open.
    const auto result = session_.open();
    session_.present(result);
    if (!result.journal) {
        // The trend, what helped and what goes with the pain have no notes to show: hidden, not drawn empty under
        // "Nothing noted yet", which a journal that did not open does not say.
        lower_->hide();
        busy_->showStopped(result.cancelled ? tr("Your journal was not opened: you stopped waiting for the other "
                                                 "program. Nothing was changed.")
                                            : whyNotOpened(result, session_),
            tr("&Try again"));
        return;
    }
    loaded_ = true;
    busy_->clear();
    lower_->setVisible(!model_->trash());
    seenStamp_ = fileStamp();
    applyFilter();
    watchJournalFile();
}

void JournalPage::watchJournalFile()
{
    auto* j = session_.journal();
    if (!j)
        return;
    const QString path = QString::fromStdString(j->path());
    for (const QString& file : {path, path + "-wal"})
        if (QFileInfo::exists(file) && !watcher_->files().contains(file))
            watcher_->addPath(file);
}

journal::Range JournalPage::range() const
{
    return {dayOf(since_), dayOf(until_)};
}

void JournalPage::setRange(const QDate& since, const QDate& until)
{
    const QSignalBlocker a(since_), b(until_);
    since_->setDate(since.isValid() ? since : since_->minimumDate());
    until_->setDate(until.isValid() ? until : until_->minimumDate());
    applyFilter();
}

void JournalPage::setSearch(const QString& words)
{
    const QSignalBlocker block(search_);
    search_->setText(words);
    applyFilter();
}

void JournalPage::applyFilter()
{
    searchDelay_->stop();
    if (!loaded_)
        return;
    model_->setFilter(search_->text(), range());
    anyDay_->setEnabled(!range().since.empty() || !range().until.empty());
    refreshFigures();
    updateActions();
}

QString JournalPage::fileStamp() const
{
    QString stamp;
    const QString path = session_.path();
    for (const QString& file : {path, path + "-wal"}) {
        const QFileInfo info(file);
        // Not the status-change time: SQLite gives a file it opens the journal's owner (when running as root),
        // which changes it at every connection, a reading one too.
        stamp += QString("%1:%2;").arg(info.exists() ? info.size() : -1).arg(info.lastModified().toMSecsSinceEpoch());
    }
    return stamp;
}

void JournalPage::refresh()
{
    seenStamp_ = fileStamp();
    // Keep the chosen note chosen across the reload.
    const QString current = selectedId();
    model_->reload();
    if (const int row = model_->rowOf(current); row >= 0)
        view_->selectRow(row);
    refreshFigures();
    updateActions();
}

QString JournalPage::filteredEmptyText(bool trash) const
{
    // What is chosen, and only that: "the search and the days chosen" was said with both days at "any".
    const bool searched = !search_->text().trimmed().isEmpty();
    const journal::Range days = range();
    const bool dated = !days.since.empty() || !days.until.empty();
    if (searched && dated)
        return trash ? tr("No note in the trash matches the search and the days chosen.")
                     : tr("No note matches the search and the days chosen.");
    if (searched)
        return trash ? tr("No note in the trash matches the search.") : tr("No note matches the search.");
    return trash ? tr("No note in the trash lies in the days chosen.") : tr("No note lies in the days chosen.");
}

void JournalPage::updateCount()
{
    const qint64 total = model_->matching();
    const bool filtered = isFiltered();
    if (total == 0) {
        view_->hide();
        if (range().reversed()) // no day between them: said, not "no note matches"
            empty_->setText(tr("\"From\" is after \"to\": no day lies between them. Choose a later \"to\" day, or "
                               "\"Any day\"."));
        else if (model_->trash())
            empty_->setText(filtered ? filteredEmptyText(true)
                                     : tr("The trash is empty. Deleted notes wait here until you restore them or "
                                          "empty the trash; after that the daily backups still hold them until %n "
                                          "newer ones have replaced them (one each day the journal is opened).",
                                         nullptr, journal::kKeepBackups));
        else
            empty_->setText(filtered ? filteredEmptyText(false)
                                     : tr("No notes yet.\n\nMark where it hurts on the “Where it hurts” tab and choose "
                                          "“Save to journal”, or click “New note” above."));
        empty_->show();
        count_->clear();
        return;
    }
    empty_->hide();
    view_->show();
    const int n = int(total);
    if (model_->trash())
        count_->setText(n == 1 ? tr("%n note in the trash", nullptr, n) : tr("%n notes in the trash", nullptr, n));
    else if (filtered)
        count_->setText(n == 1 ? tr("%n note matches", nullptr, n) : tr("%n notes match", nullptr, n));
    else
        count_->setText(n == 1 ? tr("%Ln note", nullptr, n) : tr("%Ln notes", nullptr, n));
}

void JournalPage::updateActions()
{
    const int selected = static_cast<int>(selectedIds().size());
    editAction_->setEnabled(selected == 1);
    deleteAction_->setEnabled(selected > 0);
    restoreAction_->setEnabled(selected > 0);
    purgeAction_->setEnabled(selected > 0);
    // An empty trash has nothing to empty (with a search or days chosen, what is hidden may still be there).
    emptyTrashAction_->setEnabled(isFiltered() || model_->matching() > 0);
}

bool JournalPage::isFiltered() const
{
    return !search_->text().trimmed().isEmpty() || !range().since.empty() || !range().until.empty();
}

QStringList JournalPage::selectedIds() const
{
    QStringList ids;
    for (const auto& index : view_->selectionModel()->selectedRows())
        ids << index.data(NoteIdRole).toString();
    return ids;
}

QString JournalPage::selectedId() const
{
    const auto ids = selectedIds();
    if (ids.size() == 1)
        return ids.front();
    return view_->currentIndex().data(NoteIdRole).toString();
}

bool JournalPage::runEditor(const journal::Note& note)
{
    if (!session_.ensureOpen())
        return false;
    NoteEditor editor(session_, note, window());
    if (editor.exec() != QDialog::Accepted)
        return false;
    ensureLoaded();
    if (model_->trash())
        showTrash(false); // the saved note is among the notes, not in the trash
    if (const int row = model_->rowOf(qs(editor.saved().id)); row >= 0) {
        view_->selectRow(row);
        view_->scrollTo(model_->index(row, 0));
    }
    emit statusMessage(tr("Note saved to the journal."));
    return true;
}

bool JournalPage::newNoteFrom(const PainDrawing& drawing)
{
    return runEditor(NoteEditor::noteFromDrawing(drawing));
}

bool JournalPage::newNote()
{
    journal::Note note;
    note.when = journal::nowLocal();
    return runEditor(note);
}

bool JournalPage::editNote(const QString& id)
{
    auto* j = session_.ensureOpen();
    if (id.isEmpty() || !j)
        return false;
    std::optional<journal::Note> note;
    try {
        note = j->get(id.toStdString());
    } catch (const std::exception& e) {
        session_.reportError(ErrorText::describe(e));
        return false;
    }
    if (!note) {
        refresh(); // deleted elsewhere (tpmap) meanwhile
        return false;
    }
    return runEditor(*note);
}

bool JournalPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return false;
    QStringList moved;
    session_.write(tr("Deleting"), [&](journal::Journal& j) {
        for (const auto& id : ids)
            if (j.trash(id.toStdString()))
                moved << id;
    });
    if (moved.isEmpty())
        return false;
    lastDeleted_ = moved;
    const int n = int(moved.size());
    showMessage(
        n == 1 ? tr("The note was moved to the trash.") : tr("%n notes were moved to the trash.", nullptr, n), true);
    return true;
}

void JournalPage::undoDelete()
{
    if (lastDeleted_.isEmpty())
        return;
    const QStringList ids = lastDeleted_;
    lastDeleted_.clear();
    showMessage(notesBack(restoreNotes(ids, tr("Undoing the delete"))));
}

int JournalPage::restoreNotes(const QStringList& ids, const QString& doing)
{
    int back = 0;
    session_.write(doing, [&](journal::Journal& j) {
        for (const auto& id : ids)
            back += j.restore(id.toStdString()) ? 1 : 0;
    });
    return back;
}

QString JournalPage::notesBack(int n)
{
    return n == 1 ? tr("The note is back.") : tr("%n notes are back.", nullptr, n);
}

void JournalPage::showTrash(bool trash)
{
    ensureLoaded();
    trashAction_->setChecked(trash);
    // In the trash the same button leads back, and says so (toggling a pressed "Trash" was the only way out).
    trashAction_->setText(trash ? tr("Back to &notes") : tr("&Trash"));
    trashAction_->setToolTip(trash ? tr("Leave the trash and show your notes again")
                                   : tr("Show the notes moved to the trash; they stay there until you restore them"));
    // In the trash a note can only come back; hidden actions take no shortcut either.
    newAction_->setVisible(!trash);
    editAction_->setVisible(!trash);
    deleteAction_->setVisible(!trash);
    restoreAction_->setVisible(trash);
    purgeAction_->setVisible(trash);
    emptyTrashAction_->setVisible(trash);
    // An export and the report hold the live notes of the days shown, never the trash's: not offered there, where
    // they read as the deleted notes' (the same full report came out of the trash view).
    exportAction_->setVisible(!trash);
    report_->setVisible(!trash && bool(reportWriting_));
    // The trend, what helped and what goes with the pain are figures of the live notes, not of the trash: hidden
    // there, so that they are not read as the deleted notes' (the list takes the room).
    lower_->setVisible(!trash);
    lastDeleted_.clear();
    messageBar_->hide();
    model_->setTrash(trash);
    updateActions();
}

bool JournalPage::restoreSelected()
{
    const QStringList ids = selectedIds();
    if (!model_->trash() || ids.isEmpty())
        return false;
    const int back = restoreNotes(ids, tr("Restoring"));
    if (back == 0)
        return false;
    showMessage(notesBack(back));
    return true;
}

void JournalPage::showMessage(const QString& text, bool offerUndo)
{
    messageText_->setText(text);
    undo_->setVisible(offerUndo);
    messageBar_->show();
    emit statusMessage(text);
}

} // namespace tmap::app
