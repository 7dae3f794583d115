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

RelationshipModel::RelationshipModel(QObject* parent) : QAbstractListModel(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::locked, this, [this] { setRows({}); });
        connect(session, &Session::unlocked, this, &RelationshipModel::reload);
    }
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

void RelationshipModel::setRows(QList<RelationshipRow> rows)
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != m_rows.size()) {
        emit countChanged();
    }
}

void RelationshipModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void RelationshipModel::reload()
{
    Database* db = openDatabase();
    if (db == nullptr || m_metricKey.isEmpty()) {
        setRows({});
        return;
    }
    SeriesRepository series(*db);
    Result<QList<Metric>> shown = series.trendMetrics();
    Result<DayRange> range = trendRange(series, Day::today(appClock()), m_rangeDays);
    if (!shown || !range) {
        setError(!shown ? shown.error().message : range.error().message);
        return;
    }
    const Metric metric = TrendWords::keptOrFirstChoice(shown.value(), m_metricKey);
    if (metric.key != m_metricKey) {
        setRows({});
        return;
    }
    Result<QList<RelationshipRow>> rows
        = readRelationships(series, metric, shown.value(), range.value(), kMostRelationships);
    if (!rows) {
        setError(rows.error().message);
        return;
    }
    setError({});
    setRows(std::move(rows.value()));
}

} // namespace tideline::app
