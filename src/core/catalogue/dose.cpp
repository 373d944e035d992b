// catalogue/dose: a technique's dose read from its duration and frequency text, and the hold and repeats it allows.
#include "catalogue/dose.h"

#include <array>
#include <cctype>
#include <regex>
#include <string>
#include <utility>

namespace tmap::catalogue {

namespace {

/// Lower case, number words as digits ("once or twice" -> "1 or 2"), so that one set of patterns reads both.
std::string normalise(std::string_view text)
{
    static const std::array<std::pair<std::string_view, std::string_view>, 8> words {{{"once", "1"}, {"twice", "2"},
        {"one", "1"}, {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}}};
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (std::isalpha(static_cast<unsigned char>(text[i]))) {
            std::size_t end = i;
            while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))
                ++end;
            std::string word;
            for (std::size_t k = i; k < end; ++k)
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
            bool replaced = false;
            for (const auto& [from, to] : words)
                if (word == from) {
                    out += to;
                    replaced = true;
                    break;
                }
            if (!replaced)
                out += word;
            i = end;
        } else {
            out += text[i++];
        }
    }
    return out;
}

/// "N" or "N to M" or "N or M" as the regex's groups `first` and `first + 1`.
const char* const kSpan = R"((\d+)(?: (?:to|or) (\d+))?)";

std::optional<Span> find(const std::string& text, const std::string& pattern)
{
    std::smatch m;
    if (!std::regex_search(text, m, std::regex(pattern)))
        return std::nullopt;
    Span span;
    span.min = std::stoi(m[1].str());
    span.max = m[2].matched ? std::stoi(m[2].str()) : span.min;
    return span;
}

} // namespace

Dose parseDose(std::string_view durationText, std::string_view frequencyText)
{
    const auto duration = normalise(durationText);
    const auto frequency = normalise(frequencyText);
    const std::string span = kSpan;
    Dose dose;
    dose.holdSeconds = find(duration, span + " seconds");
    dose.strokes = find(duration, span + " slow (?:short )?(?:strokes|rolls)");
    if (!dose.strokes)
        dose.strokes = find(duration, "roll it " + span + " times");
    dose.breaths = find(duration, span + " slow breaths");
    dose.minutes = find(duration, span + " minutes");
    // In a row: "repeat 2 or 3 times", "..., 3 times", "..., 2 or 3 times each side" - but not "roll it 6 to 12 times".
    dose.repetitions = find(duration, "(?:repeat |, )" + span + " times");
    dose.perSession = find(frequency, span + "(?: times)? a session");
    dose.perDay = find(frequency, span + "(?: times)? a day");
    if (!dose.perDay)
        dose.perDay = find(frequency, span + " short sessions");
    return dose;
}

std::optional<Span> holdSecondsOf(const Dose& dose)
{
    if (dose.holdSeconds)
        return dose.holdSeconds;
    if (dose.breaths)
        return Span {dose.breaths->min * kSecondsPerSlowBreath, dose.breaths->max * kSecondsPerSlowBreath};
    return std::nullopt;
}

int repetitionLimit(const Dose& dose)
{
    if (dose.repetitions)
        return dose.repetitions->max;
    if (dose.perSession)
        return dose.perSession->max;
    return 1;
}

} // namespace tmap::catalogue
