#include "NumbersCommand.h"

#include "CommandWords.h"
#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "Paging.h"
#include "core/safety/OwnResourceRepository.h"
#include "core/safety/RegionSetting.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

using Resource = OwnResourceRepository::Resource;

auto pagesOf(OwnResourceRepository& numbers)
{
    return [&numbers](int limit, int offset) { return numbers.resources(limit, offset); };
}

int list(OwnResourceRepository& numbers)
{
    const Status listed = forEachInPages(pagesOf(numbers), [](const Resource& number) {
        Console::data(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(QString::number(number.id), tsvField(number.region), tsvField(number.name),
                              tsvField(number.phone), tsvField(number.note)));
        return true;
    });
    return listed ? toInt(ExitCode::Done) : Console::fail(listed.error());
}

Result<bool> exists(OwnResourceRepository& numbers, qint64 id)
{
    bool found = false;
    const Status searched = forEachInPages(pagesOf(numbers), [&](const Resource& number) {
        found = number.id == id;
        return !found;
    });
    if (!searched) {
        return searched.error();
    }
    return found;
}

int add(Vault& vault, const CommandWords& words)
{
    const Result<QString> region = RegionSetting(vault.database()).chosen();
    if (!region) {
        return Console::fail(region.error());
    }
    const Resource number{0, region.value(), words.positional.join(u' '),
        words.value(QStringLiteral("--phone")).value_or(QString()),
        words.value(QStringLiteral("--note")).value_or(QString())};
    const Result<qint64> added = OwnResourceRepository(vault.database()).add(number);
    if (!added) {
        return Console::fail(added.error());
    }
    Console::data(QString::number(added.value()));
    return toInt(ExitCode::Done);
}

int remove(OwnResourceRepository& numbers, qint64 id)
{
    const Result<bool> there = exists(numbers, id);
    if (!there) {
        return Console::fail(there.error());
    }
    if (!there.value()) {
        return Console::fail(Error::make(ErrorCode::NotFound,
            QCoreApplication::translate("Cli", "There is no number %1 of your own; numbers list shows them.").arg(id)));
    }
    if (const Status removed = numbers.remove(id); !removed) {
        return Console::fail(removed.error());
    }
    Console::message(QCoreApplication::translate("Cli", "Number %1 is removed.").arg(id));
    return toInt(ExitCode::Done);
}

} // namespace

int runNumbers(CommandContext& context)
{
    const QString sub = context.args.value(0);
    const QStringList subs{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")};
    if (!subs.contains(sub)) {
        return Console::usageError(sub.isEmpty()
                ? QCoreApplication::translate("Cli", "numbers needs one of: list, add, remove.")
                : QCoreApplication::translate("Cli", "numbers does not know “%1”; use list, add or remove.")
                      .arg(sub.left(40)));
    }
    const QStringList valued = sub == QStringLiteral("add")
        ? QStringList{QStringLiteral("--phone"), QStringLiteral("--note")}
        : QStringList{};
    const auto words = CommandWords::parse(context.args.mid(1), valued, {}, QStringLiteral("numbers %1").arg(sub));
    if (!words) {
        return Console::usageError(words.error().message);
    }
    if (sub == QStringLiteral("list") && !words.value().positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "numbers list takes no other words."));
    }
    if (sub == QStringLiteral("add")
        && (words.value().positional.isEmpty() || !words.value().value(QStringLiteral("--phone")))) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "numbers add needs a name and --phone, such as: numbers add \"Local shelter\" --phone \"555 0199\"."));
    }
    qint64 id = 0;
    if (sub == QStringLiteral("remove")) {
        const auto named = idFrom(words.value(), QStringLiteral("numbers remove"));
        if (!named) {
            return Console::usageError(named.error().message);
        }
        id = named.value();
    }
    auto opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    OwnResourceRepository numbers(vault.database());
    int code = toInt(ExitCode::Done);
    if (sub == QStringLiteral("list")) {
        code = list(numbers);
    } else if (sub == QStringLiteral("add")) {
        code = add(vault, words.value());
    } else {
        code = remove(numbers, id);
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
