#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tideline {

// The shipped list of support lines by region (assets/resources.json), and with each region the
// help beyond the lines: where legal help and protection orders come from, and what a
// counselling or crisis centre offers. Static and public: it holds nothing personal, so the lock
// screen may show it. The person's own numbers live
// in the vault (OwnResourceRepository), never here.
class ResourceCatalogue
{
public:
    struct Entry
    {
        QString name;
        QString phone;
        QString note;
    };

    // Help beyond the support lines (the "help" list of a region).
    struct Help
    {
        enum class Kind { Legal, Centre };
        Kind kind = Kind::Legal; // "legal": courts, protection orders, legal aid; "centre": crisis centres
        QString name;
        QString phone; // may be empty
        QString address; // a web address shown as text, never opened; may be empty
        QString note; // what it is and how to reach it
    };

    struct Region
    {
        QString code; // ISO 3166 alpha-2, or "XX" for "Elsewhere"
        QString name;
        QList<Entry> entries;
        QList<Help> help; // may be empty
    };

    // The catalogue embedded in the binary. Never fails for a shipped build (a test checks
    // it); a damaged resource yields an empty catalogue with only the fallback region.
    // The shipped list in the current language (i18n::currentLanguage), read once per language.
    static const ResourceCatalogue& bundled();
    // A list by its resource path (":/assets/es/resources.json"); a damaged one gives the
    // one entry that is right everywhere (the local emergency number).
    static ResourceCatalogue load(const QString& resource);
    static Result<ResourceCatalogue> fromJson(const QByteArray& json);

    const QList<Region>& regions() const { return m_regions; }
    QString defaultRegionCode() const { return m_defaultRegion; }
    // The region with this code, or the default one when the code is unknown (a region
    // dropped in an update, a hand-edited value): the person always sees some numbers.
    const Region& regionOrDefault(const QString& code) const;
    bool hasRegion(const QString& code) const;

private:
    QList<Region> m_regions;
    QString m_defaultRegion;
};

} // namespace tideline
