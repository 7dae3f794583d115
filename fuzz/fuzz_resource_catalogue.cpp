// The support-lines catalogue reader (core/safety/ResourceCatalogue.h): what the lock screen's
// "Need support now?" shows, so it must never leave a person with no number.
// Promises checked: an accepted catalogue has its default region, and every code, known or not,
// leads to a region with at least one number.
#include "FuzzSupport.h"

#include "core/safety/ResourceCatalogue.h"

using namespace tideline;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const Result<ResourceCatalogue> read = ResourceCatalogue::fromJson(bytes);
    if (!read) {
        FUZZ_CHECK(!read.error().message.isEmpty());
        return 0;
    }
    const ResourceCatalogue& catalogue = read.value();
    FUZZ_CHECK(catalogue.hasRegion(catalogue.defaultRegionCode()));
    for (const QString& code :
        {QStringLiteral("US"), QString(), QString::fromUtf8(bytes.left(4)), catalogue.defaultRegionCode()}) {
        const ResourceCatalogue::Region& region = catalogue.regionOrDefault(code);
        FUZZ_CHECK(!region.entries.isEmpty());
        for (const ResourceCatalogue::Entry& entry : region.entries) {
            FUZZ_CHECK(!entry.name.isEmpty() && !entry.phone.isEmpty());
        }
        // The help beyond the lines: never shown without a name and a note to say what it is.
        for (const ResourceCatalogue::Help& help : region.help) {
            FUZZ_CHECK(!help.name.isEmpty() && !help.note.isEmpty());
        }
    }
    return 0;
}
