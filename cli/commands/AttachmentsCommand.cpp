#include "AttachmentsCommand.h"

#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "OutputFile.h"
#include "RecordOptions.h"
#include "StandardInput.h"
#include "core/attachments/AttachmentExport.h"
#include "core/attachments/AttachmentStore.h"
#include "core/files/FileRules.h"
#include "core/storage/Database.h"
#include "core/vault/VaultPaths.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

namespace {

using attachments::Attachment;
using attachments::AttachmentOwner;
using attachments::AttachmentStore;

QString ownerText(const Attachment& a)
{
    // Data for scripts: fixed words, in every language.
    return a.recordId ? QStringLiteral("record %1").arg(*a.recordId)
                      : QStringLiteral("entry %1").arg(a.entryId.value_or(0));
}

void printRow(const Attachment& a)
{
    Console::data(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                      .arg(a.id)
                      .arg(ownerText(a), a.sha256, attachments::sizeText(a.size),
                          a.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), tsvField(a.name)));
}

// Every attachment named by --record/--entry, or all of them.
Result<QList<Attachment>> chosen(AttachmentStore& store, const ParsedOptions& o, bool all)
{
    QList<Attachment> list;
    if (all) {
        qint64 after = 0;
        for (;;) {
            Result<QList<Attachment>> page = store.page(after, 500);
            if (!page) {
                return page.error();
            }
            if (page.value().isEmpty()) {
                return list;
            }
            list += page.value();
            after = page.value().last().id;
        }
    }
    for (const auto& [option, isRecord] : {std::pair{"--record", true}, std::pair{"--entry", false}}) {
        for (const QString& value : o.values.value(QLatin1String(option))) {
            Result<qint64> id = idOption(QLatin1String(option), value);
            if (!id) {
                return id.error();
            }
            Result<QList<Attachment>> files
                = store.of(isRecord ? AttachmentOwner::record(id.value()) : AttachmentOwner::entry(id.value()));
            if (!files) {
                return files.error();
            }
            list += files.value();
        }
    }
    return list;
}

int runList(CommandContext& context, const ParsedOptions& o)
{
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    AttachmentStore store(vault.database(), SystemClock::instance());
    const bool all = !o.has(QStringLiteral("--record")) && !o.has(QStringLiteral("--entry"));
    Result<QList<Attachment>> list = chosen(store, o, all);
    Result<qint64> total = store.totalBytes();
    vault.lock();
    if (!list) {
        return Console::fail(list.error());
    }
    for (const Attachment& a : list.value()) {
        printRow(a);
    }
    if (all && total) {
        // A plain int for %n (lupdate does not read a cast there).
        const int fileCount = static_cast<int>(list.value().size());
        Console::message(QCoreApplication::translate("Cli", "%n file(s), %1 in all.", nullptr, fileCount)
                             .arg(attachments::sizeText(total.value())));
    }
    return toInt(ExitCode::Done);
}

int runSave(CommandContext& context, const ParsedOptions& o)
{
    if (o.positional.size() != 1) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "attachments save takes the file's number: attachments save ID --out FILE."));
    }
    Result<qint64> id = idOption(QStringLiteral("attachments save"), o.positional.first());
    if (!id) {
        return Console::fail(id.error());
    }
    const QString out = o.last(QStringLiteral("--out"));
    if (out.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "Say where to save the copy with --out FILE."));
    }
    const bool force = o.flags.contains(QStringLiteral("--force"));
    if (Status target = checkOutputFile(out, force, SavedFile::FileCopy, context.dataDir); !target) {
        return Console::fail(target.error());
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    AttachmentStore store(vault.database(), SystemClock::instance());
    Result<Attachment> a = store.get(id.value());
    // Hidden details (the place, the camera) are left out of a copy unless asked to keep them.
    const bool strip = !o.flags.contains(QStringLiteral("--keep-details"));
    const Status saved = a ? attachments::saveCopy(store, a.value(), out, strip, force) : Status(a.error());
    vault.lock();
    if (!saved) {
        return Console::fail(saved.error());
    }
    const bool stripped = strip && attachments::isStrippablePicture(a.value().type.mime) && a.value().details.any();
    Console::message(stripped
            ? QCoreApplication::translate("Cli",
                "Saved a copy as %1, without its hidden details (%2). It is not "
                "encrypted.")
                  .arg(out, a.value().details.inWords().join(QStringLiteral(", ")))
            : QCoreApplication::translate("Cli", "Saved a copy as %1, exactly as it came in. It is not encrypted.")
                  .arg(out));
    return toInt(ExitCode::Done);
}

int runExport(CommandContext& context, const ParsedOptions& o)
{
    const QString out = o.last(QStringLiteral("--out"));
    if (out.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "Say where to make the folder with --out DIR (a new folder)."));
    }
    const bool all = o.flags.contains(QStringLiteral("--all"));
    if (!all && !o.has(QStringLiteral("--record")) && !o.has(QStringLiteral("--entry"))) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "Say whose files: --record ID, --entry ID (each may repeat) or --all."));
    }
    // Never inside the vault's data folder, like every file the CLI writes.
    if (Status outside = files::refuseDataFolder(out, VaultPaths::resolve(context.dataDir), files::Purpose::Save);
        !outside) {
        return Console::fail(outside.error());
    }
    if (QFileInfo::exists(out)) {
        return Console::fail(Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Cli", "%1 already exists and was left as it is. Name a new folder.")
                .arg(out)));
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    AttachmentStore store(vault.database(), SystemClock::instance());
    Result<QList<Attachment>> list = chosen(store, o, all);
    if (!list) {
        vault.lock();
        return Console::fail(list.error());
    }
    QList<attachments::ExportItem> items;
    for (const Attachment& a : list.value()) {
        items.append({a, a.recordId ? QStringLiteral("record") : QStringLiteral("entry"),
            a.recordId.value_or(a.entryId.value_or(0)), ownerText(a)});
    }
    Result<attachments::ExportedFiles> done = attachments::exportOriginals(store, items, out, SystemClock::instance());
    vault.lock();
    if (!done) {
        return Console::fail(done.error());
    }
    const int madeCount = static_cast<int>(done.value().files);
    Console::message(QCoreApplication::translate("Cli",
        "Made %1 with %n file(s) exactly as they came in, and manifest.csv, manifest.json and SHA256SUMS to "
        "check them (sha256sum -c SHA256SUMS). It is not encrypted.",
        nullptr, madeCount)
                         .arg(done.value().folder));
    return toInt(ExitCode::Done);
}

// Reads every file again and compares it with the SHA-256 it had when it came in.
int runVerify(CommandContext& context)
{
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    AttachmentStore store(vault.database(), SystemClock::instance());
    ParsedOptions none;
    Result<QList<Attachment>> list = chosen(store, none, true);
    int bad = 0;
    if (list) {
        for (const Attachment& a : list.value()) {
            Result<bool> same = store.hashStillMatches(a);
            if (!same || !same.value()) {
                ++bad;
                Console::data(QStringLiteral("%1\tchanged or damaged\t%2").arg(a.id).arg(tsvField(a.name)));
            }
        }
    }
    vault.lock();
    if (!list) {
        return Console::fail(list.error());
    }
    const int files = int(list.value().size()); // a plain int: lupdate reads the %n calls
    if (bad > 0) {
        return Console::fail(Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate("Cli", "%1 of %n files no longer match their SHA-256.", nullptr, files)
                .arg(bad)));
    }
    Console::message(files == 1
            ? QCoreApplication::translate("Cli", "The file matches the SHA-256 it had when it came in.")
            : QCoreApplication::translate(
                "Cli", "All %n files match the SHA-256 they had when they came in.", nullptr, files));
    return toInt(ExitCode::Done);
}

} // namespace

int runAttachments(CommandContext& context)
{
    if (context.args.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "attachments needs one of: list, save, export, verify."));
    }
    const QString sub = context.args.first();
    QStringList values;
    QStringList flags;
    if (sub == QStringLiteral("list")) {
        values = {QStringLiteral("--record"), QStringLiteral("--entry")};
    } else if (sub == QStringLiteral("save")) {
        values = {QStringLiteral("--out")};
        flags = {QStringLiteral("--keep-details"), QStringLiteral("--force")};
    } else if (sub == QStringLiteral("export")) {
        values = {QStringLiteral("--out"), QStringLiteral("--record"), QStringLiteral("--entry")};
        flags = {QStringLiteral("--all")};
    } else if (sub != QStringLiteral("verify")) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "attachments does not know “%1”; use list, save, export or verify.")
                .arg(sub.left(40)));
    }
    Result<ParsedOptions> o = parseOptions(context.args.mid(1), values, flags, QStringLiteral("attachments ") + sub);
    if (!o) {
        return Console::usageError(o.error().message);
    }
    if (sub == QStringLiteral("list")) {
        return runList(context, o.value());
    }
    if (sub == QStringLiteral("save")) {
        return runSave(context, o.value());
    }
    if (sub == QStringLiteral("export")) {
        return runExport(context, o.value());
    }
    return runVerify(context);
}

} // namespace tideline::cli
