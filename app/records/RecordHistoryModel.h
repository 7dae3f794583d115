#pragma once

#include "app/VaultClient.h"
#include "core/records/Record.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Every saved version of one record, newest first, each with what changed since the one
// before: the record's history, which makes it credible. Read whole (a record has tens of saves,
// not thousands); dropped when the vault locks.
class RecordHistoryModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordHistoryModel)
    Q_PROPERTY(qint64 recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SavedRole = Qt::UserRole + 1, // "3 March 2026, 09:12"
        ChangesRole, // "First written" / "Changed: where, what happened; added photo.jpg"
        WhenRole, // when it happened, as that version said
        KindsRole,
        PlaceRole,
        WhatHappenedRole,
        InjuriesRole,
        WitnessesRole,
        ToldRole,
        FilesRole, // the files it had, by name
        FirstRole, // the version as first written
    };

    explicit RecordHistoryModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 recordId() const { return m_recordId; }
    void setRecordId(qint64 id);
    int count() const { return static_cast<int>(m_versions.size()); }

    Q_INVOKABLE void reload();

signals:
    void recordIdChanged();
    void countChanged();

private:
    void vaultAttached() override;

    QString changes(int index) const;

    qint64 m_recordId = 0;
    QList<records::RecordVersion> m_versions; // oldest first, as stored
};

} // namespace tideline::app
