#pragma once

#include "app/records/RecordListModel.h"

#include <QDate>
#include <QHash>

namespace tideline::app {

// Records with a tick box each, for what leaves the vault (the PDF for an advocate, the folder
// of originals, the therapist summary): nothing is ticked until the person ticks it, one by one.
// Ticks are forgotten when the vault locks. When a period is set (the therapist summary), a tick
// is kept when the period narrows past its record, so it comes back when the period widens, but
// only the ticks of the period count and are given out, as the summary's entry list does.
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
    // Reloads the list (after any change of records, too) and brings the ticks up to date: a
    // deleted record loses its tick, a moved one counts for its new day.
    void reload() override;
    QHash<int, QByteArray> roleNames() const override;

    int tickedCount() const { return static_cast<int>(tickedIds().size()); }
    // The ticked records of the period, in id order.
    QList<qint64> tickedIds() const;

    Q_INVOKABLE void setTicked(qint64 recordId, bool ticked);
    Q_INVOKABLE bool isTicked(qint64 recordId) const { return m_ticked.contains(recordId); }
    Q_INVOKABLE void untickAll();

signals:
    void tickedChanged();

private:
    void vaultAttached() override;

    // Each ticked record with its day, as the list showed it; an invalid day (a record ticked
    // by id before it was listed) counts in every period.
    QHash<qint64, QDate> m_ticked;
};

} // namespace tideline::app
