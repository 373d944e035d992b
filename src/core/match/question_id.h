// The "Narrow it down" questions' ids and replies: one grammar for the ranking that asks them and the journal that
// keeps their answers (journal/note.h). An id is "press:TRIGGER-POINT[:SIDE]", "region:INSTANCE" or "symptom:ID";
// a reply is "yes", "no" or "unsure". Nothing here looks an id up: parseQuestionId (matcher.h) checks the parts
// against the catalogue, the journal's validation against what it has.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "body/body_map.h"

namespace tmap::match {

enum class QuestionKind { Press, Region, Symptom };
enum class Reply { Yes, No, Unsure };

inline constexpr std::array<std::pair<QuestionKind, std::string_view>, 3> kQuestionKinds {{
    {QuestionKind::Press, "press"},
    {QuestionKind::Region, "region"},
    {QuestionKind::Symptom, "symptom"},
}};

inline constexpr std::array<std::pair<Reply, std::string_view>, 3> kReplies {{
    {Reply::Yes, "yes"},
    {Reply::No, "no"},
    {Reply::Unsure, "unsure"},
}};

const char* questionKindName(QuestionKind kind); // "press", "region", "symptom"
const char* replyName(Reply reply); // "yes", "no", "unsure"
/// The reply replyName() gives `name`; nullopt for any other word.
std::optional<Reply> parseReply(std::string_view name);

/// A question id's parts as written, none looked up. Nullopt from splitQuestionId when the kind is not one of the
/// three or nothing follows it.
struct QuestionIdParts {
    QuestionKind kind = QuestionKind::Press;
    std::string subject; ///< a trigger point id, a region instance ("head.temple:right") or a symptom id
    /// Press only: the side after the point, as written ("left", "right", "" for a trailing colon); nullopt when
    /// there is none (either side, asked when the drawing leaves the side open).
    std::optional<std::string> side;
};
std::optional<QuestionIdParts> splitQuestionId(std::string_view id);

/// What a question asks about, parsed from its stable id (parseQuestionId in matcher.h).
struct QuestionKey {
    QuestionKind kind = QuestionKind::Press;
    std::string subject; ///< trigger point id, region instance, or symptom id
    body::Side side = body::Side::None; ///< press: the side of the body to press on
    std::string id() const;
    bool operator==(const QuestionKey&) const = default;
};

/// A press or place question as one question to the person, whatever the side: "press:POINT" or "region:BASE", and
/// whether this key names a side (a point or place asked on either side and on one side is one question: asked in
/// one form, not in the other; "no" on either side with "yes" on one side contradict). None for a symptom question.
struct SidelessForm {
    std::string question;
    bool sided = false;
};
std::optional<SidelessForm> sidelessForm(const QuestionKey& key);

} // namespace tmap::match
