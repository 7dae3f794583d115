#pragma once

#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "TestVault.h"

#include <QObject>
#include <QString>

namespace tideline::test {

// What the app's "your PIN, once more" dialog does before a copy leaves the vault: types the
// PIN into Session::confirmLeaving and waits for its answer. True when a grant was given.
inline bool confirmLeaving(app::Session& session, const char* pin = kTestPin)
{
    app::SecretEntry entry;
    entry.appendText(QString::fromLatin1(pin));
    bool answered = false;
    bool confirmed = false;
    const QMetaObject::Connection connection
        = QObject::connect(&session, &app::Session::leavingConfirmed, [&](bool ok) {
              answered = true;
              confirmed = ok;
          });
    session.confirmLeaving(&entry);
    const bool inTime = waitUntil([&] { return answered; });
    QObject::disconnect(connection);
    return inTime && confirmed;
}

} // namespace tideline::test
