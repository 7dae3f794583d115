#include "JournalEditCommand.h"

#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "core/journal/JournalRepository.h"

#include <QCoreApplication>
#include <optional>

namespace tideline::cli {

namespace {

using journal::JournalRepository;

// The entry's id: the one word that is not an option. A usage mistake otherwise.
std::optional<qint64> entryId(const JournalOptions& options, const QString& sub, QString& problem)
{
    if (options.positional.size() != 1) {
        problem = QCoreApplication::translate(
            "Cli", "journal %1 needs the entry's id (journal list shows it), and nothing else.")
                      .arg(sub);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = options.positional.first().toLongLong(&ok);
    if (!ok || id < 1) {
        problem = QCoreApplication::translate(
            "Cli", "“%1” is not an entry's id: it is a whole number, as journal list shows it.")
                      .arg(options.positional.first());
        return std::nullopt;
    }
    return id;
}

// Takes a flag without a value out of the words, saying whether it was there.
bool takeFlag(QStringList& args, const QString& flag)
{
    return args.removeAll(flag) > 0;
}

// show's output: one "key<TAB>value" line each, an empty line, then the body as written.
void printEntry(const journal::Entry& e)
{
    Console::data(QStringLiteral("id\t%1").arg(e.id));
    Console::data(QStringLiteral("day\t%1").arg(e.day.toString(Qt::ISODate)));
    Console::data(QStringLiteral("title\t%1").arg(tsvField(e.title)));
    Console::data(QStringLiteral("tags\t%1").arg(tsvField(e.tags.join(QStringLiteral(", ")))));
    Console::data(QStringLiteral("mood\t%1").arg(e.mood ? QString::number(*e.mood) : QString()));
    if (e.sensitive) {
        Console::data(QStringLiteral("sensitive\tyes"));
    }
    if (e.isDraft) {
        Console::data(QStringLiteral("draft\tyes"));
    }
    Console::data(QString());
    Console::data(e.body);
}

// The id of show and delete, which take no option: the id, or the usage mistake in words.
Result<qint64> onlyEntryId(const QStringList& args, const QString& sub)
{
    bool usageMistake = false;
    auto options = parseJournalOptions(args, {}, usageMistake);
    if (!options) {
        return options.error();
    }
    QString problem;
    const auto id = entryId(options.value(), sub, problem);
    if (!id) {
        return Error::make(ErrorCode::InvalidInput, problem);
    }
    return *id;
}

// Opens the vault, hands work its journal, and locks again; the exit code is work's, or the
// failure to open's.
template<typename Work>
int withJournal(CommandContext& context, Work&& work)
{
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    JournalRepository repo(vault.database(), SystemClock::instance());
    const int code = work(repo);
    vault.lock();
    return code;
}

} // namespace

int runJournalShow(CommandContext& context, const QStringList& args)
{
    const Result<qint64> id = onlyEntryId(args, QStringLiteral("show"));
    if (!id) {
        return Console::usageError(id.error().message);
    }
    return withJournal(context, [&](JournalRepository& repo) {
        const Result<journal::Entry> entry = repo.get(id.value());
        if (!entry) {
            return Console::fail(entry.error());
        }
        printEntry(entry.value());
        return toInt(ExitCode::Done);
    });
}

int runJournalEdit(CommandContext& context, const QStringList& args)
{
    QStringList words = args;
    const bool newBody = takeFlag(words, QStringLiteral("--body"));
    const bool noTags = takeFlag(words, QStringLiteral("--no-tags"));
    bool usageMistake = false;
    auto options = parseJournalOptions(
        words, {QStringLiteral("--title"), QStringLiteral("--tag"), QStringLiteral("--day")}, usageMistake);
    if (!options) {
        return usageMistake ? Console::usageError(options.error().message) : Console::fail(options.error());
    }
    QString problem;
    const auto id = entryId(options.value(), QStringLiteral("edit"), problem);
    if (!id) {
        return Console::usageError(problem);
    }
    if (noTags && !options.value().tags.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "Choose either --tag or --no-tags."));
    }
    if (!newBody && !noTags && !options.value().title && !options.value().day.isValid()
        && options.value().tags.isEmpty()) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "journal edit needs something to change: --title, --day, --tag, --no-tags or --body."));
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    JournalRepository repo(vault.database(), SystemClock::instance());
    auto entry = repo.get(*id);
    if (!entry) {
        vault.lock();
        return Console::fail(entry.error());
    }
    journal::EntryDraft draft = entry.value().toDraft();
    if (newBody) {
        auto body = readJournalBody();
        if (!body) {
            vault.lock();
            return Console::fail(body.error());
        }
        draft.body = body.value();
    }
    if (options.value().title) {
        draft.title = *options.value().title;
    }
    if (options.value().day.isValid()) {
        draft.day = options.value().day;
    }
    if (noTags) {
        draft.tags.clear();
    } else if (!options.value().tags.isEmpty()) {
        draft.tags = options.value().tags;
    }
    // An entry saved from the command line is saved by the person: a draft stops being one.
    const Status saved = repo.update(*id, draft);
    vault.lock();
    if (!saved) {
        return Console::fail(saved.error());
    }
    Console::message(QCoreApplication::translate("Cli", "Entry %1 is saved.").arg(*id));
    return toInt(ExitCode::Done);
}

int runJournalDelete(CommandContext& context, const QStringList& args)
{
    const Result<qint64> id = onlyEntryId(args, QStringLiteral("delete"));
    if (!id) {
        return Console::usageError(id.error().message);
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    const int code = [&] {
        JournalRepository repo(vault.database(), SystemClock::instance());
        if (const auto removed = repo.remove(id.value()); !removed) {
            return Console::fail(removed.error());
        }
        // A command waits for the slow half of a delete; the app does it off the window's thread.
        if (const Status words = journal::JournalRepository::removeDeletedWords(vault.database()); !words) {
            return Console::fail(words.error());
        }
        Console::message(
            QCoreApplication::translate("Cli", "Entry %1 is deleted, with its words taken out of the search index.")
                .arg(id.value()));
        return toInt(ExitCode::Done);
    }();
    vault.lock();
    return code;
}

} // namespace tideline::cli
