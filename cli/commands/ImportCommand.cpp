#include "ImportCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "core/common/AppName.h"
#include "core/common/MoodScale.h"
#include "core/exchange/DaylioImport.h"
#include "core/exchange/JsonImport.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace tideline::cli {

namespace {

Result<QByteArray> readImportFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("There is no file %1.").arg(path));
    }
    if (info.size() > exchange::kMaxImportBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QStringLiteral("%1 is larger than a Tideline export can be. Nothing was imported.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("%1 could not be read (%2).").arg(path, file.errorString()));
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
                QStringLiteral("import daylio takes --mood NAME=VALUE and --skip-mood NAME; “%1” is neither.")
                    .arg(option.left(60)));
        }
        if (i + 1 >= args.size()) {
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1 needs a mood name after it.").arg(option));
        }
        const QString value = args[++i];
        if (option == QStringLiteral("--skip-mood")) {
            if (value.trimmed().isEmpty()) {
                return Error::make(ErrorCode::InvalidInput, QStringLiteral("--skip-mood needs a mood name."));
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
                QStringLiteral("--mood takes NAME=VALUE with a whole number from %1 to %2, like --mood \"happy=8\"; "
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
    Console::message(QStringLiteral("Imported %1 check-in days, %2 journal entries, %3 moments, %4 routine days, "
                                    "%5 safety plan items and contacts, %6 metrics, %7 settings, %8 check-ups and "
                                    "%9 check-up forms. Things already in the vault were kept as they were.")
                         .arg(s.checkins)
                         .arg(s.entries)
                         .arg(s.moments)
                         .arg(s.routineDays)
                         .arg(s.safetyItems)
                         .arg(s.metrics)
                         .arg(s.settings)
                         .arg(s.checkups)
                         .arg(s.checkupForms));
}

int runImportJson(CommandContext& context)
{
    const QStringList& args = context.args;
    if (args.size() != 2) {
        return Console::usageError(QStringLiteral("import json takes one FILE."));
    }
    // Read before the secret is asked: a missing file is known already.
    Result<QByteArray> contents = readImportFile(args[1]);
    if (!contents) {
        return Console::fail(contents.error());
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    if (contents.value().size() > 1024 * 1024) {
        // About a second per 1,000 entries: say so, so a quiet terminal does not look stuck.
        Console::message(QStringLiteral("Importing %1. Years of entries take a little while.").arg(args[1]));
    }
    Result<exchange::ImportSummary> imported = exchange::importJson(vault.database(), contents.value());
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
        return Console::usageError(QStringLiteral(
            "import daylio takes a FILE: import daylio FILE [--mood NAME=VALUE]... [--skip-mood NAME]..."));
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
    Result<exchange::DaylioPreview> preview = exchange::inspectDaylio(contents.value());
    if (!preview) {
        return Console::fail(preview.error());
    }
    if (!preview.value().ignoredColumns.isEmpty()) {
        Console::message(QStringLiteral("Columns left out, because %1 has no place for them: %2.")
                             .arg(appName(), preview.value().ignoredColumns.join(QStringLiteral(", "))));
    }
    const QStringList left = undecided(preview.value().unknownMoods, moods.value());
    if (!left.isEmpty()) {
        const QString example = quoted(left.first());
        Console::message(left.size() == 1
                ? QStringLiteral("This mood is not one of Daylio's defaults (rad, good, meh, bad, awful), so Tideline "
                                 "will not guess where it belongs on its %1 to %2 mood scale. Nothing was imported.")
                      .arg(MoodScale::kMin)
                      .arg(MoodScale::kMax)
                : QStringLiteral("These moods are not Daylio's defaults (rad, good, meh, bad, awful), so Tideline "
                                 "will not guess where they belong on its %1 to %2 mood scale. Nothing was imported.")
                      .arg(MoodScale::kMin)
                      .arg(MoodScale::kMax));
        for (const QString& name : left) {
            Console::message(QStringLiteral("  %1").arg(name));
        }
        Console::message(QStringLiteral("Give each a value with --mood NAME=VALUE (%1 to %2; the defaults are rad 9, "
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
    Result<exchange::ImportSummary> imported
        = exchange::importDaylio(vault.database(), contents.value(), moods.value());
    vault.lock();
    if (!imported) {
        return Console::fail(imported.error());
    }
    const exchange::DaylioPreview& p = preview.value();
    const auto counted = [](int n, const char* one, const char* many) {
        return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(one))
                      : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(many));
    };
    Console::message(QStringLiteral("Read %1 over %2 (%3 to %4). Imported moods for %5 and %6. Moods and entries "
                                    "already in the vault were kept as they were.")
                         .arg(counted(p.rows, "Daylio row", "Daylio rows"), counted(p.days, "day", "days"),
                             p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate),
                             counted(imported.value().checkins, "day", "days"),
                             counted(imported.value().entries, "journal entry", "journal entries")));
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
    return Console::usageError(
        QStringLiteral("Say what to import: import json FILE (a Tideline export) or import daylio FILE (a Daylio "
                       "CSV export)."));
}

} // namespace tideline::cli
