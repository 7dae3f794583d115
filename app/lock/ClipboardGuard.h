#pragma once

#include <QClipboard>
#include <QObject>

#include <functional>

namespace tideline::app {

class Session;

// What the person copied inside Tideline (a line of an entry, a note) must not outlive the lock
// on the clipboard or the X11 selection: on lock, each one Tideline filled is cleared. What
// another program put there is left alone; clearing someone else's copy would lose their text.
//
// X11 says who owns a clipboard (QClipboard::ownsClipboard/ownsSelection). Where the platform
// cannot tell (Wayland, offscreen), a change made while Tideline's window had the focus counts as
// Tideline's, and a change made while it did not counts as another program's.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    // inForeground: whether Tideline has the focus now (tests pass their own; the platform's
    // application state otherwise).
    explicit ClipboardGuard(Session& session, std::function<bool()> inForeground = {}, QObject* parent = nullptr);

    // Whether the clipboard (or the selection) holds text Tideline put there, as far as can be told.
    bool holdsOurs(QClipboard::Mode mode) const;

private:
    void noteChange(QClipboard::Mode mode);
    void clearOurs();

    std::function<bool()> m_inForeground;
    bool m_copiedHere[2] = {false, false}; // QClipboard::Clipboard, QClipboard::Selection
};

} // namespace tideline::app
