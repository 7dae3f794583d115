#include "TerminalEchoOff.h"

#include <array>
#include <csignal>
#include <termios.h>

namespace tideline::cli {

namespace {

// Read by the signal handler, so plain globals of async-signal-safe types only.
struct termios g_saved;
int g_fd = -1;
volatile std::sig_atomic_t g_restorePending = 0;

constexpr std::array kRestoringSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
std::array<struct sigaction, kRestoringSignals.size()> g_previousActions;
struct sigaction g_previousTstp;

extern "C" void restoreAndReraise(int signal)
{
    if (g_restorePending) {
        tcsetattr(g_fd, TCSANOW, &g_saved); // async-signal-safe
        g_restorePending = 0;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

TerminalEchoOff::TerminalEchoOff(int fd)
{
    struct termios current;
    if (tcgetattr(fd, &current) != 0) {
        return;
    }
    g_saved = current;
    g_fd = fd;

    struct sigaction action = {};
    action.sa_handler = restoreAndReraise;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
        sigaction(kRestoringSignals[i], &action, &g_previousActions[i]);
    }
    // Ctrl-Z would stop the process with echo still off; a secret takes seconds to type, so
    // suspending is simply not offered during it.
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGTSTP, &ignore, &g_previousTstp);

    // ECHONL still shows the Enter, so the cursor moves on as the person expects.
    current.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    current.c_lflag |= ECHONL;
    g_restorePending = 1;
    if (tcsetattr(fd, TCSAFLUSH, &current) != 0) {
        g_restorePending = 0;
        return;
    }
    m_active = true;
}

TerminalEchoOff::~TerminalEchoOff()
{
    if (g_fd < 0) {
        return;
    }
    if (g_restorePending) {
        tcsetattr(g_fd, TCSANOW, &g_saved);
        g_restorePending = 0;
    }
    for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
        sigaction(kRestoringSignals[i], &g_previousActions[i], nullptr);
    }
    sigaction(SIGTSTP, &g_previousTstp, nullptr);
    g_fd = -1;
}

} // namespace tideline::cli
