#include "AppRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace tideline::bench {

namespace {

constexpr int kTimeoutMs = 30 * 1000;

} // namespace

std::optional<double> parseFirstFrame(const QByteArray& output)
{
    static const QRegularExpression line(
        QStringLiteral("^first-frame-ms\\s+([0-9]+(?:\\.[0-9]+)?)\\s*$"), QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromUtf8(output));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toDouble();
}

AppRun runAppOnce(const QString& app, const QString& dataDir, const QString& platform)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.remove(QStringLiteral("TIDELINE_DATA_DIR"));
    process.setProcessEnvironment(env);

    AppRun run;
    QElapsedTimer wall;
    wall.start();
    process.start(app, {QStringLiteral("--exit-after-first-frame"), QStringLiteral("--data-dir"), dataDir});
    if (!process.waitForFinished(kTimeoutMs)) {
        run.failure = process.error() == QProcess::FailedToStart
            ? QStringLiteral("could not start %1").arg(app)
            : QStringLiteral("the app did not exit within %1 s").arg(kTimeoutMs / 1000);
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;

    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.failure = QStringLiteral("the app exited with %1: %2")
                          .arg(process.exitCode())
                          .arg(QString::fromUtf8(process.readAllStandardError().trimmed()));
        return run;
    }
    run.firstFrameMs = parseFirstFrame(output);
    if (!run.firstFrameMs) {
        run.failure = QStringLiteral("the app printed no \"first-frame-ms\" line (does it know "
                                     "--exit-after-first-frame?)");
    }
    return run;
}

} // namespace tideline::bench
