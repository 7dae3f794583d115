#include "CheckupCommand.h"

#include "CheckupAnswers.h"
#include "Console.h"
#include "OpenVault.h"
#include "SecretReader.h"
#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupSchedule.h"
#include "core/checkup/CheckupWords.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/FormParser.h"
#include "core/common/Day.h"
#include "core/safety/RegionSetting.h"
#include "core/safety/ResourceCatalogue.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tideline::cli {

namespace {

using namespace checkup;

int invalid(const QString& text)
{
    return Console::fail(Error::make(ErrorCode::InvalidInput, text));
}

void showSupport(Database& db)
{
    // The same words and lines the app shows right under the question: calm, and at once.
    Console::message(QCoreApplication::translate("Cli",
        "Thank you for answering that. Thoughts like these are heavy to carry, and you don't "
        "have to carry them alone. If talking to someone might help, support is there, "
        "day and night:"));
    const Result<QString> chosen = RegionSetting(db).chosen();
    const ResourceCatalogue::Region& region
        = ResourceCatalogue::bundled().regionOrDefault(chosen ? chosen.value() : QString());
    for (const ResourceCatalogue::Entry& entry : region.entries) {
        Console::message(QStringLiteral("  %1: %2%3")
                             .arg(entry.name, entry.phone,
                                 entry.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(entry.note)));
    }
}

void describeResult(CheckupRepository& checkups, const Form& form, const Checkup& checkup)
{
    const Score score = scoreAnswers(form, checkup.answers);
    if (!score.total) {
        Console::data(QStringLiteral("%1\t%2\t\t").arg(Day::toText(checkup.day), form.key));
        Console::message(noTotalSentence(form, score));
        return;
    }
    Console::data(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(Day::toText(checkup.day), form.key)
                      .arg(*score.total)
                      .arg(bandLabel(form, *score.total)));
    Console::message(QStringLiteral("%1: %2.").arg(form.name, totalText(form, score)));
    Console::message(bandSentence(form, *score.total));
    const Result<std::optional<Checkup>> before = checkups.previous(checkup);
    if (before && before.value()) {
        const Score earlier = scoreAnswers(form, before.value()->answers);
        if (earlier.total) {
            Console::message(changeSentence(form, *earlier.total, *score.total, before.value()->day));
        }
    }
}

int runList(Database& db)
{
    FormCatalogue catalogue(db, SystemClock::instance());
    Result<QList<Form>> forms = catalogue.all();
    Result<QList<Choice>> choices = CheckupSchedule(db).choices();
    if (!forms || !choices) {
        return Console::fail(forms ? choices.error() : forms.error());
    }
    CheckupRepository checkups(db, SystemClock::instance());
    // key, name, questions, how often suggested, last day, last total: tab-separated.
    for (const Form& form : std::as_const(forms.value())) {
        QString every = QStringLiteral("not chosen");
        for (const Choice& c : std::as_const(choices.value())) {
            if (c.formKey == form.key) {
                every = c.everyWeeks == 0 ? QStringLiteral("when I start one")
                                          : QStringLiteral("every %1 week%2")
                                                .arg(c.everyWeeks)
                                                .arg(c.everyWeeks == 1 ? QString() : QStringLiteral("s"));
            }
        }
        Result<std::optional<Checkup>> last = checkups.latest(form.key);
        if (!last) {
            return Console::fail(last.error());
        }
        QString lastDay;
        QString lastTotal;
        if (last.value()) {
            lastDay = Day::toText(last.value()->day);
            const Score score = scoreAnswers(form, last.value()->answers);
            lastTotal = score.total ? QString::number(*score.total) : QString();
        }
        Console::data(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                          .arg(form.key, form.name)
                          .arg(form.scoredCount())
                          .arg(every, lastDay, lastTotal));
    }
    return toInt(ExitCode::Done);
}

int runTake(Database& db, const Form& form, const QDate& day, const QStringList& lines)
{
    Result<Answers> answers = parseCheckupAnswers(form, lines);
    if (!answers) {
        return Console::fail(answers.error());
    }
    CheckupRepository checkups(db, SystemClock::instance());
    Result<Checkup> saved = checkups.record(form, day, answers.value());
    if (!saved) {
        return Console::fail(saved.error());
    }
    Console::message(QCoreApplication::translate("Cli", "Saved the %1 for %2.").arg(form.name, Day::toText(day)));
    for (auto it = answers.value().cbegin(); it != answers.value().cend(); ++it) {
        if (needsSupport(form, it.key(), it.value())) {
            showSupport(db);
            break;
        }
    }
    describeResult(checkups, form, saved.value());
    return toInt(ExitCode::Done);
}

int runShow(Database& db, const QString& name, const insights::DayRange& range)
{
    FormCatalogue catalogue(db, SystemClock::instance());
    QList<Form> forms;
    if (name.isEmpty()) {
        Result<QList<Form>> all = catalogue.all();
        if (!all) {
            return Console::fail(all.error());
        }
        forms = all.value();
    } else {
        Result<Form> one = catalogue.find(name);
        if (!one) {
            return Console::fail(one.error());
        }
        forms.append(one.value());
    }
    CheckupRepository checkups(db, SystemClock::instance());
    int shown = 0;
    // day, form, total (empty when the rules give none), band, change since the one before.
    for (const Form& form : std::as_const(forms)) {
        Result<QList<Checkup>> taken = checkups.finished(form.key, range);
        if (!taken) {
            return Console::fail(taken.error());
        }
        std::optional<int> previous;
        if (!taken.value().isEmpty()) {
            const Result<std::optional<Checkup>> before = checkups.previous(taken.value().first());
            if (before && before.value()) {
                previous = scoreAnswers(form, before.value()->answers).total;
            }
        }
        for (const Checkup& c : std::as_const(taken.value())) {
            const Score score = scoreAnswers(form, c.answers);
            const QString change = score.total && previous ? deltaText(*score.total - *previous) : QString();
            Console::data(
                QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(Day::toText(c.day), form.key, score.total ? QString::number(*score.total) : QString(),
                        score.total ? bandLabel(form, *score.total) : QString(), change));
            if (score.total) {
                previous = score.total;
            }
            ++shown;
        }
    }
    if (shown == 0) {
        Console::message(QCoreApplication::translate("Cli", "No check-ups from %1 to %2.")
                             .arg(Day::toText(range.from), Day::toText(range.to)));
    }
    return toInt(ExitCode::Done);
}

Result<QByteArray> readFormFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "There is no file %1. Nothing was added.").arg(path));
    }
    if (info.size() > kMaxFormBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "%1 is too large to be a check-up form (over %2 KB). Nothing was added.")
                .arg(path)
                .arg(kMaxFormBytes / 1024));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli", "%1 could not be read (%2).").arg(path, file.errorString()));
    }
    return file.read(kMaxFormBytes + 1);
}

Result<QDate> dayOption(const QStringList& args, const QString& name, const QDate& fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0) {
        return fallback;
    }
    if (at + 1 >= args.size()) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "%1 needs a day (YYYY-MM-DD).").arg(name));
    }
    return Day::parse(args.at(at + 1));
}

} // namespace

int runCheckup(CommandContext& context)
{
    const QStringList& args = context.args;
    const QString action = args.value(0);
    static const QStringList actions{
        QStringLiteral("list"), QStringLiteral("take"), QStringLiteral("show"), QStringLiteral("add-form")};
    if (!actions.contains(action)) {
        return Console::usageError(QCoreApplication::translate("Cli",
            "checkup needs list, take NAME, show or add-form FILE, for example: "
            "checkup take phq9"));
    }
    const QDate today = Day::today(SystemClock::instance());
    QString name;
    insights::DayRange range{today.addYears(-100), today};
    QDate day = today;
    QByteArray formFile;
    // Everything that can be checked before the secret is read is checked first.
    if (action == QStringLiteral("take")) {
        if (args.size() < 2 || args.at(1).startsWith(QStringLiteral("--"))) {
            return Console::usageError(QCoreApplication::translate(
                "Cli", "checkup take needs the check-up's name, for example: checkup take phq9"));
        }
        name = args.at(1);
        for (qsizetype i = 2; i < args.size(); i += 2) {
            if (args.at(i) != QStringLiteral("--day")) {
                return Console::usageError(
                    QCoreApplication::translate("Cli", "checkup take knows only --day D (got “%1”).")
                        .arg(args.at(i).left(40)));
            }
        }
        Result<QDate> chosen = dayOption(args, QStringLiteral("--day"), today);
        if (!chosen) {
            return Console::fail(chosen.error());
        }
        if (Status ok = Day::checkRecordable(chosen.value(), SystemClock::instance()); !ok) {
            return Console::fail(ok.error());
        }
        day = chosen.value();
    } else if (action == QStringLiteral("show")) {
        qsizetype i = 1;
        if (args.size() > 1 && !args.at(1).startsWith(QStringLiteral("--"))) {
            name = args.at(1);
            i = 2;
        }
        for (; i < args.size(); i += 2) {
            if (args.at(i) != QStringLiteral("--from") && args.at(i) != QStringLiteral("--to")) {
                return Console::usageError(
                    QCoreApplication::translate("Cli", "checkup show knows [NAME] --from D --to D (got “%1”).")
                        .arg(args.at(i).left(40)));
            }
        }
        Result<QDate> from = dayOption(args, QStringLiteral("--from"), range.from);
        Result<QDate> to = dayOption(args, QStringLiteral("--to"), range.to);
        if (!from || !to) {
            return Console::fail(from ? to.error() : from.error());
        }
        range = {from.value(), to.value()};
        if (!range.isValid()) {
            return invalid(QCoreApplication::translate("Cli", "--from (%1) comes after --to (%2).")
                               .arg(Day::toText(range.from), Day::toText(range.to)));
        }
    } else if (action == QStringLiteral("add-form")) {
        if (args.size() != 2) {
            return Console::usageError(QCoreApplication::translate(
                "Cli", "checkup add-form needs one FILE, the form as JSON (docs/CHECKUP-FORMAT.md)."));
        }
        Result<QByteArray> read = readFormFile(args.at(1));
        if (!read) {
            return Console::fail(read.error());
        }
        // Checked before any secret is asked, so a broken file costs no unlock.
        if (Result<Form> parsed = parseForm(read.value()); !parsed) {
            return Console::fail(parsed.error());
        }
        formFile = read.value();
    } else if (args.size() > 1) {
        return Console::usageError(QCoreApplication::translate("Cli", "checkup list takes nothing more."));
    }

    Result<std::unique_ptr<Vault>> opened = openVault(context);
    if (!opened) {
        return Console::fail(opened.error());
    }
    Vault& vault = *opened.value();
    Database& db = vault.database();
    int code = toInt(ExitCode::Done);
    if (action == QStringLiteral("list")) {
        code = runList(db);
    } else if (action == QStringLiteral("show")) {
        code = runShow(db, name, range);
    } else if (action == QStringLiteral("add-form")) {
        Result<Form> added = FormCatalogue(db, SystemClock::instance()).add(formFile);
        if (!added) {
            code = Console::fail(added.error());
        } else {
            const Form& form = added.value();
            Console::message(QCoreApplication::translate("Cli", "Added “%1” (%2). Take it with: checkup take %2")
                                 .arg(form.name, form.key));
            Console::message(questionsAbout(form, static_cast<int>(form.items.size())));
        }
    } else {
        Result<Form> form = FormCatalogue(db, SystemClock::instance()).find(name);
        if (!form) {
            code = Console::fail(form.error());
        } else {
            if (context.secrets.isTerminal()) {
                if (const QString note = languageNote(form.value()); !note.isEmpty()) {
                    Console::message(note);
                }
                Console::message(recallSentence(form.value()) + u' ' + form.value().instructions);
                for (qsizetype i = 0; i < form.value().items.size(); ++i) {
                    Console::message(QStringLiteral("%1. %2").arg(i + 1).arg(form.value().items.at(i).text));
                }
                Console::message(QCoreApplication::translate(
                    "Cli", "Type one answer a line (an empty line skips a question), then Ctrl-D."));
            }
            Result<QStringList> lines = readCheckupAnswerLines();
            code = lines ? runTake(db, form.value(), day, lines.value()) : Console::fail(lines.error());
        }
    }
    vault.lock();
    return code;
}

} // namespace tideline::cli
