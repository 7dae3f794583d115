#include "app/trends/WhatHelpsModel.h"

#include "app/VaultAccess.h"
#include "app/trends/TrendWords.h"

#include "core/common/Day.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

using namespace insights;

namespace {
constexpr int kMostRows = 6;
}

WhatHelpsModel::WhatHelpsModel(VaultAccess* vault, QObject* parent) : TrendListModel(parent)
{
    attachVault(vault);
}

void WhatHelpsModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] {
        m_notEnough = 0;
        replaceRows(m_rows, {});
    });
    connect(vault(), &VaultAccess::opened, this, &WhatHelpsModel::reload);
    reload();
}

int WhatHelpsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant WhatHelpsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PracticeRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SentenceRole:
        return row.words.sentence;
    case KindRole:
        return row.kind == PracticeKind::Routine ? u"routine"_s : u"tag"_s;
    case NameRole:
        return row.name;
    case DaysWithRole:
        return row.split.daysWith;
    case DaysWithoutRole:
        return row.split.daysWithout;
    case MeanWithRole:
        return row.split.meanWith ? QVariant(*row.split.meanWith) : QVariant();
    case MeanWithoutRole:
        return row.split.meanWithout ? QVariant(*row.split.meanWithout) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> WhatHelpsModel::roleNames() const
{
    return {{SentenceRole, "sentence"}, {KindRole, "kind"}, {NameRole, "name"}, {DaysWithRole, "daysWith"},
        {DaysWithoutRole, "daysWithout"}, {MeanWithRole, "meanWith"}, {MeanWithoutRole, "meanWithout"}};
}

void WhatHelpsModel::setMetricKey(const QString& key)
{
    if (key == m_metricKey) {
        return;
    }
    m_metricKey = key;
    emit choiceChanged();
    reload();
}

void WhatHelpsModel::setRangeDays(int days)
{
    if (!TrendWords::isRangeChoice(days) || days == m_rangeDays) {
        return;
    }
    m_rangeDays = days;
    emit choiceChanged();
    reload();
}

QString WhatHelpsModel::notEnoughSentence() const
{
    if (m_notEnough == 0) {
        return {};
    }
    return tr("%n more routines and tags in this range do not have enough days yet, with them and without.", nullptr,
        m_notEnough);
}

void WhatHelpsModel::reload()
{
    auto opened = service<SeriesRepository>();
    if (!opened || m_metricKey.isEmpty()) {
        m_notEnough = 0;
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
        m_notEnough = 0;
        replaceRows(m_rows, {});
        return;
    }
    Result<WhatHelps> helps = readWhatHelps(series, metric, range.value(), kMostRows);
    if (!helps) {
        setError(helps.error().message);
        return;
    }
    setError({});
    m_notEnough = helps.value().notEnough;
    replaceRows(m_rows, std::move(helps.value().rows));
    emit countChanged(); // notEnoughSentence may change with the same number of rows
}

} // namespace tideline::app
