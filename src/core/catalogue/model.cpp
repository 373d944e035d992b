// catalogue/model: the model's helpers - precautions each once, warned symptoms first, the body areas' names.
#include "catalogue/model.h"

#include <algorithm>

namespace tmap::catalogue {

std::vector<Precaution> precautionsFor(const Muscle& muscle, const std::vector<const Technique*>& techniques)
{
    std::vector<Precaution> out;
    const auto listed = [&out](const std::string& text) {
        return std::any_of(out.begin(), out.end(), [&text](const Precaution& p) { return p.text == text; });
    };
    for (const auto& text : muscle.precautions)
        if (!listed(text))
            out.push_back({text, nullptr});
    std::vector<const Technique*> given;
    for (const auto* t : techniques)
        if (t && std::find(given.begin(), given.end(), t) == given.end())
            given.push_back(t);
    const auto sharedBy = [&given](const std::string& text) {
        return std::count_if(given.begin(), given.end(), [&text](const Technique* t) {
            return std::find(t->precautions.begin(), t->precautions.end(), text) != t->precautions.end();
        });
    };
    for (const auto* t : given)
        for (const auto& text : t->precautions)
            if (sharedBy(text) > 1 && !listed(text))
                out.push_back({text, nullptr});
    for (const auto* t : given)
        for (const auto& text : t->precautions)
            if (!listed(text))
                out.push_back({text, t});
    return out;
}

std::vector<Precaution> precautionsFor(const Muscle& muscle)
{
    std::vector<const Technique*> all;
    for (const auto& t : muscle.techniques)
        all.push_back(&t);
    return precautionsFor(muscle, all);
}

std::vector<const Technique*> pressingTechniques(const Muscle& muscle)
{
    // Every way of working on the point but stretching: an "other" technique presses too (lateral pterygoid's
    // release inside the mouth, whose precautions - washed hands, mouth ulcers - a press test there needs).
    std::vector<const Technique*> pressing;
    for (const auto& t : muscle.techniques)
        if (t.kind != TechniqueKind::Stretch)
            pressing.push_back(&t);
    return pressing;
}

std::vector<Precaution> pressPrecautionsFor(const Muscle& muscle)
{
    return precautionsFor(muscle, pressingTechniques(muscle));
}

std::vector<const Symptom*> symptomsWarningsFirst(const CatalogueData& data)
{
    const auto warned = [&data](const Symptom& s) {
        return std::any_of(data.redFlags.begin(), data.redFlags.end(), [&s](const RedFlag& f) {
            return std::find(f.symptoms.begin(), f.symptoms.end(), s.id) != f.symptoms.end();
        });
    };
    std::vector<const Symptom*> first;
    std::vector<const Symptom*> rest;
    for (const auto& s : data.symptoms)
        (warned(s) ? first : rest).push_back(&s);
    first.insert(first.end(), rest.begin(), rest.end());
    return first;
}

const std::vector<std::pair<std::string, std::string>>& areas()
{
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"head", "Head, face and jaw"},
        {"neck", "Neck"},
        {"shoulder", "Shoulder and upper back"},
        {"arm", "Upper arm and elbow"},
        {"forearm-hand", "Forearm and hand"},
        {"chest", "Chest"},
        {"abdomen", "Abdomen"},
        {"back", "Back"},
        {"pelvis", "Pelvis and pelvic floor"},
        {"hip", "Hip and buttock"},
        {"thigh", "Thigh and knee"},
        {"leg", "Lower leg"},
        {"foot", "Ankle and foot"},
    };
    return list;
}

std::string areaName(const std::string& area)
{
    for (const auto& [id, name] : areas())
        if (id == area)
            return name;
    return area;
}

} // namespace tmap::catalogue
