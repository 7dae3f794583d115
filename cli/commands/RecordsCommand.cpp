#include "RecordsCommand.h"

#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "RecordOptions.h"
#include "RecordsPdfCommand.h"
#include "RecordsViewCommand.h"
#include "StandardInput.h"
#include "core/records/RecordKindRepository.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

using records::RecordRepository;

int runAdd(CommandContext& context, const ParsedOptions& options)
{
    if (!options.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "records add reads what happened from standard input; the other fields are options."));
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    records::RecordFields fields;
    if (Status s = applyRecordOptions(options, vault.database(), fields); !s) {
        vault.lock();
        return Console::fail(s.error());
    }
    Result<QString> text = readRestOfInput(QCoreApplication::translate("Cli",
        "Write what happened, as much or as little as you want, then press Ctrl-D on a line of its "
        "own."));
    if (!text) {
        vault.lock();
        return Console::fail(text.error());
    }
    fields.whatHappened = text.value();
    Result<qint64> id = RecordRepository(vault.database(), SystemClock::instance()).create(fields);
    vault.lock();
    if (!id) {
        return Console::fail(id.error());
    }
    Console::data(QString::number(id.value()));
    return toInt(ExitCode::Done);
}

int runEdit(CommandContext& context, const ParsedOptions& options)
{
    if (options.positional.size() != 1) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "records edit takes the record's number: records edit ID [options]."));
    }
    Result<qint64> id = idOption(QStringLiteral("records edit"), options.positional.first());
    if (!id) {
        return Console::fail(id.error());
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    RecordRepository repo(vault.database(), SystemClock::instance());
    Result<records::Record> record = repo.get(id.value());
    if (!record) {
        vault.lock();
        return Console::fail(record.error());
    }
    records::RecordFields fields = record.value().fields;
    if (Status s = applyRecordOptions(options, vault.database(), fields); !s) {
        vault.lock();
        return Console::fail(s.error());
    }
    if (options.flags.contains(QStringLiteral("--text"))) {
        Result<QString> text
            = readRestOfInput(QCoreApplication::translate("Cli", "Write what happened, then press Ctrl-D."));
        if (!text) {
            vault.lock();
            return Console::fail(text.error());
        }
        fields.whatHappened = text.value();
    }
    const Status saved = repo.update(id.value(), fields);
    vault.lock();
    if (!saved) {
        return Console::fail(saved.error());
    }
    Console::message(QCoreApplication::translate("Cli", "Record %1 saved. The earlier wording is kept in its history.")
                         .arg(id.value()));
    return toInt(ExitCode::Done);
}

int runDelete(CommandContext& context, const ParsedOptions& options)
{
    if (options.positional.size() != 1) {
        return Console::usageError(QCoreApplication::translate("Cli", "records delete takes the record's number."));
    }
    Result<qint64> id = idOption(QStringLiteral("records delete"), options.positional.first());
    if (!id) {
        return Console::fail(id.error());
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    const Status removed = RecordRepository(vault.database(), SystemClock::instance()).remove(id.value());
    vault.lock(); // deleted for good here, with its history and files
    if (!removed) {
        return Console::fail(removed.error());
    }
    Console::message(
        QCoreApplication::translate("Cli", "Record %1 was deleted, with its history and its files.").arg(id.value()));
    return toInt(ExitCode::Done);
}

int runKinds(CommandContext& context)
{
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    auto kinds = records::RecordKindRepository(vault.database(), SystemClock::instance()).all(true);
    vault.lock();
    if (!kinds) {
        return Console::fail(kinds.error());
    }
    for (const records::RecordKind& k : kinds.value()) {
        Console::data(QStringLiteral("%1\t%2%3")
                          .arg(k.key.isEmpty() ? QStringLiteral("-") : k.key, tsvField(k.label),
                              k.hidden ? QStringLiteral("\t(hidden)") : QString()));
    }
    return toInt(ExitCode::Done);
}

} // namespace

int runRecords(CommandContext& context)
{
    if (context.args.isEmpty()) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "records needs one of: add, list, show, history, edit, delete, search, kinds, pdf."));
    }
    const QString sub = context.args.first();
    const QStringList rest = context.args.mid(1);
    if (sub == QStringLiteral("pdf")) {
        return runRecordsPdf(context, rest);
    }
    QStringList values;
    QStringList flags;
    if (sub == QStringLiteral("add") || sub == QStringLiteral("edit")) {
        values = recordValueOptions();
        flags = recordFlags();
        if (sub == QStringLiteral("edit")) {
            flags << QStringLiteral("--text");
        }
    } else if (sub == QStringLiteral("list")) {
        values = {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--limit")};
        flags = {QStringLiteral("--show-sensitive")};
    } else if (sub == QStringLiteral("search")) {
        values = {QStringLiteral("--limit")};
        flags = {QStringLiteral("--show-sensitive")};
    } else if (sub != QStringLiteral("show") && sub != QStringLiteral("history") && sub != QStringLiteral("delete")
        && sub != QStringLiteral("kinds")) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "records does not know “%1”; use add, list, show, history, edit, "
            "delete, search, kinds or pdf.")
                                       .arg(sub.left(40)));
    }
    Result<ParsedOptions> options = parseOptions(rest, values, flags, QStringLiteral("records ") + sub);
    if (!options) {
        return Console::usageError(options.error().message);
    }
    if (sub == QStringLiteral("add")) {
        return runAdd(context, options.value());
    }
    if (sub == QStringLiteral("edit")) {
        return runEdit(context, options.value());
    }
    if (sub == QStringLiteral("list")) {
        return runRecordsList(context, options.value());
    }
    if (sub == QStringLiteral("search")) {
        return runRecordsSearch(context, options.value());
    }
    if (sub == QStringLiteral("delete")) {
        return runDelete(context, options.value());
    }
    if (sub == QStringLiteral("kinds")) {
        return runKinds(context);
    }
    return runRecordsShow(context, options.value(), sub == QStringLiteral("history"));
}

} // namespace tideline::cli
