// report_writer: the PDF report for a therapist over a range of days - page 1 the clinician's summary (SummaryPage),
// then every region, the intensity trend, what helped and every note - drawn with the same BodyPainter and trend
// chart as the screen.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <atomic>
#include <memory>
#include <set>

#include "journal/journal.h"
#include "journal/user_files.h"

class QPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// Writes an A4 PDF: page 1 is the clinician's summary (SummaryPage over journal::clinicianSummary), then the rest
/// of the report as a QTextDocument, paged like QTextDocument::print with table headers repeated on every page.
/// Needs a QApplication (fonts, painting), but no window: it works on the offscreen platform.
class ReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::ReportWriter)

public:
    ReportWriter(const catalogue::Catalogue& catalogue, journal::Journal& journal);

    /// At most this many notes are listed one by one (the newest); the figures cover every note of the range.
    void setMaxListedNotes(int max) { maxListed_ = max; }
    /// The report as a document, its pictures embedded as resources.
    std::unique_ptr<QTextDocument> document(const journal::Range& range);
    /// document() laid out on `device`'s pages (layOut()), each note's row kept on one page where it fits: a note
    /// that would run over the end of a page starts the next one, so that no part of it is printed without its date.
    std::unique_ptr<QTextDocument> paged(const journal::Range& range, QPaintDevice& device);
    /// A PDF writer for A4 pages as the report has them (layOut() sets the text's margins).
    static void setUpPage(QPdfWriter& writer);
    /// Looked at between the steps of write() (the journal's reads stop on it by Journal::setInterrupt): once true,
    /// write() stops and leaves no file. nullptr: never.
    void setStop(const std::atomic<bool>* stop) { stop_ = stop; }
    /// Writes the PDF (to a temporary file, then renamed over `pdfPath`); false with `error` set on failure. With
    /// Existing::Keep a file at `pdfPath` is never replaced (an error instead).
    bool write(const QString& pdfPath, const journal::Range& range, QString* error = nullptr,
        journal::Existing existing = journal::Existing::Replace);

    /// write() for the Journal tab's worker thread (JournalPage::ReportWriting): throws journal::JournalError with
    /// the problem instead of returning false.
    static void writeTo(const catalogue::Catalogue& catalogue, journal::Journal& journal, const QString& pdfPath,
        const journal::Range& range, journal::Existing existing, const std::atomic<bool>& stop);

    /// Page 1, the summary for a clinician, as an image `width` pixels wide (the same painting as the PDF's).
    QImage firstPage(const journal::Range& range, int width);
    /// The pages of the last PDF written: the summary and the pages of document().
    int pagesWritten() const { return pages_; }
    /// Lays `doc` out in pages of `device` with 2 cm margins, as the PDF has them (pageCount() is then its pages).
    static void layOut(QTextDocument& doc, QPaintDevice& device);
    /// Paints page `index` (0-based) of a laid-out document with its number ("Page 2 of `pages`": page 1 is the
    /// summary).
    static void paintPage(QPainter& painter, QTextDocument& doc, int index, int pages);

    /// One view of the body with a heat map (instance -> 0..1), on a white background, at `size` pixels.
    QImage heatMap(const QString& view, const QMap<QString, double>& heat, QSize size) const;

private:
    /// A document with the report's font and styles, and nothing in it.
    static std::unique_ptr<QTextDocument> emptyDocument();
    /// The start of a table of notes, its header row included; on a new page when `onNewPage`.
    static QString notesTableStart(bool onNewPage);
    /// document() with a page break before each listed note (0 = the oldest listed) in `newPage`.
    std::unique_ptr<QTextDocument> document(const journal::Range& range, const std::set<std::size_t>& newPage);

    const catalogue::Catalogue& catalogue_;
    journal::Journal& journal_;
    int maxListed_ = 1000;
    const std::atomic<bool>* stop_ = nullptr;
    int pages_ = 0;
    std::size_t listed_ = 0; ///< the notes the last document() listed one by one
};

/// The report of `journal` over `range` into `pdfPath`; false with a message naming the file on failure.
bool writeReport(const catalogue::Catalogue& catalogue, journal::Journal& journal, const QString& pdfPath,
    const journal::Range& range, QString* error);

/// For `trigger-map --report`: opens the journal at `journalPath` (empty: the default one) without creating or
/// repairing anything, and writes the report (a `pdfPath` ending in .png gets page 1 alone, as a picture). False with
/// `error` set when there is no journal or it fails (with Existing::Keep also when `pdfPath` exists, or appears
/// meanwhile: it is left as it is).
bool writeReportFromFile(const catalogue::Catalogue& catalogue, const QString& journalPath, const QString& pdfPath,
    const journal::Range& range, QString* error, journal::Existing existing = journal::Existing::Replace);

} // namespace tmap::app
