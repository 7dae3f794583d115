#include "SummaryFixture.h"

#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/moments/MomentRepository.h"
#include "core/routines/RoutineRepository.h"

#include <catch2/catch.hpp>

namespace tideline::test {

SummaryFixture::SummaryFixture()
{
    tv.clock.set(QDateTime(QDate(2026, 4, 30), QTime(12, 0), Qt::UTC));
}

Metric SummaryFixture::metric(const char* key)
{
    Result<Metric> m = MetricRepository(db()).byKey(QString::fromLatin1(key));
    REQUIRE(m.ok());
    return m.value();
}

void SummaryFixture::record(const QDate& day, const char* metricKey, double value)
{
    REQUIRE(CheckinRepository(db()).setValue(day, metric(metricKey), value, tv.clock).ok());
}

qint64 SummaryFixture::entry(
    const QDate& day, const QString& title, const QString& body, const QStringList& tags, bool draft)
{
    journal::EntryDraft d;
    d.day = day;
    d.title = title;
    d.body = body;
    d.tags = tags;
    Result<qint64> id = journal::JournalRepository(db(), tv.clock).create(d, draft);
    REQUIRE(id.ok());
    return id.value();
}

void SummaryFixture::moment(const QDate& day, int kindIndex, const QString& trigger)
{
    Moment m;
    m.occurredAt = QDateTime(day, QTime(10, 0), Qt::UTC);
    m.kind = static_cast<MomentKind>(kindIndex);
    m.intensity = 5;
    m.trigger = trigger;
    REQUIRE(MomentRepository(db()).add(m, tv.clock).ok());
}

void SummaryFixture::routineDone(int routineIndex, const QDate& day)
{
    RoutineRepository routines(db());
    const qint64 id = routines.all().value().at(routineIndex).id;
    REQUIRE(routines.setDone(id, day, true, tv.clock).ok());
}

report::SummaryRequest SummaryFixture::april()
{
    report::SummaryRequest request;
    request.period = insights::DayRange{QDate(2026, 4, 1), QDate(2026, 4, 30)};
    request.madeOn = QDate(2026, 4, 30);
    return request;
}

QString SummaryFixture::write(const report::SummaryRequest& request, const QString& name)
{
    Result<report::SummaryDataPtr> data = report::collectSummary(db(), request);
    if (!data) {
        FAIL(data.error().message.toStdString());
    }
    const QString path = out.filePath(name);
    const Status written = report::writeSummaryPdf(*data.value(), path, true);
    if (!written) {
        FAIL(written.error().message.toStdString());
    }
    return path;
}

} // namespace tideline::test
