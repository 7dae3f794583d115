#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace tideline::bench {

// When a program's first frame was on screen, two ways.
struct FirstFrame
{
    double ownMs = 0; // the program's own "first-frame-ms" line: kernel process start to the frame
    double seenMs = 0; // this bench's clock: just before the fork to that line arriving on the pipe
};

// What the kernel says a program holds, in MiB.
struct ProcessMemory
{
    double rss = 0; // VmRSS of the main process
    double peak = 0; // its VmHWM, the peak since it started
    double groupRss = 0; // VmRSS summed over its process group (helper processes it started)
    int groupSize = 0; // processes in the group
};

// A program started in its own process group (so its helpers can be measured and ended with
// it) that prints "first-frame-ms <ms>" once its first frame is on screen.
class PeerProcess
{
public:
    PeerProcess() = default;
    ~PeerProcess();
    PeerProcess(const PeerProcess&) = delete;
    PeerProcess& operator=(const PeerProcess&) = delete;

    // Starts it; false with failure() set when it could not.
    bool start(const QString& program, const QStringList& arguments, const QProcessEnvironment& env);

    // Waits for the first-frame line; nullopt with failure() set otherwise.
    std::optional<FirstFrame> waitForFirstFrame(int timeoutMs);

    // Lets it run on for ms, reading what it prints so a full pipe never stalls it.
    void settle(int ms);

    // The memory of the running process and its group.
    ProcessMemory memory() const;

    // Waits up to timeoutMs for it to end by itself (true when it exited 0).
    bool waitForExit(int timeoutMs);

    // Ends the whole group: SIGTERM, and SIGKILL after a grace period.
    void stop();

    QString failure() const { return m_failure; }
    QByteArray output() const { return m_output; }
    QByteArray errorOutput() { return m_process.readAllStandardError(); }

private:
    QList<qint64> group() const;

    QProcess m_process;
    QElapsedTimer m_sinceFork;
    QByteArray m_output;
    QString m_failure;
    qint64 m_pid = 0;
};

} // namespace tideline::bench
