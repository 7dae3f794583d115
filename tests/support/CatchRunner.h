#pragma once

namespace tideline::test {

// Runs every Catch2 test the program holds, as Catch::Session().run() would; Catch's implementation
// is compiled once, in CatchRunner.cpp, where Catch::Session is declared.
int runCatchSession(int argc, char* argv[]);

} // namespace tideline::test
