// app/exchange: Settings → Export writes CSV or JSON where the person chose, never over a file.
#include "app/exchange/VaultExporter.h"
#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/tasks/TaskProgress.h"
#include "core/exchange/JsonExport.h"
#include "core/storage/Database.h"

#include "LeaveConfirm.h"
#include "SessionDatabase.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

// The PIN once more (as the app's dialog asks), then the export, on a worker: start it and wait
// for its end. False when it could not start or did not save; lastError says why.
bool exported(Session& session, VaultExporter& exporter, const QString& path, VaultExporter::Format format)
{
    if (session.state() == Session::State::Unlocked) {
        REQUIRE(test::confirmLeaving(session));
    }
    if (!exporter.exportTo(path, format)) {
        return false;
    }
    REQUIRE(tideline::test::waitUntil([&] { return !exporter.progress()->running(); }));
    return exporter.lastError().isEmpty();
}

} // namespace

TEST_CASE("Export from Settings: CSV and JSON into the chosen folder, 0600, never over a file", "[exchange]")
{
    QTemporaryDir out;
    const auto at = [&out](const QString& name) { return out.filePath(name); };

    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()}, test::fastKdf());
    Session::setQmlInstance(&session);
    session.start();
    VaultExporter exporter(&session.vaultAccess());
    // Locked: nothing to export, and a plain word why.
    CHECK_FALSE(exported(session, exporter, at(u"early"_s), VaultExporter::Csv));
    CHECK(exporter.lastError().contains(u"locked"_s));

    SecretEntry entry;
    entry.appendText(QString::fromLatin1(test::kTestPin));
    session.createVault(&entry, Session::SecretKind::Pin);
    REQUIRE(test::waitUntil([&] { return session.state() == Session::State::Unlocked; }));
    session.onboarding().acknowledgeRecoveryCode();
    REQUIRE(test::databaseOf(session)
                .exec("INSERT INTO checkin (day, created_at, updated_at) VALUES ('2026-01-01', "
                      "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z');"
                      "INSERT INTO checkin_value (day, metric_id, value, updated_at) SELECT '2026-01-01', id, 5, "
                      "'2026-01-01T09:00:00.000Z' FROM metric WHERE key = 'mood';")
                .ok());

    CHECK_FALSE(exported(session, exporter, at(u"  "_s), VaultExporter::Csv));
    CHECK_FALSE(exported(session, exporter, at(u"missing/x"_s), VaultExporter::Csv));
    // Never unencrypted into the vault's own folder.
    CHECK_FALSE(exported(session, exporter, QDir(dir.path()).filePath(u"mine"_s), VaultExporter::Csv));
    CHECK(exporter.lastError().contains(u"keeps your encrypted vault"_s));
    CHECK_FALSE(QFile::exists(QDir(dir.path()).filePath(u"mine.csv"_s)));

    // A refused path leaves the grant for the next choice of folder (for its short while).
    CHECK(session.vaultAccess().takeLeaveGrant());
    // Without the PIN typed once more nothing leaves, and the person is told why.
    CHECK_FALSE(exporter.exportTo(at(u"mine"_s), VaultExporter::Csv));
    CHECK(exporter.lastError() == leaveUnconfirmedMessage());
    CHECK_FALSE(QFile::exists(out.filePath(u"mine.csv"_s)));

    REQUIRE(exported(session, exporter, at(u"mine"_s), VaultExporter::Csv));
    const QString csv = out.filePath(u"mine.csv"_s);
    CHECK(exporter.savedPath() == csv);
    CHECK(exporter.lastError().isEmpty());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().contains("2026-01-01,5,"));
    CHECK(QFileInfo(csv).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    REQUIRE(exported(session, exporter, at(u"mine"_s), VaultExporter::Json));
    QFile jsonFile(out.filePath(u"mine.json"_s));
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(jsonFile.readAll()).object().value(u"version"_s).toInt()
        == exchange::kJsonExportVersion);

    CHECK_FALSE(exported(session, exporter, at(u"mine.csv"_s), VaultExporter::Csv)); // there already
    CHECK(exporter.lastError().contains(u"already"_s));
    Session::setQmlInstance(nullptr);
}
