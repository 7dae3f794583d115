#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class AttachmentImages;

// A picture at full size, in memory only (AttachmentImages), with zoom, rotation and panning
// done here in the app: nothing is written anywhere, nothing goes through QML's image cache, and
// the picture is dropped when the viewer closes or the vault locks.
class AttachmentViewer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AttachmentViewer)
    Q_PROPERTY(qint64 attachmentId READ attachmentId WRITE setAttachmentId NOTIFY attachmentIdChanged)
    // 1 fits the picture to the view; up to 8.
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    // 0, 90, 180 or 270 degrees clockwise, on top of the orientation the file asks for.
    Q_PROPERTY(int turn READ turn NOTIFY viewChanged)
    // The picture's centre moved by this much (view pixels), when zoomed in.
    Q_PROPERTY(double panX READ panX WRITE setPanX NOTIFY viewChanged)
    Q_PROPERTY(double panY READ panY WRITE setPanY NOTIFY viewChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)
    // "1200 × 900"
    Q_PROPERTY(QString sizeText READ sizeText NOTIFY stateChanged)

public:
    // The most pixels on the long side a picture is opened at.
    static constexpr int kMaxPixels = 4096;

    explicit AttachmentViewer(QQuickItem* parent = nullptr);
    ~AttachmentViewer() override;

    qint64 attachmentId() const { return m_attachmentId; }
    void setAttachmentId(qint64 id);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    int turn() const { return m_rotation; }
    double panX() const { return m_panX; }
    void setPanX(double x);
    double panY() const { return m_panY; }
    void setPanY(double y);
    bool loading() const { return m_ticket != 0; }
    bool failed() const { return m_failed; }
    QString sizeText() const;

    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void rotateLeft();
    Q_INVOKABLE void rotateRight();
    Q_INVOKABLE void resetView();

    void paint(QPainter* painter) override;

signals:
    void attachmentIdChanged();
    void viewChanged();
    void stateChanged();

private:
    // The session's pictures, found through this item's QML engine once it has one.
    AttachmentImages* images();
    AttachmentImages* m_images = nullptr;
    void clearPicture();

    qint64 m_attachmentId = 0;
    QImage m_image;
    int m_ticket = 0;
    bool m_failed = false;
    double m_zoom = 1;
    int m_rotation = 0;
    double m_panX = 0;
    double m_panY = 0;
};

} // namespace tideline::app
