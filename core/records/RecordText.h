#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QJsonObject>
#include <QString>

namespace tideline::records {

// The rules for what a record holds, in one place so the editor, the CLI and imports agree.
namespace RecordText {

// "What happened" may be long (a full account, pasted from elsewhere); the other fields are
// short answers.
inline constexpr qsizetype kMaxAccountChars = 1'000'000;
inline constexpr qsizetype kMaxFieldChars = 10'000;

// Checks sizes and the day (not in the future, not before 1900). Nothing is required but the day.
Status validate(const RecordFields& fields, const QDate& today);

// The fields as a version of the history keeps them (docs/RECORDS-FORMAT.md), and back.
QJsonObject toJson(const RecordFields& fields, const QStringList& kindLabels, const QList<VersionFile>& files);
RecordVersion fromJson(const QJsonObject& object);

// "Tuesday 3 March 2026, around 21:30", "3 March 2026", "around March 2026"-style words for
// when it happened, in English (the PDF and the CLI); app/ has its own for the locale.
QString whenText(const QDate& day, const QTime& time, bool approximate);

} // namespace RecordText
} // namespace tideline::records
