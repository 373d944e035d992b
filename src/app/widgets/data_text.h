// data_text: the catalogue's data strings (symptoms, red flags, factors, muscle and trigger point names, technique
// names, precautions, the guide, body areas) as the user reads them. The English text comes from the data; its
// translation is built into the catalogue beside it (catalogue/translations.h), and this class is the one place
// the app asks for it. Region and view names go through BodyNames, which asks here too.
#pragma once

#include <QString>
#include <string>

namespace tmap::catalogue {
class Catalogue;
struct Factor;
struct GuideSection;
struct Muscle;
struct RedFlag;
struct Symptom;
struct TriggerPoint;
} // namespace tmap::catalogue

namespace tmap::app {

/// Data strings in the interface's language; the data's English when no translation holds them.
class DataText final {
public:
    /// Chosen once at start-up: the catalogue whose translations serve, and the interface's language ("de"; empty
    /// or "en" for the data's English). A null catalogue turns translation off.
    static void setCatalogue(const catalogue::Catalogue* catalogue, const QString& language);
    /// The interface's language when the data is translated into it, else empty.
    static QString language();

    /// The string of `key` (catalogue/translations.h), or `english`.
    static QString translated(const std::string& key, const std::string& english);
    /// A muscle's names, safety text and descriptions, keyed by their English (tkey::text).
    static QString text(const std::string& english);
    /// Whether the interface's language has the muscle's descriptions and steps (catalogue::proseOf); when not,
    /// its entry shows them in English and says so.
    static bool hasProse(const catalogue::Muscle& muscle);

    static QString symptomName(const catalogue::Symptom& symptom);
    /// A symptom by id; the id when the catalogue does not know it.
    static QString symptomName(const std::string& id);
    /// A symptom's name to stand inside a sentence: the English names are written to stand alone ("Headache") and
    /// lose their capital there ("known for headache"); German nouns keep theirs, and so does a name that starts
    /// with an abbreviation.
    static QString symptomInSentence(const catalogue::Symptom& symptom);
    /// The same by id; the id when the catalogue does not know it.
    static QString symptomInSentence(const std::string& id);
    static QString factorName(const catalogue::Factor& factor);
    static QString factorDescription(const catalogue::Factor& factor);
    static QString factorPrevention(const catalogue::Factor& factor);
    /// A factor by id; the id when the catalogue does not know it.
    static QString factorName(const std::string& id);
    static QString redFlagTitle(const catalogue::RedFlag& flag);
    static QString redFlagSigns(const catalogue::RedFlag& flag);
    static QString redFlagAction(const catalogue::RedFlag& flag);
    static QString guideTitle(const catalogue::GuideSection& section);
    static QString guideBody(const catalogue::GuideSection& section);
    /// A body area ("neck") by id.
    static QString area(const std::string& id);
    static QString muscleName(const catalogue::Muscle& muscle);
    /// The name without the Latin the German names add in brackets ("Schulterblattheber (M. levator scapulae)" is
    /// "Schulterblattheber"), for a narrow column; an English name as it is.
    static QString shortMuscleName(const catalogue::Muscle& muscle);
    static QString pointName(const catalogue::TriggerPoint& point);
    /// What a treatment or a plan's step names: its trigger point's name (which says the muscle), else its
    /// muscle's, else the muscle id as stored (a catalogue without it).
    static QString pointOrMuscleName(
        const catalogue::Catalogue& catalogue, const std::string& muscle, const std::string& triggerPoint);
};

} // namespace tmap::app
