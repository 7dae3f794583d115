#include "ReportCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "OutputFile.h"
#include "TerminalProgress.h"
#include "core/common/Day.h"
#include "core/exchange/ExportFile.h"
#include "core/report/Summary.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

namespace {

struct ReportOptions
{
    report::SummaryRequest request;
    QString out;
    bool force = false;
};

const QStringList kSectionNames = {QStringLiteral("charts"), QStringLiteral("averages"), QStringLiteral("routines"),
    QStringLiteral("review"), QStringLiteral("moments"), QStringLiteral("checkups"), QStringLiteral("checkup-answers")};

Status applySections(const QString& list, report::SummaryRequest& request)
{
    request.charts = request.averages = request.routines = request.review = request.moments = false;
    request.checkups = request.checkupAnswers = false;
    for (const QString& raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("charts")) {
            request.charts = true;
        } else if (name == QLatin1String("averages")) {
            request.averages = true;
        } else if (name == QLatin1String("routines")) {
            request.routines = true;
        } else if (name == QLatin1String("review")) {
            request.review = true;
        } else if (name == QLatin1String("moments")) {
            request.moments = true;
        } else if (name == QLatin1String("checkups")) {
            request.checkups = true;
        } else if (name == QLatin1String("checkup-answers")) {
            // The answers of the latest check-up of each kind come with the check-ups section.
            request.checkups = true;
            request.checkupAnswers = true;
        } else {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "--sections knows %1 (got “%2”).")
                    .arg(kSectionNames.join(QLatin1String(", ")), name.left(40)));
        }
    }
    return {};
}

Result<ReportOptions> parseOptions(const QStringList& args)
{
    ReportOptions options;
    QDate from;
    QDate to;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QStringLiteral("--force")) {
            options.force = true;
            continue;
        }
        if (arg == QStringLiteral("--with-sensitive")) {
            options.request.sensitiveMeasures = true;
            options.request.checkupSensitive = true;
            continue;
        }
        static const QStringList takesValue = {QStringLiteral("--from"), QStringLiteral("--to"),
            QStringLiteral("--out"), QStringLiteral("--name"), QStringLiteral("--sections"), QStringLiteral("--agenda"),
            QStringLiteral("--entry"), QStringLiteral("--record")};
        if (!takesValue.contains(arg)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "report does not know “%1”.").arg(arg.left(40)));
        }
        if (i + 1 >= args.size()) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 needs a value.").arg(arg));
        }
        const QString& value = args[++i];
        if (arg == QStringLiteral("--from") || arg == QStringLiteral("--to")) {
            Result<QDate> day = Day::parse(value);
            if (!day) {
                return day.error();
            }
            (arg == QStringLiteral("--from") ? from : to) = day.value();
        } else if (arg == QStringLiteral("--out")) {
            options.out = value;
        } else if (arg == QStringLiteral("--name")) {
            options.request.name = value;
        } else if (arg == QStringLiteral("--agenda")) {
            options.request.agenda = value;
        } else if (arg == QStringLiteral("--sections")) {
            if (Status ok = applySections(value, options.request); !ok) {
                return ok.error();
            }
        } else { // --entry, --record
            const bool record = arg == QStringLiteral("--record");
            bool number = false;
            const qint64 id = value.toLongLong(&number);
            if (!number || id <= 0) {
                return Error::make(ErrorCode::InvalidInput,
                    record ? QCoreApplication::translate(
                        "Cli", "--record takes a record's number, as `records list` shows it (got “%1”).")
                                 .arg(value.left(40))
                           : QCoreApplication::translate(
                               "Cli", "--entry takes an entry's number, as `journal list` shows it (got “%1”).")
                                 .arg(value.left(40)));
            }
            (record ? options.request.recordIds : options.request.entryIds).append(id);
        }
    }
    if (!from.isValid() || !to.isValid()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "Say which period with --from and --to, for example: report --from 2026-03-01 --to "
                "2026-03-31 --out summary.pdf"));
    }
    if (options.out.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "Say where to write the PDF with --out FILE.pdf."));
    }
    options.request.period = insights::DayRange{from, to};
    return options;
}

} // namespace

int runReport(CommandContext& context)
{
    const Result<ReportOptions> parsed = parseOptions(context.args);
    if (!parsed) {
        return Console::usageError(parsed.error().message);
    }
    const ReportOptions& options = parsed.value();
    const insights::DayRange& period = options.request.period;
    if (!period.isValid()) {
        return Console::fail(Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "--from (%1) comes after --to (%2).")
                .arg(Day::toText(period.from), Day::toText(period.to))));
    }
    // Before any secret is asked: a wrong folder or an existing file is known already.
    if (Status target = checkOutputFile(options.out, options.force, SavedFile::Summary, context.dataDir); !target) {
        return Console::fail(target.error());
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Result<report::SummaryDataPtr> data = report::collectSummary(vault.database(), options.request);
    // Everything the pages need is in memory now; the vault is locked before painting.
    vault.lock();
    if (!data) {
        return Console::fail(data.error());
    }
    int pages = 0;
    TerminalProgress terminal;
    terminal.progress().step(QCoreApplication::translate("Cli", "Painting the summary"), 0);
    const auto counted = [&pages, &terminal](int done, int total) {
        pages = total;
        terminal.progress().setTotal(total);
        terminal.progress().advance(done);
        return !terminal.progress().stopRequested();
    };
    if (Status written = report::writeSummaryPdf(*data.value(), options.out, options.force, counted); !written) {
        return Console::fail(written.error());
    }
    Console::message(QCoreApplication::translate("Cli",
        "Wrote %1 (%2). This PDF is not encrypted: anyone who can open it can "
        "read it. Share it only with the person it is for.")
                         .arg(options.out)
                         .arg(pages == 1 ? QCoreApplication::translate("Cli", "1 page")
                                         : QCoreApplication::translate("Cli", "%n pages", nullptr, pages)));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
