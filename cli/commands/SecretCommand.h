#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// The PIN or passphrase from the command line, read as every command reads secrets
// (SecretReader: a terminal asks without echo and asks for a new one twice; a pipe gives one
// line each):
//   change-secret [--pin | --passphrase]   the current secret, then the new one
//   recover [--pin | --passphrase]         the recovery code, then a new secret; the old
//                                          PIN or passphrase no longer opens the vault
// Without --pin or --passphrase the new secret's kind follows its shape, as init does.
int runChangeSecret(CommandContext& context);
int runRecover(CommandContext& context);

} // namespace tideline::cli
