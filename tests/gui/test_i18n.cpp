// Translations: the German .qm embedded in tm_gui (:/i18n) loads and reaches the widgets the main window builds.
#include <catch2/catch.hpp>

#include <cerrno>

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include "../support/catalogue_fixture.h"
#include "app/journal/journal_model.h"
#include "app/journal/journal_page.h"
#include "app/journal/journal_session.h"
#include "app/journal/tag_text.h"
#include "app/report/report_writer.h"
#include "app/shell/main_window.h"
#include "app/treat/session_dialog.h"
#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/error_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/exchange.h"
#include "journal/journal.h"

using tmap::app::MainWindow;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const auto* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

/// Installs a translator for the lifetime of a test and always removes it, so other tests stay in English.
struct InstalledTranslator {
    QTranslator translator;
    bool loaded;
    explicit InstalledTranslator(const QLocale& locale)
        : loaded(translator.load(locale, "trigger-map", "_", ":/i18n"))
    {
        if (loaded)
            QCoreApplication::installTranslator(&translator);
    }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&translator); }
    Q_DISABLE_COPY_MOVE(InstalledTranslator)
};

} // namespace

TEST_CASE("i18n: the German translation is embedded and translates the main window", "[gui][i18n]")
{
    {
        InstalledTranslator german(QLocale(QLocale::German, QLocale::Germany));
        REQUIRE(german.loaded);
        CHECK(german.translator.language() == "de");

        MainWindow window(builtCatalogue());
        CHECK(window.tabs()->tabText(0) == QString::fromUtf8("&Wo es schmerzt"));
        CHECK(window.tabs()->tabText(1) == QString::fromUtf8("&Katalog"));
        const QStringList menus = menuTitles(window);
        CHECK(menus.contains("&Datei"));
        CHECK(menus.contains("&Hilfe"));
        CHECK_FALSE(menus.contains("&Help"));
    }
    // Removed again: a new window is English.
    MainWindow window(builtCatalogue());
    CHECK(window.tabs()->tabText(0) == "&Where it hurts");
    CHECK(menuTitles(window).contains("&Help"));
}

TEST_CASE("i18n: English and unknown languages load no translation", "[gui][i18n]")
{
    QTranslator translator;
    CHECK_FALSE(translator.load(QLocale(QLocale::English), "trigger-map", "_", ":/i18n"));
    CHECK_FALSE(translator.load(QLocale(QLocale::Japanese), "trigger-map", "_", ":/i18n"));
}

TEST_CASE("i18n: in German at 1024 px, every action of the journal's toolbar is shown, none behind its overflow",
    "[gui][i18n][journal]")
{
    InstalledTranslator german(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE(german.loaded);
    QTemporaryDir dir;
    tmap::app::JournalSession session(builtCatalogue(), dir.filePath("journal.sqlite"));
    session.setInteractive(false);
    tmap::app::JournalPage page(session);
    page.setReportWriting(&tmap::app::ReportWriter::writeTo); // as the shell gives it: Report is on the toolbar
    page.resize(1024 - 16, 600); // the tab's width in a 1024 px window
    page.show();
    auto* toolbar = page.findChild<QToolBar*>();
    REQUIRE(toolbar);
    auto everyActionShown = [&] {
        QCoreApplication::processEvents();
        QStringList hidden;
        int shown = 0;
        for (QAction* action : toolbar->actions()) {
            QWidget* widget = toolbar->widgetForAction(action);
            if (!action->isVisible() || action->isSeparator() || !widget)
                continue;
            if (widget->isVisible())
                ++shown;
            else
                hidden << action->text();
        }
        INFO("hidden: " << hidden.join(", ").toStdString());
        CHECK(hidden.isEmpty());
        CHECK(shown >= 6);
    };
    CHECK(page.reportAction()->text().startsWith("&Bericht"));
    everyActionShown();
    // The trash has three actions of its own, with longer words.
    page.trashAction()->trigger();
    REQUIRE(page.trashAction()->isChecked());
    everyActionShown();
    // Tool buttons read like the English ones, without the menu items' ellipsis.
    for (QAction* action : toolbar->actions())
        CHECK_FALSE(action->iconText().contains(QChar(0x2026)));
}

TEST_CASE("i18n: a file problem the core gives in structure is worded in the user's language", "[gui][i18n]")
{
    using tmap::app::ErrorText;
    using tmap::journal::JournalError;
    const JournalError folder(JournalError::Reason::IsFolder, "/home/me/pain", "CORE: is a folder");
    const JournalError full(
        JournalError::Reason::CannotWrite, "/home/me/out.pdf", "CORE: no space", "no space", ENOSPC);
    const JournalError other("CORE: something else");
    {
        InstalledTranslator german(QLocale(QLocale::German, QLocale::Germany));
        REQUIRE(german.loaded);
        const QString a = ErrorText::describe(folder);
        CHECK(a.contains("/home/me/pain"));
        CHECK(a.contains("Ordner"));
        CHECK_FALSE(a.contains("CORE"));
        const QString b = ErrorText::describe(full);
        CHECK(b.contains("/home/me/out.pdf"));
        CHECK(b.contains(QString::fromUtf8("Datenträger ist voll")));
        CHECK_FALSE(b.contains("CORE"));
        // What the core says only in words is shown as it is.
        CHECK(ErrorText::describe(other) == "CORE: something else");
    }
    CHECK(ErrorText::describe(folder) == "/home/me/pain is a folder, not a file. Choose a file.");
}

TEST_CASE("i18n: a problem of a note or a plan is worded in the user's language", "[gui][i18n]")
{
    using tmap::app::ErrorText;
    using tmap::journal::Problem;
    const std::vector<Problem> problems {
        {"/text", "CORE: too long", Problem::Rule::TooLong, {}, 100003, 100000},
        {"/tags/1", "CORE: twice", Problem::Rule::Twice, "work"},
        {"/name", "CORE: one line", Problem::Rule::NotOneLine},
        {"/factors/0", "CORE: unknown factor \"x\""},
    };
    {
        InstalledTranslator german(QLocale(QLocale::German, QLocale::Germany));
        REQUIRE(german.loaded);
        const QStringList lines = ErrorText::problems(problems).split('\n');
        REQUIRE(lines.size() == 4);
        CHECK(lines[0] == "Notiz: zu lang: 100003 Zeichen, höchstens 100000");
        CHECK(lines[1] == QString::fromUtf8("Schlagwort 2: „work“ steht zweimal da"));
        CHECK(lines[2].endsWith("muss eine einzige Zeile sein"));
        CHECK_FALSE(lines[2].contains("CORE"));
        // A problem the core says only in words keeps the core's words.
        CHECK(lines[3].endsWith("CORE: unknown factor \"x\""));
        // A muscle typed in the note editor that is not in the list, and a place without its side: in German too,
        // with the part of the treatment or spot named (they read "Behandlung 1, muscle: unknown muscle ...").
        const QStringList more = ErrorText::problems(
            {{"/treatments/0/muscle", "CORE", Problem::Rule::Unknown, "Wade"},
                {"/spots/1/region", "CORE", Problem::Rule::NeedsSide,
                    "head.temple"}}).split('\n');
        REQUIRE(more.size() == 2);
        CHECK(more[0] == QString::fromUtf8("Behandlung 1, Muskel: „Wade“ kennt Trigger Map nicht"));
        CHECK(more[1] == QString::fromUtf8("Stelle 2, Ort: „head.temple“ braucht eine Seite, links oder rechts"));
        // A plan beyond the most a journal keeps (it read "too many: 1000, at most 1000").
        CHECK(ErrorText::problems({{"", "CORE", Problem::Rule::NoRoom, {}, 1000, 1000}})
            == QString::fromUtf8("Es gibt schon 1000 Pläne, so viele, wie ein Tagebuch höchstens hält"));
    }
    CHECK(ErrorText::problems({{"/treatments/0/muscle", "CORE", Problem::Rule::Unknown, "calf"}})
        == "Treatment 1, muscle: \"calf\" is not one Trigger Map knows");
    CHECK(ErrorText::problems({problems[1]}) == "Tag 2: \"work\" is listed twice");
}

TEST_CASE("i18n: an import file the core refuses is worded in the user's language", "[gui][i18n]")
{
    using tmap::app::ErrorText;
    using tmap::journal::ImportError;
    const auto& cat = builtCatalogue();
    const tmap::journal::Vocabulary vocabulary(&cat.body(), &cat);
    // The app's words for what the core refused; the refusal itself, to check its reason.
    auto refusal = [&](const std::string& text) -> ImportError {
        try {
            tmap::journal::parseImport(text, "/home/me/pain.json", vocabulary);
        } catch (const ImportError& e) {
            return e;
        }
        FAIL("the import was accepted: " << text);
        return ImportError("", "", "");
    };
    const std::string note = R"({"id": "3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c", "when": "2026-11-25T08:30:00+01:00", )";
    const std::string badNote = R"({"format": "trigger-map-journal", "version": 3, "notes": [)" + note
        + R"("spots": [{"region": "neck.back:left", "intensity": 12}], "mood": "low"}]})";
    const ImportError problems = refusal(badNote);
    REQUIRE(problems.reason() == ImportError::Reason::Problems);
    REQUIRE(problems.problems().size() == 2);
    const ImportError semicolons = refusal("note_id;when;created_at\n1;2;3\n");
    CHECK(semicolons.reason() == ImportError::Reason::CsvSemicolons);
    const ImportError notJson = refusal("{\"format\": \"trigger-map-journal\",\n \"version\": 3 \"notes\": []}");
    CHECK(notJson.reason() == ImportError::Reason::NotJson);
    CHECK(notJson.facts().line == 2);
    const ImportError otherJson = refusal(R"({"name": "a shopping list"})");
    CHECK(otherJson.reason() == ImportError::Reason::NotAnExport);
    const ImportError wrongType = refusal(R"({"format": "trigger-map-journal", "version": "3", "notes": {}})");
    {
        InstalledTranslator german(QLocale(QLocale::German, QLocale::Germany));
        REQUIRE(german.loaded);
        const QStringList lines = ErrorText::describe(problems).split('\n');
        REQUIRE(lines.size() == 3);
        CHECK(
            lines[0] == QString::fromUtf8("/home/me/pain.json entspricht nicht dem Format eines Trigger-Map-Exports:"));
        // Each problem at its place in words: the note, the spot, the part.
        CHECK(lines.contains(QString::fromUtf8("• Notiz 1, Stelle 1, Stärke: 12 liegt nicht zwischen 0 und 10")));
        // A field the format does not have: at the object it is in, named in the words.
        CHECK(lines.contains(QString::fromUtf8("• Notiz 1: „mood“ ist kein Feld dieses Formats")));
        CHECK(ErrorText::describe(semicolons).contains(QString::fromUtf8("durch Semikolons getrennt")));
        CHECK(ErrorText::describe(notJson).startsWith(
            QString::fromUtf8("/home/me/pain.json ist kein gültiges JSON: Der Fehler steht in Zeile 2, Spalte")));
        CHECK(ErrorText::describe(otherJson).contains(QString::fromUtf8("JSON eines anderen Programms")));
        CHECK(ErrorText::describe(wrongType).contains(
            QString::fromUtf8("Version: muss eine ganze Zahl sein, nicht ein Text in Anführungszeichen")));
        // A CSV's row: its line and the column by the file's own name for it.
        const ImportError row = refusal(
            "note_id,when,created_at,updated_at,note_intensity,region,region_name,spot_intensity,quality,tags,"
            "factors,factor_names,treatments,treatment_names,text,answers\n"
            "3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c,2026-11-25T08:30:00+01:00,,,,neck.back:left,,5,stechend,,,,,,,\n");
        REQUIRE(row.reason() == ImportError::Reason::Problems);
        CHECK(ErrorText::describe(row).contains(QString::fromUtf8(
            "Zeile 2, Spalte „quality“: „stechend“ ist keines von: aching, sharp, burning, throbbing, tingling, numb, "
            "stiff")));
        // None of them falls back on the core's English sentence, nor on a problem's.
        for (const auto* e : {&problems, &semicolons, &notJson, &otherJson, &wrongType, &row}) {
            const QString worded = ErrorText::describe(*e);
            CHECK_FALSE(worded.contains(QString::fromStdString(e->problem())));
            for (const auto& p : e->problems())
                CHECK_FALSE(worded.contains(QString::fromStdString(p.message)));
        }
    }
    // In English, the same structure in English words.
    CHECK(ErrorText::describe(problems).contains("Note 1, Spot 1, intensity: 12 is not between 0 and 10"));
}

TEST_CASE("i18n: the journal's search knows the app's tags by their German words", "[gui][i18n]")
{
    auto wordsOf = [](const std::string& tag) {
        for (const auto& [t, words] : tmap::app::TagText::searchWords(builtCatalogue()))
            if (t == tag)
                return QString::fromStdString(words);
        return QString();
    };
    {
        InstalledTranslator german(QLocale(QLocale::German, QLocale::Germany));
        REQUIRE(german.loaded);
        CHECK(wordsOf("session") == QString::fromUtf8("angeleitete Sitzung"));
        CHECK(wordsOf("press-test:") == "Drucktest");
    }
    CHECK(wordsOf("session") == "guided session");
}

TEST_CASE("i18n: a narrow column names a muscle without the Latin the German names add", "[gui][i18n]")
{
    const auto* levator = builtCatalogue().muscle("levator-scapulae");
    REQUIRE(levator);
    CHECK(tmap::app::DataText::shortMuscleName(*levator) == tmap::app::DataText::muscleName(*levator)); // English
    tmap::app::BodyNames::setCatalogue(&builtCatalogue(), "de");
    const QString full = tmap::app::DataText::muscleName(*levator);
    const QString shortName = tmap::app::DataText::shortMuscleName(*levator);
    tmap::app::BodyNames::setCatalogue(nullptr, {});
    CHECK(full == QString::fromUtf8("Schulterblattheber (M. levator scapulae)"));
    CHECK(shortName == QString::fromUtf8("Schulterblattheber"));
}

TEST_CASE("i18n: the journal writes the year whole, in German too", "[gui][i18n]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString table = tmap::app::JournalModel::whenText("2026-11-28T19:05:00+01:00");
    const QString editor = tmap::app::JournalModel::dateTimeFormat();
    // Days alone too: the backups, the days filter, "Last time it hurt here" (they wrote "05.12.26").
    const QString day = tmap::app::shortDayText(QDate(2026, 12, 5));
    const QString filter = tmap::app::wholeYearDateFormat(QLocale(), QLocale::ShortFormat);
    QLocale::setDefault(before);
    CHECK(table == "28.11.2026 19:05"); // "28.11.26" read as a day of 2026 only by guessing
    CHECK(editor.contains("yyyy"));
    CHECK(day == "05.12.2026");
    CHECK(filter.contains("yyyy"));
}

TEST_CASE("i18n: no two buttons a guided session shows at once share an Alt letter, in English or German",
    "[gui][i18n][treat]")
{
    // In German, Start ("&Starten"), skip ("über&springen") and Close ("&Schließen") all took Alt+S.
    for (const bool german : {false, true}) {
        std::unique_ptr<InstalledTranslator> language;
        if (german)
            language = std::make_unique<InstalledTranslator>(QLocale(QLocale::German, QLocale::Germany));
        QTemporaryDir dir;
        MainWindow window(builtCatalogue(), dir.filePath("journal.sqlite"));
        window.setSessionTimeScale(0.002);
        const auto& cat = builtCatalogue();
        auto* dialog = window.treatPoints({{cat.triggerPoint("upper-trapezius-1"), tmap::body::Side::Right, {}},
                                              {cat.triggerPoint("levator-scapulae-1"), tmap::body::Side::Right, {}}},
            {}, false);
        REQUIRE(dialog);
        dialog->resize(1024, 640);
        // The letters after "&" of the buttons shown now.
        const auto clashes = [dialog] {
            QMap<QChar, QStringList> by;
            for (auto* button : dialog->findChildren<QAbstractButton*>())
                if (button->isVisibleTo(dialog)) {
                    const QString text = button->text();
                    const auto at = text.indexOf('&');
                    if (at >= 0 && at + 1 < text.size() && text[at + 1] != '&')
                        by[text[at + 1].toLower()] << text;
                }
            QStringList found;
            for (auto it = by.cbegin(); it != by.cend(); ++it)
                if (it.value().size() > 1)
                    found << it.value().join(" / ");
            return found.join("; ").toStdString();
        };
        QApplication::processEvents();
        INFO((german ? "German" : "English"));
        CHECK(clashes() == ""); // before the start
        dialog->startSession();
        QApplication::processEvents();
        CHECK(clashes() == ""); // pressing
        dialog->fastForward(3'600'000);
        QApplication::processEvents();
        CHECK(clashes() == ""); // the pain after, the press test
        dialog->finishSession();
        QApplication::processEvents();
        CHECK(clashes() == ""); // the second point
        dialog->startSession();
        dialog->fastForward(3'600'000);
        dialog->finishSession();
        QApplication::processEvents();
        CHECK(clashes() == ""); // the end
        dialog->close();
    }
}
