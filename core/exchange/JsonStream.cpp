#include "core/exchange/JsonStream.h"
#include "core/exchange/JsonByteReader.h"

#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tideline::exchange {

namespace {

Error refused(const QString& why)
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("JsonImport", "%1 Nothing was imported.", "after what is wrong with the file")
            .arg(why));
}

Error notJson(const QString& what, int line)
{
    return refused(
        QCoreApplication::translate("JsonImport", "The file is not valid JSON: %1 on line %2.").arg(what).arg(line));
}

// Parses bytes captured after a leading '[' (one value), closing the list first.
Result<QJsonValue> parseCaptured(QByteArray& wrapped, int line)
{
    wrapped += ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        const int extra = static_cast<int>(wrapped.left(error.offset).count('\n'));
        return notJson(error.errorString(), line + extra);
    }
    const QJsonArray list = document.array();
    if (list.size() != 1) {
        return notJson(QCoreApplication::translate("JsonImport", "a comma is missing"), line);
    }
    return list.first();
}

// Reads one value at the reader's place: its bytes, then parsed.
Result<QJsonValue> readValue(JsonByteReader& reader)
{
    const int line = reader.line();
    QByteArray bytes("[");
    QString problem;
    if (!reader.capture(bytes, problem)) {
        return notJson(problem, reader.line());
    }
    return parseCaptured(bytes, line);
}

QString expected(const char* what)
{
    return QCoreApplication::translate("JsonImport", "%1 is missing").arg(QString::fromLatin1(what));
}

} // namespace

const JsonMember* JsonOutline::find(const QString& name) const
{
    for (const JsonMember& member : members) {
        if (member.name == name) {
            return &member;
        }
    }
    return nullptr;
}

Result<JsonOutline> outlineJson(QIODevice& file, Progress& progress)
{
    JsonByteReader reader(file);
    reader.restart(0, 1);
    progress.advance(0);
    reader.skipSpace();
    const int first = reader.get();
    if (first != '{') {
        if (first == '[') {
            return refused(
                QCoreApplication::translate("JsonImport", "The file is not a %1 export (it should be one JSON object).")
                    .arg(appName()));
        }
        return notJson(first < 0 ? QCoreApplication::translate("JsonImport", "the file is empty") : expected("“{”"),
            reader.line());
    }
    JsonOutline outline;
    reader.skipSpace();
    if (reader.peek() == '}') {
        reader.get();
    } else {
        for (;;) {
            reader.skipSpace();
            if (reader.peek() != '"') {
                return notJson(expected("a name in quotes"), reader.line());
            }
            Result<QJsonValue> key = readValue(reader);
            if (!key) {
                return key.error();
            }
            JsonMember member;
            member.name = key.value().toString();
            if (outline.find(member.name) != nullptr) {
                return refused(QCoreApplication::translate(
                    "JsonImport", "Line %1: “%2” is in the file twice; a file should name each part once.")
                                   .arg(reader.line())
                                   .arg(member.name.left(60)));
            }
            reader.skipSpace();
            if (reader.get() != ':') {
                return notJson(expected("“:”"), reader.line());
            }
            reader.skipSpace();
            member.offset = reader.offset();
            member.line = reader.line();
            if (reader.peek() == '[') {
                member.isList = true;
                reader.get();
                reader.skipSpace();
                if (reader.peek() == ']') {
                    reader.get();
                } else {
                    for (;;) {
                        reader.skipSpace();
                        Result<QJsonValue> record = readValue(reader);
                        if (!record) {
                            return record.error();
                        }
                        ++member.count;
                        progress.advance(reader.offset());
                        if (progress.stopRequested()) {
                            return Progress::cancelled(
                                QCoreApplication::translate("JsonImport", "Nothing was imported."));
                        }
                        reader.skipSpace();
                        const int c = reader.get();
                        if (c == ']') {
                            break;
                        }
                        if (c != ',') {
                            return notJson(expected("“,” or “]”"), reader.line());
                        }
                    }
                }
            } else {
                Result<QJsonValue> value = readValue(reader);
                if (!value) {
                    return value.error();
                }
                outline.values.insert(member.name, value.value());
            }
            member.end = reader.offset();
            outline.members.append(member);
            reader.skipSpace();
            const int c = reader.get();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                return notJson(expected("“,” or “}”"), reader.line());
            }
        }
    }
    reader.skipSpace();
    if (reader.peek() >= 0) {
        return notJson(QCoreApplication::translate("JsonImport", "there is more after the end"), reader.line());
    }
    if (reader.readFailed()) {
        return refused(QCoreApplication::translate("JsonImport", "The file could not be read to its end."));
    }
    progress.advance(reader.offset());
    return outline;
}

namespace detail {
struct JsonRecordsReader
{
    explicit JsonRecordsReader(QIODevice& file) : bytes(file) {}
    JsonByteReader bytes;
};
} // namespace detail

JsonRecords::JsonRecords(QIODevice& file, const JsonMember& member)
    : m_member(member), m_reader(std::make_shared<detail::JsonRecordsReader>(file))
{}

qint64 JsonRecords::bytesRead() const
{
    return m_started ? m_reader->bytes.offset() - m_member.offset : 0;
}

std::optional<JsonRecords::Record> JsonRecords::next()
{
    if (m_done) {
        return std::nullopt;
    }
    JsonByteReader& reader = m_reader->bytes;
    const auto changed = [this] {
        m_done = true;
        m_status = refused(
            QCoreApplication::translate("JsonImport", "The file changed while it was being read. Choose it again."));
        return std::nullopt;
    };
    if (!m_started) {
        m_started = true;
        reader.restart(m_member.offset, m_member.line);
        if (reader.get() != '[') {
            return changed();
        }
    }
    reader.skipSpace();
    if (reader.peek() == ']' || m_index >= m_member.count) {
        m_done = true;
        return std::nullopt;
    }
    Record record;
    record.line = reader.line();
    Result<QJsonValue> value = readValue(reader);
    if (!value) {
        return changed();
    }
    record.value = std::move(value).value();
    record.index = m_index++;
    reader.skipSpace();
    if (reader.peek() == ',') {
        reader.get();
    }
    return record;
}

} // namespace tideline::exchange
