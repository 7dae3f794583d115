#pragma once

#include "core/checkup/Scoring.h"

#include <QDate>
#include <QString>

namespace tideline::checkup {

// The plain words a result is told in, in one place so the app, tideline-cli and the summary
// say the same thing. Bands are named in the instrument's own terms and never as a diagnosis.

// "12 of 27", or "12 of 27 (worked out from 8 of 9 answers)".
QString totalText(const Form& form, const Score& score);
// Why there is no total: which questions were skipped and the rule that needs them.
QString noTotalSentence(const Form& form, const Score& score);
// "Scores in this range are often called “moderate”. A score is not a diagnosis: your
// therapist can tell you what it means for you."
QString bandSentence(const Form& form, int total);
// The band's own word for tables: "moderate"; "" outside every band.
QString bandLabel(const Form& form, int total);
// "6 lower than last time (on 3 March 2026). For the PCL-5, a change of 5 points or more is
// counted as reliable, and 10 or more as clinically meaningful. This change is at least that."
QString changeSentence(const Form& form, int before, int after, const QDate& beforeDay);
// "−6", "+3", "0"
QString deltaText(int delta);
// What the form's sources count as a meaningful change, in one sentence; "" when it says nothing.
QString changeRuleSentence(const Form& form);
// A form's own words are never glued into a sentence of another language. When the form (as
// shown: inLanguage()) is not in the app's language, sentences built from its words are said
// whole in the form's language, and the band is told by its range ("10–14"), since the band's
// word is in the form's language too.

// True when the form's questions are in the language the app speaks.
bool speaksAppLanguage(const Form& form);
// Why the questionnaire is in another language than the app (said in the app's language); ""
// when it is in the app's language.
QString languageNote(const Form& form);
// "These questions are about the past month.", in the form's language.
QString recallSentence(const Form& form);
// "9 questions about the last 2 weeks", in the form's language (for the list and the preview).
QString questionsAbout(const Form& form, int count);

} // namespace tideline::checkup
