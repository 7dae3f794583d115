// A stand-in for the app while someone types: unlocks the vault in argv[1] through a real
// Session, opens a new entry in a real JournalEditor and "types" one character every 20 ms,
// printing how many characters are typed so far. JournalKillTest kills it with SIGKILL
// mid-sentence and then looks for the draft.
#include "app/journal/JournalEditor.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "TestVault.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace tideline;
using namespace tideline::app;

// The text typed, character by character; the test knows it too.
QString typingText()
{
    QString text;
    for (int i = 0; text.size() < 4000; ++i) {
        text += QStringLiteral("word%1 ").arg(i);
    }
    return text;
}

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2) {
        return 1;
    }
    Session session(VaultPaths{QString::fromLocal8Bit(argv[1])}, test::fastKdf());
    Session::setQmlInstance(&session);
    session.start();
    SecretEntry pin;
    pin.appendText(QString::fromLatin1(test::kTestPin));
    session.unlock(&pin);

    JournalEditor editor(&session.vaultAccess());
    const QString text = typingText();
    int typed = 0;
    QTimer keys;
    keys.setInterval(20);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (typed >= text.size()) {
            return;
        }
        ++typed;
        editor.setBody(text.left(typed));
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    QObject::connect(&session, &Session::stateChanged, [&] {
        if (session.state() == Session::State::Unlocked && !editor.active()) {
            editor.startNew();
            keys.start();
        }
    });
    return application.exec();
}
