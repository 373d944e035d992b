// treat/tags: reads the tags the app writes on a note (treat/tags.h).
#include "treat/tags.h"

#include <charconv>

#include "catalogue/catalogue.h"

namespace tmap::treat {

namespace {

std::optional<match::Reply> replyOf(std::string_view text)
{
    for (const auto r : {match::Reply::Yes, match::Reply::No, match::Reply::Unsure})
        if (text == match::replyName(r))
            return r;
    return std::nullopt;
}

} // namespace

TagMeaning tagMeaning(std::string_view tag, const catalogue::Catalogue& catalogue)
{
    TagMeaning m;
    if (tag == "session") {
        m.kind = TagMeaning::Kind::Session;
    } else if (tag.starts_with("points:")) {
        const auto digits = tag.substr(7);
        int n = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (error == std::errc() && end == digits.data() + digits.size() && n > 0) {
            m.kind = TagMeaning::Kind::Points;
            m.points = n;
        }
    } else if (tag.starts_with("press-test:")) {
        const auto rest = tag.substr(11);
        const auto colon = rest.rfind(':');
        const auto reply = replyOf(colon == std::string_view::npos ? rest : rest.substr(colon + 1));
        const auto* point = colon == std::string_view::npos ? nullptr
                                                            : catalogue.triggerPoint(rest.substr(0, colon));
        if (reply && (colon == std::string_view::npos || point)) {
            m.kind = TagMeaning::Kind::PressTest;
            m.reply = *reply;
            m.point = point;
        }
    } else if (tag.starts_with("stopped:")) {
        for (const auto r : {StopReason::SharpSpreadingOrNumb, StopReason::UserStopped})
            if (tag.substr(8) == stopReasonName(r)) {
                m.kind = TagMeaning::Kind::Stopped;
                m.stopReason = r;
            }
    } else if (const auto* symptom = catalogue.symptom(tag)) {
        m.kind = TagMeaning::Kind::Symptom;
        m.symptom = symptom;
    }
    return m;
}

} // namespace tmap::treat
