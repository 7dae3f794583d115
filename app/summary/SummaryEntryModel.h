#pragma once

#include "app/journal/EntrySummaryModel.h"

#include <QDate>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace tideline::journal {
class JournalRepository;
}

namespace tideline::app {

// The journal entries of the summary's period, newest first, a page at a time, each with a
// tick box. Nothing is ticked until the person ticks it: entries leave the vault only one by
// one, by choice. Drafts are never offered. Ticks are forgotten when the vault locks.
class SummaryEntryModel : public EntrySummaryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SummaryEntryModel)
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY periodChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY periodChanged)
    Q_PROPERTY(int tickedCount READ tickedCount NOTIFY tickedChanged)

public:
    enum ExtraRole { TickedRole = YearsAgoRole + 1 };

    explicit SummaryEntryModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString from() const { return m_from.toString(Qt::ISODate); }
    QString to() const { return m_to.toString(Qt::ISODate); }
    void setFrom(const QString& day);
    void setTo(const QString& day);
    int tickedCount() const { return static_cast<int>(tickedIds().size()); }

    // The ticked entries inside the period, in id order. A tick on an entry outside the period
    // is kept (the person may widen the period again) but never counts.
    QList<qint64> tickedIds() const;

    Q_INVOKABLE void setTicked(qint64 entryId, bool ticked);
    Q_INVOKABLE void untickAll();
    void reload() override;

signals:
    void periodChanged();
    void tickedChanged();

private:
    // Follows the vault, and forgets every tick when it locks; the rows are read when a period is set.
    void vaultAttached() override;
    void appendPage(std::vector<journal::EntrySummary> page, bool first);
    // Drops the ticks of entries no longer kept and takes each other's day as it is now.
    void refreshTicks(journal::JournalRepository& journal);

    QDate m_from;
    QDate m_to;
    QHash<qint64, QDate> m_ticked; // entry id → the day it is about
    std::optional<journal::ListCursor> m_cursor; // after the last row read, drafts included
    bool m_atEnd = true;
    bool m_fetching = false;
    static constexpr int kPageSize = 50;
};

} // namespace tideline::app
