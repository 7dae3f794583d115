#pragma once

// What the record repository's files share (RecordRepository*.cpp): times as stored, the
// record's columns bound and read. Internal to core/records.

#include "core/common/Result.h"
#include "core/crypto/RandomUid.h"
#include "core/journal/EntryText.h"
#include "core/records/Record.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tideline::records::rows {

inline QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeFrom(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline Error notFound()
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Records", "That record is no longer there."));
}

inline void bindOptionalBool(Statement& stmt, int index, const std::optional<bool>& value)
{
    if (value) {
        stmt.bind(index, *value ? 1 : 0);
    } else {
        stmt.bindNull(index);
    }
}

// day, time, approximate, place, what_happened, injuries, witnesses, told, saw_doctor, reported,
// is_sensitive from parameter `first` on.
inline void bindFields(Statement& stmt, int first, const RecordFields& f, const QDate& day)
{
    stmt.bind(first, day.toString(Qt::ISODate));
    if (f.time.isValid()) {
        stmt.bind(first + 1, f.time.toString(QStringLiteral("HH:mm")));
    } else {
        stmt.bindNull(first + 1);
    }
    stmt.bind(first + 2, f.approximate ? 1 : 0)
        .bind(first + 3, journal::EntryText::clean(f.place))
        .bind(first + 4, journal::EntryText::clean(f.whatHappened))
        .bind(first + 5, journal::EntryText::clean(f.injuries))
        .bind(first + 6, journal::EntryText::clean(f.witnesses))
        .bind(first + 7, journal::EntryText::clean(f.told));
    bindOptionalBool(stmt, first + 8, f.sawDoctor);
    bindOptionalBool(stmt, first + 9, f.reported);
    stmt.bind(first + 10, f.sensitive ? 1 : 0);
}

inline std::optional<bool> optionalBool(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<bool>(row.columnInt(column) != 0);
}

// The first line of what happened, for lists.
inline QString headlineOf(const QString& text)
{
    const QString firstLine = text.section(u'\n', 0, 0, QString::SectionSkipEmpty).simplified();
    return firstLine.left(200);
}

inline constexpr const char* kSummaryColumns
    = "r.id, r.occurred_day, ifnull(r.occurred_time, ''), r.approximate, substr(r.what_happened, 1, 400), r.place, "
      "r.is_sensitive, r.created_at, r.updated_at, "
      "(SELECT group_concat(label, char(31)) FROM (SELECT k.label FROM record_kind_link AS l "
      "   JOIN record_kind AS k ON k.id = l.kind_id WHERE l.record_id = r.id ORDER BY k.sort_order, k.id)), "
      "(SELECT count(*) FROM attachment AS a WHERE a.record_id = r.id)";

inline RecordSummary readSummary(const Statement& row)
{
    RecordSummary s;
    s.id = row.columnInt(0);
    s.day = QDate::fromString(row.columnText(1), Qt::ISODate);
    s.time = row.columnText(2);
    s.approximate = row.columnInt(3) != 0;
    s.headline = headlineOf(row.columnText(4));
    s.place = row.columnText(5).simplified().left(200);
    s.sensitive = row.columnInt(6) != 0;
    s.createdAt = timeFrom(row.columnText(7));
    s.updatedAt = timeFrom(row.columnText(8));
    if (!row.isNull(9)) {
        s.kindLabels = row.columnText(9).split(QChar(31));
    }
    s.attachmentCount = static_cast<int>(row.columnInt(10));
    return s;
}

} // namespace tideline::records::rows
