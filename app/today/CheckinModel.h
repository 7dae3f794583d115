#pragma once

#include "app/VaultClient.h"
#include "core/checkin/Metric.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The check-in of one day for the Today page: one row per metric shown on Today, with the
// day's value (or "not recorded") and the previous day's value for reference. A person has
// a few dozen metrics at most, so the model reads them in one small query; the values are
// one query per day.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class CheckinModel : public QAbstractListModel, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(CheckinModel)

    // The day shown, 'YYYY-MM-DD'; empty or invalid means today.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    // "Today", "Yesterday", "Monday 3 March", or "3 March 2025" for another year.
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY dayChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dayChanged)
    Q_PROPERTY(QString today READ today NOTIFY dayChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int recordedCount READ recordedCount NOTIFY valuesChanged)
    // The sensitive metric is on and recorded above zero: the page offers support, calmly.
    Q_PROPERTY(bool showSupport READ showSupport NOTIFY valuesChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role {
        MetricIdRole = Qt::UserRole + 1, // qint64
        KeyRole, // "mood"
        LabelRole, // "Mood"
        KindRole, // "scale", "count", "hours", "boolean"
        MinValueRole,
        MaxValueRole,
        StepRole, // 0.5 for hours, else 1
        RecordedRole, // false = not recorded
        ValueRole, // meaningful only when recorded
        ValueTextRole, // "6", "7.5 h", "yes", or "—, not recorded"
        PreviousTextRole, // the day before, as text, or "" when not recorded
        MomentFloorRole, // moments logged that count into this metric on the day
        SensitiveRole,
    };
    Q_ENUM(Role)

    explicit CheckinModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString day() const;
    void setDay(const QString& day);
    QString dayLabel() const;
    bool isToday() const;
    QString today() const;
    int recordedCount() const;
    bool showSupport() const;
    QString lastError() const { return m_lastError; }

    // Saves at once; false (and lastError) when the value does not fit, nothing saved.
    Q_INVOKABLE bool setValue(int row, double value);
    // Back to "not recorded" (or to the moments logged, for flashbacks and nightmares).
    Q_INVOKABLE bool clearValue(int row);
    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    // Reads metrics and values again (after Settings changed them).
    Q_INVOKABLE void reload();
    // Reads only the values again (after a moment was logged): the rows and focus stay.
    Q_INVOKABLE void refreshValues();
    Q_INVOKABLE void clearError();
    // Called every half minute: when the date has changed since the rows were read (the page
    // left open past midnight), "today" moves on and its rows are read again, so a value set
    // after midnight is never shown against the day before. Public for tests.
    void checkDateChange();

signals:
    void dayChanged();
    void countChanged();
    void valuesChanged();
    void lastErrorChanged();
    // A value was saved or cleared; the page can say so quietly.
    void saved(const QString& label);

private:
    void vaultAttached() override;
    struct Row
    {
        Metric metric;
        std::optional<double> value;
        std::optional<double> previous;
        int momentFloor = 0;
    };

    void loadValues();
    void drop();
    void setError(const QString& message);
    QString valueText(const Metric& metric, const std::optional<double>& value) const;

    QDate m_day; // invalid = today
    QDate m_todaySeen; // the date "today" meant when the rows were read
    QTimer m_dateWatch;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace tideline::app
