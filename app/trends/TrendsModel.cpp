#include "app/trends/TrendsModel.h"

#include "app/VaultAccess.h"

#include "core/common/Day.h"
#include "core/insights/PeriodReview.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"
#include "core/routines/RoutineRepository.h"

#include <QLocale>
#include <QPointF>

#include <algorithm>
#include <cmath>

namespace tideline::app {

using namespace insights;

namespace {

constexpr int kAdherenceWeeks = 13;
constexpr int kMostRelationships = 8;

// Noon, local: the day's point sits in the middle of its day on the date axis.
double xFor(const QDate& day)
{
    return static_cast<double>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QVariantList pointRuns(const DailySlots& cells, const QList<QDate>& dayOf)
{
    QVariantList result;
    for (const Run& run : runs(cells)) {
        QVariantList points;
        points.reserve(run.length);
        for (int i = run.first; i < run.first + run.length; ++i) {
            points.append(QPointF(xFor(dayOf[i]), *cells[i]));
        }
        result.append(QVariant(points));
    }
    return result;
}

QString rangeWords(int rangeDays)
{
    switch (rangeDays) {
    case 0:
        return TrendsModel::tr("since the first check-in");
    case 7:
        return TrendsModel::tr("over the last 7 days");
    case 365:
        return TrendsModel::tr("over the last year");
    default:
        return TrendsModel::tr("over the last %1 days").arg(rangeDays);
    }
}

QString relationshipSentence(const QString& a, const QString& b, bool nextDay, const Correlation& c)
{
    const QString pair = nextDay ? TrendsModel::tr("%1, then %2 the next day").arg(a, b)
                                 : TrendsModel::tr("%1 and %2 on the same day").arg(a, b);
    if (!c.enoughDays()) {
        if (c.n >= kMinimumPairedDays) {
            return TrendsModel::tr("%1: one of them never changed, so there is nothing to compare (%2 days).")
                .arg(pair)
                .arg(c.n);
        }
        return TrendsModel::tr("%1: not enough days yet (%2 of the %3 days with both recorded that are needed).")
            .arg(pair)
            .arg(c.n)
            .arg(kMinimumPairedDays);
    }
    const double rho = *c.rho;
    const QString figures = TrendsModel::tr("ρ = %1 over %2 days").arg(QLocale().toString(rho, 'f', 2)).arg(c.n);
    if (std::abs(rho) < 0.2) {
        return TrendsModel::tr("%1: hardly move together (%2).").arg(pair, figures);
    }
    if (rho > 0) {
        return TrendsModel::tr("%1: tend to be higher together, %2 (%3).").arg(pair, strengthWords(rho), figures);
    }
    return TrendsModel::tr("%1: when one is higher the other tends to be lower, %2 (%3).")
        .arg(pair, strengthWords(rho), figures);
}

} // namespace

TrendsModel::TrendsModel(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void TrendsModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &TrendsModel::drop);
    connect(vault(), &VaultAccess::opened, this, &TrendsModel::reload);
    reload();
}

QString TrendsModel::relationshipCaution()
{
    return tr("These move together; that does not mean one causes the other. Shown only with at least %1 days "
              "on which both were recorded.")
        .arg(kMinimumPairedDays);
}

QString TrendsModel::bucket() const
{
    switch (m_bucket) {
    case Bucket::Week:
        return QStringLiteral("week");
    case Bucket::Month:
        return QStringLiteral("month");
    case Bucket::Day:
        break;
    }
    return QStringLiteral("day");
}

QDateTime TrendsModel::axisFrom() const
{
    return QDateTime(m_range.isValid() ? m_range.from : QDate::currentDate(), QTime(0, 0));
}

QDateTime TrendsModel::axisTo() const
{
    return QDateTime(m_range.isValid() ? m_range.to.addDays(1) : QDate::currentDate(), QTime(0, 0));
}

QString TrendsModel::valueAxisTitle() const
{
    switch (m_metric.kind) {
    case MetricKind::Hours:
        return tr("hours");
    case MetricKind::Count:
        return m_bucket == Bucket::Day ? tr("times") : tr("times a day, on average");
    case MetricKind::Boolean:
        return tr("share of days with yes");
    case MetricKind::Scale:
        break;
    }
    return tr("0 to %1").arg(m_metric.maxValue);
}

void TrendsModel::setMetricKey(const QString& key)
{
    if (key == m_metric.key) {
        return;
    }
    for (const Metric& m : std::as_const(m_shownMetrics)) {
        if (m.key == key) {
            m_metric = m;
            loadSeries();
            loadCalendar();
            return;
        }
    }
    setError(tr("That measure is not available for trends."));
}

void TrendsModel::setRangeDays(int days)
{
    if (days != 0 && days != 7 && days != 30 && days != 90 && days != 365) {
        setError(tr("Choose 7, 30, 90 or 365 days, or everything."));
        return;
    }
    if (days == m_rangeDays) {
        return;
    }
    m_rangeDays = days;
    loadSeries();
}

void TrendsModel::setCalendarYear(int year)
{
    if (year == m_calendarYear || year < m_firstYear || year > m_lastYear) {
        return;
    }
    m_calendarYear = year;
    loadCalendar();
}

void TrendsModel::reload()
{
    loadMetrics();
    loadSeries();
    loadCalendar();
}

void TrendsModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void TrendsModel::drop()
{
    m_shownMetrics.clear();
    m_metricList.clear();
    m_metric = Metric{};
    m_range = DayRange{};
    m_valueRuns.clear();
    m_rollingRuns.clear();
    m_recordedDays = 0;
    m_chartSummary.clear();
    m_calendarCells.clear();
    m_calendarSummary.clear();
    m_adherence.clear();
    m_relationships.clear();
    m_lastError.clear();
    emit metricsChanged();
    emit seriesChanged();
    emit calendarChanged();
    emit lastErrorChanged();
}

void TrendsModel::loadMetrics()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Metric>> shown = service<SeriesRepository>()->trendMetrics();
    if (!shown) {
        setError(shown.error().message);
        return;
    }
    m_shownMetrics.clear();
    m_metricList.clear();
    for (const Metric& m : shown.value()) {
        m_shownMetrics.append(m);
        m_metricList.append(QVariantMap{{QStringLiteral("key"), m.key}, {QStringLiteral("label"), m.label}});
    }
    const auto current = std::find_if(
        m_shownMetrics.cbegin(), m_shownMetrics.cend(), [&](const Metric& m) { return m.key == m_metric.key; });
    if (current != m_shownMetrics.cend()) {
        m_metric = *current;
    } else {
        const auto mood = std::find_if(m_shownMetrics.cbegin(), m_shownMetrics.cend(),
            [](const Metric& m) { return m.key == QStringLiteral("mood"); });
        m_metric = mood != m_shownMetrics.cend() ? *mood : m_shownMetrics.isEmpty() ? Metric{} : m_shownMetrics.first();
    }
    emit metricsChanged();
}

void TrendsModel::loadSeries()
{
    if (!vaultOpen() || m_metric.id == 0) {
        return;
    }
    SeriesRepository series = *service<SeriesRepository>();
    const QDate today = Day::today(clock());
    m_range = DayRange{today.addDays(-std::max(m_rangeDays, 30) + 1), today};
    if (m_rangeDays > 0) {
        m_range.from = today.addDays(-m_rangeDays + 1);
    } else {
        Result<std::optional<DayRange>> span = series.recordedSpan();
        if (!span) {
            setError(span.error().message);
            return;
        }
        if (span.value() && span.value()->from < m_range.from) {
            m_range.from = span.value()->from;
        }
    }
    m_bucket = bucketForRange(m_range);

    DailySlots values;
    DailySlots rolling;
    QList<QDate> dayOf;
    double lowest = 0;
    double highest = 0;
    double sum = 0;
    m_recordedDays = 0;
    if (m_bucket == Bucket::Day) {
        Result<DailyTrend> trend = readDailyTrend(series, m_metric.id, m_range);
        if (!trend) {
            setError(trend.error().message);
            return;
        }
        values = trend.value().values;
        rolling = trend.value().rolling;
        for (int i = 0; i < m_range.days(); ++i) {
            dayOf.append(m_range.from.addDays(i));
        }
        for (const auto& v : std::as_const(values)) {
            if (v) {
                lowest = m_recordedDays == 0 ? *v : std::min(lowest, *v);
                highest = m_recordedDays == 0 ? *v : std::max(highest, *v);
                sum += *v;
                ++m_recordedDays;
            }
        }
    } else {
        Result<QList<BucketStat>> weeks = readBuckets(series, m_metric.id, m_range, m_bucket);
        if (!weeks) {
            setError(weeks.error().message);
            return;
        }
        bool first = true;
        for (const BucketStat& b : std::as_const(weeks.value())) {
            dayOf.append(b.start.addDays(b.start.daysTo(b.end) / 2));
            values.append(b.hasData() ? std::optional<double>(b.mean) : std::nullopt);
            if (b.hasData()) {
                lowest = first ? b.min : std::min(lowest, b.min);
                highest = first ? b.max : std::max(highest, b.max);
                first = false;
                sum += b.mean * b.count;
                m_recordedDays += b.count;
            }
        }
        // A 4-week or 3-month average of the bucket means.
        rolling = rollingMean(values, m_bucket == Bucket::Week ? 4 : 3, 2);
    }
    m_valueRuns = pointRuns(values, dayOf);
    m_rollingRuns = pointRuns(rolling, dayOf);

    m_valueMin = m_metric.minValue;
    m_valueMax = m_metric.maxValue;
    if (m_metric.kind == MetricKind::Count) {
        // A 0–50 axis would flatten every day: fit the axis to what is drawn (daily counts or
        // bucket means), with a little room above.
        double drawnMax = 0;
        for (const auto& v : std::as_const(values)) {
            drawnMax = v ? std::max(drawnMax, *v) : drawnMax;
        }
        m_valueMax = std::max(1.0, std::ceil(drawnMax * 1.25));
    }

    if (m_recordedDays == 0) {
        m_chartSummary = tr("%1 %2: nothing recorded yet. Days without a check-in stay empty, never zero.")
                             .arg(m_metric.label, rangeWords(m_rangeDays));
    } else {
        m_chartSummary = tr("%1 %2: recorded on %3 of %4 days. Average %5, lowest %6, highest %7.")
                             .arg(m_metric.label, rangeWords(m_rangeDays))
                             .arg(m_recordedDays)
                             .arg(m_range.days())
                             .arg(formatMean(sum / m_recordedDays), formatMean(lowest), formatMean(highest));
        std::optional<double> firstRolling;
        std::optional<double> lastRolling;
        for (const auto& r : std::as_const(rolling)) {
            if (r) {
                lastRolling = r;
                if (!firstRolling) {
                    firstRolling = r;
                }
            }
        }
        if (firstRolling && lastRolling) {
            const QString format = m_bucket == Bucket::Day ? tr("The 7-day average went from %1 to %2.")
                : m_bucket == Bucket::Week                 ? tr("The 4-week average went from %1 to %2.")
                                                           : tr("The 3-month average went from %1 to %2.");
            m_chartSummary += QLatin1Char(' ') + format.arg(formatMean(*firstRolling), formatMean(*lastRolling));
        }
        if (m_bucket == Bucket::Week) {
            m_chartSummary += QLatin1Char(' ') + tr("Each point is a week's average.");
        } else if (m_bucket == Bucket::Month) {
            m_chartSummary += QLatin1Char(' ') + tr("Each point is a month's average.");
        }
    }
    loadAdherence(series);
    loadRelationships(series);
    emit seriesChanged();
}

void TrendsModel::loadCalendar()
{
    if (!vaultOpen() || m_metric.id == 0) {
        return;
    }
    SeriesRepository series = *service<SeriesRepository>();
    const QDate today = Day::today(clock());
    Result<std::optional<DayRange>> span = series.recordedSpan();
    if (!span) {
        setError(span.error().message);
        return;
    }
    m_lastYear = today.year();
    m_firstYear = span.value() ? std::min(span.value()->from.year(), m_lastYear) : m_lastYear;
    if (m_calendarYear < m_firstYear || m_calendarYear > m_lastYear) {
        m_calendarYear = m_lastYear;
    }
    const DayRange year{QDate(m_calendarYear, 1, 1), QDate(m_calendarYear, 12, 31)};
    Result<DaySeries> values = series.values(m_metric.id, year);
    if (!values) {
        setError(values.error().message);
        return;
    }
    const DailySlots cells = insights::calendarYear(values.value(), m_calendarYear);
    double top = m_metric.maxValue;
    if (m_metric.kind == MetricKind::Count) {
        top = 1;
        for (const DayValue& v : std::as_const(values.value())) {
            top = std::max(top, v.value);
        }
    }
    const double span01 = std::max(top - m_metric.minValue, 1e-9);
    const int offset = year.from.dayOfWeek() - 1;
    m_calendarCells.clear();
    m_calendarCells.reserve(cells.size());
    int recorded = 0;
    // Days after today have not happened yet: no cell at all, rather than an empty one.
    const int daysSoFar = static_cast<int>(std::min<qint64>(cells.size(), year.from.daysTo(today) + 1));
    for (int i = 0; i < daysSoFar; ++i) {
        const QDate day = year.from.addDays(i);
        QVariantMap cell{{QStringLiteral("day"), Day::toText(day)}, {QStringLiteral("row"), day.dayOfWeek() - 1},
            {QStringLiteral("column"), (offset + i) / 7}};
        if (cells[i]) {
            ++recorded;
            const double share = std::clamp((*cells[i] - m_metric.minValue) / span01, 0.0, 1.0);
            cell.insert(QStringLiteral("value"), *cells[i]);
            cell.insert(QStringLiteral("level"), std::min(4, static_cast<int>(share * 5)));
        } else {
            cell.insert(QStringLiteral("level"), -1);
        }
        m_calendarCells.append(cell);
    }
    QStringList months;
    for (const BucketStat& m : buckets(values.value(), year, Bucket::Month)) {
        if (m.hasData()) {
            months.append(tr("%1 %2").arg(QLocale().standaloneMonthName(m.start.month()), formatMean(m.mean)));
        }
    }
    m_calendarSummary = recorded == 0 ? tr("%1 in %2: nothing recorded.").arg(m_metric.label).arg(m_calendarYear)
                                      : tr("%1 in %2: recorded on %3 of %4 days. Monthly averages: %5.")
                                            .arg(m_metric.label)
                                            .arg(m_calendarYear)
                                            .arg(recorded)
                                            .arg(daysSoFar)
                                            .arg(months.join(QStringLiteral(", ")));
    emit calendarChanged();
}

void TrendsModel::loadAdherence(SeriesRepository& series)
{
    m_adherence.clear();
    if (!vaultOpen()) {
        return;
    }
    Result<QList<Routine>> routines = service<RoutineRepository>()->all();
    if (!routines) {
        setError(routines.error().message);
        return;
    }
    const DayRange recent{std::max(m_range.from, m_range.to.addDays(-(kAdherenceWeeks * 7) + 1)), m_range.to};
    for (const Routine& routine : std::as_const(routines.value())) {
        Result<QList<QDate>> done = series.routineDays(routine.id, m_range);
        if (!done) {
            setError(done.error().message);
            return;
        }
        const int count = daysDone(done.value(), m_range);
        if (count == 0 && !routine.onToday()) {
            continue; // put away or hidden and not done here: nothing to show
        }
        QVariantList weeks;
        for (const WeekAdherence& w : weeklyAdherence(done.value(), recent)) {
            weeks.append(static_cast<double>(w.daysDone) / w.daysInWeek);
        }
        m_adherence.append(QVariantMap{{QStringLiteral("label"), routine.label}, {QStringLiteral("done"), count},
            {QStringLiteral("days"), m_range.days()}, {QStringLiteral("weeks"), weeks},
            {QStringLiteral("sentence"),
                tr("%1: done on %2 of %3 days").arg(routine.label).arg(count).arg(m_range.days())}});
    }
}

void TrendsModel::loadRelationships(SeriesRepository& series)
{
    m_relationships.clear();
    Result<DaySeries> mine = series.values(m_metric.id, m_range);
    if (!mine) {
        setError(mine.error().message);
        return;
    }
    struct Row
    {
        QString sentence;
        Correlation c;
    };
    QList<Row> rows;
    for (const Metric& other : std::as_const(m_shownMetrics)) {
        if (other.id == m_metric.id) {
            continue;
        }
        Result<DaySeries> theirs = series.values(other.id, m_range);
        if (!theirs) {
            setError(theirs.error().message);
            return;
        }
        if (theirs.value().isEmpty() || mine.value().isEmpty()) {
            continue;
        }
        const Relationship same = relate(mine.value(), theirs.value());
        const Relationship before = relate(theirs.value(), mine.value()); // theirs on d, mine on d + 1
        rows.append(Row{relationshipSentence(m_metric.label, other.label, false, same.sameDay), same.sameDay});
        rows.append(Row{relationshipSentence(other.label, m_metric.label, true, before.nextDay), before.nextDay});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.c.enoughDays() != b.c.enoughDays()) {
            return a.c.enoughDays();
        }
        return a.c.enoughDays() ? std::abs(*a.c.rho) > std::abs(*b.c.rho) : a.c.n > b.c.n;
    });
    for (const Row& row : rows.mid(0, kMostRelationships)) {
        m_relationships.append(QVariantMap{{QStringLiteral("sentence"), row.sentence}, {QStringLiteral("n"), row.c.n},
            {QStringLiteral("enough"), row.c.enoughDays()},
            {QStringLiteral("rho"), row.c.rho ? QVariant(*row.c.rho) : QVariant()}});
    }
}

} // namespace tideline::app
