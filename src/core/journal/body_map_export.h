// journal/body_map_export: the journal's pain as a clinician's standard body map - the CHOIR body map (74
// segments), the Michigan Body Map (35 areas) and the Widespread Pain Index (19 areas). The tables that place each
// region instance of the vocabulary on the instruments' areas are data (data/body/*_map.tsv, compiled in); this
// part reads them and, per period, gives the areas endorsed with the highest intensity of each.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "body/body_map.h"
#include "journal/journal.h"
#include "journal/user_files.h"

namespace tmap::journal {

/// A standard pain drawing the journal can be written as.
enum class BodyMapFormat { Choir, Mbm, Wpi };

/// "choir", "mbm", "wpi".
std::string_view bodyMapFormatName(BodyMapFormat format);
/// The format named `name` ("choir", "mbm", "wpi"); nullopt for any other word.
std::optional<BodyMapFormat> parseBodyMapFormat(std::string_view name);

/// One area of an instrument: a CHOIR segment ("101"), an MBM or WPI area ("left-jaw").
struct BodyMapArea {
    std::string code;
    std::string name; ///< as in the table, English; the front ends may translate it
    body::Side side = body::Side::None; ///< the patient's side; None for an area of the midline
    std::string view; ///< "front" or "back" for CHOIR; "" for the others
};

/// Thrown for a malformed table (a unknown code, a repeated instance), naming the table and the line.
class BodyMapTableError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An instrument's areas and where each region instance lies on them.
class BodyMapTable final {
public:
    /// The table compiled in from data/body/ (checked on first use; a broken table is a build-time test failure).
    static const BodyMapTable& get(BodyMapFormat format);
    /// Builds a table from the text of its two TSV files; throws BodyMapTableError.
    static BodyMapTable fromText(BodyMapFormat format, std::string_view mapTsv, std::string_view areasTsv);

    BodyMapFormat format() const { return format_; }
    /// Every area, in the instrument's order.
    const std::vector<BodyMapArea>& areas() const { return areas_; }
    const BodyMapArea* area(std::string_view code) const;
    /// The codes a region instance lies on (empty: on none of the instrument's areas); nullptr for an instance the
    /// table does not list.
    const std::vector<std::string>* codesOf(std::string_view instance) const;
    /// Every instance the table lists, with its codes.
    const std::map<std::string, std::vector<std::string>, std::less<>>& instances() const { return instances_; }

private:
    BodyMapFormat format_ = BodyMapFormat::Choir;
    std::vector<BodyMapArea> areas_;
    std::map<std::string, std::size_t, std::less<>> areaIndex_;
    std::map<std::string, std::vector<std::string>, std::less<>> instances_;
};

/// How the notes are grouped into periods.
enum class BodyMapPeriod { Whole, Day, Month };

/// An area endorsed in a period, with the highest intensity (1-10) of the spots on it.
struct EndorsedArea {
    std::string code;
    int intensity = 0;
    bool operator==(const EndorsedArea&) const = default;
};

/// One period's drawing: its local days (inclusive) and the areas endorsed, in the instrument's order.
struct BodyMapDrawing {
    std::string since; ///< "2026-11-01"
    std::string until; ///< "2026-11-30"
    int notes = 0; ///< live notes in the period
    std::vector<EndorsedArea> areas;
    std::vector<std::string> unmapped; ///< instances noted in the period that lie on none of the areas, sorted
};

/// The live notes of `range` as drawings of `format`, oldest period first. A spot endorses every area its region
/// instance lies on; a spot of intensity 0 endorses nothing. With BodyMapPeriod::Whole there is one drawing, even
/// without notes, spanning the range (or, where it is open, the first and last day noted); otherwise one drawing per
/// day or calendar month that holds notes.
std::vector<BodyMapDrawing> exportBodyMap(
    Journal& journal, BodyMapFormat format, const Range& range = {}, BodyMapPeriod period = BodyMapPeriod::Whole);

/// The drawings as the JSON of `tpmap notes export --format choir|mbm|wpi` (docs/body-map-export.md).
nlohmann::json bodyMapJson(BodyMapFormat format, const Range& range, const std::vector<BodyMapDrawing>& drawings);

/// Writes bodyMapJson() of the journal's notes to `path` atomically (never over the journal or a backup); returns
/// the number of drawings. Throws JournalError naming the file. With Existing::Keep an existing file is left alone
/// (an error), also one that appears meanwhile.
std::size_t exportBodyMapToFile(Journal& journal, const std::string& path, BodyMapFormat format,
    const Range& range = {}, BodyMapPeriod period = BodyMapPeriod::Whole, Existing existing = Existing::Replace);

} // namespace tmap::journal
