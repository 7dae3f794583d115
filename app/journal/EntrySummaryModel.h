#pragma once

#include "app/VaultClient.h"
#include "core/journal/Entry.h"

#include <QAbstractListModel>

#include <vector>

namespace tideline::app {

// Rows of entries as lists show them (the journal list, "on this day"): a preview, never the
// whole body. Subclasses decide which rows and when; a subclass's constructor ends with
// attachVault(vault), and its rows are read again when the vault opens and dropped when it locks.
class EntrySummaryModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_DISABLE_COPY_MOVE(EntrySummaryModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        DayRole, // "YYYY-MM-DD", for grouping by day
        DayLabelRole, // "Today", "Yesterday", or the day written out
        TitleRole,
        PreviewRole, // the start of the body on one line
        MoodRole, // on the mood scale (MoodScale), or -1 when not said
        IsDraftRole, // autosaved text the person has not saved yet
        SensitiveRole, // covered until the person chooses to see it
        TagCountRole,
        YearsAgoRole, // whole years between the entry's day and today
        PreviewParagraphsRole, // the first two paragraphs of the preview, one line each (their own direction)
    };

    explicit EntrySummaryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    QString lastError() const { return m_lastError; }

    // Reads the rows again from the first page.
    Q_INVOKABLE virtual void reload() = 0;

signals:
    void countChanged();
    void lastErrorChanged();

protected:
    // Reads the rows when the vault opens, drops them when it closes, and reads them now.
    void vaultAttached() override;
    // The first two of those, for a subclass that reads its rows at another time.
    void followVault();
    void resetRows(std::vector<journal::EntrySummary> rows);
    void appendRows(std::vector<journal::EntrySummary> rows);
    const std::vector<journal::EntrySummary>& rows() const { return m_rows; }
    void setLastError(const QString& message);
    void clearRows();

private:
    std::vector<journal::EntrySummary> m_rows;
    QDate m_today;
    QString m_lastError;
};

} // namespace tideline::app
