#include "JournalCommand.h"

#include "Console.h"
#include "JournalEditCommand.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "core/journal/EntryText.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <unistd.h>

namespace tideline::cli {

namespace {

using journal::JournalRepository;

// Matched words in bold on a terminal; plain text for a pipe or a file.
QString marked(const QString& text)
{
    const bool terminal = ::isatty(STDOUT_FILENO);
    QString out = tsvField(text);
    out.replace(QChar(journal::kMatchStart), terminal ? QStringLiteral("\x1b[1m") : QString());
    out.replace(QChar(journal::kMatchEnd), terminal ? QStringLiteral("\x1b[0m") : QString());
    return out;
}

int runAdd(CommandContext& context, const JournalOptions& options)
{
    if (!options.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "journal add reads the entry from standard input; put the title after --title."));
    }
    if (!options.title) {
        return Console::usageError(QCoreApplication::translate("Cli", "journal add needs --title (it may be \"\")."));
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    auto body = readJournalBody();
    if (!body) {
        vault.lock();
        return Console::fail(body.error());
    }
    journal::EntryDraft draft;
    draft.title = *options.title;
    draft.body = body.value();
    draft.day = options.day;
    draft.tags = options.tags;
    JournalRepository repo(vault.database(), SystemClock::instance());
    auto id = repo.create(draft);
    vault.lock();
    if (!id) {
        return Console::fail(id.error());
    }
    Console::data(QString::number(id.value()));
    return toInt(ExitCode::Done);
}

int runList(CommandContext& context, const JournalOptions& options)
{
    if (!options.positional.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "journal list does not take %1.").arg(options.positional.first()));
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    JournalRepository repo(vault.database(), SystemClock::instance());
    std::optional<journal::ListCursor> cursor;
    int left = options.limit;
    while (left > 0) {
        auto page = repo.listPage(cursor, qMin(left, 500), options.from, options.to);
        if (!page) {
            vault.lock();
            return Console::fail(page.error());
        }
        for (const auto& row : page.value()) {
            Console::data(QStringLiteral("%1\t%2\t%3%4")
                              .arg(row.id)
                              .arg(row.day.toString(Qt::ISODate), tsvField(row.title),
                                  row.isDraft ? QStringLiteral("\t(draft)") : QString()));
        }
        if (page.value().empty()) {
            break;
        }
        left -= static_cast<int>(page.value().size());
        cursor = journal::ListCursor::after(page.value().back());
    }
    vault.lock();
    return toInt(ExitCode::Done);
}

int runSearch(CommandContext& context, const JournalOptions& options)
{
    if (options.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "journal search needs the words to look for."));
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    JournalRepository repo(vault.database(), SystemClock::instance());
    journal::SearchQuery query = journal::SearchQuery::forText(options.positional.join(u' '));
    query.tag = options.tags.isEmpty() ? QString() : options.tags.first();
    query.limit = options.limit;
    auto hits = repo.search(query);
    vault.lock();
    if (!hits) {
        return Console::fail(hits.error());
    }
    for (const auto& hit : hits.value()) {
        Console::data(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(hit.id)
                          .arg(hit.day.toString(Qt::ISODate), marked(hit.title), marked(hit.snippet)));
    }
    if (hits.value().empty()) {
        Console::message(QCoreApplication::translate("Cli", "Nothing in the journal matches that."));
    }
    return toInt(ExitCode::Done);
}

} // namespace

int runJournal(CommandContext& context)
{
    if (context.args.isEmpty()) {
        return Console::usageError(
            QCoreApplication::translate("Cli", "journal needs one of: add, list, search, show, edit, delete."));
    }
    const QString sub = context.args.first();
    const QStringList rest = context.args.mid(1);
    if (sub == QStringLiteral("show")) {
        return runJournalShow(context, rest);
    }
    if (sub == QStringLiteral("edit")) {
        return runJournalEdit(context, rest);
    }
    if (sub == QStringLiteral("delete")) {
        return runJournalDelete(context, rest);
    }
    QStringList allowed;
    if (sub == QStringLiteral("add")) {
        allowed = {QStringLiteral("--title"), QStringLiteral("--tag"), QStringLiteral("--day")};
    } else if (sub == QStringLiteral("list")) {
        allowed = {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--limit")};
    } else if (sub == QStringLiteral("search")) {
        allowed = {QStringLiteral("--tag"), QStringLiteral("--limit")};
    } else {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "journal does not know “%1”; use add, list, search, show, edit or delete.")
                                       .arg(sub));
    }
    bool usageMistake = false;
    auto options = parseJournalOptions(rest, allowed, usageMistake);
    if (!options) {
        return usageMistake ? Console::usageError(options.error().message) : Console::fail(options.error());
    }
    if (sub == QStringLiteral("add")) {
        return runAdd(context, options.value());
    }
    if (sub == QStringLiteral("list")) {
        return runList(context, options.value());
    }
    return runSearch(context, options.value());
}

} // namespace tideline::cli
