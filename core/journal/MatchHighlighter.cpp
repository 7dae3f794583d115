#include "core/journal/MatchHighlighter.h"

#include "core/journal/Entry.h"

#include <algorithm>

namespace tideline::journal {

namespace {

// Long entries are searched for a snippet in their first 20,000 words only: a 5 MB paste
// would otherwise cost a tenth of a second per result.
constexpr int kMaxTokens = 20'000;

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) { // most of what people write: no table lookups
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse;
}

bool isAscii(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

// As unicode61 with remove_diacritics sees a word: case folded, accents dropped.
QString fold(QStringView word)
{
    if (isAscii(word)) {
        return word.toString().toLower();
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark()) {
            out.append(c);
        }
    }
    return out.toCaseFolded();
}

} // namespace

MatchHighlighter::MatchHighlighter(const QList<QueryPhrase>& phrases)
{
    for (const QueryPhrase& phrase : phrases) {
        std::vector<QString> words;
        for (const Token& token : tokenize(phrase.text, kMaxTokens)) {
            words.push_back(fold(QStringView(phrase.text).mid(token.begin, token.end - token.begin)));
        }
        if (!words.empty()) {
            m_phrases.push_back(std::move(words));
            m_prefix.push_back(phrase.prefix);
        }
    }
}

std::vector<MatchHighlighter::Token> MatchHighlighter::tokenize(const QString& text, int maxTokens)
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    tokens.reserve(static_cast<size_t>(std::min<qsizetype>(n / 6 + 1, maxTokens))); // words of ~5 letters
    const QChar* const chars = text.constData();
    qsizetype i = 0;
    while (i < n && static_cast<int>(tokens.size()) < maxTokens) {
        while (i < n && !isWordChar(chars[i])) {
            ++i;
        }
        const qsizetype begin = i;
        bool ascii = true;
        while (i < n && isWordChar(chars[i])) {
            ascii = ascii && chars[i].unicode() < 0x80;
            ++i;
        }
        if (i > begin) {
            // Most words are ASCII: those are compared in place, without a folded copy.
            tokens.push_back(Token{begin, i, ascii ? QString() : fold(QStringView(text).mid(begin, i - begin))});
        }
    }
    return tokens;
}

std::vector<MatchHighlighter::Match> MatchHighlighter::findMatches(
    const QString& text, const std::vector<Token>& tokens) const
{
    // word is folded; a token is either folded too or plain ASCII compared without case.
    auto same = [&](const Token& token, const QString& word, bool prefix) {
        if (!token.folded.isNull()) {
            return prefix ? token.folded.startsWith(word) : token.folded == word;
        }
        // An ASCII token against a folded word, letter by letter: what a case-insensitive compare
        // gives (folding keeps ASCII in ASCII, so a word's other letters never equal one), without
        // Qt's case tables. Most tokens differ in length or in their first letter.
        const qsizetype length = token.end - token.begin;
        if (prefix ? length < word.size() : length != word.size()) {
            return false;
        }
        const QChar* const letters = text.constData() + token.begin;
        for (qsizetype i = 0; i < word.size(); ++i) {
            char16_t c = letters[i].unicode();
            if (c >= u'A' && c <= u'Z') {
                c += u'a' - u'A';
            }
            if (c != word[i].unicode()) {
                return false;
            }
        }
        return true;
    };
    std::vector<Match> matches;
    const int count = static_cast<int>(tokens.size());
    for (int at = 0; at < count; ++at) {
        for (size_t p = 0; p < m_phrases.size(); ++p) {
            const auto& words = m_phrases[p];
            const int length = static_cast<int>(words.size());
            if (at + length > count) {
                continue;
            }
            bool all = true;
            for (int w = 0; w < length && all; ++w) {
                const bool last = w == length - 1;
                all = same(tokens[static_cast<size_t>(at + w)], words[static_cast<size_t>(w)], last && m_prefix[p]);
            }
            if (all) {
                matches.push_back(Match{at, at + length - 1, static_cast<int>(p)});
                break; // one mark per starting word is enough
            }
        }
    }
    return matches;
}

QString MatchHighlighter::render(const QString& text, const std::vector<Token>& tokens,
    const std::vector<Match>& matches, int firstToken, int lastToken)
{
    const qsizetype from = tokens[static_cast<size_t>(firstToken)].begin;
    const qsizetype to = tokens[static_cast<size_t>(lastToken)].end;
    QString out;
    out.reserve(to - from + 16);
    qsizetype pos = from;
    int openUntil = -1; // a match being marked ends at this token
    for (const Match& m : matches) {
        if (m.first < firstToken || m.first > lastToken || m.first <= openUntil) {
            continue;
        }
        const int last = std::min(m.last, lastToken);
        const qsizetype begin = tokens[static_cast<size_t>(m.first)].begin;
        const qsizetype end = tokens[static_cast<size_t>(last)].end;
        out += QStringView(text).mid(pos, begin - pos);
        out += QChar(kMatchStart);
        out += QStringView(text).mid(begin, end - begin);
        out += QChar(kMatchEnd);
        pos = end;
        openUntil = last;
    }
    out += QStringView(text).mid(pos, to - pos);
    return out;
}

QString MatchHighlighter::highlight(const QString& text) const
{
    const std::vector<Token> tokens = tokenize(text, kMaxTokens);
    const std::vector<Match> matches = findMatches(text, tokens);
    if (matches.empty()) {
        return text;
    }
    QString out = render(text, tokens, matches, 0, static_cast<int>(tokens.size()) - 1);
    return text.left(tokens.front().begin) + out + text.mid(tokens.back().end);
}

QString MatchHighlighter::snippet(const QString& text, int words) const
{
    const std::vector<Token> tokens = tokenize(text, kMaxTokens);
    if (tokens.empty()) {
        return {};
    }
    const int count = static_cast<int>(tokens.size());
    const std::vector<Match> matches = findMatches(text, tokens);
    words = std::max(1, words);

    // The window with the most different phrases in it, then the most matches; a few words of
    // lead-in before its first match.
    const int leadIn = std::min(3, (words - 1) / 2);
    int bestStart = 0;
    int bestScore = -1;
    for (const Match& anchor : matches) {
        const int start = std::max(0, std::min(anchor.first - leadIn, count - words));
        const int end = start + words - 1;
        std::vector<bool> seen(m_phrases.size(), false);
        int score = 0;
        for (const Match& m : matches) {
            if (m.first >= start && m.last <= end) {
                score += seen[static_cast<size_t>(m.phrase)] ? 1 : 100;
                seen[static_cast<size_t>(m.phrase)] = true;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            bestStart = start;
        }
    }
    const int lastToken = std::min(count - 1, bestStart + words - 1);
    QString out = render(text, tokens, matches, bestStart, lastToken);
    // Whole ends keep their signs ("<b>", a closing full stop); cut ends get "…".
    if (bestStart > 0) {
        out.prepend(QStringLiteral("…"));
    } else {
        out.prepend(text.left(tokens.front().begin));
    }
    if (lastToken < count - 1 || count == kMaxTokens) {
        out.append(QStringLiteral("…"));
    } else {
        out.append(text.mid(tokens.back().end));
    }
    return out.trimmed();
}

} // namespace tideline::journal
