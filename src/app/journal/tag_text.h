// journal/tag_text: a note's tags as the user reads them. The tags the app writes (a guided session's, the symptoms
// ticked on a drawing; treat/tags.h reads them) in the interface's language; the user's own words as typed.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>
#include <utility>
#include <vector>

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

class TagText final {
    Q_DECLARE_TR_FUNCTIONS(tmap::app::TagText)

public:
    /// One tag in words: "guided session", "2 points", "press test on Upper trapezius, front fibres (TrP1): yes",
    /// a symptom's name; a tag of the user's own as it is.
    static QString text(const std::string& tag, const catalogue::Catalogue& catalogue);
    /// Each tag in words, in order.
    static QStringList texts(const std::vector<std::string>& tags, const catalogue::Catalogue& catalogue);
    /// The tags in words as one line, parted by semicolons (symptoms' names have commas in them).
    static QString list(const std::vector<std::string>& tags, const catalogue::Catalogue& catalogue);
    /// Whether `tag` is a symptom ticked on a drawing ("symptom:ID" of a symptom the catalogue knows).
    static bool isSymptomTag(const std::string& tag, const catalogue::Catalogue& catalogue);
    /// Whether the app wrote `tag` (a session's tag, a symptom's id), not the user.
    static bool isAppTag(const std::string& tag, const catalogue::Catalogue& catalogue);
    /// The words the app's own tags are shown in, for the journal's search (journal::Vocabulary::tagWords): a
    /// search for "Sitzung" or "Drucktest" finds the notes of guided sessions and press tests.
    static std::vector<std::pair<std::string, std::string>> searchWords(const catalogue::Catalogue& catalogue);
};

} // namespace tmap::app
