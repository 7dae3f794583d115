#pragma once

#include "app/trends/MeasureRangeModel.h"

#include "core/insights/Relationships.h"

#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The Trends page's "what moves together": how the chosen metric moves with each of the
// others over the range, the same day and the next day, in words first (how strongly, which
// way, on how many days) with the number kept beside them (core/insights/Relationships). At
// most 8 rows. Not final: QML creates it through a subclass of its own (Qt 6.4).
class RelationshipModel : public MeasureRangeModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RelationshipModel)

    Q_PROPERTY(QString caution READ caution CONSTANT)

public:
    enum Role {
        PairRole = Qt::UserRole + 1, // "Mood and Energy, on the same day"
        MeaningRole, // "A strong link: on days when Mood was higher, Energy was usually higher too." or ""
        BasisRole, // "Seen on 20 days with both recorded." or why there is nothing to say yet
        FiguresRole, // "Spearman's ρ = 0.76 over 20 days", or ""
        SentenceRole, // all of it on one line, for a screen reader
        DaysRole, // days with both recorded
        EnoughRole, // enough days to say anything
        RhoRole, // Spearman's ρ, or undefined
    };
    Q_ENUM(Role)

    explicit RelationshipModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString caution() { return insights::relationshipCaution(); }

private:
    void clearRows() override;
    void readRows(insights::SeriesRepository& series, const Metric& metric, const QList<Metric>& shown,
        const insights::DayRange& range) override;
    QList<insights::RelationshipRow> m_rows;
};

} // namespace tideline::app
