#pragma once

#include "app/VaultClient.h"
#include "core/common/Result.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <utility>

namespace tideline::app {

// The base of the list models whose rows a person edits in place (the safety plan's lists and
// contacts): rows read a page at a time, count / hasMore / lastError for QML, and the walk
// every edit ends with (report(): an error is shown and nothing changes, or the rows are read
// again). A subclass keeps its rows and says how to read a page of them; its constructor ends
// with attachVault(vault), after which the rows follow the vault (read when it opens, dropped
// when it closes).
class EditableListModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    Q_DISABLE_COPY_MOVE(EditableListModel)

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading CONSTANT) // reads are synchronous and small
    // More rows wait in the vault; a view that is not a ListView calls loadMore() for them.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    // The last problem, in plain words, or "" when all went well.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit EditableListModel(QObject* parent = nullptr);

    int count() const { return static_cast<int>(heldRows()); }
    bool loading() const { return false; }
    bool hasMore() const { return m_hasMore; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    Q_INVOKABLE void loadMore() { fetchMore({}); }
    Q_INVOKABLE void clearError();
    // Lets go of the row kept for undo.
    Q_INVOKABLE virtual void forgetRemoved() = 0;

signals:
    void countChanged();
    void lastErrorChanged();

protected:
    static constexpr int kPageSize = 50;

    void vaultAttached() override;

    // The rows held now.
    virtual qsizetype heldRows() const = 0;
    // Reads up to limit rows from offset into a page kept aside; how many it read.
    virtual Result<qsizetype> readPage(int limit, int offset) = 0;
    // The page read last goes after the rows held, or replaces them all.
    virtual void takePage(bool replaceRows) = 0;
    // Lets go of every row held.
    virtual void dropRows() = 0;

    // Reads the rows again, as many as were shown, so an edit deep in a long list does not
    // fold it up. With the vault locked the list is empty.
    void reload();
    // Empties the list (the vault locked): no row of user content stays in memory.
    void clear();
    // The end of an edit: false with lastError set when it failed, else the rows read again.
    bool report(const Status& status);
    // Whether an edit of row can go ahead: the vault is open and the row is there; lastError
    // says why not (gone: the message for a row no longer there).
    bool usable(bool open, int row, const QString& gone);
    void setLastError(const QString& message);
    // After an undo put a row back at the end of total rows: moves it up (moveUp() once a place)
    // until it stands at row again. A move that fails leaves it where it is: back, only not in
    // its old place, so nothing is lost.
    template<typename MoveUp>
    static void moveBackTo(int row, int total, MoveUp&& moveUp)
    {
        for (int steps = total - 1 - row; steps > 0; --steps) {
            if (!moveUp()) {
                break;
            }
        }
    }

    // For a subclass that keeps its rows in a QList: readPage keeps what was read as the page
    // (nothing while locked), takePage moves the page into the rows.
    template<typename Row>
    static Result<qsizetype> keepPage(QList<Row>& page, Result<QList<Row>> read)
    {
        page.clear();
        if (!read) {
            return read.error();
        }
        page = std::move(read).value();
        return page.size();
    }
    template<typename Row>
    static void movePage(QList<Row>& rows, QList<Row>& page, bool replaceRows)
    {
        if (replaceRows) {
            rows = std::exchange(page, {});
        } else {
            rows.append(std::exchange(page, {}));
        }
    }

private:
    bool m_hasMore = false;
    QString m_lastError;
};

} // namespace tideline::app
