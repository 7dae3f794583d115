#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tideline::exchange {

// Reading a Tideline JSON export without holding it (issue 16 and 19: a 90,000-entry file took
// 700 MB as one QJsonDocument). The file is one object whose members are small values (format,
// version, exported_at) and lists of records; only one record is in memory at a time.
//
// Two passes: outlineJson() reads the whole file once, checks that it is JSON from end to end
// (so a broken file is refused before anything is written), and notes where each member is;
// JsonRecords then reads one list's records back, one at a time, from where the outline says.

// One member of the top-level object.
struct JsonMember
{
    QString name;
    qint64 offset = 0; // the first byte of its value
    qint64 end = 0; // one past its last byte
    int line = 0; // the line its value starts on
    bool isList = false;
    qsizetype count = 0; // records, for a list
};

struct JsonOutline
{
    QList<JsonMember> members; // in the file's order
    QJsonObject values; // the members that are not lists, parsed (format, version, …)

    const JsonMember* find(const QString& name) const;
};

// The largest single record read (a journal entry of the longest text Tideline keeps, with room).
inline constexpr qint64 kMaxJsonRecordBytes = 64LL * 1024 * 1024;

// Reads `file` (open, at any position) from its start. Refuses, with the line: text that is not
// JSON, a top level that is not one object, a member name given twice, a record larger than
// kMaxJsonRecordBytes. Progress counts bytes; stopRequested() ends it with Cancelled.
Result<JsonOutline> outlineJson(QIODevice& file, Progress& progress);

namespace detail {
struct JsonRecordsReader;
}

// The records of one list member, in order.
class JsonRecords
{
public:
    struct Record
    {
        QJsonValue value;
        qsizetype index = 0;
        int line = 0; // where the record starts
    };

    JsonRecords(QIODevice& file, const JsonMember& member);

    // The next record, or nullopt at the end of the list or on a read error (see status()).
    std::optional<Record> next();
    const Status& status() const { return m_status; }
    // Bytes of the member read so far, for progress.
    qint64 bytesRead() const;
    const JsonMember& member() const { return m_member; }

private:
    JsonMember m_member;
    qsizetype m_index = 0;
    bool m_started = false;
    bool m_done = false;
    Status m_status;
    // The scanner's state lives in the .cpp; this keeps the header free of it.
    std::shared_ptr<detail::JsonRecordsReader> m_reader;
};

} // namespace tideline::exchange
