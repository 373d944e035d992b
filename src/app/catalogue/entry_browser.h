// entry_browser: the catalogue's pages as HTML in a QTextBrowser - a muscle's entry, the general guide -
// with browser-like back/forward history. Links use the tm: scheme (tm:muscle/ID, tm:guide); pattern
// pictures are drawn on demand by BodyPainter (tm:pattern/TRIGGER-POINT-ID/VIEW).
#pragma once

#include <optional>

#include <QTextBrowser>

#include "app/bodymap/body_painter.h"

namespace tmap::catalogue {
class Catalogue;
struct Muscle;
} // namespace tmap::catalogue

namespace tmap::app {

/// Shows catalogue pages; follow links with the mouse or Tab + Enter.
class EntryBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryBrowser)

public:
    EntryBrowser(const catalogue::Catalogue& catalogue, QWidget* parent = nullptr);

    static QUrl muscleUrl(const QString& id);
    static QUrl guideUrl();
    void showMuscle(const QString& id);
    void showGuide();
    /// The muscle id of the page shown, or empty.
    QString currentMuscle() const;

    QVariant loadResource(int type, const QUrl& name) override;
    /// The "Treat this" link of a trigger point on an entry page.
    static QUrl treatUrl(const QString& pointId);
    /// The "Add to plan" link of a trigger point on an entry page.
    static QUrl addToPlanUrl(const QString& pointId);
    /// The colour of an entry page's secondary lines ("How sure", other names) in `palette`: between its text and
    /// its base, readable on both.
    static QString mutedColour(const QPalette& palette);

signals:
    /// A "Treat this" link was followed (tm:treat/TRIGGER-POINT-ID): the page stays.
    void treatRequested(const QString& pointId);
    /// An "Add to plan" link was followed (tm:plan/TRIGGER-POINT-ID): the page stays.
    void addToPlanRequested(const QString& pointId);
    /// "Treat all points" was followed on an entry page (tm:treat-all/MUSCLE-ID): one session of its points.
    void treatMuscleRequested(const QString& muscleId);

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Lines no longer than a reader's eye follows (about 120 characters): in a wide window the page keeps that
    /// width and the rest of the pane stays blank, instead of 190-character lines at 1920 pixels.
    void fitLineLength();
    void applyStyle();
    /// The "Before you press" box: precautions and red flags, each once, near the top of the entry.
    QString safetyBox(const catalogue::Muscle& m) const;
    QString musclePage(const catalogue::Muscle& m) const;
    QString guidePage() const;
    QImage patternImage(const QString& pointId, const QString& view) const;

    const catalogue::Catalogue& catalogue_;
    BodyPainter painter_;
};

} // namespace tmap::app
