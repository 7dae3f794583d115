#pragma once

#include "core/checkin/Metric.h"
#include "core/common/Result.h"
#include "core/insights/Insights.h"

#include <QList>
#include <QString>

namespace tideline::insights {

class SeriesRepository;

// "What moves together", said in words first: how strongly, in which direction and on how many
// days; the number stays, for those who want it. Words are whole sentences (translatable as
// they stand), never glued from pieces.
struct RelationshipWords
{
    QString pair; // "Mood and Energy, on the same day" / "Hours of sleep, then Mood the next day"
    QString meaning; // "A strong link: on days when Mood was higher, Energy was usually higher too."
    QString basis; // "Seen on 20 days with both recorded." or why there is nothing to say yet
    QString figures; // "Spearman's ρ = 0.76 over 20 days"; empty when there is no number

    // Everything in one line, for a screen reader and for tests.
    QString sentence() const;
};

enum class LinkStrength { None, Weak, Moderate, Strong };
// |ρ| below 0.2: none to speak of; below 0.4: weak; below 0.6: moderate; else strong.
LinkStrength linkStrength(double rho);

// a on day d with b on day d (nextDay false), or with b on day d + 1 (nextDay true).
RelationshipWords describeRelationship(const QString& a, const QString& b, bool nextDay, const Correlation& c);

struct RelationshipRow
{
    RelationshipWords words;
    Correlation correlation;
};

// How the metric moves with each of the others over the range, the same day and the next day
// (the other first, then this one): those with enough days first, strongest first, then the
// rest by how many days they have; at most `most` rows.
Result<QList<RelationshipRow>> readRelationships(
    SeriesRepository& series, const Metric& metric, const QList<Metric>& others, const DayRange& range, int most);

// The caution shown with every list of relationships.
QString relationshipCaution();

} // namespace tideline::insights
