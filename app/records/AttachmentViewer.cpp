#include "app/records/AttachmentViewer.h"

#include "app/VaultAccess.h"
#include "app/records/AttachmentImages.h"

#include <QPainter>

namespace tideline::app {

AttachmentViewer::AttachmentViewer(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

AttachmentImages* AttachmentViewer::images()
{
    if (m_images != nullptr) {
        return m_images;
    }
    VaultAccess* vault = VaultAccess::of(this);
    m_images = AttachmentImages::of(vault);
    if (m_images) {
        connect(m_images, &AttachmentImages::fullReady, this, [this](int ticket, const QImage& image) {
            if (ticket != m_ticket) {
                return;
            }
            m_ticket = 0;
            m_image = image;
            m_failed = image.isNull();
            emit stateChanged();
            update();
        });
        connect(vault, &VaultAccess::closing, this, [this] { setAttachmentId(0); });
    }
    return m_images;
}

AttachmentViewer::~AttachmentViewer()
{
    clearPicture();
}

void AttachmentViewer::clearPicture()
{
    m_image = QImage();
    m_ticket = 0;
    m_failed = false;
}

void AttachmentViewer::setAttachmentId(qint64 id)
{
    if (id == m_attachmentId) {
        return;
    }
    m_attachmentId = id;
    clearPicture();
    if (AttachmentImages* pictures = images(); id > 0 && pictures) {
        m_ticket = pictures->requestFull(id, kMaxPixels);
    } else if (id > 0) {
        m_failed = true;
    }
    emit attachmentIdChanged();
    emit stateChanged();
    resetView();
}

QString AttachmentViewer::sizeText() const
{
    return m_image.isNull() ? QString() : tr("%1 × %2").arg(m_image.width()).arg(m_image.height());
}

void AttachmentViewer::setZoom(double zoom)
{
    zoom = qBound(1.0, zoom, 8.0);
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        if (qFuzzyCompare(zoom, 1.0)) {
            m_panX = 0;
            m_panY = 0;
        }
        emit viewChanged();
        update();
    }
}

void AttachmentViewer::setPanX(double x)
{
    const double limit = width() * (m_zoom - 1) / 2 + 1;
    x = qBound(-limit, x, limit);
    if (!qFuzzyCompare(x + 1, m_panX + 1)) {
        m_panX = x;
        emit viewChanged();
        update();
    }
}

void AttachmentViewer::setPanY(double y)
{
    const double limit = height() * (m_zoom - 1) / 2 + 1;
    y = qBound(-limit, y, limit);
    if (!qFuzzyCompare(y + 1, m_panY + 1)) {
        m_panY = y;
        emit viewChanged();
        update();
    }
}

void AttachmentViewer::zoomIn()
{
    setZoom(m_zoom * 1.5);
}

void AttachmentViewer::zoomOut()
{
    setZoom(m_zoom / 1.5);
}

void AttachmentViewer::rotateLeft()
{
    m_rotation = (m_rotation + 270) % 360;
    emit viewChanged();
    update();
}

void AttachmentViewer::rotateRight()
{
    m_rotation = (m_rotation + 90) % 360;
    emit viewChanged();
    update();
}

void AttachmentViewer::resetView()
{
    m_zoom = 1;
    m_rotation = 0;
    m_panX = 0;
    m_panY = 0;
    emit viewChanged();
    update();
}

void AttachmentViewer::paint(QPainter* painter)
{
    if (m_image.isNull()) {
        return;
    }
    const QRectF area = boundingRect();
    const bool sideways = m_rotation == 90 || m_rotation == 270;
    const QSizeF turned = sideways ? QSizeF(m_image.height(), m_image.width()) : QSizeF(m_image.size());
    const QSizeF fitted = turned.scaled(area.size(), Qt::KeepAspectRatio) * m_zoom;
    const QSizeF drawn = sideways ? QSizeF(fitted.height(), fitted.width()) : fitted;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->translate(area.center() + QPointF(m_panX, m_panY));
    painter->rotate(m_rotation);
    painter->drawImage(QRectF(-drawn.width() / 2, -drawn.height() / 2, drawn.width(), drawn.height()), m_image);
}

} // namespace tideline::app
