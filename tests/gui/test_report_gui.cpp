// The PDF report: page 1 is the clinician's summary drawn from the core's ClinicianSummary, the rest follows with
// every table's header repeated on each page; `trigger-map --report` writes it (or page 1 as a PNG) headless.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTranslator>

#include "../support/catalogue_fixture.h"
#include "../support/shot_settings.h"
#include "app/report/body_map_names.h"
#include "app/report/report_writer.h"
#include "app/report/summary_page.h"
#include "app/widgets/body_names.h"
#include "catalogue/catalogue.h"
#include "db/database.h"
#include "journal/clinician_summary.h"
#include "journal/journal.h"
#include "journal/note_rules.h"
#include "journal/uuid.h"

using namespace tmap;
using namespace tmap::app;

namespace {

// Four weeks of November 2026 that get better, three notes a day: the temple and (first week) the right jaw joint,
// (last week) the left calf; a ball on the trapezius every third day.
std::unique_ptr<journal::Journal> madeUpJournal(const QString& path)
{
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(path.toStdString(), options);
    const std::string muscle = builtCatalogue().muscles().front().id;
    std::vector<journal::Note> notes;
    for (int d = 0; d < 28; ++d)
        for (int h : {8, 13, 19}) {
            journal::Note n;
            n.id = journal::newUuid();
            n.when = journal::addDays("2026-11-01", d) + "T" + (h < 10 ? "0" : "") + std::to_string(h) + ":00:00+01:00";
            n.spots.push_back({"head.temple:right", d < 7 ? 8 : d >= 21 ? 3 : 5, journal::Quality::Aching});
            if (d < 7)
                n.spots.push_back({"head.jaw_joint:right", 6, journal::Quality::Sharp});
            if (d >= 21)
                n.spots.push_back({"leg.calf_upper:left", 4, journal::Quality::None});
            n.intensity = d < 7 ? 7 : d >= 21 ? 3 : 5;
            n.text = "Day " + std::to_string(d + 1)
                + ": a long line of what happened, to fill the table of notes "
                  "so that it runs over several pages.";
            if (d % 3 == 0 && h == 8)
                n.treatments.push_back({muscle, "", "ball against the wall", 5, 6, 3});
            notes.push_back(n);
        }
    REQUIRE(j->saveAll(notes, journal::OnDuplicate::Skip).added == static_cast<int>(notes.size()));
    return j;
}

/// Page 1 painted `width` pixels wide, as a picture: it keeps each line of text as painted (UTF-16).
QByteArray paintedPage(const SummaryPage& page, qreal width)
{
    QPicture picture;
    {
        QPainter painter(&picture);
        page.paint(painter, QRectF(0, 0, width, width * SummaryPage::kHeight / SummaryPage::kWidth));
    }
    return {picture.data(), static_cast<qsizetype>(picture.size())};
}

/// Text as a picture of page 1 keeps it (paintedPage).
QByteArray utf16(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes;
}

int pdfPages(const QString& pdf)
{
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(file.readAll());
    return static_cast<int>(text.count(QRegularExpression("/Type\\s*/Page[^s]")));
}

// Whether row `y` of page 1 is one of the grey rules under the map rows (a half-point line across the content).
bool isRule(const QImage& page, int y)
{
    int n = 0;
    for (int x = 0; x < page.width(); ++x) {
        const QColor c = page.pixelColor(x, y); // antialiased
        n += c.red() == c.green() && c.green() == c.blue() && c.red() >= 0xc0 && c.red() <= 0xf0;
    }
    return n > page.width() / 2;
}

// Whether row `y` holds a heading's dark red.
bool isHeading(const QImage& page, int y)
{
    for (int x = 0; x < page.width(); ++x) {
        const QColor c = page.pixelColor(x, y);
        if (c.red() > 90 && c.red() < 150 && c.green() < 40 && c.blue() < 40)
            return true;
    }
    return false;
}

// Down page 1: the last rule under the map rows, and the first heading after it (the worst regions'); -1 for
// either when there is none.
std::pair<int, int> mapsEnd(const QImage& page)
{
    int lastRule = -1, next = -1;
    for (int y = 0; y < page.height() && next < 0; ++y) {
        if (isRule(page, y))
            lastRule = y;
        else if (lastRule > 0 && isHeading(page, y))
            next = y;
    }
    return {lastRule, next};
}

// Pixels of the heat maps' red, in a band of the page that holds the body maps (below the headings and the
// legend, above the middle of the page and the worst regions and the trend chart, which follow the maps).
int reddish(const QImage& page)
{
    int n = 0;
    const int rule = mapsEnd(page).first;
    const int end = rule > 0 ? std::min(rule, page.height() / 2) : page.height() / 2;
    for (int y = page.height() * 14 / 100; y < end; y += 2)
        for (int x = 0; x < page.width(); x += 2) {
            const QColor c = page.pixelColor(x, y);
            n += c.red() > 150 && c.green() < 140 && c.blue() < 140;
        }
    return n;
}

/// Page 1 of a journal of one note on 10 November 2026 with `spots`: its red pixels (reddish), and the views its
/// maps show.
std::pair<int, std::vector<std::string>> oneNotePage(const std::vector<journal::Spot>& spots)
{
    const journal::Range november {"2026-11-01", "2026-11-30"};
    QTemporaryDir dir;
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(dir.filePath("journal.sqlite").toStdString(), options);
    journal::Note n;
    n.when = "2026-11-10T08:00:00+01:00";
    n.spots = spots;
    j->save(n);
    return {reddish(ReportWriter(builtCatalogue(), *j).firstPage(november, 800)),
        journal::clinicianSummary(*j, builtCatalogue().body(), november).views};
}

} // namespace

TEST_CASE(
    "report: page 1 is the summary, the rest follows with its table headers on every page", "[gui][journal][report]")
{
    QTemporaryDir dir;
    auto j = madeUpJournal(dir.filePath("journal.sqlite"));
    ReportWriter writer(builtCatalogue(), *j);
    const journal::Range november {"2026-11-01", "2026-11-30"};

    // The rest: every table's first row is a header row, and the notes table runs over several pages.
    const auto doc = writer.document(november);
    int tables = 0;
    for (auto* frame : doc->rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            ++tables;
            CHECK(table->format().headerRowCount() == 1);
        }
    CHECK(tables >= 3); // regions, what helped, notes
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter a4(&buffer);
    a4.setPageSize(QPageSize(QPageSize::A4));
    a4.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    ReportWriter::layOut(*doc, a4);
    const int rest = doc->pageCount();
    CHECK(rest >= 3);

    const QString pdf = dir.filePath("report.pdf");
    QString error;
    REQUIRE(writer.write(pdf, november, &error));
    CHECK(writer.pagesWritten() == 1 + rest);
    CHECK(pdfPages(pdf) == writer.pagesWritten());
    CHECK_FALSE(doc->toPlainText().contains("summary for a clinician")); // page 1 is not repeated in the rest
    // What went with the pain, under the Journal tab's headings: the treatments; no factor was ticked, no heading.
    const QStringList lines = doc->toPlainText().split('\n');
    CHECK(lines.contains("Treatments"));
    // Each with its own bullet and a space (a list's bullet touched its text in the PDF).
    CHECK(doc->toPlainText().contains(QString::fromUtf8("\u2022 ")));
    CHECK_FALSE(lines.contains("Factors"));

    // Page 1: drawn from the core's figures; its maps show heat where the core says there is pain.
    const auto summary = journal::clinicianSummary(*j, builtCatalogue().body(), november);
    REQUIRE(summary.views.size() == 4); // front, back and both sides: the jaw joint shows only in a side view
    const QImage page = writer.firstPage(november, 800);
    CHECK(page.width() == 800);
    CHECK(page.height() == 1131);
    CHECK(reddish(page) > 50); // the temple, the jaw joint and the calf in red; none on an empty page
    const QImage empty = writer.firstPage({"1990-01-01", "1990-01-31"}, 800);
    CHECK(reddish(empty) == 0);
}

TEST_CASE("report: days without notes make one page that says so", "[gui][report]")
{
    // An empty range wrote two pages, the second a heading over nothing, and page 1 said "All notes - No notes in
    // this range." of a journal with none at all.
    QTemporaryDir dir;
    auto j = madeUpJournal(dir.filePath("journal.sqlite"));
    ReportWriter writer(builtCatalogue(), *j);
    const QString pdf = dir.filePath("empty.pdf");
    QString error;
    REQUIRE(writer.write(pdf, {"1990-01-01", "1990-01-31"}, &error));
    CHECK(writer.pagesWritten() == 1);
    CHECK(pdfPages(pdf) == 1);
    const auto summary = journal::clinicianSummary(*j, builtCatalogue().body(), {"1990-01-01", "1990-01-31"});
    CHECK(paintedPage(SummaryPage(builtCatalogue(), summary, 1), 1600).contains(utf16("no notes on these days.")));
}

TEST_CASE("report: a range of one day is named once", "[gui][report]")
{
    CHECK(SummaryPage::rangeText({"2026-12-02", "2026-12-02"}) == SummaryPage::rangeText({"2026-12-02", ""}).mid(5));
    CHECK_FALSE(SummaryPage::rangeText({"2026-12-02", "2026-12-02"}).contains(" to "));
    CHECK(SummaryPage::rangeText({"2026-12-01", "2026-12-02"}).contains(" to "));
}

TEST_CASE("report: a head region noted gets close-ups of the head, where a whole figure shows it as a speck",
    "[gui][journal][report]")
{
    // Two journals of one spot each, at the same intensity: the right temple, the left upper calf. On whole figures
    // the temple is a speck in two views (about three times the calf's red, which shows in one); with the
    // head's close-ups it is many times more.
    auto redOf = [](const std::string& region) { return oneNotePage({{region, 8, journal::Quality::None}}).first; };
    const int temple = redOf("head.temple:right");
    const int calf = redOf("leg.calf_upper:left");
    INFO("temple " << temple << ", calf " << calf);
    CHECK(calf > 0);
    CHECK(temple > 5 * calf); // without the close-ups: 185 against 63 (the temple shows in two views)
}

TEST_CASE("report: the head's close-ups go under the figures when beside them they would shrink the figures",
    "[gui][journal][report]")
{
    // One day (one row of maps) with the heel: the soles make the row wide, so the width limits the figures. Two
    // drawings show the same five views: faint spots (1 of 10: pink, not counted as red) on the head in one, away
    // from it in the other. The head's three close-ups would halve the figures beside them; on a line of their own
    // they leave the heel its size.
    auto redOf = [](const std::vector<std::string>& faint, std::vector<std::string>& views) {
        std::vector<journal::Spot> spots {{"foot.heel:left", 8, journal::Quality::None}};
        for (const auto& region : faint)
            spots.push_back({region, 1, journal::Quality::None});
        const auto [red, shown] = oneNotePage(spots);
        views = shown;
        return red;
    };
    std::vector<std::string> headViews, otherViews;
    const int withHead = redOf({"head.temple:right", "head.occiput:left"}, headViews);
    const int without = redOf({"chest.sternum", "arm.outer:right"}, otherViews);
    REQUIRE(headViews == otherViews);
    INFO("the heel's red with the head's close-ups " << withHead << ", without them " << without);
    CHECK(without > 0);
    CHECK(withHead >= without * 9 / 10);
}

TEST_CASE(
    "report: trigger-map --report writes the PDF, or page 1 as a PNG, from a made-up journal", "[gui][journal][report]")
{
    QTemporaryDir dir;
    const QString journalPath = dir.filePath("journal.sqlite");
    madeUpJournal(journalPath).reset();
    for (const QString name : {"report.pdf", "page1.png"}) {
        const QString out = dir.filePath(name);
        QProcess run;
        run.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert("QT_QPA_PLATFORM", "offscreen");
            return env;
        }());
        run.start(TM_TRIGGER_MAP,
            {"--catalogue", TM_TEST_CATALOGUE, "--journal", journalPath, "--report", out, "--since", "2026-11-01",
                "--until", "2026-11-30"});
        REQUIRE(run.waitForFinished(120000));
        INFO(run.readAllStandardError().toStdString());
        CHECK(run.exitCode() == 0);
        REQUIRE(QFileInfo::exists(out));
        CHECK((QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
        if (name.endsWith(".pdf")) {
            CHECK(pdfPages(out) >= 4);
        } else {
            const QImage png(out);
            CHECK(png.width() == 1240);
            CHECK(reddish(png) > 100);
        }
    }
}

TEST_CASE("report: on page 1 the sections under the maps follow them, without a blank band", "[gui][report]")
{
    // Maps limited by the page's width left a blank band as high as a map row between them and the worst regions
    // (the sections under them were laid out from the foot of the page up).
    QTemporaryDir dir;
    auto j = madeUpJournal(dir.filePath("journal.sqlite"));
    const QImage page = ReportWriter(builtCatalogue(), *j).firstPage({"2026-11-01", "2026-11-30"}, 800);
    const auto [lastRule, next] = mapsEnd(page);
    REQUIRE(lastRule > 0);
    REQUIRE(next > lastRule);
    INFO("last map row's rule at " << lastRule << ", the next heading at " << next);
    CHECK(next - lastRule < 30);
}

TEST_CASE("report: page 1 names a long worst region whole, wrapped, never cut short", "[gui][report]")
{
    // "top of the shoulder between neck and should... (left)" named no place a clinician could read.
    QTemporaryDir dir;
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(dir.filePath("journal.sqlite").toStdString(), options);
    std::vector<journal::Note> notes;
    for (int d = 0; d < 5; ++d) {
        journal::Note n;
        n.id = journal::newUuid();
        n.when = journal::addDays("2026-11-01", d) + "T09:00:00+01:00";
        n.spots.push_back({"shoulder.top:left", 6, journal::Quality::Aching});
        n.spots.push_back({"head.temple:right", 4, journal::Quality::Aching});
        notes.push_back(n);
    }
    REQUIRE(j->saveAll(notes, journal::OnDuplicate::Skip).added == 5);
    const auto summary = journal::clinicianSummary(*j, builtCatalogue().body(), {"2026-11-01", "2026-11-30"});
    // The place's last words are there, and no ellipsis.
    const QByteArray data = paintedPage(SummaryPage(builtCatalogue(), summary, 2), 800);
    CHECK(data.contains(utf16("Worst regions")));
    CHECK(data.contains(utf16("shoulder tip")));
    CHECK_FALSE(data.contains(utf16(QString(QChar(0x2026)))));
}

TEST_CASE("report: page 1's trend says how many days the first and the last are", "[gui][report]")
{
    // "fell from 6.6 in the first days to 5.5 in the last" did not say how many days, beside a chart whose last week
    // could be read either way.
    QTemporaryDir dir;
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(dir.filePath("journal.sqlite").toStdString(), options);
    std::vector<journal::Note> notes;
    for (int d = 0; d < 28; ++d) {
        journal::Note n;
        n.id = journal::newUuid();
        n.when = journal::addDays("2026-11-01", d) + "T09:00:00+01:00";
        n.intensity = 7 - d / 7;
        notes.push_back(n);
    }
    REQUIRE(j->saveAll(notes, journal::OnDuplicate::Skip).added == 28);
    const auto summary = journal::clinicianSummary(*j, builtCatalogue().body(), {"2026-11-01", "2026-11-30"});
    REQUIRE(summary.trend.direction == journal::TrendDirection::Better);
    REQUIRE(summary.windowDays > 1);
    const QByteArray data = paintedPage(SummaryPage(builtCatalogue(), summary, 2), 1600);
    // (The sentence wraps where the page's width has it: each line is kept apart.)
    CHECK(data.contains(utf16("in the last " + QString::number(summary.windowDays) + ".")));
    CHECK_FALSE(data.contains(utf16("in the first days")));
}

TEST_CASE("report: the standard body maps' areas are named in German", "[gui][report][i18n]")
{
    using journal::BodyMapFormat;
    QTranslator german;
    REQUIRE(german.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
    struct Installed {
        QTranslator& t;
        explicit Installed(QTranslator& translator)
            : t(translator)
        {
            QCoreApplication::installTranslator(&t);
        }
        ~Installed() { QCoreApplication::removeTranslator(&t); }
        Q_DISABLE_COPY_MOVE(Installed)
    };
    for (const auto format : {BodyMapFormat::Mbm, BodyMapFormat::Wpi}) {
        // Every area of the instrument at once.
        const auto& table = journal::BodyMapTable::get(format);
        journal::BodyMapDrawing all;
        for (const auto& a : table.areas())
            all.areas.push_back({a.code, 5});
        const QString english = BodyMapNames::endorsed(format, all);
        QString text;
        {
            const Installed inGerman(german);
            text = BodyMapNames::endorsed(format, all);
            CHECK(BodyMapNames::endorsed(format, {}) == "keine");
        }
        INFO(text.toStdString());
        for (const auto& a : table.areas()) {
            INFO(a.code);
            const QString name = QString::fromStdString(a.name);
            CHECK(english.contains(name + "\u00a0(5)")); // English: the table's names, each with its intensity
            CHECK_FALSE(text.contains(name)); // German: none of them, nor the codes (English words too)
            CHECK_FALSE(text.contains(QString::fromStdString(a.code)));
        }
        CHECK(text.count("\u00a0(5)") == static_cast<int>(table.areas().size()));
    }
    // CHOIR keeps its standard segment numbers.
    const journal::BodyMapDrawing choir {"", "", 1, {{"101", 8}, {"206", 7}}, {}};
    CHECK(BodyMapNames::endorsed(BodyMapFormat::Choir, choir) == "101\u00a0(8), 206\u00a0(7)");
}

namespace {

/// The report's text in German for three notes on consecutive days, each the note `day` makes of its day.
QString germanReportText(const std::function<void(journal::Note&)>& day)
{
    QTemporaryDir dir;
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(dir.filePath("journal.sqlite").toStdString(), options);
    std::vector<journal::Note> notes;
    for (int d = 0; d < 3; ++d) {
        journal::Note n;
        n.id = journal::newUuid();
        n.when = journal::addDays("2026-11-01", d) + "T09:00:00+01:00";
        day(n);
        notes.push_back(n);
    }
    j->saveAll(notes, journal::OnDuplicate::Skip);
    QTranslator german;
    REQUIRE(german.load(QLocale(QLocale::German), "trigger-map", "_", ":/i18n"));
    QCoreApplication::installTranslator(&german);
    BodyNames::setCatalogue(&builtCatalogue(), "de");
    ReportWriter writer(builtCatalogue(), *j);
    const QString text = writer.document({})->toPlainText();
    BodyNames::setCatalogue(nullptr, {});
    QCoreApplication::removeTranslator(&german);
    return text;
}

} // namespace

TEST_CASE("report: \"What helped\" lists only what lowered the pain, as the Journal tab and page 1 do", "[gui][report]")
{
    // It listed every technique noted often enough, one after which the pain rose as a negative "drop".
    QTemporaryDir dir;
    journal::OpenOptions options;
    options.dailyBackup = false;
    auto j = journal::Journal::open(dir.filePath("journal.sqlite").toStdString(), options);
    std::vector<journal::Note> notes;
    for (int d = 0; d < 6; ++d) {
        journal::Note n;
        n.id = journal::newUuid();
        n.when = journal::addDays("2026-11-01", d) + "T09:00:00+01:00";
        n.spots.push_back({"neck.side:right", 6, journal::Quality::None});
        n.treatments.push_back({"upper-trapezius", "upper-trapezius-1", "Helps every time", 3, 6, 3});
        n.treatments.push_back({"levator-scapulae", "levator-scapulae-1", "Worse every time", 3, 4, 6});
        notes.push_back(n);
    }
    REQUIRE(j->saveAll(notes, journal::OnDuplicate::Skip).added == 6);
    ReportWriter writer(builtCatalogue(), *j);
    const QString text = writer.document({})->toPlainText();
    const qsizetype from = text.indexOf("What helped"), to = text.indexOf("What goes with the pain");
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    const QString helped = text.mid(from, to - from);
    INFO(helped.toStdString());
    CHECK(helped.contains("Helps every time"));
    CHECK_FALSE(helped.contains("Worse every time"));
    CHECK(text.mid(to).contains("Worse every time")); // the insights in full still show it

    // Only the one that made it worse: the section says none lowered the pain, not that too few were noted.
    for (auto& n : notes) {
        n.id = journal::newUuid();
        n.treatments.erase(n.treatments.begin());
    }
    auto k = journal::Journal::open(dir.filePath("worse.sqlite").toStdString(), options);
    REQUIRE(k->saveAll(notes, journal::OnDuplicate::Skip).added == 6);
    const QString worse = ReportWriter(builtCatalogue(), *k).document({})->toPlainText();
    INFO(worse.toStdString());
    CHECK(worse.contains("None of the treatments noted often enough lowered the pain"));
    CHECK_FALSE(worse.contains("No treatment with the pain noted before and after"));
}

TEST_CASE("report: in German the techniques and the spots' qualities are German", "[gui][report][i18n]")
{
    const QString rest = germanReportText([](journal::Note& n) {
        n.spots.push_back({"neck.side:right", 6, journal::Quality::Aching});
        n.treatments.push_back(
            {"upper-trapezius", "upper-trapezius-1", "Pincer grip on the top of the shoulder", 3, 6, 3});
    });
    INFO(rest.toStdString());
    CHECK(rest.contains("Zangengriff oben auf der Schulter")); // what helped, and each note's treatments
    CHECK_FALSE(rest.contains("Pincer grip"));
    CHECK(rest.contains("dumpf")); // each note's spots
    CHECK_FALSE(rest.contains("aching"));
}

TEST_CASE("report: a note's places start their cell capitalised, symptoms apart from tags, an unnamed technique named "
          "so",
    "[gui][report][i18n]")
{
    const QString rest = germanReportText([](journal::Note& n) {
        n.spots.push_back({"back.lumbar:left", 6, journal::Quality::Aching});
        n.tags = {"Arbeit", journal::symptomTag("headache")};
        n.treatments.push_back({"quadratus-lumborum", "", "", 0, 6, 4}); // saved without its technique
    });
    INFO(rest.toStdString());
    // The German name is written for the middle of a sentence ("unterer Rücken ..."); a cell starts with a capital.
    CHECK(rest.contains(QString::fromUtf8("Unterer Rücken neben der Wirbelsäule (links) 6")));
    CHECK_FALSE(rest.contains(QString::fromUtf8("unterer Rücken neben der Wirbelsäule (links) 6")));
    // The symptom ticked with the drawing is a symptom; the word typed, a tag.
    CHECK(rest.contains("Schlagwörter: Arbeit"));
    CHECK(rest.contains("Symptome: Kopfschmerzen"));
    // What helped: the muscle and that no technique was named, then the figures - no colon with nothing after it.
    CHECK(rest.contains("Quadratischer Lendenmuskel (M. quadratus lumborum), Technik nicht genannt: 2"));
    CHECK_FALSE(rest.contains(": :"));
    CHECK_FALSE(rest.contains("(M. quadratus lumborum):"));
}

namespace {

/// The rows of the notes' tables (a header cell "When") that run over the end of a page, as laid out.
int notesSplitAcrossPages(QTextDocument& doc, int* rows)
{
    int split = 0;
    *rows = 0;
    const double height = doc.pageSize().height();
    for (auto* frame : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->cellAt(0, 0).firstCursorPosition().block().text() != "When")
            continue;
        for (int r = 1; r < table->rows(); ++r, ++*rows) {
            double top = 1e12, bottom = -1e12;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top, doc.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, doc.documentLayout()->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (std::floor(top / height) != std::floor((bottom - 1) / height))
                ++split;
        }
    }
    return split;
}

} // namespace

TEST_CASE("report: a note is never split across two pages, so each part has its date", "[gui][report]")
{
    QTemporaryDir dir;
    auto j = madeUpJournal(dir.filePath("journal.sqlite"));
    ReportWriter writer(builtCatalogue(), *j);
    // The document as it comes, laid out on the PDF's pages, splits notes (so the check below can fail)...
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    ReportWriter::setUpPage(pdf);
    const auto plain = writer.document({});
    ReportWriter::layOut(*plain, pdf);
    int rows = 0;
    REQUIRE(notesSplitAcrossPages(*plain, &rows) > 0);
    const int allRows = rows;
    // ...the pages of the PDF do not, and they list every note.
    const auto paged = writer.paged({}, pdf);
    CHECK(notesSplitAcrossPages(*paged, &rows) == 0);
    CHECK(rows == allRows);
    CHECK(paged->pageSize() == plain->pageSize());
    // Wherever the notes start on a page (ranges of a few days to four weeks: the first note, too, may have to
    // start a page), none is split and every one is listed.
    for (int days = 1; days <= 28; days += 3) {
        const journal::Range range {"2026-11-01", journal::addDays("2026-11-01", days - 1)};
        INFO(range.since << " to " << range.until);
        const auto laid = writer.paged(range, pdf);
        CHECK(notesSplitAcrossPages(*laid, &rows) == 0);
        CHECK(rows == days * 3); // three notes a day
    }
}

// Not run by default: renders page 1 and the following pages as PNGs for a person to look at (the PDF's own
// painting and pages, on an A4 image at 150 dots per inch). TM_SHOT_DIR=/tmp/shots build/bin/gui_tests
// "[reportshot]"; TM_SHOT_LANGUAGE=de for German.
TEST_CASE("report: pages for review", "[.][reportshot]")
{
    const tmap::test::ShotSettings settings;
    const QString& out = settings.out;
    QTemporaryDir dir;
    // TM_SHOT_JOURNAL=FILE: that journal (a copy), e.g. tools/screenshots/made_up_journal.py's month.
    const QString given = qEnvironmentVariable("TM_SHOT_JOURNAL");
    if (!given.isEmpty())
        REQUIRE(QFile::copy(given, dir.filePath("journal.sqlite")));
    auto j = given.isEmpty() ? madeUpJournal(dir.filePath("journal.sqlite"))
                             : journal::Journal::open(dir.filePath("journal.sqlite").toStdString());
    ReportWriter writer(builtCatalogue(), *j);
    writer.firstPage({}, 1240).save(out + "/report-1.png");
    QImage page(1240, 1754, QImage::Format_ARGB32_Premultiplied);
    page.setDotsPerMeterX(5906); // 150 dots per inch
    page.setDotsPerMeterY(5906);
    const auto doc = writer.paged({}, page); // the notes kept whole on a page, as the PDF has them
    ReportWriter::layOut(*doc, page);
    for (int i = 0; i < std::min(doc->pageCount(), 4); ++i) {
        page.fill(Qt::white);
        QPainter painter(&page);
        ReportWriter::paintPage(painter, *doc, i, doc->pageCount() + 1);
        painter.end();
        page.save(out + QString("/report-%1.png").arg(i + 2));
    }
}

namespace {

/// What one run of trigger-map (offscreen, settings in `dir`) ended with.
struct AppRun {
    bool normalExit = false;
    int code = -1;
    QString error; ///< its standard error
};

AppRun runApp(const QTemporaryDir& dir, const QStringList& arguments)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    p.setProcessEnvironment(env);
    p.start(TM_TRIGGER_MAP, arguments);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit, p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("app: a damaged pattern read while the options are applied is one message naming the file, no crash",
    "[gui][damage]")
{
    // A pattern's shape blob made unreadable: opening an entry, or a drawing whose results draw that pattern,
    // reads it while the command line's options are applied, before the event loop runs.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString damaged = dir.filePath("catalogue.sqlite");
    REQUIRE(QFile::copy(TM_TEST_CATALOGUE, damaged));
    QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
    {
        tmap::db::Database db(damaged.toStdString());
        db.exec("UPDATE pattern_shape SET polygons = x'ffffffff0000'");
    }
    for (const QStringList& options : {QStringList {"--muscle", "masseter"},
             QStringList {"--select", "head.temple:right=7"}, QStringList {"--page", "browser"}}) {
        INFO(options.join(' ').toStdString());
        const auto run = runApp(dir,
            QStringList {"--catalogue", damaged, "--journal", dir.filePath("journal.sqlite"), "--screenshot",
                dir.filePath("shot.png")}
                + options);
        const QString& error = run.error;
        INFO(error.toStdString());
        CHECK(run.normalExit);
        CHECK(run.code == 1);
        CHECK(error.contains(damaged));
        CHECK(error.contains("damaged catalogue"));
    }
}

TEST_CASE("app: --report and --screenshot keep an existing file unless --force", "[gui][report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    madeUpJournal(dir.filePath("j.sqlite")).reset();
    for (const QString& option : {QString("--report"), QString("--screenshot")}) {
        const QString file = dir.filePath(option == "--report" ? "keep.pdf" : "keep.png");
        {
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        auto run = [&](const QStringList& extra) {
            const auto r = runApp(dir,
                QStringList {"--catalogue", TM_TEST_CATALOGUE, "--journal", dir.filePath("j.sqlite"), option, file}
                    + extra);
            return std::pair {r.code, r.error};
        };
        INFO(option.toStdString());
        const auto [code, error] = run({});
        CHECK(code == 2);
        CHECK(error.contains(file));
        CHECK(error.contains("--force"));
        QFile kept(file);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == "precious");
        kept.close();
        const auto [forced, message] = run({"--force"});
        INFO(message.toStdString());
        CHECK(forced == 0);
        QFile replaced(file);
        REQUIRE(replaced.open(QIODevice::ReadOnly));
        CHECK(replaced.readAll() != "precious");
    }
}

TEST_CASE("app: an empty --report or --screenshot, or a date that does not exist, is a usage error", "[gui][report]")
{
    // `trigger-map --report ""` (a script's unset variable) opened the whole window and waited; "2026-13-01" for
    // --since ended with 1, the code of a file that could not be written.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    madeUpJournal(dir.filePath("j.sqlite")).reset();
    const QStringList common {"--catalogue", TM_TEST_CATALOGUE, "--journal", dir.filePath("j.sqlite")};
    const QString pdf = dir.filePath("r.pdf");
    const QList<QStringList> mistakes {QStringList {"--report", ""}, QStringList {"--screenshot", ""},
        QStringList {"--report", pdf, "--since", ""}, QStringList {"--report", pdf, "--since", "2026-13-01"},
        QStringList {"--report", pdf, "--until", "2026-02-30"}, QStringList {"--report", pdf, "--since", "soon"},
        QStringList {"--report", dir.filePath("r.txt")}}; // a PDF by another name opens as nonsense
    for (const QStringList& bad : mistakes) {
        INFO(bad.join(' ').toStdString());
        const auto run = runApp(dir, common + bad);
        INFO(run.error.toStdString());
        CHECK(run.normalExit);
        CHECK(run.code == 2);
        CHECK(run.error.contains(bad[bad.size() - 2]));
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    CHECK(runApp(dir, common + QStringList {"--report", pdf, "--since", "2026-02-28"}).code == 0);
    // A session of a point for a clinician only opens no dialog: said, exit 2 (it crashed, 139).
    const auto clinician = runApp(dir,
        common
            + QStringList {
                "--screenshot", dir.filePath("s.png"), "--treat", "pectineus-1:left", "--treat-step", "hold"});
    CHECK(clinician.normalExit);
    CHECK(clinician.code == 2);
    CHECK(clinician.error.contains("pectineus-1:left"));
}
