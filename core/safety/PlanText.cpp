#include "core/safety/PlanText.h"

#include <QCoreApplication>

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

QString tooLong(PlanField field)
{
    switch (field) {
    case PlanField::PlanLine:
        break;
    case PlanField::Name:
        return QCoreApplication::translate("Safety",
            "A name can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has been "
            "changed.");
    case PlanField::Phone:
        return QCoreApplication::translate("Safety",
            "A phone number can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has "
            "been changed.");
    case PlanField::Note:
        return QCoreApplication::translate("Safety",
            "A note can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has been "
            "changed.");
    case PlanField::GroundingNotes:
        return QCoreApplication::translate("Safety",
            "Your notes can be up to %1 characters; these have %2. Could they be a little shorter? Nothing has been "
            "changed.");
    }
    return QCoreApplication::translate("Safety",
        "A line of your plan can be up to %1 characters; this one has %2. Could it be a little shorter? Nothing has "
        "been changed.");
}

QString empty(PlanField field)
{
    switch (field) {
    case PlanField::PlanLine:
        break;
    case PlanField::Name:
        return QCoreApplication::translate("Safety", "A name needs a few words first.");
    case PlanField::Phone:
        return QCoreApplication::translate("Safety", "A phone number needs a few words first.");
    case PlanField::Note:
        return QCoreApplication::translate("Safety", "A note needs a few words first.");
    case PlanField::GroundingNotes:
        return QCoreApplication::translate("Safety", "Your notes need a few words first.");
    }
    return QCoreApplication::translate("Safety", "A line of your plan needs a few words first.");
}

} // namespace

Result<QString> optionalPlanText(const QString& text, int maxLength, PlanField field)
{
    const QString trimmed = text.trimmed();
    if (!hasVisibleCharacter(trimmed)) {
        return QString();
    }
    if (trimmed.size() > maxLength) {
        return Error::make(
            ErrorCode::InvalidInput, tooLong(field).arg(QString::number(maxLength), QString::number(trimmed.size())));
    }
    return trimmed;
}

Result<QString> requiredPlanText(const QString& text, int maxLength, PlanField field)
{
    auto cleaned = optionalPlanText(text, maxLength, field);
    if (cleaned && cleaned.value().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, empty(field));
    }
    return cleaned;
}

} // namespace tideline
