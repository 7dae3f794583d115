#include "core/attachments/FileName.h"

#include <QRegularExpression>
#include <QStringList>

namespace tideline::attachments {

namespace {

bool isInvisibleControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x200E || c == 0x200F || c == 0x061C // direction marks
        || c == 0x200B || c == 0xFEFF || c == 0x2060 // zero-width space, BOM, word joiner
        || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0xFDD0 || c == 0xFDD1; // annotations, snippet markers
}

QString cutAt(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars) {
        return text;
    }
    qsizetype cut = maxChars;
    if (text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut);
}

} // namespace

QString cleanFileName(const QString& name)
{
    QString base = name;
    const qsizetype slash = qMax(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0 && slash < base.size() - 1) {
        base = base.mid(slash + 1);
    } else if (slash >= 0) {
        base.remove(u'/');
        base.remove(u'\\');
    }
    QString out;
    out.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i) {
        char32_t c = base.at(i).unicode();
        QString one(base.at(i));
        if (base.at(i).isHighSurrogate() && i + 1 < base.size() && base.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(base.at(i), base.at(i + 1));
            one.append(base.at(++i));
        } else if (base.at(i).isSurrogate()) {
            continue; // half a character
        }
        if (isInvisibleControl(c)) {
            continue;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
            out.append(u' ');
            continue;
        }
        out.append(one);
    }
    out = out.simplified();
    out = cutAt(out, kMaxNameChars).trimmed();
    return out.isEmpty() ? QStringLiteral("file") : out;
}

QString safeFileName(const QString& name)
{
    QString safe = cleanFileName(name);
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*]"));
    safe.replace(forbidden, QStringLiteral("_"));
    while (safe.startsWith(u'.')) {
        safe.remove(0, 1);
    }
    while (safe.endsWith(u'.') || safe.endsWith(u' ')) {
        safe.chop(1);
    }
    const qsizetype dot = safe.lastIndexOf(u'.');
    QString stem = dot > 0 ? safe.left(dot) : safe;
    QString extension = dot > 0 ? safe.mid(dot) : QString();
    if (extension.size() > 16) {
        stem = safe;
        extension.clear();
    }
    static const QStringList reserved{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
        QStringLiteral("nul"), QStringLiteral("com1"), QStringLiteral("com2"), QStringLiteral("com3"),
        QStringLiteral("com4"), QStringLiteral("lpt1"), QStringLiteral("lpt2"), QStringLiteral("lpt3")};
    if (reserved.contains(stem.toLower())) {
        stem.prepend(u'_');
    }
    // 200 bytes of UTF-8 leaves room for " (12)" and for file systems that count bytes (255).
    while (!stem.isEmpty() && (stem + extension).toUtf8().size() > 200) {
        stem = cutAt(stem, stem.size() - 1);
    }
    safe = (stem + extension).trimmed();
    return safe.isEmpty() || safe.startsWith(u'.') ? QStringLiteral("file") + extension : safe;
}

QString numberedFileName(const QString& name, int n)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0) {
        return QStringLiteral("%1 (%2)").arg(name).arg(n);
    }
    return QStringLiteral("%1 (%2)%3").arg(name.left(dot)).arg(n).arg(name.mid(dot));
}

} // namespace tideline::attachments
