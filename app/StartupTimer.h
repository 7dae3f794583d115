#pragma once

namespace tideline::app {

// Milliseconds since this process was started by the kernel, for `--exit-after-first-frame`.
//
// The start comes from /proc/self/stat (field 22, in clock ticks since boot) and "now" from
// CLOCK_BOOTTIME, the clock the kernel uses for that field. This counts what a person waits
// for, including exec, the dynamic loader and static initialisers, which a timer started
// in main() would miss. The start is only known to one clock tick (10 ms on Linux), and
// rounding it down means the figure can be up to one tick too high, never too low.
// Falls back to the time since the first call of this function if /proc is unreadable.
double millisecondsSinceProcessStart();

} // namespace tideline::app
