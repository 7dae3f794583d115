#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tideline::report {

// What goes on the printed safety plan: a title and the plan's parts in order, each with its
// lines. The caller (app/) collects them from the vault; this file only lays them out.
struct SafetyPlanDocument
{
    struct Part
    {
        QString heading;
        QStringList lines; // may be empty: the part then shows an empty line to write on
        qsizetype notIncluded = 0; // lines the caller left out; the page says how many
    };

    QString title;
    QString footer; // e.g. the support line to call, printed small at the bottom
    QList<Part> parts;
};

// Writes the plan as a one-page A4 PDF at path. Long plans get a smaller type size (down to
// a readable floor) and, past that, the remaining lines are left out with a note saying so,
// so the page never silently loses a part. The file is written whole or not at all, readable by
// its owner only (0600), and an existing file is never replaced.
Status writeSafetyPlanPdf(const SafetyPlanDocument& document, const QString& path);

} // namespace tideline::report
