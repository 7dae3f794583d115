#include "app/journal/MoodScaleInfo.h"

#include "core/common/MoodScale.h"

namespace tideline::app {

int MoodScaleInfo::minimum()
{
    return MoodScale::kMin;
}

int MoodScaleInfo::maximum()
{
    return MoodScale::kMax;
}

QVariantList MoodScaleInfo::values()
{
    QVariantList all;
    for (int value = MoodScale::kMin; value <= MoodScale::kMax; ++value) {
        all.append(value);
    }
    return all;
}

} // namespace tideline::app
