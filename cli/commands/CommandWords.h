#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tideline::cli {

// The words after a subcommand, split into options with a value ("--text T"), flags without
// one ("--done") and the other words, for the commands that edit lists (moments, routines,
// plan). An option not in `valued` or `flags`, or a value missing, is a usage mistake
// (InvalidInput with a plain message).
struct CommandWords
{
    QHash<QString, QString> values; // the last value given for each option
    QSet<QString> flags;
    QStringList positional;

    static Result<CommandWords> parse(
        const QStringList& args, const QStringList& valued, const QStringList& flags, const QString& what);

    std::optional<QString> value(const QString& option) const;
    bool has(const QString& flag) const { return flags.contains(flag); }
};

// The one id an edit or a removal names, as the list commands print it; a plain message when
// there is none, more than one, or it is not a whole number above 0.
Result<qint64> idFrom(const CommandWords& words, const QString& what);

} // namespace tideline::cli
