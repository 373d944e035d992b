// The questions' ids and replies: see question_id.h.
#include "match/question_id.h"

namespace tmap::match {

const char* questionKindName(QuestionKind kind)
{
    for (const auto& [k, name] : kQuestionKinds)
        if (k == kind)
            return name.data(); // the literals end in a NUL
    return "";
}

const char* replyName(Reply reply)
{
    for (const auto& [r, name] : kReplies)
        if (r == reply)
            return name.data();
    return "";
}

std::optional<Reply> parseReply(std::string_view name)
{
    for (const auto& [r, n] : kReplies)
        if (n == name)
            return r;
    return std::nullopt;
}

std::optional<QuestionIdParts> splitQuestionId(std::string_view id)
{
    const auto colon = id.find(':');
    if (colon == std::string_view::npos || colon + 1 == id.size())
        return std::nullopt;
    const std::string_view kind = id.substr(0, colon);
    const std::string_view rest = id.substr(colon + 1);
    for (const auto& [k, name] : kQuestionKinds) {
        if (name != kind)
            continue;
        QuestionIdParts parts {k, std::string(rest), std::nullopt};
        if (k == QuestionKind::Press) {
            const auto sideAt = rest.find(':');
            if (sideAt != std::string_view::npos) {
                parts.subject = std::string(rest.substr(0, sideAt));
                parts.side = std::string(rest.substr(sideAt + 1));
            }
        }
        return parts;
    }
    return std::nullopt;
}

std::string QuestionKey::id() const
{
    std::string text = std::string(questionKindName(kind)) + ":" + subject;
    if (kind == QuestionKind::Press && side != body::Side::None)
        text += ":" + std::string(body::sideName(side));
    return text;
}

std::optional<SidelessForm> sidelessForm(const QuestionKey& key)
{
    if (key.kind == QuestionKind::Press)
        return SidelessForm {"press:" + key.subject, key.side != body::Side::None};
    if (key.kind == QuestionKind::Region)
        if (const auto instance = body::parseInstance(key.subject))
            return SidelessForm {"region:" + instance->base, instance->side != body::Side::None};
    return std::nullopt;
}

} // namespace tmap::match
