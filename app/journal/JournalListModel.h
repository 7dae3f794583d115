#pragma once

#include "app/journal/EntrySummaryModel.h"

#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The journal, newest day first, read a page at a time (keyset paging in core/), so a vault
// of 10,000 entries holds only the pages the person has scrolled through.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class JournalListModel : public EntrySummaryModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(JournalListModel)
    // Every entry in the journal, drafts included (for "N entries"; not the rows loaded). Counted
    // when first asked after a reload, not with every page: count(*) over 100,000 entries took
    // 15 ms of the Journal page's 16 (bench_journal), and the page itself does not show it.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    explicit JournalListModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int totalCount() const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    void reload() override;

signals:
    void totalCountChanged();
    void pageSizeChanged();

private:
    int m_pageSize = 50;
    mutable int m_totalCount = -1; // -1: not counted since the last reload
    bool m_atEnd = true;
    // Views (and QAbstractItemModelTester) may ask for more from inside rowsInserted.
    bool m_fetching = false;
};

} // namespace tideline::app
