#pragma once

#include <QString>
#include <QtGlobal>

namespace tideline::app {

class AppSettings;

// Log lines in neutral mode (issue 20, item 8). A desktop session sends a program's standard
// error to the system journal, where anyone who reads it would find "tideline.vault: …" and
// Qt's warnings naming qrc:/qt/qml/Tideline/…: in neutral mode nothing is written there at all.
// Run from a terminal (stderr is a TTY), the lines still show, for the person looking, with the
// app's name put as the neutral one. No log line ever holds user content or a secret.
//
// holdLogUntilNeutralModeIsKnown() goes first in main(): until installNeutralLog() reads the
// settings, lines wait in memory (a few hundred at most), then go out or not by the same rule.
void holdLogUntilNeutralModeIsKnown();
void installNeutralLog(AppSettings& settings);

// The rule itself, for tests: what reaches stderr for one formatted line (empty: nothing).
QString neutralLogLine(const QString& formatted, bool neutral, bool toTerminal);

} // namespace tideline::app
