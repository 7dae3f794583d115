#pragma once

#include <QColor>
#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class AttachmentImages;

// A small picture of an attachment, painted from memory (AttachmentImages), never through an
// Image element and QML's pixmap cache. Files that are not pictures, and pictures Qt cannot
// read, show their kind as a word on a quiet tile instead.
class AttachmentThumbnail : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AttachmentThumbnail)
    Q_PROPERTY(qint64 attachmentId READ attachmentId WRITE setAttachmentId NOTIFY attachmentIdChanged)
    // Shown on the tile when there is no picture: "PDF", "Audio", …
    Q_PROPERTY(QString label READ label WRITE setLabel NOTIFY labelChanged)
    Q_PROPERTY(QColor tileColor MEMBER m_tileColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY coloursChanged)
    // True while the picture is being made; false once it is painted or shown as a tile.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasPicture READ hasPicture NOTIFY loadingChanged)

public:
    explicit AttachmentThumbnail(QQuickItem* parent = nullptr);

    qint64 attachmentId() const { return m_attachmentId; }
    void setAttachmentId(qint64 id);
    QString label() const { return m_label; }
    void setLabel(const QString& label);
    bool loading() const { return m_loading; }
    bool hasPicture() const { return !m_image.isNull(); }

    void paint(QPainter* painter) override;

signals:
    void attachmentIdChanged();
    void labelChanged();
    void coloursChanged();
    void loadingChanged();

private:
    // The session's pictures, found through this item's QML engine once it has one.
    AttachmentImages* images();
    void fetch();

    AttachmentImages* m_images = nullptr;

    qint64 m_attachmentId = 0;
    QString m_label;
    QColor m_tileColor = QColor(0xf1, 0xea, 0xe1);
    QColor m_textColor = QColor(0x65, 0x5c, 0x55);
    QImage m_image;
    bool m_loading = false;
};

} // namespace tideline::app
