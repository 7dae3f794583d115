#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// attachments list [--record ID | --entry ID] | save ID --out FILE [--keep-details] [--force] |
// export --out DIR (--record ID... | --entry ID... | --all) | verify: files in the vault.
int runAttachments(CommandContext& context);

} // namespace tideline::cli
