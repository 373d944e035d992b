// catalogue/guide_text.cpp: the guide's markup read into paragraphs, items and bold runs (catalogue/guide_text.h).
#include "catalogue/guide_text.h"

namespace tmap::catalogue {

namespace {

/// "a **b** c" -> a, b (bold), c. An unpaired "**" stays as it is (guideMarkupProblem names it).
GuideLine runs(std::string_view text)
{
    GuideLine line;
    bool bold = false;
    std::size_t at = 0;
    while (at <= text.size()) {
        const auto mark = text.find("**", at);
        const bool paired
            = mark != std::string_view::npos && (bold || text.find("**", mark + 2) != std::string_view::npos);
        const auto end = paired ? mark : text.size();
        if (end > at)
            line.push_back({std::string(text.substr(at, end - at)), bold});
        if (!paired)
            break;
        bold = !bold;
        at = mark + 2;
    }
    return line;
}

/// The first `bytes` of `text` or fewer, never cutting a UTF-8 character in two (German text).
std::string headOf(std::string_view text, std::size_t bytes)
{
    if (text.size() <= bytes)
        return std::string(text);
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
        --bytes;
    return std::string(text.substr(0, bytes));
}

std::vector<std::string_view> split(std::string_view text, std::string_view by)
{
    std::vector<std::string_view> parts;
    std::size_t at = 0;
    for (auto next = text.find(by); next != std::string_view::npos; next = text.find(by, at)) {
        parts.push_back(text.substr(at, next - at));
        at = next + by.size();
    }
    parts.push_back(text.substr(at));
    return parts;
}

} // namespace

std::vector<GuideParagraph> guideParagraphs(std::string_view body)
{
    std::vector<GuideParagraph> out;
    for (const auto block : split(body, "\n\n")) {
        if (block.find_first_not_of(" \n") == std::string_view::npos)
            continue;
        GuideParagraph p;
        std::string lead;
        for (const auto line : split(block, "\n")) {
            if (line.starts_with("- "))
                p.items.push_back(runs(line.substr(2)));
            else if (!line.empty())
                lead += (lead.empty() ? "" : " ") + std::string(line);
        }
        p.text = runs(lead);
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<std::string> guideMarkupProblem(std::string_view body)
{
    for (const auto block : split(body, "\n\n")) {
        bool inList = false;
        for (const auto line : split(block, "\n")) {
            std::size_t marks = 0;
            for (auto at = line.find("**"); at != std::string_view::npos; at = line.find("**", at + 2))
                ++marks;
            if (marks % 2 != 0)
                return "a \"**\" without its pair in \"" + headOf(line, 60) + "\" (bold ends on its line)";
            if (line.starts_with("- ") && line.find_first_not_of(" *", 2) == std::string_view::npos)
                return "an empty list item";
            // A paragraph's text comes before its list: text after the items would be shown above them.
            if (inList && !line.starts_with("- ") && !line.empty())
                return "text after a list's items in \"" + headOf(line, 60) + "\" (start a new paragraph)";
            inList = inList || line.starts_with("- ");
        }
    }
    return std::nullopt;
}

std::string guidePlainText(std::string_view body)
{
    const auto plain = [](const GuideLine& line) {
        std::string text;
        for (const auto& r : line)
            text += r.text;
        return text;
    };
    std::string out;
    for (const auto& p : guideParagraphs(body)) {
        if (!out.empty())
            out += "\n\n";
        out += plain(p.text);
        for (const auto& item : p.items)
            out += (out.empty() || out.ends_with("\n\n") ? "" : "\n") + std::string("  - ") + plain(item);
    }
    return out;
}

} // namespace tmap::catalogue
