#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <random>

namespace tideline {

class Database;

namespace demo {

// A few months of plausible check-ups for the demo vault: the PCL-5 and the PHQ-9 every two
// weeks and the GAD-7 every four, totals easing slowly with the ups and downs real months
// have, a question skipped now and then, and the choices that make Today suggest them.
// Returns how many check-ups were written.
Result<int> fillDemoCheckups(Database& db, const Clock& clock, std::mt19937_64& random);

} // namespace demo
} // namespace tideline
