#pragma once

#include <QString>

#include <random>

namespace tideline::demo {

// Invented journal text for the demo vault: sentences put together from templates and small
// word lists, calm and everyday, about no real person. Deterministic for a generator state.
class DemoText
{
public:
    explicit DemoText(std::mt19937_64& random) : m_random(random) {}

    // About `words` words in a few paragraphs; mood 0–10 tilts the choice of sentences.
    QString body(int words, double mood);
    QString title(double mood);

private:
    QString sentence(double mood);
    int pick(int size);

    std::mt19937_64& m_random;
};

} // namespace tideline::demo
