#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace tideline::app {
class TaskProgress;
}

namespace tideline::test {

// A long task whose pace the test sets (tst_TaskProgress.qml): it runs on a worker through a real
// TaskProgress, reports the step and count the test gives it, and ends when the test says so or
// when Stop is pressed. The bar and its Stop are then checked at every moment, without racing a
// real export against the clock.
class GatedTask : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedTask)
    Q_MOC_INCLUDE("app/tasks/TaskProgress.h")

    Q_PROPERTY(tideline::app::TaskProgress* progress READ progress CONSTANT)
    // "", then "finished" or "stopped" once the work has ended and done() ran.
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)

public:
    explicit GatedTask(QObject* parent = nullptr);
    ~GatedTask() override;

    app::TaskProgress* progress() const { return m_progress; }
    QString outcome() const { return m_outcome; }

    // Starts the work: it names `step` and a size of `total` (0: unknown).
    Q_INVOKABLE bool start(const QString& step, int total);
    // How far the work has come; it reports this on its next turn.
    Q_INVOKABLE void advance(int done) { m_done->store(done); }
    // Lets the work end as finished.
    Q_INVOKABLE void finish() { m_finish->store(true); }

signals:
    void outcomeChanged();

private:
    app::TaskProgress* m_progress;
    QString m_outcome;
    std::shared_ptr<std::atomic_int> m_done = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic_bool> m_finish = std::make_shared<std::atomic_bool>(false);
};

} // namespace tideline::test
