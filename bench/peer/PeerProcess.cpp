#include "PeerProcess.h"

#include "common/BenchTable.h"
#include "startup/AppRun.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace tideline::bench {

namespace {

// The process group of a process: field 5 of /proc/PID/stat, counted after the command name
// (which is in parentheses and may hold spaces). -1 when the process is gone.
qint64 processGroupOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(afterName + 2).split(' ');
    return fields.size() > 2 ? fields.at(2).toLongLong() : -1;
}

} // namespace

PeerProcess::~PeerProcess()
{
    stop();
}

bool PeerProcess::start(const QString& program, const QStringList& arguments, const QProcessEnvironment& env)
{
    m_process.setProcessEnvironment(env);
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    // Its own group, so the helpers it starts (RedNoteBook's WebKit processes) are counted and
    // ended with it. Runs in the child between fork and exec, where only async-signal-safe calls
    // belong: setpgid is one.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_sinceFork.start();
    m_process.start();
    if (!m_process.waitForStarted()) {
        m_failure = QStringLiteral("could not start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    m_pid = m_process.processId();
    return true;
}

std::optional<FirstFrame> PeerProcess::waitForFirstFrame(int timeoutMs)
{
    const QString program = m_process.program();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        m_output += m_process.readAllStandardOutput();
        if (const auto ownMs = parseFirstFrame(m_output)) {
            return FirstFrame{*ownMs, static_cast<double>(m_sinceFork.nsecsElapsed()) / 1e6};
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_failure = QStringLiteral("%1 ended (exit %2) before its first frame: %3")
                            .arg(program)
                            .arg(m_process.exitCode())
                            .arg(QString::fromUtf8(m_process.readAllStandardError().right(2000)));
            return std::nullopt;
        }
    }
    m_failure = QStringLiteral("%1 showed no first frame within %2 s").arg(program).arg(timeoutMs / 1000);
    return std::nullopt;
}

void PeerProcess::settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        m_output += m_process.readAllStandardOutput();
        m_process.readAllStandardError(); // GTK's warnings: not kept
    }
}

QList<qint64> PeerProcess::group() const
{
    QList<qint64> members;
    if (m_pid <= 0) {
        return members;
    }
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid && processGroupOf(pid) == m_pid) {
            members.append(pid);
        }
    }
    return members;
}

ProcessMemory PeerProcess::memory() const
{
    ProcessMemory memory;
    memory.rss = processStatusMiB(m_pid, "VmRSS");
    memory.peak = processStatusMiB(m_pid, "VmHWM");
    const QList<qint64> members = group();
    for (const qint64 pid : members) {
        memory.groupRss += processStatusMiB(pid, "VmRSS");
    }
    memory.groupSize = static_cast<int>(members.size());
    return memory;
}

bool PeerProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        return false;
    }
    m_output += m_process.readAllStandardOutput();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void PeerProcess::stop()
{
    if (m_pid <= 0) {
        return;
    }
    // The whole group, helpers included; the main process may be gone and its helpers not.
    ::kill(static_cast<pid_t>(-m_pid), SIGTERM);
    QDeadlineTimer grace(10000);
    while (!group().isEmpty() && !grace.hasExpired()) {
        m_process.waitForFinished(50);
    }
    ::kill(static_cast<pid_t>(-m_pid), SIGKILL);
    m_process.waitForFinished(5000);
    m_pid = 0;
}

} // namespace tideline::bench
