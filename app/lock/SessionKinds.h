#pragma once

#include "app/lock/Session.h"
#include "core/common/Result.h"
#include "core/vault/SecretKind.h"

namespace tideline::app::sessionkinds {

// Session's QML enums and core's, one to the other.
inline tideline::SecretKind toCore(Session::SecretKind kind)
{
    return kind == Session::SecretKind::Pin ? tideline::SecretKind::Pin : tideline::SecretKind::Passphrase;
}

inline Session::SecretKind fromCore(tideline::SecretKind kind)
{
    return kind == tideline::SecretKind::Pin ? Session::SecretKind::Pin : Session::SecretKind::Passphrase;
}

inline Session::ErrorCode fromCore(tideline::ErrorCode code)
{
    switch (code) {
    case tideline::ErrorCode::WrongSecret:
        return Session::ErrorCode::WrongSecret;
    case tideline::ErrorCode::LockedOut:
        return Session::ErrorCode::LockedOut;
    case tideline::ErrorCode::DamagedKeyslots:
        return Session::ErrorCode::DamagedKeyslots;
    case tideline::ErrorCode::DamagedDatabase:
        return Session::ErrorCode::DamagedDatabase;
    case tideline::ErrorCode::NewerVersion:
        return Session::ErrorCode::NewerVersion;
    case tideline::ErrorCode::CannotWrite:
        return Session::ErrorCode::CannotWrite;
    case tideline::ErrorCode::InUse:
        return Session::ErrorCode::VaultInUse;
    case tideline::ErrorCode::InvalidInput:
        return Session::ErrorCode::InvalidInput;
    case tideline::ErrorCode::NoVault:
        return Session::ErrorCode::VaultMissing;
    case tideline::ErrorCode::VaultExists:
        return Session::ErrorCode::VaultExists;
    case tideline::ErrorCode::NotUnlocked:
        return Session::ErrorCode::NotUnlocked;
    case tideline::ErrorCode::NotFound:
        return Session::ErrorCode::NotFound;
    case tideline::ErrorCode::Cancelled: // long tasks report this themselves; never from the vault
    case tideline::ErrorCode::Internal:
        return Session::ErrorCode::InternalError;
    }
    return Session::ErrorCode::InternalError;
}

// Errors a person can answer by trying again on the same screen; the rest need a page of their own.
inline bool isRetryable(tideline::ErrorCode code)
{
    return code == tideline::ErrorCode::WrongSecret || code == tideline::ErrorCode::LockedOut
        || code == tideline::ErrorCode::InvalidInput;
}

} // namespace tideline::app::sessionkinds
