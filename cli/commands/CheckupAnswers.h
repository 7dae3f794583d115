#pragma once

#include "core/checkup/CheckupForm.h"
#include "core/common/Result.h"

#include <QStringList>

// checkup take's answers as typed or piped on standard input.
namespace tideline::cli {

// The rest of standard input, as lines; at most a little more than the longest form needs.
Result<QStringList> readCheckupAnswerLines();

// One line per question, in the form's order: a number, or "" / "-" / "skip" to skip it. A line
// too many, or an answer the question does not have, refuses them all.
Result<checkup::Answers> parseCheckupAnswers(const checkup::Form& form, const QStringList& lines);

} // namespace tideline::cli
