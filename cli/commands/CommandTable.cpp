#include "CommandTable.h"

#include "BackupCommand.h"
#include "CheckinCommand.h"
#include "CheckupCommand.h"
#include "ContactsCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "JournalCommand.h"
#include "MetricsCommand.h"
#include "MomentsCommand.h"
#include "NumbersCommand.h"
#include "PlanCommand.h"
#include "RekeyCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "RoutinesCommand.h"
#include "SecretCommand.h"
#include "TrendsCommand.h"
#include "VerifyCommand.h"

#include "core/common/AppName.h"

#include <QCoreApplication>

#include <array>

namespace tideline::cli {

namespace {

const std::array kCommands = {
    Command{QLatin1String("init"), QLatin1String("[--pin | --passphrase]"),
        [] { return QCoreApplication::translate("Cli", "create a vault; prints the recovery code once"); }, runInit},
    Command{QLatin1String("change-secret"), QLatin1String("[--pin | --passphrase]"),
        [] {
            return QCoreApplication::translate(
                "Cli", "change the PIN or passphrase: the current one, then the new one");
        },
        runChangeSecret},
    Command{QLatin1String("recover"), QLatin1String("[--pin | --passphrase]"),
        [] {
            return QCoreApplication::translate("Cli", "open with the recovery code and set a new PIN or passphrase");
        },
        runRecover},
    Command{QLatin1String("verify"), QLatin1String(""),
        [] { return QCoreApplication::translate("Cli", "integrity checks of both keyslots copies and the database"); },
        runVerify},
    Command{QLatin1String("rekey"), QLatin1String(""),
        [] {
            return QCoreApplication::translate("Cli",
                "renew the keys (someone may know your PIN or recovery code): a new data key and a new "
                "recovery code, printed once; the PIN or passphrase stays");
        },
        runRekey},
    Command{QLatin1String("checkin"), QLatin1String("set DAY METRIC=VALUE... | show DAY | clear DAY [METRIC]"),
        [] { return QCoreApplication::translate("Cli", "record, show or clear a day's check-in"); }, runCheckin},
    Command{QLatin1String("checkup"),
        QLatin1String("list | take NAME [--day D] | show [NAME] [--from D] [--to D] | add-form FILE"),
        [] {
            return QCoreApplication::translate("Cli",
                "check-ups (PCL-5, PHQ-9, GAD-7, a therapist's own): take one (answers on standard input, "
                "one a line), show results, add a form");
        },
        runCheckup},
    Command{QLatin1String("metrics"), QLatin1String(""),
        [] { return QCoreApplication::translate("Cli", "the metrics, built-in and custom"); }, runMetrics},
    Command{QLatin1String("journal"),
        QLatin1String("add --title T [--tag X]... [--day YYYY-MM-DD] | list [--from D] [--to D] [--limit N] | "
                      "search QUERY [--tag X] [--limit N] | show ID | edit ID [--title T] [--day D] [--tag X]... "
                      "[--no-tags] [--body] | delete ID"),
        [] {
            return QCoreApplication::translate(
                "Cli", "write (body from standard input), list, search, show, edit or delete journal entries");
        },
        runJournal},
    Command{QLatin1String("moments"),
        QLatin1String("list [--day D | --from D --to D] | add KIND [--at \"YYYY-MM-DD HH:MM\"] [--intensity N] "
                      "[--trigger T] [--place P] [--body B] [--helped H] | edit ID [--intensity N|none] [--trigger T] "
                      "[--place P] [--body B] [--helped H] | remove ID"),
        [] {
            return QCoreApplication::translate(
                "Cli", "hard moments (flashback, nightmare, panic, trigger, other): list, log, edit, remove");
        },
        runMoments},
    Command{QLatin1String("routines"),
        QLatin1String("list | add LABEL | edit ID [--label L] [--show | --hide] | remove ID"),
        [] {
            return QCoreApplication::translate(
                "Cli", "healing-routine items: list, add your own, rename, show or hide, remove");
        },
        runRoutines},
    Command{QLatin1String("plan"),
        QLatin1String("list [SECTION] | add SECTION TEXT | edit ID [--text T] [--tick | --untick] | remove ID"),
        [] {
            return QCoreApplication::translate("Cli",
                "the safety plan's lists (warning_sign, coping_step, helpful_place, emergency_bag, "
                "close_at_hand, safe_place)");
        },
        runPlan},
    Command{QLatin1String("contacts"),
        QLatin1String("list | add NAME [--kind K] [--phone P] [--note T] | edit ID [--name N] [--kind K] [--phone P] "
                      "[--note T] | remove ID"),
        [] {
            return QCoreApplication::translate(
                "Cli", "the safety plan's people and services to call (kind: person, professional or hotline)");
        },
        runContacts},
    Command{QLatin1String("numbers"), QLatin1String("list | add NAME --phone P [--note T] | remove ID"),
        [] {
            return QCoreApplication::translate(
                "Cli", "your own support numbers (a local shelter, a counsellor's line), beside the built-in ones");
        },
        runNumbers},
    Command{QLatin1String("trends"), QLatin1String("METRIC [--from D] [--to D] [--bucket day|week|month]"),
        [] { return QCoreApplication::translate("Cli", "a metric's series as CSV (gaps stay empty)"); }, runTrends},
    Command{QLatin1String("demo"), QLatin1String("--years N [--seed S] [--entries N]"),
        [] { return QCoreApplication::translate("Cli", "a new vault in an empty DIR, filled with invented data"); },
        runDemo},
    Command{QLatin1String("export"), QLatin1String("csv|json --out FILE [--with-sensitive] [--force]"),
        [] {
            return QCoreApplication::translate(
                "Cli", "check-ins as CSV or everything as JSON, to FILE (not encrypted)");
        },
        runExport},
    Command{QLatin1String("import"),
        QLatin1String("json FILE | daylio FILE [--mood NAME=VALUE]... [--skip-mood NAME]..."),
        [] {
            return QCoreApplication::translate(
                "Cli", "add a %1 JSON export or a Daylio CSV export: all of it, or nothing")
                .arg(appName());
        },
        runImport},
    Command{QLatin1String("report"),
        QLatin1String("--from D --to D --out FILE.pdf [--name N] [--sections LIST] [--agenda TEXT] [--entry ID]... "
                      "[--with-sensitive] [--force]"),
        [] { return QCoreApplication::translate("Cli", "a summary for a therapist as a PDF (not encrypted)"); },
        runReport},
    Command{QLatin1String("backup"), QLatin1String("--out FILE [--force]"),
        [] { return QCoreApplication::translate("Cli", "an encrypted backup, opened only by a backup passphrase"); },
        runBackup},
    Command{QLatin1String("restore"), QLatin1String("FILE [--pin | --passphrase]"),
        [] {
            return QCoreApplication::translate(
                "Cli", "a new vault in an empty DIR from a backup; prints its recovery code once");
        },
        runRestore},
};

} // namespace

std::span<const Command> commandTable()
{
    return kCommands;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : kCommands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

} // namespace tideline::cli
