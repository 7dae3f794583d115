#pragma once

#include <QString>

namespace tideline {

// The one place that knows what the app calls itself: "Tideline", or "Notes" while neutral mode
// is on (someone glancing at the screen learns nothing about what the app is for). Every
// visible string that names the app takes it from here as an argument ("%1 is locked"), in
// core/ as in app/ and QML (AppSettings.appName), never spelled out.
//
// Neutral mode is a process-wide switch: the desktop app keeps it in step with its settings
// (app/AppSettings); tideline-cli leaves it off. Safe to read from any thread.
QString appName();
// The name for a given state of neutral mode, whatever the switch says now.
QString appNameFor(bool neutral);

bool neutralNameShown();
void showNeutralName(bool neutral);

} // namespace tideline
