// journal_model: the pain journal as a table for item views, fetched page by page so that a journal of 100 000
// notes opens as fast as one of ten.
#pragma once

#include <QAbstractTableModel>
#include <QFontMetrics>
#include <QLocale>
#include <QString>
#include <vector>

#include "app/widgets/roles.h"
#include "journal/journal.h"

namespace tmap::app {

class JournalSession;

/// Live notes, newest first, matching a filter (words, day range); rows arrive in pages through fetchMore().
class JournalModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column { When, Intensity, Where, Tags, Text, Tried, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit JournalModel(JournalSession& session, QObject* parent = nullptr);

    /// Words to search for (all must match) and a day range; reloads.
    void setFilter(const QString& search, const journal::Range& range);
    const journal::ListQuery& query() const { return query_; }
    /// Lists the trash instead of the live notes (same filter).
    void setTrash(bool trash);
    bool trash() const { return query_.trash; }
    /// Reads the journal again if the session has it open (JournalSession::ensureOpen() is the caller's step
    /// before); never opens it, asks nothing, shows no dialog. Before the first call the model is empty.
    void reload();
    bool isLoaded() const { return loaded_; }
    /// How many notes match the filter; rowCount() is how many have been fetched so far.
    qint64 matching() const { return total_; }
    const journal::Note* note(int row) const;
    /// The row of a fetched note, or -1.
    int rowOf(const QString& id) const;

    /// "temple (right)": the first part of the region's description, with the side (BodyNames::shortRegion).
    static QString shortRegionName(const body::BodyMap& body, const std::string& instance);

    /// A spot's quality in the interface's language ("aching"; "(not said)" for none): the editor, the table and
    /// the report say it alike.
    static QString qualityName(journal::Quality quality);
    /// A row's places in `room` pixels: as many whole as fit, then how many more ("Temple (right), Side of the neck
    /// (right) +2"); when not even the first fits, the first cut at its end and the count.
    static QString placesIn(const QStringList& places, const QFontMetrics& metrics, int room);

    /// A note's time as written (its own wall clock), in the user's locale, to the minute.
    static QString whenText(const std::string& when, QLocale::FormatType format = QLocale::ShortFormat);
    /// The locale's date and time format, to the minute (for editors).
    static QString dateTimeFormat();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QString display(const journal::Note& note, int column) const;
    QString toolTip(const journal::Note& note, int column) const;
    /// The note's places, each "temple (right)", the worst first.
    QStringList places(const journal::Note& note) const;

    JournalSession& session_;
    journal::ListQuery query_;
    std::vector<journal::Note> notes_;
    qint64 total_ = 0;
    bool loaded_ = false;
    bool fetching_ = false;
};

} // namespace tmap::app
