#pragma once

#include "app/trends/TrendListModel.h"

#include "core/checkin/Metric.h"

#include <QDate>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// The Trends page's year at a glance: one cell per day of the chosen year up to today, Monday
// at the top of each week's column, with how deep its colour is (0–4, or -1 for nothing
// recorded), the months' first columns, and a summary in words. At most 366 rows.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class TrendCalendarModel : public TrendListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(TrendCalendarModel)

    Q_PROPERTY(QString metricKey READ metricKey WRITE setMetricKey NOTIFY metricKeyChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY calendarChanged)
    Q_PROPERTY(int firstYear READ firstYear NOTIFY calendarChanged)
    Q_PROPERTY(int lastYear READ lastYear NOTIFY calendarChanged)
    Q_PROPERTY(int columns READ columns NOTIFY calendarChanged) // weeks drawn, 53 or 54 at most
    // [{column, label: "Mar"}]: where each month's first day sits.
    Q_PROPERTY(QVariantList months READ months NOTIFY calendarChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY calendarChanged)

public:
    enum Role {
        DayRole = Qt::UserRole + 1, // "2026-03-03"
        ValueRole, // the value recorded, or undefined
        LevelRole, // -1 nothing recorded, else 0–4 (deeper is higher)
        RowRole, // 0 = Monday … 6 = Sunday
        ColumnRole, // the week of the year, from 0
        DescriptionRole, // "Tuesday 3 March 2026: 6" / "…: nothing recorded"
    };
    Q_ENUM(Role)

    explicit TrendCalendarModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString metricKey() const { return m_metricKey; }
    void setMetricKey(const QString& key);
    int year() const { return m_year; }
    void setYear(int year);
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int columns() const { return m_columns; }
    QVariantList months() const { return m_months; }
    QString summary() const { return m_summary; }

    Q_INVOKABLE void reload();

signals:
    void metricKeyChanged();
    void calendarChanged();

private:
    void vaultAttached() override;
    struct Cell
    {
        QDate day;
        std::optional<double> value;
        int level = -1;
        int row = 0;
        int column = 0;
    };

    void drop();

    QString m_metricKey;
    int m_year = 0;
    int m_firstYear = 0;
    int m_lastYear = 0;
    int m_columns = 53;
    QList<Cell> m_cells;
    QVariantList m_months;
    QString m_summary;
};

} // namespace tideline::app
