#pragma once

#include "app/lock/Session.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

namespace tideline::test {

// Tests only: the open database behind a session, to seed or look into what a test needs. The
// app itself never hands it out: models reach it through VaultAccess, one core call at a time.
inline Database& databaseOf(app::Session& session)
{
    Database* open = nullptr;
    (void)session.vaultAccess().run([&open](Database& db) {
        open = &db;
        return true;
    });
    REQUIRE(open != nullptr);
    return *open;
}

} // namespace tideline::test
