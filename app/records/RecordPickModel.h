#pragma once

#include "app/records/RecordListModel.h"

#include <QSet>

namespace tideline::app {

// Records with a tick box each, for what leaves the vault (the PDF for an advocate, the folder
// of originals, the therapist summary): nothing is ticked until the person ticks it, one by one.
// Ticks are forgotten when the vault locks.
class RecordPickModel : public RecordListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordPickModel)
    Q_PROPERTY(int tickedCount READ tickedCount NOTIFY tickedChanged)

public:
    enum ExtraRole { TickedRole = SnippetRole + 1 };

    explicit RecordPickModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int tickedCount() const { return static_cast<int>(m_ticked.size()); }
    // The ticked records, in id order.
    QList<qint64> tickedIds() const;

    Q_INVOKABLE void setTicked(qint64 recordId, bool ticked);
    Q_INVOKABLE bool isTicked(qint64 recordId) const { return m_ticked.contains(recordId); }
    Q_INVOKABLE void untickAll();

signals:
    void tickedChanged();

private:
    void vaultAttached() override;

    QSet<qint64> m_ticked;
};

} // namespace tideline::app
