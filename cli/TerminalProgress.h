#pragma once

#include "core/common/Progress.h"

namespace tideline::cli {

// What a long command (import, export, backup, restore, report, demo) shows while it works: one
// line on stderr, rewritten in place ("Adding what the file holds… 45 %"), and wiped when the
// command ends. Only on a terminal: piped or redirected, stderr gets no progress at all, so
// scripts and logs see the same lines as before.
//
// While one exists, Ctrl+C (SIGINT) asks the task to stop instead of killing the process, so it
// leaves nothing half-written (the task answers Cancelled: exit code 130); a second Ctrl+C ends
// the process at once, as usual.
class TerminalProgress
{
public:
    TerminalProgress();
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    Progress& progress() { return m_progress; }

private:
    Progress m_progress;
    bool m_shown = false;
};

} // namespace tideline::cli
