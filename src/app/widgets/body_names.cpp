#include "app/widgets/body_names.h"

#include "body/body_map.h"

namespace tmap::app {

namespace {

/// Data text (English) in the user's language, when a translation holds it.
QString data(const std::string& text)
{
    return QCoreApplication::translate("tmap::body", text.c_str());
}

QString withSide(const QString& name, body::Side side)
{
    switch (side) {
    case body::Side::Left:
        return name + BodyNames::tr(" (left)");
    case body::Side::Right:
        return name + BodyNames::tr(" (right)");
    case body::Side::None:
        break;
    }
    return name;
}

} // namespace

QString BodyNames::regionBase(const body::BodyMap& map, const std::string& base)
{
    const body::Region* r = map.region(base);
    return r ? data(r->description) : QString::fromStdString(base);
}

QString BodyNames::region(const body::BodyMap& map, const std::string& instance)
{
    const auto parsed = body::parseInstance(instance);
    if (!parsed)
        return QString::fromStdString(instance);
    return withSide(regionBase(map, parsed->base), parsed->side);
}

QString BodyNames::shortRegion(const body::BodyMap& map, const std::string& instance)
{
    const auto parsed = body::parseInstance(instance);
    if (!parsed)
        return QString::fromStdString(instance);
    const QString full = regionBase(map, parsed->base);
    // The description's first part names the place ("temple"); the rest says where exactly.
    const QString name = full.section(',', 0, 0).trimmed();
    return name == full ? region(map, instance) : withSide(name, parsed->side);
}

QString BodyNames::view(const body::View& view)
{
    return data(view.title);
}

} // namespace tmap::app
