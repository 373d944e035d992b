// note_editor: the dialog that writes or edits one pain journal note - when, how much, where, what was going on,
// what was tried - checked by the core's rules before it is saved.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QString>

#include "journal/note.h"

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tmap::app {

class BusyBar;
class JournalSession;
class NoteMap;
class PainDrawing;

/// Edits one note; OK checks it with journal::validateNote, shows any problem in plain words and saves it with
/// one Journal::save. After exec() returns Accepted, saved() is the note as stored. The save runs off the UI thread
/// (JournalSession::write); while it waits for another program the editor says so, with Cancel, and a cancelled or
/// failed save leaves the note in the editor, to be saved again.
class NoteEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    /// `note`: an empty Note for a new one (its time is then now), or a stored note to edit.
    NoteEditor(JournalSession& session, const journal::Note& note, QWidget* parent = nullptr);
    ~NoteEditor() override;

    /// A new note from the current pain drawing: now, its spots and intensities, its symptoms as tags.
    static journal::Note noteFromDrawing(const PainDrawing& drawing);

    /// The note as the fields hold it now (id and times of an edited note kept).
    journal::Note note() const;
    /// The note as stored, after a successful save.
    const journal::Note& saved() const { return saved_; }
    /// What OK found wrong last time, in plain words ("" when nothing).
    QString problems() const;

    /// Adds a spot and chooses its row; a region already listed is only chosen (it is never listed twice).
    void addSpot(const QString& instance, int intensity = 5, journal::Quality quality = journal::Quality::None);
    void addTreatment(const journal::Treatment& treatment);

    // The fields, for tests and keyboard wiring.
    QDateTimeEdit* whenEdit() const { return when_; }
    QSpinBox* intensityEdit() const { return intensity_; }
    QTableWidget* spotsTable() const { return spots_; }
    /// The small body map: a click adds the region as a spot, or chooses it when listed.
    NoteMap* spotMap() const { return map_; }
    QPlainTextEdit* textEdit() const { return text_; }
    QLabel* answersLabel() const { return answersText_; } ///< the kept answers in words
    /// The tags the app wrote (a session's, the drawing's ticked symptoms) in words, apart from the field.
    QLabel* appTagsLabel() const { return appTagsText_; }
    /// "Forget the symptoms": drops the ticked symptoms' tags (a session's stay); shown when there are some.
    QPushButton* forgetSymptomsButton() const { return forgetSymptoms_; }
    QLineEdit* tagsEdit() const { return tags_; }
    QListWidget* factorsList() const { return factors_; }
    QTableWidget* treatmentsTable() const { return treatments_; }

    /// True when the fields differ from what the editor opened with (something typed, added or removed).
    bool isModified() const;
    /// True while Save waits for the journal.
    bool isSaving() const { return saving_; }
    /// What the editor shows while the save waits for another program (with Cancel).
    BusyBar* busyBar() const { return busy_; }

public slots:
    void accept() override;
    /// Esc, Cancel and closing the window: asks before throwing away what was typed. While a save waits for another
    /// program, stops the wait instead (the note stays).
    void reject() override;

private:
    void setNote(const journal::Note& note);
    /// Forgets the kept answers the note's spots (and ticked symptoms) now say themselves: a spot added at a place
    /// answered "no".
    void dropAnswersTheSpotsGive();
    /// Words the kept answers (answers_), or hides their row when there are none.
    void showAnswers();
    /// Words the tags the app wrote (appTags_), or hides their row when there are none.
    void showAppTags();
    void removeRowOf(QTableWidget* table, QWidget* button);
    QWidget* removeButton(QTableWidget* table);
    void fillPoints(int row);
    int spotRow(const QString& instance) const;
    /// Makes the row current and outlines its spot on the map.
    void chooseSpot(int row);

    JournalSession& session_;
    journal::Note original_;
    journal::Note saved_;
    journal::Note opened_; // the note as the fields first showed it, to tell whether anything was changed
    QDateTime shownWhen_; // what the time field first showed: unchanged, the note keeps its offset
    QDateTimeEdit* when_;
    QSpinBox* intensity_;
    QTableWidget* spots_;
    NoteMap* map_;
    QComboBox* addRegion_;
    QPlainTextEdit* text_;
    QLineEdit* tags_;
    std::vector<journal::Answer> answers_; ///< the drawing's "Narrow it down" answers, as kept
    std::vector<std::string> appTags_; ///< the tags the app wrote (TagText::isAppTag), kept apart from the field's
    std::vector<std::string> shownTags_; ///< the note's tags in its order, as opened (note() keeps their places)
    /// The user's own tags and the text as opened, and the fields' text they were shown as: a field left as it was
    /// keeps them exactly (a tag "work, after running" made with tpmap was split in two, a text's end trimmed, by
    /// a save that only changed the pain).
    std::vector<std::string> openedUserTags_;
    /// The technique's name as the catalogue has it (English) when `typed` names one in any language; else as typed.
    std::string catalogueTechnique(const std::string& muscleId, const QString& typed) const;
    /// A stored technique as the field shows it: a catalogue technique in the interface's language, anything else as
    /// it was written.
    QString shownTechnique(const std::string& technique) const;
    bool isCatalogueTechnique(const std::string& name) const;
    QString openedTagsField_;
    std::string openedText_;
    QWidget* appTagsRow_;
    QLabel* appTagsText_;
    QLabel* appTagsLabel_;
    QPushButton* forgetSymptoms_;
    QMenu* forgetSymptomsMenu_; ///< with several symptoms: forget one of them, or all
    QLabel* answersText_;
    QWidget* answersRow_;
    QLabel* answersLabel_ = nullptr;
    QListWidget* factors_;
    QTableWidget* treatments_;
    QLabel* problems_;
    BusyBar* busy_;
    QDialogButtonBox* buttons_;
    bool saving_ = false;
};

} // namespace tmap::app
