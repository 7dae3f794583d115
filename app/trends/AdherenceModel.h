#pragma once

#include "app/trends/TrendListModel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The Trends page's routines: for each routine item, on how many days of the range it was done,
// and a bar per week for the latest 13 weeks. Items put away and not done in the range are
// left out. One row per routine item. Not final: QML creates it through a subclass (Qt 6.4).
class AdherenceModel : public TrendListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AdherenceModel)

    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY rangeDaysChanged) // 7, 30, 90, 365; 0 = all

public:
    enum Role {
        LabelRole = Qt::UserRole + 1, // "Drink some water"
        DoneRole, // days done in the range
        DaysRole, // days in the range
        SentenceRole, // "Drink some water: done on 12 of 30 days"
        WeeksRole, // [0–1 per week, the latest 13 weeks of the range, oldest first]
    };
    Q_ENUM(Role)

    explicit AdherenceModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);

    Q_INVOKABLE void reload();

signals:
    void rangeDaysChanged();

private:
    void vaultAttached() override;
    struct Row
    {
        QString label;
        int done = 0;
        int days = 0;
        QVariantList weeks;
    };

    int m_rangeDays = 30;
    QList<Row> m_rows;
};

} // namespace tideline::app
