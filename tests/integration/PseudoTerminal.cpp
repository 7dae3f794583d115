#include "PseudoTerminal.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace tideline::test {

PseudoTerminal::PseudoTerminal()
{
    m_master = posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0) {
        return;
    }
    const char* name = ptsname(m_master);
    if (!name) {
        return;
    }
    m_slavePath = QString::fromLocal8Bit(name);
    // Held open by the test so the terminal's settings stay readable after the CLI exits.
    m_slave = ::open(name, O_RDWR | O_NOCTTY);
    fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
}

PseudoTerminal::~PseudoTerminal()
{
    if (m_slave >= 0) {
        ::close(m_slave);
    }
    if (m_master >= 0) {
        ::close(m_master);
    }
}

bool PseudoTerminal::echoes() const
{
    termios settings{};
    return tcgetattr(m_slave, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
}

bool PseudoTerminal::type(const QByteArray& bytes)
{
    return ::write(m_master, bytes.constData(), static_cast<std::size_t>(bytes.size())) == bytes.size();
}

QByteArray PseudoTerminal::shown()
{
    QByteArray out;
    char buffer[256];
    for (;;) {
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got <= 0) {
            break; // EAGAIN: nothing more for now
        }
        out.append(buffer, got);
    }
    return out;
}

} // namespace tideline::test
