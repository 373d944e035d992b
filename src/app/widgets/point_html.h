// widgets/point_html: a trigger point's page for pressing it - "Before you press" (its techniques' and muscle's
// precautions, the signs that send a person to a clinician), where to press, how to find it and its techniques - as
// the guided session (treat/session_dialog) and the Plans tab (plans/plans_page) show it, from one place.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "body/body_map.h"

namespace tmap::catalogue {
class Catalogue;
}
namespace tmap::treat {
struct Plan;
}

namespace tmap::app {

class PointHtml final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::PointHtml)

public:
    /// "NAME, left side", "NAME, right side", or "NAME, on the side that hurts" for a step or session without a side:
    /// the side in words, not only as R and L on a picture (a person with pain on the left must not press the right).
    static QString sidedName(const QString& name, body::Side side);
    /// The "Before you press" boxes (SafetyHtml::box; style them with safetyCss(palette)): the
    /// precautions of the plan's techniques and of its muscle, each once, then the signs that send a person to a
    /// clinician instead. Empty when there are none.
    static QString safetyBox(const catalogue::Catalogue& catalogue, const treat::Plan& plan);
    /// Where to press (with the anchor `how`), how to find it, then the pressure technique and the stretch, without
    /// their precautions (the safety box has them).
    static QString howToPress(const treat::Plan& plan);
};

} // namespace tmap::app
