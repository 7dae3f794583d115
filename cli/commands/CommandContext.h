#pragma once

#include <QString>
#include <QStringList>

namespace tideline::cli {

class SecretReader;

// What every command gets: the global options and its own arguments.
struct CommandContext
{
    QString dataDir; // --data-dir as given; empty means TIDELINE_DATA_DIR or the default
    QStringList args; // the words after the command's name
    SecretReader& secrets; // standard input, positioned at the next unread line
};

} // namespace tideline::cli
