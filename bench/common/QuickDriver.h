#pragma once

#include <QList>
#include <QString>

#include <functional>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace tideline::bench {

// Runs the event loop until done() holds or timeoutMs passes; returns done().
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120000);

// Counts a window's frames, and the time of the last one (connect it with countFrames).
struct Frames
{
    int count = 0;
    qint64 lastNs = 0;
};

// By objectName, through QObject children and visual children both (a Repeater's delegates
// are only the latter).
QObject* findByName(QObject* root, const QString& name);

// The loaded item of a Loader named `name` under root (the page, the section).
QQuickItem* loaded(QObject* root, const char* name);

// Waits for two frames after `ready` holds: the one it may already be drawing, and one that
// certainly shows it. Sets *shownNs to the time of the first frame drawn after `ready` held.
bool frameAfter(QQuickWindow* window, Frames& frames, const std::function<bool()>& ready, qint64* shownNs = nullptr);

} // namespace tideline::bench
