#include "JournalOptions.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

Error usage(const QString& text)
{
    return Error::make(ErrorCode::InvalidInput, text);
}

Result<QDate> parseDay(const QString& option, const QString& value)
{
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid() || value.size() != 10) {
        return usage(
            QCoreApplication::translate("Cli", "%1 needs a day written as YYYY-MM-DD, such as 2026-03-14 (got “%2”).")
                .arg(option, value));
    }
    return day;
}

} // namespace

Result<JournalOptions> parseJournalOptions(const QStringList& args, const QStringList& allowed, bool& usageMistake)
{
    usageMistake = true;
    JournalOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QStringLiteral("--")) || arg == QStringLiteral("--")) {
            options.positional.append(arg);
            continue;
        }
        usageMistake = true;
        if (!allowed.contains(arg)) {
            return usage(QCoreApplication::translate("Cli", "This journal command does not take %1.").arg(arg));
        }
        if (i + 1 >= args.size()) {
            return usage(QCoreApplication::translate("Cli", "%1 needs a value after it.").arg(arg));
        }
        const QString value = args[++i];
        usageMistake = false; // from here on only a value can be wrong
        if (arg == QStringLiteral("--title")) {
            options.title = value;
        } else if (arg == QStringLiteral("--tag")) {
            options.tags.append(value);
        } else if (arg == QStringLiteral("--limit")) {
            bool ok = false;
            options.limit = value.toInt(&ok);
            if (!ok || options.limit < 1 || options.limit > 100000) {
                return usage(
                    QCoreApplication::translate("Cli", "--limit needs a whole number from 1 to 100000 (got “%1”).")
                        .arg(value));
            }
        } else {
            auto day = parseDay(arg, value);
            if (!day) {
                return day.error();
            }
            (arg == QStringLiteral("--day")           ? options.day
                    : arg == QStringLiteral("--from") ? options.from
                                                      : options.to)
                = day.value();
        }
    }
    return options;
}

} // namespace tideline::cli
