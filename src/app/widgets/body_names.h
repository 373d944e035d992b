// body_names: the names of body regions and views as the user reads them. Every page, the editor and the report
// get them here, so that one function serves a translation: the data's English text is the source, its
// translation is built into the catalogue (served through DataText), and the side is worded in the user's
// language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::body {
class BodyMap;
struct View;
enum class Side;
} // namespace tmap::body

namespace tmap::app {

/// Region and view names for display.
class BodyNames final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::BodyNames)

public:
    /// Chosen once at start-up: the catalogue whose translations name regions and views, and the interface's
    /// language (DataText::setCatalogue).
    static void setCatalogue(const catalogue::Catalogue* catalogue, const QString& language);
    /// "temple, above and in front of the ear (right)"; an unknown instance as it is.
    static QString region(const body::BodyMap& map, const std::string& instance);
    /// A name that stands alone at the start of a row or a line, with its first letter in upper case: "Low back
    /// beside the spine (left)", German "Unterer Rücken ..." (the descriptions are written to go inside a sentence).
    static QString alone(QString name);
    /// "temple (right)": the first part of the region's description, with the side; the whole description of a place
    /// another region shares ("back of the thigh - upper half (right)").
    static QString shortRegion(const body::BodyMap& map, const std::string& instance);
    /// "temple", "back of the thigh - upper half": a region's place without side, short unless `full`; for naming
    /// one place drawn on both sides ("temple (both sides)", onBothSides).
    static QString place(const body::BodyMap& map, const std::string& base, bool full = false);
    /// A place with its side: "temple (right)".
    static QString sided(const QString& place, body::Side side);
    /// A place drawn on the left and on the right, said once: "temple (both sides)".
    static QString onBothSides(const QString& place);
    /// A place asked about on the left or the right, whichever: "temple (either side)" (a question about pain drawn
    /// on both sides; region() and shortRegion() say it of a sided region's id without side).
    static QString onEitherSide(const QString& place);
    /// A region without side ("head.temple"): "temple, above and in front of the ear"; an unknown id as it is.
    static QString regionBase(const body::BodyMap& map, const std::string& base);
    /// "Front", "Left side".
    static QString view(const body::View& view);
};

} // namespace tmap::app
