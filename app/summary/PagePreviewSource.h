#pragma once

#include <QImage>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Something that makes pages to preview in memory (the therapist summary, the records PDF), for
// SummaryPageView to paint. The pages never touch the disk and go when the maker drops them.
class PagePreviewSource : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    using QObject::QObject;
    // A page of the preview; a null image when there is none.
    virtual QImage previewPage(int index) const = 0;

signals:
    void previewChanged();
};

} // namespace tideline::app
