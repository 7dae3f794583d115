#pragma once

namespace tideline::app {

class AppSettings;

// Keeps QGuiApplication::applicationDisplayName (what the task bar and window manager show
// next to the window title) in step with neutral mode: "Notes" when it is on.
void followNeutralMode(AppSettings& settings);

} // namespace tideline::app
