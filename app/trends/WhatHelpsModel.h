#pragma once

#include "app/trends/MeasureRangeModel.h"

#include "core/insights/WhatHelps.h"

#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The Trends page's "what seems to help": the chosen measure on the days each routine was done
// (or an entry was tagged) against the other days, with the number of days on each side and a
// plain caution (core/insights/WhatHelps). Only pairs with enough days on both sides are rows,
// the largest differences first, at most 6; the rest are counted in `notEnoughSentence`.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class WhatHelpsModel : public MeasureRangeModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(WhatHelpsModel)

    Q_PROPERTY(QString caution READ caution CONSTANT)
    // "3 more routines and tags do not have enough days yet…", or "" when there are none.
    Q_PROPERTY(QString notEnoughSentence READ notEnoughSentence NOTIFY countChanged)

public:
    enum Role {
        SentenceRole = Qt::UserRole + 1, // "On days with “A 30-minute walk”, Sleep quality averaged 6.8 (42 days), …"
        KindRole, // "routine" or "tag"
        NameRole, // the routine's label or the tag
        DaysWithRole, // recorded days with it
        DaysWithoutRole, // recorded days without it
        MeanWithRole, // the measure's mean on the days with it
        MeanWithoutRole, // and on the others
    };
    Q_ENUM(Role)

    explicit WhatHelpsModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString caution() { return insights::whatHelpsCaution(); }
    QString notEnoughSentence() const;

private:
    void clearRows() override;
    void readRows(insights::SeriesRepository& series, const Metric& metric, const QList<Metric>& shown,
        const insights::DayRange& range) override;
    QList<insights::PracticeRow> m_rows;
    int m_notEnough = 0;
};

} // namespace tideline::app
