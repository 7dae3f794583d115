#include "app/today/RoutineChecklistModel.h"

#include "app/VaultAccess.h"

#include "core/common/Day.h"
#include "core/prompts/PromptCatalogue.h"
#include "core/routines/RoutineRepository.h"

namespace tideline::app {

RoutineChecklistModel::RoutineChecklistModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
}

void RoutineChecklistModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &RoutineChecklistModel::drop);
    connect(vault(), &VaultAccess::opened, this, &RoutineChecklistModel::reload);
    reload();
}

int RoutineChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RoutineChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case RoutineIdRole:
        return row.routine.id;
    case Qt::DisplayRole:
    case LabelRole:
        return row.routine.label;
    case DoneRole:
        return row.done;
    case BuiltinRole:
        return row.routine.builtin;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoutineChecklistModel::roleNames() const
{
    return {{RoutineIdRole, "routineId"}, {LabelRole, "label"}, {DoneRole, "done"}, {BuiltinRole, "builtin"}};
}

QDate RoutineChecklistModel::shownDay() const
{
    return m_day.isValid() ? m_day : Day::today(clock());
}

QString RoutineChecklistModel::day() const
{
    return Day::toText(shownDay());
}

void RoutineChecklistModel::setDay(const QString& text)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || day >= Day::today(clock())) {
        day = QDate();
    }
    if (day == m_day) {
        return;
    }
    m_day = day;
    emit dayChanged();
    loadDone();
}

int RoutineChecklistModel::doneCount() const
{
    int n = 0;
    for (const Row& row : m_rows) {
        n += row.done ? 1 : 0;
    }
    return n;
}

QString RoutineChecklistModel::nudge() const
{
    // One item not ticked yet, the same one all day so the line does not jump about.
    QList<const Row*> open;
    for (const Row& row : m_rows) {
        if (!row.done && !row.routine.key.isEmpty()
            && !PromptCatalogue::shipped().nudgesFor(row.routine.key).isEmpty()) {
            open.append(&row);
        }
    }
    if (open.isEmpty()) {
        return {};
    }
    const qint64 julian = shownDay().toJulianDay();
    const Row* row = open.at(static_cast<qsizetype>(julian % open.size()));
    const QList<RoutineNudge> nudges = PromptCatalogue::shipped().nudgesFor(row->routine.key);
    return nudges.at(static_cast<qsizetype>(julian % nudges.size())).text;
}

void RoutineChecklistModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void RoutineChecklistModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Routine>> routines = service<RoutineRepository>()->onToday();
    if (!routines) {
        setError(routines.error().message);
        return;
    }
    beginResetModel();
    m_rows.clear();
    for (const Routine& routine : routines.value()) {
        m_rows.append(Row{routine, false});
    }
    endResetModel();
    emit countChanged();
    loadDone();
}

void RoutineChecklistModel::loadDone()
{
    if (!vaultOpen() || m_rows.isEmpty()) {
        return;
    }
    Result<QSet<qint64>> done = service<RoutineRepository>()->doneOn(shownDay());
    if (!done) {
        setError(done.error().message);
        return;
    }
    for (Row& row : m_rows) {
        row.done = done.value().contains(row.routine.id);
    }
    emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {DoneRole});
    emit doneCountChanged();
}

bool RoutineChecklistModel::setDone(int row, bool done)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= m_rows.size()) {
        return false;
    }
    Row& r = m_rows[row];
    const Status saved = service<RoutineRepository>()->setDone(r.routine.id, shownDay(), done, clock());
    if (!saved) {
        setError(saved.error().message);
        emit dataChanged(index(row), index(row), {DoneRole});
        return false;
    }
    setError(QString());
    r.done = done;
    emit dataChanged(index(row), index(row), {DoneRole});
    emit doneCountChanged();
    return true;
}

void RoutineChecklistModel::drop()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    emit doneCountChanged();
}

} // namespace tideline::app
