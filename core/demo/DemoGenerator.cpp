#include "core/demo/DemoGenerator.h"

#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/common/Day.h"
#include "core/common/MoodScale.h"
#include "core/demo/DemoCheckups.h"
#include "core/demo/DemoRecords.h"
#include "core/demo/DemoText.h"
#include "core/journal/JournalRepository.h"
#include "core/moments/MomentRepository.h"
#include "core/routines/RoutineRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace tideline::demo {

namespace {

QString timeText(const QDate& day, int minuteOfDay)
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC).toString(Qt::ISODateWithMs);
}

double clampRound(double value, double low, double high, double step = 1.0)
{
    return std::clamp(std::round(value / step) * step, low, high);
}

Result<bool> vaultIsEmpty(Database& db)
{
    auto row = db.queryFirst("SELECT (SELECT count(*) FROM checkin) + (SELECT count(*) FROM entry) "
                             "+ (SELECT count(*) FROM moment) + (SELECT count(*) FROM routine_log)");
    if (!row) {
        return row.error();
    }
    return row.value() && row.value()->columnInt(0) == 0;
}

// What one invented day looks like before it is written.
struct DayState
{
    bool recorded = false;
    double wellbeing = 5; // roughly the mood scale
    double sleepHours = 7;
    double flashbacks = 0;
    double nightmares = 0;
};

class Generator
{
public:
    Generator(Database& db, const DemoOptions& options, const Clock& clock, Progress& progress)
        : m_db(db), m_options(options), m_clock(clock), m_progress(progress), m_random(options.seed), m_text(m_random)
    {}

    Result<DemoSummary> run();

private:
    double normal(double sigma) { return std::normal_distribution<double>(0.0, sigma)(m_random); }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }
    int poisson(double mean) { return std::poisson_distribution<int>(std::max(mean, 0.01))(m_random); }

    QList<DayState> inventDays();
    Status writeDays(const QList<DayState>& days);
    Status writeEntries(const QList<DayState>& days);

    Database& m_db;
    DemoOptions m_options;
    const Clock& m_clock;
    Progress& m_progress;
    std::mt19937_64 m_random;
    DemoText m_text;
    QDate m_first;
    QHash<QString, qint64> m_metricIds;
    QList<std::pair<qint64, QString>> m_routines; // id, key
    DemoSummary m_summary;
};

QList<DayState> Generator::inventDays()
{
    const int count = m_options.years * 365;
    QList<DayState> days(count);
    double noise = 0;
    int gapLeft = 0;
    int hardLeft = 0;
    double previousSleep = 7;
    for (int i = 0; i < count; ++i) {
        const QDate day = m_first.addDays(i);
        const double progress = count > 1 ? static_cast<double>(i) / (count - 1) : 1.0;
        const double improvement = progress * progress * (3 - 2 * progress); // slow, then steadier
        if (gapLeft == 0 && uniform() < 0.025) {
            // Mostly a few days away; now and then weeks without opening the app.
            gapLeft = uniform() < 0.12 ? 7 + static_cast<int>(uniform() * 28) : 1 + poisson(2.0);
        }
        if (hardLeft == 0 && uniform() < 0.004) {
            hardLeft = 7 + static_cast<int>(uniform() * 21); // a harder stretch, as real life has
        }
        const double hard = hardLeft > 0 ? 1.0 : 0.0;
        const double winter = std::cos(2 * std::numbers::pi * (day.dayOfYear() - 15) / 365.25);
        const double weekend = day.dayOfWeek() >= 6 ? 0.4 : 0.0;
        noise = 0.6 * noise + normal(0.8);
        DayState& s = days[i];
        s.recorded = gapLeft == 0;
        s.wellbeing = 3.4 + 3.2 * improvement - 0.6 * winter + weekend + noise - 1.6 * hard
            + 0.3 * (previousSleep - 7); // last night's sleep colours today
        s.sleepHours = clampRound(5.5 + 1.5 * improvement + 0.25 * (s.wellbeing - 5) + normal(0.7), 2, 12, 0.5);
        s.nightmares = std::min(poisson(1.3 * (1 - improvement) + 0.5 * hard + 0.05), 50);
        s.flashbacks = std::min(poisson(1.1 * (1 - improvement) + 0.6 * hard + 0.05), 50);
        previousSleep = s.sleepHours;
        gapLeft = std::max(gapLeft - 1, 0);
        hardLeft = std::max(hardLeft - 1, 0);
    }
    return days;
}

Status Generator::writeDays(const QList<DayState>& days)
{
    // Through the repositories, as an import writes history (each writes its own table), in one
    // transaction so a 10-year vault takes seconds.
    CheckinRepository checkins(m_db);
    MomentRepository moments(m_db);
    RoutineRepository routines(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    for (int i = 0; i < days.size(); ++i) {
        const DayState& s = days[i];
        if (!s.recorded) {
            continue;
        }
        const QDate day = m_first.addDays(i);
        const QString at = timeText(day, 19 * 60 + static_cast<int>(uniform() * 180));
        const double progress = static_cast<double>(i) / std::max<qsizetype>(days.size() - 1, 1);
        if (auto r = checkins.insertDayAsRecorded(day, at, at, std::nullopt); !r) {
            return r;
        }
        ++m_summary.checkins;
        const double w = s.wellbeing;
        const QList<std::pair<const char*, double>> figures = {
            {"mood", clampRound(w, MoodScale::kMin, MoodScale::kMax)},
            {"sleep_hours", s.sleepHours},
            {"sleep_quality", clampRound(0.8 * w + 1 + normal(1.0), 0, 10)},
            {"nightmares", s.nightmares},
            {"flashbacks", s.flashbacks},
            {"intrusive_thoughts", clampRound(8 - 0.8 * w + normal(1.0), 0, 10)},
            {"anxiety", clampRound(9 - 0.8 * w + normal(1.0), 0, 10)},
            {"dissociation", clampRound(6 - 0.6 * w + normal(1.0), 0, 10)},
            {"energy", clampRound(0.9 * w + normal(1.2), 0, 10)},
            {"feeling_safe", clampRound(2 + 0.8 * w + normal(1.0), 0, 10)},
        };
        for (const auto& [key, figure] : figures) {
            // Every field is optional: now and then one is left out.
            if (uniform() < (qstrcmp(key, "mood") == 0 ? 0.02 : 0.08)) {
                continue;
            }
            const Result<bool> added
                = checkins.insertValueAsRecorded(day, m_metricIds.value(QString::fromLatin1(key)), figure, at);
            if (!added) {
                return added.error();
            }
            ++m_summary.values;
        }
        // Moments never outnumber the day's count they feed (CheckinRepository's rule).
        const auto addMoments = [&](MomentKind kind, int howMany) -> Status {
            for (int m = 0; m < howMany; ++m) {
                const QString when = timeText(day, 8 * 60 + static_cast<int>(uniform() * 600));
                Moment moment;
                moment.occurredAt = QDateTime::fromString(when, Qt::ISODateWithMs);
                moment.day = day;
                moment.kind = kind;
                moment.intensity = 3 + static_cast<int>(uniform() * 6);
                if (Result<qint64> id = moments.insertAsRecorded(moment, when); !id) {
                    return id.error();
                }
                ++m_summary.moments;
            }
            return {};
        };
        const int flashbackMoments = uniform() < 0.4 ? std::min(static_cast<int>(s.flashbacks), 2) : 0;
        const int panicMoments = uniform() < 0.06 * (1.5 - progress) ? 1 : 0;
        const int triggerMoments = uniform() < 0.04 * (1.5 - progress) ? 1 : 0;
        for (const auto& [kind, n] : {std::pair{MomentKind::Flashback, flashbackMoments},
                 std::pair{MomentKind::Panic, panicMoments}, std::pair{MomentKind::Trigger, triggerMoments}}) {
            if (auto r = addMoments(kind, n); !r) {
                return r;
            }
        }
        for (int r = 0; r < m_routines.size(); ++r) {
            const auto& [id, key] = m_routines[r];
            double chance = 0.25 + 0.4 * progress + 0.04 * (r % 5);
            if (key == QStringLiteral("sleep")) {
                chance = (s.sleepHours >= 7 && s.sleepHours <= 9) ? 1.0 : 0.0;
            } else if (key == QStringLiteral("walk") || key == QStringLiteral("outdoors")) {
                chance += day.dayOfWeek() >= 6 ? 0.15 : 0.0;
            }
            if (uniform() >= chance) {
                continue;
            }
            if (const Result<bool> done = routines.insertDoneAsRecorded(id, day, at); !done) {
                return done.error();
            }
            ++m_summary.routineDone;
        }
    }
    return tx.commit();
}

Status Generator::writeEntries(const QList<DayState>& days)
{
    const int total = m_options.entries > 0 ? m_options.entries : m_options.years * m_options.entriesPerYear;
    QList<int> dayOfEntry;
    dayOfEntry.reserve(total);
    while (dayOfEntry.size() < total) {
        int i = static_cast<int>(uniform() * days.size());
        if (!days[i].recorded) {
            i = static_cast<int>(uniform() * days.size()); // fewer entries in the gaps, not none
        }
        dayOfEntry.append(i);
    }
    std::sort(dayOfEntry.begin(), dayOfEntry.end());

    const QStringList tags = {QStringLiteral("sleep"), QStringLiteral("work"), QStringLiteral("family"),
        QStringLiteral("gratitude"), QStringLiteral("therapy"), QStringLiteral("outdoors")};
    // Through the journal's own repository, so demo entries are exactly what the app writes
    // (tags normalised, the full-text index kept by its triggers). A ManualClock gives each
    // entry the time it was "written". One transaction each, but see fillDemoVault on
    // synchronous.
    ManualClock writtenAt;
    journal::JournalRepository journal(m_db, writtenAt);
    m_progress.step(QCoreApplication::translate("Demo", "Writing invented journal entries"), total);
    for (int e = 0; e < total; ++e) {
        m_progress.advance(e);
        if (m_progress.stopRequested()) {
            return Progress::cancelled(QString());
        }
        const int i = dayOfEntry[e];
        const QDate day = m_first.addDays(i);
        const double mood = std::clamp(days[i].wellbeing, double(MoodScale::kMin), double(MoodScale::kMax));
        const int minute = 6 * 60 + static_cast<int>(uniform() * 17 * 60);
        writtenAt.set(QDateTime(day, QTime(minute / 60, minute % 60), Qt::UTC));
        const int words = m_options.wordsPerEntry / 2 + static_cast<int>(uniform() * m_options.wordsPerEntry);
        journal::EntryDraft draft;
        draft.day = day;
        draft.title = m_text.title(mood);
        draft.body = m_text.body(words, mood);
        if (uniform() < 0.6) {
            draft.mood = static_cast<int>(std::round(mood));
        }
        draft.sensitive = uniform() < 0.03;
        const int first = static_cast<int>(uniform() * tags.size());
        for (int t = 0, n = static_cast<int>(uniform() * 3); t < n; ++t) {
            draft.tags.append(tags[(first + t) % tags.size()]);
        }
        Result<qint64> id = journal.create(draft);
        if (!id) {
            return id.error();
        }
        ++m_summary.entries;
    }
    return {};
}

Result<DemoSummary> Generator::run()
{
    Result<QList<Metric>> metrics = MetricRepository(m_db).all();
    if (!metrics) {
        return metrics.error();
    }
    for (const Metric& m : metrics.value()) {
        m_metricIds.insert(m.key, m.id);
    }
    Result<QList<Routine>> routines = RoutineRepository(m_db).all();
    if (!routines) {
        return routines.error();
    }
    for (const Routine& r : routines.value()) {
        if (r.builtin) {
            m_routines.append({r.id, r.key});
        }
    }
    const QDate today = Day::today(m_clock);
    m_first = today.addDays(-(m_options.years * 365) + 1);
    m_summary.days = m_options.years * 365;
    const QList<DayState> days = inventDays();
    m_progress.step(QCoreApplication::translate("Demo", "Inventing days of check-ins"), 0);
    if (auto s = writeDays(days); !s) {
        return s.error();
    }
    if (auto s = writeEntries(days); !s) {
        return s.error();
    }
    Result<int> checkups = fillDemoCheckups(m_db, m_clock, m_random);
    if (!checkups) {
        return checkups.error();
    }
    m_summary.checkups = checkups.value();
    // A few records with pictures in the last months (DemoRecords.h).
    Result<DemoRecordsSummary> records = fillDemoRecords(m_db, m_options.seed, today);
    if (!records) {
        return records.error();
    }
    m_summary.records = records.value().records;
    m_summary.pictures = records.value().pictures;
    return m_summary;
}

} // namespace

Result<DemoSummary> fillDemoVault(Database& db, const DemoOptions& options, const Clock& clock)
{
    Progress quiet;
    return fillDemoVault(db, options, clock, quiet);
}

Result<DemoSummary> fillDemoVault(Database& db, const DemoOptions& options, const Clock& clock, Progress& progress)
{
    if (options.entries < 0 || options.entries > kMaxDemoEntries) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Demo", "The demo can write up to %n entries (asked for %1).", nullptr, kMaxDemoEntries)
                .arg(options.entries));
    }
    if (options.years < 1 || options.years > 20) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Demo", "The demo can cover 1 to 20 years (asked for %1).").arg(options.years));
    }
    Result<bool> empty = vaultIsEmpty(db);
    if (!empty) {
        return empty.error();
    }
    if (!empty.value()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Demo",
                "This vault already holds check-ins or entries, so no demo data was added. "
                "The demo only fills a new vault."));
    }
    // Invented data in a brand-new vault: nothing is lost if the machine stops halfway, so the
    // thousands of small journal transactions skip the fsync each would otherwise wait for.
    // FULL is restored before returning, whatever happened, and the log is checkpointed.
    if (Status s = db.exec("PRAGMA synchronous = OFF;"); !s) {
        return s.error();
    }
    Result<DemoSummary> summary = Generator(db, options, clock, progress).run();
    const Status restored = db.exec("PRAGMA synchronous = FULL;");
    if (summary && !restored) {
        return restored.error();
    }
    if (summary) {
        if (Status s = db.checkpointTruncate(); !s) {
            return s.error();
        }
    }
    return summary;
}

} // namespace tideline::demo
