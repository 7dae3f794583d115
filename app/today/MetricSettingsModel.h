#pragma once

#include "app/VaultClient.h"
#include "core/checkin/Metric.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Settings → "What Today asks": every metric (archived ones last), shown or not on Today,
// the person's own added, renamed, reshaped, archived and reordered. A few dozen rows.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class MetricSettingsModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(MetricSettingsModel)

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        MetricIdRole = Qt::UserRole + 1,
        KeyRole,
        LabelRole,
        KindRole, // "scale", …
        KindLabelRole, // "0–10 scale", "count", "hours", "yes/no"
        MinValueRole,
        MaxValueRole,
        BuiltinRole,
        ArchivedRole,
        SensitiveRole,
        OnTodayRole, // shown on Today (enabled, not hidden, not archived)
    };
    Q_ENUM(Role)

    explicit MetricSettingsModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString lastError() const { return m_lastError; }

    // kind: "scale", "count", "hours", "boolean"; min/max 0 and 0 for the kind's usual range.
    Q_INVOKABLE bool add(const QString& label, const QString& kind, double minValue, double maxValue);
    Q_INVOKABLE bool rename(int row, const QString& label);
    Q_INVOKABLE bool reshape(int row, const QString& kind, double minValue, double maxValue);
    // On or off Today: the sensitive metric is enabled, the others unhidden.
    Q_INVOKABLE bool setOnToday(int row, bool shown);
    Q_INVOKABLE bool setArchived(int row, bool archived);
    Q_INVOKABLE bool move(int row, int direction);
    Q_INVOKABLE void reload();
    Q_INVOKABLE static QString kindLabel(const QString& kind);

signals:
    void countChanged();
    void lastErrorChanged();
    // Something Today shows changed; Today reloads when it is next shown.
    void changed();

private:
    void vaultAttached() override;
    bool done(const Status& status);
    void setError(const QString& message);
    void drop();

    QList<Metric> m_rows;
    QString m_lastError;
};

} // namespace tideline::app
