#include "MarkupFixture.h"

#include "core/common/Clock.h"
#include "core/journal/JournalRepository.h"
#include "core/moments/MomentRepository.h"
#include "core/routines/RoutineRepository.h"
#include "core/safety/SafetyPlanRepository.h"

#include <QDateTime>

namespace tideline::test {

void addMarkupCanaries(Database& db)
{
    const Clock& clock = SystemClock::instance();
    const QString canary = QString::fromUtf8(kMarkupCanary);
    const auto fail = [](const char* what) { qFatal("the markup fixture could not add %s", what); };

    journal::EntryDraft draft;
    draft.title = canary;
    draft.body = canary + QStringLiteral("\n\n") + canary;
    draft.tags = {QStringLiteral("<i>tag</i>")};
    if (!journal::JournalRepository(db, clock).create(draft)) {
        fail("an entry");
    }

    Moment moment;
    moment.occurredAt = clock.nowUtc();
    moment.day = moment.occurredAt.toLocalTime().date();
    moment.kind = MomentKind::Trigger;
    moment.intensity = 4;
    moment.trigger = canary;
    moment.place = canary;
    moment.bodySensations = canary;
    moment.whatHelped = canary;
    if (!MomentRepository(db).add(moment, clock)) {
        fail("a moment");
    }

    if (!RoutineRepository(db).add(canary, clock)) {
        fail("a routine");
    }

    using Section = SafetyPlanRepository::Section;
    SafetyPlanRepository plan(db, clock);
    for (const Section section : {Section::WarningSign, Section::CopingStep, Section::HelpfulPlace,
             Section::EmergencyBag, Section::CloseAtHand, Section::SafePlace}) {
        if (!plan.add(section, canary)) {
            fail("a safety plan line");
        }
    }
}

} // namespace tideline::test
