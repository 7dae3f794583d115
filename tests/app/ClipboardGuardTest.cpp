// Issue 20, item 8: on lock, the clipboard and the selection lose what was copied inside
// Tideline, and keep what another program put there.
#include "app/lock/ClipboardGuard.h"
#include "app/lock/Session.h"
#include "core/vault/VaultPaths.h"

#include "Wait.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QWindow>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

// Tideline's window with the focus, as the platform tells it.
void focus(QWindow& window)
{
    window.show();
    window.requestActivate();
    REQUIRE(test::waitUntil([] { return QGuiApplication::applicationState() == Qt::ApplicationActive; }));
}

} // namespace

TEST_CASE("ClipboardGuard: what was copied in Tideline is cleared on lock", "[lock][clipboard]")
{
    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()});
    ClipboardGuard guard(session);
    QWindow window;
    QClipboard* clipboard = QGuiApplication::clipboard();
    REQUIRE(clipboard != nullptr);

    focus(window);
    clipboard->setText(u"a line of my entry 🌊"_s);
    CHECK(guard.holdsOurs(QClipboard::Clipboard));
    emit session.locked();
    CHECK(clipboard->text().isEmpty());
    CHECK_FALSE(guard.holdsOurs(QClipboard::Clipboard));
}

TEST_CASE("ClipboardGuard: another program's copy is left alone", "[lock][clipboard]")
{
    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()});
    // The offscreen platform keeps its one window focused, so the focus is told here.
    bool focused = true;
    ClipboardGuard guard(session, [&focused] { return focused; });
    QClipboard* clipboard = QGuiApplication::clipboard();
    REQUIRE(clipboard != nullptr);

    // Copied in Tideline, then replaced by a copy made elsewhere while Tideline was in the
    // background: the newer copy is not Tideline's to clear.
    clipboard->setText(u"copied in Tideline"_s);
    CHECK(guard.holdsOurs(QClipboard::Clipboard));
    focused = false;
    clipboard->setText(u"copied in the browser"_s);
    CHECK_FALSE(guard.holdsOurs(QClipboard::Clipboard));
    emit session.locked();
    CHECK(clipboard->text() == u"copied in the browser"_s);

    // And the other way round: Tideline's copy after the browser's is cleared.
    focused = true;
    clipboard->setText(u"copied in Tideline again"_s);
    emit session.locked();
    CHECK(clipboard->text().isEmpty());
}
