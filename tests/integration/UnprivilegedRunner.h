#pragma once

#include "CliProcess.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace tideline::test {

// Runs tideline-cli as a user that permission bits apply to. Root (as CI runs) may write into a
// read-only folder, so a test of "this folder cannot be written" would prove nothing as root:
// there the CLI runs as the unprivileged user "nobody" (setpriv), from a copy of the binary in a
// folder that user owns (the clone's own folders may be closed to it). As any other user it runs
// as that user, unchanged.
class UnprivilegedRunner
{
public:
    UnprivilegedRunner();

    // False only as root when "nobody" or setpriv is missing.
    bool canRun() const { return m_ready; }
    // Hands `top` (a test's temporary folder) and `folder` inside it to the user the CLI runs as,
    // and puts the CLI's copy in `top`.
    bool giveFolder(const QString& top, const QString& folder);
    // Whether that user could create a file in dir (asked as that user: root's answer is always yes).
    bool canWriteIn(const QString& dir) const;
    CliRun runCli(const QStringList& arguments, const QByteArray& input) const;

private:
    QStringList asUser(const QString& program, const QStringList& arguments) const;

    bool m_asRoot = false;
    bool m_ready = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QString m_setpriv;
    QString m_cli;
};

} // namespace tideline::test
