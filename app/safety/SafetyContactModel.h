#pragma once

#include "core/safety/SafetyContactRepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// The people, professionals and hotlines of the safety plan, for QML: paged rows and the
// person's edits, saved at once into the vault. Empty while locked.
class SafetyContactModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SafetyContactModel)

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT) // reads are synchronous and small
    // More rows wait in the vault; a view that is not a ListView calls loadMore() for them.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The name of the contact just removed, while it can still be put back with undoRemove().
    Q_PROPERTY(QString removedName READ removedName NOTIFY removedChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's id in the vault
        NameRole, // who or what
        PhoneRole, // may be ""
        NoteRole, // may be ""
        KindRole, // "person", "professional" or "hotline"
    };
    Q_ENUM(Role)

    explicit SafetyContactModel(QObject* parent = nullptr);

    int count() const { return static_cast<int>(m_contacts.size()); }
    bool loading() const { return false; }
    bool hasMore() const { return m_hasMore; }
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    QString lastError() const { return m_lastError; }
    QString removedName() const { return m_removed ? m_removed->name : QString(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Each returns true when saved; otherwise lastError says why and nothing was changed.
    Q_INVOKABLE bool add(const QString& name, const QString& phone, const QString& note, const QString& kind);
    Q_INVOKABLE bool edit(int row, const QString& name, const QString& phone, const QString& note, const QString& kind);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool move(int row, int direction);
    // Puts the contact removed last back where it was.
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE void forgetRemoved();
    Q_INVOKABLE void clearError();

signals:
    void countChanged();
    void lastErrorChanged();
    void removedChanged();

private:
    void reload();
    void clear();
    bool report(const Status& status);
    bool usable(const std::optional<SafetyContactRepository>& repo, int row);
    void setLastError(const QString& message);
    std::optional<SafetyContactRepository> repository() const;

    QList<SafetyContactRepository::Contact> m_contacts;
    bool m_hasMore = false;
    QString m_lastError;
    std::optional<SafetyContactRepository::Contact> m_removed; // in memory only, dropped on lock
    int m_removedRow = 0;
};

} // namespace tideline::app
