#pragma once

#include "TestVault.h"
#include "core/checkin/Metric.h"
#include "core/report/Summary.h"

#include <QTemporaryDir>

namespace tideline::test {

// A test vault whose clock stands at noon on 30 April 2026, with helpers to record what a
// summary reads. The period most tests use is April 2026; March is "the period before".
struct SummaryFixture
{
    SummaryFixture();

    Database& db() { return tv.vault->database(); }
    Metric metric(const char* key);
    void record(const QDate& day, const char* metricKey, double value);
    qint64 entry(
        const QDate& day, const QString& title, const QString& body, const QStringList& tags = {}, bool draft = false);
    void moment(const QDate& day, int kindIndex, const QString& trigger = {});
    void routineDone(int routineIndex, const QDate& day);

    // April 2026 with the given sections; nothing else.
    static report::SummaryRequest april();
    // collectSummary + writeSummaryPdf into out.path(name); REQUIREs both to succeed.
    QString write(const report::SummaryRequest& request, const QString& name = QStringLiteral("summary.pdf"));

    TestVault tv;
    QTemporaryDir out;
};

} // namespace tideline::test
