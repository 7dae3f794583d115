#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tideline::app::JournalFormat {

// "Today", "Yesterday", or the day written out in the person's language.
QString dayLabel(const QDate& day, const QDate& today);

// A search snippet as Text.StyledText: every character of the person's text escaped, and only
// the spans between the match markers (journal::kMatchStart/kMatchEnd) made bold. Because the
// escaping happens first and the markers can never be in stored text, nothing a person wrote
// can become markup.
QString styledSnippet(const QString& marked);

// Plain text for one line of a list: line breaks and runs of spaces become one space.
QString oneLine(const QString& text);

// A preview cut from a longer body: it ends at its last whole word, followed by "…", so that a
// list never shows half a word as if the entry ended there ("Later I made a warm s").
QString endOfCutPreview(const QString& preview);

// The first `most` paragraphs with words in them, each on one line. A list shows each in a
// text of its own, so a Hebrew paragraph reads from the right and an English one from the
// left (one text holds one direction).
QStringList paragraphs(const QString& text, int most);
// The same for a search snippet, each paragraph styled as styledSnippet does.
QStringList styledParagraphs(const QString& marked, int most);

} // namespace tideline::app::JournalFormat
