// The Journal tab's wiring: lazy opening and fetching, the note editor, delete with undo, the chart and the
// effects list, and the PDF report. Every journal lives in a QTemporaryDir.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "../support/catalogue_fixture.h"
#include "../support/contrast.h"
#include "../support/file_write.h"
#include "../support/shot_settings.h"
#include "app/bodymap/pain_drawing.h"
#include "app/journal/insights_panel.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/note_editor.h"
#include "app/journal/trend_chart.h"
#include "app/plans/plans_panel.h"
#include "app/report/report_writer.h"
#include "app/shell/app_options.h"
#include "app/shell/main_window.h"
#include "catalogue/catalogue.h"
#include "db/database.h"
#include "journal/journal.h"
#include "journal/uuid.h"

using namespace tmap;
using namespace tmap::app;
using tmap::test::writtenThrough;

namespace {

// Two instances of the vocabulary, a muscle with a trigger point and a factor, taken from the real catalogue.
std::string instance(std::size_t i)
{
    return builtCatalogue().body().instances().at(i);
}

const catalogue::Muscle& someMuscle()
{
    return builtCatalogue().muscles().front();
}

// A journal file in a temporary folder and a session over it that asks no questions.
struct TempJournal {
    QTemporaryDir dir;
    QString path = dir.filePath("journal.sqlite");
    JournalSession session {builtCatalogue(), path};
    TempJournal() { session.setInteractive(false); }
    journal::Journal& journal()
    {
        auto* j = session.ensureOpen();
        REQUIRE(j);
        return *j;
    }
};

// `count` notes, one every 7 hours going back from 2026-03-01, each with a spot.
std::vector<journal::Note> manyNotes(int count)
{
    std::vector<journal::Note> notes;
    const std::int64_t start = 1772323200; // 2026-03-01T00:00:00Z
    for (int i = 0; i < count; ++i) {
        journal::Note n;
        n.id = journal::newUuid();
        n.when = journal::formatTimestamp(start - std::int64_t(i) * 7 * 3600, 60);
        n.spots.push_back({instance(std::size_t(i % 5)), i % 11, journal::Quality::Aching});
        n.text = "note number " + std::to_string(i) + (i % 10 == 0 ? " after gardening" : "");
        notes.push_back(n);
    }
    return notes;
}

journal::Note treatedNote(const std::string& when, int before, int after)
{
    journal::Note n;
    n.when = when;
    n.spots.push_back({instance(0), before, journal::Quality::Sharp});
    n.intensity = before;
    journal::Treatment t;
    t.muscle = someMuscle().id;
    t.technique = "ball against the wall";
    t.minutes = 5;
    t.before = before;
    t.after = after;
    n.treatments.push_back(t);
    return n;
}

// A shown Journal tab over three treated notes, on the 1st to 3rd of `month` ("2026-02").
struct PageWithThreeNotes {
    TempJournal t;
    JournalPage page {t.session};
    explicit PageWithThreeNotes(const std::string& month)
    {
        for (int i = 0; i < 3; ++i)
            REQUIRE(t.session.save(treatedNote(month + "-0" + std::to_string(i + 1) + "T09:00:00+01:00", 6, 6 - i)));
        page.resize(1100, 700);
        page.show();
    }
};

// Runs `act` on the next modal dialog that opens (the editor a page shows with exec()). It looks every few
// milliseconds: the editor opens once the journal is open, which takes a few turns of the event loop (the open runs
// on the session's worker thread).
template <class Dialog, class F> void onNextDialog(F act)
{
    auto* poll = new QTimer;
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(poll, &QTimer::timeout, [poll, clock, act] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < 10000)
            return;
        poll->stop();
        poll->deleteLater();
        delete clock;
        REQUIRE(dialog);
        act(dialog);
    });
    poll->start(5);
}

// Waits until the page has shown the figures of its days (they are read off the UI thread).
bool figuresShown(const JournalPage& page)
{
    return QTest::qWaitFor(
        [&] { return page.session().isOpen() && !page.figuresPending() && !page.trendPending(); }, 10000);
}

/// The trend chosen has been read (off the UI thread) and drawn.
bool trendShown(const JournalPage& page)
{
    return QTest::qWaitFor([&] { return !page.trendPending(); }, 10000);
}

} // namespace

TEST_CASE("journal gui: nothing is opened or created until the journal is needed", "[gui][journal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    JournalSession session(builtCatalogue(), path);
    session.setInteractive(false);
    {
        JournalPage page(session);
        page.resize(900, 600);
        QApplication::processEvents();
        CHECK_FALSE(session.isOpen());
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(page.model()->rowCount() == 0);
        page.show(); // showing the tab opens it, in the background, and reads it
        CHECK(QTest::qWaitFor([&] { return session.isOpen(); }, 5000));
        CHECK(QFileInfo::exists(path));
    }
    // A file that is not a journal, named by the user: a clear message, no crash, the file left alone.
    const QString foreign = dir.filePath("letter.txt");
    QFile f(foreign);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    JournalSession other(builtCatalogue(), foreign);
    other.setInteractive(false);
    CHECK(other.journal() == nullptr); // the accessor opens nothing
    CHECK(other.lastError().isEmpty());
    CHECK(other.ensureOpen() == nullptr);
    CHECK(other.lastError().contains(foreign));
    CHECK(QFileInfo(foreign).size() == 8192);
    // A journal named in a folder that does not exist (a typo): said so, and no folder or empty journal is made.
    const QString mistyped = dir.filePath("no-such-folder/journal.sqlite");
    JournalSession typo(builtCatalogue(), mistyped);
    typo.setInteractive(false);
    CHECK(typo.ensureOpen() == nullptr);
    CHECK(typo.lastError().contains("There is no folder " + dir.filePath("no-such-folder")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("no-such-folder")));
}

TEST_CASE("journal gui: reloading the model of an unopened session opens nothing and shows no dialog", "[gui][journal]")
{
    QTemporaryDir dir;
    // Interactive, over files that would each end in a message box if anything opened them: a file the user named
    // that is not a journal, and a journal in a folder that does not exist yet.
    const QString foreign = dir.filePath("letter.txt");
    QFile f(foreign);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    bool modal = false;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (auto* box = QApplication::activeModalWidget()) {
            modal = true;
            box->close();
        }
    });
    watchdog.start(20);
    for (const QString& path : {foreign, dir.filePath("sub/journal.sqlite")}) {
        JournalSession session(builtCatalogue(), path);
        REQUIRE(session.interactive());
        QSignalSpy errors(&session, &JournalSession::error);
        QSignalSpy messages(&session, &JournalSession::statusMessage);
        JournalModel model(session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.reload();
        model.setTrash(true);
        model.setTrash(false);
        QApplication::processEvents();
        CHECK_FALSE(modal);
        CHECK_FALSE(session.isOpen());
        CHECK(session.journal() == nullptr);
        CHECK(model.rowCount() == 0);
        CHECK(errors.isEmpty());
        CHECK(messages.isEmpty());
        CHECK(session.lastError().isEmpty());
    }
    CHECK(QFileInfo(foreign).size() == 8192);
    CHECK_FALSE(QFileInfo::exists(dir.filePath("sub")));
}

TEST_CASE("journal gui: the Where column names the worst place first", "[gui][journal]")
{
    TempJournal t;
    journal::Note n;
    n.when = "2026-02-01T09:00:00+01:00";
    n.spots = {{"head.temple:right", 3, journal::Quality::None}, {"back.lumbar:left", 7, journal::Quality::None},
        {"neck.side:right", 3, journal::Quality::None}};
    REQUIRE(t.session.save(n));
    JournalModel model(t.session);
    model.reload();
    REQUIRE(model.rowCount() == 1);
    const QStringList places = model.index(0, JournalModel::Where).data().toString().split(", ");
    REQUIRE(places.size() == 3);
    CHECK(places[0].startsWith("Low back")); // standing first in the cell: upper case
    CHECK(places[1].startsWith("temple")); // equal ones as noted
    CHECK(places[2].startsWith("side of the neck"));
}

TEST_CASE(
    "journal gui: a catalogue technique is shown in German and kept by its catalogue name", "[gui][journal][i18n]")
{
    // The German editor showed a session's technique in English, and kept one chosen from its German list in German:
    // "What helped" then had two groups of one technique, each with half its sessions.
    QTranslator german;
    REQUIRE(german.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
    QCoreApplication::installTranslator(&german);
    BodyNames::setCatalogue(&builtCatalogue(), "de");
    TempJournal t;
    journal::Note n = treatedNote("2026-02-01T09:00:00+01:00", 6, 3);
    n.treatments = {{"upper-trapezius", "upper-trapezius-1", "Pincer grip on the top of the shoulder", 3, 6, 3}};
    {
        NoteEditor editor(t.session, n);
        auto* technique = qobject_cast<QLineEdit*>(editor.treatmentsTable()->cellWidget(0, 2) /* the technique */);
        REQUIRE(technique);
        CHECK(technique->text() == "Zangengriff oben auf der Schulter");
        CHECK(editor.note().treatments[0].technique == "Pincer grip on the top of the shoulder");
        technique->setText("zangengriff OBEN auf der Schulter"); // typed, in any case
        CHECK(editor.note().treatments[0].technique == "Pincer grip on the top of the shoulder");
        technique->setText("my own way");
        CHECK(editor.note().treatments[0].technique == "my own way");
    }
    {
        // Words typed freely that the catalogue translates elsewhere ("Calf muscle", a muscle's other name) stay as
        // written: shown and saved so.
        n.treatments[0].technique = "Calf muscle";
        NoteEditor editor(t.session, n);
        auto* technique = qobject_cast<QLineEdit*>(editor.treatmentsTable()->cellWidget(0, 2));
        REQUIRE(technique);
        CHECK(technique->text() == "Calf muscle");
        CHECK(editor.note().treatments[0].technique == "Calf muscle");
    }
    BodyNames::setCatalogue(nullptr, {});
    QCoreApplication::removeTranslator(&german);
}

TEST_CASE("journal gui: two places that share a name are named in full, the others short", "[gui][journal]")
{
    // The upper and the lower half of the back of the thigh were both "back of the thigh (right)", with different
    // figures, in the journal, the note editor, the trend's list and the report.
    const auto& body = builtCatalogue().body();
    const QString upper = JournalModel::shortRegionName(body, "thigh.back_upper:right");
    const QString lower = JournalModel::shortRegionName(body, "thigh.back_lower:right");
    INFO(upper.toStdString() << " / " << lower.toStdString());
    CHECK(upper != lower);
    CHECK(upper.contains("upper half"));
    CHECK(upper.endsWith("(right)"));
    CHECK(JournalModel::shortRegionName(body, "head.temple:right") == "temple (right)");
}

TEST_CASE("journal gui: a narrow Where column says how many more places a note has", "[gui][journal]")
{
    // Cut at its end alone, a long first place hid the others: a month of rows read "Between the shoulder blade
    // and th...".
    TempJournal t;
    journal::Note n;
    n.when = "2026-02-01T09:00:00+01:00";
    n.spots = {{"back.scapula_inner:right", 7, journal::Quality::None},
        {"head.temple:right", 5, journal::Quality::None}, {"neck.side:right", 3, journal::Quality::None}};
    REQUIRE(t.session.save(n));
    JournalModel model(t.session);
    model.reload();
    REQUIRE(model.rowCount() == 1);
    const QStringList places = model.index(0, JournalModel::Where).data(PlacesRole).toStringList();
    REQUIRE(places.size() == 3);
    CHECK(model.index(0, JournalModel::Where).data().toString() == places.join(", "));
    CHECK_FALSE(model.index(0, JournalModel::When).data(PlacesRole).isValid());
    const QFontMetrics metrics(QApplication::font());
    const auto width = [&](const QString& s) { return metrics.horizontalAdvance(s); };
    // Room for all: all, and no count.
    CHECK(JournalModel::placesIn(places, metrics, width(places.join(", ")) + 2) == places.join(", "));
    // Room for two and the count.
    const QString two = places[0] + ", " + places[1] + " +1";
    CHECK(JournalModel::placesIn(places, metrics, width(two) + 2) == two);
    // Room for one and the count.
    const QString one = places[0] + " +2";
    CHECK(JournalModel::placesIn(places, metrics, width(one) + 2) == one);
    // Less than the first: the first cut, the count whole, and all of it in the room.
    const QString cut = JournalModel::placesIn(places, metrics, width(places[0]) / 2);
    CHECK(cut.endsWith(QString::fromUtf8("\u2026 +2")));
    CHECK(width(cut) <= width(places[0]) / 2);
    // One place: as it is (the view cuts it at its end).
    CHECK(JournalModel::placesIn({places[0]}, metrics, 10) == places[0]);
}

TEST_CASE("journal gui: the model passes the model tester and fetches in pages", "[gui][journal]")
{
    TempJournal t;
    const auto result = t.journal().saveAll(manyNotes(1000), journal::OnDuplicate::Skip);
    REQUIRE(result.added == 1000);

    JournalModel model(t.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model.rowCount() == 0);
    model.reload();
    CHECK(model.matching() == 1000);
    CHECK(model.rowCount() >= JournalModel::kPageSize);
    CHECK(model.rowCount() <= 2 * JournalModel::kPageSize); // the tester may fetch once itself
    CHECK(model.canFetchMore({}));
    int fetches = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        CHECK(model.rowCount() - before <= JournalModel::kPageSize);
        CHECK(model.rowCount() > before);
        ++fetches;
    }
    CHECK(fetches >= 3);
    CHECK(model.rowCount() == 1000);
    CHECK(model.columnCount() == JournalModel::ColumnCount);
    // Newest first; the columns say what they should.
    const auto first = model.index(0, JournalModel::Text).data().toString();
    CHECK(first == "note number 0 after gardening");
    CHECK(model.index(0, JournalModel::Where).data().toString().size() > 0);
    CHECK(model.index(1, JournalModel::Intensity).data().toString() == "max 1");
    CHECK(model.index(0, 0).data(NoteIdRole).toString().size() == 36);

    // A search resets the model to the notes that match.
    model.setFilter("gardening", {});
    CHECK(model.matching() == 100);
    CHECK(model.rowCount() == 100);
    CHECK_FALSE(model.canFetchMore({}));
    model.setFilter({}, {"2026-02-27", "2026-02-28"});
    CHECK(model.matching() > 0);
    CHECK(model.matching() < 10);
}

TEST_CASE("journal gui: the tags the app wrote are shown in words, the user's own as typed", "[gui][journal]")
{
    TempJournal t;
    journal::Note n = treatedNote("2026-02-01T09:00:00+01:00", 6, 3);
    n.tags = {"symptom:headache", "session", "points:2", "press-test:upper-trapezius-1:no", "work", "headache"};
    REQUIRE(t.session.save(n));
    JournalModel model(t.session);
    model.reload();
    REQUIRE(model.rowCount() == 1);
    // A bare symptom id is the user's own word (they may type "headache"); the app writes "symptom:headache".
    CHECK(model.index(0, JournalModel::Tags).data().toString()
        == "Headache; guided session; 2 points; press test on Upper trapezius, front fibres (TrP1): no; work; "
           "headache");
    // The column's heading says it holds symptoms too, and the pain column's tooltip what "max" means.
    CHECK(model.headerData(JournalModel::Tags, Qt::Horizontal).toString() == "Tags and symptoms");
    CHECK(model.headerData(JournalModel::Tags, Qt::Horizontal, Qt::ToolTipRole).toString().contains("symptoms"));
    CHECK(model.headerData(JournalModel::Intensity, Qt::Horizontal, Qt::ToolTipRole).toString().contains("\"max\""));
}

TEST_CASE("journal gui: fields left as they were keep a note's own tags and text exactly", "[gui][journal]")
{
    // Saved with only its pain changed, a tag "work, after running" (made with tpmap, or imported) became two tags
    // and the text lost its last empty line: the editor split the tags' field on commas and trimmed the text.
    TempJournal t;
    journal::Note n = treatedNote("2026-02-01T09:00:00+01:00", 6, 3);
    n.tags = {"work, after running", "symptom:headache", " spaced  tag "};
    n.text = "First line\n\n";
    NoteEditor editor(t.session, n);
    const journal::Note saved = editor.note();
    CHECK(saved.tags == n.tags);
    CHECK(saved.text == n.text);
    // Edited, the fields are read as typed.
    editor.tagsEdit()->setText(editor.tagsEdit()->text() + ", new");
    CHECK(editor.note().tags
        == std::vector<std::string> {"symptom:headache", "work", "after running", "spaced tag", "new"});
}

TEST_CASE("journal gui: the editor keeps a note's tags in their places, the app's apart", "[gui][journal]")
{
    TempJournal t;
    journal::Note n = treatedNote("2026-02-01T09:00:00+01:00", 6, 3);
    n.tags = {"work", "symptom:headache", "headache", "later"};
    NoteEditor editor(t.session, n);
    CHECK(editor.tagsEdit()->text() == "work, headache, later");
    CHECK(editor.appTagsLabel()->text() == "Headache");
    CHECK(editor.note().tags == n.tags); // opened and saved as it was: the same tags in the same order
    editor.tagsEdit()->setText("headache, work, new");
    CHECK(editor.note().tags == std::vector<std::string> {"work", "symptom:headache", "headache", "new"});

    // "Forget the symptoms" drops the ticked symptoms only: a session's tags record what was done.
    n.tags = {"session", "symptom:dizziness", "press-test:no"};
    NoteEditor session(t.session, n);
    REQUIRE_FALSE(session.forgetSymptomsButton()->isHidden());
    CHECK(session.forgetSymptomsButton()->menu() == nullptr); // one symptom: the button forgets it
    session.forgetSymptomsButton()->click();
    CHECK(session.note().tags == std::vector<std::string> {"session", "press-test:no"});
    CHECK(session.forgetSymptomsButton()->isHidden());

    // Several: a menu forgets one of them (the others and the session's tags stay), or all.
    n.tags = {"session", "symptom:dizziness", "symptom:headache", "symptom:tinnitus"};
    NoteEditor three(t.session, n);
    QMenu* menu = three.forgetSymptomsButton()->menu();
    REQUIRE(menu);
    const auto actionNamed = [menu](const QString& words) -> QAction* {
        emit menu->aboutToShow(); // filled as it opens
        for (auto* action : menu->actions())
            if (action->text().contains(words))
                return action;
        return nullptr;
    };
    REQUIRE(actionNamed("Headache"));
    actionNamed("Headache")->trigger();
    CHECK(three.note().tags == std::vector<std::string> {"session", "symptom:dizziness", "symptom:tinnitus"});
    REQUIRE(three.forgetSymptomsButton()->menu());
    CHECK_FALSE(actionNamed("Headache"));
    REQUIRE(actionNamed("all"));
    actionNamed("all")->trigger();
    CHECK(three.note().tags == std::vector<std::string> {"session"});
    CHECK(three.forgetSymptomsButton()->isHidden());
}

TEST_CASE("journal gui: a note prefilled from the drawing is saved as edited", "[gui][journal]")
{
    TempJournal t;
    PainDrawing drawing;
    drawing.add(QString::fromStdString(instance(0)), 7);
    drawing.add(QString::fromStdString(instance(3)), 4);
    drawing.setSymptoms({"headache"});

    NoteEditor editor(t.session, NoteEditor::noteFromDrawing(drawing));
    REQUIRE(editor.spotsTable()->rowCount() == 2);
    // The ticked symptom is the app's tag: in words beside the field, not its id in the field.
    CHECK(editor.tagsEdit()->text().isEmpty());
    CHECK(editor.appTagsLabel()->text() == "Headache");
    CHECK(std::llabs(editor.whenEdit()->dateTime().secsTo(QDateTime::currentDateTime())) < 120);

    editor.intensityEdit()->setValue(6);
    editor.textEdit()->setPlainText("Stiff after a long day at the desk.\nBetter after a walk.");
    editor.tagsEdit()->setText("headache, work ,work"); // the user's own words, each once, beside the app's tag
    editor.factorsList()->item(0)->setCheckState(Qt::Checked);
    journal::Treatment tr;
    tr.muscle = someMuscle().id;
    tr.triggerPoint = someMuscle().triggerPoints.front().id;
    tr.technique = "ball";
    tr.minutes = 3;
    tr.before = 6;
    tr.after = 3;
    editor.addTreatment(tr);
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);

    const auto stored = t.journal().get(editor.saved().id);
    REQUIRE(stored);
    CHECK(stored->intensity == 6);
    REQUIRE(stored->spots.size() == 2);
    CHECK(stored->spots[0].region == instance(0));
    CHECK(stored->spots[0].intensity == 7);
    CHECK(stored->tags == std::vector<std::string> {"symptom:headache", "headache", "work"});
    CHECK(stored->factors == std::vector<std::string> {builtCatalogue().data().factors.front().id});
    REQUIRE(stored->treatments.size() == 1);
    CHECK(stored->treatments[0] == tr);
    CHECK(journal::parseTimestamp(stored->when));

    // Editing keeps the id and the time as written.
    NoteEditor again(t.session, *stored);
    CHECK(again.note().when == stored->when);
    again.accept();
    CHECK(again.saved().id == stored->id);
    CHECK(t.journal().count({}) == 1);
}

TEST_CASE("journal gui: the editor shows the core's problems and saves nothing", "[gui][journal]")
{
    TempJournal t;
    NoteEditor empty(t.session, {});
    empty.accept();
    CHECK(empty.result() != QDialog::Accepted);
    // What to do about it, worded by the app (the core's rule, Problem::Rule::EmptyNote).
    CHECK(empty.problems().contains("The note is empty: mark where it hurt, give an overall pain"));

    NoteEditor bad(t.session, {});
    bad.addSpot("no.such-region:left", 5);
    bad.accept();
    CHECK(bad.result() != QDialog::Accepted);
    CHECK(bad.problems().contains("Spot 1"));
    CHECK(bad.problems().contains("Spot 1, place: \"no.such-region:left\" is not one Trigger Map knows"));
    CHECK(t.journal().count({}) == 0);
}

TEST_CASE("journal gui: Save to journal opens the editor prefilled and the table shows the note", "[gui][journal]")
{
    TempJournal t;
    JournalPage page(t.session);
    page.resize(1100, 700);
    page.show();
    PainDrawing drawing;
    drawing.add(QString::fromStdString(instance(1)), 8);
    onNextDialog<NoteEditor>([](NoteEditor* editor) {
        CHECK(editor->spotsTable()->rowCount() == 1);
        editor->textEdit()->setPlainText("from the drawing");
        editor->accept();
    });
    REQUIRE(page.newNoteFrom(drawing));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, JournalModel::Text).data().toString() == "from the drawing");
    CHECK(page.view()->selectionModel()->isRowSelected(0, {}));

    // Cancelling saves nothing.
    onNextDialog<NoteEditor>([](NoteEditor* editor) { editor->reject(); });
    CHECK_FALSE(page.newNoteFrom(drawing));
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("journal gui: delete moves to the trash and Undo brings the note back", "[gui][journal]")
{
    PageWithThreeNotes p("2026-02");
    auto& [t, page] = p;
    REQUIRE(page.model()->rowCount() == 3);
    page.view()->selectRow(0);
    const QString id = page.model()->index(0, 0).data(NoteIdRole).toString();
    REQUIRE(page.deleteAction()->isEnabled());
    page.deleteAction()->trigger();
    CHECK(page.model()->rowCount() == 2);
    CHECK_FALSE(t.journal().get(id.toStdString())->deleted.empty());
    REQUIRE(page.undoButton()->isVisible());
    CHECK(page.messageText()->text().contains("trash"));

    QTest::mouseClick(page.undoButton(), Qt::LeftButton);
    CHECK(page.model()->rowCount() == 3);
    CHECK(t.journal().get(id.toStdString())->deleted.empty());
    CHECK_FALSE(page.undoButton()->isVisible());
}

TEST_CASE("journal gui: What helped most leaves out a treatment after which the pain rose", "[gui][journal]")
{
    // It listed every technique noted three times, one with the pain 2.0 points higher after it too, as "what helped
    // most"; the report's "What helped" left it out (journal::TechniqueInsight::helped, one rule for both).
    TempJournal t;
    JournalPage page(t.session);
    page.resize(1100, 700);
    page.show();
    for (const char* day : {"2026-02-01", "2026-02-02", "2026-02-03"})
        REQUIRE(t.session.save(treatedNote(std::string(day) + "T09:00:00+01:00", 3, 5)));
    REQUIRE(figuresShown(page));
    REQUIRE(page.effectsList()->topLevelItemCount() == 1);
    const auto* hint = page.effectsList()->topLevelItem(0);
    CHECK(hint->flags() == Qt::ItemIsEnabled); // the hint, not a row to choose
    CHECK(hint->text(0).contains("None of the treatments"));
    CHECK(page.insightsPanel()->toPlainText().contains("2.0")); // still shown beside it, as a rise
}

TEST_CASE("journal gui: the trend chart and What helped most follow the saves", "[gui][journal]")
{
    TempJournal t;
    JournalPage page(t.session);
    page.resize(1100, 700);
    page.show();
    REQUIRE(figuresShown(page));
    REQUIRE(page.effectsList()->topLevelItemCount() == 1); // the hint
    // The hint is not a row to choose, and not greyed out either: it says what to do.
    CHECK(page.effectsList()->topLevelItem(0)->flags() == Qt::ItemIsEnabled);
    CHECK_FALSE(page.trendSubject()->isEnabled());

    REQUIRE(t.session.save(treatedNote("2026-02-01T09:00:00+01:00", 7, 3)));
    REQUIRE(t.session.save(treatedNote("2026-02-02T09:00:00+01:00", 6, 4)));
    // Two notes are too few for a figure, as "What goes with your pain" says beside it: still the hint.
    REQUIRE(figuresShown(page));
    REQUIRE(page.effectsList()->topLevelItemCount() == 1);
    CHECK(page.effectsList()->topLevelItem(0)->flags() == Qt::ItemIsEnabled);
    CHECK(page.effectsList()->topLevelItem(0)->text(0).contains("after 3 treatments"));
    REQUIRE(t.session.save(treatedNote("2026-02-03T09:00:00+01:00", 5, 2)));
    REQUIRE(figuresShown(page));
    REQUIRE(page.effectsList()->topLevelItemCount() == 1);
    const auto* effect = page.effectsList()->topLevelItem(0);
    CHECK(effect->text(0) == QString::fromStdString(someMuscle().name) + ": ball against the wall");
    CHECK(effect->text(1) == QLocale().toString(3.0, 'f', 1));
    CHECK(effect->text(2) == "3 sessions");
    // The figure is the one "What goes with your pain" gives beside it (journal::insights), never another count.
    CHECK(page.insightsPanel()->toPlainText().contains("3.0"));
    // "What goes with your pain" keeps a share of the width beside them (it was squeezed to its minimum).
    QApplication::processEvents();
    CHECK(page.insightsPanel()->width() >= page.width() / 6);

    REQUIRE(page.trendSubject()->isEnabled());
    // The day's pain comes first (each note's overall pain, else its worst spot); then the regions and muscles.
    CHECK(page.trendSubject()->currentData().toString() == "overall");
    auto lines = page.chartView()->lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].name == "Daily pain");
    REQUIRE(lines[0].points.size() == 3);
    CHECK(lines[0].points[0] == qMakePair(QDate(2026, 2, 1), 7.0));
    CHECK(lines[0].points[1] == qMakePair(QDate(2026, 2, 2), 6.0));
    const int region = page.trendSubject()->findData("region:" + QString::fromStdString(instance(0)));
    REQUIRE(region >= 0);
    page.trendSubject()->setCurrentIndex(region);
    REQUIRE(trendShown(page));
    lines = page.chartView()->lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].points.size() == 3);

    const int muscle = page.trendSubject()->findData("muscle:" + QString::fromStdString(someMuscle().id));
    REQUIRE(muscle >= 0);
    page.trendSubject()->setCurrentIndex(muscle);
    REQUIRE(trendShown(page));
    lines = page.chartView()->lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].name == "Before");
    CHECK(lines[1].points.at(0).second == 3);

    // The day filter narrows the chart too.
    page.setRange(QDate(2026, 2, 3), {});
    REQUIRE(figuresShown(page));
    CHECK(page.chartView()->lines()[0].points.size() == 1);
    CHECK(page.model()->rowCount() == 1);
    // "From" after "to": said so (it read "No note matches the search and the days chosen", nothing to fix named).
    page.setRange(QDate(2026, 2, 3), QDate(2026, 2, 1));
    const auto* empty = page.findChild<QLabel*>("journalEmpty");
    REQUIRE(empty);
    CHECK(QTest::qWaitFor([&] { return empty->isVisible(); }, 2000));
    CHECK(empty->text().contains("\"From\" is after \"to\""));
    // Only the days chosen: their words, not the search's (it said "the search and the days chosen" whatever was).
    page.setRange(QDate(2027, 1, 1), {});
    CHECK(QTest::qWaitFor([&] { return empty->text() == "No note lies in the days chosen."; }, 2000));
}

TEST_CASE("journal gui: What helped most shows a long technique whole, on as many lines as it needs", "[gui][journal]")
{
    TempJournal t;
    for (const char* day : {"2026-02-01", "2026-02-02", "2026-02-03"}) { // enough notes for a figure
        journal::Note note = treatedNote(std::string(day) + "T09:00:00+01:00", 7, 3);
        note.treatments[0].technique
            = "press the ball into the angle of the neck while you lean against a wall and breathe out";
        REQUIRE(t.session.save(note));
    }
    JournalPage page(t.session);
    page.resize(1024, 640);
    page.show();
    REQUIRE(figuresShown(page));
    QTest::qWait(50); // the panes settle, then the rows are measured again
    auto* list = page.effectsList();
    REQUIRE(list->topLevelItemCount() == 1);
    auto* item = list->topLevelItem(0);
    const int width = list->header()->sectionSize(0);
    const QRect whole
        = list->fontMetrics().boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, item->text(0));
    // The panel is narrower than the sentence, so it wraps, and the row is tall enough for every line.
    CHECK(list->fontMetrics().horizontalAdvance(item->text(0)) > width);
    CHECK(list->visualItemRect(item).height() >= whole.height());

    // A wider window gives the column more room and the row fewer lines.
    const int before = list->visualItemRect(item).height();
    page.resize(1900, 640);
    QTest::qWait(50);
    INFO("column " << width << " -> " << list->header()->sectionSize(0));
    CHECK(list->visualItemRect(item).height() < before);
}

TEST_CASE("journal gui: in German at 1024x640 the tags' heading is whole and what was tried keeps its figures",
    "[gui][journal][i18n]")
{
    QTranslator german;
    REQUIRE(german.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
    QCoreApplication::installTranslator(&german);
    {
        PageWithThreeNotes p("2026-02");
        auto* view = p.page.view();
        p.page.resize(1024, 640);
        QApplication::processEvents();
        const QString heading = p.page.model()->headerData(JournalModel::Tags, Qt::Horizontal).toString();
        CHECK(heading == QString::fromUtf8("Schlagwörter und Symptome"));
        // Cut to "Schlagwörter un..." before: the column was a fixed share of the table.
        CHECK(view->columnWidth(JournalModel::Tags) > view->fontMetrics().horizontalAdvance(heading));
        // "Tried" has a delegate of its own, which cuts a long name in the middle: the text's end (the pain before
        // and after) stays.
        auto* delegate = view->itemDelegateForColumn(JournalModel::Tried);
        REQUIRE(delegate);
        CHECK(delegate != view->itemDelegate());
    }
    QCoreApplication::removeTranslator(&german);
}

TEST_CASE("journal gui: the notes' columns share a wide window until the user sizes one", "[gui][journal]")
{
    PageWithThreeNotes p("2026-02");
    auto* view = p.page.view();
    // Shown for the first time at its size (resized before it was shown): the columns fill the table. They kept
    // the widths fitted to the table's first, default width: "Where" 67 px, the tags 33 px, "Tried" the rest.
    QApplication::processEvents();
    CHECK(view->columnWidth(JournalModel::Where) > 200);
    CHECK(view->columnWidth(JournalModel::Tags) > 100);
    CHECK(view->columnWidth(JournalModel::Tried) < view->viewport()->width() / 3);
    p.page.resize(1024, 640);
    QApplication::processEvents();
    const int narrowWhere = view->columnWidth(JournalModel::Where);
    p.page.resize(1900, 900);
    QApplication::processEvents();
    // Where and the note take most of the new room; what was tried (the last column) is not the only one to grow.
    CHECK(view->columnWidth(JournalModel::Where) > narrowWhere + 200);
    CHECK(view->columnWidth(JournalModel::Text) > 400);
    // A narrow window: every column, what was tried too, stays in view (at 200% it was pushed off the table).
    p.page.resize(700, 500);
    QApplication::processEvents();
    int total = 0;
    for (int c = 0; c < JournalModel::ColumnCount; ++c)
        total += view->columnWidth(c);
    CHECK(total <= view->viewport()->width() + 1);
    CHECK(view->columnWidth(JournalModel::Tried) > 60);
    p.page.resize(1900, 900);
    QApplication::processEvents();

    // A column the user dragged stays as the user left it.
    view->horizontalHeader()->resizeSection(JournalModel::Where, 300);
    p.page.resize(1500, 900);
    QApplication::processEvents();
    CHECK(view->columnWidth(JournalModel::Where) == 300);
}

TEST_CASE("journal gui: export and import through the page", "[gui][journal]")
{
    TempJournal a;
    REQUIRE(a.session.save(treatedNote("2026-02-01T09:00:00+01:00", 7, 3)));
    JournalPage page(a.session);
    page.ensureLoaded();
    const QString json = a.dir.filePath("export.json");
    REQUIRE(writtenThrough(page, [&] { return page.exportTo(json, journal::Format::Json); }));
    CHECK(page.messageText()->text().contains("1 note"));
    REQUIRE(writtenThrough(page, [&] { return page.exportTo(a.dir.filePath("export.csv"), journal::Format::Csv); }));
    CHECK_FALSE(writtenThrough(
        page, [&] { return page.exportTo(a.dir.filePath("no/such/folder/x.json"), journal::Format::Json); }));
    CHECK(a.session.lastError().contains("x.json"));

    TempJournal b;
    JournalPage other(b.session);
    other.ensureLoaded();
    REQUIRE(other.importFrom(json, journal::OnDuplicate::Skip));
    CHECK(other.model()->rowCount() == 1);
    REQUIRE(other.importFrom(json, journal::OnDuplicate::Skip));
    CHECK(other.messageText()->text().contains("already here"));
    CHECK(other.model()->rowCount() == 1);

    QFile broken(b.dir.filePath("broken.json"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"trigger-map-journal\", \"notes\": [");
    broken.close();
    CHECK_FALSE(other.importFrom(broken.fileName(), journal::OnDuplicate::Skip));
    CHECK(b.session.lastError().contains("broken.json"));
}

TEST_CASE("journal gui: writeReport makes a PDF, also for a range without notes", "[gui][journal][report]")
{
    TempJournal t;
    REQUIRE(t.journal().saveAll(manyNotes(60), journal::OnDuplicate::Skip).added == 60);
    REQUIRE(t.session.save(treatedNote("2026-02-20T09:00:00+01:00", 7, 3)));
    const QString pdf = t.dir.filePath("report.pdf");
    QString error;
    REQUIRE(writeReport(builtCatalogue(), t.journal(), pdf, {}, &error));
    CHECK(error.isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == "%PDF");
    CHECK(file.size() > 20000);
    file.close();

    const QString empty = t.dir.filePath("empty.pdf");
    REQUIRE(writeReport(builtCatalogue(), t.journal(), empty, {"1990-01-01", "1990-01-31"}, &error));
    QFile emptyFile(empty);
    REQUIRE(emptyFile.open(QIODevice::ReadOnly));
    CHECK(emptyFile.read(4) == "%PDF");

    CHECK_FALSE(writeReport(builtCatalogue(), t.journal(), t.dir.filePath("no/such/dir/r.pdf"), {}, &error));
    CHECK(error.contains("r.pdf"));
    CHECK_FALSE(writeReportFromFile(builtCatalogue(), t.dir.filePath("missing.sqlite"), pdf, {}, &error));
    CHECK(error.contains("missing.sqlite"));
    CHECK_FALSE(QFileInfo::exists(t.dir.filePath("missing.sqlite")));
}

// Not run by default: renders the tab, the editor and a report for a person to look at.
// TM_SHOT_DIR=/tmp/shots build/bin/gui_tests "[shot]" (TM_SHOT_LANGUAGE=de, TM_SHOT_DARK=1 as wanted); the note
// editor also at 1024x640 as note-editor-1024.png.
TEST_CASE("journal gui: screenshots for review", "[.][shot]")
{
    tmap::test::ShotSettings shot;
    const QString out = shot.out;
    TempJournal t;
    auto notes = manyNotes(40);
    for (std::size_t i = 0; i < notes.size(); i += 3) {
        notes[i].intensity = int(3 + i % 5);
        notes[i].tags = {"work"};
        journal::Treatment tr;
        tr.muscle = builtCatalogue().muscles()[i % 4].id;
        tr.technique = i % 2 ? "ball against the wall" : "stretch";
        tr.minutes = 5;
        tr.before = int(5 + i % 4);
        tr.after = int(2 + i % 3);
        notes[i].treatments.push_back(tr);
        notes[i].factors = {builtCatalogue().data().factors[i % 3].id};
    }
    t.journal().saveAll(notes, journal::OnDuplicate::Skip);
    JournalPage page(t.session);
    page.resize(1280, 800);
    page.show();
    // As a person sees it: the notes, the columns fitted to them, the trend and the figures read (a picture taken
    // at once showed the columns unfitted and empty panels).
    page.ensureLoaded();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() > 0 && !page.figuresPending(); }, 60000));
    REQUIRE(QTest::qWaitFor([&] { return !page.trendPending(); }, 60000));
    QApplication::processEvents();
    page.grab().save(out + "/journal-page.png");
    NoteEditor editor(t.session, notes[3]);
    editor.show();
    QApplication::processEvents();
    editor.grab().save(out + "/note-editor.png");
    editor.resize(1024, 640);
    QApplication::processEvents();
    editor.grab().save(out + "/note-editor-1024.png");
    QString error;
    writeReport(builtCatalogue(), t.journal(), out + "/report.pdf", {}, &error);
    writeReport(builtCatalogue(), t.journal(), out + "/report-empty.pdf", {"1990-01-01", "1990-01-31"}, &error);
    JournalSession emptySession(builtCatalogue(), t.dir.filePath("empty.sqlite"));
    emptySession.setInteractive(false);
    JournalPage emptyPage(emptySession);
    emptyPage.resize(1280, 800);
    emptyPage.show();
    emptyPage.ensureLoaded();
    REQUIRE(QTest::qWaitFor([&] { return !emptyPage.figuresPending() && !emptyPage.trendPending(); }, 60000));
    QApplication::processEvents();
    emptyPage.grab().save(out + "/journal-empty.png");
}

TEST_CASE("journal gui: counts and hints read as secondary text, not as disabled", "[gui][journal]")
{
    // The notes' count was a disabled label: 1.6:1 on the light palette. Secondary text keeps 4.5:1 on both.
    TempJournal t;
    for (const char* palette : {"light", "dark"}) {
        tmap::app::applyPalette(palette);
        JournalPage page(t.session);
        page.show();
        QApplication::processEvents();
        auto* count = page.findChild<QLabel*>("journalCount");
        REQUIRE(count);
        INFO(palette << ": " << count->text().toStdString());
        CHECK(count->isEnabled());
        CHECK(contrast(count->palette().color(QPalette::WindowText), count->palette().color(QPalette::Window)) >= 4.5);
    }
    tmap::app::applyPalette("light");
}

TEST_CASE("journal gui: the note editor's places start with a capital, as every line of a list does", "[gui][journal]")
{
    TempJournal t;
    PainDrawing drawing;
    drawing.add("hand.thenar:right", 6); // "ball of the thumb and the web at its base", a name for mid-sentence
    NoteEditor editor(t.session, NoteEditor::noteFromDrawing(drawing));
    REQUIRE(editor.spotsTable()->rowCount() == 1);
    const QString row = editor.spotsTable()->item(0, 0)->text();
    CHECK(row.startsWith("Ball of the thumb"));
    CHECK(editor.spotsTable()->item(0, 0)->toolTip().startsWith("Ball of the thumb"));
    // The list of places to add from: each entry starts its line.
    auto* add = editor.findChild<QComboBox*>();
    REQUIRE(add);
    for (int i = 0; i < add->count(); ++i) {
        INFO(add->itemText(i).toStdString());
        CHECK(add->itemText(i).at(0).isUpper());
    }
}

TEST_CASE("journal gui: the note editor fits a 960x540 screen (1920x1080 at 200%), Save in sight", "[gui][journal]")
{
    // Its form needs about 620 points: it scrolls, and Save and Cancel stay below it. In a 1024x640 window the tags'
    // field stays inside its box (a form layout wrapping its rows under the squeeze lost it).
    TempJournal t;
    for (const QSize size : {QSize(960, 540), QSize(1024, 640)}) {
        NoteEditor editor(t.session, journal::Note {});
        editor.resize(size);
        editor.show();
        QApplication::processEvents();
        INFO(size.width() << "x" << size.height() << ": the editor is " << editor.width() << "x" << editor.height());
        CHECK(editor.height() <= size.height());
        auto* buttons = editor.findChild<QDialogButtonBox*>();
        REQUIRE(buttons);
        auto* save = buttons->button(QDialogButtonBox::Save);
        REQUIRE(save);
        CHECK(editor.rect().contains(QRect(save->mapTo(&editor, QPoint(0, 0)), save->size())));
        auto* tags = editor.findChild<QLineEdit*>("noteTags");
        REQUIRE(tags);
        auto* box = qobject_cast<QWidget*>(tags->parent());
        REQUIRE(box);
        CHECK(box->rect().contains(QRect(tags->pos(), tags->size())));
    }
}

TEST_CASE("journal gui: the note editor's factors have visible check boxes on the dark palette", "[gui][journal]")
{
    // Fusion's item-view check box vanishes on a dark base: the factors of a note could not be seen to be tickable.
    // The box's frame is drawn in the text colour now, left of each factor's name.
    TempJournal t;
    tmap::app::applyPalette("dark");
    {
        NoteEditor editor(t.session, journal::Note {});
        editor.show();
        QApplication::processEvents();
        auto* factors = editor.findChild<QListWidget*>();
        REQUIRE(factors);
        REQUIRE(factors->count() > 0);
        const QImage image = factors->viewport()->grab().toImage();
        const QRect item = factors->visualItemRect(factors->item(0));
        const QColor text = factors->palette().color(QPalette::Text);
        int frame = 0;
        for (int y = item.top(); y <= item.bottom(); ++y)
            for (int x = item.left(); x < item.left() + 18 && x < image.width(); ++x) {
                const QColor c = image.pixelColor(QPoint(x, y) * image.devicePixelRatio());
                frame += std::abs(c.red() - text.red()) + std::abs(c.green() - text.green())
                        + std::abs(c.blue() - text.blue())
                    < 90;
            }
        CHECK(frame >= 12);
    }
    tmap::app::applyPalette("light");
}

TEST_CASE("journal gui: the trend chart draws its lines, axes and legend", "[gui][journal]")
{
    // 90 days: too many for dots, so any pixel of the line's colour comes from the line itself.
    tmap::app::TrendLine line {"Mean", {}, QColor(0, 0, 255)};
    for (int d = 0; d < 90; ++d)
        line.points.append({QDate(2026, 1, 1).addDays(d), 5 + 4 * std::sin(d / 6.0)});
    auto blue = [](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += c.blue() > 200 && c.red() < 80 && c.green() < 80;
            }
        return n;
    };
    const QImage drawn = tmap::app::renderTrend({line}, QSize(500, 260), "Trend");
    CHECK(drawn.size() == QSize(1000, 520));
    CHECK(blue(drawn) > 1500); // a 2 px line across the plot, at twice the resolution, and the legend's stroke
    // Dark pixels: the title, labels and axes.
    int dark = 0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x)
            dark += qGray(drawn.pixel(x, y)) < 80;
    CHECK(dark > 1000);
    CHECK(blue(tmap::app::renderTrend({}, QSize(500, 260), "Nothing noted yet")) == 0);
    // With no line (nothing noted, or still reading) no day is named under the axis: this week's days under a
    // journal of 2024 being read looked like its answer. Dark pixels in the band under the axis: none.
    const auto underAxis = [](const QImage& image) {
        const auto darkIn = [&image](int y) {
            int n = 0;
            for (int x = 0; x < image.width(); ++x)
                n += qGray(image.pixel(x, y)) < 120;
            return n;
        };
        int axis = image.height() - 1; // the lowest row drawn across most of the width
        while (axis > 0 && darkIn(axis) < image.width() / 2)
            --axis;
        int n = 0; // right of the intensity scale, whose "0" reaches below the axis
        for (int y = axis + 4; y < image.height(); ++y)
            for (int x = image.width() / 8; x < image.width(); ++x)
                n += qGray(image.pixel(x, y)) < 120;
        return n;
    };
    CHECK(underAxis(drawn) > 0);
    CHECK(underAxis(tmap::app::renderTrend({}, QSize(500, 260), "Reading...")) == 0);
}

TEST_CASE(
    "journal gui: the trend's axis names the year when it matters, and months for a long journal", "[gui][journal]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QFontMetricsF metrics(QFont {});
    const QDate today(2026, 12, 5);
    auto labels = [](const QList<tmap::app::TrendTick>& ticks) {
        QStringList all;
        for (const auto& t : ticks)
            all << t.label;
        return all.join(" | ").toStdString();
    };
    // A month of this year: days, no year, no more than fit the width.
    const auto thisYear = tmap::app::trendTicks(QDate(2026, 11, 1), QDate(2026, 11, 30), 440, metrics, today);
    INFO(labels(thisYear));
    REQUIRE(thisYear.size() >= 3);
    CHECK(thisYear.size() <= 9);
    CHECK(thisYear.front().label == "1 Nov");
    // Each day's mark under its point, at noon, and none past the last day (the mark after it named tomorrow).
    for (const auto& t : thisYear) {
        CHECK(t.atNoon);
        CHECK(t.day <= QDate(2026, 11, 30));
    }
    const auto week = tmap::app::trendTicks(QDate(2026, 11, 29), QDate(2026, 12, 6), 440, metrics, today);
    REQUIRE_FALSE(week.isEmpty());
    CHECK(week.back().day <= QDate(2026, 12, 6));
    // The same month a year earlier: "1 Nov" alone would read as this November.
    const auto lastYear = tmap::app::trendTicks(QDate(2025, 11, 1), QDate(2025, 11, 30), 440, metrics, today);
    CHECK(lastYear.front().label == "1 Nov 25");
    // Twenty months: the first of months, with the year, on the calendar's quarters or halves; none cut by the width.
    const auto months = tmap::app::trendTicks(QDate(2025, 3, 10), QDate(2026, 11, 29), 440, metrics, today);
    INFO(labels(months));
    REQUIRE(months.size() >= 3);
    qreal widest = 0;
    for (const auto& t : months) {
        CHECK(t.day.day() == 1);
        CHECK_FALSE(t.atNoon); // a month begins at midnight
        CHECK((t.day.month() - 1) % 3 == 0);
        CHECK(t.day > QDate(2025, 3, 10));
        CHECK(t.day <= QDate(2026, 11, 30));
        widest = std::max(widest, metrics.horizontalAdvance(t.label));
    }
    CHECK(months.size() * widest <= 440);
    CHECK(labels(months).find("Jan 2026") != std::string::npos);
    // Ten years on a narrow chart: Januaries only, a few of them.
    const auto years = tmap::app::trendTicks(QDate(2016, 6, 1), QDate(2026, 11, 1), 300, metrics, today);
    INFO(labels(years));
    REQUIRE_FALSE(years.isEmpty());
    CHECK(years.size() * widest <= 300);
    for (const auto& t : years)
        CHECK((t.day.month() == 1 && t.day.day() == 1));
    QLocale::setDefault(before);
}

TEST_CASE("journal gui: the trend's lines stand out from the plot on the dark palette too", "[gui][journal]")
{
    using tmap::app::readableLineColour;
    const QColor blue(0x2a, 0x5d, 0xb0); // "Daily pain"
    const QColor darkPlot(0x1f, 0x1f, 0x22);
    REQUIRE(contrast(blue, darkPlot) < 3.0); // as it was: 2.6:1
    const QColor lighter = readableLineColour(blue, darkPlot);
    CHECK(contrast(lighter, darkPlot) >= 3.0);
    CHECK(lighter.lightnessF() > blue.lightnessF());
    CHECK(lighter.hue() == Approx(blue.hue()).margin(2)); // the same blue, lighter
    // On white it stands out already and stays as it is; a pale yellow is darkened.
    CHECK(readableLineColour(blue, Qt::white) == blue);
    CHECK(contrast(readableLineColour(QColor(0xff, 0xee, 0x88), Qt::white), Qt::white) >= 3.0);
    CHECK(contrast(Qt::black, Qt::white) == Approx(21.0));
}

TEST_CASE("journal gui: the trash lists deleted notes and Restore brings them back", "[gui][journal]")
{
    PageWithThreeNotes p("2026-03");
    auto& [t, page] = p;
    page.view()->selectRow(0);
    const QString id = page.model()->index(0, 0).data(NoteIdRole).toString();
    page.deleteAction()->trigger();
    REQUIRE(page.model()->rowCount() == 2);

    // The trash: the one deleted note; only Restore is offered.
    page.trashAction()->trigger();
    REQUIRE(page.trashAction()->isChecked());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, 0).data(NoteIdRole).toString() == id);
    CHECK(page.restoreAction()->isVisible());
    CHECK_FALSE(page.deleteAction()->isVisible());
    CHECK_FALSE(page.newAction()->isVisible());
    CHECK_FALSE(page.restoreAction()->isEnabled()); // nothing chosen yet
    // The live notes' figures (trend, what helped, what goes with the pain) are not shown beside the trash.
    const auto* insights = page.findChild<InsightsPanel*>();
    REQUIRE(insights);
    CHECK_FALSE(insights->isVisibleTo(&page));
    page.view()->selectRow(0);
    REQUIRE(page.restoreAction()->isEnabled());
    page.restoreAction()->trigger();
    CHECK(t.journal().get(id.toStdString())->deleted.empty());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.messageText()->text() == "The note is back.");

    // Back to the notes: all three again.
    page.trashAction()->trigger();
    CHECK_FALSE(page.trashAction()->isChecked());
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.deleteAction()->isVisible());
    CHECK_FALSE(page.restoreAction()->isVisible());
    CHECK(insights->isVisibleTo(&page));
}

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

unsigned modeOf(const QString& path)
{
    struct stat st { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

bool anyMovedAside(const QTemporaryDir& dir)
{
    for (const auto& e : std::filesystem::directory_iterator(dir.path().toStdString()))
        if (e.path().filename().string().find(".broken-") != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("journal gui: --report on a damaged journal fails, writes no PDF and moves nothing", "[gui][journal][report]")
{
    struct {
        QTemporaryDir dir;
        QString path = dir.filePath("journal.sqlite");
    } t;
    {
        journal::OpenOptions options;
        options.dailyBackup = false;
        REQUIRE(journal::Journal::open(t.path.toStdString(), options)
                    ->saveAll(manyNotes(200), journal::OnDuplicate::Skip)
                    .added
            == 200);
        // Damage a page in the middle of the file: the header still says SQLite, the integrity check does not.
        std::fstream file(t.path.toStdString(), std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(4096 * 1); // page 2, the root of the note table: its header
        file << std::string(64, '\x5a');
    }
    const QByteArray before = bytesOf(t.path);
    const QString pdf = t.dir.filePath("report.pdf");
    QString error;
    CHECK_FALSE(writeReportFromFile(builtCatalogue(), t.path, pdf, {}, &error));
    CHECK(error.contains(t.path));
    CHECK(error.contains("damaged"));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(anyMovedAside(t.dir));
    CHECK(bytesOf(t.path) == before);
}

TEST_CASE(
    "journal gui: the report and screenshots are private and never written over the journal", "[gui][journal][report]")
{
    TempJournal t;
    REQUIRE(t.session.save(treatedNote("2026-02-20T09:00:00+01:00", 7, 3)));
    QString error;
    const QString pdf = t.dir.filePath("report.pdf");
    REQUIRE(writeReport(builtCatalogue(), t.journal(), pdf, {}, &error));
    CHECK(modeOf(pdf) == 0600);
    const QByteArray journalBytes = bytesOf(t.path);
    CHECK_FALSE(writeReport(builtCatalogue(), t.journal(), t.path, {}, &error));
    CHECK(error.contains("the pain journal itself"));
    CHECK(bytesOf(t.path) == journalBytes);
    CHECK(t.journal().count({}) == 1);

    MainWindow window(builtCatalogue(), t.path);
    CHECK_FALSE(window.saveScreenshot(t.path, QSize(800, 600)));
    CHECK(t.journal().count({}) == 1);
    const QString png = t.dir.filePath("shot.png");
    REQUIRE(window.saveScreenshot(png, QSize(800, 600)));
    CHECK(modeOf(png) == 0600);

    // Without --force (Existing::Keep) a file that exists is left as it is and nothing is written.
    const QByteArray shot = bytesOf(png);
    const QByteArray report = bytesOf(pdf);
    CHECK_FALSE(window.saveScreenshot(png, QSize(640, 480), tmap::journal::Existing::Keep));
    CHECK(bytesOf(png) == shot);
    for (const QString& target : {pdf, png}) {
        error.clear();
        CHECK_FALSE(writeReportFromFile(builtCatalogue(), t.path, target, {}, &error, tmap::journal::Existing::Keep));
        CHECK(error.contains("already exists"));
    }
    CHECK(bytesOf(pdf) == report);
    CHECK(bytesOf(png) == shot);
    const QString fresh = t.dir.filePath("fresh.pdf");
    REQUIRE(writeReportFromFile(builtCatalogue(), t.path, fresh, {}, &error, tmap::journal::Existing::Keep));
    CHECK(modeOf(fresh) == 0600);
}

TEST_CASE("journal gui: a screenshot of the journal page never waits on a message box", "[gui][journal]")
{
    QTemporaryDir dir;
    std::ofstream(dir.filePath("file-not-folder").toStdString()) << "x";
    const QString journalPath = dir.filePath("file-not-folder/journal.sqlite"); // cannot be opened
    MainWindow window(builtCatalogue(), journalPath);
    bool modal = false;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (auto* box = QApplication::activeModalWidget()) {
            modal = true;
            box->close();
        }
    });
    watchdog.start(50);
    AppOptions options;
    options.screenshot = dir.filePath("shot.png");
    options.page = "journal";
    CHECK(window.applyOptions(options).isEmpty());
    CHECK(window.saveScreenshot(options.screenshot, QSize(900, 600)));
    CHECK_FALSE(modal);
}

TEST_CASE("journal gui: after a failed open, saving tries again instead of doing nothing", "[gui][journal]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("journal");
    QDir().mkpath(folder);
    ::chmod(QFile::encodeName(folder).constData(), 0500); // like a full disk: the open fails
    JournalSession session(builtCatalogue(), folder + "/journal.sqlite");
    session.setInteractive(false);
    QSignalSpy errors(&session, &JournalSession::error);
    CHECK_FALSE(session.save(treatedNote("2026-02-20T09:00:00+01:00", 7, 3)));
    CHECK(errors.count() == 1);
    CHECK_FALSE(session.save(treatedNote("2026-02-20T09:00:00+01:00", 7, 3))); // still failing: said again
    CHECK(errors.count() == 2);
    ::chmod(QFile::encodeName(folder).constData(), 0700); // room again
    CHECK(session.save(treatedNote("2026-02-20T09:00:00+01:00", 7, 3)));
    CHECK(session.journal()->count({}) == 1);
}

TEST_CASE("journal gui: a save that finds another program writing waits off the UI thread, and can be cancelled",
    "[gui][journal]")
{
    TempJournal t;
    REQUIRE(t.session.save(treatedNote("2026-02-20T09:00:00+01:00", 7, 3)));
    tmap::db::Database other(t.path.toStdString());
    other.exec("BEGIN IMMEDIATE"); // another program writes
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(10);
    QTimer::singleShot(600, [&] { other.exec("ROLLBACK"); });
    QSignalSpy waiting(&t.session, &JournalSession::waiting);
    last = clock.elapsed();
    CHECK(t.session.save(treatedNote("2026-02-21T09:00:00+01:00", 6, 2)));
    CHECK(clock.elapsed() >= 550); // it did wait for the other program
    CHECK(longestGap < 100); // and the window kept running meanwhile: the write and its wait are off the UI thread
    CHECK(waiting.count() == 2);
    CHECK(t.journal().count({}) == 2);

    other.exec("BEGIN IMMEDIATE");
    QObject::connect(&t.session, &JournalSession::waiting, [&](bool now) {
        if (now)
            QTimer::singleShot(100, &t.session, &JournalSession::cancelWaiting);
    });
    QSignalSpy errors(&t.session, &JournalSession::error);
    CHECK_FALSE(t.session.save(treatedNote("2026-02-22T09:00:00+01:00", 5, 1)));
    REQUIRE(errors.count() == 1);
    CHECK(errors.front().front().toString().contains("stopped waiting"));
    other.exec("ROLLBACK");
    CHECK(t.journal().count({}) == 2);
}

TEST_CASE("journal gui: a treatment's Remove button is shown whole", "[gui][journal]")
{
    TempJournal t;
    NoteEditor editor(t.session, {});
    journal::Treatment tr;
    tr.muscle = someMuscle().id;
    tr.technique = "ball";
    editor.addTreatment(tr);
    editor.resize(720, 560);
    editor.show();
    for (int round = 0; round < 4; ++round)
        QApplication::processEvents();
    auto* table = editor.treatmentsTable();
    const int last = table->columnCount() - 1;
    QWidget* remove = table->cellWidget(0, last);
    REQUIRE(remove);
    CHECK(table->columnWidth(last) >= remove->sizeHint().width());
    CHECK(table->rowHeight(0) >= remove->sizeHint().height());
}

TEST_CASE("journal gui: the day filter opens at today, shows the notes' range and clears back to any", "[gui][journal]")
{
    PageWithThreeNotes p("2026-02");
    auto& page = p.page;
    REQUIRE(figuresShown(page));
    CHECK(page.notesRange() == qMakePair(QDate(2026, 2, 1), QDate(2026, 2, 3)));
    CHECK(page.sinceEdit()->toolTip().contains(QLocale().toString(QDate(2026, 2, 1), QLocale::ShortFormat)));
    auto* calendar = page.sinceEdit()->calendarWidget();
    CHECK(calendar->dateTextFormat(QDate(2026, 2, 2)).fontWeight() == QFont::Bold);
    CHECK(calendar->dateTextFormat(QDate(2026, 2, 4)).fontWeight() != QFont::Bold);

    // While "any", the calendar opens at today's month, not at January 2000.
    CHECK(page.sinceEdit()->text() == "any");
    QShowEvent show;
    QApplication::sendEvent(calendar, &show);
    CHECK(calendar->yearShown() == QDate::currentDate().year());
    CHECK(calendar->monthShown() == QDate::currentDate().month());

    CHECK_FALSE(page.anyDayButton()->isEnabled());
    page.setRange(QDate(2026, 2, 2), QDate(2026, 2, 2));
    CHECK(page.model()->rowCount() == 1);
    REQUIRE(page.anyDayButton()->isEnabled());
    QTest::mouseClick(page.anyDayButton(), Qt::LeftButton);
    CHECK(page.range().since.empty());
    CHECK(page.range().until.empty());
    CHECK(page.sinceEdit()->text() == "any");
    CHECK(page.model()->rowCount() == 3);
    CHECK_FALSE(page.anyDayButton()->isEnabled());
}

TEST_CASE("journal gui: the note editor asks before throwing away what was typed", "[gui][journal]")
{
    TempJournal t;
    NoteEditor editor(t.session, {});
    editor.show();
    CHECK_FALSE(editor.isModified());
    QTest::keyClicks(editor.textEdit(), "left temple after the long drive");
    REQUIRE(editor.isModified());

    // Esc: the question comes; "Keep editing" keeps the editor open with the text.
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(&editor, Qt::Key_Escape);
    CHECK(asked);
    CHECK(editor.isVisible());
    CHECK(editor.textEdit()->toPlainText() == "left temple after the long drive");

    // Closing the window asks too; "Discard" closes it without saving.
    asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = true;
        box->button(QMessageBox::Discard)->click();
    });
    editor.close();
    CHECK(asked);
    CHECK_FALSE(editor.isVisible());
    CHECK(editor.result() == QDialog::Rejected);
    CHECK(t.journal().count({}) == 0);

    // Nothing typed: Cancel closes at once.
    NoteEditor untouched(t.session, {});
    untouched.show();
    untouched.reject();
    CHECK_FALSE(untouched.isVisible());
}

TEST_CASE("journal gui: notes another program adds show up without a restart", "[gui][journal]")
{
    PageWithThreeNotes p("2026-02");
    p.page.ensureLoaded();
    REQUIRE(p.page.model()->rowCount() == 3);

    // Another program: its own connection to the same file, through the core API.
    auto other = journal::Journal::open(p.t.path.toStdString(), [] {
        journal::OpenOptions o;
        o.dailyBackup = false;
        return o;
    }());
    journal::Note n;
    n.when = "2026-02-10T09:00:00+01:00";
    n.spots.push_back({instance(1), 5, journal::Quality::None});
    n.text = "written by tpmap";
    other->save(n);

    for (int i = 0; i < 50 && p.page.model()->rowCount() != 4; ++i)
        QTest::qWait(100);
    REQUIRE(p.page.model()->rowCount() == 4);
    CHECK(p.page.model()->index(0, JournalModel::Text).data().toString() == "written by tpmap");
    REQUIRE(figuresShown(p.page));
    CHECK(p.page.notesRange().second == QDate(2026, 2, 10));
}

TEST_CASE("journal gui: a point added to a plan without a side gets the side the person names", "[gui][journal]")
{
    QTemporaryDir dir;
    JournalSession session(builtCatalogue(), dir.filePath("journal.sqlite"));
    session.setInteractive(false);
    QWidget parent;
    // An entry's "Add to a plan..." has no side: it asks which (both sides: one step each), then the plan, its name.
    QStringList asked;
    onNextDialog<QInputDialog>([&asked](QInputDialog* sides) {
        asked << sides->labelText();
        CHECK(sides->comboBoxItems().contains("Both sides"));
        onNextDialog<QInputDialog>([&asked](QInputDialog* plans) {
            asked << plans->labelText();
            onNextDialog<QInputDialog>([](QInputDialog* name) {
                name->setTextValue("Evening");
                name->accept();
            });
            plans->setTextValue("A new plan...");
            plans->accept();
        });
        sides->setTextValue("Both sides");
        sides->accept();
    });
    CHECK(PlansPanel::addToPlan(&parent, session, {{"levator-scapulae-1", tmap::body::Side::None}}) == "Evening");
    REQUIRE(asked.size() == 2);
    CHECK(asked.front().contains("which side"));
    auto plans = session.journal()->plans();
    REQUIRE(plans.size() == 1);
    REQUIRE(plans.front().steps.size() == 2);
    CHECK(plans.front().steps[0].side == tmap::body::Side::Left);
    CHECK(plans.front().steps[1].side == tmap::body::Side::Right);
    // A point with its side is added as it is, without the question.
    onNextDialog<QInputDialog>([](QInputDialog* which) {
        which->setTextValue("Evening");
        which->accept();
    });
    CHECK(PlansPanel::addToPlan(&parent, session, {{"levator-scapulae-2", tmap::body::Side::Right}}) == "Evening");
    plans = session.journal()->plans();
    REQUIRE(plans.front().steps.size() == 3);
    CHECK(plans.front().steps[2].side == tmap::body::Side::Right);
    // A point its entry keeps to one side (rectus abdominis' chest-pain point: the left) goes on that side,
    // without the question: a step on the right would be listed there and pressed on the left.
    onNextDialog<QInputDialog>([&asked](QInputDialog* which) {
        asked << which->labelText();
        which->setTextValue("Evening");
        which->accept();
    });
    CHECK(PlansPanel::addToPlan(&parent, session, {{"rectus-abdominis-6", tmap::body::Side::None}}) == "Evening");
    CHECK_FALSE(asked.back().contains("which side"));
    plans = session.journal()->plans();
    REQUIRE(plans.front().steps.size() == 4);
    CHECK(plans.front().steps[3].side == tmap::body::Side::Left);
}

TEST_CASE("journal gui: the note editor's time goes at most a day ahead, unless the note already says later",
    "[gui][journal]")
{
    TempJournal t;
    NoteEditor fresh(t.session, journal::Note {});
    auto* when = fresh.findChild<QDateTimeEdit*>();
    REQUIRE(when);
    when->setDateTime(QDateTime::currentDateTime().addYears(3));
    CHECK(when->dateTime() <= QDateTime::currentDateTime().addDays(1));
    journal::Note imported;
    imported.when = "2999-01-01T08:00:00+01:00";
    NoteEditor later(t.session, imported);
    auto* laterWhen = later.findChild<QDateTimeEdit*>();
    REQUIRE(laterWhen);
    CHECK(laterWhen->dateTime().date().year() == 2999); // shown as it is, not moved
}

TEST_CASE("journal gui: --report on a closed journal leaves nothing beside it", "[gui][journal][report]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("journal.sqlite");
    {
        journal::OpenOptions options;
        options.dailyBackup = false;
        REQUIRE(journal::Journal::open(path.toStdString(), options)
                    ->saveAll(manyNotes(20), journal::OnDuplicate::Skip)
                    .added
            == 20);
    }
    REQUIRE_FALSE(QFileInfo::exists(path + "-wal"));
    const QByteArray before = bytesOf(path);
    QString error;
    REQUIRE(writeReportFromFile(builtCatalogue(), path, dir.filePath("report.pdf"), {}, &error));
    // A read-only connection left an empty -wal and a -shm behind, which only a writer removes.
    CHECK_FALSE(QFileInfo::exists(path + "-wal"));
    CHECK_FALSE(QFileInfo::exists(path + "-shm"));
    CHECK(bytesOf(path) == before);
}

TEST_CASE("journal gui: no two of the note editor's buttons and fields share an Alt+letter, in English and German",
    "[gui][journal][i18n]")
{
    // Qt cycles through a shared mnemonic instead of acting: Alt+letter must name one thing.
    const auto letterOf = [](const QString& text) -> QChar {
        const QString plain = QString(text).replace("&&", "");
        const int at = plain.indexOf('&');
        return at >= 0 && at + 1 < plain.size() ? plain.at(at + 1).toLower() : QChar();
    };
    for (const bool inGerman : {false, true}) {
        QTranslator german;
        if (inGerman) {
            REQUIRE(german.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
            QCoreApplication::installTranslator(&german);
        }
        {
            TempJournal t;
            NoteEditor editor(t.session, treatedNote("2026-02-01T09:00:00+01:00", 6, 3));
            editor.resize(1024, 640);
            editor.show();
            QApplication::processEvents();
            QMap<QChar, QString> seen;
            QStringList texts;
            for (const auto* button : editor.findChildren<QAbstractButton*>())
                if (button->isVisibleTo(&editor))
                    texts << button->text();
            for (const auto* label : editor.findChildren<QLabel*>())
                if (label->buddy() && label->isVisibleTo(&editor))
                    texts << label->text();
            for (const QString& text : texts) {
                const QChar letter = letterOf(text);
                if (letter.isNull())
                    continue;
                INFO((inGerman ? "German: " : "English: ")
                    << text.toStdString() << " shares it with " << seen.value(letter).toStdString());
                CHECK(!seen.contains(letter));
                seen.insert(letter, text);
            }
        }
        if (inGerman)
            QCoreApplication::removeTranslator(&german);
    }
}
