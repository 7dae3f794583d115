#pragma once

#include "core/common/Result.h"

namespace tideline::cli {

// tideline-cli's exit codes (DESIGN.md section 7). Scripts depend on these numbers: never
// renumber one, only add.
enum class ExitCode : int {
    Done = 0,
    Usage = 1, // unknown command or option, missing argument
    WrongSecret = 2, // wrong PIN/passphrase, or locked out after too many tries
    Damaged = 3, // keyslots or database damaged
    NewerVersion = 4, // made by a newer Tideline
    CannotWrite = 5, // disk full, permissions, or the vault is open in another window
    InvalidInput = 6, // secret too short, no vault, a vault already there, bad value
    Interrupted = 130, // Ctrl+C stopped a long command, which left nothing half-written (128 + SIGINT)
};

// The one place where core's error codes become exit codes.
ExitCode exitCodeFor(ErrorCode code);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace tideline::cli
