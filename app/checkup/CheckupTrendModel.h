#pragma once

#include "app/VaultClient.h"
#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// A check-up's totals over time for the Trends page: one point per finished check-up that has
// a total (points only: weeks between check-ups are not joined into a line), the form's bands
// to shade lightly behind them, and a sentence that says what the chart shows. A person takes
// a check-up every week or few at most, so even ten years are a few hundred points.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class CheckupTrendModel : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(CheckupTrendModel)

    Q_PROPERTY(QVariantList forms READ forms NOTIFY formsChanged) // [{key, name}] taken at least once
    Q_PROPERTY(QString formKey READ formKey WRITE setFormKey NOTIFY seriesChanged)
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY seriesChanged) // 0 = all
    Q_PROPERTY(QVariantList points READ points NOTIFY seriesChanged) // [{x: ms, y, text}]
    Q_PROPERTY(QVariantList bands READ bands NOTIFY seriesChanged) // [{min, max, label}]
    Q_PROPERTY(int scoreMin READ scoreMin NOTIFY seriesChanged)
    Q_PROPERTY(int scoreMax READ scoreMax NOTIFY seriesChanged)
    Q_PROPERTY(QDateTime axisFrom READ axisFrom NOTIFY seriesChanged)
    Q_PROPERTY(QDateTime axisTo READ axisTo NOTIFY seriesChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY seriesChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY seriesChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY seriesChanged)

public:
    explicit CheckupTrendModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QVariantList forms() const { return m_forms; }
    QString formKey() const { return m_formKey; }
    void setFormKey(const QString& key);
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    QVariantList points() const { return m_points; }
    QVariantList bands() const { return m_bands; }
    int scoreMin() const { return m_scoreMin; }
    int scoreMax() const { return m_scoreMax; }
    QDateTime axisFrom() const { return m_axisFrom; }
    QDateTime axisTo() const { return m_axisTo; }
    bool hasData() const { return !m_points.isEmpty(); }
    QString summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();

signals:
    void formsChanged();
    void seriesChanged();

private:
    void vaultAttached() override;
    void loadSeries();
    void drop();

    QVariantList m_forms;
    QString m_formKey;
    int m_rangeDays = 0;
    QVariantList m_points;
    QVariantList m_bands;
    int m_scoreMin = 0;
    int m_scoreMax = 0;
    QDateTime m_axisFrom;
    QDateTime m_axisTo;
    QString m_summary;
    QString m_lastError;
};

} // namespace tideline::app
