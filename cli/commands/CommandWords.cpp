#include "CommandWords.h"

#include <QCoreApplication>

namespace tideline::cli {

Result<CommandWords> CommandWords::parse(
    const QStringList& args, const QStringList& valued, const QStringList& flagNames, const QString& what)
{
    CommandWords words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QStringLiteral("--")) || arg == QStringLiteral("--")) {
            words.positional.append(arg);
            continue;
        }
        if (flagNames.contains(arg)) {
            words.flags.insert(arg);
            continue;
        }
        if (!valued.contains(arg)) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 does not take %2.").arg(what, arg));
        }
        if (i + 1 >= args.size()) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 needs a value after it.").arg(arg));
        }
        words.values.insert(arg, args[++i]);
    }
    return words;
}

std::optional<QString> CommandWords::value(const QString& option) const
{
    const auto found = values.constFind(option);
    if (found == values.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

Result<qint64> idFrom(const CommandWords& words, const QString& what)
{
    if (words.positional.size() != 1) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "%1 needs one id, as the list shows it, and nothing else.").arg(what));
    }
    bool ok = false;
    const qint64 id = words.positional.first().toLongLong(&ok);
    if (!ok || id < 1) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "“%1” is not an id: it is a whole number, as the list shows it.")
                .arg(words.positional.first()));
    }
    return id;
}

} // namespace tideline::cli
