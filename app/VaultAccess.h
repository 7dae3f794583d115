#pragma once

#include "app/lock/Session.h"
#include "core/common/AppName.h"
#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <type_traits>

namespace tideline::app {

// How app/ controllers reach the vault: for one call at a time, never kept. Everything here
// answers "locked" (nullptr / nullopt) unless Session::database() has an open database.

// The open database for one call, or nullptr while locked.
inline Database* openDatabase()
{
    Session* session = Session::instance();
    return session ? session->database() : nullptr;
}

// The session's clock (a ManualClock in tests), or the system clock before a session exists.
inline const Clock& appClock()
{
    Session* session = Session::instance();
    return session ? session->clock() : SystemClock::instance();
}

// A core repository over the open database for one call: Repository(db, clock) when it takes
// a clock, else Repository(db); nullopt while locked.
template<typename Repository>
std::optional<Repository> openRepository()
{
    Database* db = openDatabase();
    if (!db) {
        return std::nullopt;
    }
    if constexpr (std::is_constructible_v<Repository, Database&, const Clock&>) {
        return Repository(*db, appClock());
    } else {
        return Repository(*db);
    }
}

inline QString lockedMessage()
{
    return QCoreApplication::translate("Tideline", "%1 is locked. Unlock it to see and change this.").arg(appName());
}

} // namespace tideline::app
