#pragma once

namespace tideline {

// Keeps secrets out of core files and out of reach of ptrace by other processes of the same
// user (DESIGN.md section 3): RLIMIT_CORE 0 and PR_SET_DUMPABLE 0. Call first thing in main().
// Returns false if the system refused either (the app still runs; there is nothing better to do).
bool disableCoreDumps();

} // namespace tideline
