// catalogue/guide_text: the little markup of the guide's texts (data/catalogue/guide.json and its translations) as
// structure, for every front end to phrase: paragraphs parted by a blank line, a line that starts with "- " an item
// of a list, and **words** in bold (the lead-in of a paragraph, the action of a warning).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tmap::catalogue {

/// A stretch of text, bold or not.
struct GuideRun {
    std::string text;
    bool bold = false;
    bool operator==(const GuideRun&) const = default;
};

using GuideLine = std::vector<GuideRun>;

/// One paragraph: its lead text (may be empty) and the items of a list under it (may be none).
struct GuideParagraph {
    GuideLine text;
    std::vector<GuideLine> items;
    bool operator==(const GuideParagraph&) const = default;
};

/// The paragraphs of a guide text. Lines of a paragraph that are not items are joined with a space.
std::vector<GuideParagraph> guideParagraphs(std::string_view body);

/// What is wrong with a guide text's markup (a "**" without its pair, a list item with nothing in it), or nothing.
std::optional<std::string> guideMarkupProblem(std::string_view body);

/// The text without its markup, as plain lines for a terminal: bold dropped, items as "  - item".
std::string guidePlainText(std::string_view body);

} // namespace tmap::catalogue
