#include "catalogue/model.h"

namespace tmap::catalogue {

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
