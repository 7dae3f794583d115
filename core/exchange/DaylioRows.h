#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace tideline::exchange {

// Reading a Daylio CSV export (docs/IMPORT-DAYLIO.md) into checked rows, before anything is
// written: the first mistake is reported with its line, and nothing is imported.

// One row of the file, checked.
struct DaylioRow
{
    int line = 0;
    QDate day;
    QTime time;
    QString createdAt; // UTC, as Tideline stores times
    QString mood; // as written, trimmed; empty when the row has none
    QStringList activities; // tag names, normalised
    QString title;
    QString note;

    bool hasText() const;
};

// The key a mood name is compared by: any case, surrounding spaces ignored.
QString daylioMoodKey(const QString& name);

// "Line 12: what Nothing was imported."
Error daylioLineError(int line, const QString& what);

// The whole file, checked row by row. Everything is read before anything is written; a Daylio
// export is small (years of it are a few megabytes) and the import is one transaction anyway.
// ignoredColumns, when given, receives the columns Tideline does not use (DaylioPreview).
Result<QList<DaylioRow>> readDaylioRows(
    const QByteArray& bytes, const Clock& clock, QStringList* ignoredColumns = nullptr);

} // namespace tideline::exchange
