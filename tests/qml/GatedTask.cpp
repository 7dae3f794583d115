#include "GatedTask.h"

#include "app/tasks/TaskProgress.h"

#include <QThread>

namespace tideline::test {

GatedTask::GatedTask(QObject* parent) : QObject(parent), m_progress(new app::TaskProgress(this))
{}

GatedTask::~GatedTask()
{
    m_finish->store(true);
    m_progress->waitForEnd();
}

bool GatedTask::start(const QString& step, int total)
{
    m_done->store(0);
    m_finish->store(false);
    if (!m_outcome.isEmpty()) {
        m_outcome.clear();
        emit outcomeChanged();
    }
    auto stopped = std::make_shared<bool>(false);
    return m_progress->start(
        [step, total, stopped, done = m_done, finish = m_finish](Progress& progress) {
            progress.step(step, total);
            while (!finish->load()) {
                if (progress.stopRequested()) {
                    *stopped = true;
                    return;
                }
                progress.advance(done->load());
                QThread::msleep(5);
            }
        },
        [this, stopped] {
            m_outcome = *stopped ? QStringLiteral("stopped") : QStringLiteral("finished");
            emit outcomeChanged();
        });
}

} // namespace tideline::test
