#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace tideline::journal {

// The rules for text a person gives the journal, in one place so the editor, the CLI and
// imports agree on them.
namespace EntryText {

// Generous: a 5 MB paste fits several times over. Beyond this the editor would crawl and the
// entry could not be searched quickly; the person is told and keeps their text.
inline constexpr qsizetype kMaxBodyChars = 20'000'000;
inline constexpr qsizetype kMaxTitleChars = 1000;
inline constexpr qsizetype kMaxTagChars = 60;

// True when the text holds nothing a person could read: only spaces, line breaks and
// invisible characters (zero-width space/joiners, word joiner, byte-order mark).
bool isBlank(const QString& text);

// The text as stored: the snippet marker characters removed, nothing else touched.
QString clean(const QString& text);

// A tag name as stored: trimmed, runs of spaces made one, invisible characters removed (a
// joiner between two visible characters, as in 👩‍👧, is part of them and stays).
// Empty when nothing readable is left.
QString normalizeTag(const QString& name);

// Tags as typed in one field: "sleep, hard day ,  sleep" -> ["sleep", "hard day"]. Commas
// separate tags (so a tag never holds one); duplicates that differ only in case are dropped.
QStringList splitTags(const QString& typed);
QStringList normalizeTags(const QStringList& names);

// Checks sizes; a plain message when something is too long.
Status validate(const QString& title, const QString& body);

// Words as a person counts them: runs of letters or digits separated by anything else.
int wordCount(const QString& text);

} // namespace EntryText
} // namespace tideline::journal
