#pragma once

#include "app/tasks/TaskProgress.h"

#include <QObject>
#include <QPointer>

namespace tideline::app {

class VaultAccess;

// Takes deleted entries' words out of the full-text index off the window's thread, on a
// connection of its own, right after each delete: the slow half of a delete, about 50 ms on a
// 10-year vault, that the person no longer waits for (JournalRepository::removeDeletedWords). Until it
// has run the words are hidden from every search. A lock stops it and takes over: Vault::lock
// removes whatever still waits, and so does the next unlock after a crash.
class DeletedWordsRemover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletedWordsRemover)

public:
    explicit DeletedWordsRemover(QObject* parent = nullptr);

    // After a delete: runs now, or once more when the run under way ends (it takes every entry
    // waiting, so one more run covers any number of deletes made meanwhile).
    void start(VaultAccess* vault);
    // Blocks until no run is under way: the window's own writes that may meet this one's
    // transaction (an undo, the next delete) wait here rather than answer "busy".
    void waitForEnd();

private:
    void runOnce();
    // How long the window's connection waits for a write of another connection to end.
    void setWindowWait(int milliseconds);

    TaskProgress m_task;
    QPointer<VaultAccess> m_vault;
    bool m_again = false;
};

} // namespace tideline::app
