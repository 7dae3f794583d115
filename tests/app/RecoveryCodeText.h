#pragma once

#include "app/onboarding/Onboarding.h"

#include <QString>

namespace tideline::test {

// The code Onboarding holds, as text, for tests to compare and type back. Only tests do this:
// the app never makes a QString of it (RecoveryCodeGroupView draws it from the guarded bytes).
inline QString recoveryCodeText(const app::Onboarding& onboarding)
{
    const SecureBuffer& code = onboarding.recoveryCodeBytes();
    return QString::fromLatin1(code.chars(), static_cast<qsizetype>(code.size()));
}

} // namespace tideline::test
