#include "core/journal/EntryText.h"

#include "core/common/AppName.h"
#include "core/journal/Entry.h"

#include <QCoreApplication>

namespace tideline::journal::EntryText {

namespace {

bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte-order mark / zero-width no-break space
    case 0x00AD: // soft hyphen
        return true;
    default:
        return false;
    }
}

} // namespace

bool isBlank(const QString& text)
{
    for (QChar c : text) {
        if (!c.isSpace() && !isInvisible(c) && c != QChar(kMatchStart) && c != QChar(kMatchEnd)) {
            return false;
        }
    }
    return true;
}

QString clean(const QString& text)
{
    if (!text.contains(QChar(kMatchStart)) && !text.contains(QChar(kMatchEnd))) {
        return text; // the usual case: no copy
    }
    QString out = text;
    out.remove(QChar(kMatchStart));
    out.remove(QChar(kMatchEnd));
    return out;
}

QString normalizeTag(const QString& name)
{
    const auto dropped
        = [](QChar c) { return isInvisible(c) || c == QChar(kMatchStart) || c == QChar(kMatchEnd) || c == u','; };
    QString visible;
    visible.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        // A joiner between two visible characters is part of what they spell (👩‍👧, or a
        // ligature in Persian or Hindi): it stays. Anywhere else it is as invisible as the rest.
        const bool joiner = c == u'\u200C' || c == u'\u200D';
        const bool joins = joiner && !visible.isEmpty() && !visible.back().isSpace() && i + 1 < name.size()
            && !dropped(name[i + 1]) && !name[i + 1].isSpace();
        if (joins || !dropped(c)) {
            visible.append(c);
        }
    }
    return visible.simplified().left(kMaxTagChars).trimmed();
}

QStringList normalizeTags(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names) {
        for (const QString& part : name.split(u',')) {
            const QString tag = normalizeTag(part);
            if (!tag.isEmpty() && !out.contains(tag, Qt::CaseInsensitive)) {
                out.append(tag);
            }
        }
    }
    return out;
}

QStringList splitTags(const QString& typed)
{
    return normalizeTags(QStringList{typed});
}

Status validate(const QString& title, const QString& body)
{
    if (title.size() > kMaxTitleChars) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Journal",
                "That title is very long. Titles can hold up to %1 characters; the rest could go in "
                "the entry itself.")
                .arg(kMaxTitleChars));
    }
    if (body.size() > kMaxBodyChars) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Journal",
                "This entry is larger than %1 can keep in one piece (about %2 million "
                "characters). Your text is still here: try splitting it into two entries.")
                .arg(appName(), QString::number(kMaxBodyChars / 1'000'000)));
    }
    return {};
}

int wordCount(const QString& text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'\u2019';
        if (wordChar && !inWord) {
            ++count;
        }
        inWord = wordChar;
    }
    return count;
}

} // namespace tideline::journal::EntryText
