// report/body_map_names.cpp: the standard body maps' area names, translated (report/body_map_names.h).
#include "app/report/body_map_names.h"

#include <QStringList>

namespace tmap::app {

namespace {

// Every area name of data/body/mbm_areas.tsv and wpi_areas.tsv, for lupdate: the tables are read at run time, so
// their names reach the .ts file only through this list. A name added to a table without a line here stays
// English, and the GUI test "report: the standard body maps' areas are named in German" fails.
[[maybe_unused]] constexpr const char* kAreaNames[] = {
    // Michigan Body Map (Brummett et al. 2016)
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "head"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "neck"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "chest"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "abdomen"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "upper back"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "lower back"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "pelvis and groin"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right jaw"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left jaw"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right shoulder"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left shoulder"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right upper arm"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left upper arm"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right elbow"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left elbow"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right forearm"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left forearm"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right wrist"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left wrist"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right hand"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left hand"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right hip"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left hip"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right buttock"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left buttock"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right upper leg"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left upper leg"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right knee"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left knee"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right lower leg"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left lower leg"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right ankle"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left ankle"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right foot"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left foot"),
    // Widespread Pain Index (ACR 2010/2016), beside the names it shares with the Michigan Body Map
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right shoulder girdle"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left shoulder girdle"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right lower arm"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left lower arm"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "right hip (buttock, trochanter)"),
    QT_TRANSLATE_NOOP("tmap::app::BodyMapNames", "left hip (buttock, trochanter)"),
};

} // namespace

QString BodyMapNames::area(const journal::BodyMapArea& area)
{
    return tr(area.name.c_str());
}

QString BodyMapNames::endorsed(journal::BodyMapFormat format, const journal::BodyMapDrawing& drawing)
{
    const auto& table = journal::BodyMapTable::get(format);
    const bool byNumber = format == journal::BodyMapFormat::Choir;
    QStringList list;
    for (const auto& endorsed : drawing.areas) {
        const auto* area = table.area(endorsed.code);
        // A drawing is made from its own table, so every code is in it; were one not, it would show as it is.
        const QString name = byNumber || !area ? QString::fromStdString(endorsed.code) : BodyMapNames::area(*area);
        list << name + "\u00a0(" + QString::number(endorsed.intensity) + ")";
    }
    if (list.isEmpty())
        return tr("none");
    // A WPI area's name holds a comma ("hip (buttock, trochanter)"): names are set apart by semicolons.
    return list.join(byNumber ? ", " : "; ");
}

} // namespace tmap::app
