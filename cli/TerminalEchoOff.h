#pragma once

namespace tideline::cli {

// Turns off echo on a terminal for as long as it lives, so a typed secret is not shown.
// The saved settings are put back on destruction and also when SIGINT, SIGTERM, SIGHUP or
// SIGQUIT ends the process mid-entry, so Ctrl-C never leaves the terminal blind.
// One at a time per process (the signal handler uses process-wide state).
class TerminalEchoOff
{
public:
    explicit TerminalEchoOff(int fd);
    ~TerminalEchoOff();
    TerminalEchoOff(const TerminalEchoOff&) = delete;
    TerminalEchoOff& operator=(const TerminalEchoOff&) = delete;

    // False when the settings could not be changed (then input may be echoed).
    bool isActive() const { return m_active; }

private:
    bool m_active = false;
};

} // namespace tideline::cli
