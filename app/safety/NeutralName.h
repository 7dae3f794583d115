#pragma once

namespace tideline::app {

class AppSettings;

// Keeps QGuiApplication::applicationDisplayName (what the task bar and window manager show
// next to the window title) in step with neutral mode: "Notes" when it is on. Titles of open
// windows are re-sent, because Qt adds the display name to a title only when the title is set.
void followNeutralMode(AppSettings& settings);

// Call once before the first window exists. In neutral mode the window's class (X11 WM_CLASS,
// which some task bars show or group by) and the desktop file name say "notes" too. These are
// fixed when the window is made, so switching neutral mode on changes them at the next start.
// The vault's folder does not depend on the application name (VaultPaths), so nothing moves.
void applyNeutralIdentity(const AppSettings& settings);

} // namespace tideline::app
