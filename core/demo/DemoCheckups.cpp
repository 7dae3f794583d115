#include "core/demo/DemoCheckups.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupSchedule.h"
#include "core/checkup/FormCatalogue.h"
#include "core/common/Day.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <cmath>

namespace tideline::demo {

namespace {

using namespace checkup;

// Answers that add up to about `target`: each scored question near the mean, a little noise,
// then nudged one point at a time until the sum is the target.
Answers answersNear(const Form& form, int target, std::mt19937_64& random)
{
    QList<const Item*> scored;
    for (const Item& item : form.items) {
        if (item.scored) {
            scored.append(&item);
        }
    }
    Answers answers;
    const double mean = static_cast<double>(target) / scored.size();
    std::normal_distribution<double> noise(0.0, 0.7);
    int sum = 0;
    for (const Item* item : scored) {
        const int v = std::clamp(static_cast<int>(std::lround(mean + noise(random))), item->lowest(), item->highest());
        answers.insert(item->id, v);
        sum += v;
    }
    for (int guard = 0; sum != target && guard < 500; ++guard) {
        const Item* item = scored.at(static_cast<qsizetype>(random() % static_cast<quint64>(scored.size())));
        const int v = answers.value(item->id);
        if (sum < target && v < item->highest()) {
            answers[item->id] = v + 1;
            ++sum;
        } else if (sum > target && v > item->lowest()) {
            answers[item->id] = v - 1;
            --sum;
        }
    }
    return answers;
}

} // namespace

Result<int> fillDemoCheckups(Database& db, const Clock& clock, std::mt19937_64& random)
{
    struct Plan
    {
        const char* key;
        int everyWeeks;
        double start; // total at the first check-up
        double end; // around the latest one
        int lastDaysAgo;
    };
    // The PHQ-9 falls due today, so Today's card shows; the others a little later.
    const Plan plans[] = {{"pcl5", 2, 46, 31, 9}, {"phq9", 2, 15, 8, 14}, {"gad7", 4, 13, 7, 20}};
    const QDate today = Day::today(clock);
    FormCatalogue catalogue(db, clock);
    CheckupRepository checkups(db, clock);
    CheckupSchedule schedule(db);
    std::normal_distribution<double> wobble(0.0, 2.2);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    int written = 0;
    // Each check-up is written in its own transaction by CheckupRepository::record.
    for (const Plan& plan : plans) {
        Result<Form> form = catalogue.find(QLatin1String(plan.key));
        if (!form) {
            return form.error();
        }
        const int sittings = 5 * 4 / plan.everyWeeks; // about five months
        for (int i = 0; i < sittings; ++i) {
            const QDate day = today.addDays(-plan.lastDaysAgo - 7 * plan.everyWeeks * (sittings - 1 - i));
            const double progress = sittings > 1 ? static_cast<double>(i) / (sittings - 1) : 1.0;
            const double target = plan.start + (plan.end - plan.start) * progress + wobble(random);
            const int total
                = std::clamp(static_cast<int>(std::lround(target)), form.value().scoreMin, form.value().scoreMax);
            Answers answers = answersNear(form.value(), total, random);
            for (const Item& item : form.value().items) {
                if (item.sensitive) {
                    // Now and then early on, never lately: the demo shows the support, not a crisis.
                    answers[item.id] = progress < 0.3 && chance(random) < 0.35 ? 1 : 0;
                } else if (!item.scored) {
                    answers[item.id] = total > form.value().scoreMax / 2 ? 2 : 1;
                }
            }
            if (chance(random) < 0.08) {
                answers.remove(form.value().items.at(static_cast<qsizetype>(random() % 3)).id); // skipped one
            }
            Result<Checkup> saved = checkups.record(form.value(), day, answers);
            if (!saved) {
                return saved.error();
            }
            ++written;
        }
        if (Status s = schedule.choose(form.value().key, plan.everyWeeks); !s) {
            return s.error();
        }
    }
    return written;
}

} // namespace tideline::demo
