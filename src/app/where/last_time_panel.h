// where/last_time_panel: "Last time it hurt here" on the Where page - when today's drawing shares places with the
// drawings of past days, what was tried on those days and how much it helped (before/after pain, the next day's
// pain), best first, each figure with what it rests on. The core computes it (journal::lastTime); this phrases it.
// The panel sits under the results, below the fold of a small window; a one-line summary with a count, placed by
// the page right under the results' heading, says it is there and jumps to it.
#pragma once

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "journal/note.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace tmap::app {

class JournalSession;
class PainDrawing;

/// The Where page's "Last time" section and its one-line summary: both hidden until a past day's drawing overlaps
/// today's.
class LastTimePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastTimePanel)

public:
    /// The summary row is made as a child of `parent` too; the page puts it where it is seen (summary()).
    LastTimePanel(const PainDrawing& drawing, QWidget* parent);
    ~LastTimePanel() override;

    /// The journal whose notes are read: the session's open journal, else the file read-only (never created,
    /// migrated or repaired from here), off the UI thread. Re-read after every write the session makes.
    void setJournal(JournalSession* session);
    /// Reads the notes again and shows what fits the drawing (the drawing's changes call it too).
    void refresh();
    QLabel* textLabel() const { return text_; }
    /// "Last time it hurt here: 3 earlier days, 4 treatments tried. [Show]" - shown with the panel while the panel
    /// is not all in sight in the scroll area given to followScroll() (always, without one).
    QWidget* summary() const { return summary_; }
    /// The scroll area the panel lies in: the summary shows only while the panel is (partly) out of its view.
    void followScroll(QScrollArea* scroll);
    QLabel* summaryLabel() const { return summaryText_; }
    /// The summary's "Show" button: reveal().
    QPushButton* showButton() const { return show_; }
    /// Scrolls the panel's enclosing scroll area to bring the panel's top into sight and gives it the focus.
    void reveal();
    /// True while the journal's notes are being read (off the UI thread); notesRead() follows.
    bool reading() const { return loading_; }

signals:
    /// The notes were read (or could not be) and the panel shows what they say.
    void notesRead();

private:
    void loadNotes();
    void setShown(bool shown);
    /// Shows the summary while the panel is shown and not all in the followed scroll area's view.
    /// Shows or hides the summary, framing it the first time it shows.
    void setSummaryVisible(bool visible);
    void updateSummary();
    const PainDrawing& drawing_;
    JournalSession* session_ = nullptr;
    std::optional<std::vector<journal::Note>> notes_; ///< empty until first needed; reset by a journal write
    QString readError_; ///< why the journal could not be read (a damaged file), said in the panel; else empty
    bool loading_ = false; ///< a read runs on a reading thread of the session
    std::shared_ptr<std::atomic<bool>> stop_; ///< set when the panel goes: the read running stops early
    quint64 generation_ = 0; ///< counts the journal's changes: a read's result is used only if none came since
    QLabel* text_ = nullptr;
    QWidget* summary_ = nullptr;
    QLabel* summaryText_ = nullptr;
    QPushButton* show_ = nullptr;
    QScrollArea* scroll_ = nullptr;
};

} // namespace tmap::app
