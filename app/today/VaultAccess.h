#pragma once

#include "Session.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QString>

namespace tideline::app::today {

// The open database for one call, or nullptr while locked (Session::database()).
inline Database* openDatabase()
{
    Session* session = Session::instance();
    return session ? session->database() : nullptr;
}

inline const Clock& appClock()
{
    Session* session = Session::instance();
    return session ? session->clock() : SystemClock::instance();
}

inline QString lockedMessage()
{
    return QCoreApplication::translate("Today", "Tideline is locked. Unlock it to see and change this.");
}

} // namespace tideline::app::today
