#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace tideline::test {

// Runs the event loop until done() holds or the time is up; returns done()'s last answer.
// Session finishes its Argon2id work on a worker thread and reports back through the loop.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return done();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace tideline::test
