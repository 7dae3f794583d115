// The child of RecoveryCodeMemoryTest: creates a vault in argv[1] through a real Session, so the
// recovery code reaches Onboarding as in the app; draws every group with RecoveryCodeGroupView in
// a real (offscreen) Quick window, each group focused in turn with accessibility on (so the
// spoken copy is made); then ends the showing as argv[2] says ("keep": "I have saved it";
// "lock": the vault locks, as auto-lock and quick exit do), and waits on standard input while
// the test reads this process's memory. The code goes to standard output from Onboarding's own
// guarded bytes, never through a QString or stdio.
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/onboarding/Onboarding.h"
#include "app/onboarding/RecoveryCodeGroupView.h"

#include "ProcessMemory.h"
#include "TestVault.h"
#include "Wait.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QQuickWindow>

#include <cstring>
#include <memory>
#include <vector>

using namespace tideline;
using namespace tideline::app;

namespace {

void writeLine(const char* text)
{
    tideline::test::writeToStdout(text, std::strlen(text));
    tideline::test::writeToStdout("\n", 1);
}

} // namespace

// Found by the test in this process's memory, to show that its reading works at all.
extern const char kScanMarker[];
const char kScanMarker[] = "tideline-recovery-scan-marker-8c21e4";

int main(int argc, char* argv[])
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication application(argc, argv);
    if (argc < 3) {
        return 2;
    }
    const bool keep = std::strcmp(argv[2], "keep") == 0;
    {
        Session session(VaultPaths{QString::fromLocal8Bit(argv[1])}, test::fastKdf());
        Session::setQmlInstance(&session);
        session.start();
        SecretEntry pin;
        pin.appendText(QString::fromLatin1(test::kTestPin));
        session.createVault(&pin, Session::SecretKind::Pin);
        if (!test::waitUntil([&] { return session.state() == Session::State::Unlocked; })) {
            writeLine("create failed");
            return 3;
        }
        Onboarding& onboarding = session.onboarding();
        const SecureBuffer& code = onboarding.recoveryCodeBytes();
        tideline::test::writeToStdout(code.data(), code.size());
        tideline::test::writeToStdout("\n", 1);

        QAccessible::setActive(true);
        QQuickWindow window;
        window.resize(800, 200);
        std::vector<std::unique_ptr<RecoveryCodeGroupView>> views;
        for (int group = 0; group < onboarding.recoveryGroupCount(); ++group) {
            auto view = std::make_unique<RecoveryCodeGroupView>(window.contentItem());
            view->setOnboarding(&onboarding);
            view->setGroup(group);
            view->setSize(QSizeF(view->implicitWidth() + 16, view->implicitHeight() + 16));
            view->setX(group * (view->width() + 8));
            views.push_back(std::move(view));
        }
        window.show();
        for (auto& view : views) {
            view->forceActiveFocus();
            (void)window.grabWindow(); // drawn through the scene graph, as on screen
        }
        if (keep) {
            onboarding.acknowledgeRecoveryCode();
        } else {
            session.lock();
        }
        (void)window.grabWindow(); // and drawn again with the code gone
        if (onboarding.showingCode()) {
            writeLine("code still held");
            return 4;
        }
        views.clear();
    }
    tideline::test::writeToStdout("done ", 5);
    writeLine(kScanMarker);
    for (char c = 0; ::read(STDIN_FILENO, &c, 1) == 1;) {}
    return 0;
}
