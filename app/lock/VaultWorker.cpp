#include "app/lock/VaultWorker.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace tideline::app {

VaultWorker::VaultWorker(QObject* parent) : QObject(parent)
{}

VaultWorker::~VaultWorker()
{
    waitForFinished();
}

void VaultWorker::run(Work work, Work done)
{
    m_active = true;
    m_future = QtConcurrent::run([this, work = std::move(work), done = std::move(done)] {
        work();
        // Back on this object's thread; dropped if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                m_active = false;
                done();
                emit idle();
            },
            Qt::QueuedConnection);
    });
}

void VaultWorker::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace tideline::app
