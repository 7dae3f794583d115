#pragma once

#include "core/common/Result.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace tideline {

// How a long task of core/ (an import, an export, a backup, a restore, the demo vault) says what
// it is doing and how far along it is, and learns that the person asked it to stop.
//
// The task calls step() when it starts a new part ("Reading the file", with the part's size in
// whatever unit it counts: bytes, entries), advance() as it goes, and asks stopRequested() at
// safe places; when it stops there it undoes what it did and returns cancelled(). Reports reach
// the listener at most every 40 ms (and at every new step), so a task may call advance() per
// record; the listener runs on the task's thread and must be quick (post, do not paint).
//
// A default-constructed Progress reports to nobody and never stops: what the CLI uses when its
// output is not a terminal, and what the tests use unless they test this.
class Progress
{
public:
    // step: what is happening, in the person's words; total 0 means "size unknown".
    using Listener = std::function<void(const QString& step, qint64 done, qint64 total)>;

    Progress() = default;
    explicit Progress(Listener listener, std::shared_ptr<std::atomic_bool> stop = {});

    void step(const QString& text, qint64 total);
    void advance(qint64 done);
    // Moves the step's size (a total found out later).
    void setTotal(qint64 total);

    bool stopRequested() const { return m_stop && m_stop->load(std::memory_order_relaxed); }
    // The flag a caller sets to stop the task (also read by SQLite's progress handler).
    const std::shared_ptr<std::atomic_bool>& stopFlag() const { return m_stop; }

    // ErrorCode::Cancelled with `what` ("Nothing was imported.") after a plain "Stopped.".
    static Error cancelled(const QString& what);

private:
    void report(bool force);

    Listener m_listener;
    std::shared_ptr<std::atomic_bool> m_stop;
    QString m_step;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QElapsedTimer m_sinceReport;
};

} // namespace tideline
