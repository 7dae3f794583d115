#include "CliProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace tideline::test {

namespace {

constexpr int kTimeoutMs = 120 * 1000; // generous: a loaded CI machine, Argon2id per run

} // namespace

QString cliPath()
{
    return QStringLiteral(TIDELINE_CLI_PATH);
}

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QString& dataDirFromEnvironment)
{
    return runProgram(cliPath(), arguments, input, dataDirFromEnvironment);
}

CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input,
    const QString& dataDirFromEnvironment)
{
    QProcess process;
    // A developer's own TIDELINE_DATA_DIR must never be touched by a test.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TIDELINE_DATA_DIR"));
    if (!dataDirFromEnvironment.isEmpty()) {
        env.insert(QStringLiteral("TIDELINE_DATA_DIR"), dataDirFromEnvironment);
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(kTimeoutMs)) {
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray line(const QByteArray& text)
{
    return text + '\n';
}

} // namespace tideline::test
