#include "core/journal/ListPreview.h"

namespace tideline::journal {

ListPreview listPreview(const QString& preview)
{
    // SQLite's substr() counts code points; QString counts UTF-16 units (an emoji is two).
    qsizetype at = 0;
    for (int seen = 0; at < preview.size(); ++seen) {
        if (seen == kPreviewChars) {
            return {preview.left(at), true};
        }
        const bool pair
            = preview.at(at).isHighSurrogate() && at + 1 < preview.size() && preview.at(at + 1).isLowSurrogate();
        at += pair ? 2 : 1;
    }
    return {preview, false};
}

} // namespace tideline::journal
