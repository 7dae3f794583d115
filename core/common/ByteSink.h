#pragma once

#include "core/common/Result.h"

#include <functional>

namespace tideline {

// Where bytes that are produced a piece at a time go (a staged file, a buffer, a hasher):
// returns an error to stop the producer.
using ByteSink = std::function<Status(const char* data, qsizetype size)>;

} // namespace tideline
