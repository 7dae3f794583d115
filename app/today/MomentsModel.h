#pragma once

#include "app/VaultClient.h"
#include "core/moments/Moment.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The moments logged on one day (flashback, nightmare, panic, trigger), latest first, and
// the short form's save. A day holds a handful, read in one query.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class MomentsModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(MomentsModel)

    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged) // 'YYYY-MM-DD'; empty = today
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // "14:05": now, for the form's time field.
    Q_PROPERTY(QString timeNow READ timeNow NOTIFY dayChanged)
    // [{key: "flashback", label: "Flashback"}, …]: what the form offers, in order (core/moments).
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)

public:
    enum Role {
        MomentIdRole = Qt::UserRole + 1, // qint64
        KindRole, // "flashback", …
        KindLabelRole, // "Flashback"
        TimeRole, // "14:05", local
        IntensityRole, // 0–10, or -1 when not given
        TriggerRole,
        PlaceRole,
        BodySensationsRole,
        WhatHelpedRole,
    };
    Q_ENUM(Role)

    explicit MomentsModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString day() const;
    void setDay(const QString& day);
    QString lastError() const { return m_lastError; }
    QString timeNow() const;

    // kind: "flashback", "nightmare", "panic", "trigger" or "other". time: "HH:mm" on the day
    // shown, or "" for now. intensity: -1 for not given. Every text is optional.
    Q_INVOKABLE bool add(const QString& kind, const QString& time, int intensity, const QString& trigger,
        const QString& place, const QString& bodySensations, const QString& whatHelped);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE void reload();
    Q_INVOKABLE static QString kindLabel(const QString& kind);
    static QVariantList kinds();

signals:
    void dayChanged();
    void countChanged();
    void lastErrorChanged();
    // A moment was added or removed; the check-in's counts may have changed.
    void momentsChanged();

private:
    void vaultAttached() override;
    QDate shownDay() const;
    void setError(const QString& message);
    void drop();

    QDate m_day;
    QList<Moment> m_rows;
    QString m_lastError;
};

} // namespace tideline::app
