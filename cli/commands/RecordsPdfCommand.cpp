#include "RecordsPdfCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "OutputFile.h"
#include "RecordOptions.h"
#include "core/records/RecordRepository.h"
#include "core/report/RecordsPdf.h"
#include "core/storage/Database.h"
#include <QCoreApplication>

namespace tideline::cli {

int runRecordsPdf(CommandContext& context, const QStringList& args)
{
    Result<ParsedOptions> parsed = parseOptions(args,
        {QStringLiteral("--record"), QStringLiteral("--entry"), QStringLiteral("--from"), QStringLiteral("--to"),
            QStringLiteral("--out"), QStringLiteral("--name")},
        {QStringLiteral("--all"), QStringLiteral("--with-details"), QStringLiteral("--force")},
        QStringLiteral("records pdf"));
    if (!parsed) {
        return Console::usageError(parsed.error().message);
    }
    const ParsedOptions& o = parsed.value();
    if (!o.positional.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "records pdf takes options only; “%1” is not one.")
                .arg(o.positional.first()));
    }
    const QString out = o.last(QStringLiteral("--out"));
    if (out.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "Say where to write the PDF with --out FILE.pdf."));
    }
    report::RecordsPdfRequest request;
    request.name = o.last(QStringLiteral("--name"));
    request.pictureDetails = o.flags.contains(QStringLiteral("--with-details"));
    for (const auto& [option, list] :
        {std::pair{"--record", &request.recordIds}, std::pair{"--entry", &request.entryIds}}) {
        for (const QString& value : o.values.value(QLatin1String(option))) {
            Result<qint64> id = idOption(QLatin1String(option), value);
            if (!id) {
                return Console::fail(id.error());
            }
            list->append(id.value());
        }
    }
    QDate from;
    QDate to;
    for (const auto& [option, day] : {std::pair{"--from", &from}, std::pair{"--to", &to}}) {
        if (o.has(QLatin1String(option))) {
            Result<QDate> value = dayOption(QLatin1String(option), o.last(QLatin1String(option)));
            if (!value) {
                return Console::fail(value.error());
            }
            *day = value.value();
        }
    }
    const bool byPeriod = o.flags.contains(QStringLiteral("--all")) || from.isValid() || to.isValid();
    if (!byPeriod && request.recordIds.isEmpty() && request.entryIds.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "Say which records go in: --record ID (one each; `records list` shows them), --from D --to D, or --all."));
    }
    if (from.isValid() && to.isValid() && from > to) {
        return Console::fail(
            Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "--from comes after --to.")));
    }
    const bool force = o.flags.contains(QStringLiteral("--force"));
    if (Status target = checkOutputFile(out, force, SavedFile::Summary, context.dataDir); !target) {
        return Console::fail(target.error());
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    if (byPeriod) {
        records::RecordRepository repo(vault.database(), SystemClock::instance());
        std::optional<records::RecordCursor> cursor;
        for (;;) {
            auto page = repo.listPage(cursor, 500, from, to);
            if (!page) {
                vault.lock();
                return Console::fail(page.error());
            }
            if (page.value().empty()) {
                break;
            }
            for (const records::RecordSummary& row : page.value()) {
                request.recordIds.append(row.id);
            }
            cursor = records::RecordCursor::after(page.value().back());
        }
    }
    Result<report::RecordsPdfDataPtr> data = report::collectRecordsPdf(vault.database(), request);
    vault.lock();
    if (!data) {
        return Console::fail(data.error());
    }
    if (Status written = report::writeRecordsPdf(*data.value(), out, force); !written) {
        return Console::fail(written.error());
    }
    Console::message(
        QCoreApplication::translate("Cli", "Wrote %1. It is not encrypted: anyone who opens the file can read it.")
            .arg(out));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
