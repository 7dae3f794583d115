#pragma once

#include <QByteArray>

namespace tideline::exchange {

// QJsonDocument gives no positions, so a mistake found in a record would only be named by its
// path. This finds the 1-based line where element `index` of the top-level array `section`
// starts in the raw text, or 0 when it cannot (the text is assumed to be valid JSON).
int lineOfRecord(const QByteArray& json, const QByteArray& section, qsizetype index);

// The 1-based line of a byte offset (QJsonParseError::offset).
int lineOfOffset(const QByteArray& json, qsizetype offset);

} // namespace tideline::exchange
