#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

class PagePreviewSource;

// One page of a PDF's preview (the summary, the records PDF), painted straight from its maker's
// memory. Not an Image
// with an image provider: QML's pixmap cache would keep pages of the person's words after
// the vault locks. Here a page disappears as soon as the maker drops it.
class SummaryPageView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(SummaryPageView)
    Q_PROPERTY(tideline::app::PagePreviewSource* maker READ maker WRITE setMaker NOTIFY makerChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    // The page's height for a given width (A4 proportions until a page is there).
    Q_PROPERTY(double aspectRatio READ aspectRatio NOTIFY aspectRatioChanged)

public:
    explicit SummaryPageView(QQuickItem* parent = nullptr);

    PagePreviewSource* maker() const { return m_maker; }
    void setMaker(PagePreviewSource* maker);
    int page() const { return m_page; }
    void setPage(int page);
    double aspectRatio() const;

    void paint(QPainter* painter) override;

signals:
    void makerChanged();
    void pageChanged();
    void aspectRatioChanged();

private:
    QPointer<PagePreviewSource> m_maker;
    QMetaObject::Connection m_previewConnection;
    int m_page = 0;
};

} // namespace tideline::app
