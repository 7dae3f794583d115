#include "attachments/AttachmentBench.h"

#include "core/crypto/KdfParams.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstring>

namespace tideline::bench {

const char* const kPin = "246813";

SecureBuffer pin()
{
    return SecureBuffer(kPin, std::strlen(kPin));
}

int fail(const QString& what, const QString& message)
{
    QTextStream(stderr) << what << ": " << message << Qt::endl;
    return 1;
}

// A photo-like JPEG: soft gradients with fine noise, so that it compresses like a photo.
QByteArray photo(int width, int height, int quality, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int noise = static_cast<int>(random.bounded(48));
            line[x] = qRgb((x * 255 / width + noise) & 0xFF, (y * 255 / height + noise) & 0xFF, (noise * 5) & 0xFF);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

Result<std::unique_ptr<Vault>> newVault(const QString& dir)
{
    auto vault = std::make_unique<Vault>(VaultPaths{dir});
    if (Result<CreatedVault> made = vault->create(pin(), SecretKind::Pin, KdfParams::interactive()); !made) {
        return made.error();
    }
    return vault;
}

Result<qint64> newRecord(Database& db)
{
    records::RecordFields fields;
    fields.whatHappened = QStringLiteral("A record for the benchmark");
    return records::RecordRepository(db, SystemClock::instance()).create(fields);
}

} // namespace tideline::bench
