#include "core/safety/PlanText.h"

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

// True when something a reader could see is there: not only spaces, and not only format
// characters such as zero-width spaces and direction marks.
bool hasVisibleCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c.category() != QChar::Other_Format) {
            return true;
        }
    }
    return false;
}

} // namespace

Result<QString> optionalPlanText(const QString& text, int maxLength, const QString& fieldName)
{
    const QString trimmed = text.trimmed();
    if (!hasVisibleCharacter(trimmed)) {
        return QString();
    }
    if (trimmed.size() > maxLength) {
        return Error::make(ErrorCode::InvalidInput,
            u"%1 can be up to %2 characters; this one has %3. Could it be a little shorter? "
            u"Nothing has been changed."_s.arg(fieldName)
                .arg(maxLength)
                .arg(trimmed.size()));
    }
    return trimmed;
}

Result<QString> requiredPlanText(const QString& text, int maxLength, const QString& fieldName)
{
    auto cleaned = optionalPlanText(text, maxLength, fieldName);
    if (cleaned && cleaned.value().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, u"%1 needs a few words first."_s.arg(fieldName));
    }
    return cleaned;
}

} // namespace tideline
