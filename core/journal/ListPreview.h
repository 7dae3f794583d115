#pragma once

#include <QString>

namespace tideline::journal {

// The journal's lists show the start of each entry's body (EntrySummary::preview). They read
// one character more than they show: whether it is there tells a short body shown whole from a
// long one cut, without a second column (JournalLists.cpp).
inline constexpr int kPreviewChars = 280;

struct ListPreview
{
    QString text; // at most kPreviewChars characters, counted as SQLite counts them
    bool cut = false; // the body goes on; text may end in the middle of a word
};

// EntrySummary::preview, as read, split into what a list shows and whether the body goes on.
ListPreview listPreview(const QString& preview);

} // namespace tideline::journal
