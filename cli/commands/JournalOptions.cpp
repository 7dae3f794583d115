#include "JournalOptions.h"

#include "Console.h"
#include "StandardInput.h"

#include <QByteArray>
#include <QCoreApplication>

#include <unistd.h>

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

// Standard input from where the secret's line ended to the end: the entry's body.
Result<QString> readJournalBody()
{
    if (::isatty(STDIN_FILENO)) {
        Console::message(
            QCoreApplication::translate("Cli", "Write the entry, then press Ctrl-D on a line of its own."));
    }
    // A body far beyond what an entry keeps is refused later with its own message; this only
    // stops a runaway pipe.
    const Result<QByteArray> read = readRestOfStandardInput(256LL * 1024 * 1024,
        QCoreApplication::translate("Cli", "The entry's text could not be read."),
        QCoreApplication::translate("Cli", "That is far more text than an entry can hold. Nothing was saved."));
    if (!read) {
        return read.error();
    }
    const QByteArray& bytes = read.value();
    QString body = QString::fromUtf8(bytes);
    while (body.endsWith(u'\n') || body.endsWith(u'\r')) {
        body.chop(1); // the newline a shell or heredoc adds is not part of what was written
    }
    return body;
}

// One field of tab-separated output: tabs and line breaks would split the line.
QString tsvField(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            c = u' ';
        }
    }
    return out;
}

} // namespace tideline::cli
