// report/report_writer: the PDF report (page 1 the clinician's summary, then the details), written atomically.
#include "app/report/report_writer.h"
#include "app/widgets/data_text.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "app/bodymap/body_painter.h"
#include "app/journal/insights_panel.h"
#include "app/journal/journal_model.h"
#include "app/journal/tag_text.h"
#include "app/journal/trend_chart.h"
#include "app/report/summary_page.h"
#include "app/widgets/body_names.h"
#include "app/widgets/error_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/clinician_summary.h"
#include "journal/insights.h"
#include "journal/summary.h"
#include "journal/user_files.h"

namespace tmap::app {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Colours for print: always the light theme, whatever the desktop uses.
BodyColours printColours()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    return BodyColours::from(palette);
}

QImage trendImage(const journal::Summary& f, QSize size)
{
    TrendLine overall {ReportWriter::tr("Overall (when given)"), {}, QColor(0xc6, 0x1a, 0x1a)};
    for (const auto& d : f.overallPerDay)
        overall.points.append({QDate::fromString(qs(d.day), Qt::ISODate), d.intensity.mean});
    TrendLine spots {ReportWriter::tr("Mean of the spots"), {}, QColor(0xe8, 0x7d, 0x0e)};
    for (const auto& d : f.spotsPerDay)
        spots.points.append({QDate::fromString(qs(d.day), Qt::ISODate), d.intensity.mean});
    QList<TrendLine> lines;
    if (!overall.points.isEmpty())
        lines << overall;
    if (!spots.points.isEmpty())
        lines << spots;
    return renderTrend(lines, size);
}

} // namespace

ReportWriter::ReportWriter(const catalogue::Catalogue& catalogue, journal::Journal& journal)
    : catalogue_(catalogue)
    , journal_(journal)
{
}

QImage ReportWriter::heatMap(const QString& view, const QMap<QString, double>& heat, QSize size) const
{
    constexpr qreal scale = 2; // crisp on paper
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    BodyScene scene;
    scene.view = view;
    scene.heat = heat;
    scene.showLabels = true;
    BodyPainter(catalogue_.body()).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), scene, printColours());
    return image;
}

std::unique_ptr<QTextDocument> ReportWriter::document(const journal::Range& range)
{
    return document(range, {});
}

std::unique_ptr<QTextDocument> ReportWriter::emptyDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font = doc->defaultFont();
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet("h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 13pt; margin-top: 18pt; "
                              "margin-bottom: 4pt; color: #7a1010; } th { background: #efe7df; text-align: left; } "
                              "td, th { padding: 3px; } .small { color: #555555; font-size: 8pt; }");
    return doc;
}

QString ReportWriter::notesTableStart(bool onNewPage)
{
    return QString("<table border='1' cellspacing='0' width='100%' style='border-collapse: collapse%1'>")
               .arg(onNewPage ? "; page-break-before: always" : "")
        + "<thead><tr><th>" + esc(tr("When")) + "</th><th>" + esc(tr("Overall")) + "</th><th width='45%'>"
        + esc(tr("Where (0-10)")) + "</th><th width='30%'>" + esc(tr("Notes"))
        + "</th></tr></thead>"; // the places are longer than notes
}

std::unique_ptr<QTextDocument> ReportWriter::document(const journal::Range& range, const std::set<std::size_t>& newPage)
{
    const journal::Summary f = journal::summarize(journal_, range);
    std::deque<journal::Note> listed; // the newest notes, oldest first
    journal_.forEach(range, [&](const journal::Note& n) {
        listed.push_back(n);
        if (static_cast<int>(listed.size()) > maxListed_)
            listed.pop_front();
    });
    // What helped: the techniques after which the pain was lower on average (per trigger point, none below the
    // insights' minimum), as the Journal tab's "What helped most" and the first page list them; one after which the
    // pain rose or stayed is not among them (it listed them all, a rise as a negative "drop"), and the insights in
    // full follow under "What goes with the pain".
    const auto found = journal::insights(journal_, range);
    std::vector<journal::TechniqueInsight> effects;
    bool anyToTell = false; // a technique noted often enough, whether or not it helped
    for (const auto& t : found.techniques) {
        anyToTell = anyToTell || !t.tooFew();
        if (t.helped())
            effects.push_back(t);
    }
    listed_ = listed.size();

    auto doc = emptyDocument();

    // Page 1 is the summary (SummaryPage); the document is what follows it: the figures in full, then every note.
    QString html = "<h1>" + esc(tr("Pain journal: the details")) + "</h1>";
    html += "<p><b>" + esc(SummaryPage::rangeText(range)) + "</b></p>";
    if (f.notes == 0)
        html += "<p>" + esc(tr("No notes in this range.")) + "</p>";

    if (f.notes > 0 && !f.regions.empty()) {
        // Every region, worst first (the first page shows the worst few and the body maps).
        html += "<h2>" + esc(tr("Where it hurt")) + "</h2>";
        html += "<p>" + esc(tr("The regions, highest mean intensity first:")) + "</p>";
        html += "<table border='1' cellspacing='0' width='100%' style='border-collapse: collapse'>";
        html += "<thead><tr><th width='70%'>" + esc(tr("Region")) + "</th><th>" + esc(tr("Mean")) + "</th><th>"
            + esc(tr("Noted")) + "</th></tr></thead>";
        for (const auto& r : f.regions)
            html += QString("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                        .arg(esc(BodyNames::alone(BodyNames::region(catalogue_.body(), r.region))))
                        .arg(QLocale().toString(r.intensity.mean, 'f', 1))
                        .arg(r.intensity.count == 1 ? tr("once") : tr("%Ln times", nullptr, r.intensity.count));
        html += "</table>";
    }

    if (!f.overallPerDay.empty() || !f.spotsPerDay.empty()) {
        // A new page after the body pictures, so that the chart never lands apart from its heading.
        html += "<h2>" + esc(tr("Intensity day by day")) + "</h2>";
        const QSize size(640, 250);
        doc->addResource(QTextDocument::ImageResource, QUrl("report:trend"), trendImage(f, size));
        html += QString("<p><img src='report:trend' width='%1' height='%2'/></p>").arg(size.width()).arg(size.height());
    }

    if (f.notes > 0)
        html += "<h2>" + esc(tr("What helped")) + "</h2>";
    if (f.notes == 0) {
        // An empty range: the title says it all.
    } else if (effects.empty() && anyToTell) {
        html += "<p>"
            + esc(tr("None of the treatments noted often enough lowered the pain on average; \"What goes with the "
                     "pain\" below shows each of them."))
            + "</p>";
    } else if (effects.empty()) {
        html += "<p>"
            + esc(tr("No treatment with the pain noted before and after %n times or more in this range.", nullptr,
                found.minimum))
            + "</p>";
    } else {
        html += "<p>" + esc(tr("Mean drop in intensity from before to after a treatment, largest first.")) + "</p>";
        html += "<table border='1' cellspacing='0' width='100%' style='border-collapse: collapse'><thead><tr><th>"
            + esc(tr("Trigger point or muscle")) + "</th><th>" + esc(tr("Technique")) + "</th><th>"
            + esc(tr("Mean drop")) + "</th><th>" + esc(tr("Based on")) + "</th></tr></thead>";
        for (const auto& e : effects) {
            const int n = e.drop.count;
            html += QString("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                        .arg(esc(DataText::pointOrMuscleName(catalogue_, e.muscle, e.triggerPoint)),
                            esc(DataText::text(e.technique)), QLocale().toString(*e.drop.mean, 'f', 1),
                            esc(n == 1 ? tr("%Ln session", nullptr, n) : tr("%Ln sessions", nullptr, n)));
        }
        html += "</table>";
    }

    if (f.notes > 0) {
        // What went with the pain (journal::insights), worded as the Journal tab words it.
        const auto lines = InsightsPanel::describe(catalogue_, found);
        if (!lines.techniques.empty() || !lines.factors.empty()) {
            html += "<h2>" + esc(tr("What goes with the pain")) + "</h2><p>" + esc(InsightsPanel::caution()) + "</p>";
            // Under the panel's headings: a factor in the same list read as one more treatment.
            for (const auto& [title, list] : {std::pair {InsightsPanel::Lines::techniquesTitle(), &lines.techniques},
                     std::pair {InsightsPanel::Lines::factorsTitle(), &lines.factors}}) {
                if (list->isEmpty())
                    continue;
                // A paragraph each, a bullet and a space before it: a list's bullet touched its text in the PDF
                // ("•Upper trapezius").
                html += "<h3>" + esc(title) + "</h3>";
                for (const auto& l : *list)
                    html += "<p style='margin-top: 2px; margin-bottom: 2px'>\u2022&nbsp;<b>" + esc(l.what)
                        + "</b>: " + esc(l.figure) + (l.more.isEmpty() ? QString() : "; " + esc(l.more)) + "</p>";
            }
        }
    }

    if (!listed.empty()) {
        // The first note would run over a page's foot: the heading goes to the next page with it.
        html += newPage.count(0) ? "<h2 style='page-break-before: always'>" + esc(tr("The notes")) + "</h2>"
                                 : "<p>&nbsp;</p><h2>" + esc(tr("The notes")) + "</h2>";
        if (static_cast<int>(listed.size()) < f.notes)
            html += "<p>" + esc(tr("The newest %1 of %2 notes.").arg(listed.size()).arg(f.notes)) + "</p>";
        // One table, or one per page where a note had to start a page to stay whole (paged()).
        html += notesTableStart(false);
        for (std::size_t i = 0; i < listed.size(); ++i) {
            const journal::Note& n = listed[i];
            if (i > 0 && newPage.count(i))
                html += "</table>" + notesTableStart(true);
            QStringList where;
            for (const auto& s : n.spots) {
                // Each place starts a line of the cell (a German name such as "unterer Rücken" is written for the
                // middle of a sentence).
                QString spot = esc(BodyNames::alone(JournalModel::shortRegionName(catalogue_.body(), s.region)))
                    + " <b>" + QString::number(s.intensity) + "</b>";
                if (s.quality != journal::Quality::None)
                    spot += ", " + esc(JournalModel::qualityName(s.quality));
                where << spot;
            }
            QStringList about;
            if (!n.text.empty())
                about << esc(qs(n.text)).replace('\n', "<br/>");
            // The symptoms ticked with a drawing apart from the words the person tagged the note with.
            std::vector<std::string> symptoms, tags;
            for (const auto& tag : n.tags)
                (TagText::isSymptomTag(tag, catalogue_) ? symptoms : tags).push_back(tag);
            if (!symptoms.empty())
                about << "<i>" + esc(tr("Symptoms:")) + "</i> " + esc(TagText::list(symptoms, catalogue_));
            if (!tags.empty())
                about << "<i>" + esc(tr("Tags:")) + "</i> " + esc(TagText::list(tags, catalogue_));
            if (!n.factors.empty()) {
                QStringList factors;
                for (const auto& id : n.factors) {
                    const auto* fa = catalogue_.factor(id);
                    factors << (fa ? DataText::factorName(*fa) : qs(id));
                }
                about << "<i>" + esc(tr("That day:")) + "</i> " + esc(factors.join(", "));
            }
            for (const auto& t : n.treatments) {
                const auto* m = catalogue_.muscle(t.muscle);
                QString line = "<i>" + esc(tr("Tried:")) + "</i> " + esc(m ? DataText::muscleName(*m) : qs(t.muscle));
                if (!t.technique.empty())
                    line += ", " + esc(DataText::text(t.technique));
                if (t.minutes > 0)
                    line += ", " + esc(tr("%n min", nullptr, t.minutes));
                if (t.before || t.after)
                    line += ", "
                        + esc(tr("pain %1 \u2192 %2")
                                  .arg(t.before ? QString::number(*t.before) : QStringLiteral("?"),
                                      t.after ? QString::number(*t.after) : QStringLiteral("?")));
                about << line;
            }
            html += QString("<tr><td valign='top'>%1</td><td valign='top' align='center'>%2</td><td valign='top'>%3"
                            "</td><td valign='top'>%4</td></tr>")
                        .arg(esc(JournalModel::whenText(n.when)),
                            n.intensity ? QString::number(*n.intensity) : QString(), where.join("<br/>"),
                            about.join("<br/>"));
        }
        html += "</table>";
    }
    doc->setHtml(html);
    // Every table's first row is its header, repeated at the top of each page the table runs onto.
    for (auto* frame : doc->rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
    return doc;
}

void ReportWriter::layOut(QTextDocument& doc, QPaintDevice& device)
{
    // As QTextDocument::print does it: laid out for the device, 2 cm margins, one page of the device per page.
    doc.documentLayout()->setPaintDevice(&device);
    const double margin = 2 / 2.54 * 96; // in the document's own units (96 per inch), scaled to the device
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setMargin(margin);
    doc.rootFrame()->setFrameFormat(frame);
    doc.setPageSize(QSizeF(device.width(), device.height()));
}

void ReportWriter::paintPage(QPainter& painter, QTextDocument& doc, int index, int pages)
{
    // Page `index` (0-based) of the laid-out document, and its number under the text.
    const QSizeF page = doc.pageSize();
    painter.save();
    painter.translate(0, -index * page.height());
    const QRectF view(0, index * page.height(), page.width(), page.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
    const double dpi = painter.device()->logicalDpiY();
    QFont font = doc.defaultFont();
    font.setPointSizeF(8);
    painter.setFont(QFont(font, painter.device()));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const double margin = 2 / 2.54 * dpi;
    painter.drawText(QRectF(margin, page.height() - margin * 0.8, page.width() - 2 * margin, margin * 0.5),
        Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(index + 2).arg(pages));
}

namespace {

/// The rows of the notes' tables (the document's last `tables` tables; their header rows left out), in order, with
/// their vertical extent in the laid-out document's coordinates (pages one under the other), and how far the first
/// note's row lies below the top of its table.
struct NotesRows {
    std::vector<double> top, bottom;
    double belowTableTop = 0;
};

NotesRows notesRows(QTextDocument& doc, std::size_t tables)
{
    std::vector<QTextTable*> all;
    for (auto* frame : doc.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            all.push_back(table);
    NotesRows rows;
    auto* layout = doc.documentLayout();
    for (std::size_t t = all.size() - std::min(tables, all.size()); t < all.size(); ++t) {
        QTextTable& table = *all[t];
        for (int row = 1; row < table.rows(); ++row) {
            double top = 1e12, bottom = -1e12;
            for (int c = 0; c < table.columns(); ++c) {
                const QTextTableCell cell = table.cellAt(row, c);
                top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (rows.top.empty())
                rows.belowTableTop = top - layout->frameBoundingRect(&table).top();
            rows.top.push_back(top);
            rows.bottom.push_back(bottom);
        }
    }
    return rows;
}

} // namespace

void ReportWriter::setUpPage(QPdfWriter& writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> ReportWriter::paged(const journal::Range& range, QPaintDevice& device)
{
    // A note whose row would run over the end of a page starts the next one instead (a new table, its header on
    // top), so that no part of a note is printed without its date; a note longer than a page is split as it comes.
    // The breaks are planned from the rows' heights on one endless page, then checked on the real pages: a row that
    // still runs over (the plan is a few points off) plans again from there. Two or three layouts, not one a page.
    std::set<std::size_t> newPage;
    auto doc = document(range, newPage);
    layOut(*doc, device);
    if (listed_ == 0)
        return doc;
    const QSizeF page = doc->pageSize();
    // The layout scales the frame's margin (in 96ths of an inch) to the device, as it does every length.
    const double toDevice = device.logicalDpiY() / 96.0;
    const double margin = doc->rootFrame()->frameFormat().margin() * toDevice;
    doc->setPageSize(QSizeF(page.width(), 1e9));
    const NotesRows natural = notesRows(*doc, 1);
    doc->setPageSize(page);
    const std::size_t n = natural.top.size();
    const double room = page.height() - 2 * margin - natural.belowTableTop; // for notes under a page's header
    const double slack = 2 * toDevice; // kept free at the foot of a page by the plan
    // Where a note that starts a page begins, below the page's top: measured on a small document (a paragraph, then
    // a notes table on the next page), then as laid out.
    double startOffset = margin + natural.belowTableTop;
    {
        auto probe = emptyDocument();
        probe->setHtml(
            "<p>.</p>" + notesTableStart(true) + "<tr><td>.</td><td>.</td><td>.</td><td>.</td></tr></table>");
        layOut(*probe, device);
        if (const NotesRows rows = notesRows(*probe, 1); !rows.top.empty() && rows.top.front() >= page.height())
            startOffset = rows.top.front() - std::floor(rows.top.front() / page.height()) * page.height();
    }
    for (int round = 0; round < 8; ++round) {
        // One table, and one more for each break but one before the first note (that moves the heading instead).
        const NotesRows rows = notesRows(*doc, newPage.size() + 1 - newPage.count(0));
        if (!newPage.empty() && *newPage.begin() < rows.top.size()) {
            const double top = rows.top[*newPage.begin()];
            startOffset = top - std::floor(top / page.height()) * page.height();
        }
        std::optional<std::size_t> first;
        for (std::size_t k = 0; k < rows.top.size() && !first; ++k) {
            const bool runsOver
                = std::floor(rows.top[k] / page.height()) != std::floor((rows.bottom[k] - 1) / page.height());
            if (runsOver && rows.bottom[k] - rows.top[k] < room)
                first = k;
        }
        if (!first || rows.top.size() != n)
            break;
        // From that note on, as the pages will be: each starts a page where it would not end above the page's foot.
        newPage.erase(newPage.lower_bound(*first), newPage.end());
        double pageIndex = std::floor(rows.top[*first] / page.height());
        double y = 0;
        for (std::size_t k = *first; k < n; ++k) {
            // The row's text, and with the cell's padding and border below it (up to the next row's text).
            const double height = natural.bottom[k] - natural.top[k];
            const double pitch = k + 1 < n ? natural.top[k + 1] - natural.top[k] : height;
            const double pageFoot = (pageIndex + 1) * page.height() - margin - slack;
            if (k == *first || (y + pitch > pageFoot && height < room)) {
                newPage.insert(k);
                pageIndex += 1;
                y = pageIndex * page.height() + startOffset;
            }
            y += pitch;
        }
        doc = document(range, newPage);
        layOut(*doc, device);
    }
    return doc;
}

QImage ReportWriter::firstPage(const journal::Range& range, int width)
{
    const auto summary = journal::clinicianSummary(journal_, catalogue_.body(), range);
    // The page count as the PDF would have it: the document laid out on an A4 PDF device that is never painted.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPage(writer);
    const auto doc = paged(range, writer);
    pages_ = 1 + doc->pageCount();
    return SummaryPage(catalogue_, summary, pages_).image(width);
}

void ReportWriter::writeTo(const catalogue::Catalogue& catalogue, journal::Journal& journal, const QString& pdfPath,
    const journal::Range& range, journal::Existing existing, const std::atomic<bool>& stop)
{
    ReportWriter writer(catalogue, journal); // QPdfWriter and QPainter work on any thread
    writer.setStop(&stop);
    QString error;
    if (!writer.write(pdfPath, range, &error, existing))
        throw journal::JournalError(error.toStdString());
}

bool ReportWriter::write(
    const QString& pdfPath, const journal::Range& range, QString* error, journal::Existing existing)
{
    const auto stopIfAsked = [this] {
        if (stop_ && *stop_)
            throw journal::JournalError("stopped");
    };
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    std::unique_ptr<QTextDocument> doc;
    journal::ClinicianSummary summary;
    // The pages are found on a PDF device that is never painted, then laid out alike on the file's (same A4 pages).
    QBuffer measure;
    measure.open(QIODevice::WriteOnly);
    QPdfWriter measuring(&measure);
    setUpPage(measuring);
    try {
        summary = journal::clinicianSummary(journal_, catalogue_.body(), range);
        doc = paged(range, measuring);
        stopIfAsked();
    } catch (const std::exception& e) {
        return fail(tr("The report could not be made from %1: %2").arg(qs(journal_.path()), ErrorText::describe(e)));
    }
    // Never over the journal or a backup; private (0600), synced and renamed into place like every user file.
    try {
        journal::writeAtomically(
            pdfPath.toStdString(),
            [&](const std::string& temporary) {
                QFile file(QString::fromStdString(temporary));
                if (!file.open(QIODevice::WriteOnly))
                    throw journal::JournalError(file.errorString().toStdString());
                {
                    QPdfWriter writer(&file);
                    setUpPage(writer);
                    writer.setTitle(tr("Pain journal"));
                    writer.setCreator(QStringLiteral("Trigger Map"));
                    layOut(*doc, writer);
                    // No notes: page 1 says so; a second page under "the details" had nothing to add.
                    const int rest = summary.summary.notes == 0 ? 0 : doc->pageCount();
                    pages_ = 1 + rest;
                    QPainter painter(&writer);
                    // Page 1: the summary for the clinician; then the document, a page of it per page.
                    SummaryPage(catalogue_, summary, pages_)
                        .paint(painter, QRectF(0, 0, writer.width(), writer.height()));
                    for (int i = 0; i < rest; ++i) {
                        stopIfAsked(); // a long list of notes: a few pages a millisecond
                        writer.newPage();
                        paintPage(painter, *doc, i, pages_);
                    }
                }
                if (!file.flush() || file.error() != QFileDevice::NoError)
                    throw journal::JournalError(file.errorString().toStdString());
                stopIfAsked();
            },
            journal_.path(), existing);
    } catch (const std::exception& e) {
        const QString why = ErrorText::describe(e);
        // A message that names the file already says what failed.
        return fail(why.contains(pdfPath) ? why : tr("Cannot write the report %1: %2").arg(pdfPath, why));
    }
    return true;
}

bool writeReport(const catalogue::Catalogue& catalogue, journal::Journal& journal, const QString& pdfPath,
    const journal::Range& range, QString* error)
{
    return ReportWriter(catalogue, journal).write(pdfPath, range, error);
}

bool writeReportFromFile(const catalogue::Catalogue& catalogue, const QString& journalPath, const QString& pdfPath,
    const journal::Range& range, QString* error, journal::Existing existing)
{
    const QString path = journalPath.isEmpty() ? qs(journal::defaultJournalPath()) : journalPath;
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = ReportWriter::tr("There is no pain journal at %1.").arg(path);
        return false;
    }
    for (const auto& [day, name] : {std::pair {range.since, "--since"}, std::pair {range.until, "--until"}})
        if (!day.empty() && !journal::isDay(day)) {
            if (error)
                *error
                    = ReportWriter::tr("%1 \"%2\": use a date like 2026-11-25").arg(QString::fromLatin1(name), qs(day));
            return false;
        }
    try {
        journal::OpenOptions options;
        // Only read: a damaged, foreign or missing journal is an error, never moved aside or replaced by an empty one
        // (which would make an empty report); the whole file is checked first.
        options.readOnly = true;
        options.check = journal::OpenOptions::Check::Always;
        options.dailyBackup = false;
        // With no -wal beside it (the app is not running), read it as it stands: a read-only connection would
        // leave a -wal and a -shm behind, which only a writer removes.
        options.asItStands = !QFileInfo::exists(path + QStringLiteral("-wal"));
        auto j = journal::Journal::open(path.toStdString(), options);
        j->setVocabulary({&catalogue.body(), &catalogue});
        if (pdfPath.endsWith(".png", Qt::CaseInsensitive)) {
            // The first page alone, as a picture (150 dots per inch), like every file written for the user.
            const QImage page = ReportWriter(catalogue, *j).firstPage(range, 1240);
            journal::writeAtomically(
                pdfPath.toStdString(),
                [&](const std::string& temporary) {
                    if (!page.save(QString::fromStdString(temporary), "PNG"))
                        throw journal::JournalError(pdfPath.toStdString() + ": cannot write the picture");
                },
                j->path(), existing);
            return true;
        }
        return ReportWriter(catalogue, *j).write(pdfPath, range, error, existing);
    } catch (const std::exception& e) {
        if (error)
            *error = ErrorText::describe(e);
        return false;
    }
}

} // namespace tmap::app
