#include "core/common/Version.h"

namespace tideline {

QString versionString()
{
    return QStringLiteral(TIDELINE_VERSION);
}

} // namespace tideline
