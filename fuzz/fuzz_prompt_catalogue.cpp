// The journaling prompts catalogue reader (core/prompts/PromptCatalogue.h).
// Promises checked: a refusal says the catalogue is damaged; an accepted catalogue has a key and
// text for every prompt, finds each by its key, and knows each prompt's kind.
#include "FuzzSupport.h"

#include "core/prompts/PromptCatalogue.h"

using namespace tideline;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<PromptCatalogue> read = PromptCatalogue::fromJson(fuzz::bytesOf(data, size));
    if (!read) {
        FUZZ_CHECK(!read.error().message.isEmpty());
        return 0;
    }
    const PromptCatalogue& catalogue = read.value();
    for (const Prompt& prompt : catalogue.prompts()) {
        FUZZ_CHECK(!prompt.key.isEmpty() && !prompt.text.isEmpty());
        const Prompt* found = catalogue.byKey(prompt.key);
        FUZZ_CHECK(found != nullptr && found->key == prompt.key);
        FUZZ_CHECK(catalogue.kind(prompt.kind) != nullptr);
        (void)catalogue.nudgesFor(prompt.key);
    }
    FUZZ_CHECK(catalogue.byKey(QString()) == nullptr);
    return 0;
}
