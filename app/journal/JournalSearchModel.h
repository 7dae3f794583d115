#pragma once

#include "app/VaultClient.h"
#include "core/journal/Entry.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tideline::app {

// Full-text search results, best first among the newest entries and then among older ones
// (JournalRepository::search), 50 at a time. Searches again whenever the query, tag
// or dates change. Titles and snippets come as Text.StyledText with the matched words bold and
// everything the person wrote escaped (JournalFormat::styledSnippet).
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class JournalSearchModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(JournalSearchModel)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY tagChanged)
    // "YYYY-MM-DD" or empty; inclusive.
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY fromChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY toChanged)
    // A period ending today, for the page's simple choice: 0 for any time, else the past N
    // months. Sets from and to (date arithmetic stays out of QML).
    Q_PROPERTY(int withinMonths READ withinMonths WRITE setWithinMonths NOTIFY withinMonthsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Every match is loaded: `count` is how many there are. While false, `count` is how many are
    // loaded so far, and scrolling to the end loads the next 50.
    Q_PROPERTY(bool complete READ complete NOTIFY countChanged)
    // A kind line when there is nothing to show for a query ("" while nothing was asked).
    Q_PROPERTY(QString message READ message NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        DayRole, // "YYYY-MM-DD"
        DayLabelRole, // the day written out
        TitleRole, // styled text, matches bold
        SnippetRole, // styled text, matches bold, on one line
        IsDraftRole,
        SensitiveRole, // covered until the person chooses to see it
        SnippetParagraphsRole, // the snippet's paragraphs (at most two), styled, each in its own direction
    };

    explicit JournalSearchModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString query() const { return m_query.text; }
    void setQuery(const QString& query);
    QString tag() const { return m_query.tag; }
    void setTag(const QString& tag);
    QString from() const;
    void setFrom(const QString& day);
    QString to() const;
    void setTo(const QString& day);
    int withinMonths() const { return m_withinMonths; }
    void setWithinMonths(int months);
    int count() const { return static_cast<int>(m_hits.size()); }
    bool complete() const { return m_atEnd; }
    QString message() const;
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void refresh();

signals:
    void queryChanged();
    void tagChanged();
    void fromChanged();
    void toChanged();
    void withinMonthsChanged();
    void countChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    bool hasQuery() const;
    void setLastError(const QString& message);
    void clearHits();

    journal::SearchQuery m_query;
    std::vector<journal::SearchHit> m_hits;
    QDate m_today;
    int m_withinMonths = 0;
    bool m_atEnd = true;
    // Views (and QAbstractItemModelTester) may ask for more from inside rowsInserted.
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace tideline::app
