#include "UnprivilegedRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace tideline::test {

UnprivilegedRunner::UnprivilegedRunner() : m_asRoot(geteuid() == 0), m_cli(cliPath())
{
    if (!m_asRoot) {
        m_ready = true;
        return;
    }
    const passwd* nobody = getpwnam("nobody");
    m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (nobody && nobody->pw_uid != 0 && !m_setpriv.isEmpty()) {
        m_uid = nobody->pw_uid;
        m_gid = nobody->pw_gid;
        m_ready = true;
    }
}

bool UnprivilegedRunner::giveFolder(const QString& top, const QString& folder)
{
    if (!m_asRoot) {
        return true;
    }
    const QString copy = QDir(top).filePath(QStringLiteral("tideline-cli"));
    if (!QFile::copy(cliPath(), copy)) {
        return false;
    }
    m_cli = copy;
    const auto executable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther; // 0755
    return QFile::setPermissions(top, executable) && QFile::setPermissions(copy, executable)
        && chown(QFile::encodeName(top).constData(), m_uid, m_gid) == 0
        && chown(QFile::encodeName(folder).constData(), m_uid, m_gid) == 0;
}

QStringList UnprivilegedRunner::asUser(const QString& program, const QStringList& arguments) const
{
    return QStringList{QStringLiteral("--reuid=%1").arg(m_uid), QStringLiteral("--regid=%1").arg(m_gid),
               QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
    + arguments;
}

bool UnprivilegedRunner::canWriteIn(const QString& dir) const
{
    if (!m_asRoot) {
        return QFileInfo(dir).isWritable();
    }
    // test(1) asks access(2), which answers for the real user: nobody, here.
    return QProcess::execute(m_setpriv, asUser(QStringLiteral("test"), {QStringLiteral("-w"), dir})) == 0;
}

CliRun UnprivilegedRunner::runCli(const QStringList& arguments, const QByteArray& input) const
{
    if (!m_asRoot) {
        return tideline::test::runCli(arguments, input);
    }
    return runProgram(m_setpriv, asUser(m_cli, arguments), input);
}

} // namespace tideline::test
