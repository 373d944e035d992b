// widgets/answer_text: a "Narrow it down" answer - reply, side, trigger point, place, symptom - in the user's words.
#include "app/widgets/answer_text.h"

#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"

namespace tmap::app {

QString AnswerText::side(body::Side which)
{
    switch (which) {
    case body::Side::Left:
        return tr("left");
    case body::Side::Right:
        return tr("right");
    case body::Side::None: // a press test of pain on the midline: the point on either side
        return tr("either side");
    }
    return {};
}

QString AnswerText::point(const catalogue::Catalogue& catalogue, const catalogue::TriggerPoint& which)
{
    const QString name = DataText::pointName(which);
    const auto* muscle = catalogue.muscle(which.muscleId);
    // A point's name that starts with its muscle's says it already; a German muscle name carries its Latin one in
    // brackets ("Gerader Oberschenkelmuskel (M. rectus femoris)") that the point's name leaves out.
    QString muscleName = muscle ? DataText::muscleName(*muscle) : QString();
    if (const auto bracket = muscleName.indexOf(QStringLiteral(" (")); bracket > 0)
        muscleName.truncate(bracket);
    if (!muscle || name.startsWith(muscleName, Qt::CaseInsensitive))
        return name;
    return tr("%1: %2").arg(DataText::muscleName(*muscle), name);
}

QString AnswerText::place(const catalogue::Catalogue& catalogue, const std::string& instanceText)
{
    return BodyNames::region(catalogue.body(), instanceText);
}

QString AnswerText::symptom(const catalogue::Catalogue& catalogue, const std::string& id)
{
    // Only its id when this catalogue does not know it (a note from a newer one).
    const auto* found = catalogue.symptom(id);
    return found ? DataText::symptomInSentence(*found) : qs(id);
}

QString AnswerText::reply(match::Reply which)
{
    switch (which) {
    case match::Reply::Yes:
        return tr("yes");
    case match::Reply::No:
        return tr("no");
    case match::Reply::Unsure:
        return tr("not sure");
    }
    return {};
}

QString AnswerText::answer(const catalogue::Catalogue& catalogue, const match::Answer& given)
{
    const auto& q = given.question;
    const QString said = reply(given.reply);
    switch (q.kind) {
    case match::QuestionKind::Press:
        if (const auto* pressed = catalogue.triggerPoint(q.subject))
            return tr("Press test, %1 (%2): %3").arg(point(catalogue, *pressed), side(q.side), said);
        break;
    case match::QuestionKind::Region:
        return tr("Pain also here, %1: %2").arg(place(catalogue, q.subject), said);
    case match::QuestionKind::Symptom:
        return tr("Also %1: %2").arg(symptom(catalogue, q.subject), said);
    }
    return tr("%1: %2").arg(qs(q.id()), said);
}

} // namespace tmap::app
