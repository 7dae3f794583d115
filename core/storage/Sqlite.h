#pragma once

// The one place that decides which sqlite3.h we compile against.
#if defined(TIDELINE_SQLCIPHER_SYSTEM_HEADER)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif
