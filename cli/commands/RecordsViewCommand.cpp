#include "RecordsViewCommand.h"

#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "core/attachments/AttachmentStore.h"
#include "core/journal/Entry.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <unistd.h>

// records list, search, show and history: what the vault holds, printed as tab-separated lines.
namespace tideline::cli {

namespace {

using records::RecordRepository;

QString timeText(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString yesNoText(const std::optional<bool>& value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("not said");
}

QString whenShort(const records::RecordSummary& row)
{
    return row.day.toString(Qt::ISODate) + (row.time.isEmpty() ? QString() : QLatin1Char(' ') + row.time)
        + (row.approximate ? QStringLiteral(" (around)") : QString());
}

// Sensitive records are covered in lists unless asked for, as in the app.
QString headline(const records::RecordSummary& row, bool showSensitive)
{
    if (row.sensitive && !showSensitive) {
        return QStringLiteral("(sensitive: covered; records show %1 shows it)").arg(row.id);
    }
    return tsvField(row.headline.isEmpty() ? row.place : row.headline);
}

QString marked(const QString& text)
{
    const bool terminal = ::isatty(STDOUT_FILENO);
    QString out = tsvField(text);
    out.replace(QChar(journal::kMatchStart), terminal ? QStringLiteral("\x1b[1m") : QString());
    out.replace(QChar(journal::kMatchEnd), terminal ? QStringLiteral("\x1b[0m") : QString());
    return out;
}

void printFields(const records::RecordFields& f, const QStringList& kinds)
{
    Console::data(QStringLiteral("When:\t%1").arg(records::RecordText::whenText(f.day, f.time, f.approximate)));
    if (!kinds.isEmpty()) {
        Console::data(QStringLiteral("Kind:\t%1").arg(kinds.join(QStringLiteral(", "))));
    }
    const std::pair<const char*, const QString*> texts[] = {{"Where", &f.place}, {"What happened", &f.whatHappened},
        {"Injuries", &f.injuries}, {"Who was there", &f.witnesses}, {"Who I told", &f.told}};
    for (const auto& [label, text] : texts) {
        if (!text->trimmed().isEmpty()) {
            Console::data(QStringLiteral("%1:\t%2").arg(QLatin1String(label), *text));
        }
    }
    Console::data(QStringLiteral("Saw a doctor:\t%1").arg(yesNoText(f.sawDoctor)));
    Console::data(QStringLiteral("Reported:\t%1").arg(yesNoText(f.reported)));
}

} // namespace

int runRecordsList(CommandContext& context, const ParsedOptions& options)
{
    QDate from;
    QDate to;
    for (const auto& [option, day] : {std::pair{"--from", &from}, std::pair{"--to", &to}}) {
        if (options.has(QLatin1String(option))) {
            Result<QDate> parsed = dayOption(QLatin1String(option), options.last(QLatin1String(option)));
            if (!parsed) {
                return Console::fail(parsed.error());
            }
            *day = parsed.value();
        }
    }
    const Result<int> limitGiven = limitFrom(options, 50);
    if (!limitGiven) {
        return Console::fail(limitGiven.error());
    }
    int limit = limitGiven.value(); // counts down as pages are printed
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    RecordRepository repo(vault.database(), SystemClock::instance());
    std::optional<records::RecordCursor> cursor;
    const bool showSensitive = options.flags.contains(QStringLiteral("--show-sensitive"));
    while (limit > 0) {
        auto page = repo.listPage(cursor, qMin(limit, 500), from, to);
        if (!page) {
            vault.lock();
            return Console::fail(page.error());
        }
        for (const records::RecordSummary& row : page.value()) {
            Console::data(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(row.id)
                              .arg(whenShort(row), tsvField(row.kindLabels.join(QStringLiteral(", "))))
                              .arg(row.attachmentCount == 1 ? QStringLiteral("1 file")
                                                            : QStringLiteral("%1 files").arg(row.attachmentCount))
                              .arg(headline(row, showSensitive)));
        }
        if (page.value().empty()) {
            break;
        }
        limit -= static_cast<int>(page.value().size());
        cursor = records::RecordCursor::after(page.value().back());
    }
    vault.lock();
    return toInt(ExitCode::Done);
}

int runRecordsSearch(CommandContext& context, const ParsedOptions& options)
{
    if (options.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "records search needs the words to look for."));
    }
    const Result<int> limit = limitFrom(options, 50);
    if (!limit) {
        return Console::fail(limit.error());
    }
    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    auto hits = RecordRepository(vault.database(), SystemClock::instance())
                    .search(options.positional.join(u' '), limit.value());
    vault.lock();
    if (!hits) {
        return Console::fail(hits.error());
    }
    const bool showSensitive = options.flags.contains(QStringLiteral("--show-sensitive"));
    for (const records::RecordHit& hit : hits.value()) {
        Console::data(
            QStringLiteral("%1\t%2\t%3")
                .arg(hit.record.id)
                .arg(whenShort(hit.record),
                    hit.record.sensitive && !showSensitive ? headline(hit.record, false) : marked(hit.snippet)));
    }
    if (hits.value().empty()) {
        Console::message(QCoreApplication::translate("Cli", "No record matches that."));
    }
    return toInt(ExitCode::Done);
}

int runRecordsShow(CommandContext& context, const ParsedOptions& options, bool history)
{
    if (options.positional.size() != 1) {
        return Console::usageError(QCoreApplication::translate("Cli", "records %1 takes the record's number.")
                                       .arg(history ? QStringLiteral("history") : QStringLiteral("show")));
    }
    Result<qint64> id = idOption(QStringLiteral("records show"), options.positional.first());
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
    Result<QList<records::RecordVersion>> versions
        = record ? repo.history(id.value()) : Result<QList<records::RecordVersion>>(record.error());
    Result<QList<attachments::Attachment>> files = record
        ? attachments::AttachmentStore(vault.database(), SystemClock::instance())
              .of(attachments::AttachmentOwner::record(id.value()))
        : Result<QList<attachments::Attachment>>(record.error());
    vault.lock();
    if (!files || !versions) {
        return Console::fail(files ? versions.error() : files.error());
    }
    const records::Record& r = record.value();
    if (history) {
        for (const records::RecordVersion& v : versions.value()) {
            Console::data(QStringLiteral("Saved:\t%1").arg(timeText(v.savedAt)));
            printFields(v.fields, v.kindLabels);
            for (const records::VersionFile& file : v.files) {
                Console::data(QStringLiteral("File:\t%1\t%2").arg(file.sha256, tsvField(file.name)));
            }
            Console::data(QString());
        }
        return toInt(ExitCode::Done);
    }
    Console::data(QStringLiteral("Record:\t%1").arg(r.id));
    printFields(r.fields, r.kindLabels);
    Console::data(QStringLiteral("Written:\t%1").arg(timeText(r.createdAt)));
    for (const QDateTime& at : r.changedAt) {
        Console::data(QStringLiteral("Changed:\t%1").arg(timeText(at)));
    }
    Console::data(
        QStringLiteral("Sensitive:\t%1").arg(r.fields.sensitive ? QStringLiteral("yes") : QStringLiteral("no")));
    for (const attachments::Attachment& a : files.value()) {
        Console::data(QStringLiteral("File:\t%1\t%2\t%3\t%4\t%5")
                          .arg(a.id)
                          .arg(a.sha256, attachments::sizeText(a.size), timeText(a.addedAt), tsvField(a.name)));
    }
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli
