#pragma once

#include <QString>

namespace tideline {

// "0.1.0": the version of this build of Tideline.
QString versionString();

} // namespace tideline
