// catalogue/model: the model's helpers - precautions each once, warned symptoms first, the body areas' names.
#include "catalogue/model.h"

#include <algorithm>

namespace tmap::catalogue {

std::vector<std::string> precautionsFor(const Muscle& muscle, const std::vector<const Technique*>& techniques)
{
    std::vector<std::string> out;
    const auto add = [&out](const std::vector<std::string>& list) {
        for (const auto& p : list)
            if (std::find(out.begin(), out.end(), p) == out.end())
                out.push_back(p);
    };
    add(muscle.precautions);
    for (const auto* t : techniques)
        if (t)
            add(t->precautions);
    return out;
}

std::vector<std::string> precautionsFor(const Muscle& muscle)
{
    std::vector<const Technique*> all;
    for (const auto& t : muscle.techniques)
        all.push_back(&t);
    return precautionsFor(muscle, all);
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
