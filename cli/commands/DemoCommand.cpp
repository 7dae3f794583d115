#include "DemoCommand.h"

#include "Console.h"
#include "SecretReader.h"
#include "TerminalProgress.h"
#include "core/demo/DemoGenerator.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace tideline::cli {

namespace {

Result<demo::DemoOptions> parseOptions(const QStringList& args)
{
    demo::DemoOptions options;
    bool haveYears = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg != QStringLiteral("--years") && arg != QStringLiteral("--seed") && arg != QStringLiteral("--entries")) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "demo does not know “%1”.").arg(arg.left(40)));
        }
        if (i + 1 >= args.size()) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 needs a number.").arg(arg));
        }
        bool ok = false;
        const QString text = args[++i];
        if (arg == QStringLiteral("--years")) {
            options.years = text.toInt(&ok);
            if (!ok || options.years < 1 || options.years > 20) {
                return Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cli", "--years is a whole number from 1 to 20 (got “%1”).")
                        .arg(text.left(40)));
            }
            haveYears = true;
        } else if (arg == QStringLiteral("--entries")) {
            options.entries = text.toInt(&ok);
            if (!ok || options.entries < 1 || options.entries > demo::kMaxDemoEntries) {
                return Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cli", "--entries is a whole number from 1 to %1 (got “%2”).")
                        .arg(demo::kMaxDemoEntries)
                        .arg(text.left(40)));
            }
        } else {
            options.seed = text.toULongLong(&ok);
            if (!ok) {
                return Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cli", "--seed is a whole number from 0 (got “%1”).")
                        .arg(text.left(40)));
            }
        }
    }
    if (!haveYears) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "Say how many years: demo --years 10."));
    }
    return options;
}

bool isEmptyFolder(const QString& dir)
{
    const QFileInfo info(dir);
    return !info.exists()
        || (info.isDir() && QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

int makeDemo(const VaultPaths& paths, const demo::DemoOptions& options, SecretReader& secrets)
{
    Vault vault(paths);
    if (const Status claimed = vault.claim(); !claimed.ok()) {
        return Console::fail(claimed.error());
    }
    Result<SecureBuffer> secret = secrets.readNew(QCoreApplication::translate("Cli", "Choose a PIN or passphrase: "),
        QCoreApplication::translate("Cli", "Enter it again: "));
    if (!secret.ok()) {
        return Console::fail(secret.error());
    }
    const SecretKind kind = secretKindFromShape(secret.value());
    if (const Result<SecureBuffer> normalized = normalizeSecret(secret.value(), kind); !normalized.ok()) {
        return Console::fail(normalized.error());
    }
    Result<CreatedVault> created = vault.create(secret.value(), kind, std::nullopt);
    secret.value().clear();
    if (!created.ok()) {
        return Console::fail(created.error());
    }
    QElapsedTimer timer;
    timer.start();
    Result<demo::DemoSummary> summary = [&] {
        TerminalProgress terminal;
        return demo::fillDemoVault(vault.database(), options, SystemClock::instance(), terminal.progress());
    }();
    const bool cancelled = !summary.ok() && summary.code() == ErrorCode::Cancelled;
    if (!cancelled) {
        Console::secretData(created.value().recoveryCode);
        // Printed: from here on it is the person's to keep, as with init, so the app does not
        // say at the first unlock that the code went with a lock before it was written down.
        (void)vault.confirmRecoveryCodeSeen();
    }
    created.value().recoveryCode.clear();
    vault.lock();
    if (cancelled) {
        return Console::fail(
            Progress::cancelled(QCoreApplication::translate("Cli", "The half-made demo vault was removed.")));
    }
    if (!summary.ok()) {
        return Console::fail(summary.error());
    }
    const demo::DemoSummary& s = summary.value();
    // Nine counts in one sentence: each is its own phrase with its own %n (Qt gives a sentence
    // one), so every language gets each number's right plural form.
    const QString seconds = QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1);
    Console::message(
        QCoreApplication::translate("Cli",
            "This is the demo vault's recovery code. The vault holds invented data only: %1, check-ins on %2 of "
            "them (%3), %4, %5, %6, %7 and %8 with %9; made in %10 s.",
            "%1 and the other numbered parts are counts such as “3,650 days” or “12 moments”")
            .arg(QCoreApplication::translate("Cli", "%n days", nullptr, s.days), QString::number(s.checkins),
                QCoreApplication::translate("Cli", "%n values", nullptr, s.values),
                QCoreApplication::translate("Cli", "%n journal entries", nullptr, s.entries),
                QCoreApplication::translate("Cli", "%n moments", nullptr, s.moments),
                QCoreApplication::translate("Cli", "%n routine items done", nullptr, s.routineDone),
                QCoreApplication::translate("Cli", "%n check-ups", nullptr, s.checkups),
                QCoreApplication::translate("Cli", "%n records", nullptr, s.records),
                QCoreApplication::translate("Cli", "%n pictures", nullptr, s.pictures))
            .arg(seconds));
    return toInt(ExitCode::Done);
}

} // namespace

int runDemo(CommandContext& context)
{
    const Result<demo::DemoOptions> options = parseOptions(context.args);
    if (!options.ok()) {
        return Console::usageError(options.error().message);
    }
    const VaultPaths paths = VaultPaths::resolve(context.dataDir);
    if (!isEmptyFolder(paths.dir)) {
        return Console::fail(Error::make(ErrorCode::VaultExists,
            QCoreApplication::translate("Cli",
                "%1 is not empty, so nothing was made or changed. The demo makes a new vault in an "
                "empty folder: name one with --data-dir.")
                .arg(paths.dir)));
    }
    const bool folderExisted = QFileInfo::exists(paths.dir);
    const int exitCode = makeDemo(paths, options.value(), context.secrets);
    if (exitCode == toInt(ExitCode::Interrupted)) {
        // Stopped with Ctrl+C: the folder was empty before, and holds only the invented vault.
        QDir folder(paths.dir);
        for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
            folder.remove(name);
        }
    }
    if (exitCode != toInt(ExitCode::Done) && !folderExisted) {
        QDir().rmdir(paths.dir);
    }
    return exitCode;
}

} // namespace tideline::cli
