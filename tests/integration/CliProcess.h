#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tideline::test {

// What one run of tideline-cli did.
struct CliRun
{
    bool finished = false; // false: it crashed or hung and was killed
    int exitCode = -1;
    QByteArray out; // standard output
    QByteArray err; // standard error
};

// Runs the built tideline-cli with these arguments, writes input to its standard input
// (which is then closed: not a terminal, so the first line is the secret) and waits.
// TIDELINE_DATA_DIR is removed from its environment unless dataDirFromEnvironment is given.
CliRun runCli(const QStringList& arguments, const QByteArray& input = {}, const QString& dataDirFromEnvironment = {});
// The same for another program (e.g. setpriv, to run the CLI as another user).
CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
    const QString& dataDirFromEnvironment = {});
// The built tideline-cli.
QString cliPath();

// A secret as the CLI reads it from a pipe: the first line.
QByteArray line(const QByteArray& text);

} // namespace tideline::test
