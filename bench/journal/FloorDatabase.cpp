#include "FloorDatabase.h"

#include "core/storage/Database.h"

#include <QFile>

#include <sodium.h>

namespace tideline::bench {

FloorDatabase::~FloorDatabase()
{
    close();
}

Status FloorDatabase::makeFrom(Database& vaultDatabase, const QString& path)
{
    m_path = path;
    m_key = SecureBuffer(32);
    randombytes_buf(m_key.data(), m_key.size());
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorCode::CannotWrite, QStringLiteral("cannot make %1").arg(path));
    }
    empty.close();
    return vaultDatabase.exportEncryptedCopy(path, m_key);
}

Status FloorDatabase::open(const raw_settings& settings)
{
    close();
    m_settings = settings;
    char error[256] = {};
    const QByteArray native = QFile::encodeName(m_path);
    m_db = raw_open(native.constData(), m_key.data(), &m_settings, error, sizeof error);
    if (m_db == nullptr) {
        return Error::make(ErrorCode::Internal, QString::fromUtf8(error));
    }
    return {};
}

void FloorDatabase::close()
{
    raw_close(m_db);
    m_db = nullptr;
}

} // namespace tideline::bench
