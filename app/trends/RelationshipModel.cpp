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

RelationshipModel::RelationshipModel(VaultAccess* vault, QObject* parent) : TrendListModel(parent)
{
    attachVault(vault);
}

void RelationshipModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] { replaceRows(m_rows, {}); });
    connect(vault(), &VaultAccess::opened, this, &RelationshipModel::reload);
    reload();
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

void RelationshipModel::setMetricKey(const QString& key)
{
    if (key == m_metricKey) {
        return;
    }
    m_metricKey = key;
    emit choiceChanged();
    reload();
}

void RelationshipModel::setRangeDays(int days)
{
    if (!TrendWords::isRangeChoice(days) || days == m_rangeDays) {
        return;
    }
    m_rangeDays = days;
    emit choiceChanged();
    reload();
}

void RelationshipModel::reload()
{
    auto opened = service<SeriesRepository>();
    if (!opened || m_metricKey.isEmpty()) {
        replaceRows(m_rows, {});
        return;
    }
    SeriesRepository& series = *opened;
    Result<QList<Metric>> shown = series.trendMetrics();
    Result<DayRange> range = trendRange(series, today(), m_rangeDays);
    if (!shown || !range) {
        setError(!shown ? shown.error().message : range.error().message);
        return;
    }
    const Metric metric = TrendWords::keptOrFirstChoice(shown.value(), m_metricKey);
    if (metric.key != m_metricKey) {
        replaceRows(m_rows, {});
        return;
    }
    Result<QList<RelationshipRow>> rows
        = readRelationships(series, metric, shown.value(), range.value(), kMostRelationships);
    if (!rows) {
        setError(rows.error().message);
        return;
    }
    setError({});
    replaceRows(m_rows, std::move(rows.value()));
}

} // namespace tideline::app
