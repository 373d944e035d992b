// catalogue/entry_browser: a muscle's entry page and the guide as HTML, their pattern pictures and their tm: links.
#include "app/catalogue/entry_browser.h"
#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/safety_html.h"
#include "app/widgets/technique_html.h"
#include "app/widgets/warning_style.h"
#include "catalogue/outline.h"
#include "catalogue/pattern.h"
#include "treat/session.h"

#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

#include "catalogue/catalogue.h"
#include "catalogue/guide_text.h"

namespace tmap::app {

namespace {

QString esc(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString& text)
{
    QString html;
    for (const auto& p : text.split("\n\n", Qt::SkipEmptyParts))
        html += "<p>" + p.toHtmlEscaped() + "</p>";
    return html;
}

// Whether a trigger point's name carries a label from the reference books: its number there ("TrP2"), or a level of
// the spine ("about T10-T11"). The guide's "reading-names" section explains both. The English name is read: the
// translations keep the labels where the English has them.
bool namesHave(const catalogue::Muscle& m, const QRegularExpression& label)
{
    return std::any_of(m.triggerPoints.begin(), m.triggerPoints.end(),
        [&](const catalogue::TriggerPoint& tp) { return label.match(QString::fromStdString(tp.name)).hasMatch(); });
}

/// A guide text in rich text: its paragraphs, lists and bold runs as the core reads them (catalogue/guide_text.h).
QString guideHtml(const QString& text)
{
    const auto line = [](const catalogue::GuideLine& runs) {
        QString html;
        for (const auto& r : runs) {
            const QString t = QString::fromStdString(r.text).toHtmlEscaped();
            html += r.bold ? "<b>" + t + "</b>" : t;
        }
        return html;
    };
    QString html;
    for (const auto& p : catalogue::guideParagraphs(text.toStdString())) {
        if (!p.text.empty())
            html += "<p>" + line(p.text) + "</p>";
        if (!p.items.empty()) {
            html += "<ul>";
            for (const auto& item : p.items)
                html += "<li>" + line(item) + "</li>";
            html += "</ul>";
        }
    }
    return html;
}

QString list(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString html = "<ul>";
    for (const auto& i : items)
        html += "<li>" + i + "</li>";
    return html + "</ul>";
}

} // namespace

EntryBrowser::EntryBrowser(const catalogue::Catalogue& catalogue, QWidget* parent)
    : QTextBrowser(parent)
    , catalogue_(catalogue)
    , painter_(catalogue.body())
{
    setOpenLinks(true);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Catalogue page"));
    applyStyle();
    fitLineLength();
}

QString EntryBrowser::mutedColour(const QPalette& palette)
{
    // Rich text knows no palette(): a colour between the text and the page, two thirds of the way to the text, so
    // that it reads as secondary and still contrasts (about 7:1 on white, 6:1 on the dark palette's base).
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    auto mix = [](double t, double b) { return 0.65 * t + 0.35 * b; };
    return QColor::fromRgbF(float(mix(text.redF(), base.redF())), float(mix(text.greenF(), base.greenF())),
        float(mix(text.blueF(), base.blueF())))
        .name();
}

void EntryBrowser::applyStyle()
{
    document()->setDefaultStyleSheet(
        "h1 { font-size: x-large; margin-bottom: 2px; } h2 { font-size: large; margin-top: 18px; }"
        "h3 { font-size: medium; margin-top: 12px; } .muted { color: "
        + mutedColour(palette())
        + "; }td { padding: 2px 6px; vertical-align: top; }"
          " table.pictures td { padding: 0px 5px 0px 0px; } td.caption { color: "
        + mutedColour(palette()) + "; padding-bottom: 4px; }" + safetyCss(palette()));
}

void EntryBrowser::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // A page drawn for one colour scheme keeps its colours: the style and the page follow a palette change.
    if (event->type() == QEvent::PaletteChange) {
        applyStyle();
        if (!source().isEmpty())
            reload();
    }
    if (event->type() == QEvent::FontChange)
        fitLineLength();
}

void EntryBrowser::resizeEvent(QResizeEvent* event)
{
    fitLineLength();
    QTextBrowser::resizeEvent(event);
}

void EntryBrowser::fitLineLength()
{
    const int longest = std::max(640, 120 * fontMetrics().averageCharWidth());
    if (viewport()->width() > longest) {
        setLineWrapMode(FixedPixelWidth);
        setLineWrapColumnOrWidth(longest);
    } else {
        setLineWrapMode(WidgetWidth);
    }
}

QUrl EntryBrowser::muscleUrl(const QString& id)
{
    return QUrl("tm:muscle/" + id);
}

QUrl EntryBrowser::guideUrl()
{
    return QUrl("tm:guide");
}

void EntryBrowser::showMuscle(const QString& id)
{
    setSource(muscleUrl(id));
}

void EntryBrowser::showGuide()
{
    setSource(guideUrl());
}

QUrl EntryBrowser::addToPlanUrl(const QString& pointId)
{
    return QUrl("tm:plan/" + pointId);
}

QUrl EntryBrowser::treatUrl(const QString& pointId)
{
    return QUrl("tm:treat/" + pointId);
}

void EntryBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type)
{
    if (name.scheme() == "tm" && name.path().startsWith("treat-all/")) {
        emit treatMuscleRequested(name.path().mid(10));
        return;
    }
    if (name.scheme() == "tm" && name.path().startsWith("plan/")) {
        emit addToPlanRequested(name.path().mid(5));
        return;
    }
    if (name.scheme() == "tm" && name.path().startsWith("treat/")) {
        emit treatRequested(name.path().mid(6));
        return;
    }
    QTextBrowser::doSetSource(name, type);
}

QString EntryBrowser::currentMuscle() const
{
    const QString path = source().path();
    return path.startsWith("muscle/") ? path.mid(7) : QString();
}

QVariant EntryBrowser::loadResource(int type, const QUrl& name)
{
    if (name.scheme() != "tm")
        return QTextBrowser::loadResource(type, name);
    const QStringList parts = name.path().split('/');
    if (type == QTextDocument::ImageResource && parts.size() == 3 && parts[0] == "pattern")
        return patternImage(parts[1], parts[2]);
    if (parts.value(0) == "guide")
        return guidePage();
    if (parts.size() == 2 && parts[0] == "muscle") {
        if (const auto* m = catalogue_.muscle(parts[1].toStdString()))
            return musclePage(*m);
        return tr("<h1>Not in the catalogue</h1><p>There is no muscle called %1.</p>").arg(parts[1].toHtmlEscaped());
    }
    return {};
}

QImage EntryBrowser::patternImage(const QString& pointId, const QString& view) const
{
    const auto* tp = catalogue_.triggerPoint(pointId.toStdString());
    const body::View* v = catalogue_.body().view(view.toStdString());
    if (!tp || !v)
        return {};
    // A point of one side only (rectus abdominis' chest-pain point) is pictured on its side.
    const body::Side side = catalogue::pictureSide(*tp);
    const Pattern pattern {tp, side, catalogue_.muscle(tp->muscleId)};
    const QSize logical(170, 210);
    // The core frames the picture: the X, the whole pattern, a landmark, and no head or hand cut in half.
    const auto frame = catalogue::patternFrame(
        catalogue_.body(), *tp, side, view.toStdString(), double(logical.width()) / logical.height());
    if (!frame)
        return {};
    const QRectF focus = BodyPainter::rectOf(*frame);
    // Drawn at the screen's pixel ratio: crisp on HiDPI screens, and shown pixel for pixel. (Drawn at twice the size
    // and shown at half, the spillover's one-pixel hatching vanished from some pictures, as every other line does
    // when an image is halved.)
    const qreal dpr = std::max<qreal>(1.0, devicePixelRatioF());
    QImage image(logical * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const BodyColours colours = BodyColours::from(palette());
    image.fill(colours.background);
    QPainter p(&image);
    BodyScene scene;
    scene.view = view;
    scene.pattern = pattern;
    scene.showLabels = false;
    painter_.paintFocused(p, QRectF(QPointF(0, 0), QSizeF(logical)), focus, scene, colours);
    p.setPen(QPen(colours.border, 1));
    p.drawRect(QRectF(0.5, 0.5, logical.width() - 1, logical.height() - 1));
    return image;
}

QString EntryBrowser::safetyBox(const catalogue::Muscle& m) const
{
    // Before "How to find it" and the "Treat" links, not at the end of a long page, where they are read before
    // pressing: the precautions of the entry and of its techniques, each once, and the signs that send a person to a
    // clinician instead (each warning with its signs and what to do; the entry's own signs, such as an aneurysm behind
    // a deep belly point). Each technique below still carries its own.
    return SafetyHtml::box(
        SafetyHtml::precautions(m), SafetyHtml::clinicianSigns(catalogue_, m), SafetyHtml::Heading::Above);
}

QString EntryBrowser::musclePage(const catalogue::Muscle& m) const
{
    const auto& map = catalogue_.body();
    QString h;
    h += "<h1>" + esc(DataText::muscleName(m)) + "</h1>";
    QStringList sub;
    if (!m.latin.empty())
        sub << "<i>" + esc(m.latin) + "</i>";
    // Other names, each once, and not the name in the heading again (German masseter is "Kaumuskel", which is also
    // the English "chewing muscle").
    const QString title = DataText::muscleName(m);
    QStringList names;
    for (const auto& n : m.otherNames)
        if (const QString name = DataText::text(n);
            !title.startsWith(name, Qt::CaseInsensitive) && !names.contains(esc(name), Qt::CaseInsensitive))
            names << esc(name);
    if (!names.isEmpty())
        sub << tr("also called %1").arg(names.join(", "));
    sub << esc(DataText::area(m.area));
    h += "<p class='muted'>" + sub.join(" &middot; ") + "</p>";
    // Until a language has this muscle's descriptions and steps, they show in English; names, headings and safety
    // text are always translated.
    if (!DataText::hasProse(m))
        h += "<p class='muted'><i>"
            + tr("This entry's descriptions and steps are in English; names, headings, precautions and warnings are "
                 "translated.")
            + "</i></p>";
    QUrl howSure = guideUrl();
    howSure.setFragment("how-sure");
    h += "<p class='muted'>"
        + tr("How sure: pain pattern, %1; technique, %2 (<a href='%3'>what this means</a>).")
              .arg(esc(DataText::text(m.patternEvidence)), esc(DataText::text(m.techniqueEvidence)), howSure.toString())
        + "</p>";
    h += paragraphs(DataText::text(m.overview));
    h += "<h2>" + tr("Where it is and what it does") + "</h2>" + paragraphs(DataText::text(m.location))
        + paragraphs(DataText::text(m.action));
    h += safetyBox(m);
    h += "<h2>" + tr("How to find it") + "</h2>" + paragraphs(DataText::text(m.palpation));

    h += "<h2>" + tr("Trigger points and where they send pain") + "</h2>";
    // The pictures' key, as the map's legend gives it on the Where page.
    const bool clinicianPoints = std::any_of(m.triggerPoints.begin(), m.triggerPoints.end(),
        [](const catalogue::TriggerPoint& tp) { return tp.clinicianOnly; });
    h += "<p class='muted'>"
        + (clinicianPoints ? tr("In the pictures: solid red, the main pain; hatched red, spillover; X, the trigger "
                                "point, where to press; a crossed circle, a point for a clinician only, not to press "
                                "yourself; the faint outline, the muscle (dashed when it lies deep).")
                           : tr("In the pictures: solid red, the main pain; hatched red, spillover; X, the trigger "
                                "point, where to press; the faint outline, the muscle (dashed when it lies deep)."))
        + "</p>";
    // Said for the labels the names have: a line about TrP numbers under longissimus' spine levels explained nothing.
    static const QRegularExpression number(R"(\bTrP\d)"), level(R"(\b[CTLS]\d{1,2}\b)");
    const bool numbers = namesHave(m, number), levels = namesHave(m, level);
    if (numbers || levels) {
        QUrl reading = guideUrl();
        reading.setFragment("reading-names");
        const QString line = numbers && levels
            ? tr("In the names, TrP2 is the point's number in the reference books and T10 a level of the spine "
                 "(<a href='%1'>how to read them</a>).")
            : numbers ? tr("In the names, TrP2 is the point's number in the reference books (<a href='%1'>more</a>).")
                      : tr("In the names, T10 is a level of the spine, counted from the top (<a href='%1'>how to "
                           "count</a>).");
        h += "<p class='muted'>" + line.arg(reading.toString()) + "</p>";
    }
    // "Treat all" treats the points for self-care (treat::selfCarePoints): never one left to a clinician.
    if (const auto own = treat::selfCarePoints(m).size(); own > 1)
        h += "<p><a href='tm:treat-all/" + QString::fromStdString(m.id) + "'>"
            + (own == m.triggerPoints.size()
                    ? (own == 2 ? tr("Treat both points: one session, one after the other")
                                : tr("Treat all %n points: one session, point after point", nullptr, int(own)))
                    : tr("Treat the %n points for self-care: one session, point after point", nullptr, int(own)))
            + "</a></p>";
    for (const auto& tp : m.triggerPoints) {
        QStringList mainZones, spill;
        for (const auto& z : tp.zones) {
            QString text = BodyNames::regionBase(map, z.region).toHtmlEscaped();
            if (z.frequency == catalogue::Frequency::Occasional)
                text += " " + tr("(sometimes)");
            if (z.bothSides)
                text += " " + tr("(either side)");
            (z.kind == catalogue::ZoneKind::Main ? mainZones : spill) << text;
        }
        // The core chooses the pictures: the views that together show most of the pattern, and the X. Each view's
        // name under its picture, not on it: drawn in a corner, it covered part of a close-up, and two pictures' names
        // side by side read as one ("Back Right side").
        QString pictures, captions;
        for (const auto& v : catalogue::pictureViews(map, m, tp, catalogue::pictureSide(tp))) {
            const QString name = BodyNames::view(*map.view(v)).toHtmlEscaped();
            pictures += QString("<td><img src='tm:pattern/%1/%2' width='170' height='210' alt='%3'></td>")
                            .arg(QString::fromStdString(tp.id), QString::fromStdString(v), tr("%1 view").arg(name));
            captions += "<td class='caption'>" + name + "</td>";
        }
        pictures = "<table class='pictures'><tr>" + pictures + "</tr><tr>" + captions + "</tr></table>";
        h += "<h3>" + esc(DataText::pointName(tp)) + "</h3>";
        h += "<table><tr><td>" + pictures + "</td><td>";
        h += "<p><b>" + tr("Where:") + "</b> " + esc(DataText::text(tp.location)) + "</p>";
        if (tp.clinicianOnly)
            h += "<p class='caution'><b>" + tr("For a clinician only:") + "</b> "
                + tr("do not press this point yourself.") + "</p>";
        else // "Add to plan..." never split; the dot tells the two links apart when they wrap
            h += "<p><a href='" + treatUrl(QString::fromStdString(tp.id)).toString() + "'>"
                + tr("Treat this point: a guided session") + "</a>&nbsp;&middot; <a href='"
                + addToPlanUrl(QString::fromStdString(tp.id)).toString() + "'>"
                + tr("Add to plan...").toHtmlEscaped().replace(' ', "&nbsp;") + "</a></p>";
        h += "<p><b>" + tr("Main pain:") + "</b> "
            + (tp.noReferredPain ? tr("none the references draw; it is tender where it lies") : mainZones.join("; "))
            + "</p>";
        if (!spill.isEmpty())
            h += "<p><b>" + tr("Spillover:") + "</b> " + spill.join("; ") + "</p>";
        h += "</td></tr></table>";
    }

    if (!m.symptoms.empty()) {
        QStringList items;
        for (const auto& s : m.symptoms) {
            const auto* sym = catalogue_.symptom(s.id);
            items << "<b>" + esc(sym ? DataText::symptomName(*sym) : QString::fromStdString(s.id)) + "</b>"
                    + (s.note.empty() ? "" : ": " + esc(DataText::text(s.note)));
        }
        h += "<h2>" + tr("Other symptoms") + "</h2>" + list(items);
    }
    {
        QStringList items;
        for (const auto& f : m.factors) {
            const auto* fac = catalogue_.factor(f.id);
            QString item = "<b>" + esc(fac ? DataText::factorName(*fac) : QString::fromStdString(f.id)) + "</b>"
                + (f.note.empty() ? "" : ": " + esc(DataText::text(f.note)));
            if (fac)
                item += "<br><i>" + tr("Prevent it:") + "</i> " + esc(DataText::factorPrevention(*fac));
            items << item;
        }
        h += "<h2>" + tr("Causes and what keeps it going") + "</h2>" + list(items);
    }
    h += "<h2>" + tr("Self-release, step by step") + "</h2>";
    h += "<p>" + tr("Press first, then stretch. Work slowly, breathe, and stop if the pain becomes sharp or spreads.")
        + "</p>";
    for (const auto& t : m.techniques)
        h += TechniqueHtml::html(t);
    // Advice that is not safety (a headset, a wider shoe, the muscles to treat with this one): after the steps it
    // makes last, and out of the safety box above.
    if (!m.tips.empty()) {
        QStringList items;
        for (const auto& t : m.tips)
            items << esc(DataText::text(t));
        h += "<h2>" + tr("Tips for lasting relief") + "</h2>" + list(items);
    }
    if (!m.related.empty()) {
        QStringList links;
        for (const auto& id : m.related)
            if (const auto* r = catalogue_.muscle(id))
                links << QString("<a href='%1'>%2</a>")
                             .arg(muscleUrl(QString::fromStdString(id)).toString(), esc(DataText::muscleName(*r)));
        h += "<h2>" + tr("Related muscles") + "</h2><p>" + links.join(" &middot; ") + "</p>";
    }
    {
        QStringList items;
        for (const auto& s : m.sources) {
            const auto* src = catalogue_.source(s.ref);
            items << esc(src ? src->citation : s.ref)
                    + (s.chapter.empty() ? "" : " " + tr("Chapter %1.").arg(esc(s.chapter)));
        }
        h += "<h2>" + tr("Sources") + "</h2>" + list(items);
    }
    h += "<p class='muted'>" + tr("Self-care information, not a diagnosis.") + "</p>";
    return h;
}

QString EntryBrowser::guidePage() const
{
    QString h = "<h1>" + tr("Trigger points: a short guide") + "</h1>";
    for (const auto& s : catalogue_.data().guide) {
        h += "<h2><a name='" + esc(s.id) + "'></a>" + esc(DataText::guideTitle(s)) + "</h2>";
        // Safety text (when to stop and see a clinician) in the warning box the entries use for theirs.
        h += s.warning
            ? "<table width='100%'><tr><td class='flag'>" + guideHtml(DataText::guideBody(s)) + "</td></tr></table>"
            : guideHtml(DataText::guideBody(s));
    }
    return h;
}

} // namespace tmap::app
