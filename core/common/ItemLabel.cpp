#include "core/common/ItemLabel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tideline {

Result<QString> cleanItemLabel(const QString& label, LabelOf what)
{
    QString cleaned = label.simplified();
    QString visible = cleaned;
    visible.remove(QRegularExpression(QStringLiteral("[\\x{200B}-\\x{200F}\\x{2060}-\\x{2064}\\x{FEFF}\\s]")));
    if (visible.isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            what == LabelOf::Metric ? QCoreApplication::translate("Common", "The metric needs a name.")
                                    : QCoreApplication::translate("Common", "The routine item needs a name."));
    }
    if (cleaned.size() > kMaxItemLabelLength) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Common", "That name is long; %1 characters at most keeps it readable on a phone.")
                .arg(kMaxItemLabelLength));
    }
    return cleaned;
}

} // namespace tideline
