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

WhatHelpsModel::WhatHelpsModel(VaultAccess* vault, QObject* parent) : MeasureRangeModel(parent)
{
    attachVault(vault);
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

QString WhatHelpsModel::notEnoughSentence() const
{
    if (m_notEnough == 0) {
        return {};
    }
    return tr("%n more routines and tags in this range do not have enough days yet, with them and without.", nullptr,
        m_notEnough);
}

void WhatHelpsModel::clearRows()
{
    m_notEnough = 0;
    replaceRows(m_rows, {});
}

void WhatHelpsModel::readRows(
    SeriesRepository& series, const Metric& metric, const QList<Metric>& /*shown*/, const DayRange& range)
{
    Result<WhatHelps> helps = readWhatHelps(series, metric, range, kMostRows);
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
