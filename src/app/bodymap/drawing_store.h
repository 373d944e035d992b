// drawing_store: keeps the current pain drawing across a restart or a crash - a small private file in the app's
// data folder, written atomically on every change and read back at start.
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace tmap::app {

class PainDrawing;

/// Saves a PainDrawing's spots and symptoms to `path` (JSON, 0600, atomically) after every change, and restores
/// them from it. The answers to "Narrow it down" are not kept: they are quick to give again.
class DrawingStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingStore)

public:
    DrawingStore(PainDrawing& drawing, const QString& path, QObject* parent = nullptr);

    /// current-drawing.json in the folder of the app's default journal ($XDG_DATA_HOME/trigger-map).
    static QString defaultPath();

    /// Reads the file into the drawing (unknown regions are dropped by the caller's vocabulary check); false when
    /// there is no file or it cannot be read, which leaves the drawing as it is.
    bool restore(const std::function<bool(const QString& instance)>& known);
    /// From now on, writes the file after every change of the drawing (an empty drawing removes it).
    void start();
    /// Writes the file now; false (and notKept()) when it cannot be written or, for an empty drawing, removed.
    bool save();

    const QString& path() const { return path_; }

signals:
    /// The drawing could not be kept (a full disk, a folder made read-only): `message` names the file and why. The
    /// window says so, for a cleared drawing whose file stays would come back at the next start.
    void notKept(const QString& message);

private:
    PainDrawing& drawing_;
    QString path_;
};

} // namespace tmap::app
