#include "core/common/Log.h"

Q_LOGGING_CATEGORY(lcVault, "tideline.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tideline.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "tideline.crypto", QtInfoMsg)
