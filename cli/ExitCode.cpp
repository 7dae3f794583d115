#include "ExitCode.h"

namespace tideline::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongSecret:
    case ErrorCode::LockedOut:
        return ExitCode::WrongSecret;
    case ErrorCode::DamagedKeyslots:
    case ErrorCode::DamagedDatabase:
        return ExitCode::Damaged;
    case ErrorCode::NewerVersion:
        return ExitCode::NewerVersion;
    case ErrorCode::CannotWrite:
    case ErrorCode::InUse:
        return ExitCode::CannotWrite;
    case ErrorCode::InvalidInput:
    case ErrorCode::NoVault: // the folder given holds no vault: the input (DIR) is wrong
    case ErrorCode::VaultExists: // init would overwrite a vault: refuse, the input is wrong
    case ErrorCode::NotFound:
        return ExitCode::InvalidInput;
    case ErrorCode::Cancelled: // Ctrl+C during a long command (TerminalProgress)
        return ExitCode::Interrupted;
    case ErrorCode::NotUnlocked:
    case ErrorCode::Internal:
        // A bug or an unexpected library failure. None of the documented codes is true for
        // it; 3 makes a script stop and look rather than retry as it might after 5.
        return ExitCode::Damaged;
    }
    return ExitCode::Damaged;
}

} // namespace tideline::cli
