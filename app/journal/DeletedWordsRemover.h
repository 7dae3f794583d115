#pragma once

#include "app/tasks/TaskProgress.h"

#include <QObject>
#include <QPointer>

namespace tideline::app {

class VaultAccess;

// Takes the words a delete or an edit set aside out of the full-text index, off the window's
// thread, on a connection of its own: the slow half of a delete or a save, about 25-50 ms on a
// 10-year vault, that the person does not wait for (JournalRepository::removeDeletedWords). Until
// it has run, the entry is left out of every search. VaultAccess owns the one the app has, so two
// never race. A lock stops it and takes over: Vault::lock removes whatever still waits, and so does
// the next unlock after a crash.
class DeletedWordsRemover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletedWordsRemover)

public:
    explicit DeletedWordsRemover(QObject* parent = nullptr);

    // After a delete or a save that changed words: runs now when words wait, or once more when
    // the run under way ends (it takes every entry waiting, so one more run covers any number of
    // writes made meanwhile).
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
