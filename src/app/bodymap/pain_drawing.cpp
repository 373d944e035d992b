// bodymap/pain_drawing: editing the drawing's spots, symptoms and answers, undoing a clear, and its match::Drawing.
#include "app/bodymap/pain_drawing.h"

#include <algorithm>

namespace tmap::app {

int PainDrawing::indexOf(const QString& instance) const
{
    for (int i = 0; i < spots_.size(); ++i)
        if (spots_[i].instance == instance)
            return i;
    return -1;
}

int PainDrawing::intensity(const QString& instance) const
{
    const int i = indexOf(instance);
    return i < 0 ? 0 : spots_[i].intensity;
}

void PainDrawing::toggle(const QString& instance)
{
    if (contains(instance))
        remove(instance);
    else
        add(instance);
}

void PainDrawing::add(const QString& instance, int intensity)
{
    cleared_ = {}; // something new is drawn: the cleared drawing is no longer what Undo would bring back
    if (contains(instance))
        return setIntensity(instance, intensity);
    spots_.push_back({instance, std::clamp(intensity, 0, 10)});
    dropStaleAnswers();
    emit changed();
}

void PainDrawing::remove(const QString& instance)
{
    const int i = indexOf(instance);
    if (i < 0)
        return;
    spots_.removeAt(i);
    dropStaleAnswers();
    emit changed();
}

void PainDrawing::setIntensity(const QString& instance, int intensity)
{
    const int i = indexOf(instance);
    intensity = std::clamp(intensity, 0, 10);
    if (i < 0 || spots_[i].intensity == intensity)
        return;
    spots_[i].intensity = intensity;
    emit changed();
}

void PainDrawing::setSymptoms(const QStringList& symptoms)
{
    if (symptoms == symptoms_)
        return;
    cleared_ = {};
    symptoms_ = symptoms;
    dropStaleAnswers();
    emit changed();
}

void PainDrawing::setAnswer(const match::Answer& answer)
{
    const auto same = std::find_if(
        answers_.begin(), answers_.end(), [&](const match::Answer& a) { return a.question == answer.question; });
    if (same != answers_.end() && same->reply == answer.reply)
        return;
    if (same != answers_.end())
        answers_.erase(same);
    answers_.push_back(answer);
    emit changed();
}

void PainDrawing::removeAnswer(const match::QuestionKey& question)
{
    if (std::erase_if(answers_, [&](const match::Answer& a) { return a.question == question; }) > 0)
        emit changed();
}

void PainDrawing::dropStaleAnswers()
{
    // Answers are about a drawing; with nothing drawn they would silently re-rank the next one.
    if (spots_.isEmpty() && symptoms_.isEmpty())
        answers_.clear();
    // An answer the drawing now gives itself ("no pain at the temple", then the temple drawn) would contradict it.
    const auto drawing = toMatch();
    std::erase_if(
        answers_, [&](const match::Answer& a) { return match::drawingAnswers(drawing, a.question, catalogue_); });
}

void PainDrawing::clear()
{
    if (spots_.isEmpty() && symptoms_.isEmpty() && answers_.empty())
        return;
    cleared_ = {std::move(spots_), std::move(symptoms_), std::move(answers_)};
    spots_.clear();
    symptoms_.clear();
    answers_.clear();
    emit changed();
}

bool PainDrawing::canUndoClear() const
{
    return spots_.isEmpty() && symptoms_.isEmpty() && !(cleared_.spots.isEmpty() && cleared_.symptoms.isEmpty());
}

void PainDrawing::undoClear()
{
    if (!canUndoClear())
        return;
    spots_ = std::move(cleared_.spots);
    symptoms_ = std::move(cleared_.symptoms);
    answers_ = std::move(cleared_.answers);
    cleared_ = {};
    emit changed();
}

match::Drawing PainDrawing::toMatch() const
{
    match::Drawing d;
    for (const auto& s : spots_)
        d.spots.push_back({s.instance.toStdString(), s.intensity});
    for (const auto& s : symptoms_)
        d.symptoms.push_back(s.toStdString());
    d.answers = answers_;
    return d;
}

std::vector<journal::Spot> PainDrawing::noteSpots() const
{
    std::vector<journal::Spot> out;
    for (const auto& s : spots_)
        out.push_back({s.instance.toStdString(), s.intensity, journal::Quality::None});
    return out;
}

} // namespace tmap::app
