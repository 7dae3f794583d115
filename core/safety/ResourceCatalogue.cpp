#include "core/safety/ResourceCatalogue.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <map>

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

Error malformed(const QString& why)
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Safety", "The list of support numbers is damaged (%1).").arg(why));
}

// Used only if the embedded file could not be read: the one number that is right everywhere.
ResourceCatalogue::Region fallbackRegion()
{
    return {u"XX"_s, QCoreApplication::translate("Safety", "Elsewhere"),
        {{QCoreApplication::translate("Safety", "Emergency services"),
            QCoreApplication::translate("Safety", "Your local emergency number"),
            QCoreApplication::translate("Safety", "If you are in danger right now")}},
        {}};
}

// A region's "help" list; each entry says what it is (its note) and is legal help or a centre.
Result<QList<ResourceCatalogue::Help>> readHelp(const QJsonArray& list, const QString& region)
{
    QList<ResourceCatalogue::Help> help;
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        const QString kind = object.value(u"kind"_s).toString();
        ResourceCatalogue::Help entry{
            kind == u"centre"_s ? ResourceCatalogue::Help::Kind::Centre : ResourceCatalogue::Help::Kind::Legal,
            object.value(u"name"_s).toString(), object.value(u"phone"_s).toString(), object.value(u"url"_s).toString(),
            object.value(u"note"_s).toString()};
        if ((kind != u"legal"_s && kind != u"centre"_s) || entry.name.isEmpty() || entry.note.isEmpty()) {
            return malformed(
                QCoreApplication::translate("Safety", "help without a kind, a name or a note in %1").arg(region));
        }
        help.append(entry);
    }
    return help;
}

} // namespace

const ResourceCatalogue& ResourceCatalogue::bundled()
{
    // One list per language (assets/<lang>/resources.json: the same regions and numbers, with
    // names and notes in that language), read once each; std::map entries never move.
    static QMutex mutex;
    static std::map<QString, ResourceCatalogue> byLanguage;
    const QMutexLocker lock(&mutex);
    const QString language = i18n::currentLanguage();
    auto found = byLanguage.find(language);
    if (found == byLanguage.end()) {
        found = byLanguage.emplace(language, load(i18n::localizedAsset(u"resources.json"_s))).first;
    }
    return found->second;
}

ResourceCatalogue ResourceCatalogue::load(const QString& resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly)) {
        if (auto parsed = fromJson(file.readAll())) {
            return std::move(parsed).value();
        }
    }
    ResourceCatalogue fallback;
    fallback.m_regions.append(fallbackRegion());
    fallback.m_defaultRegion = fallback.m_regions.first().code;
    return fallback;
}

Result<ResourceCatalogue> ResourceCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return malformed(QCoreApplication::translate("Safety", "not JSON"));
    }
    const QJsonObject root = document.object();
    ResourceCatalogue catalogue;
    for (const QJsonValue& regionValue : root.value(u"regions"_s).toArray()) {
        const QJsonObject regionObject = regionValue.toObject();
        Region region{regionObject.value(u"code"_s).toString(), regionObject.value(u"name"_s).toString(), {}, {}};
        if (region.code.isEmpty() || region.name.isEmpty() || catalogue.hasRegion(region.code)) {
            return malformed(QCoreApplication::translate("Safety", "a region without a code or name, or twice"));
        }
        for (const QJsonValue& entryValue : regionObject.value(u"entries"_s).toArray()) {
            const QJsonObject entryObject = entryValue.toObject();
            Entry entry{entryObject.value(u"name"_s).toString(), entryObject.value(u"phone"_s).toString(),
                entryObject.value(u"note"_s).toString()};
            if (entry.name.isEmpty() || entry.phone.isEmpty()) {
                return malformed(
                    QCoreApplication::translate("Safety", "an entry without a name or number in %1").arg(region.code));
            }
            region.entries.append(entry);
        }
        if (region.entries.isEmpty()) {
            return malformed(QCoreApplication::translate("Safety", "no numbers for %1").arg(region.code));
        }
        auto help = readHelp(regionObject.value(u"help"_s).toArray(), region.code);
        if (!help) {
            return help.error();
        }
        region.help = std::move(help).value();
        catalogue.m_regions.append(region);
    }
    catalogue.m_defaultRegion = root.value(u"defaultRegion"_s).toString();
    if (catalogue.m_regions.isEmpty() || !catalogue.hasRegion(catalogue.m_defaultRegion)) {
        return malformed(QCoreApplication::translate("Safety", "no regions, or an unknown default"));
    }
    return catalogue;
}

const ResourceCatalogue::Region& ResourceCatalogue::regionOrDefault(const QString& code) const
{
    for (const Region& region : m_regions) {
        if (region.code == code) {
            return region;
        }
    }
    for (const Region& region : m_regions) {
        if (region.code == m_defaultRegion) {
            return region;
        }
    }
    return m_regions.first(); // never empty: fromJson and the fallback both ensure a region
}

bool ResourceCatalogue::hasRegion(const QString& code) const
{
    for (const Region& region : m_regions) {
        if (region.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace tideline
