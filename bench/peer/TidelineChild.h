#pragma once

#include <QString>

namespace tideline::bench {

// The PIN of the bench's throwaway vault.
inline constexpr char kPeerPin[] = "246813";

// The Tideline side's memory, measured in a fresh process of bench_peer (`--tideline-child DIR`)
// that runs the real app in-process (InProcessApp: Main.qml, Session, every page, as app/main.cpp
// starts them) on the platform of the environment (xcb under xvfb-run), because the app has no
// flag that opens a page. It prints "key value" lines, in MiB from /proc/self/status:
//   lock-rss, lock-peak: VmRSS once the lock screen is drawn and settleMs have passed, and VmHWM
//       then (the peak since the process started);
//   journal-rss, journal-peak: after unlocking with the PIN and opening the Journal section,
//       once its list has rows, is drawn and settleMs have passed; the peak counted from after
//       the unlock, so Argon2id's 256 MiB is not in it;
//   journal-rows: the rows the Journal list holds then.
// Needs a QApplication. Returns the exit code.
int runTidelineChild(const QString& dataDir, int settleMs);

} // namespace tideline::bench
