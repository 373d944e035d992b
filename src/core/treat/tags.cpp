// treat/tags: reads the tags the app writes on a note (treat/tags.h).
#include "treat/tags.h"

#include <charconv>

#include "catalogue/catalogue.h"
#include "journal/note_rules.h"

namespace tmap::treat {

namespace {

constexpr std::string_view kSession = "session";
constexpr std::string_view kPoints = "points:";
constexpr std::string_view kPressTest = "press-test:";
constexpr std::string_view kStopped = "stopped:";

} // namespace

TagMeaning tagMeaning(std::string_view tag, const catalogue::Catalogue& catalogue)
{
    TagMeaning m;
    if (tag == kSession) {
        m.kind = TagMeaning::Kind::Session;
    } else if (tag.starts_with(kPoints)) {
        const auto digits = tag.substr(kPoints.size());
        int n = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (error == std::errc() && end == digits.data() + digits.size() && n > 0) {
            m.kind = TagMeaning::Kind::Points;
            m.points = n;
        }
    } else if (tag.starts_with(kPressTest)) {
        const auto rest = tag.substr(kPressTest.size());
        const auto colon = rest.rfind(':');
        const auto reply = match::parseReply(colon == std::string_view::npos ? rest : rest.substr(colon + 1));
        const auto* point = colon == std::string_view::npos ? nullptr : catalogue.triggerPoint(rest.substr(0, colon));
        if (reply && (colon == std::string_view::npos || point)) {
            m.kind = TagMeaning::Kind::PressTest;
            m.reply = *reply;
            m.point = point;
        }
    } else if (tag.starts_with(kStopped)) {
        for (const auto r : {StopReason::SharpSpreadingOrNumb, StopReason::UserStopped})
            if (tag.substr(kStopped.size()) == stopReasonName(r)) {
                m.kind = TagMeaning::Kind::Stopped;
                m.stopReason = r;
            }
    } else if (const auto id = journal::symptomOfTag(tag)) {
        if (const auto* symptom = catalogue.symptom(*id)) {
            m.kind = TagMeaning::Kind::Symptom;
            m.symptom = symptom;
        }
    }
    return m;
}

std::string sessionTag()
{
    return std::string(kSession);
}

std::string pointsTag(int points)
{
    return std::string(kPoints) + std::to_string(points);
}

std::string pressTestTag(std::string_view pointId, match::Reply reply)
{
    std::string tag(kPressTest);
    if (!pointId.empty())
        tag += std::string(pointId) + ":";
    return tag + match::replyName(reply);
}

std::string withPoint(const std::string& tag, std::string_view pointId)
{
    if (!tag.starts_with(kPressTest))
        return tag;
    const auto reply = match::parseReply(std::string_view(tag).substr(kPressTest.size()));
    return reply ? pressTestTag(pointId, *reply) : tag;
}

std::string pressTestFamily()
{
    return std::string(kPressTest);
}

bool isPressTestTag(std::string_view tag)
{
    return tag.starts_with(kPressTest);
}

std::string stoppedTag(StopReason reason)
{
    return std::string(kStopped) + stopReasonName(reason);
}

} // namespace tmap::treat
