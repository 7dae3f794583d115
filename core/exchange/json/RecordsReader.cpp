#include "core/exchange/json/RecordsReader.h"

#include <QCoreApplication>

namespace tideline::exchange {

Error recordsInvalid(const QString& message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

Error recordsFailedAt(const QString& where, const Error& error)
{
    return Error::make(error.code,
        QCoreApplication::translate("Exchange", "%1: %2 Nothing was imported.", "a place in the file, then why")
            .arg(where, error.message));
}

} // namespace tideline::exchange
