#include "core/attachments/PictureSource.h"
#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QIODevice>

namespace tideline::attachments {

Error cannotFollowPicture()
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Attachments",
            "This picture is damaged or unusual, so %1 cannot be sure of removing its hidden details. No copy "
            "was made. You can save the original as it is instead.")
            .arg(appName()));
}

Error pictureReadFailed()
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Attachments", "The picture could not be read from the vault."));
}

bool PictureSource::read(qint64 n, QByteArray& out)
{
    out.clear();
    while (out.size() < n) {
        if (!fill()) {
            return false;
        }
        const qsizetype take = qMin<qint64>(n - out.size(), m_buffer.size() - m_pos);
        out.append(m_buffer.constData() + m_pos, take);
        m_pos += take;
    }
    return true;
}

int PictureSource::byte()
{
    if (!fill()) {
        return -1;
    }
    return static_cast<uchar>(m_buffer.at(m_pos++));
}

Status PictureSource::copy(qint64 n, const ByteSink* out)
{
    while (n > 0) {
        if (!fill()) {
            return cannotFollowPicture();
        }
        const qsizetype take = qMin<qint64>(n, m_buffer.size() - m_pos);
        if (out) {
            if (Status s = (*out)(m_buffer.constData() + m_pos, take); !s) {
                return s;
            }
        }
        m_pos += take;
        n -= take;
    }
    return {};
}

int PictureSource::copyToMarker(const ByteSink& out, Status& status)
{
    for (;;) {
        if (!fill()) {
            return -1;
        }
        const auto* bytes = reinterpret_cast<const uchar*>(m_buffer.constData());
        qsizetype i = m_pos;
        const qsizetype end = m_buffer.size();
        for (; i < end; ++i) {
            if (m_pendingFF) {
                m_pendingFF = false;
                const uchar c = bytes[i];
                if (c == 0x00 || (c >= 0xD0 && c <= 0xD7)) {
                    continue; // stuffed byte or restart marker: part of the data
                }
                if (c == 0xFF) {
                    m_pendingFF = true;
                    continue;
                }
                // i - 1 (or the previous buffer's last byte) is the 0xFF of this marker.
                const qsizetype dataEnd = i - 1;
                if (dataEnd > m_pos) {
                    status = out(m_buffer.constData() + m_pos, dataEnd - m_pos);
                }
                m_pos = i + 1;
                return status ? c : -1;
            }
            if (bytes[i] == 0xFF) {
                m_pendingFF = true;
            }
        }
        // Keep a trailing 0xFF back: it may begin a marker in the next buffer.
        const qsizetype keep = m_pendingFF ? 1 : 0;
        if (end - keep > m_pos) {
            status = out(m_buffer.constData() + m_pos, end - keep - m_pos);
            if (!status) {
                return -1;
            }
        }
        m_pos = end - keep;
        if (keep) {
            // Carry the 0xFF into the next buffer without writing it yet.
            m_buffer = QByteArray(1, '\xFF');
            m_pos = 0;
            if (!fillMore()) {
                m_buffer.clear();
                return -1; // a file that ends on 0xFF: the lone byte is dropped
            }
            m_pendingFF = false; // rescanned from m_pos, which is the 0xFF itself
        }
    }
}

bool PictureSource::fill()
{
    if (m_pos < m_buffer.size()) {
        return true;
    }
    m_buffer.clear();
    m_pos = 0;
    return fillMore();
}

bool PictureSource::fillMore()
{
    constexpr qint64 kBlock = 64 * 1024;
    QByteArray more(kBlock, Qt::Uninitialized);
    const qint64 got = m_device.read(more.data(), kBlock);
    if (got < 0) {
        m_failed = true;
        return false;
    }
    if (got == 0) {
        return false;
    }
    m_buffer.append(more.constData(), got);
    return true;
}

} // namespace tideline::attachments
