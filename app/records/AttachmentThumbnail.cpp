#include "app/records/AttachmentThumbnail.h"

#include "app/VaultAccess.h"
#include "app/records/AttachmentImages.h"

#include <QPainter>
#include <QPainterPath>

namespace tideline::app {

AttachmentThumbnail::AttachmentThumbnail(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &AttachmentThumbnail::coloursChanged, this, [this] { update(); });
}

AttachmentImages* AttachmentThumbnail::images()
{
    if (m_images == nullptr) {
        m_images = AttachmentImages::of(VaultAccess::of(this));
        if (m_images) {
            connect(m_images, &AttachmentImages::thumbnailReady, this, [this](qint64 id) {
                if (id == m_attachmentId) {
                    fetch();
                }
            });
        }
    }
    return m_images;
}

void AttachmentThumbnail::setAttachmentId(qint64 id)
{
    if (id != m_attachmentId) {
        m_attachmentId = id;
        emit attachmentIdChanged();
        fetch();
    }
}

void AttachmentThumbnail::setLabel(const QString& label)
{
    if (label != m_label) {
        m_label = label;
        emit labelChanged();
        update();
    }
}

void AttachmentThumbnail::fetch()
{
    AttachmentImages* pictures = images();
    m_image = m_attachmentId > 0 && pictures ? pictures->thumbnail(m_attachmentId) : QImage();
    const bool loading = m_image.isNull() && m_attachmentId > 0 && pictures && !pictures->unreadable(m_attachmentId);
    if (loading != m_loading || !m_image.isNull()) {
        m_loading = loading;
        emit loadingChanged();
    }
    update();
}

void AttachmentThumbnail::paint(QPainter* painter)
{
    const QRectF area = boundingRect();
    const double radius = qMin(area.width(), area.height()) * 0.08;
    QPainterPath clip;
    clip.addRoundedRect(area, radius, radius);
    painter->setClipPath(clip);
    painter->fillRect(area, m_tileColor);
    if (!m_image.isNull()) {
        // Filled and cropped to the tile, centred; the full picture is in the viewer.
        const QSizeF scaled = QSizeF(m_image.size()).scaled(area.size(), Qt::KeepAspectRatioByExpanding);
        const QRectF target(area.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, m_image);
        return;
    }
    if (!m_loading) {
        QFont font = painter->font();
        font.setPixelSize(qMax(10, static_cast<int>(area.height() * 0.16)));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(m_textColor);
        painter->drawText(area.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, m_label);
    }
}

} // namespace tideline::app
