#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tideline {

// Limits for what a person types into the safety plan. Generous, but a 5 MB paste gets a
// kind "shorter, please" instead of a plan that can no longer be printed on one page.
inline constexpr int kPlanTextMaxLength = 1000;
inline constexpr int kContactNameMaxLength = 200;
inline constexpr int kPhoneMaxLength = 80;
inline constexpr int kNoteMaxLength = 1000;

// Which field a text is for: each has its own whole-sentence messages ("A name needs a few
// words first."), so a translation can make every one agree.
enum class PlanField {
    PlanLine, // a line of one of the plan's lists
    Name, // a contact's or a support line's name
    Phone, // a phone number
    Note, // a note beside a contact or a number
    GroundingNotes, // the notes kept from a grounding exercise
};

// The text with surrounding spaces removed, or InvalidInput with a plain message when it is
// empty (also when it holds only spaces or invisible characters such as zero-width ones) or
// longer than maxLength characters.
Result<QString> requiredPlanText(const QString& text, int maxLength, PlanField field);
// The same for a field that may be left empty: "" is fine and comes back as "".
Result<QString> optionalPlanText(const QString& text, int maxLength, PlanField field);

} // namespace tideline
