#include "core/exchange/JsonStream.h"

#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace tideline::exchange {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

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

// Bytes of a file read in chunks, with the absolute offset and line of the next byte.
class ByteReader
{
public:
    explicit ByteReader(QIODevice& file) : m_file(file) {}

    void restart(qint64 offset, int line)
    {
        m_buffer.clear();
        m_pos = 0;
        m_offset = offset;
        m_line = line;
        m_readFailed = !m_file.seek(offset);
    }

    qint64 offset() const { return m_offset; }
    int line() const { return m_line; }
    bool readFailed() const { return m_readFailed; }

    // The next byte without taking it; -1 at the end of the file.
    int peek()
    {
        if (m_pos == m_buffer.size() && !fill()) {
            return -1;
        }
        return static_cast<unsigned char>(m_buffer.at(m_pos));
    }

    int get()
    {
        const int c = peek();
        if (c >= 0) {
            take(1);
        }
        return c;
    }

    void skipSpace()
    {
        for (int c = peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peek()) {
            take(1);
        }
    }

    // Appends one JSON value's bytes to out without judging them (QJsonDocument does that).
    // False, with a plain reason in problem, when the file ends inside it or it is too large.
    bool capture(QByteArray& out, QString& problem)
    {
        const int first = peek();
        if (first < 0) {
            problem = QCoreApplication::translate("JsonImport", "the file ends where a value should be");
            return false;
        }
        if (first == '{' || first == '[' || first == '"') {
            return captureNested(out, problem);
        }
        // A number, true, false or null: up to the next delimiter.
        for (int c = peek(); c >= 0; c = peek()) {
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                break;
            }
            out += static_cast<char>(c);
            take(1);
            if (out.size() > 64) {
                break; // QJsonDocument will say what is wrong with it
            }
        }
        if (out.isEmpty() || out == "[") {
            problem = QCoreApplication::translate("JsonImport", "a value is missing");
            return false;
        }
        return true;
    }

private:
    bool fill()
    {
        if (m_readFailed) {
            return false;
        }
        m_buffer = m_file.read(kChunkBytes);
        m_pos = 0;
        if (m_buffer.isEmpty() && !m_file.atEnd()) {
            m_readFailed = true; // an error, not the end
        }
        return !m_buffer.isEmpty();
    }

    void take(qsizetype n)
    {
        for (qsizetype i = 0; i < n; ++i) {
            if (m_buffer.at(m_pos + i) == '\n') {
                ++m_line;
            }
        }
        m_pos += n;
        m_offset += n;
    }

    // An object, a list or a string, quotes and brackets balanced; spans are copied at once.
    bool captureNested(QByteArray& out, QString& problem)
    {
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        const qsizetype start = out.size();
        for (;;) {
            if (m_pos == m_buffer.size() && !fill()) {
                problem = QCoreApplication::translate("JsonImport", "the file ends in the middle of a record");
                return false;
            }
            const char* data = m_buffer.constData() + m_pos;
            const qsizetype available = m_buffer.size() - m_pos;
            qsizetype i = 0;
            bool finished = false;
            for (; i < available; ++i) {
                const char c = data[i];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                        if (depth == 0) {
                            finished = true;
                            ++i;
                            break;
                        }
                    }
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        finished = true;
                        ++i;
                        break;
                    }
                }
            }
            out.append(data, i);
            take(i);
            if (out.size() - start > kMaxJsonRecordBytes) {
                problem = QCoreApplication::translate("JsonImport", "a record is larger than %1 MB")
                              .arg(kMaxJsonRecordBytes / (1024 * 1024));
                return false;
            }
            if (finished) {
                return true;
            }
        }
    }

    QIODevice& m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    int m_line = 1;
    bool m_readFailed = false;
};

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
Result<QJsonValue> readValue(ByteReader& reader)
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
    ByteReader reader(file);
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
    ByteReader bytes;
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
    ByteReader& reader = m_reader->bytes;
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
