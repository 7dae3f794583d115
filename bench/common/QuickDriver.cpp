#include "QuickDriver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

namespace tideline::bench {

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // What the app's own event loop does and processEvents() from main() does not: delete
        // what was handed to deleteLater() (the pages unloaded on lock, among others).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!done()) {
            QThread::usleep(100);
        }
    }
    return done();
}

QObject* findByName(QObject* root, const QString& name)
{
    if (root == nullptr) {
        return nullptr;
    }
    if (QObject* found = root->findChild<QObject*>(name)) {
        return found;
    }
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        for (QQuickItem* child : item->childItems()) {
            if (child->objectName() == name) {
                return child;
            }
            if (QObject* found = findByName(child, name)) {
                return found;
            }
        }
    }
    return nullptr;
}

QQuickItem* loaded(QObject* root, const char* name)
{
    QObject* loader = findByName(root, QString::fromLatin1(name));
    return loader == nullptr ? nullptr : qvariant_cast<QQuickItem*>(loader->property("item"));
}

bool frameAfter(QQuickWindow* window, Frames& frames, const std::function<bool()>& ready, qint64* shownNs)
{
    if (!waitUntil(ready)) {
        return false;
    }
    const int seen = frames.count;
    window->update();
    if (!waitUntil([&] { return frames.count > seen; }, 10000)) {
        return false;
    }
    if (shownNs != nullptr) {
        *shownNs = frames.lastNs;
    }
    const int again = frames.count;
    window->update();
    return waitUntil([&] { return frames.count > again; }, 10000);
}

} // namespace tideline::bench
