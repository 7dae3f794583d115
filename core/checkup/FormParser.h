#pragma once

#include "core/checkup/CheckupForm.h"
#include "core/common/Result.h"

#include <QByteArray>

namespace tideline::checkup {

// The largest form file read: the PCL-5 is about 6 KB, so this leaves room for long forms and
// refuses a file that is plainly something else.
inline constexpr qsizetype kMaxFormBytes = 256 * 1024;
inline constexpr int kMaxItems = 100;
inline constexpr int kMaxOptions = 11;
inline constexpr qsizetype kMaxItemChars = 1000;

// Reads and checks a form file (docs/CHECKUP-FORMAT.md). Every problem is an InvalidInput
// error that names the field ("items[3].options[1].value: …"); a newer format version is
// NewerVersion. Checked: the shape of every field, unique item ids and option values, that the
// declared scoring range is what the scored items add up to, and that the bands cover that
// range exactly, with no gap and no overlap.
Result<Form> parseForm(const QByteArray& json);

} // namespace tideline::checkup
