#pragma once

#include "Wait.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"

#include "SessionDatabase.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

namespace tideline::test {

// A real Session on a test vault, unlocked and registered as the instance app/ controllers
// use, as main() does in the app.
struct JournalSession
{
    TestVault fixture;
    std::unique_ptr<app::Session> session;

    JournalSession()
    {
        fixture.vault.reset(); // the session claims the folder itself
        session = std::make_unique<app::Session>(fixture.paths, fastKdf(), fixture.clock);
        app::Session::setQmlInstance(session.get());
        session->start();
        unlock();
    }

    void unlock()
    {
        app::SecretEntry pin;
        pin.appendText(QString::fromLatin1(kTestPin));
        session->unlock(&pin);
        REQUIRE(waitUntil([&] { return session->state() == app::Session::State::Unlocked; }));
    }

    journal::JournalRepository repo() { return journal::JournalRepository(databaseOf(*session), fixture.clock); }
    // What the models under test are given, as QML gives it to them in the app.
    app::VaultAccess* vault() { return &session->vaultAccess(); }
};

} // namespace tideline::test
