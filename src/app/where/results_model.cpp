// where/results_model: each ranked source as a row - muscle, trigger point, side, likelihood, the reasons in words.
#include "app/where/results_model.h"

#include <QHash>

#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/roles.h"
#include "app/widgets/text.h"

namespace tmap::app {

namespace {

/// The place of each region drawn (by region id), without its side: short ("temple") unless another region drawn
/// has the same short name ("back of the thigh" for its upper and lower parts): those are named in full, so that
/// each place reads differently. Every spot of the drawing counts, explained or not, so that a place drawn in two
/// parts is named in full in every row.
QHash<QString, QString> regionPlaces(const body::BodyMap& map, const match::Result& result)
{
    QStringList bases;
    auto collect = [&bases](const std::string& spot) {
        if (const auto parsed = body::parseInstance(spot); parsed && !bases.contains(qs(parsed->base)))
            bases << qs(parsed->base);
    };
    for (const auto& e : result.explains)
        collect(e.spot);
    for (const auto& spot : result.unexplained)
        collect(spot);
    std::vector<std::string> ids;
    for (const QString& base : bases)
        ids.push_back(base.toStdString());
    const auto full = body::namedInFull(map, ids); // chosen by the core, as tpmap names them
    QHash<QString, QString> places;
    for (const QString& base : bases)
        places[base] = BodyNames::place(map, base.toStdString(), full.count(base.toStdString()) != 0);
    return places;
}

/// The names of `spots` (instances) in order, with their sides; a place drawn on the left and the right is said
/// once (body::placesOnce): "low back beside the spine (both sides)".
QStringList bothSidesOnce(const QStringList& spots, const QHash<QString, QString>& places)
{
    std::vector<std::string> instances;
    for (const QString& spot : spots)
        instances.push_back(spot.toStdString());
    QStringList out;
    for (const auto& p : body::placesOnce(instances)) {
        const QString place = places.value(qs(p.base), qs(p.base));
        out << (p.bothSides ? BodyNames::onBothSides(place) : BodyNames::sided(place, p.side));
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
    const QHash<QString, QString> places = regionPlaces(map_, r);
    for (const auto& e : r.explains) {
        const QString where = qs(e.spot); // named below, where a place on both sides is said once
        switch (e.how) {
        case match::How::Local:
            add(tr("trigger point lies in"), where);
            continue;
        case match::How::Guide:
            add(tr("the references list it for pain at"), where);
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
        parts << tr("%1: %2").arg(label, bothSidesOnce(items, places).join(tr(", ")));
    if (r.evidence.combined) {
        // The row stands for one point on both sides, or for several points of the muscle (match::pointsOf).
        bool onePoint = true;
        for (const auto& p : match::pointsOf(r))
            onePoint = onePoint && p.point == r.point;
        parts << (onePoint ? tr("the same trigger point on both sides")
                           : tr("together with its other trigger points"));
    }
    if (!r.symptoms.empty()) {
        QStringList symptoms;
        for (const auto& s : r.symptoms)
            symptoms << DataText::symptomInSentence(s); // "known for ringing in the ear"
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
    // A point the entry leaves to a clinician says so where it is named: it is listed, never treated here.
    const QString point = r->point->clinicianOnly
        ? tr("%1 (for a clinician only)").arg(DataText::pointName(*r->point))
        : DataText::pointName(*r->point);
    const QString side = match::onBothSides(*r) ? tr("both sides")
        : r->side == body::Side::None             ? tr("either side")
        : r->side == body::Side::Left             ? tr("left")
                                                  : tr("right");
    const QString reason = reasonText(*r);
    const QString likelihood = likelihoodText(r->likelihood);
    switch (role) {
    case Qt::DisplayRole:
        // The matcher lists each muscle's best trigger point first, then, while there is room, the muscles' other
        // trigger points: those say so, so that a better zone further down has its reason in sight. They name the
        // muscle's row instead of a likelihood word: "likely" under a "less likely" row read as a contradiction.
        if (isMoreOfMuscle(index.row())) {
            int first = r->rank;
            for (int row = 0; row < index.row(); ++row)
                if (const match::Result* above = result(row); above && above->muscle == r->muscle) {
                    first = above->rank;
                    break;
                }
            return tr("%1. Another point of %2 (%3), the muscle of row %4\n%5\n%6")
                .arg(r->rank)
                .arg(muscle, side)
                .arg(first)
                .arg(point, reason);
        }
        return tr("%1. %2 (%3) - %4\n%5\n%6").arg(r->rank).arg(muscle, side, likelihood, point, reason);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        // What the row leaves unexplained helps to choose between rows (the CLI prints it too).
        QString unexplained;
        if (!r->unexplained.empty()) {
            QStringList spots;
            for (const auto& spot : r->unexplained)
                spots << qs(spot);
            const QStringList places = bothSidesOnce(spots, regionPlaces(map_, *r));
            unexplained = " " + tr("Does not explain: %1.").arg(places.join(tr(", ")));
        }
        return tr("Rank %1: %2, %3, side: %4, %5. %6.").arg(r->rank).arg(muscle, point, side, likelihood, reason)
            + unexplained
            + (isMoreOfMuscle(index.row())
                    ? " " + tr("Another trigger point of a muscle listed above: each muscle's best comes first.")
                    : QString());
    }
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
