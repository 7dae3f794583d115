#pragma once

#include "app/VaultClient.h"
#include "core/records/Record.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace tideline::app {

// The records, newest first by when they happened, a page at a time (optionally only those of
// a period); or, with searchText set, the best matches of a full-text search with their
// snippets. Sensitive records are marked so the view covers them. Rows are dropped when the
// vault locks. RecordPickModel adds tick boxes.
class RecordListModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordListModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Records in the vault (not only the ones read so far); 0 while locked.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    // Always false: pages are read on this thread in about a millisecond. Kept for views that
    // show a busy state for models that do load in the background.
    Q_PROPERTY(bool loading READ loading CONSTANT)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Only records that happened in this period ('YYYY-MM-DD', inclusive); "" for no limit.
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY periodChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY periodChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64
        WhenRole, // "3 Mar 2026, 21:30" / "around 3 Mar 2026"
        HeadlineRole, // the start of "what happened", on one line
        PlaceRole,
        KindsRole, // "Threats, Damage to things"
        SensitiveRole, // covered in the list until tapped
        FileCountRole,
        SnippetRole, // search only: the match in context, as Text.StyledText; "" otherwise
    };

    explicit RecordListModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int count() const { return static_cast<int>(m_rows.size()); }
    int totalCount() const { return m_totalCount; }
    bool loading() const { return false; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    QString lastError() const { return m_lastError; }
    QString from() const { return m_from.toString(Qt::ISODate); }
    QString to() const { return m_to.toString(Qt::ISODate); }
    void setFrom(const QString& day);
    void setTo(const QString& day);

    Q_INVOKABLE virtual void reload();

signals:
    void countChanged();
    void totalCountChanged();
    void searchTextChanged();
    void lastErrorChanged();
    void periodChanged();

protected:
    void vaultAttached() override;
    qint64 idAt(int row) const { return m_rows[static_cast<size_t>(row)].record.id; }
    QDate dayAt(int row) const { return m_rows[static_cast<size_t>(row)].record.day; }
    // Whether a record of that day is in the period set (from, to); any day when none is set.
    bool inPeriod(const QDate& day) const
    {
        return (!m_from.isValid() || day >= m_from) && (!m_to.isValid() || day <= m_to);
    }

private:
    struct Row
    {
        records::RecordSummary record;
        QString snippet;
    };
    void reset(std::vector<Row> rows);
    void setLastError(const QString& message);

    std::vector<Row> m_rows;
    QString m_searchText;
    QString m_lastError;
    int m_totalCount = 0;
    QDate m_from;
    QDate m_to;
    bool m_atEnd = true;
    bool m_fetching = false;
    static constexpr int kPageSize = 40;
};

} // namespace tideline::app
