#include "core/i18n/Counts.h"

#include <QCoreApplication>

namespace tideline::i18n {

QString dayCount(int days)
{
    return QCoreApplication::translate(
        "Counts", "%n days", "a number of days inside a longer sentence, e.g. “on 3 of 30 days”", days);
}

} // namespace tideline::i18n
