// results_model: the ranked likely sources of the current pain drawing, as a list model.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "match/matcher.h"
#include "match/reasons.h"

namespace tmap::app {

/// Holds the matcher's results; one row per muscle, its best trigger point and the reasons in plain words.
class ResultsModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    ResultsModel(const body::BodyMap& map, QObject* parent = nullptr)
        : QAbstractListModel(parent)
        , map_(map)
    {
    }

    void setResults(std::vector<match::Result> results);
    const match::Result* result(int row) const;
    /// True when the row is another trigger point of a muscle listed above it (the matcher lists each muscle's
    /// best point first, then the others while there is room).
    bool isMoreOfMuscle(int row) const;
    /// True when some row is isMoreOfMuscle().
    bool hasMoreOfMuscles() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    /// The relative likelihood in words ("likely", "possible", "less likely").
    static QString likelihoodText(match::Likelihood likelihood);
    /// A result's reasons (match::reasons) in words: "main zone: temple (right); spillover: lower jaw (right);
    /// known for ...".
    static QString reasonText(const body::BodyMap& map, const match::Reasons& reasons);

private:
    /// A place of match::reasons in the user's words, with its side: "low back beside the spine (both sides)".
    static QString placeText(const body::BodyMap& map, const match::ReasonPlace& place);

    const body::BodyMap& map_;
    std::vector<match::Result> results_;
};

} // namespace tmap::app
