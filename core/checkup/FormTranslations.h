#pragma once

#include "core/checkup/CheckupForm.h"
#include "core/common/Result.h"

#include <QJsonValue>

namespace tideline::checkup {

// Reads a form file's "language" (the language of its own words) and "translations" (its
// published wording in other languages), after its questions were read. Checked: language codes,
// that each language gives every question its text and every answer its label (the same values
// as the form), the instructions, the recall period, a content note when the form has one, and
// its own source and terms. A form with a gap in a language is refused: half a translation
// would show questions from two versions side by side.
Status readLanguages(const QJsonValue& language, const QJsonValue& translations, Form& form);

} // namespace tideline::checkup
