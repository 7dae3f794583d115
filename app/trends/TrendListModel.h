#pragma once

#include "app/VaultClient.h"

#include <QAbstractListModel>
#include <QString>

#include <utility>

namespace tideline::app {

// What the Trends page's lists share (the year's days, routines, relationships): `count` and
// `lastError` for QML, and rows replaced as a whole, since each list is small and read again
// for every choice of measure or range. Each reads the vault through its VaultAccess; a
// subclass's constructor ends with attachVault(vault).
class TrendListModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_DISABLE_COPY_MOVE(TrendListModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit TrendListModel(QObject* parent = nullptr) : QAbstractListModel(parent), VaultClient(this) {}

    int count() const { return rowCount(); }
    QString lastError() const { return m_lastError; }

signals:
    void countChanged();
    void lastErrorChanged();

protected:
    // Swaps in the new rows inside a model reset; `count` is told when it changed.
    template<typename Rows>
    void replaceRows(Rows& rows, Rows fresh)
    {
        const int before = rowCount();
        beginResetModel();
        rows = std::move(fresh);
        endResetModel();
        if (before != rowCount()) {
            emit countChanged();
        }
    }
    void setError(const QString& message);

private:
    QString m_lastError;
};

} // namespace tideline::app
