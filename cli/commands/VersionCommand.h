#pragma once

namespace tideline::cli {

// tideline-cli --version: Tideline's, SQLCipher's and SQLite's versions, one per line.
int runVersion();

} // namespace tideline::cli
