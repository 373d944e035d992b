// answer_text: a "Narrow it down" answer and its parts (a trigger point with its muscle, a side, a place, a
// symptom) in the user's words - shared by the Where page's panel, the journal's note editor and the journal's tags,
// so that an answer reads the same wherever it is shown.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

#include "body/body_map.h"
#include "match/questions.h"

namespace tmap::catalogue {
class Catalogue;
struct TriggerPoint;
} // namespace tmap::catalogue

namespace tmap::app {

class AnswerText final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::AnswerText)

public:
    /// An answer on one line: "Press test, Upper trapezius TrP1 (right): yes".
    static QString answer(const catalogue::Catalogue& catalogue, const match::Answer& given);
    /// "yes", "no", "not sure".
    static QString reply(match::Reply which);
    /// "left", "right"; "either side" for a press test with the side left open (pain on the midline).
    static QString side(body::Side which);
    /// A trigger point's name with its muscle in front when the name does not say it: "Iliopsoas: Psoas major,
    /// through the belly" ("Quadratus lumborum, upper superficial ..." names its muscle already).
    static QString point(const catalogue::Catalogue& catalogue, const catalogue::TriggerPoint& which);
    /// "mid back beside the spine (left)": a region instance's description with the side.
    static QString place(const catalogue::Catalogue& catalogue, const std::string& instance);
    /// A symptom's name to stand inside a sentence (English: "headache", German nouns keep their capital).
    static QString symptom(const catalogue::Catalogue& catalogue, const std::string& id);
};

} // namespace tmap::app
