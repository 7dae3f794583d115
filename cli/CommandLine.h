#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace tideline::cli {

// The global part of `tideline-cli [--data-dir DIR] COMMAND [ARGS]`. --data-dir may stand
// anywhere (people type it after the command too); everything else after the command's
// name belongs to the command.
struct CommandLine
{
    QString dataDir;
    bool help = false;
    bool version = false;
    QString command; // empty when none was given
    QStringList commandArgs;

    // InvalidInput with a plain message on a usage mistake.
    static Result<CommandLine> parse(const QStringList& arguments); // without the program name
};

} // namespace tideline::cli
