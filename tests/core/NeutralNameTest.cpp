// Neutral mode reaches the messages core writes: with it on, none of them says "Tideline".
#include "TestVault.h"
#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/exchange/JsonImport.h"
#include "core/files/FileRules.h"
#include "core/vault/AtomicFile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cerrno>

using namespace tideline;
using namespace Qt::StringLiterals;

namespace {

struct NeutralFor
{
    explicit NeutralFor(bool on) { showNeutralName(on); }
    ~NeutralFor() { showNeutralName(false); }
};

// A sample of messages from across core/ that name the app.
QStringList sampleMessages()
{
    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    test::TestVault tv;
    QStringList messages;
    messages << writeError(EACCES, SavedFile::Export).message << writeError(EIO, SavedFile::Export).message;
    messages << Day::parse(u"someday"_s).error().message;
    messages << exchange::importJson(tv.vault->database(), "[]").error().message;
    messages << exchange::importJson(tv.vault->database(), R"({"format":"x","version":1})").error().message;
    messages << files::refuseDataFolder(dir.path(), paths, files::Purpose::Save).error().message;
    messages << files::refuseDataFolder(dir.path(), paths, files::Purpose::Open).error().message;
    Vault second(tv.paths, tv.clock);
    messages << second.claim().error().message; // "… is already open with this vault …"
    return messages;
}

} // namespace

TEST_CASE("One place knows the app's shown name, and core's messages follow neutral mode", "[neutral]")
{
    CHECK(appName() == u"Tideline"_s);
    CHECK(appNameFor(true) == u"Notes"_s);
    {
        const NeutralFor neutral(true);
        CHECK(appName() == u"Notes"_s);
        const QStringList messages = sampleMessages();
        CHECK(messages.size() == 8);
        for (const QString& message : messages) {
            INFO(message.toStdString());
            CHECK_FALSE(message.isEmpty());
            CHECK_FALSE(message.contains(u"Tideline"_s)); // "tideline-export", a format name, may stay
        }
        CHECK(messages.join(u'\n').contains(u"Notes"_s));
    }
    CHECK(appName() == u"Tideline"_s);
    CHECK(sampleMessages().join(u'\n').contains(u"Tideline is already open"_s));
}
