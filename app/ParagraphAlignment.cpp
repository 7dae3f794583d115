#include "app/ParagraphAlignment.h"

#include <QQuickTextDocument>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <QList>
#include <QPair>

namespace tideline::app {

namespace {

// The direction a paragraph's own words give it: its first letter of a strong direction
// (Unicode's rule, as QString::isRightToLeft applies it); an empty paragraph follows the one
// before it, so the caret of a new line stays where the writing was.
Qt::Alignment alignmentFor(const QTextBlock& block)
{
    QTextBlock from = block;
    while (from.isValid() && from.text().trimmed().isEmpty()) {
        from = from.previous();
    }
    const bool rightToLeft = from.isValid() && from.text().isRightToLeft();
    // Absolute: Qt would otherwise mirror a right alignment back to the left for RTL text.
    return (rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
}

} // namespace

ParagraphAlignment::ParagraphAlignment(QObject* parent) : QObject(parent)
{}

void ParagraphAlignment::setTextDocument(QQuickTextDocument* document)
{
    if (document == m_quickDocument) {
        return;
    }
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_quickDocument = document;
    m_document = document ? document->textDocument() : nullptr;
    if (m_document) {
        connect(m_document, &QTextDocument::contentsChange, this, &ParagraphAlignment::alignBlocks);
        alignBlocks(0, 0, m_document->characterCount());
    }
    emit textDocumentChanged();
}

void ParagraphAlignment::alignBlocks(int position, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved)
    if (m_aligning || !m_document) {
        return;
    }
    // The blocks the change touched, and the one after: an empty line follows the line above.
    QList<QPair<int, Qt::Alignment>> changes;
    const QTextBlock last = m_document->findBlock(position + charsAdded).next();
    for (QTextBlock block = m_document->findBlock(position); block.isValid(); block = block.next()) {
        const Qt::Alignment wanted = alignmentFor(block);
        if (block.blockFormat().alignment() != wanted) {
            changes.append({block.position(), wanted});
        }
        if (block == last) {
            break;
        }
    }
    if (changes.isEmpty()) {
        return;
    }
    m_aligning = true;
    // Joined to the edit that caused it, so one undo takes back both. Text just set (nothing
    // to undo yet) gets no undo step of its own.
    const bool freshText = m_document->availableUndoSteps() == 0 && m_document->availableRedoSteps() == 0;
    if (freshText) {
        m_document->setUndoRedoEnabled(false);
    }
    QTextCursor cursor(m_document);
    if (freshText) {
        cursor.beginEditBlock();
    } else {
        cursor.joinPreviousEditBlock();
    }
    for (const auto& [at, alignment] : std::as_const(changes)) {
        cursor.setPosition(at);
        QTextBlockFormat format;
        format.setAlignment(alignment);
        cursor.mergeBlockFormat(format);
    }
    cursor.endEditBlock();
    if (freshText) {
        m_document->setUndoRedoEnabled(true);
    }
    m_aligning = false;
}

} // namespace tideline::app
