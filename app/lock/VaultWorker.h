#pragma once

#include <QFuture>
#include <QObject>

#include <functional>

namespace tideline::app {

// The Session's one background thread for the slow Argon2id steps (create, unlock, recover,
// change of secret, restore): one piece of work at a time, its result taken in on the
// Session's thread.
class VaultWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultWorker)

public:
    using Work = std::function<void()>;

    explicit VaultWorker(QObject* parent = nullptr);
    // Waits for work still running: it may be using the vault.
    ~VaultWorker() override;

    // Runs work on a worker thread, then done on this object's thread, then says idle().
    void run(Work work, Work done);
    // True from run() until done has run. (The future may still count as running for a moment
    // after the result has arrived, so it cannot answer "may I lock now?".)
    bool busy() const { return m_active; }
    void waitForFinished();

signals:
    // The last result was taken in: what waited for the worker can go ahead.
    void idle();

private:
    QFuture<void> m_future;
    bool m_active = false; // set and cleared on this object's thread only
};

} // namespace tideline::app
