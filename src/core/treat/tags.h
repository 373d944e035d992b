// treat/tags: the tags the app writes on a note - a guided session's ("session", "points:3", "press-test:POINT:yes",
// "stopped:REASON") and the symptoms a drawing had ticked ("symptom:ID", journal::symptomTag) - written and read in
// one place, so that a
// front end words them in the user's language and leaves the user's own tags as they were typed.
#pragma once

#include <string>
#include <string_view>

#include "match/matcher.h"
#include "treat/session.h"

namespace tmap::catalogue {
class Catalogue;
struct Symptom;
struct TriggerPoint;
} // namespace tmap::catalogue

namespace tmap::treat {

/// One tag of a note, read.
struct TagMeaning {
    enum class Kind {
        Own, ///< a word the user typed: shown as it is
        Session, ///< "session": the note of a guided session
        Points, ///< "points:N": a session of N points
        PressTest, ///< "press-test:[POINT:]REPLY": the press test's answer, of that point when named
        Stopped, ///< "stopped:REASON": the session was stopped
        Symptom, ///< a symptom's id: ticked on the drawing the note was made from
    };
    Kind kind = Kind::Own;
    int points = 0; ///< Points
    match::Reply reply = match::Reply::Unsure; ///< PressTest
    const catalogue::TriggerPoint* point = nullptr; ///< PressTest, when it names a point the catalogue knows
    StopReason stopReason = StopReason::UserStopped; ///< Stopped
    const catalogue::Symptom* symptom = nullptr; ///< Symptom
};

/// Reads `tag`; a tag that only looks like one of these (an unknown symptom, "points:x") is Kind::Own, and so is a
/// bare symptom id: a word the user may have typed ("headache"; before version 0.2 the app wrote those too).
TagMeaning tagMeaning(std::string_view tag, const catalogue::Catalogue& catalogue);

/// The tags as the app writes them.
std::string sessionTag(); ///< "session"
std::string pointsTag(int points); ///< "points:N"
/// "press-test:REPLY", or "press-test:POINT:REPLY" with a point (`pointId` empty: none).
std::string pressTestTag(std::string_view pointId, match::Reply reply);
/// The point of a press-test tag written without one given `pointId` ("press-test:REPLY" -> "press-test:POINT:REPLY");
/// any other tag as it is.
std::string withPoint(const std::string& tag, std::string_view pointId);
/// "press-test:", the start every press-test tag shares (a search for press tests looks for it).
std::string pressTestFamily();
/// Whether `tag` is a press-test tag ("press-test:...").
bool isPressTestTag(std::string_view tag);
std::string stoppedTag(StopReason reason); ///< "stopped:REASON"

} // namespace tmap::treat
