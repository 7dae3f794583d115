#include "app/trends/AdherenceModel.h"

#include "app/VaultAccess.h"
#include "app/trends/TrendWords.h"

#include "core/common/Day.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"
#include "core/routines/RoutineRepository.h"

#include <algorithm>

namespace tideline::app {

using namespace insights;

namespace {
constexpr int kAdherenceWeeks = 13;
}

AdherenceModel::AdherenceModel(VaultAccess* vault, QObject* parent) : TrendListModel(parent)
{
    attachVault(vault);
}

void AdherenceModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] { replaceRows(m_rows, {}); });
    connect(vault(), &VaultAccess::opened, this, &AdherenceModel::reload);
    reload();
}

int AdherenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AdherenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return row.label;
    case DoneRole:
        return row.done;
    case DaysRole:
        return row.days;
    case Qt::DisplayRole:
    case SentenceRole:
        return tr("%1: done on %2 of %n days", nullptr, row.days).arg(row.label, QString::number(row.done));
    case WeeksRole:
        return row.weeks;
    default:
        return {};
    }
}

QHash<int, QByteArray> AdherenceModel::roleNames() const
{
    return {
        {LabelRole, "label"}, {DoneRole, "done"}, {DaysRole, "days"}, {SentenceRole, "sentence"}, {WeeksRole, "weeks"}};
}

void AdherenceModel::setRangeDays(int days)
{
    if (!TrendWords::isRangeChoice(days) || days == m_rangeDays) {
        return;
    }
    m_rangeDays = days;
    emit rangeDaysChanged();
    reload();
}

void AdherenceModel::reload()
{
    auto opened = service<SeriesRepository>();
    auto routineRepository = service<RoutineRepository>();
    if (!opened || !routineRepository) {
        replaceRows(m_rows, {});
        return;
    }
    SeriesRepository& series = *opened;
    Result<DayRange> range = trendRange(series, today(), m_rangeDays);
    Result<QList<Routine>> routines = routineRepository->all();
    if (!range || !routines) {
        setError(!range ? range.error().message : routines.error().message);
        return;
    }
    const DayRange& r = range.value();
    const DayRange recent{std::max(r.from, r.to.addDays(-(kAdherenceWeeks * 7) + 1)), r.to};
    QList<Row> rows;
    for (const Routine& routine : std::as_const(routines.value())) {
        Result<QList<QDate>> done = series.routineDays(routine.id, r);
        if (!done) {
            setError(done.error().message);
            return;
        }
        const int count = daysDone(done.value(), r);
        if (count == 0 && !routine.onToday()) {
            continue; // put away or hidden and not done here: nothing to show
        }
        QVariantList weeks;
        for (const WeekAdherence& w : weeklyAdherence(done.value(), recent)) {
            weeks.append(static_cast<double>(w.daysDone) / w.daysInWeek);
        }
        rows.append(Row{routine.label, count, r.days(), weeks});
    }
    setError({});
    replaceRows(m_rows, std::move(rows));
}

} // namespace tideline::app
