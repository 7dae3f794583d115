#include "core/prompts/PromptCatalogue.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

#include <map>

namespace tideline {

namespace {
Q_LOGGING_CATEGORY(lcPrompts, "tideline.prompts")

Error broken(const QString& why)
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Prompt", "The prompts catalogue is damaged: %1.").arg(why));
}
} // namespace

const PromptCatalogue& PromptCatalogue::shipped()
{
    // One catalogue per language, read once each (assets/<lang>/prompts.json, same keys). Entries
    // of a std::map stay where they are, so a reference handed out earlier stays valid.
    static QMutex mutex;
    static std::map<QString, PromptCatalogue> byLanguage;
    const QMutexLocker lock(&mutex);
    const QString language = i18n::currentLanguage();
    auto found = byLanguage.find(language);
    if (found == byLanguage.end()) {
        found = byLanguage.emplace(language, load(i18n::localizedAsset(QStringLiteral("prompts.json")))).first;
    }
    return found->second;
}

PromptCatalogue PromptCatalogue::load(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPrompts) << "the prompts catalogue is missing from the build";
        return PromptCatalogue{};
    }
    Result<PromptCatalogue> parsed = fromJson(file.readAll());
    if (!parsed) {
        qCWarning(lcPrompts) << parsed.error().message;
        return PromptCatalogue{};
    }
    return std::move(parsed).value();
}

Result<PromptCatalogue> PromptCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return broken(parseError.errorString());
    }
    const QJsonObject root = doc.object();
    PromptCatalogue catalogue;
    for (const QJsonValue& value : root.value(QLatin1String("kinds")).toArray()) {
        const QJsonObject o = value.toObject();
        catalogue.m_kinds.append(PromptKind{o.value(QLatin1String("key")).toString(),
            o.value(QLatin1String("label")).toString(), o.value(QLatin1String("description")).toString()});
    }
    for (const QJsonValue& value : root.value(QLatin1String("prompts")).toArray()) {
        const QJsonObject o = value.toObject();
        Prompt prompt{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("kind")).toString(),
            o.value(QLatin1String("text")).toString(), o.value(QLatin1String("note")).toString()};
        if (prompt.key.isEmpty() || prompt.text.isEmpty()) {
            return broken(QCoreApplication::translate("Prompt", "a prompt without a key or text"));
        }
        if (!catalogue.kind(prompt.kind)) {
            return broken(QCoreApplication::translate("Prompt", "prompt %1 has an unknown kind").arg(prompt.key));
        }
        if (catalogue.m_index.contains(prompt.key)) {
            return broken(QCoreApplication::translate("Prompt", "prompt %1 appears twice").arg(prompt.key));
        }
        catalogue.m_index.insert(prompt.key, catalogue.m_prompts.size());
        catalogue.m_prompts.append(prompt);
    }
    for (const QJsonValue& value : root.value(QLatin1String("nudges")).toArray()) {
        const QJsonObject o = value.toObject();
        catalogue.m_nudges.append(
            RoutineNudge{o.value(QLatin1String("routine")).toString(), o.value(QLatin1String("text")).toString()});
    }
    return catalogue;
}

const Prompt* PromptCatalogue::byKey(const QString& key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_prompts.at(it.value());
}

const PromptKind* PromptCatalogue::kind(const QString& key) const
{
    for (const PromptKind& kind : m_kinds) {
        if (kind.key == key) {
            return &kind;
        }
    }
    return nullptr;
}

QList<RoutineNudge> PromptCatalogue::nudgesFor(const QString& routineKey) const
{
    QList<RoutineNudge> nudges;
    for (const RoutineNudge& nudge : m_nudges) {
        if (nudge.routineKey == routineKey) {
            nudges.append(nudge);
        }
    }
    return nudges;
}

} // namespace tideline
