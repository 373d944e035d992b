#include "app/widgets/body_names.h"

#include "app/widgets/data_text.h"
#include "body/body_map.h"
#include "catalogue/translations.h"

namespace tmap::app {

namespace {

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

void BodyNames::setCatalogue(const catalogue::Catalogue* catalogue, const QString& language)
{
    DataText::setCatalogue(catalogue, language);
}

QString BodyNames::regionBase(const body::BodyMap& map, const std::string& base)
{
    const body::Region* r = map.region(base);
    return r ? DataText::translated(catalogue::tkey::region(base), r->description) : QString::fromStdString(base);
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
    // The mirrored side view has no title of its own in the data.
    return DataText::translated(catalogue::tkey::view(view.mirrored ? "left side" : view.id), view.title);
}

} // namespace tmap::app
