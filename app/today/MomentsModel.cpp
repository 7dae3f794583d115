#include "app/today/MomentsModel.h"

#include "app/VaultAccess.h"

#include "core/common/Day.h"
#include "core/moments/MomentRepository.h"

#include <QTime>

namespace tideline::app {

MomentsModel::MomentsModel(VaultAccess* vault, QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
}

void MomentsModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &MomentsModel::drop);
    connect(vault(), &VaultAccess::opened, this, &MomentsModel::reload);
    reload();
}

int MomentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString MomentsModel::kindLabel(const QString& kind)
{
    const Result<MomentKind> known = momentKindFromKey(kind);
    return momentKindName(known ? known.value() : MomentKind::Other);
}

QVariantList MomentsModel::kinds()
{
    QVariantList result;
    for (MomentKind kind : momentKinds()) {
        result.append(
            QVariantMap{{QStringLiteral("key"), momentKindKey(kind)}, {QStringLiteral("label"), momentKindName(kind)}});
    }
    return result;
}

QVariant MomentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Moment& m = m_rows.at(index.row());
    switch (role) {
    case MomentIdRole:
        return m.id;
    case KindRole:
        return momentKindKey(m.kind);
    case Qt::DisplayRole:
    case KindLabelRole:
        return kindLabel(momentKindKey(m.kind));
    case TimeRole:
        return m.occurredAt.toLocalTime().time().toString(QStringLiteral("HH:mm"));
    case IntensityRole:
        return m.intensity.value_or(-1);
    case TriggerRole:
        return m.trigger;
    case PlaceRole:
        return m.place;
    case BodySensationsRole:
        return m.bodySensations;
    case WhatHelpedRole:
        return m.whatHelped;
    default:
        return {};
    }
}

QHash<int, QByteArray> MomentsModel::roleNames() const
{
    return {{MomentIdRole, "momentId"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {TimeRole, "time"},
        {IntensityRole, "intensity"}, {TriggerRole, "trigger"}, {PlaceRole, "place"},
        {BodySensationsRole, "bodySensations"}, {WhatHelpedRole, "whatHelped"}};
}

QDate MomentsModel::shownDay() const
{
    return m_day.isValid() ? m_day : Day::today(clock());
}

QString MomentsModel::day() const
{
    return Day::toText(shownDay());
}

void MomentsModel::setDay(const QString& text)
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
    reload();
}

QString MomentsModel::timeNow() const
{
    return clock().nowUtc().toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

void MomentsModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void MomentsModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Moment>> moments = service<MomentRepository>()->forDay(shownDay());
    if (!moments) {
        setError(moments.error().message);
        return;
    }
    beginResetModel();
    m_rows = moments.value();
    endResetModel();
    emit countChanged();
}

bool MomentsModel::add(const QString& kind, const QString& time, int intensity, const QString& trigger,
    const QString& place, const QString& bodySensations, const QString& whatHelped)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    Result<MomentKind> parsedKind = momentKindFromKey(kind);
    if (!parsedKind) {
        setError(parsedKind.error().message);
        return false;
    }
    Moment moment;
    moment.kind = parsedKind.value();
    // The form's input mask leaves a lone ":" in a field that was emptied: that means "now" too.
    QString trimmedTime = time.trimmed();
    if (QString(trimmedTime).remove(QLatin1Char(':')).trimmed().isEmpty()) {
        trimmedTime.clear();
    }
    if (trimmedTime.isEmpty() && !m_day.isValid()) {
        moment.occurredAt = clock().nowUtc();
    } else {
        // A past day without a time: midday, so the moment lands on that day in any zone.
        const QTime at = trimmedTime.isEmpty() ? QTime(12, 0) : QTime::fromString(trimmedTime, QStringLiteral("H:mm"));
        if (!at.isValid()) {
            setError(tr("Write the time as hours and minutes, like 14:05, or leave it empty for now."));
            return false;
        }
        moment.occurredAt = QDateTime(shownDay(), at).toUTC();
    }
    if (intensity >= 0) {
        moment.intensity = intensity;
    }
    moment.trigger = trigger;
    moment.place = place;
    moment.bodySensations = bodySensations;
    moment.whatHelped = whatHelped;
    Result<qint64> saved = service<MomentRepository>()->add(moment, clock());
    if (!saved) {
        setError(saved.error().message);
        return false;
    }
    setError(QString());
    reload();
    emit momentsChanged();
    return true;
}

bool MomentsModel::remove(int row)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    if (Status s = service<MomentRepository>()->remove(m_rows.at(row).id); !s) {
        setError(s.error().message);
        return false;
    }
    setError(QString());
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit momentsChanged();
    return true;
}

void MomentsModel::drop()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

} // namespace tideline::app
