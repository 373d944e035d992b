// where/results_model: each ranked source as a row - muscle, trigger point, side, likelihood, the reasons in words.
#include "app/where/results_model.h"

#include "app/widgets/body_names.h"
#include "app/widgets/data_text.h"
#include "app/widgets/roles.h"
#include "app/widgets/text.h"

namespace tmap::app {

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

QString ResultsModel::placeText(const body::BodyMap& map, const match::ReasonPlace& place)
{
    const QString name = BodyNames::place(map, place.base, place.fullName);
    return place.bothSides ? BodyNames::onBothSides(name) : BodyNames::sided(name, place.side);
}

QString ResultsModel::reasonText(const body::BodyMap& map, const match::Reasons& reasons)
{
    // Grouped by how each spot is explained, each place once, by the core (match::reasons); worded here.
    auto label = [](match::ReasonKind kind) {
        switch (kind) {
        case match::ReasonKind::Main:
            return tr("main zone");
        case match::ReasonKind::MainSometimes:
            return tr("main zone (sometimes)");
        case match::ReasonKind::Spillover:
            return tr("spillover");
        case match::ReasonKind::SpilloverSometimes:
            return tr("spillover (sometimes)");
        case match::ReasonKind::Local:
            return tr("trigger point lies in");
        case match::ReasonKind::Guide:
            return tr("the references list it for pain at");
        }
        return QString();
    };
    QStringList parts;
    for (const auto& g : reasons.groups) {
        QStringList places;
        for (const auto& p : g.places)
            places << placeText(map, p);
        parts << tr("%1: %2").arg(label(g.kind), places.join(tr(", ")));
    }
    switch (reasons.combined) {
    case match::Combined::No:
        break;
    case match::Combined::SamePointBothSides:
        parts << tr("the same trigger point on both sides");
        break;
    case match::Combined::WithOtherPoints:
        parts << tr("together with its other trigger points");
        break;
    }
    if (!reasons.symptoms.empty()) {
        QStringList symptoms;
        for (const auto& s : reasons.symptoms)
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
    return r && r->muscleRank != r->rank; // the core says which row is its muscle's
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
    const auto reasons = match::reasons(*r, map_); // the reasons and what is not explained, once
    const QString reason = reasonText(map_, reasons);
    const QString likelihood = likelihoodText(r->likelihood);
    switch (role) {
    case Qt::DisplayRole:
        // The matcher lists each muscle's best trigger point first, then, while there is room, the muscles' other
        // trigger points: those say so, so that a better zone further down has its reason in sight. They name the
        // muscle's row instead of a likelihood word: "likely" under a "less likely" row read as a contradiction.
        if (isMoreOfMuscle(index.row()))
            return tr("%1. Another point of %2 (%3), the muscle of row %4\n%5\n%6")
                .arg(r->rank)
                .arg(muscle, side)
                .arg(r->muscleRank)
                .arg(point, reason);
        return tr("%1. %2 (%3) - %4\n%5\n%6").arg(r->rank).arg(muscle, side, likelihood, point, reason);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        // What the row leaves unexplained helps to choose between rows (the CLI prints it too).
        QString unexplained;
        if (!reasons.unexplained.empty()) {
            QStringList places;
            for (const auto& p : reasons.unexplained)
                places << placeText(map_, p);
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
