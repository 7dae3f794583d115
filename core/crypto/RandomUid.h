#pragma once

#include <QString>

namespace tideline {

// A new row's uid, as records and attachments keep one: 16 random bytes in lowercase hex, so an
// import can tell the same row from another without trusting ids.
QString randomUid();

} // namespace tideline
