// widgets/data_text: the catalogue's data strings in the interface's language, else the data's English.
#include "app/widgets/data_text.h"

#include <algorithm>

#include "catalogue/catalogue.h"
#include "catalogue/model.h"
#include "catalogue/translations.h"

namespace tmap::app {

namespace ck = catalogue::tkey;

namespace {

struct State {
    const catalogue::Catalogue* catalogue = nullptr;
    std::string language;
};

State& state()
{
    static State s;
    return s;
}

} // namespace

void DataText::setCatalogue(const catalogue::Catalogue* catalogue, const QString& language)
{
    state().catalogue = catalogue;
    const QString code = language.section('_', 0, 0).section('-', 0, 0).toLower();
    state().language = code == QLatin1String("en") ? std::string() : code.toStdString();
}

QString DataText::language()
{
    return QString::fromStdString(state().language);
}

QString DataText::translated(const std::string& key, const std::string& english)
{
    const State& s = state();
    if (!s.catalogue || s.language.empty())
        return QString::fromStdString(english);
    return QString::fromStdString(s.catalogue->translated(s.language, key, english));
}

QString DataText::text(const std::string& english)
{
    return translated(ck::text(english), english);
}

bool DataText::hasProse(const catalogue::Muscle& muscle)
{
    const State& s = state();
    if (!s.catalogue || s.language.empty())
        return true;
    const auto prose = catalogue::proseOf(muscle);
    return std::all_of(prose.begin(), prose.end(),
        [&s](const std::string& english) { return s.catalogue->hasTranslation(s.language, ck::text(english)); });
}

QString DataText::symptomName(const catalogue::Symptom& symptom)
{
    return translated(ck::symptom(symptom.id, "name"), symptom.name);
}

QString DataText::symptomName(const std::string& id)
{
    const auto* c = state().catalogue;
    const auto* s = c ? c->symptom(id) : nullptr;
    return s ? symptomName(*s) : QString::fromStdString(id);
}

QString DataText::symptomInSentence(const std::string& id)
{
    const auto* c = state().catalogue;
    const auto* s = c ? c->symptom(id) : nullptr;
    return s ? symptomInSentence(*s) : QString::fromStdString(id);
}

QString DataText::symptomInSentence(const catalogue::Symptom& symptom)
{
    QString name = symptomName(symptom);
    const QString language = DataText::language();
    if ((language.isEmpty() || language.startsWith("en")) && name.size() > 1 && name.at(1).isLower())
        name[0] = name.at(0).toLower();
    return name;
}

QString DataText::factorName(const catalogue::Factor& factor)
{
    return translated(ck::factor(factor.id, "name"), factor.name);
}

QString DataText::factorDescription(const catalogue::Factor& factor)
{
    return translated(ck::factor(factor.id, "description"), factor.description);
}

QString DataText::factorPrevention(const catalogue::Factor& factor)
{
    return translated(ck::factor(factor.id, "prevention"), factor.prevention);
}

QString DataText::factorName(const std::string& id)
{
    const auto* c = state().catalogue;
    const auto* f = c ? c->factor(id) : nullptr;
    return f ? factorName(*f) : QString::fromStdString(id);
}

QString DataText::redFlagTitle(const catalogue::RedFlag& flag)
{
    return translated(ck::redFlag(flag.id, "title"), flag.title);
}

QString DataText::redFlagSigns(const catalogue::RedFlag& flag)
{
    return translated(ck::redFlag(flag.id, "signs"), flag.signs);
}

QString DataText::redFlagAction(const catalogue::RedFlag& flag)
{
    return translated(ck::redFlag(flag.id, "action"), flag.action);
}

QString DataText::guideTitle(const catalogue::GuideSection& section)
{
    return translated(ck::guide(section.id, "title"), section.title);
}

QString DataText::guideBody(const catalogue::GuideSection& section)
{
    return translated(ck::guide(section.id, "body"), section.body);
}

QString DataText::area(const std::string& id)
{
    return translated(ck::area(id), catalogue::areaName(id));
}

QString DataText::muscleName(const catalogue::Muscle& muscle)
{
    return translated(ck::muscleName(muscle.id), muscle.name);
}

QString DataText::shortMuscleName(const catalogue::Muscle& muscle)
{
    const QString name = muscleName(muscle);
    const qsizetype latin
        = std::max(name.lastIndexOf(QLatin1String(" (M. ")), name.lastIndexOf(QLatin1String(" (Mm. ")));
    return latin > 0 && name.endsWith(')') ? name.left(latin) : name;
}

QString DataText::pointName(const catalogue::TriggerPoint& point)
{
    return text(point.name);
}

QString DataText::pointOrMuscleName(
    const catalogue::Catalogue& catalogue, const std::string& muscle, const std::string& triggerPoint)
{
    if (const auto* point = triggerPoint.empty() ? nullptr : catalogue.triggerPoint(triggerPoint))
        return pointName(*point);
    if (const auto* m = catalogue.muscle(muscle))
        return muscleName(*m);
    return QString::fromStdString(muscle);
}

} // namespace tmap::app
