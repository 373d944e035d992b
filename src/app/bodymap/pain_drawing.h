// pain_drawing: the person's current pain drawing (spots with intensities, symptoms, answers to the "Narrow it
// down" questions), observed by the map, the spot list, the results and the questions.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

#include "journal/note.h"
#include "match/matcher.h"

namespace tmap::app {

/// The spots and symptoms the person has marked and the questions answered about them; emits changed() after
/// every edit. The answers stay while spots and symptoms change (their ids stay valid) and go with the last of them.
class PainDrawing final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainDrawing)

public:
    struct Spot {
        QString instance;
        int intensity = 5;
    };

    explicit PainDrawing(QObject* parent = nullptr)
        : QObject(parent)
    {
    }
    /// The catalogue whose symptoms say where they are felt (match::drawingAnswers): an answer the drawing then gives
    /// itself is dropped ("no chest pain", then the chest drawn). Without one, only places and ticked symptoms count.
    void setCatalogue(const catalogue::Catalogue* catalogue) { catalogue_ = catalogue; }

    const QVector<Spot>& spots() const { return spots_; }
    const QStringList& symptoms() const { return symptoms_; }
    /// Answered questions, oldest first.
    const std::vector<match::Answer>& answers() const { return answers_; }
    bool contains(const QString& instance) const { return indexOf(instance) >= 0; }
    int intensity(const QString& instance) const;

    /// Adds the spot, or removes it when it is already there.
    void toggle(const QString& instance);
    void add(const QString& instance, int intensity = 5);
    void remove(const QString& instance);
    void setIntensity(const QString& instance, int intensity);
    void setSymptoms(const QStringList& symptoms);
    /// Adds an answer; a later answer to the same question replaces the earlier one.
    void setAnswer(const match::Answer& answer);
    /// Takes back the answer to a question (Undo).
    void removeAnswer(const match::QuestionKey& question);
    /// Removes every spot, symptom and answer; what was there is kept for undoClear().
    void clear();
    /// True while Clear all can be taken back: the drawing was cleared and nothing has been drawn since.
    bool canUndoClear() const;
    /// Puts back what the last clear() removed (while canUndoClear()).
    void undoClear();

    /// The drawing in the core's terms, for the matcher.
    match::Drawing toMatch() const;
    /// The places as a journal note keeps them (no quality: the drawing does not ask it).
    std::vector<journal::Spot> noteSpots() const;

signals:
    void changed();

private:
    int indexOf(const QString& instance) const;
    void dropStaleAnswers();
    const catalogue::Catalogue* catalogue_ = nullptr;
    QVector<Spot> spots_;
    QStringList symptoms_;
    std::vector<match::Answer> answers_;
    struct Cleared {
        QVector<Spot> spots;
        QStringList symptoms;
        std::vector<match::Answer> answers;
    };
    Cleared cleared_; // what the last clear() removed
};

} // namespace tmap::app
