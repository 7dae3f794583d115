#pragma once

#include "app/VaultClient.h"
#include "core/common/Result.h"
#include "core/routines/Routine.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Settings → the routine checklist: every item (archived last), on or off Today, the
// person's own added, renamed, archived and reordered. A few dozen rows at most.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class RoutineSettingsModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RoutineSettingsModel)

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        RoutineIdRole = Qt::UserRole + 1,
        LabelRole,
        BuiltinRole,
        ArchivedRole,
        OnTodayRole,
    };
    Q_ENUM(Role)

    explicit RoutineSettingsModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE bool add(const QString& label);
    Q_INVOKABLE bool rename(int row, const QString& label);
    Q_INVOKABLE bool setOnToday(int row, bool shown);
    Q_INVOKABLE bool setArchived(int row, bool archived);
    Q_INVOKABLE bool move(int row, int direction);
    Q_INVOKABLE void reload();

signals:
    void countChanged();
    void lastErrorChanged();
    void changed();

private:
    void vaultAttached() override;
    bool done(const Status& status);
    void setError(const QString& message);
    void drop();

    QList<Routine> m_rows;
    QString m_lastError;
};

} // namespace tideline::app
