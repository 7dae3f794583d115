#include "app/lock/ClipboardGuard.h"

#include "app/lock/Session.h"

#include <QGuiApplication>

namespace tideline::app {

namespace {

int slotOf(QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? 1 : 0;
}

constexpr QClipboard::Mode kModes[] = {QClipboard::Clipboard, QClipboard::Selection};

} // namespace

ClipboardGuard::ClipboardGuard(Session& session, std::function<bool()> inForeground, QObject* parent)
    : QObject(parent), m_inForeground(std::move(inForeground))
{
    if (!m_inForeground) {
        m_inForeground = [] { return QGuiApplication::applicationState() == Qt::ApplicationActive; };
    }
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::changed, this, &ClipboardGuard::noteChange);
    }
    connect(&session, &Session::locked, this, &ClipboardGuard::clearOurs);
}

void ClipboardGuard::noteChange(QClipboard::Mode mode)
{
    if (mode == QClipboard::FindBuffer) {
        return;
    }
    m_copiedHere[slotOf(mode)] = m_inForeground();
}

bool ClipboardGuard::holdsOurs(QClipboard::Mode mode) const
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard == nullptr) {
        return false;
    }
    const bool owns = mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard();
    return owns || m_copiedHere[slotOf(mode)];
}

void ClipboardGuard::clearOurs()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard == nullptr) {
        return;
    }
    for (const QClipboard::Mode mode : kModes) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection()) {
            continue;
        }
        if (holdsOurs(mode)) {
            clipboard->clear(mode);
            m_copiedHere[slotOf(mode)] = false;
        }
    }
}

} // namespace tideline::app
