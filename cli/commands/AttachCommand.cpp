#include "AttachCommand.h"

#include "Console.h"
#include "OpenVault.h"
#include "RecordOptions.h"
#include "core/attachments/AttachmentExport.h"
#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

int runAttach(CommandContext& context)
{
    Result<ParsedOptions> parsed = parseOptions(context.args, {QStringLiteral("--record"), QStringLiteral("--entry")},
        {QStringLiteral("--delete-original")}, QStringLiteral("attach"));
    if (!parsed) {
        return Console::usageError(parsed.error().message);
    }
    const ParsedOptions& o = parsed.value();
    if (o.positional.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "attach needs a FILE: attach FILE --record ID (or --entry ID)."));
    }
    if (o.has(QStringLiteral("--record")) == o.has(QStringLiteral("--entry"))) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "Say what the file belongs to: --record ID or --entry ID (one)."));
    }
    const bool toRecord = o.has(QStringLiteral("--record"));
    const QString option = toRecord ? QStringLiteral("--record") : QStringLiteral("--entry");
    Result<qint64> id = idOption(option, o.last(option));
    if (!id) {
        return Console::fail(id.error());
    }
    // Files that are plainly not there are known before the secret is asked.
    for (const QString& path : o.positional) {
        if (!QFileInfo(path).isFile()) {
            return Console::fail(Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "There is no file %1.").arg(path)));
        }
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    const attachments::AttachmentOwner owner
        = toRecord ? attachments::AttachmentOwner::record(id.value()) : attachments::AttachmentOwner::entry(id.value());
    records::RecordRepository records(vault.database(), SystemClock::instance());
    attachments::AttachmentStore store(vault.database(), SystemClock::instance());
    attachments::AddOptions options{owner, {}, {}};
    if (toRecord) {
        options.alongside = [&](const attachments::Attachment&) { return records.keepVersion(id.value()); };
    }
    for (const QString& path : o.positional) {
        Result<attachments::Attachment> added = store.addFile(path, options);
        if (!added) {
            vault.lock();
            return Console::fail(added.error());
        }
        const attachments::Attachment& a = added.value();
        Console::data(QStringLiteral("%1\t%2\t%3").arg(a.id).arg(a.sha256, a.name));
        if (!a.nameAgrees()) {
            Console::message(QCoreApplication::translate(
                "Cli", "Note: “%1” is named like another kind of file; it is a %2, and is kept as one.")
                                 .arg(a.name, attachments::kindWord(a.type.kind)));
        }
        if (a.details.gps) {
            Console::message(QCoreApplication::translate("Cli",
                "Note: “%1” carries the place it was taken (%2). The original is kept as "
                "it is; saved copies leave it out unless you ask.")
                                 .arg(a.name, a.details.positionText()));
        }
        if (o.flags.contains(QStringLiteral("--delete-original"))) {
            if (Status s = attachments::deleteOriginal(path); !s) {
                Console::message(s.error().message);
            } else {
                Console::message(QCoreApplication::translate("Cli",
                    "Deleted %1. On SSDs, in cloud-synced folders and in backups a copy "
                    "may remain; deleting cannot promise it is gone everywhere.")
                                     .arg(path));
            }
        }
    }
    Result<qint64> total = store.totalBytes();
    vault.lock();
    if (total) {
        if (const QString warning = attachments::AttachmentStore::sizeWarning(total.value()); !warning.isEmpty()) {
            Console::message(warning);
        }
    }
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
