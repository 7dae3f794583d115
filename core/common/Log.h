#pragma once

#include <QLoggingCategory>

// One category per module. Log what happened, never what a person wrote or typed.
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
