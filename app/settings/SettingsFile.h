#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

namespace tideline::app {

// settings.ini, read and written by hand instead of by QSettings. The file is plain and sits
// beside the vault where anyone with the account can edit it, and QSettings turns values such as
// "@Variant(...)" into objects through QDataStream, which allocated 21 GB for one fuzzed file.
// This reader knows only "[section]" lines and "key=value" lines of short plain text: anything
// else is skipped, and a file larger than any this app writes is not read at all.
class SettingsFile final
{
public:
    explicit SettingsFile(QString path);

    // The stored text as a QVariant (so toInt()/toBool() read it as QSettings did), or fallback.
    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    // "true" or "false" as QSettings writes them ("1"/"0" too); anything else is the fallback,
    // where QVariant would read every other non-empty text as true.
    bool flag(const QString& key, bool fallback) const;
    // Kept for this run at once; written to the disk (atomically, owner-only) as well when it
    // can be. Returns false when the disk refused, and the choice then lasts for this run only.
    bool setValue(const QString& key, const QVariant& value);

    const QString& fileName() const { return m_path; }

    // Larger than this, the file is not one Tideline wrote, and is ignored.
    static constexpr qint64 kMaxFileBytes = 16 * 1024;
    static constexpr int kMaxValueChars = 200;

private:
    void read();
    QByteArray serialised() const;

    QString m_path;
    QMap<QString, QString> m_values; // "section/key" → text
};

} // namespace tideline::app
