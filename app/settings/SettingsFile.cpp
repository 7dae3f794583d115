#include "app/settings/SettingsFile.h"

#include "core/vault/AtomicFile.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

// Names as QSettings writes them for our keys: letters, digits and underscores only.
bool isPlainName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

// QSettings quotes a value holding spaces or separators; ours never do, but a quoted one reads.
QString unquoted(QString value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        return value.mid(1, value.size() - 2);
    }
    return value;
}

} // namespace

SettingsFile::SettingsFile(QString path) : m_path(std::move(path))
{
    read();
}

void SettingsFile::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        return; // missing, unreadable or not ours: the calm defaults
    }
    const QString text = QString::fromUtf8(file.read(kMaxFileBytes));
    QString section;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QStringView name = line.mid(1, line.size() - 2).trimmed();
            section = isPlainName(name) && name != u"General" ? name.toString() : QString();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            continue;
        }
        const QStringView key = line.left(equals).trimmed();
        const QString value = unquoted(line.mid(equals + 1).trimmed().toString());
        if (!isPlainName(key) || value.size() > kMaxValueChars) {
            continue;
        }
        m_values.insert(section.isEmpty() ? key.toString() : section + u'/' + key.toString(), value);
    }
}

QVariant SettingsFile::value(const QString& key, const QVariant& fallback) const
{
    const auto found = m_values.constFind(key);
    return found == m_values.cend() ? fallback : QVariant(*found);
}

bool SettingsFile::flag(const QString& key, bool fallback) const
{
    const QString text = m_values.value(key);
    if (text == u"true" || text == u"1") {
        return true;
    }
    if (text == u"false" || text == u"0") {
        return false;
    }
    return fallback;
}

bool SettingsFile::setValue(const QString& key, const QVariant& value)
{
    m_values.insert(key, value.toString());
    // Written at once: a preference such as the auto-lock delay must survive a quick exit.
    return writeFileAtomically(m_path, serialised(), SavedFile::Settings).ok();
}

QByteArray SettingsFile::serialised() const
{
    // Grouped by section in QSettings' own layout, so an older Tideline still reads the file.
    QMap<QString, QStringList> sections;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        const QString section = slash < 0 ? u"General"_s : it.key().left(slash);
        sections[section].append(it.key().mid(slash + 1) + u'=' + it.value());
    }
    QString text;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!text.isEmpty()) {
            text += u'\n';
        }
        text += u'[' + it.key() + u"]\n"_s + it.value().join(u'\n') + u'\n';
    }
    return text.toUtf8();
}

} // namespace tideline::app
