#pragma once

#include "app/VaultClient.h"
#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The editable list of kinds of harm a record can be marked with: seven neutral built-ins that
// can be renamed or hidden, and the person's own. A short list, read whole.
class RecordKindModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordKindModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The editor of the list shows hidden kinds too (to turn them back on); a record does not.
    Q_PROPERTY(bool includeHidden READ includeHidden WRITE setIncludeHidden NOTIFY includeHiddenChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        KindIdRole = Qt::UserRole + 1, // qint64
        LabelRole,
        BuiltinRole, // can be hidden, not deleted
        HiddenRole,
    };

    explicit RecordKindModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_kinds.size()); }
    bool includeHidden() const { return m_includeHidden; }
    void setIncludeHidden(bool include);
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool add(const QString& label);
    Q_INVOKABLE bool rename(qint64 id, const QString& label);
    Q_INVOKABLE bool setHidden(qint64 id, bool hidden);
    Q_INVOKABLE bool remove(qint64 id);

signals:
    void countChanged();
    void includeHiddenChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;

    bool report(const Status& status);

    QList<records::RecordKind> m_kinds;
    bool m_includeHidden = false;
    QString m_lastError;
};

} // namespace tideline::app
