#pragma once

#include "core/checkup/CheckupForm.h"

#include <QString>

#include <optional>

namespace tideline::checkup {

// A sitting scored by its form's own rules. The total is given only when the rules allow it:
// every scored question answered, or no more skipped than the form's max_missing, in which
// case the total is the answered questions' sum scaled up to all of them (prorated).
struct Score
{
    std::optional<int> total;
    bool prorated = false;
    int answered = 0; // scored questions answered
    int scored = 0; // scored questions in the form
    int skipped() const { return scored - answered; }
};

Score scoreAnswers(const Form& form, const Answers& answers);

// A total compared with an earlier one, against what the instrument counts as meaningful.
struct Change
{
    int delta = 0; // after − before
    bool reliable = false; // |delta| reaches the form's reliable change (when it has one)
    bool meaningful = false; // |delta| reaches the form's meaningful change (when it has one)
};

Change changeBetween(const Form& form, int before, int after);

// Whether an answer to this item calls for support to be shown now (a sensitive item answered
// above its lowest option).
bool needsSupport(const Form& form, const QString& itemId, int value);

} // namespace tideline::checkup
