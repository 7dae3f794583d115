#include "app/records/AttachmentImages.h"

#include "app/records/RecordsAccess.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace tideline::app {

namespace {

// Two decodes at a time: the machine Tideline is measured on has two cores.
constexpr int kMaxRunning = 2;
// Thumbnails kept for the session; beyond this the oldest go (about 40 MB at most).
constexpr int kMaxThumbnails = 400;

// On a worker: the picture's pixels at up to maxSide, orientation applied; the bytes are wiped.
QImage decode(QByteArray& bytes, int maxSide)
{
    QImage image;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > maxSide || size.height() > maxSide)) {
            reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
        }
        image = reader.read();
    }
    bytes.fill('\0');
    if (!image.isNull() && (image.width() > maxSide || image.height() > maxSide)) {
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace

AttachmentImages* AttachmentImages::of(VaultAccess* vault)
{
    if (vault == nullptr) {
        return nullptr;
    }
    auto* images = vault->findChild<AttachmentImages*>(QString(), Qt::FindDirectChildrenOnly);
    return images ? images : new AttachmentImages(vault);
}

AttachmentImages::AttachmentImages(VaultAccess* vault) : QObject(vault), m_vault(vault)
{
    connect(vault, &VaultAccess::closing, this, &AttachmentImages::forget);
    connect(vault, &VaultAccess::closed, this, &AttachmentImages::forget);
}

QImage AttachmentImages::thumbnail(qint64 attachmentId)
{
    const auto found = m_thumbnails.constFind(attachmentId);
    if (found != m_thumbnails.constEnd()) {
        return *found;
    }
    if (!m_unreadable.contains(attachmentId) && !m_queued.contains(attachmentId)) {
        m_queued.insert(attachmentId);
        m_queue.append(Job{attachmentId, kThumbnailPixels, 0});
        pump();
    }
    return {};
}

int AttachmentImages::requestFull(qint64 attachmentId, int maxSide)
{
    const int ticket = m_nextTicket++;
    // Ahead of waiting thumbnails: the person asked to see this one.
    m_queue.prepend(Job{attachmentId, qBound(64, maxSide, 8192), ticket});
    pump();
    return ticket;
}

void AttachmentImages::forget()
{
    ++m_generation;
    m_thumbnails.clear();
    m_unreadable.clear();
    m_queued.clear();
    m_queue.clear();
}

void AttachmentImages::pump()
{
    while (m_running < kMaxRunning && !m_queue.isEmpty()) {
        start(m_queue.takeFirst());
    }
}

void AttachmentImages::start(const Job& job)
{
    auto store = openAttachments(m_vault);
    Result<attachments::Attachment> meta = store
        ? store->get(job.attachmentId)
        : Result<attachments::Attachment>(Error::make(ErrorCode::NotUnlocked, {}));
    if (!meta || meta.value().type.kind != attachments::FileKind::Picture) {
        finished(m_generation, job, QImage());
        return;
    }
    Result<QByteArray> bytes = store->readAll(meta.value(), attachments::kMaxFileBytes);
    if (!bytes) {
        finished(m_generation, job, QImage());
        return;
    }
    ++m_running;
    const quint64 generation = m_generation;
    const QPointer<AttachmentImages> guard(this);
    QThreadPool::globalInstance()->start([guard, generation, job, data = std::move(bytes).value()]() mutable {
        const QImage image = decode(data, job.maxSide);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, generation, job, image] {
                if (guard) {
                    --guard->m_running;
                    guard->finished(generation, job, image);
                    guard->pump();
                }
            },
            Qt::QueuedConnection);
    });
}

void AttachmentImages::finished(quint64 generation, const Job& job, const QImage& image)
{
    if (generation != m_generation) {
        return; // asked before a lock: the picture is not wanted any more
    }
    if (job.ticket != 0) {
        emit fullReady(job.ticket, image);
        return;
    }
    m_queued.remove(job.attachmentId);
    if (image.isNull()) {
        m_unreadable.insert(job.attachmentId);
    } else {
        if (m_thumbnails.size() >= kMaxThumbnails) {
            m_thumbnails.erase(m_thumbnails.begin());
        }
        m_thumbnails.insert(job.attachmentId, image);
    }
    emit thumbnailReady(job.attachmentId);
}

} // namespace tideline::app
