// Messages made in core/ reach a translator and name the app through appName() (CONTRIBUTING.md,
// "Translations"). tests/layout/check-translatable.sh checks the sources with lupdate; these
// check the running code: a translator installed in the application is asked for every message,
// with its context, and the app's name follows neutral mode.
#include "TestVault.h"
#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/common/ItemLabel.h"
#include "core/safety/PlanText.h"
#include "core/vault/AtomicFile.h"
#include "core/vault/KeySlotFile.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <cerrno>

using namespace tideline;
using namespace tideline::test;

namespace {

// Answers every message with its context in brackets before the English, as a translation would
// answer in another language; what it was asked is kept for the checks.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* source, const char* /*disambiguation*/, int /*n*/) const override
    {
        asked.insert(QString::fromUtf8(context));
        return QStringLiteral("[%1] %2").arg(QString::fromUtf8(context), QString::fromUtf8(source));
    }

    mutable QSet<QString> asked;
};

// Installs the translator for one test and takes it away again.
struct InstalledTranslator
{
    InstalledTranslator() { QCoreApplication::installTranslator(&translator); }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&translator); }
    MarkingTranslator translator;
};

// Neutral mode for one test, switched back whatever happens.
struct NeutralName
{
    NeutralName() { showNeutralName(true); }
    ~NeutralName() { showNeutralName(false); }
};

} // namespace

TEST_CASE("Messages made in core are looked up in the installed translation, with their context")
{
    InstalledTranslator installed;

    const Result<QDate> day = Day::parse(QStringLiteral("14/03/2026"));
    REQUIRE_FALSE(day.ok());
    // The translation's words, with the arguments filled in after it.
    CHECK(day.error().message.startsWith(QStringLiteral("[Common] “14/03/2026” is not a day Tideline understands.")));

    CHECK(writeError(ENOSPC, SavedFile::Backup).message.startsWith(QStringLiteral("[Vault] The disk is full")));
    CHECK(cleanItemLabel(QStringLiteral(" \u200B "), LabelOf::RoutineItem).error().message
        == QStringLiteral("[Common] The routine item needs a name."));
    CHECK(requiredPlanText(QString(), 80, PlanField::Phone).error().message
        == QStringLiteral("[Safety] A phone number needs a few words first."));

    QTemporaryDir dir;
    const Result<KeySlotFile> missing = KeySlotFile::load(dir.filePath(QStringLiteral("keyslots")));
    REQUIRE(missing.code() == ErrorCode::NoVault);
    CHECK(missing.error().message == QStringLiteral("[Vault] There is no Tideline vault in this folder yet."));

    CHECK(installed.translator.asked.contains(QStringLiteral("Common")));
    CHECK(installed.translator.asked.contains(QStringLiteral("Vault")));
    CHECK(installed.translator.asked.contains(QStringLiteral("Safety")));
}

TEST_CASE("A wrong PIN and a wrong recovery code each have their own whole sentence")
{
    InstalledTranslator installed;
    TestVault tv;
    tv.restart();
    const auto wrong = tv.vault->unlock(secret("999999"));
    REQUIRE(wrong.code() == ErrorCode::WrongSecret);
    CHECK(wrong.error().message.startsWith(QStringLiteral("[Vault] That didn't open the vault.")));

    TestVault other;
    const auto wrongCode = tv.vault->recover(other.recoveryCode, secret("864200"), SecretKind::Pin);
    REQUIRE(wrongCode.code() == ErrorCode::WrongSecret);
    // One sentence of the translation, not an English one with a word replaced in it.
    CHECK(wrongCode.error().message.startsWith(QStringLiteral("[Vault] That recovery code didn't open the vault.")));
}

TEST_CASE("Each file that is written has its own sentences when writing it fails")
{
    const QList<SavedFile> files = {SavedFile::KeySlots, SavedFile::UnlockTries, SavedFile::Export, SavedFile::Backup,
        SavedFile::RestoredVault, SavedFile::Summary};
    for (int errnoValue : {ENOSPC, EACCES, EIO}) {
        QSet<QString> messages;
        for (SavedFile file : files) {
            const Error error = writeError(errnoValue, file);
            CHECK(error.code == ErrorCode::CannotWrite);
            messages.insert(error.message);
        }
        CHECK(messages.size() == files.size()); // no two files share a sentence
    }
    CHECK(writeError(EACCES, SavedFile::Backup)
              .message.startsWith(QStringLiteral("Tideline is not allowed to write the backup in this folder.")));
    CHECK(writeError(EIO, SavedFile::KeySlots)
              .message.startsWith(QStringLiteral("Tideline could not save the vault's key file (")));
}

TEST_CASE("In neutral mode core's messages name the app as Notes, never Tideline")
{
    NeutralName neutral;
    REQUIRE(appName() == QStringLiteral("Notes"));

    const QString notADay = Day::parse(QStringLiteral("soon")).error().message;
    CHECK(notADay.contains(QStringLiteral("is not a day Notes understands")));
    const QString notAllowed = writeError(EACCES, SavedFile::Export).message;
    CHECK(notAllowed.startsWith(QStringLiteral("Notes is not allowed to write the export")));
    QTemporaryDir dir;
    const QString noVault = KeySlotFile::load(dir.filePath(QStringLiteral("keyslots"))).error().message;
    CHECK(noVault == QStringLiteral("There is no Notes vault in this folder yet."));
    for (const QString& message : {notADay, notAllowed, noVault}) {
        CHECK_FALSE(message.contains(QStringLiteral("Tideline")));
    }
}
