#pragma once

namespace tideline {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
// Returns false only if the library cannot start (no usable random source).
bool ensureSodium();

} // namespace tideline
