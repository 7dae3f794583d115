#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>

namespace tideline::app {

class VaultAccess;

// Pictures of attachments, decoded in memory only: never a file, never QML's image cache (which
// would keep them after the vault locks). The bytes are read from the vault on this thread (the
// database's) and decoded, scaled down while decoding, on a worker. Thumbnails are kept in
// memory for the session and dropped on lock, with every decode under way. One per VaultAccess
// (its child, so it goes with the session). C++ only; the views are AttachmentThumbnail and
// AttachmentViewer.
class AttachmentImages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentImages)

public:
    // Thumbnails are made this many pixels on their long side, then painted at any smaller size.
    static constexpr int kThumbnailPixels = 320;

    // The pictures of this vault's session; nullptr without an access.
    static AttachmentImages* of(VaultAccess* vault);

    // The thumbnail if it is ready; a null image otherwise, and its decode is queued (the
    // thumbnailReady signal says when). Files that are not pictures are never decoded.
    QImage thumbnail(qint64 attachmentId);
    // True once a picture turned out not to be decodable (it is kept, and shown as an icon).
    bool unreadable(qint64 attachmentId) const { return m_unreadable.contains(attachmentId); }
    // Asks for the picture at up to maxSide pixels for the full-size viewer; fullReady(ticket, …)
    // brings it (a null image when it cannot be read). Not kept here: the viewer holds it.
    int requestFull(qint64 attachmentId, int maxSide);

    // Forgets every picture and every decode under way (on lock, and for tests and benchmarks).
    void forget();

signals:
    void thumbnailReady(qint64 attachmentId);
    void fullReady(int ticket, const QImage& image);

private:
    explicit AttachmentImages(VaultAccess* vault);
    struct Job
    {
        qint64 attachmentId = 0;
        int maxSide = 0;
        int ticket = 0; // 0 for a thumbnail
    };
    void pump();
    void start(const Job& job);
    void finished(quint64 generation, const Job& job, const QImage& image);

    VaultAccess* m_vault;
    QHash<qint64, QImage> m_thumbnails;
    QSet<qint64> m_unreadable;
    QSet<qint64> m_queued; // thumbnails asked for and not ready yet
    QList<Job> m_queue;
    int m_running = 0;
    int m_nextTicket = 1;
    quint64 m_generation = 1; // bumped by forget(): late results are thrown away
};

} // namespace tideline::app
