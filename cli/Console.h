#pragma once

#include "ExitCode.h"
#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include <QString>

namespace tideline::cli {

// Where tideline-cli's output goes: messages for the person on stderr, data on stdout
// (DESIGN.md section 7), so `tideline-cli … > file` captures only data.
namespace Console {

// One line of plain words on stderr.
void message(const QString& text);
// One line of data on stdout.
void data(const QString& text);
// A secret (the recovery code) as one line on stdout, written straight from its guarded
// memory so no copy lands in a QString or in stdio's buffer.
void secretData(const SecureBuffer& secret);

// Prints the error's plain message and returns the matching exit code.
int fail(const Error& error);
// A usage mistake: the message, a pointer to --help, exit code 1.
int usageError(const QString& text);

} // namespace Console
} // namespace tideline::cli
