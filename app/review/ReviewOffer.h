#pragma once

#include "app/VaultClient.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Today's gentle monthly look back (core/review/MonthlyReview): a card from the first of the
// month that offers the Review page for the month just gone, until it is taken up or set aside
// for the month. Settings turns the offer off and on. Nothing is counted.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class ReviewOffer : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ReviewOffer)

    Q_PROPERTY(bool offered READ offered NOTIFY changed)
    // The month just gone, as the person's language names it ("October").
    Q_PROPERTY(QString lastMonthName READ lastMonthName NOTIFY changed)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ReviewOffer(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    bool offered() const { return m_offered; }
    QString lastMonthName() const;
    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    QString lastError() const { return m_lastError; }

    // The person opens the review: not offered again this month.
    Q_INVOKABLE void accept();
    // "Not this month": folds the card away until next month.
    Q_INVOKABLE void notThisMonth();
    Q_INVOKABLE void reload();

signals:
    void changed();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    void settle();
    void setError(const QString& message);

    bool m_offered = false;
    bool m_enabled = true;
    QString m_lastError;
};

} // namespace tideline::app
