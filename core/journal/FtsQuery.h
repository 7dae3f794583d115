#pragma once

#include <QList>
#include <QString>

namespace tideline::journal {

// One part of a parsed search: a word or a phrase (words that must follow each other), and
// whether its last word is only the start of a word (typed with a trailing *).
struct QueryPhrase
{
    QString text;
    bool prefix = false;
};

// The parts of what was typed, by the rules below; empty when nothing is searchable.
QList<QueryPhrase> parseQuery(const QString& typed);

// Turns what a person typed into a search box into an FTS5 MATCH expression that can never be
// read as FTS5 syntax. Each word becomes a quoted string (so OR, NEAR, AND, NOT, parentheses,
// colons, carets and hyphens are just words, and brackets, colons, carets and plus signs
// separate words as unicode61 separates them); text between a balanced pair of double quotes
// becomes one phrase; a word ending in * is a prefix search. White space and control characters
// (a NUL among them) separate words. Words are ANDed. Parts with no
// letter or digit (a lone hyphen, "()", emoji only) are left out, because unicode61 sees no
// word in them either. An empty result means "nothing to search for".
//
//   sleep                -> "sleep"
//   sle*                 -> "sle"*
//   "bad dream" again    -> "bad dream" "again"
//   NEAR(a b) OR -       -> "NEAR" "a" "b" "OR"
//   "unbalanced quote    -> "unbalanced" "quote"
QString toFtsQuery(const QString& typed);

} // namespace tideline::journal
