#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline {

// What a person names: one of their own measures or one of their routine items. Each has its
// own whole-sentence messages, so a translation can make them agree.
enum class LabelOf { Metric, RoutineItem };

// The longest name kept: readable on a phone.
inline constexpr int kMaxItemLabelLength = 60;

// A name as kept: runs of spaces made one, trimmed; InvalidInput when nothing readable is left
// (zero-width and other invisible characters alone do not make a name) or it is too long.
Result<QString> cleanItemLabel(const QString& label, LabelOf what);

} // namespace tideline
