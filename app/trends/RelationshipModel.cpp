#include "app/trends/RelationshipModel.h"

#include "app/VaultAccess.h"
#include "app/trends/TrendWords.h"

#include "core/common/Day.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"

namespace tideline::app {

using namespace insights;

namespace {
constexpr int kMostRelationships = 8;
}

RelationshipModel::RelationshipModel(VaultAccess* vault, QObject* parent) : MeasureRangeModel(parent)
{
    attachVault(vault);
}

int RelationshipModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RelationshipModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RelationshipRow& row = m_rows.at(index.row());
    switch (role) {
    case PairRole:
        return row.words.pair;
    case MeaningRole:
        return row.words.meaning;
    case BasisRole:
        return row.words.basis;
    case FiguresRole:
        return row.words.figures;
    case Qt::DisplayRole:
    case SentenceRole:
        return row.words.sentence();
    case DaysRole:
        return row.correlation.n;
    case EnoughRole:
        return row.correlation.enoughDays();
    case RhoRole:
        return row.correlation.rho ? QVariant(*row.correlation.rho) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> RelationshipModel::roleNames() const
{
    return {{PairRole, "pair"}, {MeaningRole, "meaning"}, {BasisRole, "basis"}, {FiguresRole, "figures"},
        {SentenceRole, "sentence"}, {DaysRole, "days"}, {EnoughRole, "enough"}, {RhoRole, "rho"}};
}

void RelationshipModel::clearRows()
{
    replaceRows(m_rows, {});
}

void RelationshipModel::readRows(
    SeriesRepository& series, const Metric& metric, const QList<Metric>& shown, const DayRange& range)
{
    Result<QList<RelationshipRow>> rows = readRelationships(series, metric, shown, range, kMostRelationships);
    if (!rows) {
        setError(rows.error().message);
        return;
    }
    setError({});
    replaceRows(m_rows, std::move(rows.value()));
}

} // namespace tideline::app
