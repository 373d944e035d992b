// where/last_time_panel: "Last time it hurt here" on the Where page - when today's drawing shares places with the
// drawings of past days, what was tried on those days and how much it helped (before/after pain, the next day's
// pain), best first, each figure with what it rests on. The core computes it (journal::lastTime); this phrases it.
#pragma once

#include <QWidget>
#include <optional>
#include <vector>

#include "journal/note.h"

class QLabel;

namespace tmap::app {

class JournalSession;
class PainDrawing;

/// The Where page's "Last time" section: hidden until a past day's drawing overlaps today's.
class LastTimePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastTimePanel)

public:
    LastTimePanel(const PainDrawing& drawing, QWidget* parent = nullptr);
    ~LastTimePanel() override;

    /// The journal whose notes are read: the session's open journal, else the file read-only (never created,
    /// migrated or repaired from here). Re-read after every write the session makes.
    void setJournal(JournalSession* session);
    /// Reads the notes again and shows what fits the drawing (the drawing's changes call it too).
    void refresh();
    QLabel* textLabel() const { return text_; }

private:
    void loadNotes();
    const PainDrawing& drawing_;
    JournalSession* session_ = nullptr;
    std::optional<std::vector<journal::Note>> notes_; ///< empty until first needed; reset by a journal write
    QLabel* text_ = nullptr;
};

} // namespace tmap::app
