#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tideline {
class Database;
}

namespace tideline::cli {

// The words after a subcommand, split into options that take a value (each may repeat),
// flags, and the rest.
struct ParsedOptions
{
    QHash<QString, QStringList> values;
    QSet<QString> flags;
    QStringList positional;

    bool has(const QString& option) const { return values.contains(option) || flags.contains(option); }
    QString last(const QString& option) const
    {
        return values.value(option).isEmpty() ? QString() : values.value(option).last();
    }
};

// Usage mistakes (an option this command does not take, a missing value) are InvalidInput with
// a plain message; the caller reports them as usage errors (exit code 1).
Result<ParsedOptions> parseOptions(
    const QStringList& args, const QStringList& withValue, const QStringList& flags, const QString& command);

// Value checks, each an InvalidInput error naming the option.
Result<QDate> dayOption(const QString& option, const QString& value);
Result<qint64> idOption(const QString& option, const QString& value);
Result<int> limitOption(const QString& value);
// --limit N when it was given (checked as limitOption does), else fallback.
Result<int> limitFrom(const ParsedOptions& options, int fallback);

// Record fields from options (--day, --time, --around, --place, --kind, --injuries, --witnesses,
// --told, --doctor yes|no, --reported yes|no, --sensitive / --not-sensitive) laid over `fields`:
// an option not given leaves its field as it was. Kinds are matched by name against the list
// (case-insensitive); an unknown one is refused with the list.
Status applyRecordOptions(const ParsedOptions& options, Database& db, records::RecordFields& fields);
// The option names applyRecordOptions reads.
QStringList recordValueOptions();
QStringList recordFlags();

} // namespace tideline::cli
