#pragma once

#include "FloorDatabase.h"
#include "SyntheticJournal.h"

namespace tideline::bench {

// What each of the vault's connection settings costs (DESIGN.md section 3; docs/BENCHMARKS.md
// says why each stays): the floor's own database opened once with the vault's settings and once
// with each setting turned off, the delete and the autosave timed on each in turns in the same
// run. Deletes take entries of the seeded years the other figures left alone.
bool figuresSettingCosts(FloorDatabase& floor, SyntheticText& text, int entries, int runs);

} // namespace tideline::bench
