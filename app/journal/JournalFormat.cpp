#include "app/journal/JournalFormat.h"

#include "core/journal/Entry.h"

#include <QLocale>

namespace tideline::app::JournalFormat {

QString dayLabel(const QDate& day, const QDate& today)
{
    if (!day.isValid()) {
        return {};
    }
    if (day == today) {
        return QObject::tr("Today");
    }
    if (day == today.addDays(-1)) {
        return QObject::tr("Yesterday");
    }
    return QLocale().toString(day, QLocale::LongFormat);
}

QString styledSnippet(const QString& marked)
{
    QString out;
    out.reserve(marked.size() + 32);
    bool open = false;
    for (QChar c : marked) {
        switch (c.unicode()) {
        case journal::kMatchStart:
            if (!open) {
                out += QStringLiteral("<b>");
                open = true;
            }
            break;
        case journal::kMatchEnd:
            if (open) {
                out += QStringLiteral("</b>");
                open = false;
            }
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\n':
        case u'\r':
        case u'\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    if (open) {
        out += QStringLiteral("</b>");
    }
    return out;
}

QString oneLine(const QString& text)
{
    return text.simplified();
}

QString endOfCutPreview(const QString& preview)
{
    // Back to the last space, unless that would drop most of a line (a long word, a script
    // written without spaces): then the cut stays where it is.
    constexpr qsizetype kMostDropped = 40;
    qsizetype end = preview.size();
    for (qsizetype at = preview.size() - 1; at > 0 && preview.size() - at <= kMostDropped; --at) {
        if (preview.at(at).isSpace()) {
            end = at;
            break;
        }
    }
    QString kept = preview.left(end);
    while (!kept.isEmpty() && kept.back().isSpace()) {
        kept.chop(1);
    }
    return kept + QChar(0x2026); // …
}

QStringList paragraphs(const QString& text, int most)
{
    QStringList result;
    for (const QString& line : text.split(u'\n')) {
        if (result.size() >= most) {
            break;
        }
        const QString words = line.simplified();
        if (!words.isEmpty()) {
            result.append(words);
        }
    }
    return result;
}

QStringList styledParagraphs(const QString& marked, int most)
{
    QStringList result;
    for (const QString& paragraph : paragraphs(marked, most)) {
        result.append(styledSnippet(paragraph));
    }
    return result;
}

} // namespace tideline::app::JournalFormat
