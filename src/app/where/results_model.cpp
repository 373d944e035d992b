#include "app/where/results_model.h"

#include "app/widgets/roles.h"

namespace tmap::app {

void ResultsModel::setResults(std::vector<match::Result> results)
{
    beginResetModel();
    results_ = std::move(results);
    endResetModel();
}

const match::Result* ResultsModel::result(int row) const
{
    return row >= 0 && row < static_cast<int>(results_.size()) ? &results_[static_cast<std::size_t>(row)] : nullptr;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(results_.size());
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    const match::Result* r = result(index.row());
    if (!r)
        return {};
    const QString muscle = QString::fromStdString(r->muscle->name);
    const QString point = QString::fromStdString(r->point->name);
    const auto parsed = body::parseSide(r->side); // "either" when the drawing does not decide it
    const QString side = !parsed ? tr("either side") : *parsed == body::Side::Left ? tr("left") : tr("right");
    const QString reason = QString::fromStdString(r->reason(map_));
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2 (%3)\n%4\n%5").arg(r->rank).arg(muscle, side, point, reason);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Rank %1: %2, %3, %4 side. %5. Match %6%.")
            .arg(r->rank)
            .arg(muscle, point, side, reason)
            .arg(qRound(r->score * 100));
    case MuscleIdRole:
        return QString::fromStdString(r->muscle->id);
    case TriggerPointIdRole:
        return QString::fromStdString(r->point->id);
    case SideRole:
        return QString::fromStdString(r->side);
    case ScoreRole:
        return r->score;
    case ReasonRole:
        return reason;
    default:
        return {};
    }
}

} // namespace tmap::app
