#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline::app {

// Neutral mode in the desktop's menu. The package installs /usr/share/applications/tideline.desktop
// ("Tideline", the tide icon). A file of the same name under the person's own applications
// folder ($XDG_DATA_HOME/applications, usually ~/.local/share/applications) takes its place in
// every freedesktop.org menu, so neutral mode writes one there that says "Notes" with a plain
// notebook icon, and removes it when neutral mode is turned off. It holds no content: only the
// fixed lines of neutralDesktopEntry().
inline constexpr char16_t kDesktopFileName[] = u"tideline.desktop";

// The text of the override. Marked with X-Neutral-Override so that Tideline only ever replaces
// or removes a file it wrote itself, never one the person made.
QByteArray neutralDesktopEntry();

// $XDG_DATA_HOME/applications/tideline.desktop, or empty when no such folder can be named.
QString neutralDesktopEntryPath();

// Writes the override (atomically) unless a file there is the person's own, which is kept.
Status writeNeutralDesktopEntry(const QString& path);
// Removes the override if it is one Tideline wrote; anything else there is left alone.
Status removeNeutralDesktopEntry(const QString& path);

} // namespace tideline::app
