// The integration tests run tideline-cli as a process; QProcess wants a QCoreApplication.
#include "CatchRunner.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return tideline::test::runCatchSession(argc, argv);
}
