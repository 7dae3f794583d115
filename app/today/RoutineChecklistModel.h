#pragma once

#include "app/VaultClient.h"
#include "core/routines/Routine.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Today's healing-routine checklist: the items shown on Today and whether each was done on
// the day shown. A dozen or so rows; read in two small queries.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class RoutineChecklistModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RoutineChecklistModel)

    // 'YYYY-MM-DD'; empty means today. The Today page binds it to the check-in's day.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY doneCountChanged)
    // A gentle line for one item not ticked yet ("A glass of water counts"), or "".
    Q_PROPERTY(QString nudge READ nudge NOTIFY doneCountChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        RoutineIdRole = Qt::UserRole + 1, // qint64
        LabelRole, // "Drink some water"
        DoneRole, // bool, on the day shown
        BuiltinRole,
    };
    Q_ENUM(Role)

    explicit RoutineChecklistModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString day() const;
    void setDay(const QString& day);
    int doneCount() const;
    QString nudge() const;
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE bool setDone(int row, bool done);
    Q_INVOKABLE void reload();

signals:
    void dayChanged();
    void countChanged();
    void doneCountChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    struct Row
    {
        Routine routine;
        bool done = false;
    };

    void loadDone();
    void drop();
    void setError(const QString& message);
    QDate shownDay() const;

    QDate m_day;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace tideline::app
