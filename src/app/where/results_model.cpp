#include "app/where/results_model.h"

#include <QHash>

#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/roles.h"
#include "app/widgets/text.h"

namespace tmap::app {

namespace {

/// Each spot's name: short ("temple (right)") unless another spot has the same short name ("back of the thigh"
/// for its upper and lower parts): those are named in full, so that each place reads differently.
QHash<QString, QString> spotNames(const body::BodyMap& map, const std::vector<match::Explained>& explains)
{
    QHash<QString, QStringList> byShort;
    for (const auto& e : explains) {
        const QString shortName = BodyNames::shortRegion(map, e.spot);
        QStringList& spots = byShort[shortName];
        if (!spots.contains(qs(e.spot)))
            spots << qs(e.spot);
    }
    QHash<QString, QString> names;
    for (auto it = byShort.cbegin(); it != byShort.cend(); ++it)
        for (const QString& spot : it.value())
            names[spot] = it.value().size() == 1
                ? it.key()
                // "back of the thigh - upper half (right)": no comma inside a name, the names are listed with them.
                : BodyNames::region(map, spot.toStdString())
                      .replace(QLatin1String(", "), QString::fromUtf8(" \u2013 "));
    return names;
}

/// The names of `spots` (instances) in order, a place drawn on the left and the right said once: "low back beside
/// the spine (both sides)".
QStringList bothSidesOnce(const QStringList& spots, const QHash<QString, QString>& names)
{
    QStringList out;
    QStringList done;
    const QString left = BodyNames::tr(" (left)");
    for (const QString& spot : spots) {
        if (done.contains(spot))
            continue;
        const auto parsed = body::parseInstance(spot.toStdString());
        if (parsed && parsed->side != body::Side::None) {
            const QString base = QString::fromStdString(parsed->base);
            const QString l = base + ":left", r = base + ":right";
            const QString leftName = names.value(l);
            if (spots.contains(l) && spots.contains(r) && leftName.endsWith(left)) {
                out << leftName.chopped(left.size()) + BodyNames::tr(" (both sides)");
                done << l << r;
                continue;
            }
        }
        out << names.value(spot);
        done << spot;
    }
    return out;
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
    const QHash<QString, QString> names = spotNames(map_, r.explains);
    for (const auto& e : r.explains) {
        const QString where = qs(e.spot); // named below, where a place on both sides is said once
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
        parts << tr("%1: %2").arg(label, bothSidesOnce(items, names).join(tr(", ")));
    if (r.evidence.combined)
        parts << tr("with the muscle's other trigger points");
    if (!r.symptoms.empty()) {
        QStringList symptoms;
        for (const auto& s : r.symptoms)
            symptoms << DataText::symptomName(s);
        parts << tr("known for %1").arg(symptoms.join(tr(", ")));
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

bool ResultsModel::isMoreOfMuscle(int row) const
{
    const match::Result* r = result(row);
    for (int before = 0; r && before < row; ++before)
        if (results_[static_cast<std::size_t>(before)].muscle == r->muscle)
            return true;
    return false;
}

bool ResultsModel::hasMoreOfMuscles() const
{
    for (int row = 0; row < rowCount(); ++row)
        if (isMoreOfMuscle(row))
            return true;
    return false;
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
    const QString muscle = DataText::muscleName(*r->muscle);
    const QString point = DataText::pointName(*r->point);
    const QString side = match::onBothSides(*r) ? tr("both sides")
        : r->side == body::Side::None             ? tr("either side")
        : r->side == body::Side::Left             ? tr("left")
                                                  : tr("right");
    const QString reason = reasonText(*r);
    const QString likelihood = likelihoodText(r->likelihood);
    switch (role) {
    case Qt::DisplayRole:
        // The matcher lists each muscle's best trigger point first, then, while there is room, the muscles' other
        // trigger points: those say so, so that a better zone further down has its reason in sight.
        if (isMoreOfMuscle(index.row()))
            return tr("%1. More of %2 (%3) - %4\n%5\n%6").arg(r->rank).arg(muscle, side, likelihood, point, reason);
        return tr("%1. %2 (%3) - %4\n%5\n%6").arg(r->rank).arg(muscle, side, likelihood, point, reason);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Rank %1: %2, %3, side: %4, %5. %6.").arg(r->rank).arg(muscle, point, side, likelihood, reason);
    case MuscleIdRole:
        return QString::fromStdString(r->muscle->id);
    case TriggerPointIdRole:
        return QString::fromStdString(r->point->id);
    case SideRole:
        return QString::fromLatin1(match::resultSideName(r->side));
    case ScoreRole:
        return r->relative;
    case ReasonRole:
        return reason;
    default:
        return {};
    }
}

} // namespace tmap::app
