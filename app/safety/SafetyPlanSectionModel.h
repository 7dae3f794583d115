#pragma once

#include "app/EditableListModel.h"
#include "core/safety/SafetyPlanRepository.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// One list of the safety plan (warning signs, coping steps, helpful places, the emergency bag,
// what to keep close at hand, or safe places) for QML: paged rows, and the edits a person
// makes, saved at once into the vault. Empty while locked.
class SafetyPlanSectionModel : public EditableListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SafetyPlanSectionModel)

    // The stored key: "warning_sign", "coping_step", "helpful_place", "emergency_bag", "close_at_hand",
    // "safe_place".
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)
    Q_PROPERTY(bool checkable READ checkable NOTIFY sectionChanged)
    // The text of the line just removed, while it can still be put back with undoRemove().
    Q_PROPERTY(QString removedText READ removedText NOTIFY removedChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's id in the vault
        TextRole, // what the person wrote
        CheckedRole, // ticked (the emergency bag and the close-at-hand list only)
        BuiltinRole, // one of the seeded checklist lines
    };
    Q_ENUM(Role)

    explicit SafetyPlanSectionModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString section() const;
    void setSection(const QString& key);
    bool checkable() const { return SafetyPlanRepository::hasTicks(m_section); }
    QString removedText() const { return m_removed ? m_removed->shownText : QString(); }

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Each returns true when saved; otherwise lastError says why and nothing was changed.
    Q_INVOKABLE bool add(const QString& text);
    Q_INVOKABLE bool edit(int row, const QString& text);
    Q_INVOKABLE bool setChecked(int row, bool checked);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool move(int row, int direction);
    // Puts the line removed last back where it was, tick and all.
    Q_INVOKABLE bool undoRemove();
    void forgetRemoved() override;

signals:
    void sectionChanged();
    void removedChanged();

private:
    qsizetype heldRows() const override { return m_items.size(); }
    Result<qsizetype> readPage(int limit, int offset) override;
    void takePage(bool replaceRows) override;
    void dropRows() override { m_items.clear(); }
    // The row is there and the vault open, or lastError says why not.
    bool usable(const std::optional<SafetyPlanRepository>& repo, int row);

    SafetyPlanRepository::Section m_section = SafetyPlanRepository::Section::WarningSign;
    QList<SafetyPlanRepository::Item> m_items;
    QList<SafetyPlanRepository::Item> m_page;
    // The line removed last, held in memory only, and dropped on lock.
    std::optional<SafetyPlanRepository::RemovedLine> m_removed;
};

} // namespace tideline::app
