#include "core/insights/Relationships.h"

#include "core/insights/SeriesRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tideline::insights {

namespace {

QString sameDayMeaning(LinkStrength strength, bool together)
{
    switch (strength) {
    case LinkStrength::Strong:
        return together ? QCoreApplication::translate(
                   "Relationship", "A strong link: on days when %1 was higher, %2 was usually higher too.")
                        : QCoreApplication::translate("Relationship",
                            "A strong link, in opposite directions: on days when %1 was higher, %2 was usually "
                            "lower.");
    case LinkStrength::Moderate:
        return together ? QCoreApplication::translate(
                   "Relationship", "A moderate link: on days when %1 was higher, %2 was often higher too.")
                        : QCoreApplication::translate("Relationship",
                            "A moderate link, in opposite directions: on days when %1 was higher, %2 was often "
                            "lower.");
    case LinkStrength::Weak:
        return together ? QCoreApplication::translate(
                   "Relationship", "A weak link: on days when %1 was higher, %2 was sometimes higher too.")
                        : QCoreApplication::translate("Relationship",
                            "A weak link, in opposite directions: on days when %1 was higher, %2 was sometimes "
                            "lower.");
    case LinkStrength::None:
        break;
    }
    return QCoreApplication::translate("Relationship", "No clear link: %1 and %2 hardly move together.");
}

QString nextDayMeaning(LinkStrength strength, bool together)
{
    switch (strength) {
    case LinkStrength::Strong:
        return together ? QCoreApplication::translate(
                   "Relationship", "A strong link: after days when %1 was higher, %2 was usually higher the next day.")
                        : QCoreApplication::translate("Relationship",
                            "A strong link, in opposite directions: after days when %1 was higher, %2 was "
                            "usually lower the next day.");
    case LinkStrength::Moderate:
        return together ? QCoreApplication::translate(
                   "Relationship", "A moderate link: after days when %1 was higher, %2 was often higher the next day.")
                        : QCoreApplication::translate("Relationship",
                            "A moderate link, in opposite directions: after days when %1 was higher, %2 was "
                            "often lower the next day.");
    case LinkStrength::Weak:
        return together ? QCoreApplication::translate(
                   "Relationship", "A weak link: after days when %1 was higher, %2 was sometimes higher the next day.")
                        : QCoreApplication::translate("Relationship",
                            "A weak link, in opposite directions: after days when %1 was higher, %2 was "
                            "sometimes lower the next day.");
    case LinkStrength::None:
        break;
    }
    return QCoreApplication::translate("Relationship", "No clear link: %1 says little about %2 the next day.");
}

bool comesFirst(const RelationshipRow& a, const RelationshipRow& b)
{
    const Correlation& x = a.correlation;
    const Correlation& y = b.correlation;
    if (x.enoughDays() != y.enoughDays()) {
        return x.enoughDays();
    }
    return x.enoughDays() ? std::abs(*x.rho) > std::abs(*y.rho) : x.n > y.n;
}

} // namespace

QString RelationshipWords::sentence() const
{
    QStringList parts{pair + QLatin1Char(':'), meaning, basis};
    if (!figures.isEmpty()) {
        parts.append(QStringLiteral("(%1)").arg(figures));
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

LinkStrength linkStrength(double rho)
{
    const double r = std::abs(rho);
    if (r >= 0.6) {
        return LinkStrength::Strong;
    }
    if (r >= 0.4) {
        return LinkStrength::Moderate;
    }
    return r >= 0.2 ? LinkStrength::Weak : LinkStrength::None;
}

RelationshipWords describeRelationship(const QString& a, const QString& b, bool nextDay, const Correlation& c)
{
    RelationshipWords words;
    words.pair = nextDay ? QCoreApplication::translate("Relationship", "%1, then %2 the next day").arg(a, b)
                         : QCoreApplication::translate("Relationship", "%1 and %2, on the same day").arg(a, b);
    if (!c.enoughDays()) {
        words.basis = c.n >= kMinimumPairedDays
            ? QCoreApplication::translate("Relationship",
                "One of them stayed the same on all %n days with both recorded, so there is nothing to compare.",
                nullptr, c.n)
            : QCoreApplication::translate("Relationship",
                "Not enough days yet: %1 of the %n days with both recorded that are needed.", nullptr,
                kMinimumPairedDays)
                  .arg(c.n);
        return words;
    }
    const double rho = *c.rho;
    const LinkStrength strength = linkStrength(rho);
    words.meaning = (nextDay ? nextDayMeaning(strength, rho > 0) : sameDayMeaning(strength, rho > 0)).arg(a, b);
    words.basis = QCoreApplication::translate("Relationship", "Seen on %n days with both recorded.", nullptr, c.n);
    words.figures = QCoreApplication::translate("Relationship", "Spearman's ρ = %1 over %n days", nullptr, c.n)
                        .arg(QLocale().toString(rho, 'f', 2));
    return words;
}

Result<QList<RelationshipRow>> readRelationships(
    SeriesRepository& series, const Metric& metric, const QList<Metric>& others, const DayRange& range, int most)
{
    QList<RelationshipRow> rows;
    Result<DaySeries> mine = series.values(metric.id, range);
    if (!mine) {
        return mine.error();
    }
    if (mine.value().isEmpty()) {
        return rows;
    }
    for (const Metric& other : others) {
        if (other.id == metric.id) {
            continue;
        }
        Result<DaySeries> theirs = series.values(other.id, range);
        if (!theirs) {
            return theirs.error();
        }
        if (theirs.value().isEmpty()) {
            continue;
        }
        const Correlation same = relate(mine.value(), theirs.value()).sameDay;
        const Correlation before = relate(theirs.value(), mine.value()).nextDay; // theirs on d, mine on d + 1
        rows.append(RelationshipRow{describeRelationship(metric.label, other.label, false, same), same});
        rows.append(RelationshipRow{describeRelationship(other.label, metric.label, true, before), before});
    }
    std::stable_sort(rows.begin(), rows.end(), comesFirst);
    return rows.mid(0, std::max(most, 0));
}

QString relationshipCaution()
{
    return QCoreApplication::translate("Relationship",
        "These move together; that does not mean one causes the other. Shown only with at least %n days on "
        "which both were recorded.",
        nullptr, kMinimumPairedDays);
}

} // namespace tideline::insights
