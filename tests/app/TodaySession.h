#pragma once

#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "SessionDatabase.h"
#include "TestVault.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace tideline::test {

// A Session with a new, unlocked vault, whose VaultAccess the models under test are given, on a
// clock that stands still at 2026-03-10 12:00 UTC.
struct TodaySession
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<app::Session> session;

    TodaySession()
    {
        session = std::make_unique<app::Session>(VaultPaths{dir.path()}, fastKdf(), clock);
        app::Session::setQmlInstance(session.get());
        session->start();
        app::SecretEntry pin;
        pin.appendText(QStringLiteral("246810"));
        session->createVault(&pin, app::Session::SecretKind::Pin);
        REQUIRE(waitUntil([&] { return session->state() == app::Session::State::Unlocked; }));
        session->onboarding().acknowledgeRecoveryCode();
    }
    ~TodaySession() { session.reset(); }

    // What the models under test are given, as QML gives it to them in the app.
    app::VaultAccess* vault() { return &session->vaultAccess(); }
    Database& db() { return databaseOf(*session); }

    void unlock()
    {
        app::SecretEntry pin;
        pin.appendText(QStringLiteral("246810"));
        session->unlock(&pin);
        REQUIRE(waitUntil([&] { return session->state() == app::Session::State::Unlocked; }));
    }

    // A check-in value, as Today records it.
    void record(const QString& metricKey, const QDate& day, double value)
    {
        Database& db = databaseOf(*session);
        const Metric metric = MetricRepository(db).byKey(metricKey).value();
        REQUIRE(CheckinRepository(db).setValue(day, metric, value, clock).ok());
    }
};

} // namespace tideline::test
