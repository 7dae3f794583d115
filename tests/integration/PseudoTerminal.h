#pragma once

#include <QByteArray>
#include <QString>

namespace tideline::test {

// A pseudo-terminal pair, so tideline-cli can be given a real terminal as standard input
// (QProcess::setStandardInputFile(slavePath())) and the test can look at its settings and at
// what the terminal echoed.
class PseudoTerminal
{
public:
    PseudoTerminal();
    ~PseudoTerminal();
    PseudoTerminal(const PseudoTerminal&) = delete;
    PseudoTerminal& operator=(const PseudoTerminal&) = delete;

    bool isOpen() const { return m_slave >= 0; }
    QString slavePath() const { return m_slavePath; }

    // Is the terminal echoing typed characters right now?
    bool echoes() const;
    // Types bytes, as a person at the keyboard would.
    bool type(const QByteArray& bytes);
    // Everything the terminal has shown so far (its echo), without waiting.
    QByteArray shown();

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
};

} // namespace tideline::test
