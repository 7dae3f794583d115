#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // core/ needs no event loop, but QStandardPaths and resources behave as in the app.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
