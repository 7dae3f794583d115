#pragma once

#include <QColor>
#include <QFont>
#include <QString>

// The ink, the measures and the name rule every PDF of core/report/ prints with, so the therapist
// summary, the records PDF and the safety plan look like one family.
namespace tideline::report::layout {

inline const QColor kInk(0x20, 0x20, 0x20); // body text: near black, softer on paper
inline const QColor kQuiet(0x55, 0x55, 0x55); // notes, dates, what is left out

// The height of one line of text in font, in the page's units.
double lineHeight(const QFont& font);

// A person's name as printed on a cover: on one line, and cut (with "…") past 120 characters,
// so a paste of something else does not fill the page. Never splits a surrogate pair.
QString printedName(const QString& name);

} // namespace tideline::report::layout
