// journal/journal_model: the notes (or the trash) as table rows fetched in pages, and how each column reads a note.
#include "app/journal/journal_model.h"
#include "app/widgets/data_text.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>
#include <algorithm>
#include <iterator>

#include "app/journal/journal_session.h"
#include "app/journal/tag_text.h"
#include "app/widgets/body_names.h"
#include "app/widgets/error_text.h"
#include "app/widgets/text.h"
#include "catalogue/catalogue.h"
#include "journal/insights.h"

namespace tmap::app {

namespace {

// A time format without seconds (nobody notes pain to the second), and with the year whole: German's "04.12.26" reads
// as a day of 2026 only by guessing, and the report's first page writes "04.12.2026".
QString minutesFormat(const QLocale& locale, QLocale::FormatType format)
{
    return wholeYearDateFormat(locale, format) + ' '
        + locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
}

/// A muscle's name by id (without the German names' Latin when `shortName`), or the id when the catalogue lacks it.
QString muscleName(const catalogue::Catalogue& cat, const std::string& id, bool shortName = false)
{
    const auto* m = cat.muscle(id);
    return !m ? qs(id) : shortName ? DataText::shortMuscleName(*m) : DataText::muscleName(*m);
}

} // namespace

JournalModel::JournalModel(JournalSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , session_(session)
{
    query_.limit = kPageSize;
}

void JournalModel::setFilter(const QString& search, const journal::Range& range)
{
    query_.search = search.simplified().toStdString();
    query_.range = range;
    reload();
}

void JournalModel::setTrash(bool trash)
{
    query_.trash = trash;
    reload();
}

void JournalModel::reload()
{
    beginResetModel();
    loaded_ = true;
    notes_.clear();
    total_ = 0;
    if (auto* j = session_.journal()) {
        try {
            query_.offset = 0;
            total_ = j->count(query_);
            notes_ = j->list(query_);
        } catch (const std::exception& e) {
            total_ = static_cast<qint64>(notes_.size());
            emit session_.error(ErrorText::describe(e));
        }
    }
    // Nobody may insert rows while the reset is still being announced.
    const QScopedValueRollback guard(fetching_, true);
    endResetModel();
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && loaded_ && static_cast<qint64>(notes_.size()) < total_;
}

void JournalModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers ask from inside the model's own signals (a reset, an insertion): not then.
    if (!canFetchMore(parent) || fetching_)
        return;
    const QScopedValueRollback guard(fetching_, true);
    auto* j = session_.journal();
    if (!j)
        return;
    std::vector<journal::Note> page;
    try {
        auto q = query_;
        q.offset = static_cast<std::int64_t>(notes_.size());
        q.limit = kPageSize;
        page = j->list(q);
    } catch (const std::exception& e) {
        emit session_.error(ErrorText::describe(e));
    }
    if (page.empty()) { // the journal shrank under us (another program): stop asking
        total_ = static_cast<qint64>(notes_.size());
        return;
    }
    const int first = static_cast<int>(notes_.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(notes_));
    endInsertRows();
}

const journal::Note* JournalModel::note(int row) const
{
    return row >= 0 && row < static_cast<int>(notes_.size()) ? &notes_[static_cast<std::size_t>(row)] : nullptr;
}

int JournalModel::rowOf(const QString& id) const
{
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < notes_.size(); ++i)
        if (notes_[i].id == key)
            return static_cast<int>(i);
    return -1;
}

QString JournalModel::shortRegionName(const body::BodyMap& body, const std::string& instance)
{
    return BodyNames::shortRegion(body, instance);
}

QString JournalModel::placesIn(const QStringList& places, const QFontMetrics& metrics, int room)
{
    const QString all = places.join(", ");
    if (places.size() < 2 || metrics.horizontalAdvance(all) <= room)
        return all;
    const auto more = [&places](qsizetype shown) {
        return ' '
            + tr("+%1", "how many more places a journal row has than it shows")
                  .arg(QLocale().toString(places.size() - shown));
    };
    for (qsizetype shown = places.size() - 1; shown >= 1; --shown)
        if (const QString text = places.first(shown).join(", ") + more(shown); metrics.horizontalAdvance(text) <= room)
            return text;
    const QString count = more(1);
    return metrics.elidedText(places.front(), Qt::ElideRight, room - metrics.horizontalAdvance(count)) + count;
}

QString JournalModel::qualityName(journal::Quality q)
{
    switch (q) {
    case journal::Quality::None:
        return tr("(not said)");
    case journal::Quality::Aching:
        return tr("aching");
    case journal::Quality::Sharp:
        return tr("sharp");
    case journal::Quality::Burning:
        return tr("burning");
    case journal::Quality::Throbbing:
        return tr("throbbing");
    case journal::Quality::Tingling:
        return tr("tingling");
    case journal::Quality::Numb:
        return tr("numb");
    case journal::Quality::Stiff:
        return tr("stiff");
    }
    return {};
}

QString JournalModel::whenText(const std::string& when, QLocale::FormatType format)
{
    const auto t = journal::parseTimestamp(when);
    if (!t)
        return qs(when);
    // The wall-clock time the person wrote it down with, whatever the time zone is now.
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t->utc, Qt::OffsetFromUTC, t->offsetMinutes * 60);
    const QLocale locale;
    return locale.toString(QDateTime(at.date(), at.time()), minutesFormat(locale, format));
}

QString JournalModel::dateTimeFormat()
{
    return minutesFormat(QLocale(), QLocale::ShortFormat); // the short format, with the year whole
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(notes_.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) // the heading whole (a narrow column's ends in "..."), or what the column holds
        return section == Tags ? tr("Your tags, and the symptoms you ticked")
            : section == Intensity
            ? tr("The overall pain you gave the note; \"max\" when you gave none: the strongest spot's")
            : headerData(section, orientation);
    switch (section) {
    case When:
        return tr("When");
    case Intensity:
        return tr("Pain");
    case Where:
        return tr("Where");
    case Tags:
        return tr("Tags and symptoms");
    case Text:
        return tr("Note");
    case Tried:
        return tr("Tried");
    default:
        return {};
    }
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& n = notes_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case Qt::ToolTipRole:
        return toolTip(n, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Intensity)
            return QVariant(Qt::AlignCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case NoteIdRole:
        return qs(n.id);
    case PlacesRole:
        return index.column() == Where ? QVariant(places(n)) : QVariant();
    default:
        return {};
    }
}

QString JournalModel::display(const journal::Note& n, int column) const
{
    const auto& cat = session_.catalogue();
    switch (column) {
    case When:
        return whenText(n.when, QLocale::ShortFormat);
    case Intensity: {
        // The note's pain as the trend, the report and the insights read it (its overall pain, else its worst spot).
        const auto pain = journal::painOf(n);
        if (!pain)
            return {};
        return n.intensity ? QString::number(*pain) : tr("max %1").arg(*pain);
    }
    case Where:
        return BodyNames::alone(places(n).join(", "));
    case Tags:
        // The app's own tags (a session's, a ticked symptom's) in words; the user's as typed.
        return TagText::list(n.tags, cat);
    case Text:
        return qs(n.text).section('\n', 0, 0).trimmed();
    case Tried: {
        // Short names: the column is narrow, and the figures after the name are what it is read for (German names'
        // Latin pushed "6->3" out of sight); the tooltip names the muscle in full.
        QStringList tried;
        for (const auto& t : n.treatments) {
            QString line = muscleName(cat, t.muscle, true);
            if (t.before && t.after)
                line += QStringLiteral(" %1\u2192%2").arg(*t.before).arg(*t.after);
            tried << line;
        }
        return tried.join(", ");
    }
    default:
        return {};
    }
}

QStringList JournalModel::places(const journal::Note& n) const
{
    // The worst place first: the column is often too narrow for all of them (the tooltip lists them as noted).
    std::vector<const journal::Spot*> spots;
    for (const auto& s : n.spots)
        spots.push_back(&s);
    std::stable_sort(
        spots.begin(), spots.end(), [](const auto* a, const auto* b) { return a->intensity > b->intensity; });
    QStringList names;
    for (const auto* s : spots)
        names << shortRegionName(session_.catalogue().body(), s->region);
    if (!names.isEmpty())
        names.front() = BodyNames::alone(names.front());
    return names;
}

QString JournalModel::toolTip(const journal::Note& n, int column) const
{
    const auto& cat = session_.catalogue();
    switch (column) {
    case When:
        return whenText(n.when, QLocale::LongFormat);
    case Intensity:
        return n.intensity ? tr("Overall intensity %1 of 10").arg(*n.intensity)
                           : tr("No overall intensity given; the highest spot intensity is shown");
    case Where: {
        QStringList lines;
        for (const auto& s : n.spots) {
            QString line = tr("%1: %2").arg(BodyNames::alone(BodyNames::region(cat.body(), s.region))).arg(s.intensity);
            if (s.quality != journal::Quality::None)
                line += ", " + qualityName(s.quality);
            lines << line;
        }
        return lines.join('\n');
    }
    case Text:
        return qs(n.text).left(2000);
    case Tried: {
        QStringList lines;
        for (const auto& t : n.treatments) {
            QString line = muscleName(cat, t.muscle);
            if (!t.triggerPoint.empty())
                if (const auto* p = cat.triggerPoint(t.triggerPoint))
                    line += " (" + DataText::pointName(*p) + ")";
            if (!t.technique.empty())
                line += ": " + DataText::text(t.technique); // a catalogue technique in the interface's language
            if (t.minutes > 0)
                line += tr(", %n min", nullptr, t.minutes);
            if (t.before || t.after)
                line += tr(", pain %1 \u2192 %2")
                            .arg(t.before ? QString::number(*t.before) : QStringLiteral("?"),
                                t.after ? QString::number(*t.after) : QStringLiteral("?"));
            lines << line;
        }
        return lines.join('\n');
    }
    default:
        return display(n, column);
    }
}

} // namespace tmap::app
