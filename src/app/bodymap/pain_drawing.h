// pain_drawing: the person's current pain drawing (spots with intensities, symptoms), observed by the
// map, the spot list and the results.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "match/matcher.h"

namespace tmap::app {

/// The spots and symptoms the person has marked; emits changed() after every edit.
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

    const QVector<Spot>& spots() const { return spots_; }
    const QStringList& symptoms() const { return symptoms_; }
    bool contains(const QString& instance) const { return indexOf(instance) >= 0; }
    int intensity(const QString& instance) const;

    /// Adds the spot, or removes it when it is already there.
    void toggle(const QString& instance);
    void add(const QString& instance, int intensity = 5);
    void remove(const QString& instance);
    void setIntensity(const QString& instance, int intensity);
    void setSymptoms(const QStringList& symptoms);
    void clear();

    /// The drawing in the core's terms, for the matcher.
    match::Drawing toMatch() const;

signals:
    void changed();

private:
    int indexOf(const QString& instance) const;
    QVector<Spot> spots_;
    QStringList symptoms_;
};

} // namespace tmap::app
