// widgets/body_names: region, place and view names in the user's language, with the side worded ("temple (right)").
#include "app/widgets/body_names.h"

#include "app/widgets/data_text.h"
#include "body/body_map.h"
#include "catalogue/translations.h"

namespace tmap::app {

namespace {

/// "top of the hip bone (iliac crest)" and "left" -> "top of the hip bone (iliac crest, left)": one bracket, not two
/// in a row. `inBrackets` is " (left)", `afterComma` ", left".
QString withSide(const QString& place, const QString& inBrackets, const QString& afterComma)
{
    if (place.endsWith(QLatin1Char(')')))
        return place.chopped(1) + afterComma + QLatin1Char(')');
    return place + inBrackets;
}

} // namespace

QString BodyNames::sided(const QString& place, body::Side side)
{
    switch (side) {
    case body::Side::Left:
        return withSide(place, tr(" (left)"), tr(", left"));
    case body::Side::Right:
        return withSide(place, tr(" (right)"), tr(", right"));
    case body::Side::None:
        break;
    }
    return place;
}

QString BodyNames::onBothSides(const QString& place)
{
    return withSide(place, tr(" (both sides)"), tr(", both sides"));
}

QString BodyNames::onEitherSide(const QString& place)
{
    return withSide(place, tr(" (either side)"), tr(", either side"));
}

void BodyNames::setCatalogue(const catalogue::Catalogue* catalogue, const QString& language)
{
    DataText::setCatalogue(catalogue, language);
}

QString BodyNames::regionBase(const body::BodyMap& map, const std::string& base)
{
    const body::Region* r = map.region(base);
    return r ? DataText::translated(catalogue::tkey::region(base), r->description) : QString::fromStdString(base);
}

QString BodyNames::alone(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString BodyNames::region(const body::BodyMap& map, const std::string& instance)
{
    const auto parsed = body::parseInstance(instance);
    if (!parsed)
        return QString::fromStdString(instance);
    if (map.isEitherSide(instance))
        return onEitherSide(regionBase(map, parsed->base));
    return sided(regionBase(map, parsed->base), parsed->side);
}

QString BodyNames::place(const body::BodyMap& map, const std::string& base, bool full)
{
    const QString description = regionBase(map, base);
    if (full)
        // "back of the thigh - upper half": no comma inside a name, names are listed with them.
        return QString(description).replace(QLatin1String(", "), QString::fromUtf8(" \u2013 "));
    // The description's first part names the place ("temple"); the rest says where exactly.
    return description.section(',', 0, 0).trimmed();
}

QString BodyNames::shortRegion(const body::BodyMap& map, const std::string& instance)
{
    const auto parsed = body::parseInstance(instance);
    if (!parsed)
        return QString::fromStdString(instance);
    // A place another region shares ("back of the thigh": its upper and its lower half) is named in full, so that
    // the journal, the editor, the trend's list and the report never name two places alike.
    const QString name = place(map, parsed->base, map.sharesPlace(parsed->base));
    if (map.isEitherSide(instance))
        return onEitherSide(name);
    return sided(name, parsed->side);
}

QString BodyNames::view(const body::View& view)
{
    // The mirrored side view has no title of its own in the data.
    return DataText::translated(catalogue::tkey::view(view.mirrored ? "left side" : view.id), view.title);
}

} // namespace tmap::app
