#pragma once

#include "app/VaultClient.h"
#include "core/insights/PeriodReview.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// "How did this month compare?" in words and small figures (DESIGN.md section 5.4): the change
// in mean per metric, the days recorded, the good and harder days, routines, never judging.
// The reflection typed below it is kept as a journal entry tagged "review".
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class ReviewModel : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ReviewModel)

    // "month": this month so far against the last; "lastMonth": the last month against the one
    // before; "days30": the last 30 days against the 30 before; "custom": setRanges().
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY reviewChanged)
    Q_PROPERTY(QString title READ title NOTIFY reviewChanged)
    Q_PROPERTY(QString beforeLabel READ beforeLabel NOTIFY reviewChanged)
    Q_PROPERTY(QString afterLabel READ afterLabel NOTIFY reviewChanged)
    Q_PROPERTY(QString daysSentence READ daysSentence NOTIFY reviewChanged)
    // [{label, sentence, before (or undefined), after (or undefined), min, max, unit}]
    Q_PROPERTY(QVariantList metricLines READ metricLines NOTIFY reviewChanged)
    Q_PROPERTY(QVariantList routineLines READ routineLines NOTIFY reviewChanged) // [{sentence}]
    Q_PROPERTY(QString moodDaysSentence READ moodDaysSentence NOTIFY reviewChanged)
    // Check-ups taken in either period (core/checkup/CheckupReview): [{sentence}]
    Q_PROPERTY(QVariantList checkupLines READ checkupLines NOTIFY reviewChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY reviewChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The reflection being typed; kept here so a lock (quick exit, auto-lock) can keep it as a
    // journal draft instead of losing it.
    Q_PROPERTY(QString reflection READ reflection WRITE setReflection NOTIFY reflectionChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY savedMessageChanged)

public:
    explicit ReviewModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString period() const { return m_period; }
    void setPeriod(const QString& period);
    QString title() const { return m_title; }
    QString beforeLabel() const;
    QString afterLabel() const;
    QString daysSentence() const { return m_daysSentence; }
    QVariantList metricLines() const { return m_metricLines; }
    QVariantList routineLines() const { return m_routineLines; }
    QString moodDaysSentence() const { return m_moodDaysSentence; }
    QVariantList checkupLines() const { return m_checkupLines; }
    bool hasData() const { return !m_metricLines.isEmpty() || !m_routineLines.isEmpty() || !m_checkupLines.isEmpty(); }
    QString lastError() const { return m_lastError; }
    QString reflection() const { return m_reflection; }
    void setReflection(const QString& text);
    QString savedMessage() const { return m_savedMessage; }

    // Any two ranges, as 'YYYY-MM-DD'; false with lastError on a bad date or range.
    Q_INVOKABLE bool setRanges(
        const QString& beforeFrom, const QString& beforeTo, const QString& afterFrom, const QString& afterTo);
    Q_INVOKABLE void reload();
    // Saves the reflection as a journal entry tagged "review" about today; the text stays in
    // the box (with lastError) when it cannot be saved.
    Q_INVOKABLE bool saveReflection();

signals:
    void reviewChanged();
    void lastErrorChanged();
    void reflectionChanged();
    void savedMessageChanged();

private:
    void vaultAttached() override;
    void compute();
    void setError(const QString& message);
    void drop();
    void keepReflectionAsDraft();
    void setSavedMessage(const QString& message);

    QString m_period = QStringLiteral("month");
    insights::DayRange m_before;
    insights::DayRange m_after;
    QString m_title;
    QString m_daysSentence;
    QVariantList m_metricLines;
    QVariantList m_routineLines;
    QString m_moodDaysSentence;
    QVariantList m_checkupLines;
    QString m_lastError;
    QString m_reflection;
    QString m_savedMessage;
};

} // namespace tideline::app
