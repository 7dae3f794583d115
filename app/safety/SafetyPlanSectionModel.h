#pragma once

#include "core/safety/SafetyPlanRepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// One list of the safety plan (warning signs, coping steps, helpful places, the emergency bag,
// what to keep close at hand, or safe places) for QML: paged rows, and the edits a person makes, saved at once into the
// vault. Empty while locked.
class SafetyPlanSectionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SafetyPlanSectionModel)

    // The stored key: "warning_sign", "coping_step", "helpful_place", "emergency_bag", "close_at_hand",
    // "safe_place".
    Q_PROPERTY(QString section READ section WRITE setSection NOTIFY sectionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT) // reads are synchronous and small
    // More rows wait in the vault; a view that is not a ListView calls loadMore() for them.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    Q_PROPERTY(bool checkable READ checkable NOTIFY sectionChanged)
    // The text of the line just removed, while it can still be put back with undoRemove().
    Q_PROPERTY(QString removedText READ removedText NOTIFY removedChanged)
    // The last problem, in plain words, or "" when all went well.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's id in the vault
        TextRole, // what the person wrote
        CheckedRole, // ticked (the emergency bag and the close-at-hand list only)
        BuiltinRole, // one of the seeded checklist lines
    };
    Q_ENUM(Role)

    explicit SafetyPlanSectionModel(QObject* parent = nullptr);

    QString section() const;
    void setSection(const QString& key);
    int count() const { return static_cast<int>(m_items.size()); }
    bool loading() const { return false; }
    bool hasMore() const { return m_hasMore; }
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    bool checkable() const { return SafetyPlanRepository::hasTicks(m_section); }
    QString lastError() const { return m_lastError; }
    QString removedText() const { return m_removed ? m_removed->shownText : QString(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Each returns true when saved; otherwise lastError says why and nothing was changed.
    Q_INVOKABLE bool add(const QString& text);
    Q_INVOKABLE bool edit(int row, const QString& text);
    Q_INVOKABLE bool setChecked(int row, bool checked);
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool move(int row, int direction);
    // Puts the line removed last back where it was, tick and all.
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE void forgetRemoved();
    Q_INVOKABLE void clearError();

signals:
    void sectionChanged();
    void countChanged();
    void lastErrorChanged();
    void removedChanged();

private:
    void reload();
    void clear();
    bool report(const Status& status);
    bool usable(const std::optional<SafetyPlanRepository>& repo, int row);
    void setLastError(const QString& message);

    std::optional<SafetyPlanRepository> repository() const;

    SafetyPlanRepository::Section m_section = SafetyPlanRepository::Section::WarningSign;
    QList<SafetyPlanRepository::Item> m_items;
    bool m_hasMore = false;
    QString m_lastError;
    // The line removed last, held in memory only, and dropped on lock.
    std::optional<SafetyPlanRepository::RemovedLine> m_removed;
};

} // namespace tideline::app
