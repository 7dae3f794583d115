#pragma once

#include "core/common/Result.h"
#include "core/insights/Series.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace tideline {

class Database;

namespace report {

struct SummaryData;
struct SummaryRequest;

namespace layout {
class Flow;
struct Fonts;
} // namespace layout

// The summary's "Check-ups" section (off by default): for each check-up taken in the period,
// its totals as a small chart over the form's bands and a table (date, total, band, change),
// and, when asked, the answers to each question of the latest one. A sensitive question's
// answer (PHQ-9 item 9) is shared only when the person ticks it, exactly as the self-harm
// measure is.
struct CheckupSummary
{
    struct Band
    {
        int min = 0;
        int max = 0;
        QString label;
    };
    struct Row
    {
        QDate day;
        std::optional<int> total; // nullopt: the form's rules gave no total
        QString band;
        QString change; // "−6" against the check-up before (even one before the period), or ""
    };
    struct Answer
    {
        int number = 0;
        QString question;
        QString answer; // "Several days (1)", or "skipped"
    };

    QString name; // "PHQ-9"
    QString title;
    int scoreMin = 0;
    int scoreMax = 0;
    QList<Band> bands;
    QList<Row> rows; // oldest first, never empty
    QString changeRule; // what counts as a meaningful change, one sentence
    QDate latestDay;
    QList<Answer> latestAnswers; // empty unless the answers were asked for (and may be shared)
    QString answersNote; // why answers are left out, when they are
};

// Reads the check-ups of the period (SummaryRequest::checkups). Call on the vault's thread.
Status collectCheckups(Database& db, const SummaryRequest& request, QList<CheckupSummary>& out);

// Pours the section onto the pages.
void layOutCheckups(layout::Flow& flow, const SummaryData& data, const layout::Fonts& fonts);

// One check-up's totals as points over its bands, across the period.
void paintCheckupChart(QPainter& painter, const CheckupSummary& checkup, const insights::DayRange& period,
    const QRectF& rect, const QFont& axisFont);

} // namespace report
} // namespace tideline
