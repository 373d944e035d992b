// summary_page: the report's first page, for a clinician to read in a minute - the body maps at the start, on
// average and at the end of the range in every view that holds pain, the worst regions and how they changed, the
// overall trend, what helped, and the areas on the standard body maps. The figures are the core's
// (journal::ClinicianSummary); this page words and draws them with the same BodyPainter and trend chart as the screen.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>
#include <string>
#include <utility>
#include <vector>

#include "journal/clinician_summary.h"

class QPainter;

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// Paints one summary on one A4 page; everything is laid out in points (1/72 inch) and scaled to the device.
class SummaryPage final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::SummaryPage)

public:
    /// A4 in points.
    static constexpr double kWidth = 595.28;
    static constexpr double kHeight = 841.89;

    SummaryPage(const catalogue::Catalogue& catalogue, const journal::ClinicianSummary& summary, int pages);

    /// Paints the page into `page` (device coordinates; the page is scaled to fit its width).
    void paint(QPainter& painter, const QRectF& page) const;
    /// The page as an image `width` pixels wide, on white (tests, screenshots).
    QImage image(int width) const;
    /// The range in words ("1 November 2026 to 30 November 2026", "All notes").
    static QString rangeText(const journal::Range& range);

private:
    double paintHeader(QPainter& p, double y) const;
    double paintMaps(QPainter& p, double y, double height) const;
    /// The views whose close-up of the head the maps add (a head region noted in the range shows in them, at most
    /// three), each with the part of the view the head takes (normalised, with a margin).
    std::vector<std::pair<std::string, QRectF>> headColumns() const;
    double paintWorst(QPainter& p, const QRectF& area) const;
    double paintTrend(QPainter& p, const QRectF& area) const;
    /// These two measure (and paint nothing) when `painter` is null: the page is laid out from the bottom up.
    double paintHelped(QPainter* painter, double y) const;
    double paintCodes(QPainter* painter, double y) const;
    void paintFooter(QPainter& p) const;

    const catalogue::Catalogue& catalogue_;
    const journal::ClinicianSummary& c_;
    int pages_;
};

} // namespace tmap::app
