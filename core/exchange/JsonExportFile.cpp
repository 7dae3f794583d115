#include "core/exchange/JsonExportFile.h"
#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QFile>

#include <vector>

namespace tideline::exchange {

namespace {

// Where the scanner is inside the document: one frame per open object or array.
struct Frame
{
    bool object = false;
    bool expectingKey = false; // objects only: the next string is a key
    QByteArray key; // objects only: the last key read (kept short)
    qsizetype elements = 0; // arrays only: values started so far
};

class Splitter
{
public:
    explicit Splitter(qint64 maxDocument) : m_max(maxDocument) {}

    Status feed(const char* data, qint64 size, qint64 fileOffset)
    {
        qint64 copyFrom = 0;
        for (qint64 i = 0; i < size; ++i) {
            const char c = data[i];
            if (m_skipping) {
                // Inside a data string: nothing is copied until its closing quote.
                if (m_escape) {
                    m_escape = false;
                } else if (c == '\\') {
                    m_escape = true;
                } else if (c == '"') {
                    m_skipping = false;
                    m_split.dataRanges[m_dataIndex] = {m_dataStart, fileOffset + i - m_dataStart};
                    copyFrom = i; // the closing quote is copied
                }
                continue;
            }
            if (m_inString) {
                if (m_escape) {
                    m_escape = false;
                } else if (c == '\\') {
                    m_escape = true;
                } else if (c == '"') {
                    m_inString = false;
                    if (m_stringIsKey) {
                        m_stack.back().key = m_keyText;
                    }
                } else if (m_stringIsKey && m_keyText.size() < 32) {
                    m_keyText += c;
                }
                continue;
            }
            switch (c) {
            case '"': {
                m_inString = true;
                m_stringIsKey = !m_stack.empty() && m_stack.back().object && m_stack.back().expectingKey;
                m_keyText.clear();
                if (!m_stringIsKey) {
                    startValue();
                }
                if (!m_stringIsKey && isDataString()) {
                    m_inString = false;
                    m_skipping = true;
                    m_dataStart = fileOffset + i + 1;
                    m_dataIndex = m_stack[1].elements - 1;
                    while (m_split.dataRanges.size() <= m_dataIndex) {
                        m_split.dataRanges.append({-1, 0});
                    }
                    if (Status s = copy(data + copyFrom, i + 1 - copyFrom); !s) {
                        return s;
                    }
                }
                break;
            }
            case '{':
            case '[':
                startValue();
                m_stack.push_back(Frame{c == '{', c == '{', {}, 0});
                break;
            case '}':
            case ']':
                if (!m_stack.empty()) {
                    m_stack.pop_back();
                }
                break;
            case ':':
                if (!m_stack.empty() && m_stack.back().object) {
                    m_stack.back().expectingKey = false;
                }
                break;
            case ',':
                if (!m_stack.empty() && m_stack.back().object) {
                    m_stack.back().expectingKey = true;
                }
                break;
            default:
                // A number, true, false or null starts a value too (counted for arrays).
                if (!m_stack.empty() && !m_stack.back().object && c != ' ' && c != '\n' && c != '\r' && c != '\t'
                    && !m_inScalar) {
                    startValue();
                    m_inScalar = true;
                }
                break;
            }
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                m_inScalar = false;
            }
        }
        if (!m_skipping) {
            return copy(data + copyFrom, size - copyFrom);
        }
        return {};
    }

    Result<SplitExport> finish()
    {
        if (m_skipping || m_inString) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Export", "The file ends in the middle of a text (it may be cut short). Nothing was imported."));
        }
        return std::move(m_split);
    }

private:
    // root ▸ "attachments" ▸ [ ▸ { ▸ "data": the only strings left out.
    bool isDataString() const
    {
        return m_stack.size() == 3 && m_stack[0].object && m_stack[0].key == "attachments" && !m_stack[1].object
            && m_stack[2].object && m_stack[2].key == "data" && !m_stack[2].expectingKey;
    }

    void startValue()
    {
        if (!m_stack.empty() && !m_stack.back().object) {
            ++m_stack.back().elements;
        }
    }

    Status copy(const char* data, qint64 size)
    {
        if (size <= 0) {
            return {};
        }
        if (m_split.document.size() + size > m_max) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Export",
                    "The file is larger than a %2 export can be (%1 MB without its files). Nothing was imported.")
                    .arg(m_max / (1024 * 1024))
                    .arg(appName()));
        }
        m_split.document.append(data, size);
        return {};
    }

    qint64 m_max;
    SplitExport m_split;
    std::vector<Frame> m_stack;
    bool m_inString = false;
    bool m_stringIsKey = false;
    bool m_escape = false;
    bool m_skipping = false;
    bool m_inScalar = false;
    QByteArray m_keyText;
    qint64 m_dataStart = 0;
    qsizetype m_dataIndex = 0;
};

// Decodes base64 from a range of a file as it is read.
class Base64Range final : public QIODevice
{
public:
    Base64Range(const QString& path, qint64 offset, qint64 length) : m_file(path), m_left(length)
    {
        if (m_file.open(QIODevice::ReadOnly) && m_file.seek(offset)) {
            open(QIODevice::ReadOnly);
        }
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_decoded.isEmpty() && m_left == 0 && m_pending.isEmpty(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        while (m_decoded.size() < maxSize && (m_left > 0 || !m_pending.isEmpty())) {
            if (!refill()) {
                return -1;
            }
        }
        const qint64 n = qMin<qint64>(maxSize, m_decoded.size());
        std::memcpy(data, m_decoded.constData(), static_cast<size_t>(n));
        m_decoded.remove(0, n);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool refill()
    {
        if (m_left > 0) {
            const QByteArray raw = m_file.read(qMin<qint64>(m_left, 64 * 1024));
            if (raw.isEmpty()) {
                return false;
            }
            m_left -= raw.size();
            for (const char c : raw) {
                if (c == '\\') {
                    continue; // "\/" is the only escape base64 can need
                }
                m_pending += c;
            }
        }
        // Decode whole groups of four; keep the rest for the next read.
        const qsizetype whole = m_left > 0 ? (m_pending.size() / 4) * 4 : m_pending.size();
        const auto decoded
            = QByteArray::fromBase64Encoding(m_pending.left(whole), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return false;
        }
        m_decoded += *decoded;
        m_pending.remove(0, whole);
        return true;
    }

    QFile m_file;
    qint64 m_left;
    QByteArray m_pending;
    QByteArray m_decoded;
};

} // namespace

Result<SplitExport> splitExportFile(const QString& path, qint64 maxDocumentBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Export", "The file could not be opened (%1).").arg(file.errorString()));
    }
    Splitter splitter(maxDocumentBytes);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 offset = 0;
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Export", "The file could not be read (%1).").arg(file.errorString()));
        }
        if (got == 0) {
            break;
        }
        if (Status s = splitter.feed(block.constData(), got, offset); !s) {
            return s.error();
        }
        offset += got;
    }
    return splitter.finish();
}

std::unique_ptr<QIODevice> openBase64Range(const QString& path, qint64 offset, qint64 length)
{
    return std::make_unique<Base64Range>(path, offset, length);
}

} // namespace tideline::exchange
