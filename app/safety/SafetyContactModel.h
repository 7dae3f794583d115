#pragma once

#include "app/EditableListModel.h"
#include "core/safety/SafetyContactRepository.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// The people, professionals and hotlines of the safety plan, for QML: paged rows and the
// person's edits, saved at once into the vault. Empty while locked.
class SafetyContactModel : public EditableListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SafetyContactModel)

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

    explicit SafetyContactModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString removedName() const { return m_removed ? m_removed->name : QString(); }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Each returns true when saved; otherwise lastError says why and nothing was changed.
    Q_INVOKABLE bool add(const QString& name, const QString& phone, const QString& note, const QString& kind);
    Q_INVOKABLE bool edit(int row, const QString& name, const QString& phone, const QString& note, const QString& kind);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool move(int row, int direction);
    // Puts the contact removed last back where it was.
    Q_INVOKABLE bool undoRemove();
    void forgetRemoved() override;

signals:
    void removedChanged();

private:
    qsizetype heldRows() const override { return m_contacts.size(); }
    Result<qsizetype> readPage(int limit, int offset) override;
    void takePage(bool replaceRows) override;
    void dropRows() override { m_contacts.clear(); }

    QList<SafetyContactRepository::Contact> m_contacts;
    QList<SafetyContactRepository::Contact> m_page;
    std::optional<SafetyContactRepository::Contact> m_removed; // in memory only, dropped on lock
    int m_removedRow = 0;
};

} // namespace tideline::app
