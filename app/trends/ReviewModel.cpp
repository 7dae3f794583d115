#include "app/trends/ReviewModel.h"

#include "app/VaultAccess.h"

#include "core/checkup/CheckupReview.h"
#include "core/common/Day.h"
#include "core/i18n/Counts.h"
#include "core/insights/SeriesRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/routines/RoutineRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace tideline::app {

using namespace insights;

namespace {

QString rangeText(const DayRange& range)
{
    const QLocale locale;
    if (range.from.day() == 1 && range.to == range.from.addMonths(1).addDays(-1)) {
        return QStringLiteral("%1 %2").arg(locale.standaloneMonthName(range.from.month())).arg(range.from.year());
    }
    // Short month names keep the bars' labels on one line on a phone.
    const QString format = range.from.year() == range.to.year()
        ? QCoreApplication::translate("DateFormat", "d MMM", "QLocale format of a day, short month, no year")
        : QCoreApplication::translate("DateFormat", "d MMM yyyy", "QLocale format of a day, short month");
    return ReviewModel::tr("%1 to %2").arg(locale.toString(range.from, format), locale.toString(range.to, format));
}

QString dayText(const QDate& day)
{
    return QLocale().toString(day,
        QCoreApplication::translate("DateFormat", "dddd d MMMM", "QLocale format of a day with its weekday, no year"));
}

} // namespace

ReviewModel::ReviewModel(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void ReviewModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closing, this, &ReviewModel::keepReflectionAsDraft);
    connect(vault(), &VaultAccess::closed, this, &ReviewModel::drop);
    connect(vault(), &VaultAccess::opened, this, &ReviewModel::reload);
    reload();
}

QString ReviewModel::beforeLabel() const
{
    return m_before.isValid() ? rangeText(m_before) : QString();
}

QString ReviewModel::afterLabel() const
{
    return m_after.isValid() ? rangeText(m_after) : QString();
}

void ReviewModel::setPeriod(const QString& period)
{
    static const QStringList known
        = {QStringLiteral("month"), QStringLiteral("lastMonth"), QStringLiteral("days30"), QStringLiteral("custom")};
    if (!known.contains(period)) {
        setError(tr("Choose this month, last month or the last 30 days."));
        return;
    }
    if (period == m_period) {
        return;
    }
    m_period = period;
    reload();
}

bool ReviewModel::setRanges(
    const QString& beforeFrom, const QString& beforeTo, const QString& afterFrom, const QString& afterTo)
{
    QList<QDate> days;
    for (const QString& text : {beforeFrom, beforeTo, afterFrom, afterTo}) {
        Result<QDate> day = Day::parse(text.trimmed());
        if (!day) {
            setError(day.error().message);
            return false;
        }
        days.append(day.value());
    }
    const DayRange before{days[0], days[1]};
    const DayRange after{days[2], days[3]};
    if (!before.isValid() || !after.isValid()) {
        setError(tr("Each period needs its first day on or before its last day."));
        return false;
    }
    m_before = before;
    m_after = after;
    m_period = QStringLiteral("custom");
    setError({});
    compute();
    return true;
}

void ReviewModel::reload()
{
    const QDate today = Day::today(clock());
    if (m_period == QStringLiteral("month")) {
        m_after = DayRange{QDate(today.year(), today.month(), 1), today};
        m_before = monthOf(m_after.from.addDays(-1));
    } else if (m_period == QStringLiteral("lastMonth")) {
        m_after = monthOf(QDate(today.year(), today.month(), 1).addDays(-1));
        m_before = monthOf(m_after.from.addDays(-1));
    } else if (m_period == QStringLiteral("days30")) {
        m_after = DayRange{today.addDays(-29), today};
        m_before = previousRange(m_after);
    }
    compute();
}

void ReviewModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void ReviewModel::setReflection(const QString& text)
{
    if (text == m_reflection) {
        return;
    }
    m_reflection = text;
    emit reflectionChanged();
    setSavedMessage({});
}

void ReviewModel::setSavedMessage(const QString& message)
{
    if (m_savedMessage != message) {
        m_savedMessage = message;
        emit savedMessageChanged();
    }
}

namespace {

journal::EntryDraft reflectionEntry(const QString& text, const QString& periodTitle)
{
    journal::EntryDraft draft;
    draft.title = ReviewModel::tr("Review: %1").arg(periodTitle);
    draft.body = text;
    draft.tags = {QStringLiteral("review")};
    return draft;
}

} // namespace

bool ReviewModel::saveReflection()
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (m_reflection.trimmed().isEmpty()) {
        setError(tr("There is nothing to save yet. Writing a reflection is optional."));
        return false;
    }
    journal::JournalRepository journal = *service<journal::JournalRepository>();
    Result<qint64> saved = journal.create(reflectionEntry(m_reflection, m_title));
    if (!saved) {
        setError(saved.error().message); // the text stays in the box
        return false;
    }
    setError({});
    m_reflection.clear();
    emit reflectionChanged();
    setSavedMessage(tr("Saved in your journal, tagged “review”."));
    return true;
}

// A quick exit or an auto-lock while typing: keep the words as a journal draft (encrypted),
// which the journal offers back after the next unlock.
void ReviewModel::keepReflectionAsDraft()
{
    if (!vaultOpen() || m_reflection.trimmed().isEmpty()) {
        return;
    }
    journal::JournalRepository journal = *service<journal::JournalRepository>();
    if (journal.create(reflectionEntry(m_reflection, m_title), true)) {
        m_reflection.clear();
    }
}

void ReviewModel::drop()
{
    m_reflection.clear();
    m_savedMessage.clear();
    emit reflectionChanged();
    emit savedMessageChanged();
    m_title.clear();
    m_daysSentence.clear();
    m_metricLines.clear();
    m_routineLines.clear();
    m_moodDaysSentence.clear();
    m_checkupLines.clear();
    m_lastError.clear();
    emit reviewChanged();
    emit lastErrorChanged();
}

void ReviewModel::compute()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    SeriesRepository series = *service<SeriesRepository>();
    // One read per metric covering both periods, whichever comes first.
    const DayRange both{std::min(m_before.from, m_after.from), std::max(m_before.to, m_after.to)};
    PeriodReviewInput input{m_before, m_after, {}, {}, {}};
    Result<QList<Metric>> metrics = series.trendMetrics();
    if (!metrics) {
        setError(metrics.error().message);
        return;
    }
    for (const Metric& metric : std::as_const(metrics.value())) {
        Result<DaySeries> values = series.values(metric.id, both);
        if (!values) {
            setError(values.error().message);
            return;
        }
        input.metrics.append({metric, values.value()});
    }
    Result<QList<Routine>> routines = service<RoutineRepository>()->all();
    if (!routines) {
        setError(routines.error().message);
        return;
    }
    for (const Routine& routine : std::as_const(routines.value())) {
        Result<QList<QDate>> done = series.routineDays(routine.id, both);
        if (!done) {
            setError(done.error().message);
            return;
        }
        input.routines.append({routine, done.value()});
    }
    Result<QList<QDate>> recorded = series.recordedDays(both);
    if (!recorded) {
        setError(recorded.error().message);
        return;
    }
    input.recordedDays = recorded.value();

    const PeriodReview review = reviewPeriods(input);
    m_title = tr("%1 compared with %2").arg(afterLabel(), beforeLabel());
    const bool wholeMonth = m_before.from.day() == 1 && m_before.to == m_before.from.addMonths(1).addDays(-1);
    // Two counts of days, so each carries its own noun (i18n::dayCount): one %n per sentence.
    m_daysSentence = (wholeMonth
            ? tr("Check-ins on %1 of %2, and on %3 of %4 in %5.", "%2 and %4 are numbers of days, such as “30 days”")
            : tr("Check-ins on %1 of %2, and on %3 of %4 from %5.", "%2 and %4 are numbers of days, such as “30 days”"))
                         .arg(QString::number(review.daysRecordedAfter), i18n::dayCount(m_after.days()),
                             QString::number(review.daysRecordedBefore), i18n::dayCount(m_before.days()),
                             beforeLabel());
    m_metricLines.clear();
    for (const PeriodReview::MetricLine& line : review.metrics) {
        QVariantMap row{{QStringLiteral("label"), line.metric.label}, {QStringLiteral("sentence"), line.sentence},
            {QStringLiteral("min"), line.metric.minValue}, {QStringLiteral("max"), line.metric.maxValue}};
        double top = line.metric.maxValue;
        if (line.metric.kind == MetricKind::Count) {
            top = std::max({3.0, line.change.meanBefore.value_or(0) * 1.5, line.change.meanAfter.value_or(0) * 1.5});
            row.insert(QStringLiteral("max"), top);
        }
        if (line.change.meanBefore) {
            row.insert(QStringLiteral("before"), *line.change.meanBefore);
        }
        if (line.change.meanAfter) {
            row.insert(QStringLiteral("after"), *line.change.meanAfter);
        }
        m_metricLines.append(row);
    }
    m_routineLines.clear();
    for (const PeriodReview::RoutineLine& line : review.routines) {
        m_routineLines.append(QVariantMap{{QStringLiteral("sentence"), line.sentence}});
    }
    m_moodDaysSentence.clear();
    if (review.moodDays.best && review.moodDays.hardest && review.moodDays.best->day != review.moodDays.hardest->day) {
        m_moodDaysSentence = tr("Your mood was highest on %1 (%2) and lowest on %3 (%4).")
                                 .arg(dayText(review.moodDays.best->day), formatMean(review.moodDays.best->value),
                                     dayText(review.moodDays.hardest->day), formatMean(review.moodDays.hardest->value));
    }
    // Check-ups beside the measures: a small, separate addition (core/checkup/CheckupReview).
    m_checkupLines.clear();
    auto checkups = runInVault(checkup::compareCheckups, clock(), m_before, m_after);
    if (checkups && *checkups) {
        for (const checkup::CheckupComparison& line : std::as_const(checkups->value())) {
            m_checkupLines.append(QVariantMap{{QStringLiteral("sentence"), line.sentence}});
        }
    }
    setError(!checkups || *checkups ? QString() : checkups->error().message);
    emit reviewChanged();
}

} // namespace tideline::app
