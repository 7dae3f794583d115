#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QtQml/qqmlregistration.h>

class QTextDocument;

namespace tideline::app {

// Lines each paragraph of a TextEdit / TextArea up with its own direction: a Hebrew or Arabic
// paragraph on the right, an English one on the left, in the same text. Qt 6.4 aligns the
// whole text by its first paragraph (or all to the left when horizontalAlignment is set), so
// a mixed entry read wrongly. Usage:
//     TextArea { id: body; ParagraphAlignment { textDocument: body.textDocument } }
// Only block formats change, never the text; the change joins the edit that caused it, so
// one undo takes back both. Not final: QML creates it through a subclass of its own (Qt 6.4).
class ParagraphAlignment : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ParagraphAlignment)

    Q_PROPERTY(QQuickTextDocument* textDocument READ textDocument WRITE setTextDocument NOTIFY textDocumentChanged)

public:
    explicit ParagraphAlignment(QObject* parent = nullptr);

    QQuickTextDocument* textDocument() const { return m_quickDocument; }
    void setTextDocument(QQuickTextDocument* document);

signals:
    void textDocumentChanged();

private:
    void alignBlocks(int position, int charsRemoved, int charsAdded);

    QPointer<QQuickTextDocument> m_quickDocument;
    QPointer<QTextDocument> m_document;
    bool m_aligning = false;
};

} // namespace tideline::app
