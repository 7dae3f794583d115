// collectSummary: everything the therapist summary shows, read from the vault in one go on the
// vault's thread, so that painting (the slow part) needs no database.
#include "core/report/SummaryData.h"
#include "core/report/SummaryRecords.h"
#include "core/report/SummaryWords.h"

#include "core/common/Clock.h"
#include "core/common/Day.h"
#include "core/i18n/Counts.h"
#include "core/insights/Insights.h"
#include "core/insights/PeriodReview.h"
#include "core/insights/SeriesRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/moments/MomentRepository.h"
#include "core/routines/RoutineRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace tideline::report {

namespace {

using namespace insights;

// Longest period a summary covers; a longer one would be a book, not a summary.
constexpr int kMaxPeriodDays = 366 * 10;
// More entries than this would make the PDF too long to read in a session.
constexpr int kMaxEntries = 200;

Status checkRequest(const SummaryRequest& request)
{
    if (!request.period.isValid()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Summary", "Choose a period whose first day comes before (or is) its last day."));
    }
    if (request.period.days() > kMaxPeriodDays) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Summary", "Choose a period of at most ten years."));
    }
    if (request.entryIds.size() > kMaxEntries) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Summary", "That is a lot of entries for one summary (%1). Choose at most %2.")
                .arg(request.entryIds.size())
                .arg(kMaxEntries));
    }
    return {};
}

MeasureSummary summarise(const Metric& metric, const DaySeries& inPeriod)
{
    MeasureSummary measure{metric, inPeriod, 0, inPeriod.first().value, inPeriod.first().value};
    double sum = 0;
    for (const DayValue& v : inPeriod) {
        sum += v.value;
        measure.min = std::min(measure.min, v.value);
        measure.max = std::max(measure.max, v.value);
    }
    measure.mean = sum / static_cast<double>(inPeriod.size());
    return measure;
}

DaySeries within(const DaySeries& values, const DayRange& range)
{
    DaySeries inside;
    for (const DayValue& v : values) {
        if (range.contains(v.day)) {
            inside.append(v);
        }
    }
    return inside;
}

// The review, limited to what was recorded in the chosen period: a measure or routine absent
// from it is left out here too, never shown as zero.
QStringList reviewSentences(const PeriodReviewInput& input)
{
    const PeriodReview review = reviewPeriods(input);
    QStringList sentences;
    const int beforeDays = input.before.days();
    sentences.append(
        QCoreApplication::translate("Summary", "Compared with the %n days before, from %1 to %2.", nullptr, beforeDays)
            .arg(longDay(input.before.from), longDay(input.before.to)));
    const bool routinesBefore = std::any_of(review.routines.cbegin(), review.routines.cend(),
        [](const PeriodReview::RoutineLine& line) { return line.doneBefore > 0; });
    if (review.daysRecordedBefore == 0 && !routinesBefore) {
        // Lines of "not recorded in the earlier period" would say nothing the averages do not.
        sentences.append(QCoreApplication::translate(
            "Summary", "Nothing was recorded in those days, so there is nothing to compare with yet."));
        return sentences;
    }
    sentences.append(
        QCoreApplication::translate("Summary", "Check-ins on %1 of %2, and on %3 of %4 in the earlier period.",
            "%2 and %4 are numbers of days, such as “30 days”")
            .arg(QString::number(review.daysRecordedAfter), i18n::dayCount(input.after.days()),
                QString::number(review.daysRecordedBefore), i18n::dayCount(beforeDays)));
    for (const PeriodReview::MetricLine& line : review.metrics) {
        if (line.change.daysAfter > 0) {
            sentences.append(line.sentence + QLatin1Char('.'));
        }
    }
    for (const PeriodReview::RoutineLine& line : review.routines) {
        if (line.doneAfter > 0) {
            sentences.append(line.sentence + QLatin1Char('.'));
        }
    }
    const BestAndHardest& mood = review.moodDays;
    if (mood.best && mood.hardest && mood.best->day != mood.hardest->day) {
        sentences.append(QCoreApplication::translate("Summary", "Mood was highest on %1 (%2) and lowest on %3 (%4).")
                             .arg(longDay(mood.best->day), formatMean(mood.best->value), longDay(mood.hardest->day),
                                 formatMean(mood.hardest->value)));
    }
    return sentences;
}

Status readEntries(Database& db, const SummaryRequest& request, QList<journal::Entry>& entries)
{
    journal::JournalRepository journal(db, SystemClock::instance());
    QList<qint64> ids = request.entryIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        Result<journal::Entry> entry = journal.get(id);
        if (!entry) {
            if (entry.code() == ErrorCode::NotFound) {
                return Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Summary", "There is no journal entry %1 (it may have been deleted). Nothing was made.")
                        .arg(id));
            }
            return entry.error();
        }
        // A draft is unfinished writing: it is never shared, even when asked for by number.
        if (entry.value().isDraft) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Summary", "Entry %1 is still a draft, and drafts are never shared. Nothing was made.")
                    .arg(id));
        }
        if (!request.period.contains(entry.value().day)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Summary",
                    "Entry %1 is about %2, outside the chosen period. Choose entries from the period, or widen it. "
                    "Nothing was made.")
                    .arg(id)
                    .arg(longDay(entry.value().day)));
        }
        entries.append(std::move(entry).value());
    }
    std::stable_sort(entries.begin(), entries.end(), [](const journal::Entry& a, const journal::Entry& b) {
        return a.day != b.day ? a.day < b.day : a.createdAt < b.createdAt;
    });
    return {};
}

} // namespace

void SummaryDataDeleter::operator()(SummaryData* data) const
{
    delete data;
}

Result<SummaryDataPtr> collectSummary(Database& db, const SummaryRequest& request)
{
    if (Status ok = checkRequest(request); !ok) {
        return ok.error();
    }
    SummaryDataPtr data(new SummaryData);
    data->request = request;
    data->madeOn = request.madeOn.isValid() ? request.madeOn : Day::today(SystemClock::instance());
    const DayRange period = request.period;

    // Entries first: a wrong id is the likeliest mistake, and it should cost nothing.
    if (Status ok = readEntries(db, request, data->entries); !ok) {
        return ok.error();
    }
    if (Status ok = collectSummaryRecords(db, request, data->records); !ok) {
        return ok.error();
    }

    SeriesRepository series(db);
    const bool needMeasures = request.charts || request.averages || request.review;
    const DayRange before = previousRange(period);
    // One read per metric covering both periods when the review needs the earlier one too.
    const DayRange span = request.review ? DayRange{before.from, period.to} : period;
    PeriodReviewInput review{before, period, {}, {}, {}};
    if (needMeasures) {
        Result<QList<Metric>> metrics = series.trendMetrics();
        if (!metrics) {
            return metrics.error();
        }
        for (const Metric& metric : std::as_const(metrics.value())) {
            if (metric.sensitive && !request.sensitiveMeasures) {
                continue;
            }
            Result<DaySeries> values = series.values(metric.id, span);
            if (!values) {
                return values.error();
            }
            const DaySeries inPeriod = within(values.value(), period);
            if (!inPeriod.isEmpty()) {
                data->measures.append(summarise(metric, inPeriod));
            }
            review.metrics.append({metric, values.value()});
        }
        Result<QList<QDate>> recorded = series.recordedDays(span);
        if (!recorded) {
            return recorded.error();
        }
        review.recordedDays = recorded.value();
        data->daysWithCheckin = daysRecorded(review.recordedDays, period);
    }

    if (request.routines || request.review) {
        Result<QList<Routine>> routines = RoutineRepository(db).all();
        if (!routines) {
            return routines.error();
        }
        for (const Routine& routine : std::as_const(routines.value())) {
            Result<QList<QDate>> done = series.routineDays(routine.id, span);
            if (!done) {
                return done.error();
            }
            const int inPeriod = daysDone(done.value(), period);
            if (inPeriod > 0) {
                data->routines.append(RoutineSummary{routine.label, inPeriod});
            }
            review.routines.append({routine, done.value()});
        }
    }

    if (request.review) {
        data->reviewSentences = reviewSentences(review);
    }

    if (request.checkups) {
        if (Status ok = collectCheckups(db, request, data->checkups); !ok) {
            return ok.error();
        }
    }

    if (request.moments) {
        Result<QList<QPair<MomentKind, int>>> counts = MomentRepository(db).countsByKind(period.from, period.to);
        if (!counts) {
            return counts.error();
        }
        data->moments = counts.value();
    }
    return data;
}

} // namespace tideline::report
