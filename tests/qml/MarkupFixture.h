#pragma once

namespace tideline {
class Database;
}

namespace tideline::test {

// The "markup" fixture's words: HTML and an image address where a person's own words go (an
// entry's title, body and tag, a hard moment's notes, a routine, every safety plan section), as
// a pasted or imported text could bring them. tst_PlainText finds every item showing them.
inline constexpr char kMarkupCanary[] = "<b>Canary</b> <img src=\"http://127.0.0.1:9/canary.png\">";

void addMarkupCanaries(Database& db);

} // namespace tideline::test
