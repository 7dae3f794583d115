#include "core/exchange/json/RecordsReader.h"

namespace tideline::exchange {

Error recordsInvalid(const QString& where, const QString& what)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: %2 Nothing was imported.").arg(where, what));
}

Error recordsFailedAt(const QString& where, const Error& error)
{
    return Error::make(error.code, QStringLiteral("%1: %2 Nothing was imported.").arg(where, error.message));
}

} // namespace tideline::exchange
