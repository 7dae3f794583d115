#include "core/common/ProcessHardening.h"

#include <catch2/catch.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>

TEST_CASE("The process writes no core file and cannot be dumped or read by other processes")
{
    REQUIRE(tideline::disableCoreDumps());
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    REQUIRE(limit.rlim_cur == 0);
    REQUIRE(limit.rlim_max == 0);
    REQUIRE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
}
