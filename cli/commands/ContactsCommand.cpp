#include "ContactsCommand.h"

#include "CommandWords.h"
#include "Console.h"
#include "JournalOptions.h"
#include "OpenVault.h"
#include "Paging.h"
#include "core/common/Clock.h"
#include "core/safety/SafetyContactRepository.h"

#include <QCoreApplication>

#include <optional>

namespace tideline::cli {

namespace {

using Contact = SafetyContactRepository::Contact;
using Kind = SafetyContactRepository::Kind;

Result<Kind> kindNamed(const QString& name)
{
    if (const auto kind = SafetyContactRepository::kindFromKey(name)) {
        return *kind;
    }
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Cli", "“%1” is not a kind of contact; use person, professional or hotline.")
            .arg(name.left(40)));
}

auto pagesOf(SafetyContactRepository& contacts)
{
    return [&contacts](int limit, int offset) { return contacts.contacts(limit, offset); };
}

int list(SafetyContactRepository& contacts)
{
    const Status listed = forEachInPages(pagesOf(contacts), [](const Contact& contact) {
        Console::data(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(QString::number(contact.id), SafetyContactRepository::kindKey(contact.kind),
                              tsvField(contact.name), tsvField(contact.phone), tsvField(contact.note)));
        return true;
    });
    return listed ? toInt(ExitCode::Done) : Console::fail(listed.error());
}

Result<Contact> find(SafetyContactRepository& contacts, qint64 id)
{
    std::optional<Contact> found;
    const Status searched = forEachInPages(pagesOf(contacts), [&](const Contact& contact) {
        if (contact.id == id) {
            found = contact;
        }
        return !found;
    });
    if (!searched) {
        return searched.error();
    }
    if (!found) {
        return Error::make(ErrorCode::NotFound,
            QCoreApplication::translate("Cli", "There is no contact %1 in your plan; contacts list shows them.")
                .arg(id));
    }
    return *found;
}

// The options of add and edit, applied over contact.
Status applyOptions(const CommandWords& words, Contact& contact)
{
    if (const auto kind = words.value(QStringLiteral("--kind"))) {
        const auto named = kindNamed(*kind);
        if (!named) {
            return named.error();
        }
        contact.kind = named.value();
    }
    if (const auto name = words.value(QStringLiteral("--name"))) {
        contact.name = *name;
    }
    if (const auto phone = words.value(QStringLiteral("--phone"))) {
        contact.phone = *phone;
    }
    if (const auto note = words.value(QStringLiteral("--note"))) {
        contact.note = *note;
    }
    return {};
}

// The checks that need no vault, so a mistake is reported before the secret is asked for.
int checkWords(const QString& sub, const CommandWords& words)
{
    if (sub == QStringLiteral("list") && !words.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate("Cli", "contacts list takes no other words."));
    }
    if (sub == QStringLiteral("add") && words.positional.isEmpty()) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "contacts add needs a name, such as: contacts add \"My sister\" --phone \"555 0100\"."));
    }
    if (sub == QStringLiteral("edit") && words.values.isEmpty()) {
        return Console::usageError(QCoreApplication::translate(
            "Cli", "contacts edit needs something to change: --name, --kind, --phone or --note."));
    }
    if (const auto kind = words.value(QStringLiteral("--kind")); kind && !kindNamed(*kind)) {
        return Console::usageError(kindNamed(*kind).error().message);
    }
    return 0;
}

} // namespace

int runContacts(CommandContext& context)
{
    const QString sub = context.args.value(0);
    const QStringList subs{
        QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("remove")};
    if (!subs.contains(sub)) {
        return Console::usageError(sub.isEmpty()
                ? QCoreApplication::translate("Cli", "contacts needs one of: list, add, edit, remove.")
                : QCoreApplication::translate("Cli", "contacts does not know “%1”; use list, add, edit or remove.")
                      .arg(sub.left(40)));
    }
    QStringList valued;
    if (sub == QStringLiteral("add")) {
        valued = {QStringLiteral("--kind"), QStringLiteral("--phone"), QStringLiteral("--note")};
    } else if (sub == QStringLiteral("edit")) {
        valued
            = {QStringLiteral("--name"), QStringLiteral("--kind"), QStringLiteral("--phone"), QStringLiteral("--note")};
    }
    const auto words = CommandWords::parse(context.args.mid(1), valued, {}, QStringLiteral("contacts %1").arg(sub));
    if (!words) {
        return Console::usageError(words.error().message);
    }
    if (const int mistake = checkWords(sub, words.value()); mistake != 0) {
        return mistake;
    }
    qint64 id = 0;
    if (sub == QStringLiteral("edit") || sub == QStringLiteral("remove")) {
        const auto named = idFrom(words.value(), QStringLiteral("contacts %1").arg(sub));
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
    SafetyContactRepository contacts(vault.database(), SystemClock::instance());
    int code = toInt(ExitCode::Done);
    if (sub == QStringLiteral("list")) {
        code = list(contacts);
    } else if (sub == QStringLiteral("add")) {
        Contact contact;
        contact.name = words.value().positional.join(u' ');
        if (const Status applied = applyOptions(words.value(), contact); !applied) {
            code = Console::fail(applied.error());
        } else if (const Result<qint64> added = contacts.add(contact); added) {
            Console::data(QString::number(added.value()));
        } else {
            code = Console::fail(added.error());
        }
    } else if (sub == QStringLiteral("edit")) {
        Result<Contact> found = find(contacts, id);
        Status saved = found ? applyOptions(words.value(), found.value()) : Status(found.error());
        if (saved) {
            saved = contacts.update(found.value());
        }
        if (saved) {
            Console::message(QCoreApplication::translate("Cli", "Contact %1 is saved.").arg(id));
        } else {
            code = Console::fail(saved.error());
        }
    } else {
        const Result<Contact> found = find(contacts, id);
        const Status removed = found ? contacts.remove(id) : Status(found.error());
        if (removed) {
            Console::message(QCoreApplication::translate("Cli", "Contact %1 is removed from your plan.").arg(id));
        } else {
            code = Console::fail(removed.error());
        }
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
