// drawing_store: the current drawing as JSON beside the journal; see drawing_store.h.
#include "app/bodymap/drawing_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

#include "app/bodymap/pain_drawing.h"
#include "app/widgets/error_text.h"
#include "journal/journal.h"
#include "journal/user_files.h"

namespace tmap::app {

DrawingStore::DrawingStore(PainDrawing& drawing, const QString& path, QObject* parent)
    : QObject(parent)
    , drawing_(drawing)
    , path_(path)
{
}

QString DrawingStore::defaultPath()
{
    const QFileInfo journal(QString::fromStdString(journal::defaultJournalPath()));
    return journal.dir().filePath("current-drawing.json");
}

bool DrawingStore::restore(const std::function<bool(const QString& instance)>& known)
{
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return false;
    const auto doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() || doc.object().value("format").toString() != "trigger-map-drawing")
        return false;
    for (const auto& value : doc.object().value("spots").toArray()) {
        const auto spot = value.toObject();
        const QString instance = spot.value("region").toString();
        const int intensity = spot.value("intensity").toInt(-1);
        if (known(instance) && intensity >= 0 && intensity <= 10)
            drawing_.add(instance, intensity);
    }
    QStringList symptoms;
    for (const auto& value : doc.object().value("symptoms").toArray())
        if (value.isString())
            symptoms << value.toString();
    drawing_.setSymptoms(symptoms);
    return true;
}

void DrawingStore::start()
{
    connect(&drawing_, &PainDrawing::changed, this, &DrawingStore::save);
}

bool DrawingStore::save()
{
    if (drawing_.spots().isEmpty() && drawing_.symptoms().isEmpty()) {
        // Nothing drawn: no file (Clear all's undo lives in memory only).
        QFile file(path_);
        if (!file.exists() || file.remove())
            return true;
        emit notKept(tr("%1: cannot remove it (%2), so the cleared drawing would come back at the next start")
                         .arg(path_, file.errorString()));
        return false;
    }
    QJsonArray spots;
    for (const auto& s : drawing_.spots())
        spots.append(QJsonObject {{"region", s.instance}, {"intensity", s.intensity}});
    const QJsonObject root {{"format", "trigger-map-drawing"}, {"version", 1}, {"spots", spots},
        {"symptoms", QJsonArray::fromStringList(drawing_.symptoms())}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    try {
        QDir().mkpath(QFileInfo(path_).path());
        journal::writeAtomically(path_.toStdString(), [&bytes](const std::string& temporary) {
            QFile out(QString::fromStdString(temporary));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
                throw journal::JournalError(temporary + ": cannot write the drawing");
        });
        return true;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-map: the drawing was not kept: %s\n", e.what());
        emit notKept(ErrorText::describe(e));
        return false;
    }
}

} // namespace tmap::app
