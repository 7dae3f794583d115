#pragma once

#include "app/VaultClient.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Tells the person about words the journal could not save as the vault locked (a full disk:
// VaultAccess::holdEntry): on the lock screen, that they wait in memory and how to save them;
// after an unlock, that they are saved now, or still not and why, with "Try again". It never
// shows the words themselves. Not final: QML creates it through a subclass (Qt 6.4).
class HeldWordsNotice : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(HeldWordsNotice)

    // Empty when there is nothing to say.
    Q_PROPERTY(QString text READ text NOTIFY changed)
    // The last try failed and the vault is open: "Try again" makes sense.
    Q_PROPERTY(bool canTryAgain READ canTryAgain NOTIFY changed)
    // The notice is a worry (words not saved) rather than good news.
    Q_PROPERTY(bool concern READ concern NOTIFY changed)

public:
    explicit HeldWordsNotice(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QString text() const;
    bool canTryAgain() const;
    bool concern() const;

    Q_INVOKABLE void tryAgain();
    // "OK" / "Hide": the person read it (the words, if still held, stay held).
    Q_INVOKABLE void dismiss();

signals:
    void changed();

private:
    void vaultAttached() override;
};

} // namespace tideline::app
