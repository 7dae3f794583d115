#pragma once

#include <QString>

namespace tideline::cli {

// The text of tideline-cli --help: commands from the command table, the secret rules and
// the exit codes.
QString helpText();

} // namespace tideline::cli
