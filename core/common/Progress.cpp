#include "core/common/Progress.h"

#include <QCoreApplication>

namespace tideline {

namespace {

// Often enough for a bar to move smoothly, rarely enough that posting a report costs nothing.
constexpr qint64 kReportEveryMs = 40;

} // namespace

Progress::Progress(Listener listener, std::shared_ptr<std::atomic_bool> stop)
    : m_listener(std::move(listener)), m_stop(std::move(stop))
{}

void Progress::step(const QString& text, qint64 total)
{
    m_step = text;
    m_done = 0;
    m_total = total;
    report(true);
}

void Progress::advance(qint64 done)
{
    m_done = done;
    report(false);
}

void Progress::setTotal(qint64 total)
{
    m_total = total;
    report(false);
}

void Progress::report(bool force)
{
    if (!m_listener) {
        return;
    }
    if (!force && m_sinceReport.isValid() && m_sinceReport.elapsed() < kReportEveryMs) {
        return;
    }
    m_sinceReport.start();
    m_listener(m_step, m_done, m_total);
}

Error Progress::cancelled(const QString& what)
{
    return Error::make(ErrorCode::Cancelled,
        QCoreApplication::translate("Progress", "Stopped, as you asked. %1", "then what was left as it was")
            .arg(what)
            .trimmed());
}

} // namespace tideline
