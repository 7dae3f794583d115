// Catch2's own implementation, compiled once for every test program (each main.cpp calls
// runCatchSession). Compiled in each main it took about two minutes per program under ASan.
// Built without the precompiled headers (tests/support/CMakeLists.txt): they hold catch.hpp
// already included without CATCH_CONFIG_RUNNER, which would leave the implementation out.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchRunner.h"

namespace tideline::test {

int runCatchSession(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}

} // namespace tideline::test
