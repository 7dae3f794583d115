// The check-up form reader (core/checkup/FormParser.h), with the forms' words in other languages.
// Promises checked: a refusal says why; an accepted form's scoring range is what its scored
// questions add up to and its bands cover it; every question has answers; and the form in each of
// its languages keeps the same questions, answers' values, scoring and sensitivity, with text
// for every question and a label for every answer.
#include "FuzzSupport.h"

#include "core/checkup/FormParser.h"

using namespace tideline;
using namespace tideline::checkup;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<Form> read = parseForm(fuzz::bytesOf(data, size));
    if (!read) {
        FUZZ_CHECK(!read.error().message.isEmpty());
        return 0;
    }
    const Form& form = read.value();
    FUZZ_CHECK(!form.key.isEmpty() && !form.items.isEmpty() && form.scoredCount() > 0);
    int lowest = 0;
    int highest = 0;
    for (const Item& item : form.items) {
        FUZZ_CHECK(!item.text.isEmpty() && item.options.size() >= 2);
        if (item.scored) {
            lowest += item.lowest();
            highest += item.highest();
        }
    }
    FUZZ_CHECK(form.scoreMin == lowest && form.scoreMax == highest);
    FUZZ_CHECK(form.bandFor(form.scoreMin) != nullptr && form.bandFor(form.scoreMax) != nullptr);
    for (auto it = form.translations.cbegin(); it != form.translations.cend(); ++it) {
        FUZZ_CHECK(it.key() != form.language);
        const Form shown = inLanguage(form, it.key());
        FUZZ_CHECK(shown.language == it.key() && !shown.recall.isEmpty() && !shown.instructions.isEmpty());
        FUZZ_CHECK(shown.items.size() == form.items.size());
        FUZZ_CHECK(shown.scoreMin == form.scoreMin && shown.scoreMax == form.scoreMax);
        for (qsizetype i = 0; i < form.items.size(); ++i) {
            const Item& own = form.items.at(i);
            const Item& other = shown.items.at(i);
            FUZZ_CHECK(other.id == own.id && other.scored == own.scored && other.sensitive == own.sensitive);
            FUZZ_CHECK(!other.text.isEmpty() && other.options.size() == own.options.size());
            for (qsizetype o = 0; o < own.options.size(); ++o) {
                FUZZ_CHECK(other.options.at(o).value == own.options.at(o).value);
                FUZZ_CHECK(!other.options.at(o).label.isEmpty());
            }
        }
    }
    FUZZ_CHECK(inLanguage(form, QStringLiteral("zz")).language == form.language);
    return 0;
}
