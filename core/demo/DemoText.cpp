#include "core/demo/DemoText.h"

#include <array>

namespace tideline::demo {

namespace {

// Everyday words only: nothing about violence, bodies or anyone real.
constexpr std::array kPlaces = {"the kitchen", "the park", "the library", "the bus", "the garden", "work",
    "the shop on the corner", "the river path", "my room", "the café", "the bench by the pond", "the market"};
constexpr std::array kThings = {"a cup of tea", "the rain", "an old song", "the morning light", "a long walk",
    "a good book", "fresh bread", "the cat next door", "a warm shower", "a blanket", "the radio", "some soup",
    "a crossword", "the first snow", "a sunny window", "a quiet hour"};
constexpr std::array kPeople = {"my sister", "a friend", "my neighbour", "my counsellor", "a colleague", "my brother",
    "an old friend", "my aunt", "the group"};
constexpr std::array kFeelingsLight = {"calm", "steady", "hopeful", "lighter", "rested", "grateful", "content",
    "a little proud", "at ease", "clear-headed"};
constexpr std::array kFeelingsHeavy
    = {"tired", "tense", "foggy", "restless", "low", "on edge", "heavy", "far away", "worn out", "unsettled"};
constexpr std::array kTemplatesLight = {
    "Today I spent some time in %1 and noticed %2.",
    "I felt %3 after talking with %4.",
    "%2 made the afternoon feel %3.",
    "I went to %1 with %4 and we laughed about small things.",
    "Something about %2 helped me feel %3 for a while.",
    "I kept my plan for the day and it felt %3 to do so.",
    "In the evening I sat in %1 and let my thoughts slow down.",
    "I noticed I was breathing more slowly, and I felt %3.",
};
constexpr std::array kTemplatesHeavy = {
    "It was a %5 sort of day and I stayed close to %1.",
    "I felt %5 this morning, so I made %2 my only task.",
    "I wanted to call %4 but did not have the energy yet.",
    "My thoughts kept drifting, and I felt %5 most of the afternoon.",
    "I reminded myself that %5 days pass, and I tried %2.",
    "Sleep was thin, so I moved gently and rested in %1.",
};
constexpr std::array kTemplatesAny = {
    "I wrote a short list of what I need tomorrow.",
    "The weather changed twice before lunch.",
    "I want to remember %2 from today.",
    "There was a moment in %1 that I want to keep.",
    "I am learning to notice what helps, even a little.",
    "Later I made %2 and listened to the rain.",
    "I am giving myself permission to go slowly.",
};
constexpr std::array kTitlesLight = {"A gentler day", "Small good things", "Sunlight", "A walk that helped", "Steady",
    "Evening notes", "Something to keep"};
constexpr std::array kTitlesHeavy
    = {"A slow day", "Getting through", "Resting", "Heavy morning", "Taking it gently", "Notes to myself"};
constexpr std::array kTitlesAny = {"Today", "Notes", "A few thoughts", "Weekend", "Midweek", "Morning pages"};

template<typename Array>
QString from(const Array& array, int index)
{
    return QString::fromUtf8(array[static_cast<std::size_t>(index)]);
}

} // namespace

int DemoText::pick(int size)
{
    return static_cast<int>(m_random() % static_cast<std::uint64_t>(size));
}

QString DemoText::sentence(double mood)
{
    const int kind = pick(10);
    QString text;
    if (kind < 3) {
        text = from(kTemplatesAny, pick(static_cast<int>(kTemplatesAny.size())));
    } else if (static_cast<double>(pick(10)) < mood) {
        text = from(kTemplatesLight, pick(static_cast<int>(kTemplatesLight.size())));
    } else {
        text = from(kTemplatesHeavy, pick(static_cast<int>(kTemplatesHeavy.size())));
    }
    // QString::arg would renumber; replace the fixed markers instead.
    text.replace(QStringLiteral("%1"), from(kPlaces, pick(static_cast<int>(kPlaces.size()))));
    text.replace(QStringLiteral("%2"), from(kThings, pick(static_cast<int>(kThings.size()))));
    text.replace(QStringLiteral("%3"), from(kFeelingsLight, pick(static_cast<int>(kFeelingsLight.size()))));
    text.replace(QStringLiteral("%4"), from(kPeople, pick(static_cast<int>(kPeople.size()))));
    text.replace(QStringLiteral("%5"), from(kFeelingsHeavy, pick(static_cast<int>(kFeelingsHeavy.size()))));
    text[0] = text[0].toUpper();
    return text;
}

QString DemoText::body(int words, double mood)
{
    QString text;
    text.reserve(words * 7);
    int count = 0;
    int inParagraph = 0;
    int paragraphLength = 4 + pick(4);
    while (count < words) {
        const QString s = sentence(mood);
        count += static_cast<int>(s.count(QLatin1Char(' '))) + 1;
        if (!text.isEmpty()) {
            if (inParagraph >= paragraphLength) {
                text += QStringLiteral("\n\n");
                inParagraph = 0;
                paragraphLength = 4 + pick(4);
            } else {
                text += QLatin1Char(' ');
            }
        }
        text += s;
        ++inParagraph;
    }
    return text;
}

QString DemoText::title(double mood)
{
    if (pick(3) == 0) {
        return from(kTitlesAny, pick(static_cast<int>(kTitlesAny.size())));
    }
    return mood >= 5 ? from(kTitlesLight, pick(static_cast<int>(kTitlesLight.size())))
                     : from(kTitlesHeavy, pick(static_cast<int>(kTitlesHeavy.size())));
}

} // namespace tideline::demo
