#pragma once

#include "core/report/SummaryLayout.h"

#include <QString>

namespace tideline::report::layout {

// Pours paragraphs, table rows and fixed-height blocks onto pages, top to bottom, starting a
// new page whenever the next line does not fit. Paragraphs break between lines, so a long
// entry flows across pages; lines wrap at word boundaries, or anywhere inside a word too long
// for a line, so nothing runs off the page.
class Flow
{
public:
    explicit Flow(const QRectF& content);

    // A paragraph the full width (less indent). Right-to-left text is laid out right to left.
    void paragraph(const QString& text, const QFont& font, const QColor& color = Qt::black, double indent = 0,
        double spaceAfter = 0);
    // Space for `height` below the cursor, on a new page if it does not fit here. Returns the
    // top of the block; the cursor moves past it.
    double block(double height);
    // Starts a new page unless at least `height` is left on this one (keeps a heading with
    // what follows it).
    void keep(double height);
    // One row of a table: cells side by side (x and width from columns), as tall as its
    // tallest cell. A row is never split.
    struct Cell
    {
        QString text;
        const QFont* font = nullptr;
        double x = 0;
        double width = 0;
    };
    void row(const QList<Cell>& cells, const QColor& color, double spaceAfter);
    void rule(double spaceBefore, double spaceAfter);
    void space(double height);
    void add(const Item& item) { m_document.pages.last().items.append(item); }

    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double remaining() const { return m_content.bottom() - m_y; }
    Document take() { return std::move(m_document); }

private:
    void newPage();
    std::shared_ptr<QTextLayout> lay(const QString& text, const QFont& font, double width) const;

    QRectF m_content;
    double m_y = 0;
    Document m_document;
};

} // namespace tideline::report::layout
