#include "core/journal/FtsQuery.h"

#include <QStringList>

namespace tideline::journal {

namespace {

// unicode61 treats letters, digits and marks (and private-use characters) as parts of words.
bool hasWordCharacter(const QString& text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse) {
            return true;
        }
    }
    return false;
}

// Signs that FTS5 reads as grouping, column filters or boosts. unicode61 splits words at them
// anyway, so they separate words here too: "NEAR(door" is the words NEAR and door.
bool isOperatorPunctuation(QChar c)
{
    return QStringView(u"(){}[]^:+,;").contains(c);
}

// An FTS5 string: inside double quotes everything is literal, and a quote is written twice.
QString quoted(const QString& text)
{
    QString out = text;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

void addWord(QList<QueryPhrase>& parts, QString word)
{
    bool prefix = false;
    while (word.endsWith(u'*')) {
        word.chop(1);
        prefix = true;
    }
    word.remove(u'*'); // a star inside a word is not an operator a person means
    if (!hasWordCharacter(word)) {
        return;
    }
    parts.append(QueryPhrase{word, prefix});
}

void addWords(QList<QueryPhrase>& parts, const QString& text)
{
    const QStringList words = text.split(QChar(u' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        addWord(parts, word);
    }
}

} // namespace

QList<QueryPhrase> parseQuery(const QString& typed)
{
    // Every kind of white space (tabs, line breaks, no-break spaces) separates words alike, and so
    // do control characters: FTS5 reads a query only up to a NUL, so "a<NUL>b" inside quotes was an
    // unterminated string and the search failed (found by fuzz/fuzz_fts_query).
    QString text = typed;
    for (QChar& c : text) {
        if (c.isSpace() || isOperatorPunctuation(c) || c.category() == QChar::Other_Control) {
            c = u' ';
        }
    }

    QList<QueryPhrase> parts;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'"', pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'"', open + 1);
        if (open < 0 || close < 0) {
            // No (further) balanced pair: the rest, stray quote included, is plain words.
            QString rest = text.mid(pos);
            rest.replace(u'"', u' ');
            addWords(parts, rest);
            break;
        }
        addWords(parts, text.mid(pos, open - pos));
        const QString phrase = text.mid(open + 1, close - open - 1).simplified();
        if (hasWordCharacter(phrase)) {
            parts.append(QueryPhrase{phrase, false});
        }
        pos = close + 1;
    }
    return parts;
}

QString toFtsQuery(const QString& typed)
{
    QStringList parts;
    for (const QueryPhrase& phrase : parseQuery(typed)) {
        parts.append(phrase.prefix ? quoted(phrase.text) + u'*' : quoted(phrase.text));
    }
    return parts.join(u' ');
}

} // namespace tideline::journal
