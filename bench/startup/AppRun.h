#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tideline::bench {

// One start of the app with --exit-after-first-frame.
struct AppRun
{
    std::optional<double> firstFrameMs; // the app's own figure: process start to first frame
    double wallMs = 0; // QProcess start to exit, as seen from outside (fork, exec, teardown)
    QString failure; // empty when the run went as planned
};

// The milliseconds of a "first-frame-ms <ms>" line in a program's output, if it has one.
std::optional<double> parseFirstFrame(const QByteArray& output);

// Starts `app --exit-after-first-frame --data-dir dataDir` with QT_QPA_PLATFORM=platform and
// waits for it to print "first-frame-ms <ms>" and exit 0.
AppRun runAppOnce(const QString& app, const QString& dataDir, const QString& platform);

} // namespace tideline::bench
