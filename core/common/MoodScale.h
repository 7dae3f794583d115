#pragma once

namespace tideline {

// The 0–10 scale of a mood: the journal's optional mood, a Daylio mood brought in, the default
// range of a scale metric. One definition for every layer (app/ hands it to QML as MoodScale).
namespace MoodScale {

inline constexpr int kMin = 0; // the lowest a mood goes
inline constexpr int kMax = 10; // the highest

constexpr bool contains(int value)
{
    return value >= kMin && value <= kMax;
}

} // namespace MoodScale
} // namespace tideline
