#include "app/where/results_model.h"

#include "app/widgets/roles.h"

namespace tmap::app {

namespace {

QString regionText(const body::BodyMap& map, const std::string& instanceText)
{
    const auto instance = body::parseInstance(instanceText);
    const auto* region = instance ? map.region(instance->base) : nullptr;
    QString where = region ? QString::fromStdString(region->description.substr(0, region->description.find(',')))
                           : QString::fromStdString(instanceText);
    if (instance && instance->side == body::Side::Left)
        where = ResultsModel::tr("%1 (left)").arg(where);
    else if (instance && instance->side == body::Side::Right)
        where = ResultsModel::tr("%1 (right)").arg(where);
    return where;
}

} // namespace

QString ResultsModel::likelihoodText(match::Likelihood likelihood)
{
    switch (likelihood) {
    case match::Likelihood::Likely:
        return tr("likely");
    case match::Likelihood::Possible:
        return tr("possible");
    case match::Likelihood::LessLikely:
        return tr("less likely");
    }
    return {};
}

QString ResultsModel::reasonText(const match::Result& r) const
{
    // Grouped by how each spot is explained; each place once.
    QList<QPair<QString, QStringList>> groups;
    auto add = [&groups](const QString& label, const QString& where) {
        for (auto& [l, items] : groups)
            if (l == label) {
                if (!items.contains(where))
                    items << where;
                return;
            }
        groups.append({label, {where}});
    };
    for (const auto& e : r.explains) {
        const QString where = regionText(map_, e.spot);
        switch (e.how) {
        case match::How::Local:
            add(tr("trigger point lies in"), where);
            continue;
        case match::How::Guide:
            add(tr("named by the pain guide for"), where);
            continue;
        case match::How::Main:
            add(e.occasional ? tr("main zone (sometimes)") : tr("main zone"), where);
            break;
        case match::How::Spillover:
            add(e.occasional ? tr("spillover (sometimes)") : tr("spillover"), where);
            break;
        }
        if (e.alsoLocal)
            add(tr("trigger point lies in"), where);
    }
    QStringList parts;
    for (const auto& [label, items] : groups)
        parts << tr("%1: %2").arg(label, items.join(tr(", ")));
    if (r.evidence.combined)
        parts << tr("with the muscle's other trigger points");
    if (!r.symptoms.empty()) {
        QStringList names;
        for (const auto& s : r.symptoms)
            names << QString::fromStdString(s);
        parts << tr("known for %1").arg(names.join(tr(", ")));
    }
    return parts.join(tr("; "));
}

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
    const QString reason = reasonText(*r);
    const QString likelihood = likelihoodText(r->likelihood);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2 (%3) - %4\n%5\n%6").arg(r->rank).arg(muscle, side, likelihood, point, reason);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Rank %1: %2, %3, %4 side, %5. %6.").arg(r->rank).arg(muscle, point, side, likelihood, reason);
    case MuscleIdRole:
        return QString::fromStdString(r->muscle->id);
    case TriggerPointIdRole:
        return QString::fromStdString(r->point->id);
    case SideRole:
        return QString::fromStdString(r->side);
    case ScoreRole:
        return r->relative;
    case ReasonRole:
        return reason;
    default:
        return {};
    }
}

} // namespace tmap::app
