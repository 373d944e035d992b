// note_map: the note editor's small body map - the main map's widget (same painter, same hit-test on the core's
// geometry) with a button per view, a line naming the region under the pointer or the keyboard, and the note's spots
// drawn on it. The editor's spot table stays the list of record; this panel mirrors it and reports clicks.
#pragma once

#include <QWidget>

namespace tmap::body {
class BodyMap;
}

class QButtonGroup;
class QLabel;

namespace tmap::app {

class BodyMapWidget;
class PainDrawing;

/// A compact body map for picking a note's spots: every view reachable by a button or Page Up/Down, a click or
/// Space on a region emits activated(), the spot chosen in the list is outlined (in a view that shows it).
class NoteMap final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteMap)

public:
    explicit NoteMap(const body::BodyMap& body, QWidget* parent = nullptr);

    BodyMapWidget* map() const { return map_; }
    /// The spots drawn on the map (instance -> intensity); the editor keeps it in step with its table.
    PainDrawing& drawing() const { return *drawing_; }
    QString view() const;
    void setView(const QString& view);
    /// Outlines `instance` ("" for none) and, when the current view does not show it, turns to the first that does.
    void showRegion(const QString& instance);

signals:
    /// A region was clicked, or chosen with Space or Enter.
    void activated(const QString& instance);

private:
    const body::BodyMap& body_;
    PainDrawing* drawing_;
    BodyMapWidget* map_;
    QButtonGroup* views_;
    QLabel* name_;
};

} // namespace tmap::app
