// journal/tag_text: a note's tags in words; see tag_text.h.
#include "app/journal/tag_text.h"

#include "app/widgets/answer_text.h"
#include "app/widgets/data_text.h"
#include "journal/note_rules.h"
#include "treat/tags.h"

namespace tmap::app {

QString TagText::text(const std::string& tag, const catalogue::Catalogue& catalogue)
{
    using Kind = treat::TagMeaning::Kind;
    if (tag == journal::kRecoveredInPartTag)
        return tr("recovered in part");
    const auto m = treat::tagMeaning(tag, catalogue);
    switch (m.kind) {
    case Kind::Own:
        return QString::fromStdString(tag);
    case Kind::Session:
        return tr("guided session");
    case Kind::Points:
        return tr("%n points", nullptr, m.points); // "points:N" is written for two or more
    case Kind::PressTest: {
        const QString reply = AnswerText::reply(m.reply); // the words "Narrow it down" lists its answers in
        return m.point ? tr("press test on %1: %2").arg(DataText::pointName(*m.point), reply)
                       : tr("press test: %1").arg(reply);
    }
    case Kind::Stopped:
        return m.stopReason == treat::StopReason::SharpSpreadingOrNumb
            ? tr("stopped for sharp or spreading pain or numbness")
            : tr("stopped early");
    case Kind::Symptom:
        return DataText::symptomName(*m.symptom);
    }
    return QString::fromStdString(tag);
}

QStringList TagText::texts(const std::vector<std::string>& tags, const catalogue::Catalogue& catalogue)
{
    QStringList out;
    for (const auto& t : tags)
        out << text(t, catalogue);
    return out;
}

QString TagText::list(const std::vector<std::string>& tags, const catalogue::Catalogue& catalogue)
{
    return texts(tags, catalogue).join(QStringLiteral("; "));
}

bool TagText::isSymptomTag(const std::string& tag, const catalogue::Catalogue& catalogue)
{
    return treat::tagMeaning(tag, catalogue).kind == treat::TagMeaning::Kind::Symptom;
}

bool TagText::isAppTag(const std::string& tag, const catalogue::Catalogue& catalogue)
{
    return tag == journal::kRecoveredInPartTag
        || treat::tagMeaning(tag, catalogue).kind != treat::TagMeaning::Kind::Own;
}

std::vector<std::pair<std::string, std::string>> TagText::searchWords(const catalogue::Catalogue& catalogue)
{
    std::vector<std::pair<std::string, std::string>> words;
    // A tag as text() shows it; the press tests as a family, by the words they share (text() adds the point and the
    // reply, and "yes" must not find every press test).
    for (const auto& tag : {treat::sessionTag(), treat::stoppedTag(treat::StopReason::UserStopped),
             treat::stoppedTag(treat::StopReason::SharpSpreadingOrNumb)})
        words.emplace_back(tag, text(tag, catalogue).toStdString());
    words.emplace_back(treat::pressTestFamily(), tr("press test").toStdString());
    const std::string inPart(journal::kRecoveredInPartTag);
    words.emplace_back(inPart, text(inPart, catalogue).toStdString());
    return words;
}

} // namespace tmap::app
