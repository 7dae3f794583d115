#include "app/summary/SummaryPageView.h"

#include "app/summary/PagePreviewSource.h"

#include <QPainter>

namespace tideline::app {

namespace {

constexpr double kA4HeightPerWidth = 297.0 / 210.0;

} // namespace

SummaryPageView::SummaryPageView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SummaryPageView::setMaker(PagePreviewSource* maker)
{
    if (maker == m_maker) {
        return;
    }
    disconnect(m_previewConnection);
    m_maker = maker;
    if (m_maker) {
        m_previewConnection = connect(m_maker, &PagePreviewSource::previewChanged, this, [this] {
            update();
            emit aspectRatioChanged();
        });
    }
    emit makerChanged();
    emit aspectRatioChanged();
    update();
}

void SummaryPageView::setPage(int page)
{
    if (page != m_page) {
        m_page = page;
        emit pageChanged();
        emit aspectRatioChanged();
        update();
    }
}

double SummaryPageView::aspectRatio() const
{
    const QImage image = m_maker ? m_maker->previewPage(m_page) : QImage();
    return image.isNull() || image.width() == 0 ? kA4HeightPerWidth
                                                : static_cast<double>(image.height()) / image.width();
}

void SummaryPageView::paint(QPainter* painter)
{
    const QRectF area = boundingRect();
    painter->fillRect(area, Qt::white);
    if (!m_maker) {
        return;
    }
    const QImage image = m_maker->previewPage(m_page);
    if (!image.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(area, image);
    }
}

} // namespace tideline::app
