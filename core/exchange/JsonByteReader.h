#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace tideline::exchange {

// How much of the file JsonByteReader reads at a time.
constexpr qint64 kJsonChunkBytes = 256 * 1024;

// Bytes of a file read in chunks, with the absolute offset and line of the next byte.
class JsonByteReader
{
public:
    explicit JsonByteReader(QIODevice& file) : m_file(file) {}

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
        m_buffer = m_file.read(kJsonChunkBytes);
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

} // namespace tideline::exchange
