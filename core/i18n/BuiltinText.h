#pragma once

#include <QString>

namespace tideline::i18n {

// The built-in measures, routine items and checklist lines of the safety plan are stored in
// English by the migrations. They are shown in the current language while the person keeps the
// built-in wording; a label the person changed is theirs and is shown as they wrote it
// (translating it would turn "Mood" typed on purpose into "Ánimo").
QString shownBuiltinText(const QString& stored);

} // namespace tideline::i18n
