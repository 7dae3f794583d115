#pragma once

#include "CommandContext.h"

#include <QLatin1String>
#include <QString>

#include <span>

namespace tideline::cli {

// One tideline-cli command. A new command is one entry in CommandTable.cpp plus its own
// file under commands/; main.cpp and the help text pick it up from the table.
struct Command
{
    QLatin1String name; // as typed: "init"
    QLatin1String synopsis; // its arguments for --help: "[--pin | --passphrase]"
    QString (*summary)(); // one line for --help, in the person's language (made when shown)
    int (*run)(CommandContext& context); // returns the exit code
};

std::span<const Command> commandTable();
const Command* findCommand(const QString& name);

} // namespace tideline::cli
