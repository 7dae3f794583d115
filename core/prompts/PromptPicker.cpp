#include "core/prompts/PromptPicker.h"

#include "core/common/Day.h"
#include "core/storage/Database.h"
#include "core/storage/SettingTable.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tideline {

namespace {

const QString kDayKey = QStringLiteral("prompt.day");
const QString kRecentKey = QStringLiteral("prompt.recent");
const QString kHiddenKindsKey = QStringLiteral("prompt.hidden_kinds");

QStringList toStringList(const QString& json)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (v.isString()) {
            list.append(v.toString());
        }
    }
    return list;
}

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

PromptPicker::PromptPicker(Database& db, const PromptCatalogue& catalogue, quint32 seed)
    : m_db(db), m_catalogue(catalogue), m_random(seed)
{}

Result<std::optional<Prompt>> PromptPicker::forDay(const QDate& day)
{
    Result<QString> stored = SettingTable(m_db).read(kDayKey);
    if (!stored) {
        return stored.error();
    }
    const QJsonObject today = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    if (today.value(QLatin1String("day")).toString() == Day::toText(day)) {
        if (today.value(QLatin1String("skipped")).toBool()) {
            return std::optional<Prompt>{};
        }
        Result<QStringList> hidden = hiddenKinds();
        if (!hidden) {
            return hidden.error();
        }
        const Prompt* prompt = m_catalogue.byKey(today.value(QLatin1String("key")).toString());
        if (prompt && !hidden.value().contains(prompt->kind)) {
            return std::optional<Prompt>{*prompt};
        }
    }
    return drawFor(day, {});
}

Result<std::optional<Prompt>> PromptPicker::another(const QDate& day)
{
    Result<QString> stored = SettingTable(m_db).read(kDayKey);
    if (!stored) {
        return stored.error();
    }
    const QJsonObject today = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    return drawFor(day, today.value(QLatin1String("key")).toString());
}

Status PromptPicker::notToday(const QDate& day)
{
    return SettingTable(m_db).write(
        kDayKey, toJson(QJsonObject{{QStringLiteral("day"), Day::toText(day)}, {QStringLiteral("skipped"), true}}));
}

Result<std::optional<Prompt>> PromptPicker::hideKind(const QString& kind, const QDate& day)
{
    if (!m_catalogue.kind(kind)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Prompt", "There is no kind of prompt called “%1”.").arg(kind));
    }
    Result<QStringList> hidden = hiddenKinds();
    if (!hidden) {
        return hidden.error();
    }
    if (!hidden.value().contains(kind)) {
        hidden.value().append(kind);
        if (auto s = SettingTable(m_db).write(kHiddenKindsKey, toJson(hidden.value())); !s) {
            return s.error();
        }
    }
    // The day's prompt stays unless it is of the kind just turned off (or was put away).
    return forDay(day);
}

Status PromptPicker::showKind(const QString& kind)
{
    Result<QStringList> hidden = hiddenKinds();
    if (!hidden) {
        return hidden.error();
    }
    hidden.value().removeAll(kind);
    return SettingTable(m_db).write(kHiddenKindsKey, toJson(hidden.value()));
}

Result<QStringList> PromptPicker::hiddenKinds()
{
    Result<QString> stored = SettingTable(m_db).read(kHiddenKindsKey);
    if (!stored) {
        return stored.error();
    }
    return toStringList(stored.value());
}

Result<bool> PromptPicker::isYoungVault(const QDate& day)
{
    auto first = m_db.queryFirst("SELECT min(d) FROM (SELECT min(day) AS d FROM entry WHERE is_draft = 0"
                                 " UNION ALL SELECT min(day) FROM checkin);");
    if (!first) {
        return first.error();
    }
    if (!first.value() || first.value()->isNull(0)) {
        return true;
    }
    const Result<QDate> since = Day::parse(first.value()->columnText(0));
    return !since || since.value().daysTo(day) < kLookingBackAfterDays;
}

Result<std::optional<Prompt>> PromptPicker::drawFor(const QDate& day, const QString& notThisKey)
{
    Result<QStringList> hidden = hiddenKinds();
    if (!hidden) {
        return hidden.error();
    }
    Result<QString> storedRecent = SettingTable(m_db).read(kRecentKey);
    if (!storedRecent) {
        return storedRecent.error();
    }
    QStringList recent = toStringList(storedRecent.value());

    // "Looking back" asks about weeks gone by; in the first weeks there is little to look
    // back on, and being asked anyway feels like a test. Held back until the first check-in or
    // entry is kLookingBackAfterDays old.
    Result<bool> young = isYoungVault(day);
    if (!young) {
        return young.error();
    }
    QList<const Prompt*> allowed;
    for (bool holdBack : {young.value(), false}) {
        for (const Prompt& prompt : m_catalogue.prompts()) {
            const bool heldBack = holdBack && prompt.kind == QLatin1String(kLookingBackKind);
            if (!hidden.value().contains(prompt.kind) && prompt.key != notThisKey && !heldBack) {
                allowed.append(&prompt);
            }
        }
        if (!allowed.isEmpty()) {
            break; // when "looking back" is the only kind left on, it is offered after all
        }
    }
    if (allowed.isEmpty()) {
        // Every kind turned off (or a catalogue of one): no prompt, and that is fine.
        return std::optional<Prompt>{};
    }
    // Keep the most recent ones out, but never so many that nothing is left.
    const qsizetype window = std::min<qsizetype>(recent.size(), std::min<qsizetype>(kRecentCount, allowed.size() - 1));
    const QStringList excluded = recent.mid(recent.size() - window);
    QList<const Prompt*> candidates;
    for (const Prompt* prompt : allowed) {
        if (!excluded.contains(prompt->key)) {
            candidates.append(prompt);
        }
    }
    const Prompt* chosen
        = candidates.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(candidates.size()))));

    recent.removeAll(chosen->key);
    recent.append(chosen->key);
    while (recent.size() > kRecentCount) {
        recent.removeFirst();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    if (auto s = SettingTable(m_db).write(kRecentKey, toJson(recent)); !s) {
        return s.error();
    }
    if (auto s = SettingTable(m_db).write(kDayKey,
            toJson(QJsonObject{{QStringLiteral("day"), Day::toText(day)}, {QStringLiteral("key"), chosen->key}}));
        !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return std::optional<Prompt>{*chosen};
}

} // namespace tideline
