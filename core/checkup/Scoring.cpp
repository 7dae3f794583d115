#include "core/checkup/Scoring.h"

#include <cmath>
#include <cstdlib>

namespace tideline::checkup {

Score scoreAnswers(const Form& form, const Answers& answers)
{
    Score score;
    int sum = 0;
    for (const Item& item : form.items) {
        if (!item.scored) {
            continue;
        }
        ++score.scored;
        const auto found = answers.constFind(item.id);
        if (found != answers.cend() && item.accepts(found.value())) {
            ++score.answered;
            sum += found.value();
        }
    }
    if (score.answered == score.scored) {
        score.total = sum;
    } else if (score.answered > 0 && score.skipped() <= form.maxMissing) {
        // The mean of the answered questions, over all of them, rounded to a whole point.
        score.total = static_cast<int>(std::lround(static_cast<double>(sum) * score.scored / score.answered));
        score.prorated = true;
    }
    return score;
}

Change changeBetween(const Form& form, int before, int after)
{
    Change change;
    change.delta = after - before;
    const int size = std::abs(change.delta);
    change.reliable = form.change.reliable && size >= *form.change.reliable;
    change.meaningful = form.change.meaningful && size >= *form.change.meaningful;
    return change;
}

bool needsSupport(const Form& form, const QString& itemId, int value)
{
    const Item* item = form.item(itemId);
    return item != nullptr && item->sensitive && value > item->lowest();
}

} // namespace tideline::checkup
