#include "core/common/AppName.h"

#include <atomic>

namespace tideline {

namespace {

std::atomic_bool g_neutral{false};

} // namespace

QString appNameFor(bool neutral)
{
    // Not translated on purpose: a neutral name must not depend on a translation being right.
    return neutral ? QStringLiteral("Notes") : QStringLiteral("Tideline");
}

QString appName()
{
    return appNameFor(neutralNameShown());
}

bool neutralNameShown()
{
    return g_neutral.load(std::memory_order_relaxed);
}

void showNeutralName(bool neutral)
{
    g_neutral.store(neutral, std::memory_order_relaxed);
}

} // namespace tideline
