#include "ImportCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "TerminalProgress.h"
#include "core/common/AppName.h"
#include "core/common/MoodScale.h"
#include "core/exchange/DaylioImport.h"
#include "core/exchange/JsonImport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tideline::cli {

namespace {

// The checks made before any secret is asked: the file is there and not too large.
Status checkImportFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "There is no file %1.").arg(path));
    }
    if (info.size() > exchange::kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "%1 is larger than a %2 export can be. Nothing was imported.")
                .arg(path, appName()));
    }
    return {};
}

Error cannotRead(const QString& path, const QFile& file)
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Cli", "%1 could not be read (%2).").arg(path, file.errorString()));
}

// A Daylio CSV is small (one row a day) and read whole; a JSON export streams (runImportJson).
Result<QByteArray> readImportFile(const QString& path)
{
    if (Status checked = checkImportFile(path); !checked) {
        return checked.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return cannotRead(path, file);
    }
    return file.readAll();
}

// --mood NAME=VALUE and --skip-mood NAME, in any order after FILE.
Result<exchange::DaylioMoodMapping> readMoodOptions(const QStringList& args)
{
    exchange::DaylioMoodMapping moods;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString& option = args[i];
        if (option != QStringLiteral("--mood") && option != QStringLiteral("--skip-mood")) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Cli", "import daylio takes --mood NAME=VALUE and --skip-mood NAME; “%1” is neither.")
                    .arg(option.left(60)));
        }
        if (i + 1 >= args.size()) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "%1 needs a mood name after it.").arg(option));
        }
        const QString value = args[++i];
        if (option == QStringLiteral("--skip-mood")) {
            if (value.trimmed().isEmpty()) {
                return Error::make(
                    ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "--skip-mood needs a mood name."));
            }
            moods.insert(value, std::nullopt);
            continue;
        }
        // The last '=' splits, so a mood name may itself hold one.
        const qsizetype equals = value.lastIndexOf(u'=');
        bool isNumber = false;
        const int number = equals > 0 ? value.mid(equals + 1).trimmed().toInt(&isNumber) : 0;
        if (equals <= 0 || value.left(equals).trimmed().isEmpty() || !isNumber || !MoodScale::contains(number)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli",
                    "--mood takes NAME=VALUE with a whole number from %1 to %2, like --mood \"happy=8\"; "
                    "“%3” is not that.")
                    .arg(QString::number(MoodScale::kMin), QString::number(MoodScale::kMax), value.left(60)));
        }
        moods.insert(value.left(equals), number);
    }
    return moods;
}

QString moodKey(const QString& name)
{
    return name.trimmed().toLower();
}

// The unknown moods the options do not decide about yet.
QStringList undecided(const QStringList& unknown, const exchange::DaylioMoodMapping& moods)
{
    QStringList decidedKeys;
    for (auto it = moods.begin(); it != moods.end(); ++it) {
        decidedKeys.append(moodKey(it.key()));
    }
    QStringList left;
    for (const QString& name : unknown) {
        if (!decidedKeys.contains(moodKey(name))) {
            left.append(name);
        }
    }
    return left;
}

QString quoted(const QString& name)
{
    return name.contains(u' ') || name.contains(u'"') ? QStringLiteral("\"%1\"").arg(name) : name;
}

void printSummary(const exchange::ImportSummary& s)
{
    // Each count in its own words (%n: a translation gives each its plural forms).
    Console::message(
        QCoreApplication::translate("Cli",
            "Imported %1, %2, %3, %4, %5, %6, %7, %8 and %9. Things already in the vault were kept as they were.")
            .arg(QCoreApplication::translate("Cli", "%n check-in days", nullptr, s.checkins),
                QCoreApplication::translate("Cli", "%n journal entries", nullptr, s.entries),
                QCoreApplication::translate("Cli", "%n moments", nullptr, s.moments),
                QCoreApplication::translate("Cli", "%n routine days", nullptr, s.routineDays),
                QCoreApplication::translate("Cli", "%n safety plan items and contacts", nullptr, s.safetyItems),
                QCoreApplication::translate("Cli", "%n metrics", nullptr, s.metrics),
                QCoreApplication::translate("Cli", "%n settings", nullptr, s.settings),
                QCoreApplication::translate("Cli", "%n check-ups", nullptr, s.checkups),
                QCoreApplication::translate("Cli", "%n check-up forms", nullptr, s.checkupForms)));
    if (s.records > 0 || s.attachments > 0) {
        Console::message(QCoreApplication::translate("Cli", "Also %1 and %2, each with the SHA-256 it had.")
                             .arg(QCoreApplication::translate("Cli", "%n records", nullptr, s.records),
                                 QCoreApplication::translate("Cli", "%n files", nullptr, s.attachments)));
    }
}

int runImportJson(CommandContext& context)
{
    const QStringList& args = context.args;
    if (args.size() != 2) {
        return Console::usageError(QCoreApplication::translate("Cli", "import json takes one FILE."));
    }
    // Opened before the secret is asked: a missing file is known already. It is read as a
    // stream (core/exchange/JsonStream.h): never whole in memory, whatever its size.
    Status checked = checkImportFile(args[1]);
    if (!checked) {
        return Console::fail(checked.error());
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        return Console::fail(cannotRead(args[1], file));
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Result<exchange::ImportSummary> imported = [&] {
        TerminalProgress terminal;
        return exchange::importJson(vault.database(), file, terminal.progress());
    }();
    vault.lock();
    if (!imported) {
        return Console::fail(imported.error());
    }
    printSummary(imported.value());
    return toInt(ExitCode::Done);
}

int runImportDaylio(CommandContext& context)
{
    const QStringList& args = context.args;
    if (args.size() < 2 || args[1].startsWith(QStringLiteral("--"))) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "import daylio takes a FILE: import daylio FILE [--mood NAME=VALUE]... [--skip-mood NAME]..."));
    }
    Result<exchange::DaylioMoodMapping> moods = readMoodOptions(args);
    if (!moods) {
        return Console::usageError(moods.error().message);
    }
    Result<QByteArray> contents = readImportFile(args[1]);
    if (!contents) {
        return Console::fail(contents.error());
    }
    // The whole file is checked, and every mood placed, before the secret is asked.
    Result<exchange::DaylioPreview> preview = [&] {
        TerminalProgress terminal;
        return exchange::inspectDaylio(contents.value(), SystemClock::instance(), terminal.progress());
    }();
    if (!preview) {
        return Console::fail(preview.error());
    }
    if (!preview.value().ignoredColumns.isEmpty()) {
        Console::message(QCoreApplication::translate("Cli", "Columns left out, because %1 has no place for them: %2.")
                             .arg(appName(), preview.value().ignoredColumns.join(QStringLiteral(", "))));
    }
    const QStringList left = undecided(preview.value().unknownMoods, moods.value());
    if (!left.isEmpty()) {
        const QString example = quoted(left.first());
        Console::message(left.size() == 1
                ? QCoreApplication::translate("Cli",
                    "This mood is not one of Daylio's defaults (rad, good, meh, bad, awful), so %1 "
                    "will not guess where it belongs on its %2 to %3 mood scale. Nothing was imported.")
                      .arg(appName(), QString::number(MoodScale::kMin), QString::number(MoodScale::kMax))
                : QCoreApplication::translate("Cli",
                    "These moods are not Daylio's defaults (rad, good, meh, bad, awful), so %1 "
                    "will not guess where they belong on its %2 to %3 mood scale. Nothing was imported.")
                      .arg(appName(), QString::number(MoodScale::kMin), QString::number(MoodScale::kMax)));
        for (const QString& name : left) {
            Console::message(QStringLiteral("  %1").arg(name));
        }
        Console::message(QCoreApplication::translate("Cli",
            "Give each a value with --mood NAME=VALUE (%1 to %2; the defaults are rad 9, "
            "good 7, meh 5, bad 3, awful 1), or leave its mood out with --skip-mood NAME "
            "(notes and activities still come in). For example: --mood %3=6 or "
            "--skip-mood %3")
                             .arg(QString::number(MoodScale::kMin), QString::number(MoodScale::kMax), example));
        return toInt(ExitCode::InvalidInput);
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Result<exchange::ImportSummary> imported = [&] {
        TerminalProgress terminal;
        return exchange::importDaylio(
            vault.database(), contents.value(), moods.value(), SystemClock::instance(), terminal.progress());
    }();
    vault.lock();
    if (!imported) {
        return Console::fail(imported.error());
    }
    const exchange::DaylioPreview& p = preview.value();
    // One word for one, %n (with a translation's plural forms) for the rest.
    const int moodDays = imported.value().checkins;
    const int entries = imported.value().entries;
    Console::message(
        QCoreApplication::translate("Cli",
            "Read %1 over %2 (%3 to %4). Imported moods for %5 and %6. Moods "
            "and entries already in the vault were kept as they were.")
            .arg(p.rows == 1 ? QCoreApplication::translate("Cli", "1 Daylio row")
                             : QCoreApplication::translate("Cli", "%n Daylio rows", nullptr, p.rows),
                p.days == 1 ? QCoreApplication::translate("Cli", "1 day")
                            : QCoreApplication::translate("Cli", "%n days", nullptr, p.days),
                p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate),
                moodDays == 1 ? QCoreApplication::translate("Cli", "1 day")
                              : QCoreApplication::translate("Cli", "%n days", nullptr, moodDays),
                entries == 1 ? QCoreApplication::translate("Cli", "1 journal entry")
                             : QCoreApplication::translate("Cli", "%n journal entries", nullptr, entries)));
    return toInt(ExitCode::Done);
}

} // namespace

int runImport(CommandContext& context)
{
    const QString what = context.args.value(0);
    if (what == QStringLiteral("json")) {
        return runImportJson(context);
    }
    if (what == QStringLiteral("daylio")) {
        return runImportDaylio(context);
    }
    return Console::usageError(QCoreApplication::translate("Cli",
        "Say what to import: import json FILE (a %1 export) or import daylio FILE (a Daylio "
        "CSV export).")
                                   .arg(appName()));
}

} // namespace tideline::cli
