#include "core/common/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace tideline {

bool disableCoreDumps()
{
    rlimit noCore{};
    noCore.rlim_cur = 0;
    noCore.rlim_max = 0;
    const bool limited = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

} // namespace tideline
