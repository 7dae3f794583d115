#include "RecordOptions.h"

#include "core/common/Clock.h"
#include "core/records/RecordKindRepository.h"

#include <QCoreApplication>

namespace tideline::cli {

namespace {

Error invalid(const QString& text)
{
    return Error::make(ErrorCode::InvalidInput, text);
}

Result<std::optional<bool>> yesNo(const QString& option, const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QStringLiteral("yes")) {
        return std::optional<bool>(true);
    }
    if (v == QStringLiteral("no")) {
        return std::optional<bool>(false);
    }
    if (v == QStringLiteral("unsaid") || v.isEmpty()) {
        return std::optional<bool>();
    }
    return invalid(
        QCoreApplication::translate("Cli", "%1 takes yes, no or unsaid (got “%2”).").arg(option, value.left(40)));
}

} // namespace

Result<ParsedOptions> parseOptions(
    const QStringList& args, const QStringList& withValue, const QStringList& flags, const QString& command)
{
    ParsedOptions parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QStringLiteral("--"))) {
            parsed.positional.append(arg);
        } else if (flags.contains(arg)) {
            parsed.flags.insert(arg);
        } else if (withValue.contains(arg)) {
            if (i + 1 >= args.size()) {
                return invalid(QCoreApplication::translate("Cli", "%1 needs a value after it.").arg(arg));
            }
            parsed.values[arg].append(args[++i]);
        } else {
            return invalid(QCoreApplication::translate("Cli", "%1 does not take %2.").arg(command, arg.left(40)));
        }
    }
    return parsed;
}

Result<QDate> dayOption(const QString& option, const QString& value)
{
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid() || value.size() != 10) {
        return invalid(
            QCoreApplication::translate("Cli", "%1 needs a day written as YYYY-MM-DD, such as 2026-03-14 (got “%2”).")
                .arg(option, value.left(40)));
    }
    return day;
}

Result<qint64> idOption(const QString& option, const QString& value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0) {
        return invalid(QCoreApplication::translate("Cli", "%1 needs a number, as `records list` shows it (got “%2”).")
                           .arg(option, value.left(40)));
    }
    return id;
}

Result<int> limitOption(const QString& value)
{
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        return invalid(QCoreApplication::translate("Cli", "--limit needs a whole number from 1 to 100000 (got “%1”).")
                           .arg(value.left(40)));
    }
    return limit;
}

Result<int> limitFrom(const ParsedOptions& options, int fallback)
{
    const QString option = QStringLiteral("--limit");
    return options.has(option) ? limitOption(options.last(option)) : Result<int>(fallback);
}

QStringList recordValueOptions()
{
    return {QStringLiteral("--day"), QStringLiteral("--time"), QStringLiteral("--place"), QStringLiteral("--kind"),
        QStringLiteral("--injuries"), QStringLiteral("--witnesses"), QStringLiteral("--told"),
        QStringLiteral("--doctor"), QStringLiteral("--reported")};
}

QStringList recordFlags()
{
    return {QStringLiteral("--around"), QStringLiteral("--exact"), QStringLiteral("--sensitive"),
        QStringLiteral("--not-sensitive"), QStringLiteral("--no-time"), QStringLiteral("--no-kinds")};
}

Status applyRecordOptions(const ParsedOptions& o, Database& db, records::RecordFields& f)
{
    if (o.has(QStringLiteral("--day"))) {
        Result<QDate> day = dayOption(QStringLiteral("--day"), o.last(QStringLiteral("--day")));
        if (!day) {
            return day.error();
        }
        f.day = day.value();
    }
    if (o.has(QStringLiteral("--time"))) {
        const QString value = o.last(QStringLiteral("--time"));
        const QTime time = QTime::fromString(value, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            return invalid(QCoreApplication::translate(
                "Cli", "--time needs a time of day written as HH:MM, such as 21:30 (got “%1”).")
                               .arg(value.left(40)));
        }
        f.time = time;
    }
    if (o.flags.contains(QStringLiteral("--no-time"))) {
        f.time = QTime();
    }
    if (o.flags.contains(QStringLiteral("--around"))) {
        f.approximate = true;
    }
    if (o.flags.contains(QStringLiteral("--exact"))) {
        f.approximate = false;
    }
    const std::pair<const char*, QString*> texts[]
        = {{"--place", &f.place}, {"--injuries", &f.injuries}, {"--witnesses", &f.witnesses}, {"--told", &f.told}};
    for (const auto& [option, field] : texts) {
        if (o.has(QLatin1String(option))) {
            *field = o.last(QLatin1String(option));
        }
    }
    for (const auto& [option, field] : {std::pair{"--doctor", &f.sawDoctor}, std::pair{"--reported", &f.reported}}) {
        if (o.has(QLatin1String(option))) {
            Result<std::optional<bool>> value = yesNo(QLatin1String(option), o.last(QLatin1String(option)));
            if (!value) {
                return value.error();
            }
            *field = value.value();
        }
    }
    if (o.flags.contains(QStringLiteral("--sensitive"))) {
        f.sensitive = true;
    }
    if (o.flags.contains(QStringLiteral("--not-sensitive"))) {
        f.sensitive = false;
    }
    if (o.flags.contains(QStringLiteral("--no-kinds"))) {
        f.kindIds.clear();
    }
    if (o.values.contains(QStringLiteral("--kind"))) {
        Result<QList<records::RecordKind>> kinds = records::RecordKindRepository(db, SystemClock::instance()).all(true);
        if (!kinds) {
            return kinds.error();
        }
        f.kindIds.clear();
        for (const QString& wanted : o.values.value(QStringLiteral("--kind"))) {
            auto found = std::find_if(kinds.value().cbegin(), kinds.value().cend(), [&](const records::RecordKind& k) {
                return k.label.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0 || k.key == wanted.trimmed();
            });
            if (found == kinds.value().cend()) {
                QStringList names;
                for (const records::RecordKind& k : kinds.value()) {
                    names << k.label;
                }
                return invalid(QCoreApplication::translate("Cli", "There is no kind “%1”. The kinds are: %2.")
                                   .arg(wanted.left(60), names.join(QStringLiteral(", "))));
            }
            f.kindIds.append(found->id);
        }
    }
    return {};
}

} // namespace tideline::cli
