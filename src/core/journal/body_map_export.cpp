// journal/body_map_export: reads the compiled-in tables and folds a range of notes into standard drawings.
#include "journal/body_map_export.h"

#include "journal/user_files.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cerrno>
#include <fstream>
#include <utility>

namespace tmap::journal {

namespace detail {
extern const std::pair<std::string_view, std::string_view> kBodyMapTables[];
extern const int kBodyMapTableCount;
} // namespace detail

namespace {

constexpr std::array<std::pair<BodyMapFormat, std::string_view>, 3> kFormats {{
    {BodyMapFormat::Choir, "choir"},
    {BodyMapFormat::Mbm, "mbm"},
    {BodyMapFormat::Wpi, "wpi"},
}};

std::string_view tableText(std::string_view name)
{
    for (int i = 0; i < detail::kBodyMapTableCount; ++i)
        if (detail::kBodyMapTables[i].first == name)
            return detail::kBodyMapTables[i].second;
    assert(false && "a body-map table the build did not compile in");
    return {};
}

/// The data rows of a TSV: comment lines (#) and the header row are skipped; each row split at tabs.
std::vector<std::pair<int, std::vector<std::string>>> rows(std::string_view text)
{
    std::vector<std::pair<int, std::vector<std::string>>> out;
    bool header = true;
    int number = 0;
    while (!text.empty()) {
        const auto end = text.find('\n');
        auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view {} : text.substr(end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (;;) {
            const auto tab = line.find('\t', start);
            fields.emplace_back(
                line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
            if (tab == std::string_view::npos)
                break;
            start = tab + 1;
        }
        out.emplace_back(number, std::move(fields));
    }
    return out;
}

std::vector<std::string> splitCodes(std::string_view text)
{
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        out.emplace_back(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view {} : text.substr(comma + 1);
    }
    return out;
}

std::string periodKey(const std::string& day, BodyMapPeriod period)
{
    switch (period) {
    case BodyMapPeriod::Whole:
        return {};
    case BodyMapPeriod::Day:
        return day;
    case BodyMapPeriod::Month:
        return day.substr(0, 7);
    }
    return {};
}

/// The last day of the month of "YYYY-MM".
std::string monthEnd(const std::string& month)
{
    const int year = std::stoi(month.substr(0, 4));
    const int m = std::stoi(month.substr(5, 2));
    static constexpr std::array<int, 12> kDays {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int days = kDays[static_cast<std::size_t>(m - 1)];
    if (m == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        days = 29;
    return month + "-" + (days < 10 ? "0" : "") + std::to_string(days);
}

} // namespace

std::string_view bodyMapFormatName(BodyMapFormat format)
{
    for (const auto& [f, name] : kFormats)
        if (f == format)
            return name;
    return "";
}

std::optional<BodyMapFormat> parseBodyMapFormat(std::string_view name)
{
    for (const auto& [f, n] : kFormats)
        if (n == name)
            return f;
    return std::nullopt;
}

BodyMapTable BodyMapTable::fromText(BodyMapFormat format, std::string_view mapTsv, std::string_view areasTsv)
{
    const std::string name(bodyMapFormatName(format));
    const std::string areasName = format == BodyMapFormat::Choir ? "choir_segments.tsv" : name + "_areas.tsv";
    const std::string mapName = name + "_map.tsv";
    BodyMapTable table;
    table.format_ = format;
    // CHOIR: code, view, side, name; MBM and WPI: code, side, name.
    const bool choir = format == BodyMapFormat::Choir;
    for (auto& [line, fields] : rows(areasTsv)) {
        const auto where = areasName + ":" + std::to_string(line) + ": ";
        if (fields.size() != (choir ? 4u : 3u))
            throw BodyMapTableError(where + "expected " + (choir ? "4" : "3") + " fields");
        BodyMapArea area;
        area.code = fields[0];
        if (choir)
            area.view = fields[1];
        const auto& sideText = fields[choir ? 2 : 1];
        if (!sideText.empty()) {
            const auto side = body::parseSide(sideText);
            if (!side)
                throw BodyMapTableError(where + "side \"" + sideText + "\" is neither left nor right");
            area.side = *side;
        }
        area.name = fields[choir ? 3 : 2];
        if (area.code.empty() || area.name.empty())
            throw BodyMapTableError(where + "an area needs a code and a name");
        if (!table.areaIndex_.emplace(area.code, table.areas_.size()).second)
            throw BodyMapTableError(where + "code " + area.code + " appears twice");
        table.areas_.push_back(std::move(area));
    }
    for (auto& [line, fields] : rows(mapTsv)) {
        const auto where = mapName + ":" + std::to_string(line) + ": ";
        if (fields.size() != 2)
            throw BodyMapTableError(where + "expected 2 fields: instance and codes");
        auto codes = splitCodes(fields[1]);
        for (const auto& code : codes)
            if (!table.area(code))
                throw BodyMapTableError(where + "unknown code \"" + code + "\"");
        if (!table.instances_.emplace(fields[0], std::move(codes)).second)
            throw BodyMapTableError(where + "instance " + fields[0] + " appears twice");
    }
    return table;
}

const BodyMapTable& BodyMapTable::get(BodyMapFormat format)
{
    static const std::array<BodyMapTable, 3> tables {
        fromText(BodyMapFormat::Choir, tableText("choir_map"), tableText("choir_segments")),
        fromText(BodyMapFormat::Mbm, tableText("mbm_map"), tableText("mbm_areas")),
        fromText(BodyMapFormat::Wpi, tableText("wpi_map"), tableText("wpi_areas")),
    };
    return tables[static_cast<std::size_t>(format)];
}

const BodyMapArea* BodyMapTable::area(std::string_view code) const
{
    const auto it = areaIndex_.find(code);
    return it == areaIndex_.end() ? nullptr : &areas_[it->second];
}

const std::vector<std::string>* BodyMapTable::codesOf(std::string_view instance) const
{
    const auto it = instances_.find(instance);
    return it == instances_.end() ? nullptr : &it->second;
}

std::vector<BodyMapDrawing> exportBodyMap(
    Journal& journal, BodyMapFormat format, const Range& range, BodyMapPeriod period)
{
    const auto& table = BodyMapTable::get(format);
    struct Fold {
        BodyMapDrawing drawing;
        std::map<std::string, int, std::less<>> highest; // code -> intensity
        std::vector<std::string> unmapped;
    };
    std::map<std::string, Fold> folds; // period key -> fold; keys sort oldest first
    journal.forEach(range, [&](const Note& note) {
        const auto when = parseTimestamp(note.when);
        const std::string day = when ? when->day : note.when.substr(0, 10);
        auto& fold = folds[periodKey(day, period)];
        auto& d = fold.drawing;
        if (d.since.empty() || day < d.since)
            d.since = day;
        if (day > d.until)
            d.until = day;
        ++d.notes;
        for (const auto& spot : note.spots) {
            if (spot.intensity <= 0)
                continue;
            const auto* codes = table.codesOf(spot.region);
            if (!codes || codes->empty()) {
                fold.unmapped.push_back(spot.region);
                continue;
            }
            for (const auto& code : *codes) {
                auto& best = fold.highest[code];
                best = std::max(best, spot.intensity);
            }
        }
    });
    if (period == BodyMapPeriod::Whole && folds.empty())
        folds[{}];

    std::vector<BodyMapDrawing> out;
    for (auto& [key, fold] : folds) {
        auto d = std::move(fold.drawing);
        switch (period) {
        case BodyMapPeriod::Whole:
            if (!range.since.empty())
                d.since = range.since;
            if (!range.until.empty())
                d.until = range.until;
            break;
        case BodyMapPeriod::Day:
            d.since = d.until = key;
            break;
        case BodyMapPeriod::Month:
            d.since = key + "-01";
            d.until = monthEnd(key);
            break;
        }
        for (const auto& area : table.areas())
            if (const auto it = fold.highest.find(area.code); it != fold.highest.end())
                d.areas.push_back({area.code, it->second});
        std::sort(fold.unmapped.begin(), fold.unmapped.end());
        fold.unmapped.erase(std::unique(fold.unmapped.begin(), fold.unmapped.end()), fold.unmapped.end());
        d.unmapped = std::move(fold.unmapped);
        out.push_back(std::move(d));
    }
    return out;
}

nlohmann::json bodyMapJson(BodyMapFormat format, const Range& range, const std::vector<BodyMapDrawing>& drawings)
{
    const auto& table = BodyMapTable::get(format);
    auto periods = nlohmann::json::array();
    for (const auto& d : drawings) {
        auto endorsed = nlohmann::json::array();
        for (const auto& e : d.areas) {
            const auto* area = table.area(e.code);
            assert(area);
            nlohmann::json item {{"code", e.code}, {"name", area->name}, {"side", body::sideName(area->side)}};
            if (!area->view.empty())
                item["view"] = area->view;
            item["intensity"] = e.intensity;
            endorsed.push_back(std::move(item));
        }
        periods.push_back({{"since", d.since}, {"until", d.until}, {"notes", d.notes}, {"endorsed", endorsed},
            {"not_on_map", d.unmapped}});
    }
    return {{"format", "trigger-map-body-map"}, {"version", 1}, {"instrument", bodyMapFormatName(format)},
        {"areas", table.areas().size()}, {"exported_at", nowUtc()}, {"since", range.since}, {"until", range.until},
        {"periods", periods}};
}

std::size_t exportBodyMapToFile(Journal& journal, const std::string& path, BodyMapFormat format, const Range& range,
    BodyMapPeriod period, Existing existing)
{
    const auto drawings = exportBodyMap(journal, format, range, period);
    writeStreamAtomically(
        path, [&](std::ostream& out) { out << bodyMapJson(format, range, drawings).dump(2) << "\n"; }, journal.path(),
        existing);
    return drawings.size();
}

} // namespace tmap::journal
