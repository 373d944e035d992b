// report_writer: the PDF report for a therapist over a range of days - counts, a body heat map, the intensity
// trend, what helped, then every note - drawn with the same BodyPainter and trend chart as the screen.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <memory>

#include "journal/journal.h"

class QTextDocument;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// Builds the report as a QTextDocument and prints it to an A4 PDF (QTextDocument::print does the pages).
/// Needs a QApplication (fonts, painting), but no window: it works on the offscreen platform.
class ReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::ReportWriter)

public:
    ReportWriter(const catalogue::Catalogue& catalogue, journal::Journal& journal);

    /// At most this many notes are listed one by one (the newest); the figures cover every note of the range.
    void setMaxListedNotes(int max) { maxListed_ = max; }
    /// The report as a document, its pictures embedded as resources.
    std::unique_ptr<QTextDocument> document(const journal::Range& range);
    /// Writes the PDF (to a temporary file, then renamed over `pdfPath`); false with `error` set on failure.
    bool write(const QString& pdfPath, const journal::Range& range, QString* error = nullptr);

    /// One view of the body with a heat map (instance -> 0..1), on a white background, at `size` pixels.
    QImage heatMap(const QString& view, const QMap<QString, double>& heat, QSize size) const;

private:
    const catalogue::Catalogue& catalogue_;
    journal::Journal& journal_;
    int maxListed_ = 1000;
};

/// The report of `journal` over `range` into `pdfPath`; false with a message naming the file on failure.
bool writeReport(const catalogue::Catalogue& catalogue, journal::Journal& journal, const QString& pdfPath,
    const journal::Range& range, QString* error);

/// For `trigger-map --report`: opens the journal at `journalPath` (empty: the default one) without creating or
/// repairing anything, and writes the report. False with `error` set when there is no journal or it fails.
bool writeReportFromFile(const catalogue::Catalogue& catalogue, const QString& journalPath, const QString& pdfPath,
    const journal::Range& range, QString* error);

} // namespace tmap::app
