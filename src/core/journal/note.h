// journal: the pain journal - notes of where and how much it hurt, what was going on that day and what was tried.
// journal/note: the plain data of one note, shared by the journal database, the exchange formats, the CLI and the GUI.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/question_id.h"

namespace tmap::journal {

/// How a spot feels; None when the user did not say.
enum class Quality { None, Aching, Sharp, Burning, Throbbing, Tingling, Numb, Stiff };

inline constexpr std::array<std::pair<Quality, std::string_view>, 8> kQualities {{
    {Quality::None, ""},
    {Quality::Aching, "aching"},
    {Quality::Sharp, "sharp"},
    {Quality::Burning, "burning"},
    {Quality::Throbbing, "throbbing"},
    {Quality::Tingling, "tingling"},
    {Quality::Numb, "numb"},
    {Quality::Stiff, "stiff"},
}};

/// "aching", ...; "" for None.
inline std::string_view qualityName(Quality quality)
{
    for (const auto& [q, name] : kQualities)
        if (q == quality)
            return name;
    return "";
}

/// The quality named `name` ("" is None); nullopt for any other word.
inline std::optional<Quality> parseQuality(std::string_view name)
{
    for (const auto& [q, n] : kQualities)
        if (n == name)
            return q;
    return std::nullopt;
}

/// One place that hurt: a region instance of the body vocabulary, how much (0-10) and how it felt.
struct Spot {
    std::string region; ///< "head.temple:right" or "chest.sternum"
    int intensity = 5; ///< 0-10
    Quality quality = Quality::None;
    bool operator==(const Spot&) const = default;
};

/// Something tried against the pain: self-release of a muscle (or one of its trigger points).
struct Treatment {
    std::string muscle; ///< catalogue muscle id, e.g. "upper-trapezius"
    std::string triggerPoint; ///< catalogue trigger point id of that muscle, or "" for the muscle as a whole
    std::string technique; ///< free text: "ball against the wall", "stretch"
    int minutes = 0; ///< 0-1440
    std::optional<int> before; ///< intensity 0-10 before, if noted
    std::optional<int> after; ///< intensity 0-10 after, if noted
    bool operator==(const Treatment&) const = default;
};

/// A reply to one "Narrow it down" question, and its words: the ranking's own (match/question_id.h), so that an
/// answer kept is the answer given.
using match::kReplies;
using match::parseReply;
using match::Reply;
using match::replyName;

/// An answer given while narrowing down the drawing's sources: the question as the ranking names it (a press test
/// "press:TRIGGER-POINT:SIDE", a place "region:INSTANCE", a symptom "symptom:ID"; match/questions.h) and the reply.
struct Answer {
    std::string question;
    Reply reply = Reply::Unsure;
    bool operator==(const Answer&) const = default;
};

/// One journal entry. Unlimited notes per day; the id is stable for life (and across export/import).
struct Note {
    std::string id; ///< UUID v4; empty for a note not yet saved
    std::string when; ///< when the pain was felt: local time with UTC offset, "2026-11-25T08:30:00+01:00"
    std::string created; ///< set by the journal, UTC: "2026-11-25T07:31:02Z"
    std::string updated; ///< set by the journal on every save, UTC
    std::string deleted; ///< when moved to the trash (UTC), "" for a live note
    std::vector<Spot> spots;
    std::optional<int> intensity; ///< overall 0-10, if given
    std::string text;
    std::vector<std::string> tags;
    std::vector<std::string> factors; ///< catalogue factor ids present that day: "long-sitting", "poor-sleep"
    std::vector<Treatment> treatments;
    std::vector<Answer> answers; ///< the drawing's "Narrow it down" answers, in the order given
    bool operator==(const Note&) const = default;
};

/// Limits that keep one note (and an import) within reason; checked on save and on import.
inline constexpr std::size_t kMaxTextChars = 100'000; ///< Unicode code points of the free text
inline constexpr std::size_t kMaxShortChars = 200; ///< a tag, a technique name
inline constexpr std::size_t kMaxSpots = 300;
inline constexpr std::size_t kMaxTags = 50;
inline constexpr std::size_t kMaxFactors = 50;
inline constexpr std::size_t kMaxTreatments = 50;
inline constexpr std::size_t kMaxAnswers = 50;
inline constexpr int kMaxMinutes = 1440;
inline constexpr std::size_t kMaxImportBytes = 64u * 1024u * 1024u;

} // namespace tmap::journal
